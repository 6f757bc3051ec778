//! Dates relative to the edition: days (`明天`, `大前天`), weekdays (`下周三`, `星期一`) and
//! months (`下个月`, `本月`). They resolve against the edition date (`Page.date`) when the page
//! has one; else against the page year, as that year only and flagged `approx`; else they stay
//! unresolved (an empty value) — never a guessed year.

use super::calendar::{from_days, iso, to_days, weekday};
use super::{Context, DateHit};
use crate::facts::at;

/// Day words and their offset from the edition date, longest first where one ends another.
const DAYS: &[(&str, i64)] = &[
    ("大前天", -3),
    ("大后天", 3),
    ("今天", 0),
    ("今日", 0),
    ("明天", 1),
    ("明日", 1),
    ("后天", 2),
    ("昨天", -1),
    ("昨日", -1),
    ("前天", -2),
];

/// The offset in days a day word says (`昨天`: -1), when the word is one (folded, whole).
pub fn day_offset(word: &str) -> Option<i64> {
    DAYS.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
}

/// Week prefixes and their offset in weeks.
const WEEKS: &[(&str, i64)] = &[
    ("上上个", -2),
    ("下下个", 2),
    ("上上", -2),
    ("下下", 2),
    ("上个", -1),
    ("下个", 1),
    ("这个", 0),
    ("上", -1),
    ("下", 1),
    ("本", 0),
    ("这", 0),
];

/// Month words and their offset in months.
const MONTHS: &[(&str, i32)] = &[
    ("上个月", -1),
    ("下个月", 1),
    ("这个月", 0),
    ("上月", -1),
    ("下月", 1),
    ("本月", 0),
];

/// Every word a relative date can open with (`明天`, `下个月`, `下周`, `星期`), for the scan's
/// two-char prefilter.
pub fn openers() -> Vec<String> {
    let mut out: Vec<String> = DAYS.iter().map(|(w, _)| (*w).to_owned()).collect();
    out.extend(MONTHS.iter().map(|(w, _)| (*w).to_owned()));
    for day in ['一', '二', '三', '四', '五', '六', '七', '日', '天', '末'] {
        out.push(format!("周{day}"));
    }
    for week in ["星期", "礼拜", "周"] {
        out.push(week.to_owned());
        out.extend(WEEKS.iter().map(|(w, _)| format!("{w}{week}")));
    }
    out
}

/// The chars a relative date can open with.
pub const STARTS: &[char] = &[
    '今', '明', '后', '昨', '前', '大', '上', '下', '本', '这', '周', '星', '礼',
];

/// `星期三` → 3, `周日` → 7: the weekday after a week word at `i`, with its end.
fn weekday_at(f: &[char], i: usize) -> Option<(i64, usize)> {
    let word = ["星期", "礼拜", "周"].iter().find(|w| at(f, i, w))?;
    let j = i + word.chars().count();
    let d = match f.get(j)? {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '日' | '天' | '七' => 7,
        _ => return None,
    };
    Some((d, j + 1))
}

/// The value of a date `delta` days from the edition, with its flags.
fn resolve_days(cx: &Context, delta: i64) -> (String, Vec<String>) {
    let mut flags = vec!["relative".to_owned()];
    let value = match (cx.edition, cx.year) {
        (Some((y, m, d)), _) => from_days(to_days(y, m, d) + delta)
            .map(|(y, m, d)| iso(y, m, d))
            .unwrap_or_default(),
        (None, Some(y)) => {
            flags.push("approx".to_owned());
            format!("{y:04}")
        }
        (None, None) => String::new(),
    };
    (value, flags)
}

/// A relative day, weekday or month at `i`.
pub fn relative_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    // `今日头条`, `今日说法`: names of media, not today.
    if at(f, i, "今日头条") || at(f, i, "今日说法") {
        return None;
    }
    if let Some((w, delta)) = DAYS.iter().find(|(w, _)| at(f, i, w)) {
        let (value, flags) = resolve_days(cx, *delta);
        return Some(DateHit {
            start: i,
            end: i + w.chars().count(),
            value,
            flags,
        });
    }
    if let Some((w, delta)) = MONTHS.iter().find(|(w, _)| at(f, i, w)) {
        // `本月 10 日` is a day of the edition's month: the caller reads the day.
        let mut flags = vec!["relative".to_owned()];
        let value = match (cx.edition, cx.year) {
            (Some((y, m, _)), _) => {
                let months = y * 12 + m as i32 - 1 + delta;
                format!(
                    "{:04}-{:02}",
                    months.div_euclid(12),
                    months.rem_euclid(12) + 1
                )
            }
            (None, Some(y)) => {
                flags.push("approx".to_owned());
                format!("{y:04}")
            }
            (None, None) => String::new(),
        };
        return Some(DateHit {
            start: i,
            end: i + w.chars().count(),
            value,
            flags,
        });
    }
    let (weeks, j) = match WEEKS.iter().find(|(w, _)| at(f, i, w)) {
        Some((w, k)) => (Some(*k), i + w.chars().count()),
        None => (None, i),
    };
    let Some((day, end)) = weekday_at(f, j) else {
        // `下周`, `上上周`, `本周末`: the whole week (Monday to Sunday) or its weekend.
        let weeks = weeks?;
        let w = ["周末", "周", "星期", "礼拜"]
            .iter()
            .find(|w| at(f, j, w))?;
        let end = j + w.chars().count();
        let (first, last) = if w.ends_with('末') { (6, 7) } else { (1, 7) };
        return Some(week_span(cx, weeks, first, last, i, end));
    };
    // A bare `周三` must stand as a date: `周一至周五`, `周三上午`, not a name (`周一鸣`).
    if weeks.is_none() && at(f, i, "周") && !free_after(f, end) {
        return None;
    }
    let weeks = weeks.unwrap_or(0);
    let (value, flags) = match cx.edition {
        Some((y, m, d)) => {
            let today = to_days(y, m, d);
            let monday = today - (weekday(today) - 1);
            resolve_days(cx, monday + 7 * weeks + day - 1 - today)
        }
        None => resolve_days(cx, 0),
    };
    Some(DateHit {
        start: i,
        end,
        value,
        flags,
    })
}

/// Days `first..=last` (1 Monday … 7 Sunday) of the week `weeks` from the edition's, as a
/// range `A/B`; on an undated page only the year (approx) or nothing.
fn week_span(cx: &Context, weeks: i64, first: i64, last: i64, start: usize, end: usize) -> DateHit {
    let (value, flags) = match cx.edition {
        Some((y, m, d)) => {
            let today = to_days(y, m, d);
            let monday = today - (weekday(today) - 1) + 7 * weeks;
            let day = |k: i64| from_days(monday + k - 1).map(|(y, m, d)| iso(y, m, d));
            let value = match (day(first), day(last)) {
                (Some(a), Some(b)) => format!("{a}/{b}"),
                _ => String::new(),
            };
            (value, vec!["relative".to_owned(), "range".to_owned()])
        }
        None => resolve_days(cx, 0),
    };
    DateHit {
        start,
        end,
        value,
        flags,
    }
}

/// Whether the char at `j` ends a word: no Han char, or one that goes with a date.
fn free_after(f: &[char], j: usize) -> bool {
    match f.get(j) {
        None => true,
        Some(c) => !crate::lexicon::names::is_han(*c) || "至到和上下晚早起前后、".contains(*c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(s: &str, cx: &Context) -> Option<(String, Vec<String>)> {
        let f: Vec<char> = s.chars().collect();
        relative_at(&f, 0, cx).map(|h| (h.value, h.flags))
    }

    #[test]
    fn days_weeks_and_months_resolve_against_the_edition() {
        let cx = Context::new(None, Some("2017-03-22"));
        assert_eq!(rel("明天", &cx).map(|v| v.0).as_deref(), Some("2017-03-23"));
        assert_eq!(
            rel("大前天", &cx).map(|v| v.0).as_deref(),
            Some("2017-03-19")
        );
        assert_eq!(
            rel("下周三", &cx).map(|v| v.0).as_deref(),
            Some("2017-03-29")
        );
        assert_eq!(
            rel("这个星期一", &cx).map(|v| v.0).as_deref(),
            Some("2017-03-20")
        );
        assert_eq!(rel("下个月", &cx).map(|v| v.0).as_deref(), Some("2017-04"));
        assert_eq!(rel("周一鸣", &cx), None);
        assert_eq!(rel("今日头条报道", &cx), None);
        assert_eq!(
            rel("下周如何", &cx).map(|v| v.0).as_deref(),
            Some("2017-03-27/2017-04-02")
        );
        assert_eq!(
            rel("下下周末", &cx).map(|v| v.0).as_deref(),
            Some("2017-04-08/2017-04-09")
        );
    }

    #[test]
    fn without_an_edition_only_the_year_and_flagged_approx() {
        let cx = Context::new(Some(2025), None);
        assert_eq!(
            rel("明天", &cx),
            Some((
                "2025".to_owned(),
                vec!["relative".to_owned(), "approx".to_owned()]
            ))
        );
        let cx = Context::new(None, None);
        assert_eq!(rel("明天", &cx).map(|v| v.0).as_deref(), Some(""));
    }
}
