//! What a report's section heading says of the paragraphs under it. A work report
//! (`管委会工作报告`) is cut into sections by headings that are paragraphs of their own
//! (`一、2025年工作回顾`, `二、2026年重点工作`, `（一）全力抓好项目建设。`): a review section's
//! year dates its events when their sentences give no date (`东风汽车…基地项目开工建设` under
//! `一、2025年工作回顾` started in 2025, not on the edition's day), and everything a plan
//! section says is still to come (`襄阳航空航天产业园项目一季度开工` under `二、2026年重点工作` is
//! a target, not a start).
//!
//! The model keeps sub-heads as paragraphs, so a heading is read from its text: a numbered line
//! (`一、`, `（一）`, `1.`, `（1）`) short enough to be no prose, or a short line without
//! punctuation that names a review or a plan (`2025年工作回顾`). A heading's section runs until
//! the next heading of its level or above.

use super::mentions::{ArticleText, Part, Span};
use crate::text::fold::fold;

/// Most chars of a heading paragraph (after its number): prose is longer.
const HEADING_MAX_CHARS: usize = 32;

/// Most chars of an unnumbered heading, which must also name a review or a plan.
const BARE_HEADING_MAX_CHARS: usize = 16;

/// Words of a heading that make its section a plan: what is to be done.
const PLAN_WORDS: &[&str] = &[
    "重点工作",
    "工作计划",
    "目标任务",
    "主要任务",
    "重点任务",
    "工作安排",
    "工作打算",
    "工作思路",
    "工作部署",
    "主要目标",
    "工作目标",
    "预期目标",
    "下一步",
    "今后",
    "展望",
];

/// Words of a heading that make its section a review: what was done.
const REVIEW_WORDS: &[&str] = &["回顾", "总结", "主要成绩", "工作成效", "取得的成绩"];

/// What the headings over a paragraph say of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// The year a heading over it names (`2025年工作回顾`: `2025`).
    pub year: Option<String>,
    /// Whether a heading over it names a plan and no heading nearer it a review.
    pub plan: bool,
}

/// One heading: its level (1 for `一、`, up to 4 for `（1）`), year and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Heading {
    level: u8,
    year: Option<String>,
    /// `Some(true)` for a plan, `Some(false)` for a review, `None` for neither.
    plan: Option<bool>,
}

/// The section a span of an article's text is in: a paragraph's, else (a title line, a
/// caption) none.
pub fn of(sections: &[Section], at: &ArticleText, s: &Span) -> Section {
    match at.texts.get(s.text).map(|t| t.part) {
        Some(Part::Para(p)) => sections.get(p).cloned().unwrap_or_default(),
        _ => Section::default(),
    }
}

/// The date of an event its text gives no date for: the section's year when that is not the
/// edition's (a review of last year), else the article's date.
pub fn undated(section: &Section, article_date: Option<&str>) -> Option<String> {
    let edition_year = article_date.and_then(|d| d.get(..4));
    section
        .year
        .clone()
        .filter(|y| Some(y.as_str()) != edition_year)
        .or_else(|| article_date.map(str::to_owned))
}

/// The section each paragraph is in, by index; a heading paragraph is in the section it opens.
pub fn sections(paragraphs: &[String]) -> Vec<Section> {
    let mut open: Vec<Heading> = Vec::new();
    paragraphs
        .iter()
        .map(|p| {
            if let Some(h) = heading(p) {
                open.retain(|o| o.level < h.level);
                open.push(h);
            }
            Section {
                year: open.iter().rev().find_map(|h| h.year.clone()),
                plan: open.iter().rev().find_map(|h| h.plan) == Some(true),
            }
        })
        .collect()
}

/// The heading a paragraph is, if it is one.
fn heading(paragraph: &str) -> Option<Heading> {
    let f: Vec<char> = fold(paragraph.trim()).chars().collect();
    let (level, rest) = match numbered(&f) {
        Some((level, n)) => (level, &f[n..]),
        None => (1, &f[..]),
    };
    let body: String = rest
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches(['。', '.', '．'])
        .to_owned();
    let len = body.chars().count();
    if len == 0 || len > HEADING_MAX_CHARS || body.contains(['。', '；', ';', '！', '？', '：'])
    {
        return None;
    }
    let plan = if PLAN_WORDS.iter().any(|w| body.contains(w)) {
        Some(true)
    } else if REVIEW_WORDS.iter().any(|w| body.contains(w)) {
        Some(false)
    } else {
        None
    };
    let bare = numbered(&f).is_none();
    if bare && (plan.is_none() || len > BARE_HEADING_MAX_CHARS || body.contains(['，', ','])) {
        return None;
    }
    Some(Heading {
        level,
        year: year_of(&body),
        plan,
    })
}

/// The level of the number a heading opens with and its length in chars: `一、` 1, `（一）` 2,
/// `1.` or `1、` 3, `（1）` 4.
fn numbered(f: &[char]) -> Option<(u8, usize)> {
    let han = |c: &char| "一二三四五六七八九十".contains(*c);
    let digit = |c: &char| c.is_ascii_digit();
    let run = |from: usize, ok: &dyn Fn(&char) -> bool| {
        f[from.min(f.len())..].iter().take_while(|c| ok(c)).count()
    };
    let open = matches!(f.first(), Some('（' | '('));
    if open {
        for (ok, level) in [(&han as &dyn Fn(&char) -> bool, 2), (&digit, 4)] {
            let n = run(1, ok);
            if n > 0 && matches!(f.get(1 + n), Some('）' | ')')) {
                return Some((level, n + 2));
            }
        }
        return None;
    }
    let n = run(0, &han);
    if n > 0 && f.get(n) == Some(&'、') {
        return Some((1, n + 1));
    }
    let n = run(0, &digit);
    // `1.` but not `2.5亿元`.
    let after = f.get(n + 1);
    if n > 0 && matches!(f.get(n), Some('.' | '．' | '、')) && !after.is_some_and(digit) {
        return Some((3, n + 1));
    }
    None
}

/// The one year a heading names (`2025年工作回顾`); none for a span of years (`2021—2025年`).
fn year_of(body: &str) -> Option<String> {
    let c: Vec<char> = body.chars().collect();
    let mut found = None;
    for i in 0..c.len().saturating_sub(4) {
        let four = &c[i..i + 4];
        let starts = i == 0 || !c[i - 1].is_ascii_digit();
        if starts && four.iter().all(char::is_ascii_digit) && c.get(i + 4) == Some(&'年') {
            let spanned = i > 0 && "-—－~～至到".contains(c[i - 1]);
            if spanned || found.is_some() {
                return None;
            }
            found = Some(four.iter().collect());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|p| (*p).to_owned()).collect()
    }

    #[test]
    fn headings_and_their_levels() {
        let h = |p: &str| heading(p).map(|h| (h.level, h.year, h.plan));
        assert_eq!(
            h("一、2025年工作回顾"),
            Some((1, Some("2025".into()), Some(false)))
        );
        assert_eq!(
            h("二、2026年重点工作"),
            Some((1, Some("2026".into()), Some(true)))
        );
        assert_eq!(h("（一）全力抓好项目建设。"), Some((2, None, None)));
        assert_eq!(h("（1）新能源汽车产业"), Some((4, None, None)));
        assert_eq!(
            h("2026年工作计划"),
            Some((1, Some("2026".into()), Some(true)))
        );
        // Prose, a figure and a bare line naming neither are no headings.
        assert_eq!(h("1.重大项目加快推进。全年实施亿元以上项目186个。"), None);
        assert_eq!(h("2.5亿元"), None);
        assert_eq!(h("襄阳高新区"), None);
        assert_eq!(
            h("二、“十四五”（2021—2025年）发展成就"),
            Some((1, None, None))
        );
    }

    #[test]
    fn a_section_runs_to_the_next_heading_of_its_level() {
        let s = sections(&paras(&[
            "一、2025年工作回顾",
            "甲项目开工建设。",
            "（一）坚持项目为王。",
            "乙项目建成投产。",
            "二、2026年重点工作",
            "（一）全力抓好项目建设。",
            "丙项目一季度开工。",
        ]));
        let got: Vec<(Option<&str>, bool)> =
            s.iter().map(|s| (s.year.as_deref(), s.plan)).collect();
        assert_eq!(
            got,
            [
                (Some("2025"), false),
                (Some("2025"), false),
                (Some("2025"), false),
                (Some("2025"), false),
                (Some("2026"), true),
                (Some("2026"), true),
                (Some("2026"), true),
            ]
        );
    }
}
