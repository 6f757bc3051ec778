//! Parts of a year or month after it: `2011年年底`, `3月下旬`, halves (`2017年下半年`),
//! quarters (`今年第一季度`), seasons (`今年夏天`), and weeks, months or days counted within
//! the year (`2021年的第一周`, `去年的前10天`, `今年的最后 3 周`).

use super::*;

/// Parts of a year or month after it, as flags (the value keeps the year or month).
const PARTS: &[(&str, &str)] = &[
    ("年底", "end"),
    ("年末", "end"),
    ("年初", "start"),
    ("年中", "middle"),
    ("月底", "end"),
    ("月末", "end"),
    ("月初", "start"),
    ("上旬", "early"),
    ("中旬", "middle"),
    ("下旬", "late"),
    ("底", "end"),
    ("末", "end"),
    ("初", "start"),
];

/// `2011年年底`, `3月下旬`, `年初`: a part of the year or month, kept as a flag; a half of a
/// year (`2017年下半年`) becomes its months.
pub(super) fn part_after(f: &[char], hit: &mut DateHit) {
    if hit.value.contains('/') || hit.value.is_empty() {
        return;
    }
    if hit.value.len() == 4 {
        for (w, a, b) in [
            ("上半年", 1, 6),
            ("下半年", 7, 12),
            ("前半年", 1, 6),
            ("后半年", 7, 12),
        ] {
            if at(f, hit.end, w) {
                hit.value = format!("{0}-{a:02}/{0}-{b:02}", hit.value);
                hit.end += 3;
                hit.flags.push("range".to_owned());
                return;
            }
        }
    }
    let ends_year = f.get(hit.end.wrapping_sub(1)) == Some(&'年');
    let j = hit.end;
    for (w, flag) in PARTS {
        // The word is compared first: most hits are followed by none of the parts, and a part
        // that is not there needs no other test.
        if !at(f, j, w) {
            continue;
        }
        let one_char = w.chars().count() == 1;
        // A lone `底`/`末`/`初` only right after `年`/`月` (`年底`, `月初`).
        if one_char && !matches!(f.get(j.wrapping_sub(1)), Some('年' | '月')) {
            continue;
        }
        // `年底` after `2011年` reads `2011年年底`.
        if w.starts_with('年') && !one_char && !ends_year {
            continue;
        }
        hit.end = j + w.chars().count();
        hit.flags.push((*flag).to_owned());
        return;
    }
}

/// `10月12号，星期一`, `3月5日（周三）`: the weekday that names a day already given belongs to
/// its date, not a second date counted from the edition.
pub(super) fn weekday_after(f: &[char], hit: &mut DateHit) {
    // Only a date with its day (`2009-10-12`, `--10-12`) has a weekday.
    if hit.value.len() < 7 || hit.value.contains('/') || hit.value.matches('-').count() < 2 {
        return;
    }
    let mut j = hit.end;
    while f
        .get(j)
        .is_some_and(|&c| matches!(c, '，' | ',' | ' ' | '（' | '('))
        && j < hit.end + 3
    {
        j += 1;
    }
    let Some(w) = ["星期", "礼拜", "周"].iter().find(|w| at(f, j, w)) else {
        return;
    };
    let k = j + w.chars().count();
    if !f.get(k).is_some_and(|&c| "一二三四五六日天".contains(c)) {
        return;
    }
    let mut end = k + 1;
    if f.get(end).is_some_and(|&c| matches!(c, '）' | ')')) {
        end += 1;
    }
    hit.end = end;
}

/// Quarters and seasons of a year, as their first and last months (winter runs into the next
/// year).
const SEASONS: &[(&str, u32, u32)] = &[
    ("春天", 3, 5),
    ("春季", 3, 5),
    ("夏天", 6, 8),
    ("夏季", 6, 8),
    ("秋天", 9, 11),
    ("秋季", 9, 11),
    ("冬天", 12, 14),
    ("冬季", 12, 14),
];

/// What is counted within a year (`第一周`, `前10天`, `最后 4 个月`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    Week,
    Month,
    Day,
}

/// The unit word at `j` for [`Within`], and its end.
fn within_unit(f: &[char], j: usize) -> Option<(Within, usize)> {
    const WORDS: &[(&str, Within)] = &[
        ("个星期", Within::Week),
        ("个月", Within::Month),
        ("星期", Within::Week),
        ("周", Within::Week),
        ("天", Within::Day),
    ];
    WORDS
        .iter()
        .find(|(w, _)| at(f, j, w))
        .map(|(w, u)| (*u, j + w.chars().count()))
}

/// A small count (1 to 53) at `j`, and its end.
fn small_count(f: &[char], j: usize) -> Option<(u32, usize)> {
    let n = number_at(f, j)?;
    let k = u32::try_from(n.value?.as_int()?).ok()?;
    (1..=53).contains(&k).then_some((k, n.end))
}

/// Monday of ISO week `w` of year `y`, as a day number.
fn iso_week_monday(y: i32, w: u32) -> i64 {
    let jan4 = calendar::to_days(y, 1, 4);
    jan4 - (calendar::weekday(jan4) - 1) + 7 * (i64::from(w) - 1)
}

fn day_range(a: i64, b: i64) -> Option<String> {
    let (ya, ma, da) = calendar::from_days(a)?;
    let (yb, mb, db) = calendar::from_days(b)?;
    Some(format!(
        "{}/{}",
        calendar::iso(ya, ma, da),
        calendar::iso(yb, mb, db)
    ))
}

/// A part of year `year` written at `j` right after it (`第一季度`, `一季度`, `夏天`, `的第一周`,
/// `的第三个月`, `的前2周`, `的最后 4 个月`): its value (months `A/B`, a month, or days `A/B`) and
/// end; the value is empty when the year is unknown (a relative year on an undated page).
pub(super) fn year_part(f: &[char], j: usize, year: Option<i32>) -> Option<(String, usize)> {
    let j = if at(f, j, "的") { j + 1 } else { j };
    let months = |a: u32, b: u32, end: usize| {
        let value = year.map_or_else(String::new, |y| {
            let (yb, b) = if b > 12 { (y + 1, b - 12) } else { (y, b) };
            format!("{y:04}-{a:02}/{yb:04}-{b:02}")
        });
        Some((value, end))
    };
    if let Some((w, a, b)) = SEASONS.iter().find(|(w, _, _)| at(f, j, w)) {
        return months(*a, *b, j + w.chars().count());
    }
    // `第一季度`, `一季度`, `第3季度`.
    let k = if at(f, j, "第") { j + 1 } else { j };
    if let Some((q, e)) = small_count(f, k).filter(|(q, _)| *q <= 4) {
        if at(f, e, "季度") {
            return months(3 * q - 2, 3 * q, e + 2);
        }
    }
    // `第一周`, `第三个月`: one week or month of the year.
    if at(f, j, "第") {
        let (n, e) = small_count(f, skip_spaces(f, j + 1))?;
        let (unit, end) = within_unit(f, skip_spaces(f, e))?;
        let value = match (unit, year) {
            (_, None) => String::new(),
            (Within::Month, Some(y)) if n <= 12 => format!("{y:04}-{n:02}"),
            (Within::Week, Some(y)) => {
                let mon = iso_week_monday(y, n);
                day_range(mon, mon + 6)?
            }
            _ => return None,
        };
        return Some((value, end));
    }
    // `前2周`, `前10天`, `最后 3 周`, `最后 4 个月`: the first or last of them in the year.
    let (last, k) = if at(f, j, "前") {
        (false, j + 1)
    } else if at(f, j, "最后") {
        (true, j + 2)
    } else {
        return None;
    };
    let (n, e) = small_count(f, skip_spaces(f, k))?;
    // `前三季度`: January to the end of the third quarter.
    if !last && (1..=4).contains(&n) && at(f, skip_spaces(f, e), "季度") {
        return months(1, 3 * n, skip_spaces(f, e) + 2);
    }
    let (unit, end) = within_unit(f, skip_spaces(f, e))?;
    let Some(y) = year else {
        return Some((String::new(), end));
    };
    let value = match (unit, last) {
        (Within::Month, false) if n <= 12 => format!("{y:04}-01/{y:04}-{n:02}"),
        (Within::Month, true) if n <= 12 => format!("{y:04}-{:02}/{y:04}-12", 13 - n),
        (Within::Week, false) => {
            let mon = iso_week_monday(y, 1);
            day_range(mon, mon + 7 * i64::from(n) - 1)?
        }
        (Within::Week, true) => {
            // The last ISO week is the one holding 28 December.
            let dec28 = calendar::to_days(y, 12, 28);
            let mon = dec28 - (calendar::weekday(dec28) - 1);
            day_range(mon - 7 * (i64::from(n) - 1), mon + 6)?
        }
        (Within::Day, false) => {
            let jan1 = calendar::to_days(y, 1, 1);
            day_range(jan1, jan1 + i64::from(n) - 1)?
        }
        (Within::Day, true) => {
            let dec31 = calendar::to_days(y, 12, 31);
            day_range(dec31 - i64::from(n) + 1, dec31)?
        }
        _ => return None,
    };
    Some((value, end))
}
