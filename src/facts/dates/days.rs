//! Months and days: `12 月 22 日`, `八月十五`, `三月初一`, `正月`, `大年三十`, and days alone (`21日`).

use super::*;

/// `YYYY-MM` with day `d` when that day exists, else empty (unresolved).
pub(super) fn valid_day(month: &str, d: u32) -> String {
    let y: Option<i32> = month.get(..4).and_then(|s| s.parse().ok());
    let m: Option<u32> = month.get(5..7).and_then(|s| s.parse().ok());
    match (y, m) {
        (Some(y), Some(m)) if calendar::valid(y, m, d) => format!("{month}-{d:02}"),
        _ => String::new(),
    }
}

/// Whether a month word stands right before `i` (a space or two aside): a day there is the day of
/// that month, and when the month could not be read (`52 月 3 日`, a misprint) the day is no
/// day of the edition's month either.
fn after_month(f: &[char], i: usize) -> bool {
    let k = super::years::back_over_spaces(f, i);
    k > 0 && f[k - 1] == '月'
}

/// `21日`, `12号`: a day without a month takes the edition's month; without an edition it
/// stays unresolved.
pub(super) fn bare_day(f: &[char], i: usize, n: NumberSpan, cx: &Context) -> Option<DateHit> {
    let d = u32::try_from(n.value?.as_int()?).ok()?;
    if !(1..=31).contains(&d) || after_month(f, i) {
        return None;
    }
    let j = skip_spaces(f, n.end);
    let unit = *f.get(j)?;
    let next = f.get(j + 1).copied();
    let fits = match unit {
        // `日元`, `日报`, `日产`, `日均` are no days.
        '日' => !next.is_some_and(|c| "元报产均本军韩".contains(c)),
        // `1号线`, `3号楼`: a `号` day must end its word.
        '号' => next.is_none_or(|c| {
            !crate::lexicon::names::is_han(c) || "上下晚早起至到前后当凌".contains(c)
        }),
        _ => false,
    };
    if !fits || lasts(f, i, j + 1) || (unit == '号' && numbers_a_door(f, i)) {
        return None;
    }
    let value = match cx.edition {
        Some((y, m, _)) => valid_day(&format!("{y:04}-{m:02}"), d),
        None => String::new(),
    };
    let flags = if value.is_empty() {
        vec!["partial".to_owned()]
    } else {
        vec![]
    };
    let mut hit = DateHit {
        start: i,
        end: j + 1,
        value,
        flags,
    };
    if let Some((y, m, _)) = cx.edition {
        let from = Ymd {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        };
        if calendar::valid(y, m, d) {
            extend_range(f, &mut hit, from);
        }
    }
    Some(hit)
}

/// Whether the number at `i` stands right after a street's, a village's or a building's name
/// (`锐华路1号`, `泉城路1号`, `8栋3号`): the number of a door in an address, no day.
fn numbers_a_door(f: &[char], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| f.get(k))
        .is_some_and(|c| "路街道巷弄村栋幢楼座".contains(*c))
}

/// Words before a count of days that make it a length of time, no day of the month
/// (`自公告之日起经过30日即视为送达`, `为期15日`).
const LASTING_BEFORE: &[&str] = &[
    "经过",
    "历时",
    "为期",
    "满",
    "超过",
    "不超过",
    "不少于",
    "不得超过",
    "届满",
];

/// Whether the bare day `f[i..end]` is a length of time: after a word of lasting
/// ([`LASTING_BEFORE`]) or before a bound on it (`30日内`, `15日以内`, `7日之内`). A notice's
/// periods (`经过30日即视为送达`) had been read as the 30th of the edition's month.
fn lasts(f: &[char], i: usize, end: usize) -> bool {
    let k = super::years::back_over_spaces(f, i);
    let before = &f[..k];
    let after = &f[skip_spaces(f, end)..];
    LASTING_BEFORE
        .iter()
        .any(|w| crate::facts::ends_with(before, w))
        || ["内", "以内", "之内"].iter().any(|w| at(after, 0, w))
}

/// `大年初一`, `大年三十`: days of the first month.
pub(super) fn lunar_new_year(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    let (d, end) = day_at(f, i + 2)
        .or_else(|| lunar_day(f, i + 2))
        .or_else(|| chinese_day(f, i + 2))?;
    let ymd = Ymd {
        year: default_year(f, i, cx),
        month: Some(1),
        day: Some(d),
    };
    let flags = if ymd.year.is_none() {
        vec!["partial".to_owned()]
    } else {
        vec![]
    };
    Some(DateHit {
        start: i,
        end,
        value: ymd.iso(),
        flags,
    })
}

/// `正月初一`, `腊月二十三`: month words of the old calendar, read as their month number.
pub(super) fn month_word(f: &[char], i: usize) -> Option<(u32, Option<u32>, usize)> {
    let month = match (f.get(i)?, f.get(i + 1)?) {
        ('正', '月') => 1,
        ('腊', '月') => 12,
        _ => return None,
    };
    let k = skip_spaces(f, i + 2);
    match day_at(f, k)
        .or_else(|| lunar_day(f, k))
        .or_else(|| chinese_day(f, k))
    {
        Some((d, end)) => Some((month, Some(d), end)),
        None => Some((month, None, i + 2)),
    }
}

/// `12 月 22 日`, `12 月份`, `三月`: month and optional day, with the end.
pub(super) fn month_day(f: &[char], i: usize) -> Option<(u32, Option<u32>, usize)> {
    match number_at(f, i) {
        Some(n) => month_day_of(f, n),
        None => month_word(f, i),
    }
}

/// [`month_day`] for a number already read.
pub(super) fn month_day_of(f: &[char], m: NumberSpan) -> Option<(u32, Option<u32>, usize)> {
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
    if let Some((d, dend)) = day_at(f, k).or_else(|| lunar_day(f, k)) {
        return Some((month, Some(d), dend));
    }
    // `八月十五`: a Chinese day right after the month, without 日.
    if !m.chinese || end != j + 1 {
        return Some((month, None, end));
    }
    match chinese_day(f, k) {
        Some((d, dend)) => Some((month, Some(d), dend)),
        None => Some((month, None, end)),
    }
}

/// `22 日`, `22 号`, `二十二日`.
pub(super) fn day_at(f: &[char], i: usize) -> Option<(u32, usize)> {
    let d = number_at(f, i)?;
    let day = u32::try_from(d.value?.as_int()?).ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let j = skip_spaces(f, d.end);
    (at(f, j, "日") || at(f, j, "号")).then_some((day, j + 1))
}

/// `初一` … `初十`: the first ten days of a month.
pub(super) fn lunar_day(f: &[char], i: usize) -> Option<(u32, usize)> {
    if f.get(i) != Some(&'初') {
        return None;
    }
    let n = number_at(f, i + 1).filter(|n| n.chinese)?;
    let d = u32::try_from(n.value?.as_int()?).ok()?;
    (1..=10).contains(&d).then_some((d, n.end))
}

/// `十五` right after `八月`: a Chinese day without 日, when no unit or counter follows it
/// (`三月十五个` is no date).
pub(super) fn chinese_day(f: &[char], i: usize) -> Option<(u32, usize)> {
    let n = number_at(f, i).filter(|n| n.chinese)?;
    let d = u32::try_from(n.value?.as_int()?).ok()?;
    let next = f.get(n.end).copied();
    let free = next.is_none_or(|c| {
        !crate::lexicon::names::is_han(c) || "晚早上下中起至到前后的是那这当".contains(c)
    });
    ((1..=31).contains(&d) && free).then_some((d, n.end))
}
