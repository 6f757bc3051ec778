//! Dates written with digits and separators: `2026-01-08`, `13.5.2015`, `3-7-07`, `2010 01 29`,
//! `2016-2018`, and month/day `12/1` where it cannot be a fraction.

use super::*;

/// A run of ASCII digits at `i` (no decimal point, no grouping): its end, length and value.
pub(super) fn digits_at(f: &[char], i: usize) -> Option<(usize, usize, i64)> {
    let mut j = i;
    let mut v: i64 = 0;
    while let Some(d) = f.get(j).and_then(|c| c.to_digit(10)) {
        if j - i >= 4 {
            return None;
        }
        v = v * 10 + i64::from(d);
        j += 1;
    }
    (j > i).then_some((j, j - i, v))
}

/// Two-digit years: `07` is 2007, `89` is 1989.
pub(super) fn century(yy: i64) -> i64 {
    if yy < 50 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// `2026-01-08`, `2026.1.8`, `2026/1/8`; day first with the year last (`13.5.2015`, `3-7-07`,
/// `05/05/89`); a two-digit year first when the last part can be a day (`12-11-10`).
pub(super) fn numeric_date(f: &[char], a: NumberSpan) -> Option<DateHit> {
    if a.chinese {
        return None;
    }
    let (ae, la, va) = digits_at(f, a.start)?;
    let sep = *f.get(ae)?;
    if !matches!(sep, '-' | '.' | '/' | ' ') {
        return None;
    }
    let (be, lb, vb) = digits_at(f, ae + 1)?;
    if lb > 2 || f.get(be) != Some(&sep) {
        return None;
    }
    let (ce, lc, vc) = digits_at(f, be + 1)?;
    // `2010 01 29`: spaced, only year first with two-digit month and day.
    if sep == ' ' && (la, lb, lc) != (4, 2, 2) {
        return None;
    }
    if f.get(ce)
        .is_some_and(|ch| ch.is_ascii_digit() || *ch == sep)
    {
        return None;
    }
    let (y, m, d) = match (la, lc) {
        (4, 1 | 2) => (va, vb, vc),
        (1 | 2, 4) => (vc, vb, va),
        (1 | 2, 2) if vc > 31 || la == 1 => (century(vc), vb, va),
        (2, 1 | 2) => (century(va), vb, vc),
        _ => return None,
    };
    let (y, m, d) = (
        i32::try_from(y).ok()?,
        u32::try_from(m).ok()?,
        u32::try_from(d).ok()?,
    );
    if !(1000..=2999).contains(&y) || !calendar::valid(y, m, d) {
        return None;
    }
    Some(DateHit {
        start: a.start,
        end: ce,
        value: calendar::iso(y, m, d),
        flags: vec![],
    })
}

/// `2016-2018`, `2016 至 2018 年`: two four-digit years joined by a range mark.
pub(super) fn year_range(f: &[char], a: NumberSpan) -> Option<DateHit> {
    let ya = four_digit_year(a)?;
    let j = skip_spaces(f, a.end);
    if !f.get(j).is_some_and(|&c| is_range_mark(c)) {
        return None;
    }
    let b = number_at(f, skip_spaces(f, j + 1))?;
    let yb = four_digit_year(b).filter(|&yb| yb > ya)?;
    let k = skip_spaces(f, b.end);
    let end = if at(f, k, "年") { k + 1 } else { b.end };
    Some(DateHit {
        start: a.start,
        end,
        value: format!("{ya:04}/{yb:04}"),
        flags: vec!["range".to_owned()],
    })
}

pub(super) fn four_digit_year(n: NumberSpan) -> Option<i32> {
    let y = i32::try_from(n.value?.as_int()?).ok()?;
    (!n.chinese && n.end - n.start == 4 && (1900..=2100).contains(&y)).then_some(y)
}

/// `2010 01 29` at `p`: four digits, two, two, single spaces between (the one spaced numeric
/// date form, see [`numeric_date`]).
pub(super) fn spaced_ymd(f: &[char], p: usize) -> bool {
    let digit = |k: usize| f.get(p + k).is_some_and(char::is_ascii_digit);
    let space = |k: usize| f.get(p + k) == Some(&' ');
    [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&k| digit(k)) && space(4) && space(7) && !digit(10)
}

/// `12/1`, `9/11`, `12/25`: month and day with a slash, in the page year (partial without one).
/// A slash between two small numbers is as often a fraction (`1/2`, `3/4`), so only pairs no
/// one writes as a fraction are dates: the day not above the month (`12/1`, an improper
/// fraction) or above 12 (`12/25`, a fraction not in lowest terms is rare in prose). Nothing
/// numeric may touch either end (`2021/12/1` is [`numeric_date`]'s, `1/2%` a share).
pub(super) fn month_slash_day(f: &[char], a: NumberSpan, cx: &Context) -> Option<DateHit> {
    if a.chinese {
        return None;
    }
    let touches = |c: Option<&char>| {
        c.is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '%' | '-' | ':'))
    };
    if a.start > 0 && touches(f.get(a.start - 1)) {
        return None;
    }
    let (ae, la, m) = digits_at(f, a.start)?;
    if la > 2 || f.get(ae) != Some(&'/') {
        return None;
    }
    let (be, lb, d) = digits_at(f, ae + 1)?;
    if lb > 2 || touches(f.get(be)) {
        return None;
    }
    let (m, d) = (u32::try_from(m).ok()?, u32::try_from(d).ok()?);
    // February 29 is a day of some years: check against a leap year when none is known.
    if !calendar::valid(cx.year.unwrap_or(2000), m, d) || !(d <= m || d > 12) {
        return None;
    }
    let ymd = Ymd {
        year: cx.year,
        month: Some(m),
        day: Some(d),
    };
    let flags = if cx.year.is_none() {
        vec!["partial".to_owned()]
    } else {
        vec![]
    };
    Some(DateHit {
        start: a.start,
        end: be,
        value: ymd.iso(),
        flags,
    })
}
