//! Dates: full (`2026 年 1 月 8 日`, `2026-01-08`, `13.5.2015`), partial (`12 月 22 日`,
//! `今年 3 月`, `八月十五`, `三月初一`, `21日`), years (`2025 年度`, `1357年6月10日`,
//! `18年10月1日`, `民国三年`), relative years (`明年`), days, weekdays and months relative to
//! the edition ([`relative`]), ranges (`12 月 22 日至 24 日`, `3月至5月`, `2016-2018`), parts of
//! a year kept as flags (`2011年年底`), parts of a month as its days (`3月下旬`, `5月第二周`,
//! [`months`]), month/day with a slash where no fraction is meant (`12/1`) and five-year plans
//! (`十五五`). A document number's serial (`晋政发〔2023〕7号`) is no day ([`doc_numbers`]).
//! Rules only, never jieba: `dubao list` uses this path for its date column.
//!
//! A date without a stated year takes the page year; without one it stays partial (`--12-22`).
//! A year that is written but not read (`康熙三年五月`) is never replaced by the page year: the
//! date stays partial.

pub mod calendar;
pub mod relative;

use super::charset::CharSet;
use super::numbers::{
    chinese_digit, is_chinese_numeral, number_at, NumberSpan, NUMBER_STARTS, NUMBER_START_CHARS,
};
use super::{at, skip_spaces};
use days::*;
use decades::*;
use numeric::*;
use parts::*;
use years::*;

/// One date found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateHit {
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, partial `--MM-DD` / `--MM`, a range `A/B`, or empty
    /// when the date cannot be resolved (a bare day or a relative day on an undated page).
    pub value: String,
    pub flags: Vec<String>,
}

impl DateHit {
    /// Whether the date's value starts with a day the text names: a part or week of a month
    /// (`4月上旬`, `5月第二周`) is a span of days whose first is not written, so it gives no
    /// page or news date.
    pub fn names_a_day(&self) -> bool {
        !self.flags.iter().any(|f| f == months::PART)
    }
}

/// What dates resolve against: the page year and the edition date, when known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    pub year: Option<i32>,
    pub edition: Option<(i32, u32, u32)>,
}

impl Context {
    /// From the page year and the edition date (`YYYY-MM-DD`; anything else is ignored). The
    /// edition's year stands in for a missing page year.
    pub fn new(year: Option<i32>, edition: Option<&str>) -> Context {
        let edition = edition.and_then(parse_iso);
        Context {
            year: year.or(edition.map(|e| e.0)),
            edition,
        }
    }
}

fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.get(..2)?.parse().ok()?;
    calendar::valid(y, m, d).then_some((y, m, d))
}

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

/// Where a date can start: a number, a relative word, a month word (`正月`), `初`, `民国`.
static DATE_STARTS: CharSet = CharSet::of(NUMBER_START_CHARS)
    .with(&[
        '今', '本', '去', '明', '前', '后', '昨', '大', '上', '下', '这', '周', '星', '礼',
    ])
    .with(&['正', '腊', '民'])
    .with(&[
        '宣', '光', '同', '咸', '道', '嘉', '乾', '雍', '康', '顺', '崇', '万', '永', '洪',
    ])
    .with(&['天', '开', '神', '贞'])
    .with(&['近', '过', '未', '最'])
    .with(&['年']);

/// Every date in folded text; `year` is the page year for dates that state none.
pub fn scan(f: &[char], year: Option<i32>) -> Vec<DateHit> {
    scan_in(f, &Context::new(year, None))
}

/// Every date in folded text, resolved against a page's year and edition date.
pub fn scan_in(f: &[char], cx: &Context) -> Vec<DateHit> {
    let mut out = Vec::new();
    let mut i = 0;
    // Only positions where a date can start are tried, not inside a longer number; a word
    // start (`下`, `天`, `开`) only when its next char continues one of the date words.
    let pairs = word_pairs();
    let can_start = |p: usize| {
        let fresh = p == 0 || !(f[p - 1].is_ascii_digit() || is_chinese_numeral(f[p - 1]));
        fresh
            && if NUMBER_STARTS.contains(f[p]) {
                may_be_date(f, p)
            } else {
                f.get(p + 1).is_some_and(|&n| pairs.contains(&(f[p], n)))
            }
    };
    while let Some(p) = DATE_STARTS.next_in_where(f, i, can_start) {
        match date_at(f, p, cx) {
            // `晋政发〔2023〕7号`: a document number's serial, no day.
            Some(hit) if doc_numbers::is_serial(f, p) => i = hit.end.max(p + 1),
            Some(mut hit) => {
                if !months::month_part(f, &mut hit) {
                    part_after(f, &mut hit);
                }
                weekday_after(f, &mut hit);
                join_days(f, &mut hit, cx);
                i = hit.end.max(p + 1);
                out.push(hit);
            }
            None => i = p + 1,
        }
    }
    out
}

/// `上周四到十月一日`: two days joined by `到`/`至`, whichever way each was written, are one
/// range when the second comes later.
fn join_days(f: &[char], hit: &mut DateHit, cx: &Context) {
    let is_day = |v: &str| v.len() == 10 && !v.contains('/');
    if !is_day(&hit.value) {
        return;
    }
    let j = skip_spaces(f, hit.end);
    if !matches!(f.get(j), Some('到' | '至')) {
        return;
    }
    let k = skip_spaces(f, j + 1);
    let Some(to) = date_at(f, k, cx) else { return };
    if is_day(&to.value) && to.value > hit.value {
        hit.value = format!("{}/{}", hit.value, to.value);
        hit.end = to.end;
        hit.flags.push("range".to_owned());
    }
}

/// The first two chars of every date word that opens without a number: relative years and
/// days, eras, month words, weeks, centuries.
/// Asked at every char that may open a date word, so hashed with Fx, not SipHash.
fn word_pairs() -> &'static rustc_hash::FxHashSet<(char, char)> {
    static P: std::sync::OnceLock<rustc_hash::FxHashSet<(char, char)>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut words: Vec<String> = relative::openers();
        words.extend(RELATIVE_YEARS.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(periods::since_words().map(str::to_owned));
        words.extend(ERAS.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(
            [
                "大年",
                "正月",
                "腊月",
                "上世纪",
                "本世纪",
                "上半年",
                "下半年",
                "上半月",
                "下半月",
                "前半月",
                "后半月",
            ]
            .map(str::to_owned),
        );
        // `近三年`, `前1周`, `过去十年`: a span opener before its count.
        for w in periods::opener_words() {
            words.push(w.to_owned());
            words.extend(NUMBER_START_CHARS.iter().map(|c| format!("{w}{c}")));
        }
        words
            .iter()
            .filter_map(|w| {
                let mut c = w.chars();
                Some((c.next()?, c.next()?))
            })
            .collect()
    })
}

/// A cheap test that a date can start at the number start `p`: whatever number is read
/// there, a date needs `年`, `月`, `日`/`号` right after it and its spaces, a numeric separator
/// (`-`, `/`, `.`), or it is a five-year plan (`十五五`). Most numerals of running text (`一个`,
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
        if c == '.' {
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
        || spaced_ymd(f, p)
        || matches!(
            f.get(q),
            Some('年' | '月' | '日' | '号' | '世' | '-' | '/' | '天' | '个' | '周' | '季')
        )
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

fn date_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    // A range's second date is looked for after `到`, which may end the text.
    if i >= f.len() {
        return None;
    }
    if let Some(hit) = five_year_plan(f, i) {
        return Some(hit);
    }
    if let Some(hit) = periods::year_so_far_at(f, i, cx) {
        return Some(hit);
    }
    if let Some(hit) = periods::since_at(f, i, cx) {
        return Some(hit);
    }
    // The number at `i` is read once and offered to every reading of it below.
    let number = number_at(f, i);
    if let Some(mut hit) = number.and_then(|n| numeric_date(f, n)) {
        // `2018/1/10-2018/7/10`: two numeric dates joined by a range mark.
        let j = skip_spaces(f, hit.end);
        if f.get(j).is_some_and(|&c| is_range_mark(c)) {
            let k = skip_spaces(f, j + 1);
            if let Some(to) = number_at(f, k).and_then(|n| numeric_date(f, n)) {
                hit.value = format!("{}/{}", hit.value, to.value);
                hit.end = to.end;
                hit.flags.push("range".to_owned());
            }
        }
        return Some(hit);
    }
    if let Some(hit) = number.and_then(|n| month_slash_day(f, n, cx)) {
        return Some(hit);
    }
    if let Some(hit) = decade(f, i, number, cx) {
        return Some(hit);
    }
    if let Some(hit) = number.and_then(|n| periods::point_after(f, n, cx)) {
        return Some(hit);
    }
    let year = year_word(f, i, number, cx);
    if number.is_none() && year.is_none() {
        if at(f, i, "大年") {
            return lunar_new_year(f, i, cx);
        }
        if let Some(hit) = months::half_month_at(f, i, cx) {
            return Some(hit);
        }
        if let Some(hit) = periods::half_at(f, i, cx) {
            return Some(hit);
        }
        if let Some(hit) = periods::span_at(f, i, cx) {
            return Some(hit);
        }
        if !matches!(f[i], '正' | '腊') {
            let mut hit = relative::relative_at(f, i, cx)?;
            // `本月 10 日`: a day of the edition's month.
            if hit.value.len() == 7 {
                if let Some((d, end)) = day_at(f, skip_spaces(f, hit.end)) {
                    hit.value = valid_day(&hit.value, d);
                    hit.end = end;
                }
            }
            return Some(hit);
        }
    }
    let mut flags = Vec::new();
    if year.as_ref().is_some_and(|y| y.relative.is_some()) {
        flags.push("relative".to_owned());
    }
    let after_year = year.as_ref().map(|y| y.end);
    let stated_year = year.as_ref().and_then(|y| y.year);
    let months_at = after_year.map_or(i, |e| skip_spaces(f, e));
    // A run of months: `今年 1 至 10 月` is January to October, not October.
    if let Some((m1, m2, end)) = month_range(f, months_at) {
        let year = if after_year.is_some() {
            stated_year
        } else {
            default_year(f, i, cx)
        };
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
    // `去年本月十日`: the edition's month in a stated year.
    if let Some(e) = after_year.filter(|&e| at(f, skip_spaces(f, e), "本月")) {
        let (_, m, _) = cx.edition?;
        let k = skip_spaces(f, e) + 2;
        let (value, end) = match (stated_year, day_at(f, skip_spaces(f, k))) {
            (Some(y), Some((d, end))) => (valid_day(&format!("{y:04}-{m:02}"), d), end),
            (Some(y), None) => (format!("{y:04}-{m:02}"), k),
            (None, _) => (String::new(), k),
        };
        return Some(DateHit {
            start: i,
            end,
            value,
            flags,
        });
    }
    let md = match after_year {
        Some(e) => month_day(f, skip_spaces(f, e)),
        None if number.is_some() => number.and_then(|n| month_day_of(f, n)),
        None => month_word(f, i),
    };
    let (month, day, end) = match md {
        Some((m, d, end)) => (Some(m), d, end),
        None if after_year.is_some() => {
            let y = year?;
            if let Some((value, end)) = year_part(f, y.end, y.year) {
                flags.push("range".to_owned());
                if value.is_empty() {
                    flags.push("partial".to_owned());
                }
                if !value.contains('/') {
                    flags.retain(|f| f != "range");
                }
                return Some(DateHit {
                    start: i,
                    end,
                    value,
                    flags,
                });
            }
            // A year alone: explicit, or a relative year other than this one (明年, 去年), or
            // this one with a part of it (`今年下半年`, `今年年底`).
            let part = [
                "上半年",
                "下半年",
                "前半年",
                "后半年",
                "年底",
                "年初",
                "年末",
                "底",
                "初",
            ]
            .iter()
            .any(|w| at(f, y.end, w));
            if !(y.alone || part) || y.year.is_none() {
                return None;
            }
            let end = if at(f, y.end, "度") {
                y.end + 1
            } else {
                y.end
            };
            let mut hit = DateHit {
                start: i,
                end,
                value: Ymd {
                    year: y.year,
                    month: None,
                    day: None,
                }
                .iso(),
                flags,
            };
            extend_year_range(f, &mut hit);
            return Some(hit);
        }
        None => return bare_day(f, i, number?, cx).or_else(|| year_range(f, number?)),
    };
    let year = if after_year.is_some() {
        stated_year
    } else {
        default_year(f, i, cx)
    };
    let ymd = Ymd { year, month, day };
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

/// The year of a date that states none: the page year, unless a year is written right before
/// it that could not be read (`康熙三年五月`, `公元前 3 年 5 月`) — then none.
fn default_year(f: &[char], i: usize, cx: &Context) -> Option<i32> {
    let mut j = i;
    while j > 0 && matches!(f[j - 1], ' ' | '\u{3000}') && i - j < 3 {
        j -= 1;
    }
    if j > 0 && f[j - 1] == '年' {
        return None;
    }
    cx.year
}

/// `12 月 22 日至 24 日`, `3 月 3 日—5 月 8 日`, `3月至5月`: the value becomes `A/B`.
fn extend_range(f: &[char], hit: &mut DateHit, from: Ymd) {
    let j = skip_spaces(f, hit.end);
    if !f.get(j).is_some_and(|&c| is_range_mark(c)) {
        return;
    }
    let k = skip_spaces(f, j + 1);
    let full_to = number_at(f, k).and_then(|n| {
        let (y, _) = year_of(f, n)?;
        let e = skip_spaces(f, n.end) + 1;
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
    } else if let Some((m, d, end)) =
        month_day(f, k).filter(|(_, d, _)| d.is_some() == from.day.is_some())
    {
        (
            Ymd {
                month: Some(m),
                day: d,
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

mod days;
mod decades;
mod doc_numbers;
mod months;
mod numeric;
mod parts;
mod periods;
#[cfg(test)]
mod tests;
mod years;
