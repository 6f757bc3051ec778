//! Page furniture: headers, footers, page credits and end marks — text of the page that belongs
//! to no article.

use crate::text::fold::fold_cow;

use super::classify::Rule;
use super::shape::{is_pad, more_chars_than};
use super::year;

/// Longest page header line.
pub(super) const CHROME_MAX_CHARS: usize = 60;

/// Page header (date, weekday, page number, section) or footer (`责任编辑：某某`), or an end
/// mark like `（完）`: text of the page that belongs to no article.
#[cfg(test)]
fn is_chrome(line: &str) -> bool {
    furniture(line).is_some()
}

/// Which kind of furniture a line is, if it is: the rule that says so.
pub(super) fn furniture(line: &str) -> Option<Rule> {
    // Chrome lines are short; a long line can only be a footer, which its start shows.
    let long = more_chars_than(line, CHROME_MAX_CHARS);
    if long || !could_be_header(line) {
        if !line.starts_with(FOOTER_FIRST_CHARS) {
            return None;
        }
        let start = line.char_indices().nth(8).map_or(line, |(b, _)| &line[..b]);
        return footer(fold_cow(start).trim_matches(is_pad));
    }
    let f = fold_cow(line);
    let f = f.trim_matches(is_pad);
    if let Some(rule) = footer(f) {
        return Some(rule);
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
    (weekday || page_number || is_bare_date(f) || (dated && names_paper_or_page(line)))
        .then_some(Rule::PageHeader)
}

/// Whether a dated line reads as a header that names its paper or its page in a way the
/// classifier's own tests do not see: `南方日报 2024年3月8日 A05 区域` (a lettered page, no
/// `版`). The page fields are read from the same line, so it is the page's header, not the
/// first article's title.
fn names_paper_or_page(line: &str) -> bool {
    super::edition::parse_header_line(line)
        .is_some_and(|e| e.paper.is_some() || e.page_no.is_some())
}

/// Words that open a page footer line (`责任编辑：王五`).
const FOOTERS: &[&str] = &[
    "责任编辑",
    "责编",
    "本版编辑",
    "值班编辑",
    "编辑",
    "校对",
    "审读",
    "审核",
    "美编",
    "美术编辑",
    "版式设计",
    "版式",
    "组版",
    "排版",
    "主编",
    "终审",
    "统筹",
];

/// The first characters of every footer, page credit and end mark, Simplified and Traditional.
const FOOTER_FIRST_CHARS: &[char] = &[
    '责', '責', '编', '編', '本', '值', '校', '审', '審', '美', '版', '组', '組', '排', '主', '终',
    '終', '统', '統', '（', '(',
];

/// A footer, page credit or end mark, from the line's (folded) start: these may be long.
fn footer(f: &str) -> Option<Rule> {
    if is_page_credit(f) {
        return Some(Rule::PageCredit);
    }
    for w in FOOTERS {
        if let Some(rest) = f.strip_prefix(w) {
            if rest.trim_start_matches(is_pad).starts_with(['：', ':']) {
                return Some(Rule::PageFooter);
            }
        }
    }
    matches!(f, "（完）" | "(完)" | "（全文完）" | "（终）").then_some(Rule::EndMark)
}

/// Whether a short line has what every header has: a digit (date, page number), a weekday or
/// 版. Checked before folding, so most lines cost one scan. A long line is never a header:
/// a paragraph may open with a full date (`2025年6月24日，…`).
fn could_be_header(line: &str) -> bool {
    line.chars().any(|c| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(c, '版' | '〇' | '星' | '礼' | '禮' | '周' | '週' | '年')
    })
}

/// Longest role word of a page credit (`本版制图`, `版式设计`).
const PAGE_CREDIT_ROLE_MAX: usize = 4;

/// A credit of the whole page: `本版制图：某某`, `本版责编：某某`, `本版摄影：…`, `版式设计：某某`.
/// `本版` + a short role word + a colon, or the designer's credit.
fn is_page_credit(f: &str) -> bool {
    let role_then_colon = |rest: &str| {
        rest.char_indices()
            .take(PAGE_CREDIT_ROLE_MAX + 1)
            .find(|(_, c)| matches!(c, '：' | ':'))
            .is_some_and(|(b, _)| b > 0)
    };
    match f.strip_prefix("本版") {
        Some(rest) => role_then_colon(rest),
        None => ["版式设计", "版面设计", "美术设计"].iter().any(|w| {
            f.strip_prefix(w)
                .is_some_and(|r| r.starts_with(['：', ':']))
        }),
    }
}

/// `第4版`, `第 04 版`, `4 版`, `A2版`, `版次`: a page number, not 版权 or 版本.
pub(super) fn has_page_number(f: &str) -> bool {
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

    #[test]
    fn every_footer_word_opens_with_a_listed_char() {
        for w in FOOTERS
            .iter()
            .chain(&["本版", "版面设计", "美术设计", "（完）", "(完)"])
        {
            assert!(w.starts_with(FOOTER_FIRST_CHARS), "{w}");
        }
        assert_eq!(furniture("責任編輯：王五"), Some(Rule::PageFooter));
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
    }
}
