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

/// Whether the last non-blank line before line `no` ends a sentence, or gives a contact
/// ([`is_contact_line`]) or an attachment ([`lists_attachments`]): the text a sign-off closes.
fn after_prose(lines: &[Line<'_>], no: usize) -> bool {
    lines[..no]
        .iter()
        .rev()
        .find(|l| !l.text.trim_matches(is_pad).is_empty())
        .is_some_and(|l| {
            trim_pad(l.text).ends_with(['。', '！', '!', '：', ':'])
                || is_contact_line(l.text)
                || is_attachment(l.text, l.kinds.chars)
                || lists_attachments(l.text, true)
        })
}

/// Labels of a notice's or a release's contact lines (`联系人：李明　　联系电话：0371-…`).
const CONTACT_LABELS: &[&str] = &[
    "联系人",
    // A press release's, over the name of who answers the press.
    "媒体联系人",
    "新闻联系人",
    "联系电话",
    "联系方式",
    "电话",
    "手机",
    "传真",
    "邮箱",
    "电子邮箱",
    "电子信箱",
    "地址",
    "通讯地址",
    "联系地址",
    "邮编",
    "邮政编码",
    "网址",
    "咨询电话",
    "监督电话",
    "举报电话",
];

/// The longest contact label, in chars: its colon comes within a pad of it.
const CONTACT_LABEL_MAX_CHARS: usize = 5;

/// The longest contact line, in chars.
const CONTACT_MAX_CHARS: usize = 60;

/// Whether a line (trimmed) gives a contact: a contact label and a colon opening it. Such
/// lines close a notice or a press release, under its text and over its sign-off; short and
/// without a sentence's mark, they had been read as titles of an article of their own. They
/// are the notice's last paragraphs, as its sign-off is.
pub(super) fn is_contact_line(line: &str) -> bool {
    // Asked of every line: turned down on its first char, then its length.
    if !line.chars().next().is_some_and(|c| {
        matches!(
            c,
            '联' | '聯'
                | '媒'
                | '新'
                | '电'
                | '電'
                | '手'
                | '传'
                | '傳'
                | '邮'
                | '郵'
                | '地'
                | '通'
                | '网'
                | '網'
                | '咨'
                | '諮'
                | '监'
                | '監'
                | '举'
                | '舉'
        )
    }) || !line
        .chars()
        .take(CONTACT_LABEL_MAX_CHARS + 2)
        .any(|c| matches!(c, '：' | ':'))
        || more_chars_than(line, CONTACT_MAX_CHARS)
    {
        return false;
    }
    let f = crate::text::fold::fold_cow(line);
    CONTACT_LABELS.iter().any(|w| {
        f.strip_prefix(w)
            .is_some_and(|rest| rest.trim_start_matches(is_pad).starts_with(['：', ':']))
    })
}

/// What a notice's attached files end with (`1.常州高新区2026年招商引资工作要点.docx`).
const ATTACHMENT_ENDS: &[&str] = &[
    ".docx", ".doc", ".xlsx", ".xls", ".pdf", ".wps", ".et", ".zip", ".rar", ".pptx", ".ofd",
];

/// Longest attachment line, in chars.
const ATTACHMENT_MAX_CHARS: usize = 80;

/// Whether a line (`chars` long) names a file a notice attaches, as its list under `附件：`
/// prints them (`2.2026年重点招商项目清单.xlsx`): the notice's closing paragraphs, as its contact
/// lines are; as short lines they had been read as sub-heads. Asked of every line: turned down
/// on its last byte (a letter of an extension).
pub(super) fn is_attachment(line: &str, chars: usize) -> bool {
    chars <= ATTACHMENT_MAX_CHARS
        && line.as_bytes().last().is_some_and(u8::is_ascii_alphabetic)
        && ATTACHMENT_ENDS.iter().any(|e| {
            line.len() > e.len()
                && line
                    .get(line.len() - e.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(e))
        })
}

/// Whether a line opens a notice's list of attachments with the first of them
/// (`附件：1.山西省开发区高质量发展三年行动方案`), or continues that list with a numbered one
/// (`2.开发区高质量发展重点任务分工表`) right under it (`under_list`).
pub(super) fn lists_attachments(line: &str, under_list: bool) -> bool {
    let t = trim_pad(line);
    if let Some(rest) = t.strip_prefix("附件") {
        return rest
            .strip_prefix(['：', ':'])
            .is_some_and(|r| !trim_pad(r).is_empty() && !r.contains('。'));
    }
    under_list
        && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && t.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', '．', '、'])
        && !more_chars_than(t, ATTACHMENT_MAX_CHARS)
        && !t.contains('。')
}

/// Whether a line is the value of the contact label alone on the line above (`媒体联系人：`
/// over `王晓雯`): `above` is that line's text. A short line, no sentence.
pub(super) fn answers_contact_label(above: &str, line: &str) -> bool {
    above.ends_with(['：', ':'])
        && is_contact_line(above)
        && !more_chars_than(line, CONTACT_MAX_CHARS)
        && !line.contains(['。', '，', '；'])
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
    fn contact_lines_close_a_notice() {
        for line in [
            "联系人：李明　　联系电话：0371-66781234",
            "地址：郑州经开区经北一路138号管委会大楼412室",
            "邮箱：zz@example.com",
            "聯繫電話：0371-66781234",
        ] {
            assert!(is_contact_line(line), "{line}");
        }
        for line in ["联系群众是根本", "电话会议召开", "地址", "通报：园区将"]
        {
            assert!(!is_contact_line(line), "{line}");
        }
        let page = lines(
            "　　如有异议，请反映。\n　　联系人：李明\n　　地址：经北一路138号\n\n郑州经济技术开发区经济发展局\n2025年12月22日",
        );
        assert!(in_sign_off(&page, 4) && in_sign_off(&page, 5));
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
