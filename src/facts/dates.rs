//! Dates: full (`2026 年 1 月 8 日`, `2026-01-08`), partial (`12 月 22 日`, `今年 3 月`), years
//! (`2025 年度`), relative years (`明年`), day ranges (`12 月 22 日至 24 日`) and five-year plans
//! (`十五五`). Rules only, never jieba: `dubao list` uses this path for its date column.
//!
//! A date without a stated year takes the page year; without one it stays partial (`--12-22`).

use super::charset::CharSet;
use super::numbers::{
    is_chinese_numeral, number_at, NumberSpan, NUMBER_STARTS, NUMBER_START_CHARS,
};
use super::{at, skip_spaces};

/// One date found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateHit {
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, partial `--MM-DD` / `--MM`, or a range `A/B`.
    pub value: String,
    pub flags: Vec<String>,
}

/// Year words relative to the page year.
const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("明年", 1),
    ("前年", -2),
    ("后年", 2),
];

/// A calendar date still missing parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ymd {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Ymd {
    fn iso(self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, _) => String::new(),
        }
    }
}

/// Where a date can start: a number, or a relative year word ([`RELATIVE_YEARS`]).
static DATE_STARTS: CharSet =
    CharSet::of(NUMBER_START_CHARS).with(&['今', '本', '去', '明', '前', '后']);

/// Every date in folded text; `year` is the page year for dates that state none.
pub fn scan(f: &[char], year: Option<i32>) -> Vec<DateHit> {
    let mut out = Vec::new();
    let mut i = 0;
    // Only positions where a date can start are tried, not inside a longer number: a number,
    // or a relative year word (all of them `X年`; `前`, `本`, `明` alone are common chars).
    let can_start = |p: usize| {
        let fresh = p == 0 || !(f[p - 1].is_ascii_digit() || is_chinese_numeral(f[p - 1]));
        fresh
            && if NUMBER_STARTS.contains(f[p]) {
                may_be_date(f, p)
            } else {
                f.get(p + 1) == Some(&'年')
            }
    };
    while let Some(p) = DATE_STARTS.next_in_where(f, i, can_start) {
        match date_at(f, p, year) {
            Some(hit) => {
                i = hit.end.max(p + 1);
                out.push(hit);
            }
            None => i = p + 1,
        }
    }
    out
}

/// A cheap test that a date can start at the number start `p`: whatever number is read
/// there, a date needs `年` or `月` right after it and its spaces, a numeric separator (`-`,
/// `/`, `.`), or it is a five-year plan (`十五五`). Most numerals of running text (`一个`,
/// `统一`, `12 个`) fail it before any number is parsed.
fn may_be_date(f: &[char], p: usize) -> bool {
    if f.get(p) == Some(&'十') {
        return true;
    }
    let mut q = p;
    let mut dotted = false;
    // A date's number is short: looking further would make a long run of spaced digits
    // quadratic, every start of it walking to its end.
    let stop = p.saturating_add(24).min(f.len());
    while let Some(&c) = f.get(q).filter(|_| q < stop) {
        if c == '.' || c == '．' {
            dotted = true;
        } else if !(c.is_ascii_digit()
            || is_chinese_numeral(c)
            || matches!(c, ',' | ' ' | '\u{3000}'))
        {
            break;
        }
        q += 1;
    }
    dotted
        || matches!(f.get(q), Some('年' | '月' | '-' | '/'))
        || f.get(q).is_some_and(|&c| is_range_mark(c))
}

/// Marks between the two ends of a range (`12 月 22 日至 24 日`, `1—11 月`).
fn is_range_mark(c: char) -> bool {
    matches!(c, '至' | '到' | '—' | '-' | '~' | '～' | '–')
}

/// `1 至 10 月`, `1—11 月份`: a run of months (first before last), with the end.
fn month_range(f: &[char], i: usize) -> Option<(u32, u32, usize)> {
    let first = number_at(f, i)?;
    let from = u32::try_from(first.value?.as_int()?).ok()?;
    let j = skip_spaces(f, first.end);
    if !f.get(j).is_some_and(|&c| is_range_mark(c)) {
        return None;
    }
    let (to, _, end) = month_day(f, skip_spaces(f, j + 1))?;
    ((1..to).contains(&from)).then_some((from, to, end))
}

/// `后`/`前` closing a word before `年…` (`达产后年产值`, `投产前年均`) is no `后年`/`前年`: those
/// two are only read where the char before cannot end such a clause.
fn ends_a_clause_word(f: &[char], i: usize, word: &str) -> bool {
    const CLAUSE_ENDS: &[char] = &[
        '产', '成', '工', '营', '业', '运', '之', '以', '此', '完', '毕', '束', '达', '投', '竣',
        '放', '用', '动', '启', '交', '后', '前', '生', '开',
    ];
    matches!(word, "后年" | "前年")
        && i > 0
        && f.get(i - 1).is_some_and(|c| CLAUSE_ENDS.contains(c))
}

fn date_at(f: &[char], i: usize, page_year: Option<i32>) -> Option<DateHit> {
    if let Some(hit) = five_year_plan(f, i) {
        return Some(hit);
    }
    // The number at `i` is read once and offered to every reading of it below.
    let number = number_at(f, i);
    if let Some(hit) = number.and_then(|n| numeric_date(f, n)) {
        return Some(hit);
    }
    let mut flags = Vec::new();
    let (year, after_year, relative) = if let Some((w, delta)) = number
        .is_none()
        .then(|| RELATIVE_YEARS.iter().find(|(w, _)| at(f, i, w)))
        .flatten()
        .filter(|(w, _)| !ends_a_clause_word(f, i, w))
    {
        flags.push("relative".to_owned());
        (
            page_year.map(|y| y + delta),
            i + w.chars().count(),
            Some(*delta),
        )
    } else if let Some((y, end)) = number.and_then(|n| year_of(f, n)) {
        (Some(y), end, None)
    } else {
        (None, i, None)
    };
    // A run of months: `今年 1 至 10 月` is January to October, not October.
    let months_at = if after_year > i {
        skip_spaces(f, after_year)
    } else {
        i
    };
    if let Some((m1, m2, end)) = month_range(f, months_at) {
        let year = if after_year > i { year } else { page_year };
        if year.is_none() {
            flags.push("partial".to_owned());
        }
        flags.push("range".to_owned());
        let from = Ymd {
            year,
            month: Some(m1),
            day: None,
        };
        let to = Ymd {
            month: Some(m2),
            ..from
        };
        return Some(DateHit {
            start: i,
            end,
            value: format!("{}/{}", from.iso(), to.iso()),
            flags,
        });
    }
    let md = if after_year > i {
        month_day(f, skip_spaces(f, after_year))
    } else {
        number.and_then(|n| month_day_of(f, n))
    };
    let (month, day, end) = match md {
        Some((m, d, end)) => (Some(m), d, end),
        None if after_year > i => {
            // A year alone: explicit, or a relative year other than this one (明年, 去年).
            if relative == Some(0) || year.is_none() {
                return None;
            }
            let end = if at(f, after_year, "度") {
                after_year + 1
            } else {
                after_year
            };
            return Some(DateHit {
                start: i,
                end,
                value: Ymd {
                    year,
                    month: None,
                    day: None,
                }
                .iso(),
                flags,
            });
        }
        None => return None,
    };
    let mut ymd = Ymd { year, month, day };
    if after_year == i {
        ymd.year = page_year;
    }
    if ymd.year.is_none() {
        flags.push("partial".to_owned());
    }
    let mut hit = DateHit {
        start: i,
        end,
        value: ymd.iso(),
        flags,
    };
    extend_range(f, &mut hit, ymd);
    Some(hit)
}

/// `2025 年`, `二〇二五年`, `2025 年度`: a four-digit year between 1900 and 2100.
fn explicit_year(f: &[char], i: usize) -> Option<(i32, usize)> {
    year_of(f, number_at(f, i)?)
}

/// [`explicit_year`] for a number already read.
fn year_of(f: &[char], n: NumberSpan) -> Option<(i32, usize)> {
    if n.end - n.start != 4 {
        return None;
    }
    let y = i32::try_from(n.value?.as_int()?).ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let j = skip_spaces(f, n.end);
    at(f, j, "年").then_some((y, j + 1))
}

/// `12 月 22 日`, `12 月份`, `三月`: month and optional day, with the end.
fn month_day(f: &[char], i: usize) -> Option<(u32, Option<u32>, usize)> {
    month_day_of(f, number_at(f, i)?)
}

/// [`month_day`] for a number already read.
fn month_day_of(f: &[char], m: NumberSpan) -> Option<(u32, Option<u32>, usize)> {
    let month = u32::try_from(m.value?.as_int()?).ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let j = skip_spaces(f, m.end);
    if !at(f, j, "月") {
        return None;
    }
    let mut end = j + 1;
    if at(f, end, "份") {
        end += 1;
    }
    let k = skip_spaces(f, end);
    if let Some((d, dend)) = day_at(f, k) {
        return Some((month, Some(d), dend));
    }
    Some((month, None, end))
}

/// `22 日`, `22 号`, `二十二日`.
fn day_at(f: &[char], i: usize) -> Option<(u32, usize)> {
    let d = number_at(f, i)?;
    let day = u32::try_from(d.value?.as_int()?).ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let j = skip_spaces(f, d.end);
    (at(f, j, "日") || at(f, j, "号")).then_some((day, j + 1))
}

/// `2026-01-08`, `2026.1.8`, `2026/1/8`.
fn numeric_date(f: &[char], y: NumberSpan) -> Option<DateHit> {
    let start = y.start;
    if y.chinese || y.end - y.start != 4 {
        return None;
    }
    let sep = *f.get(y.end)?;
    if !matches!(sep, '-' | '.' | '/') {
        return None;
    }
    let m = number_at(f, y.end + 1).filter(|n| !n.chinese && n.end - n.start <= 2)?;
    if f.get(m.end) != Some(&sep) {
        return None;
    }
    let d = number_at(f, m.end + 1).filter(|n| !n.chinese && n.end - n.start <= 2)?;
    let (y, m, dd) = (y.value?.as_int()?, m.value?.as_int()?, d.value?.as_int()?);
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&dd) {
        return None;
    }
    let ymd = Ymd {
        year: i32::try_from(y).ok(),
        month: u32::try_from(m).ok(),
        day: u32::try_from(dd).ok(),
    };
    Some(DateHit {
        start,
        end: d.end,
        value: ymd.iso(),
        flags: vec![],
    })
}

/// `12 月 22 日至 24 日`, `3 月 3 日—5 月 8 日`: the value becomes an ISO interval `A/B`.
fn extend_range(f: &[char], hit: &mut DateHit, from: Ymd) {
    let j = skip_spaces(f, hit.end);
    if !f
        .get(j)
        .is_some_and(|c| matches!(c, '至' | '到' | '—' | '-' | '~' | '～' | '–'))
    {
        return;
    }
    let k = skip_spaces(f, j + 1);
    let full_to = explicit_year(f, k).and_then(|(y, e)| {
        let (m, d, end) = month_day(f, skip_spaces(f, e))?;
        (from.month.is_some() && (d.is_some() == from.day.is_some())).then_some((
            Ymd {
                year: Some(y),
                month: Some(m),
                day: d,
            },
            end,
        ))
    });
    let (to, end) = if let Some(found) = full_to {
        found
    } else if let Some((m, Some(d), end)) = month_day(f, k) {
        (
            Ymd {
                month: Some(m),
                day: Some(d),
                ..from
            },
            end,
        )
    } else if let (Some((d, end)), Some(_)) = (day_at(f, k), from.day) {
        (
            Ymd {
                day: Some(d),
                ..from
            },
            end,
        )
    } else {
        return;
    };
    hit.value = format!("{}/{}", from.iso(), to.iso());
    hit.end = end;
    hit.flags.push("range".to_owned());
}

/// `十五五` (the 15th five-year plan, 2026–2030): plans run in five-year steps from 1966 (the 3rd).
fn five_year_plan(f: &[char], i: usize) -> Option<DateHit> {
    if !at(f, i, "十") || !at(f, i + 2, "五") {
        return None;
    }
    let d = super::numbers::chinese_digit(*f.get(i + 1)?)?;
    if d == 0 || f.get(i + 3).is_some_and(|&c| is_chinese_numeral(c)) {
        return None;
    }
    let n = 10 + d as i32;
    let start = 1966 + 5 * (n - 3);
    Some(DateHit {
        start: i,
        end: i + 3,
        value: format!("{start}/{}", start + 4),
        flags: vec!["range".to_owned()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    fn dates(s: &str, year: Option<i32>) -> Vec<(String, String)> {
        let f: Vec<char> = fold(s).chars().collect();
        let orig: Vec<char> = s.chars().collect();
        scan(&f, year)
            .into_iter()
            .map(|h| (orig[h.start..h.end].iter().collect(), h.value))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn full_and_partial_dates() {
        assert_eq!(
            dates("2026 年 1 月 8 日，", None),
            [pair("2026 年 1 月 8 日", "2026-01-08")]
        );
        assert_eq!(
            dates("12 月 22 日，运城", Some(2025)),
            [pair("12 月 22 日", "2025-12-22")]
        );
        assert_eq!(
            dates("12 月 22 日，运城", None),
            [pair("12 月 22 日", "--12-22")]
        );
        assert_eq!(
            dates("二〇二五年十二月二十二日", None),
            [pair("二〇二五年十二月二十二日", "2025-12-22")]
        );
        assert_eq!(
            dates("２０２５年１２月２２日", None),
            [pair("２０２５年１２月２２日", "2025-12-22")]
        );
        assert_eq!(
            dates("于2026-01-08发布", None),
            [pair("2026-01-08", "2026-01-08")]
        );
    }

    #[test]
    fn runs_of_months() {
        let f: Vec<char> = "今年1至10月，2025 年 1—11 月，3-5 月份。12 个月。"
            .chars()
            .collect();
        let v: Vec<String> = scan(&f, Some(2025)).into_iter().map(|d| d.value).collect();
        assert_eq!(v, ["2025-01/2025-10", "2025-01/2025-11", "2025-03/2025-05"]);
    }

    #[test]
    fn after_a_clause_hou_nian_is_no_date() {
        let f: Vec<char> = "项目达产后年产值可达 5 亿元，投产后年均纳税 2000 万元。后年建成。"
            .chars()
            .collect();
        let v: Vec<String> = scan(&f, Some(2025)).into_iter().map(|d| d.value).collect();
        assert_eq!(v, ["2027"]);
    }

    #[test]
    fn relative_years_resolve_against_the_page_year() {
        assert_eq!(
            dates("今年 3 月 3 日，中铝", Some(2025)),
            [pair("今年 3 月 3 日", "2025-03-03")]
        );
        assert_eq!(
            dates("今年 3 月，该公司", Some(2025)),
            [pair("今年 3 月", "2025-03")]
        );
        assert_eq!(dates("计划明年拓展", Some(2025)), [pair("明年", "2026")]);
        assert_eq!(dates("去年同期", Some(2025)), [pair("去年", "2024")]);
        assert!(dates("为今年高质量完成", Some(2025)).is_empty());
        assert!(dates("计划明年拓展", None).is_empty());
    }

    #[test]
    fn years_months_and_ranges() {
        assert_eq!(
            dates("召开 2025 年度经济", None),
            [pair("2025 年度", "2025")]
        );
        assert_eq!(
            dates("及 12 月份固定资产", Some(2025)),
            [pair("12 月份", "2025-12")]
        );
        assert_eq!(
            dates("12 月 22 日至 24 日举行", Some(2025)),
            [pair("12 月 22 日至 24 日", "2025-12-22/2025-12-24")]
        );
        assert_eq!(
            dates("计划于2026年3月至2027年6月建设", None),
            [pair("2026年3月至2027年6月", "2026-03/2027-06")]
        );
        assert_eq!(
            dates("为开发区“十五五”良好开局", None),
            [pair("十五五", "2026/2030")]
        );
        assert_eq!(dates("“十四五”期间", None), [pair("十四五", "2021/2025")]);
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(dates("二十届四中全会", Some(2025)).is_empty());
        assert!(dates("3 个月", Some(2025)).is_empty());
        assert!(dates("13 月", Some(2025)).is_empty());
        assert!(dates("30 年", Some(2025)).is_empty());
    }
}
