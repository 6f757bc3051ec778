//! Decades and five-year plans: `20世纪80年代`, `上世纪80年代`, `九十年代`, `1990年代`, `十五五`.

use super::*;

/// `20世纪80年代`, `十九世纪七十年代`, `上世纪80年代` (the century before the page year's),
/// `1990年代`, and a decade without its century (`九十年代`, `50年代`): the decade as a range of
/// years. Without a century the latest such decade that has begun by the page year is meant
/// (`50年代` in 2017 is the 1950s, `20年代` the 2020s in 2026); without a page year, or a
/// century word on an undated page, the decade is found but stays unresolved.
pub(super) fn decade(
    f: &[char],
    i: usize,
    number: Option<NumberSpan>,
    cx: &Context,
) -> Option<DateHit> {
    let (century, n) = match number {
        Some(n) => {
            let c = i32::try_from(n.value?.as_int()?).ok()?;
            let j = skip_spaces(f, n.end);
            if at(f, j, "世纪") && (1..=30).contains(&c) {
                (Some(Some(c)), number_at(f, skip_spaces(f, j + 2))?)
            } else {
                (None, n)
            }
        }
        None if at(f, i, "上世纪") => (
            Some(cx.year.map(|y| y / 100)),
            number_at(f, skip_spaces(f, i + 3))?,
        ),
        None if at(f, i, "本世纪") => (
            Some(cx.year.map(|y| y / 100 + 1)),
            number_at(f, skip_spaces(f, i + 3))?,
        ),
        None => return None,
    };
    let d = i32::try_from(n.value?.as_int()?).ok()?;
    let j = skip_spaces(f, n.end);
    if !at(f, j, "年代") || d % 10 != 0 {
        return None;
    }
    let first = match century {
        Some(c) if (0..=90).contains(&d) => c.map(|c| (c - 1) * 100 + d),
        Some(_) => return None,
        // `1990年代`: four digits name the decade in full.
        None if !n.chinese && n.end - n.start == 4 && (1000..=2990).contains(&d) => Some(d),
        None if (10..=90).contains(&d) && n.end - n.start <= 2 => cx.year.map(|y| {
            let this = y.div_euclid(100) * 100 + d;
            if this > y {
                this - 100
            } else {
                this
            }
        }),
        None => return None,
    };
    let (value, flags) = match first {
        Some(first) => (
            format!("{first:04}/{:04}", first + 9),
            vec!["range".to_owned()],
        ),
        None => (
            String::new(),
            vec!["range".to_owned(), "partial".to_owned()],
        ),
    };
    Some(DateHit {
        start: i,
        end: j + 2,
        value,
        flags,
    })
}

/// `十五五` (the 15th five-year plan, 2026–2030): plans run in five-year steps from 1966 (the 3rd).
pub(super) fn five_year_plan(f: &[char], i: usize) -> Option<DateHit> {
    if !at(f, i, "十") || !at(f, i + 2, "五") {
        return None;
    }
    let d = chinese_digit(*f.get(i + 1)?)?;
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
