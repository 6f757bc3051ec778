//! Spans counted from the edition date: `近三年`, `过去十年`, `未来两天`, `上2个月`, `前1周`
//! (a range `A/B` ending or starting at the edition) and points counted from it: `5年前`,
//! `三天后`. Like every relative date they resolve only against the edition date; without one
//! they stay unresolved (an empty value) — a page year alone cannot place them.

use super::calendar::{days_in_month, from_days, iso, to_days};
use super::{Context, DateHit};
use crate::facts::at;
use crate::facts::numbers::{number_at, NumberSpan};
use crate::facts::skip_spaces;

/// Words before a count that look back (`近三年`) or ahead (`未来两天`), longest first.
const OPENERS: &[(&str, bool)] = &[
    ("过去", false),
    ("最近", false),
    ("未来", true),
    ("今后", true),
    ("近", false),
    ("前", false),
    ("上", false),
    ("后", true),
    ("下", true),
];

/// Every opener, for the scan's prefilter: each followed by a char a count starts with.
pub fn opener_words() -> impl Iterator<Item = &'static str> {
    OPENERS.iter().map(|(w, _)| *w)
}

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Year,
    Month,
    Week,
    Day,
}

/// The unit word at `j` and its end: `年`, `个月`, `周`/`个星期`, `天`/`日`.
fn unit_at(f: &[char], j: usize) -> Option<(Unit, usize)> {
    const WORDS: &[(&str, Unit)] = &[
        ("个星期", Unit::Week),
        ("个礼拜", Unit::Week),
        ("个月", Unit::Month),
        ("星期", Unit::Week),
        ("年", Unit::Year),
        ("周", Unit::Week),
        ("天", Unit::Day),
        ("日", Unit::Day),
    ];
    WORDS
        .iter()
        .find(|(w, _)| at(f, j, w))
        .map(|(w, u)| (*u, j + w.chars().count()))
}

/// A count of at most 100 (`三`, `1`, `两`, `十`) at `j`.
fn count_at(f: &[char], j: usize) -> Option<(NumberSpan, i64)> {
    let n = number_at(f, j)?;
    let k = i64::try_from(n.value?.as_int()?).ok()?;
    (1..=100).contains(&k).then_some((n, k))
}

/// The day `k` units after (negative: before) day number `today`, the day of the month kept
/// where the month has it (`3月31日` + 1 month is `4月30日`).
fn shifted(today: i64, unit: Unit, k: i64) -> Option<i64> {
    match unit {
        Unit::Day => Some(today + k),
        Unit::Week => Some(today + 7 * k),
        Unit::Year | Unit::Month => {
            let (y, m, d) = from_days(today)?;
            let months = if unit == Unit::Year { 12 * k } else { k };
            let total = i64::from(y) * 12 + i64::from(m) - 1 + months;
            let y = i32::try_from(total.div_euclid(12)).ok()?;
            let m = u32::try_from(total.rem_euclid(12) + 1).ok()?;
            Some(to_days(y, m, d.min(days_in_month(y, m))))
        }
    }
}

fn day_iso(days: i64) -> Option<String> {
    from_days(days).map(|(y, m, d)| iso(y, m, d))
}

/// `近三年`, `未来两天`, `前1周` at `i`: the span from the edition back (or on) that many
/// units. Back spans end on the edition date, ahead spans start the day after it.
pub fn span_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    let (word, ahead) = OPENERS.iter().find(|(w, _)| at(f, i, w))?;
    let (n, k) = count_at(f, i + word.chars().count())?;
    let (unit, end) = unit_at(f, skip_spaces(f, n.end))?;
    // `前三年` of a project (its first three years) reads the same; `后` and `下` only before
    // Arabic counts (`后1年`), as `后三天` is rarely a span from today.
    if matches!(*word, "后" | "下") && n.chinese {
        return None;
    }
    // `去年的前10天`, `项目前三年`: the first days of something named before, not a span
    // from today.
    if matches!(*word, "前" | "后" | "上" | "下") && i > 0 && !is_clause_start(f[i - 1]) {
        return None;
    }
    let value = match cx.edition {
        Some((y, m, d)) => {
            let today = to_days(y, m, d);
            let (a, b) = if *ahead {
                (Some(today + 1), shifted(today, unit, k))
            } else {
                (shifted(today, unit, -k), Some(today))
            };
            match (a.and_then(day_iso), b.and_then(day_iso)) {
                (Some(a), Some(b)) => format!("{a}/{b}"),
                _ => String::new(),
            }
        }
        None => String::new(),
    };
    Some(DateHit {
        start: i,
        end,
        value,
        flags: vec!["relative".to_owned(), "range".to_owned()],
    })
}

/// A half year standing alone (`上半年`, `下半年`; after a year `part_after` reads it): the
/// edition's year, else the page year flagged `approx`, else unresolved.
pub fn half_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    let (a, b) = if at(f, i, "上半年") {
        (1, 6)
    } else if at(f, i, "下半年") {
        (7, 12)
    } else {
        return None;
    };
    Some(months_of_this_year(i, i + 3, a, b, cx))
}

/// Months `a..=b` of the year a page speaks in: the edition's, else the page year flagged
/// `approx`, else unresolved (an empty value).
fn months_of_this_year(start: usize, end: usize, a: u32, b: u32, cx: &Context) -> DateHit {
    let mut flags = vec!["relative".to_owned(), "range".to_owned()];
    let year = match (cx.edition, cx.year) {
        (Some((y, _, _)), _) => Some(y),
        (None, Some(y)) => {
            flags.push("approx".to_owned());
            Some(y)
        }
        (None, None) => None,
    };
    let value = year.map_or_else(String::new, |y| format!("{y:04}-{a:02}/{y:04}-{b:02}"));
    DateHit {
        start,
        end,
        value,
        flags,
    }
}

/// A quarter or the year so far standing alone, as economic news reports them: `一季度`,
/// `第三季度` (that quarter of this year), `前三季度` (January to September), `前10个月`
/// (January to October). `前N个月` is the year's first months only when they are over by the
/// edition date (a November page); otherwise it is a span back from today ([`span_at`]).
pub fn year_so_far_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    let first = at(f, i, "前");
    let k = if first || at(f, i, "第") { i + 1 } else { i };
    let (n, q) = count_at(f, k)?;
    let q = u32::try_from(q).ok()?;
    let j = skip_spaces(f, n.end);
    if at(f, j, "季度") && (1..=4).contains(&q) {
        let a = if first { 1 } else { 3 * q - 2 };
        return Some(months_of_this_year(i, j + 2, a, 3 * q, cx));
    }
    let (_, month, _) = cx.edition?;
    (first && at(f, j, "个月") && q < month).then(|| months_of_this_year(i, j + 2, 1, q, cx))
}

/// Words for the time since a year began, longest first, with how many years back that year
/// is: economic news reports its running totals so (`今年以来，开发区实现产值120亿元`).
const SINCE: &[(&str, i32)] = &[
    ("今年年初以来", 0),
    ("今年以来", 0),
    ("年初以来", 0),
    ("去年以来", 1),
];

/// Every word of [`SINCE`], for the scan's prefilter.
pub fn since_words() -> impl Iterator<Item = &'static str> {
    SINCE.iter().map(|(w, _)| *w)
}

/// `今年以来`, `年初以来`, `去年以来` at `i`: from the first day of that year to the edition
/// date; with only the page year, that year (or the two years) flagged `approx`; with
/// neither, unresolved.
pub fn since_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    let (word, back) = SINCE.iter().find(|(w, _)| at(f, i, w))?;
    let mut flags = vec!["relative".to_owned(), "range".to_owned()];
    let value = match (cx.edition, cx.year) {
        (Some((y, m, d)), _) => format!("{}/{}", iso(y.checked_sub(*back)?, 1, 1), iso(y, m, d)),
        (None, Some(y)) => {
            flags.push("approx".to_owned());
            match y.checked_sub(*back)? {
                from if from == y => format!("{y:04}"),
                from => format!("{from:04}/{y:04}"),
            }
        }
        (None, None) => String::new(),
    };
    Some(DateHit {
        start: i,
        end: i + word.chars().count(),
        value,
        flags,
    })
}

/// Whether `c` before a span opener leaves it free to count from today: the start of a
/// clause, or a word that places what follows in time (`在前1周`).
fn is_clause_start(c: char) -> bool {
    !crate::lexicon::names::is_han(c) || "在于从近最这".contains(c)
}

/// `5年前`, `三天后`, `两个月后` for the number `n`: the day that many units from the edition.
pub fn point_after(f: &[char], n: NumberSpan, cx: &Context) -> Option<DateHit> {
    let k = i64::try_from(n.value?.as_int()?).ok()?;
    if !(1..=100).contains(&k) {
        return None;
    }
    let (unit, j) = unit_at(f, skip_spaces(f, n.end))?;
    let sign = match f.get(j)? {
        '前' => -1,
        '后' => 1,
        _ => return None,
    };
    // `5年前后` is "around year 5", `三天前夕` no point either.
    if matches!(f.get(j + 1), Some('后' | '夕')) {
        return None;
    }
    let value = cx
        .edition
        .and_then(|(y, m, d)| shifted(to_days(y, m, d), unit, sign * k))
        .and_then(day_iso)
        .unwrap_or_default();
    Some(DateHit {
        start: n.start,
        end: j + 1,
        value,
        flags: vec!["relative".to_owned()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: &str, edition: Option<&str>) -> Option<String> {
        let f: Vec<char> = s.chars().collect();
        span_at(&f, 0, &Context::new(None, edition)).map(|h| h.value)
    }

    fn point(s: &str, edition: Option<&str>) -> Option<String> {
        let f: Vec<char> = s.chars().collect();
        point_after(&f, number_at(&f, 0)?, &Context::new(None, edition)).map(|h| h.value)
    }

    #[test]
    fn spans_count_from_the_edition() {
        let e = Some("2017-03-22");
        assert_eq!(span("近三年", e).as_deref(), Some("2014-03-22/2017-03-22"));
        assert_eq!(
            span("未来两天", e).as_deref(),
            Some("2017-03-23/2017-03-24")
        );
        assert_eq!(span("上2个月", e).as_deref(), Some("2017-01-22/2017-03-22"));
        assert_eq!(span("前1周", e).as_deref(), Some("2017-03-15/2017-03-22"));
        assert_eq!(
            span("过去十年", e).as_deref(),
            Some("2007-03-22/2017-03-22")
        );
        assert_eq!(span("后三天", e), None);
        assert_eq!(span("近日", e), None);
        let f: Vec<char> = "去年的前10天".chars().collect();
        assert!(span_at(&f, 3, &Context::new(None, e)).is_none());
        assert_eq!(span("近三年", None).as_deref(), Some(""));
    }

    #[test]
    fn halves_take_the_edition_year() {
        let f: Vec<char> = "上半年".chars().collect();
        let h = half_at(&f, 0, &Context::new(None, Some("2019-09-10")));
        assert_eq!(h.map(|h| h.value).as_deref(), Some("2019-01/2019-06"));
        let h = half_at(&f, 0, &Context::new(Some(2025), None));
        assert!(h.is_some_and(|h| h.flags.contains(&"approx".to_owned())));
    }

    #[test]
    fn quarters_and_the_year_so_far_take_the_edition_year() {
        let at = |s: &str, e: Option<&str>| {
            let f: Vec<char> = s.chars().collect();
            year_so_far_at(&f, 0, &Context::new(None, e)).map(|h| (h.value, h.end))
        };
        let e = Some("2024-11-05");
        assert_eq!(at("一季度，", e), Some(("2024-01/2024-03".into(), 3)));
        assert_eq!(at("第三季度", e), Some(("2024-07/2024-09".into(), 4)));
        assert_eq!(at("前三季度", e), Some(("2024-01/2024-09".into(), 4)));
        assert_eq!(at("前10个月", e), Some(("2024-01/2024-10".into(), 5)));
        // Not over yet by a March page: a span back from today, not the year's months.
        assert_eq!(at("前10个月", Some("2024-03-01")), None);
        assert_eq!(at("五季度", e), None);
        assert_eq!(at("三个", e), None);
    }

    #[test]
    fn the_year_so_far_runs_to_the_edition() {
        let at = |s: &str, cx: &Context| {
            let f: Vec<char> = s.chars().collect();
            since_at(&f, 0, cx).map(|h| (h.value, h.end, h.flags.contains(&"approx".to_owned())))
        };
        let dated = Context::new(Some(2024), Some("2024-11-08"));
        assert_eq!(
            at("今年以来，", &dated),
            Some(("2024-01-01/2024-11-08".into(), 4, false))
        );
        assert_eq!(
            at("去年以来", &dated),
            Some(("2023-01-01/2024-11-08".into(), 4, false))
        );
        assert_eq!(at("今年年初以来", &dated).map(|h| h.1), Some(6));
        let undated = Context::new(Some(2024), None);
        assert_eq!(at("年初以来", &undated), Some(("2024".into(), 4, true)));
        assert_eq!(
            at("去年以来", &undated),
            Some(("2023/2024".into(), 4, true))
        );
        assert_eq!(
            at("今年以来", &Context::new(None, None)),
            Some((String::new(), 4, false))
        );
        assert_eq!(at("今年", &dated), None);
    }

    #[test]
    fn points_count_from_the_edition() {
        let e = Some("2018-08-30");
        assert_eq!(point("5年前，", e).as_deref(), Some("2013-08-30"));
        assert_eq!(point("三天后", e).as_deref(), Some("2018-09-02"));
        assert_eq!(point("5年前后", e), None);
        assert_eq!(point("3年级", e), None);
        assert_eq!(point("三天后", None).as_deref(), Some(""));
    }
}
