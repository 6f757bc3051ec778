//! Parts of a month after it, as days: thirds (`3月上旬` = 1–10, `中旬` = 11–20, `下旬` = 21 to
//! the month's end), halves (`5月上半月` = 1–15, `下半月` = 16 to the end) and weeks
//! (`5月第二周`, `十月的第一周`, `8月的最后一周`), weekdays counted within it (`5月的第二个星期日`,
//! `8月的最后一个星期一`: one day), and a half month standing alone (`上半月`: the edition's
//! month).
//!
//! Weeks of a month are counted as ISO 8601 counts weeks of a year: Monday to Sunday, the first
//! week is the one holding the 4th (it has at least four of the month's days), the last the one
//! holding the month's last day but three. Recognizers-Text places `十月的第一周` of 2017 at
//! 2 to 8 October, and of 2016 at 3 to 9 October, as this rule does.

use super::*;

/// The flag of a part of a month (a third, half or week): its days are a span, and its first
/// day is no day the text names ([`DateHit::names_a_day`]).
pub(super) const PART: &str = "part";

/// Thirds and halves of a month: the word, first day, and last day (`None`: the month's last).
const PARTS: &[(&str, u32, Option<u32>, &str)] = &[
    ("上旬", 1, Some(10), "early"),
    ("中旬", 11, Some(20), "middle"),
    ("下旬", 21, None, "late"),
    ("上半月", 1, Some(15), "early"),
    ("前半月", 1, Some(15), "early"),
    ("下半月", 16, None, "late"),
    ("后半月", 16, None, "late"),
];

/// Weekday chars that make `周`/`星期` a day, not a week (`第一周一`, `最后一个星期一`).
fn weekday_char(c: char) -> bool {
    "一二三四五六日天1234567".contains(c)
}

/// `YYYY-MM` of a hit's value, when it is one month of a known year.
fn year_month(value: &str) -> Option<(i32, u32)> {
    if value.len() != 7 || value.contains('/') {
        return None;
    }
    let (y, m) = value.split_once('-')?;
    let (y, m) = (y.parse().ok()?, m.parse().ok()?);
    calendar::valid(y, m, 1).then_some((y, m))
}

/// Days `a` to `b` of month `m` of year `y`, as a range value.
fn days(y: i32, m: u32, a: u32, b: u32) -> String {
    format!("{}/{}", calendar::iso(y, m, a), calendar::iso(y, m, b))
}

/// Monday of week `n` (1-based) of month `m` of year `y`, as a day number: the week holding
/// the 4th is the first.
fn week_monday(y: i32, m: u32, n: u32) -> i64 {
    let fourth = calendar::to_days(y, m, 4);
    fourth - (calendar::weekday(fourth) - 1) + 7 * (i64::from(n) - 1)
}

/// A week of a month at `j` (`第二周`, `的第一个星期`, `的最后一周`): its Monday and end.
fn week_at(f: &[char], j: usize, y: i32, m: u32) -> Option<(i64, usize)> {
    let j = if at(f, j, "的") { j + 1 } else { j };
    let (monday, k) = if at(f, j, "第") {
        let n = number_at(f, skip_spaces(f, j + 1))?;
        let w = u32::try_from(n.value?.as_int()?).ok()?;
        if !(1..=5).contains(&w) {
            return None;
        }
        (week_monday(y, m, w), n.end)
    } else if at(f, j, "最后一") {
        let last = calendar::days_in_month(y, m);
        let day = calendar::to_days(y, m, last.checked_sub(3)?);
        (day - (calendar::weekday(day) - 1), j + 3)
    } else {
        return None;
    };
    let k = skip_spaces(f, k);
    let k = if at(f, k, "个") { k + 1 } else { k };
    let end = ["星期", "礼拜", "周"]
        .iter()
        .find(|w| at(f, k, w))
        .map(|w| k + w.chars().count())?;
    if f.get(end).is_some_and(|&c| weekday_char(c)) {
        return None;
    }
    // A fifth week that starts in the next month is not one of this month.
    let first_of_next = calendar::to_days(y, m, calendar::days_in_month(y, m)) + 1;
    (monday < first_of_next).then_some((monday, end))
}

/// ISO weekday (Monday 1 … Sunday 7) of a weekday char after `星期`/`周`/`礼拜`.
fn weekday_number(c: char) -> Option<i64> {
    "一二三四五六日"
        .chars()
        .position(|w| w == c)
        .or((c == '天').then_some(6))
        .and_then(|p| i64::try_from(p + 1).ok())
}

/// A weekday counted within a month at `j` (`的第二个星期日`, `的最后一个星期一`): its day
/// number and end. It must fall within the month (no fifth Monday of a month with four).
fn weekday_in_month(f: &[char], j: usize, y: i32, m: u32) -> Option<(i64, usize)> {
    let j = if at(f, j, "的") { j + 1 } else { j };
    let (nth, k) = if at(f, j, "第") {
        let n = number_at(f, skip_spaces(f, j + 1))?;
        let w = i64::try_from(n.value?.as_int()?).ok()?;
        ((1..=5).contains(&w).then_some(w)?, n.end)
    } else if at(f, j, "最后一") {
        (0, j + 3)
    } else {
        return None;
    };
    let k = skip_spaces(f, k);
    let k = if at(f, k, "个") { k + 1 } else { k };
    let k = ["星期", "礼拜", "周"]
        .iter()
        .find(|w| at(f, k, w))
        .map(|w| k + w.chars().count())?;
    let wd = weekday_number(*f.get(k)?)?;
    let first = calendar::to_days(y, m, 1);
    let last = calendar::to_days(y, m, calendar::days_in_month(y, m));
    let day = if nth == 0 {
        last - (calendar::weekday(last) - wd).rem_euclid(7)
    } else {
        first + (wd - calendar::weekday(first)).rem_euclid(7) + 7 * (nth - 1)
    };
    (day <= last).then_some((day, k + 1))
}

/// A third, half or week of the month `hit` names, written right after it: the hit becomes
/// those days (flag `range`, and `early`/`middle`/`late` for thirds and halves). Returns
/// whether it did; a month of an unknown year is left to [`super::parts::part_after`].
pub(super) fn month_part(f: &[char], hit: &mut DateHit) -> bool {
    let Some((y, m)) = year_month(&hit.value) else {
        return false;
    };
    let last = calendar::days_in_month(y, m);
    if let Some((w, a, b, flag)) = PARTS.iter().find(|(w, ..)| at(f, hit.end, w)) {
        hit.value = days(y, m, *a, b.unwrap_or(last));
        hit.end += w.chars().count();
        hit.flags.push("range".to_owned());
        hit.flags.push(PART.to_owned());
        hit.flags.push((*flag).to_owned());
        return true;
    }
    if let Some((day, end)) = weekday_in_month(f, hit.end, y, m) {
        let Some((yd, md, dd)) = calendar::from_days(day) else {
            return false;
        };
        hit.value = calendar::iso(yd, md, dd);
        hit.end = end;
        return true;
    }
    let Some((monday, end)) = week_at(f, hit.end, y, m) else {
        return false;
    };
    let (Some((ya, ma, da)), Some((yb, mb, db))) =
        (calendar::from_days(monday), calendar::from_days(monday + 6))
    else {
        return false;
    };
    hit.value = format!(
        "{}/{}",
        calendar::iso(ya, ma, da),
        calendar::iso(yb, mb, db)
    );
    hit.end = end;
    hit.flags.push("range".to_owned());
    hit.flags.push(PART.to_owned());
    true
}

/// `上半月`, `下半月` standing alone: that half of the edition's month; unresolved (empty
/// value) without an edition date, since the page year does not say which month.
pub(super) fn half_month_at(f: &[char], i: usize, cx: &Context) -> Option<DateHit> {
    let (w, a, b, flag) = PARTS
        .iter()
        .filter(|(w, ..)| w.ends_with("半月"))
        .find(|(w, ..)| at(f, i, w))?;
    let value = cx.edition.map_or_else(String::new, |(y, m, _)| {
        days(y, m, *a, b.unwrap_or(calendar::days_in_month(y, m)))
    });
    Some(DateHit {
        start: i,
        end: i + w.chars().count(),
        value,
        flags: vec![
            "relative".to_owned(),
            "range".to_owned(),
            PART.to_owned(),
            (*flag).to_owned(),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str, edition: Option<&str>) -> Vec<(String, String)> {
        let f: Vec<char> = s.chars().collect();
        let year = edition.map(|_| 2019);
        scan_in(&f, &Context::new(year, edition))
            .into_iter()
            .map(|h| (f[h.start..h.end].iter().collect(), h.value))
            .collect()
    }

    fn one(s: &str) -> (String, String) {
        let v = dates(s, Some("2019-09-03"));
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0].clone()
    }

    #[test]
    fn thirds_and_halves_of_a_month_are_days() {
        assert_eq!(
            one("3月下旬开工"),
            ("3月下旬".into(), "2019-03-21/2019-03-31".into())
        );
        assert_eq!(one("2020年2月中旬").1, "2020-02-11/2020-02-20");
        assert_eq!(one("2020年2月下半月").1, "2020-02-16/2020-02-29");
        assert_eq!(one("5月上半月").1, "2019-05-01/2019-05-15");
        // `2009年4月上旬` names no day: no page or news date is taken from it.
        let f: Vec<char> = "2009年4月上旬".chars().collect();
        let hits = scan(&f, None);
        assert_eq!(hits.len(), 1);
        assert!(!hits[0].names_a_day());
        let f: Vec<char> = "2009年4月1日至10日".chars().collect();
        assert!(scan(&f, None)[0].names_a_day());
    }

    #[test]
    fn parts_of_a_relative_month_are_the_editions() {
        assert_eq!(
            one("本月中旬将举行"),
            ("本月中旬".into(), "2019-09-11/2019-09-20".into())
        );
        assert_eq!(one("上个月下旬").1, "2019-08-21/2019-08-31");
    }

    #[test]
    fn weeks_of_a_month_count_as_iso_weeks() {
        let week = |s: &str, y: i32| {
            let f: Vec<char> = s.chars().collect();
            scan_in(&f, &Context::new(Some(y), None))
                .into_iter()
                .map(|h| h.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            week("十月的第一周是国庆节", 2017),
            vec!["2017-10-02/2017-10-08"]
        );
        assert_eq!(week("十月的第一周", 2016), vec!["2016-10-03/2016-10-09"]);
        assert_eq!(week("5月第二周", 2019), vec!["2019-05-06/2019-05-12"]);
        // The last week holds the month's last day but three: 2019-08-28 is a Wednesday.
        assert_eq!(week("8月的最后一周", 2019), vec!["2019-08-26/2019-09-01"]);
        // A weekday is a day, not a week; a fifth week starting next month is none.
        assert_ne!(
            week("8月的最后一个星期一", 2019),
            vec!["2019-08-26/2019-09-01"]
        );
        assert_eq!(week("2月第五周", 2021), vec!["2021-02"]);
    }

    #[test]
    fn weekdays_counted_within_a_month_are_one_day() {
        let on = |s: &str| {
            let f: Vec<char> = s.chars().collect();
            scan_in(&f, &Context::new(Some(2019), None))
                .into_iter()
                .map(|h| h.value)
                .collect::<Vec<_>>()
        };
        // Mother's Day 2019 was 12 May; August 2019's Mondays: 5, 12, 19, 26.
        assert_eq!(on("5月的第二个星期日"), vec!["2019-05-12"]);
        assert_eq!(on("8月的最后一个星期一"), vec!["2019-08-26"]);
        assert_eq!(on("11月第四个星期四"), vec!["2019-11-28"]);
        assert_eq!(
            on("8月的最后一个星期一到十月一日"),
            vec!["2019-08-26/2019-10-01"]
        );
        // February 2019 has four Fridays.
        let none = on("2月第五个星期五");
        assert_eq!(none[0], "2019-02");
        assert!(none.iter().all(|v| v.len() < 10), "{none:?}");
    }

    #[test]
    fn a_half_month_alone_is_the_editions() {
        assert_eq!(
            one("我上半月都不在北京"),
            ("上半月".into(), "2019-09-01/2019-09-15".into())
        );
        assert_eq!(
            dates("下半月", None),
            vec![("下半月".into(), String::new())]
        );
    }
}
