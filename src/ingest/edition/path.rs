//! The edition an archive's folder and file names give (`2025/12/24/03.txt`).

use std::sync::LazyLock;

use regex::Regex;

use super::header::is_paper_name;
use super::Edition;

/// A date in a path: `2025/12/24`, `2025-12-24`, `20251224`, then an optional page number in
/// the rest of the name (`/03.txt`, `_03.txt`, `-03.txt`).
static PATH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d)[-_/.]?(\d\d)[-_/.]?(\d\d)(?:[^0-9]|$)")
        .expect("static regex")
});
static PATH_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[-_/. ]*(?:第|[A-Za-z])?\s*0*(\d{1,3})\s*版?$").expect("static regex")
});

/// The edition an archive's path gives: `2025/12/24/03.txt`, `2025-12-24/03.txt`,
/// `科学导报_20251224_03.txt`, `20251224-03.txt`, `科学导报/2025-12-24/03.txt`.
pub fn from_path(path: &str) -> Edition {
    let p = path.replace('\\', "/");
    let stem = match p.rsplit_once('.') {
        Some((s, ext)) if !ext.contains('/') => s.to_owned(),
        _ => p.clone(),
    };
    // The last valid date in the path: the one closest to the file.
    let Some(m) = PATH_DATE
        .captures_iter(&stem)
        .filter_map(|c| {
            let (y, mo, d) = (c.get(1)?, c.get(2)?, c.get(3)?);
            let (yi, mi, di): (i32, u32, u32) = (
                y.as_str().parse().ok()?,
                mo.as_str().parse().ok()?,
                d.as_str().parse().ok()?,
            );
            valid_date(yi, mi, di).then(|| (format!("{yi:04}-{mi:02}-{di:02}"), y.start(), d.end()))
        })
        .last()
    else {
        return Edition::default();
    };
    let (date, start, end) = m;
    let page_no = PATH_PAGE
        .captures(&stem[end..])
        .and_then(|c| c.get(1)?.as_str().parse().ok())
        .filter(|&n: &u32| n > 0);
    let paper = stem[..start]
        .split('/')
        .rev()
        .map(|s| s.trim_matches(|c| matches!(c, '_' | '-' | ' ' | '.')))
        .find(|s| !s.is_empty())
        .filter(|s| is_paper_name(s))
        .map(str::to_owned);
    Edition {
        paper,
        date: Some(date),
        page_no,
        section: None,
    }
}

/// Whether y-m-d is a calendar date.
pub(super) fn valid_date(y: i32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
