//! The sign-off (落款) closing a notice, an announcement or an open letter: the issuing body on
//! one line and the date on the next, under the text.
//!
//! ```text
//! 　　特此公告。
//!
//! 太原经济技术开发区管理委员会
//! 2025年12月20日
//! ```
//!
//! Read by shape alone, the body's name is a short line with no sentence mark (a title) and the
//! date alone a page header: the issuer headed the next article and the date was furniture.
//! Both are the notice's last paragraphs (rule `sign-off`), and they close it: a short line
//! after them heads a new article, never a sub-head of the notice.

use super::shape::{is_pad, is_title_like, more_chars_than, trim_pad, Line};

/// The longest issuer's line, in chars (two bodies signing together fit).
const ISSUER_MAX_CHARS: usize = 40;

/// Whether line `no` is one of a sign-off's two lines: an issuer right above a date alone,
/// after a paragraph of text (blank lines between allowed).
pub(super) fn in_sign_off(lines: &[Line<'_>], no: usize) -> bool {
    // Asked of every line: a date alone is short and ends in 日 or 月, which turns down nearly
    // every line on its length and last char before the issuer above it is read.
    let date_at = |k: usize| {
        lines
            .get(k)
            .is_some_and(|l| l.kinds.chars <= DATE_MAX_CHARS && is_date_alone(l.text))
    };
    let issuer_at = |k: usize| {
        lines.get(k).is_some_and(|l| {
            l.kinds.chars <= ISSUER_MAX_CHARS && is_issuer(l.text) && after_prose(lines, k)
        })
    };
    (date_at(no + 1) && issuer_at(no)) || (no > 0 && date_at(no) && issuer_at(no - 1))
}

/// The longest line a date alone is read in (`二〇二五年十二月二十日` with room to indent).
const DATE_MAX_CHARS: usize = 16;

/// Whether the last non-blank line before line `no` ends a sentence: the text a sign-off
/// closes.
fn after_prose(lines: &[Line<'_>], no: usize) -> bool {
    lines[..no]
        .iter()
        .rev()
        .find(|l| !l.text.trim_matches(is_pad).is_empty())
        .is_some_and(|l| trim_pad(l.text).ends_with(['。', '！', '!', '：', ':']))
}

/// An issuing body's name alone on its line (`太原经济技术开发区管理委员会`, `山西省商务厅`),
/// or two of them apart by spaces: it ends as a body's name does.
fn is_issuer(line: &str) -> bool {
    let t = trim_pad(line);
    !t.is_empty()
        && !more_chars_than(t, ISSUER_MAX_CHARS)
        && is_title_like(t)
        && t.split(is_pad)
            .filter(|w| !w.is_empty())
            .all(|w| ISSUER_ENDS.iter().any(|end| w.ends_with(end)))
}

/// How the name of a body that issues notices ends.
const ISSUER_ENDS: &[&str] = &[
    "委员会",
    "管委会",
    "政府",
    "办公室",
    "办公厅",
    "局",
    "厅",
    "委",
    "公司",
    "集团",
    "中心",
    "协会",
    "商会",
    "学会",
    "研究院",
    "研究所",
    "大学",
    "学院",
    "银行",
    "法院",
    "检察院",
    "部",
    "处",
    "办",
    "站",
    "社",
    "署",
    "会",
];

/// A date alone on its line: `2025年12月20日`, `２０２５年１２月２０日`, `二〇二五年十二月二十日`.
fn is_date_alone(line: &str) -> bool {
    let t = trim_pad(line);
    if !t.ends_with(['日', '月']) {
        return false;
    }
    let Some((year, rest)) = t.split_once('年') else {
        return false;
    };
    let Some((month, rest)) = rest.split_once('月') else {
        return false;
    };
    let day = rest.strip_suffix('日').unwrap_or(rest);
    let numeral = |s: &str, min: usize, max: usize| {
        let n = s.chars().count();
        (min..=max).contains(&n) && s.chars().all(is_numeral)
    };
    numeral(year, 4, 4)
        && numeral(month, 1, 3)
        && (rest.is_empty() || (rest.ends_with('日') && numeral(day, 1, 3)))
}

/// A char of a date's numbers: ASCII, full-width or Chinese.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇零一二三四五六七八九十".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.lines().map(Line::of).collect()
    }

    #[test]
    fn dates_alone() {
        for d in [
            "2025年12月20日",
            "　２０２５年１２月２０日",
            "二〇二五年十二月二十日",
            "2025年12月",
        ] {
            assert!(is_date_alone(d), "{d}");
        }
        for d in [
            "2025年12月20日 星期六",
            "12月20日",
            "2025年",
            "据2025年12月20日",
        ] {
            assert!(!is_date_alone(d), "{d}");
        }
    }

    #[test]
    fn issuer_and_date_under_a_paragraph_are_a_sign_off() {
        let page =
            lines("　　特此公告。\n\n太原经济技术开发区管理委员会\n2025年12月20日\n\n遗失声明");
        let signed: Vec<bool> = (0..page.len()).map(|k| in_sign_off(&page, k)).collect();
        assert_eq!(signed, [false, false, true, true, false, false]);
    }

    #[test]
    fn a_title_over_a_dated_line_is_no_sign_off() {
        // No paragraph above: a page's first lines (a masthead over its date).
        let top = lines("山西经济日报社\n2025年12月20日\n\n标题");
        assert!(!in_sign_off(&top, 0) && !in_sign_off(&top, 1));
        // A title that does not end as a body's name.
        let titled = lines("　　正文结束。\n\n开发区建设再提速\n2025年12月20日");
        assert!(!in_sign_off(&titled, 2) && !in_sign_off(&titled, 3));
    }
}
