//! The page's year, used to resolve partial dates (`12 月 22 日`, `今年 3 月`).
//!
//! A page header date is decisive. Without one, the body's years vote: a full date counts most,
//! `2025 年度` (the reporting year) next, a bare `2026 年` least, since pages talk about plans for
//! next year and reviews of last year, but name the current year's report as `年度`.

use std::collections::BTreeMap;

use crate::facts::{at, ends_with};
use crate::text::fold::fold_width;

/// A year written with Arabic digits (`2025`) or Chinese digits (`二〇二五`), ending at `end`
/// (exclusive char index) in `chars`.
fn year_before(chars: &[char], end: usize) -> Option<i32> {
    let mut i = end;
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    if i < 4 {
        return None;
    }
    // The four digits' value, added up as read (no string made and parsed: four decimal
    // digits always parse).
    let y = chars[i - 4..i].iter().try_fold(0i32, |y, &c| {
        let d = match c {
            '0'..='9' => c.to_digit(10),
            '〇' | '零' | 'Ｏ' | 'O' => Some(0),
            _ => "一二三四五六七八九"
                .chars()
                .position(|d| d == c)
                .and_then(|p| u32::try_from(p + 1).ok()),
        }?;
        Some(y * 10 + i32::try_from(d).ok()?)
    });
    // Not part of a longer number.
    if i > 4 && chars[i - 5].is_ascii_digit() {
        return None;
    }
    let y = y?;
    (1900..=2100).contains(&y).then_some(y)
}

/// What follows a year: `年度`, `年 M 月` (a full or month date), or a bare `年`; or a bare
/// year said to be an event's, past or due (`自2019年成立以来`, `预计2027年投产`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearUse {
    FullDate,
    Fiscal,
    Bare,
    Event,
}

impl YearUse {
    /// The year a zone was founded or a plant is due tells nothing of the page's year: it has no
    /// vote (it had been the only one on a page with no header, and `今年` and `12月20日` fell
    /// in it; a subtitle's `预计2027年投产` had made a page of 2025 one of 2027).
    fn weight(self) -> u32 {
        match self {
            YearUse::FullDate => 3,
            YearUse::Fiscal => 2,
            YearUse::Bare => 1,
            YearUse::Event => 0,
        }
    }
}

/// Words before a bare year that make it an event's (`自2019年`, `早在2010年`, `预计2027年`).
const EVENT_BEFORE: &[&str] = &[
    "自",
    "从",
    "早在",
    "始于",
    "成立于",
    "创建于",
    "设立于",
    "始建于",
    "预计",
    "计划",
    "力争",
    "争取",
    "将于",
    "到",
    "至",
];

/// Words after a bare year's `年` that make it an event's (`2019年成立`, `2019年以来`,
/// `2027年投产`, `2027年前`).
const EVENT_AFTER: &[&str] = &[
    "以来", "成立", "建成", "创建", "创立", "设立", "获批", "批准", "开园", "至今", "起步", "投产",
    "竣工", "完工", "达产", "前", "底前",
];

/// Whether a bare year is said to be an event's: `自` or `预计` before it, `以来`, `成立` or
/// `投产` after it. `before` ends with the year (and spaces), `rest` is what follows its `年`,
/// spaces dropped.
fn is_event(before: &[char], rest: &[char]) -> bool {
    let trim =
        |s: &[char]| -> usize { s.len() - s.iter().rev().take_while(|&&c| c == ' ').count() };
    let year_end = trim(before);
    let words_before = &before[..trim(&before[..year_end.saturating_sub(4)])];
    EVENT_BEFORE.iter().any(|w| ends_with(words_before, w))
        || EVENT_AFTER.iter().any(|w| at(rest, 0, w))
}

/// How many chars before a separator a year (and the spaces after it) is looked for.
const YEAR_LOOKBACK: usize = 16;

/// How many chars after a year's 年 are read for what follows it (`年 12 月`, `年度`).
const YEAR_RESTS: usize = 7;

/// Years written in a text with how they are used.
fn years_in(text: &str) -> Vec<(i32, YearUse)> {
    let mut out = Vec::new();
    // Only the separators are visited, with a few chars around each: most of a paragraph is
    // never decoded twice. 年, 月 and 度 are the same in Traditional: only full-width digits
    // need folding.
    for (b, sep) in text.match_indices(['年', '.', '-', '/', '．']) {
        let after = &text[b + sep.len()..];
        let is_year_sep = sep == "年"
            || after
                .chars()
                .next()
                .is_some_and(|c| fold_width(c).is_ascii_digit());
        if !is_year_sep {
            continue;
        }
        // The chars around the separator, read into arrays on the stack: a separator is met
        // in most paragraphs, and a year before few of them.
        let mut lookback = ['\0'; YEAR_LOOKBACK];
        let mut n = 0;
        for c in text[..b].chars().rev().take(YEAR_LOOKBACK) {
            n += 1;
            lookback[YEAR_LOOKBACK - n] = fold_width(c);
        }
        let before = &lookback[YEAR_LOOKBACK - n..];
        let Some(y) = year_before(before, before.len()) else {
            continue;
        };
        let mut next = ['\0'; YEAR_RESTS];
        let mut m = 0;
        for c in after.chars().take(YEAR_RESTS).map(fold_width) {
            if c != ' ' {
                next[m] = c;
                m += 1;
            }
        }
        let rest = &next[..m];
        let kind = if sep != "年"
            || rest
                .first()
                .is_some_and(|&c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                && rest.contains(&'月')
        {
            YearUse::FullDate
        } else if rest.first() == Some(&'度') {
            YearUse::Fiscal
        } else if is_event(before, rest) {
            YearUse::Event
        } else {
            YearUse::Bare
        };
        out.push((y, kind));
    }
    out
}

/// The year of a page header line (`2025年12月26日 星期五 第4版`).
pub fn header_year(line: &str) -> Option<i32> {
    years_in(line).first().map(|(y, _)| *y)
}

/// The page year from the body texts' votes; ties go to the year seen first.
pub fn body_year<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<i32> {
    let mut votes: BTreeMap<i32, (u32, usize)> = BTreeMap::new();
    let mut order = 0;
    for t in texts {
        for (y, kind) in years_in(t).into_iter().filter(|(_, k)| k.weight() > 0) {
            let e = votes.entry(y).or_insert((0, order));
            e.0 += kind.weight();
            order += 1;
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(y, _)| y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_dates() {
        assert_eq!(header_year("2025年12月26日 星期五 第4版"), Some(2025));
        assert_eq!(header_year("科学导报 2025.12.26 开发区"), Some(2025));
        assert_eq!(header_year("二〇二六年一月八日"), Some(2026));
        assert_eq!(header_year("２０２６年１月８日"), Some(2026));
    }

    #[test]
    fn fiscal_year_outvotes_plans_for_next_year() {
        let texts = [
            "召开 2025 年度经济运行分析",
            "通报了开发区 2025 年度经济运行情况和 2026 年项目谋划情况",
            "汇报了本单位 2026 年项目谋划情况",
            "科学谋划储备 2026 年重大项目",
        ];
        assert_eq!(body_year(texts), Some(2025));
    }

    #[test]
    fn years_with_separators_and_full_width_digits() {
        assert_eq!(years_in("2025.12.26"), [(2025, YearUse::FullDate)]);
        assert_eq!(years_in("２０２５年１２月"), [(2025, YearUse::FullDate)]);
        assert_eq!(years_in("2025 年度"), [(2025, YearUse::Fiscal)]);
        assert_eq!(years_in("2026 年项目"), [(2026, YearUse::Bare)]);
        assert_eq!(years_in("二〇二五年"), [(2025, YearUse::Bare)]);
        assert!(years_in("0.776 公里，12025 年").is_empty());
    }

    #[test]
    fn full_date_wins() {
        assert_eq!(
            body_year(["2026 年 1 月 8 日，会议回顾了 2025 年工作"]),
            Some(2026)
        );
        assert_eq!(body_year(["没有年份"]), None);
        // A year said to be an event's, past or due, has no vote.
        assert_eq!(
            body_year(["该园区自2019年成立以来，累计引进项目300个"]),
            None
        );
        assert_eq!(
            body_year(["园区2019年以来累计投资", "2026 年计划"]),
            Some(2026)
        );
        assert_eq!(body_year(["早在 2010 年，园区就已起步"]), None);
        assert_eq!(body_year(["2025年全区新签约项目"]), Some(2025));
        assert_eq!(
            body_year(["项目预计2027年投产", "今日，园区召开2025年工作会"]),
            Some(2025)
        );
        assert_eq!(body_year(["编号 12025 年"]), None);
    }
}
