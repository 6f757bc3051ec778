//! Page furniture: headers, footers, page credits and end marks — text of the page that belongs
//! to no article.

use crate::text::fold::fold_cow;

use super::classify::Rule;
use super::kinds::{Kinds, DATE, HEADER_CLUE, HEADER_MARK, SENTENCE_MARK, YEAR_SEP};
use super::shape::{is_pad, is_spread, squeeze_spaces, trim_pad};
use super::year;

mod footer;

use footer::{footer, holds_slash, is_slashed_credit, may_open_footer, opens_with_footer_char};
#[cfg(test)]
use footer::{FOOTERS, OTHER_OPENINGS};

/// Chars that, folded, make a weekday (`星期`, `礼拜`, `周`) or a page number (`版`) of a
/// header: a short line holding none, and not only a date, is no header ([`clues`] tests the
/// same chars). A test checks that nothing else folds to one of them.
#[cfg(test)]
/// `报`/`報` ends a paper's name (`南方日报 2024年3月8日 A05 区域`, a header with a lettered
/// page and no `版`), which [`names_paper_or_page`] then reads.
const HEADER_MARKS: &[char] = &['版', '星', '礼', '禮', '周', '週', '报', '報'];

/// Chars a bare date (`2025年12月26日`, `２０２５-12-26`) is made of, before folding, besides
/// padding. A test checks that nothing else folds to one of them.
/// The chars a year is read before (see `super::year`), before folding. A test checks that
/// nothing else folds to one of them.
#[cfg(test)]
fn is_year_sep(c: char) -> bool {
    matches!(c, '年' | '.' | '-' | '/' | '．')
}

#[cfg(test)]
fn is_date_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(c, '年' | '月' | '日' | '.' | '-' | '/' | '．')
}

/// What one pass over a short line tells before folding it.
#[derive(Debug, Default, Clone, Copy)]
struct Clues {
    /// It has what every header has: a digit (date, page number), a weekday or 版.
    any: bool,
    /// It holds a [`HEADER_MARKS`] char: a weekday, a page number or a paper's name.
    mark: bool,
    /// It is nothing but a date ([`is_date_char`] and padding).
    only_date: bool,
    /// It holds a char a year is written before (`年`, `.`, `-`, `/`, `．`): it may be dated.
    year_sep: bool,
}

/// The [`Clues`] of a short line, from the kinds of chars it was read with (one pass for all
/// rules, see [`super::kinds`]; a test compares every char with [`clues_of_char`]). A long line
/// is never a header: a paragraph may open with a full date (`2025年6月24日，…`).
fn clues(kinds: &Kinds) -> Clues {
    Clues {
        any: kinds.any(HEADER_CLUE),
        mark: kinds.any(HEADER_MARK),
        only_date: kinds.all(DATE),
        year_sep: kinds.any(YEAR_SEP),
    }
}

/// The clues one char gives, as [`clues`] reads them from a line's kinds.
#[cfg(test)]
fn clues_of_char(c: char) -> Clues {
    Clues {
        any: c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(c, '版' | '〇' | '星' | '礼' | '禮' | '周' | '週' | '年'),
        mark: HEADER_MARKS.contains(&c),
        only_date: is_pad(c) || is_date_char(c),
        year_sep: is_year_sep(c),
    }
}

/// Longest page header line.
pub(super) const CHROME_MAX_CHARS: usize = 60;

/// Page header (date, weekday, page number, section) or footer (`责任编辑：某某`), or an end
/// mark like `（完）`: text of the page that belongs to no article.
#[cfg(test)]
fn is_chrome(line: &str) -> bool {
    furniture(line).is_some()
}

/// Which kind of furniture a line is, if it is: the rule that says so.
#[cfg(test)]
fn furniture(line: &str) -> Option<Rule> {
    furniture_of(line, &Kinds::of(line))
}

/// [`furniture`] of a line read with its [`Kinds`].
pub(super) fn furniture_of(line: &str, kinds: &Kinds) -> Option<Rule> {
    // A header a PDF converter spread across the page is read as its fields are written (it
    // holds a header's clue among its first chars, as every header does: a date or a page).
    let squeezed;
    let kinds = if kinds.chars > CHROME_MAX_CHARS && kinds.any(HEADER_CLUE) && is_spread(line) {
        squeezed = Kinds::of(&squeeze_spaces(line));
        &squeezed
    } else {
        kinds
    };
    // Chrome lines are short; a long line can only be a footer, which its start shows.
    let long = kinds.chars > CHROME_MAX_CHARS;
    let clues = if long { Clues::default() } else { clues(kinds) };
    // A page line alone: with its section and maybe its editors (`第 3 版 / 上海·经济`,
    // `經濟 | B02`), asked of a short line with a header clue; or a lettered page
    // (`A06　广东·区域`), which holds none, asked of a line opening with a capital and a digit.
    let b = line.trim_start_matches(is_pad).as_bytes();
    let lettered =
        b.first().is_some_and(u8::is_ascii_uppercase) && b.get(1).is_some_and(u8::is_ascii_digit);
    if !long && (clues.any || lettered) && super::edition::is_page_line_alone(line) {
        return Some(Rule::PageHeader);
    }
    if !clues.any {
        if !opens_with_footer_char(line) || !may_open_footer(line) {
            return None;
        }
        let start = line.char_indices().nth(8).map_or(line, |(b, _)| &line[..b]);
        // Folded whole only when short and holding a slash.
        let slashed =
            || !long && holds_slash(line) && is_slashed_credit(fold_cow(line).trim_matches(is_pad));
        return footer(fold_cow(start).trim_matches(is_pad))
            .or_else(|| slashed().then_some(Rule::PageFooter));
    }
    // Most short lines with a digit (a title with a number, a byline) are neither: turned down
    // before folding when they cannot open a footer, hold no header mark and cannot be dated.
    let may_open_footer = may_open_footer(line);
    if !clues.mark && !clues.only_date && !clues.year_sep && !may_open_footer {
        return None;
    }
    // A line that opens no footer and holds a `。` or `，` is no header either (below): folding
    // neither makes nor removes them, so a short sentence with a number (`增长 3.2%，…`) is
    // turned down before it is folded. The line is short (it has clues): its kinds were read of
    // all its chars, and say whether it holds one.
    if !may_open_footer && kinds.any(SENTENCE_MARK) {
        return None;
    }
    header_or_footer(line)
}

/// [`furniture_of`] of a short line that passed its quick tests: read folded.
fn header_or_footer(line: &str) -> Option<Rule> {
    let f = fold_cow(line);
    let f = trim_pad(&f);
    if let Some(rule) = footer(f) {
        return Some(rule);
    }
    // Only short lines get here (a long one has no clues read).
    if is_slashed_credit(f) || is_page_number(f) {
        return Some(Rule::PageFooter);
    }
    let n = f.chars().count();
    if f.contains(['。', '，']) {
        return None;
    }
    let weekday_after = |w: &str| {
        f.match_indices(w).any(|(b, m)| {
            f[b + m.len()..]
                .chars()
                .next()
                .is_some_and(|c| "一二三四五六日天".contains(c))
        })
    };
    let dated = year::header_year(f).is_some();
    // `星期五` marks a header; `周五` also appears in titles (`上周五签约`), so it needs a date.
    let weekday = weekday_after("星期") || weekday_after("礼拜") || (dated && weekday_after("周"));
    // `第4版` alone is chrome, but a title may say `2.0 版`: a page number needs a date beside it
    // or a short line.
    let page_number = has_page_number(f) && (dated || n <= 12);
    (weekday || page_number || is_bare_date(f) || (dated && names_paper_or_page(f, line)))
        .then_some(Rule::PageHeader)
}

/// Whether a dated line reads as a header that names its paper or its page in a way the
/// classifier's own tests do not see: `南方日报 2024年3月8日 A05 区域` (a lettered page, no
/// `版`), or a website's date line over an article it copied, `2025-12-23 18:30:25　来源：新华网`
/// (`f` is the line folded). The page fields are read from the same line (once), so it is the
/// page's header, not the first article's title.
/// An app's or site's date line with a time of day right after the date
/// (`2025-12-21 18:42 来自上海`, `2025年12月19日 20:15 证券时报·e公司`) is one too.
fn names_paper_or_page(f: &str, line: &str) -> bool {
    super::edition::parse_header(line).is_some_and(|h| {
        let e = &h.edition;
        h.timed || e.paper.is_some() || e.page_no.is_some() || f.contains("来源")
    })
}

/// `第4版`, `第 04 版`, `4 版`, `A2版`, `版次`: a page number, not 版权 or 版本.
pub(super) fn has_page_number(f: &str) -> bool {
    // Every page number has a 版: a line without one is turned down before it is decoded.
    if !f.contains('版') {
        return false;
    }
    let chars: Vec<char> = f.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if c == '版' && i > 0 {
            let next = chars.get(i + 1).copied();
            if matches!(next, Some('权' | '本' | '图' | '块' | '面' | '式')) {
                return false;
            }
            let mut j = i;
            while j > 0 && chars[j - 1] == ' ' {
                j -= 1;
            }
            j > 0 && chars[j - 1].is_ascii_digit()
        } else {
            c == '版' && chars.get(i + 1) == Some(&'次')
        }
    })
}

/// A page's number alone between dashes at its foot, as a PDF converter keeps it (`- 3 -`,
/// `— 12 —`, `-3-`; folded): read as a title it had made an article of its own.
fn is_page_number(f: &str) -> bool {
    let Some(inner) = f
        .strip_prefix(['-', '—', '–'])
        .and_then(|r| r.strip_suffix(['-', '—', '–']))
    else {
        return false;
    };
    let digits = trim_pad(inner.trim_matches(['-', '—', '–']));
    (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A line that is only a date (`2025年12月26日`, `2025-12-26`), as page headers print it.
pub(super) fn is_bare_date(f: &str) -> bool {
    let compact: String = f.chars().filter(|c| !is_pad(*c)).collect();
    !compact.is_empty()
        && compact.chars().count() <= 16
        && compact.chars().next().is_some_and(|c| c.is_ascii_digit())
        && compact
            .chars()
            .all(|c| c.is_ascii_digit() || "年月日.-/".contains(c))
        && year::header_year(&compact).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_credits_in_brackets_are_furniture() {
        for line in [
            "（本版编辑：王芳 美编：李明）",
            "(本版责编：张三)",
            "【本版编辑：王芳】",
        ] {
            assert_eq!(furniture(line), Some(Rule::PageCredit), "{line}");
        }
        assert_eq!(furniture("（本版导读）"), None);
    }

    #[test]
    fn credits_spaced_without_colons_are_footers_and_titles_are_not() {
        for line in [
            "本版编辑 陈 静 美 编 王子萱",
            "责任编辑 张三",
            "责编　李四　王五",
            "（本版编辑 刘晓 校对 王芳）",
            "（编辑 李明）",
            "本版责编 刘晓",
            "值班编委：张三",
            // A WeChat post's credits, set off by a bar.
            "编辑 | 周 晴",
            "审核｜沈杰",
            "监制丨顾明",
            "声明：本文系西安高新发布原创，转载请注明出处。",
            "- 3 -",
            "— 12 —",
            "-3-",
            "版权声明：本文版权归原作者所有。",
        ] {
            assert_eq!(furniture(line), Some(Rule::PageFooter), "{line}");
        }
        for line in [
            "统筹 发展和安全",
            "编辑 部的故事",
            "主编 寄语",
            "编辑部的故事",
            "声明：我公司与该项目无任何关联。",
            "- 2025 -",
            "3",
        ] {
            assert_eq!(furniture(line), None, "{line}");
        }
    }

    /// What the quick test of [`furniture_of`] relies on: a line that opens no footer and
    /// holds a `。` or `，` is no furniture when read folded, for every line of the sample and
    /// the test pages, and for them with a date or a page number put in front.
    #[test]
    fn sentences_are_no_furniture() {
        let texts = crate::ingest::test_page_texts();
        let mut asked = 0;
        for text in &texts {
            for line in text.lines() {
                for l in [
                    line.to_owned(),
                    format!("2025年12月26日 星期五 第4版 {line}"),
                    format!("{line} 第 3 版"),
                ] {
                    let l = l.trim_matches(is_pad);
                    if !opens_with_footer_char(l) && l.contains(['。', '，']) {
                        assert_eq!(header_or_footer(l), None, "{l}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 300, "{asked}");
    }

    /// What [`may_open_footer`] relies on: a line it turns down is no footer, page credit or
    /// end mark when read folded, whole or by its first eight chars: every line of the sample
    /// and the test pages, padded or not, and every footer word, Simplified and Traditional,
    /// with what follows them.
    #[test]
    fn lines_turned_down_open_no_footer() {
        let mut lines: Vec<String> = Vec::new();
        let texts = crate::ingest::test_page_texts();
        for text in &texts {
            lines.extend(text.lines().map(str::to_owned));
        }
        let words: Vec<&str> = FOOTERS.iter().chain(OTHER_OPENINGS).copied().collect();
        for w in &words {
            for tail in ["", "：王五", " ：王五", "制图：张三", "）"] {
                lines.push(format!("{w}{tail}"));
                lines.push(format!("\u{3000}{w}{tail}"));
                lines.push(crate::text::fold::fold(&format!("{w}{tail}")));
                let trad: String = format!("{w}{tail}")
                    .chars()
                    .map(|c| match c {
                        '责' => '責',
                        '编' => '編',
                        '辑' => '輯',
                        '审' => '審',
                        '读' => '讀',
                        '对' => '對',
                        '组' => '組',
                        '终' => '終',
                        '统' => '統',
                        '筹' => '籌',
                        '术' => '術',
                        '计' => '計',
                        '设' => '設',
                        c => c,
                    })
                    .collect();
                lines.push(trad);
            }
        }
        let mut turned_down = 0;
        for line in &lines {
            let start: String = line.chars().take(8).collect();
            if !may_open_footer(line) {
                turned_down += 1;
                let whole = crate::text::fold::fold(line);
                let head = crate::text::fold::fold(&start);
                assert_eq!(footer(whole.trim_matches(is_pad)), None, "{line}");
                assert_eq!(footer(head.trim_matches(is_pad)), None, "{line}");
            }
        }
        assert!(turned_down > 400, "{turned_down}");
        // Every footer word itself passes.
        for w in &words {
            assert!(may_open_footer(w), "{w}");
        }
    }

    #[test]
    fn chrome_lines() {
        assert!(is_chrome("2025年12月26日 星期五 第4版 开发区"));
        assert!(is_chrome("责任编辑：王五 校对：赵六"));
        assert!(is_chrome("2025-12-26"));
        assert!(!is_chrome("无人机“飞”出新天地"));
        assert!(!is_chrome("版权所有"));
        assert!(!is_chrome("数字政府 2.0 版正式上线"));
        assert!(is_chrome("第 4 版"));
        assert!(!is_chrome("上周五签约的项目开工"));
        assert!(is_chrome("2025年12月26日 周五"));
        assert!(is_chrome("科学导报 2025 年 12 月 26 日 4 版"));
        assert!(!is_chrome("2025年12月26日 星期五 第4版。（张三参与采写）"));
        assert!(!is_chrome(
            "2025年6月24日，开发区管委会组织召开重点项目推进会，会议听取了各项目建设进展情况汇报，研究解决了项目推进中遇到的困难。"
        ));
    }

    #[test]
    fn a_header_with_a_lettered_page_is_chrome() {
        assert!(is_chrome("南方日报 2024年3月8日 A05 区域"));
        assert!(is_chrome("文匯報 2024年11月5日 A12 中國經濟"));
        // A title that only holds a date stays a title.
        assert!(!is_chrome("2024年3月8日 开发区再出发"));
        assert!(!is_chrome("开发区2024年3月8日签约12个项目"));
    }

    /// The bitmap says what the list says, of every char.
    #[test]
    fn the_footer_chars_bitmap_is_the_list() {
        use super::footer::FOOTER_FIRST_CHARS;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let line = format!("{c}x");
            assert_eq!(
                opens_with_footer_char(&line),
                line.starts_with(FOOTER_FIRST_CHARS),
                "{c:?}"
            );
        }
        assert!(!opens_with_footer_char(""));
    }

    #[test]
    fn every_footer_word_opens_with_a_listed_char() {
        use super::footer::FOOTER_FIRST_CHARS;
        for w in FOOTERS
            .iter()
            .chain(&["本版", "版面设计", "美术设计", "（完）", "(完)"])
        {
            assert!(w.starts_with(FOOTER_FIRST_CHARS), "{w}");
        }
        assert_eq!(furniture("責任編輯：王五"), Some(Rule::PageFooter));
    }

    /// What [`clues`] relies on: of the chars folding changes, only those listed
    /// fold to a header mark or a date char.
    #[test]
    fn only_the_listed_chars_fold_to_header_marks() {
        for c in (0x3000..=0x9FFF)
            .chain(0xFF00..=0xFFEF)
            .filter_map(char::from_u32)
        {
            let f = crate::text::fold::fold(&format!("{c}a"))
                .chars()
                .next()
                .unwrap_or(c);
            if HEADER_MARKS.contains(&f) {
                assert!(HEADER_MARKS.contains(&c), "{c} folds to {f}");
            }
            if is_date_char(f) {
                assert!(is_date_char(c), "{c} folds to {f}");
            }
            if is_year_sep(f) {
                assert!(is_year_sep(c), "{c} folds to {f}");
            }
        }
    }

    /// The kinds a char is read with give its clues.
    #[test]
    fn every_char_gives_its_clues() {
        for c in (1..=0x10FFFFu32).filter_map(char::from_u32) {
            let (got, want) = (clues(&Kinds::of(&c.to_string())), clues_of_char(c));
            assert_eq!(
                (got.any, got.mark, got.only_date, got.year_sep),
                (want.any, want.mark, want.only_date, want.year_sep),
                "{c:?}"
            );
        }
    }

    #[test]
    fn slashes_are_found_by_their_bytes() {
        for (text, slash) in [
            ("编辑/张三", true),
            ("美编／王五", true),
            ("／", true),
            ("区域经济", false),
            // U+4E0F ends in the byte `／` ends in.
            ("丏丏", false),
            ("", false),
        ] {
            assert_eq!(holds_slash(text), slash, "{text}");
            assert_eq!(holds_slash(text), text.contains(['/', '／']), "{text}");
        }
    }

    #[test]
    fn page_credits() {
        for line in [
            "本版制图：张三",
            "本版责编：李四",
            "版式设计：王五",
            "本版摄影：赵六 钱七",
            "本版统筹：孙八",
        ] {
            assert_eq!(furniture(line), Some(Rule::PageCredit), "{line}");
        }
        assert_eq!(furniture("本版讯 近日，"), None);
        assert_eq!(furniture("责任编辑：王五"), Some(Rule::PageFooter));
        assert!(furniture("本版责任编辑　陶　冶").is_some());
        assert_eq!(furniture("（责任编辑　马　兰）"), Some(Rule::PageFooter));
        assert_eq!(furniture("（未完待续）"), Some(Rule::EndMark));
        for line in [
            "报：市委、市政府",
            "送：市发改委、市商务局",
            "发：各街道（镇），区各部门",
            "（共印40份）",
        ] {
            assert_eq!(furniture(line), Some(Rule::PageFooter), "{line}");
        }
        assert_eq!(furniture("发展：园区的新起点"), None);
        assert_eq!(
            furniture("Editor: 王晓 | Proofreader: 陈一"),
            Some(Rule::PageFooter)
        );
        assert_eq!(furniture("Editor's Choice"), None);
        for line in [
            "监制：王五",
            "一审：张三　二审：李四　三审：王五",
            "新闻热线：0371-65795555",
            "热线：0351-1234567",
            "广告经营许可证：豫工商广字001号",
            "广告",
            "（广告）",
            "编辑/张三　校对/李四",
            "美编／王五",
        ] {
            assert_eq!(furniture(line), Some(Rule::PageFooter), "{line}");
        }
        for line in [
            "广告业回暖",
            "新闻热线背后的故事",
            "一审判决",
            "咨询热线：0351-1234567",
            "编辑/记者如何在开发区一线发现好新闻、写好新闻，这是每一位从业者都要回答的问题",
        ] {
            assert_eq!(furniture(line), None, "{line}");
        }
    }
}
