//! Date ranges for `--since`/`--until` and the reader's `d` filter: bounds of a year (`2025`), a
//! month (`2025-12`) or a day (`2025-12-24`), compared by their precision so that `--until
//! 2025-12` takes all of December.

use crate::error::Error;

/// An inclusive range of dates; a missing bound is open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateRange {
    pub since: Option<String>,
    pub until: Option<String>,
}

impl DateRange {
    /// From `--since` and `--until`; each must be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn new(since: Option<&str>, until: Option<&str>) -> Result<DateRange, Error> {
        let r = DateRange {
            since: since.map(bound).transpose()?,
            until: until.map(bound).transpose()?,
        };
        Ok(r)
    }

    /// The reader's prompt: `2025-12` (that month), `2025-12-01..2025-12-24`, `2025-12..` or
    /// `..2025-06`; empty is no range.
    pub fn parse(spec: &str) -> Result<DateRange, Error> {
        let spec = spec.trim();
        match spec.split_once("..") {
            Some((a, b)) => {
                let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
                DateRange::new(opt(a).as_deref(), opt(b).as_deref())
            }
            None if spec.is_empty() => Ok(DateRange::default()),
            None => DateRange::new(Some(spec), Some(spec)),
        }
    }

    /// Whether no bound is set.
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether a date (`YYYY-MM-DD`, or coarser) falls in the range. With any bound set, an
    /// undated article is outside: the range asks for dates it cannot show.
    pub fn contains(&self, date: Option<&str>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(d) = date else {
            return false;
        };
        let cut = |b: &str| d.get(..b.len().min(d.len())).unwrap_or(d).to_owned();
        self.since.as_deref().is_none_or(|s| cut(s).as_str() >= s)
            && self.until.as_deref().is_none_or(|u| cut(u).as_str() <= u)
    }

    /// `2025-12`, `2025-12-01..2025-12-24`, `2025..`: how the status line shows it.
    pub fn label(&self) -> String {
        match (&self.since, &self.until) {
            (Some(a), Some(b)) if a == b => a.clone(),
            (a, b) => format!(
                "{}..{}",
                a.as_deref().unwrap_or(""),
                b.as_deref().unwrap_or("")
            ),
        }
    }
}

/// A bound as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`.` and `/` accepted as separators, one-digit
/// months and days padded); anything else is an error naming it.
fn bound(s: &str) -> Result<String, Error> {
    let bad = || Error::BadDate(s.to_owned());
    let parts: Vec<&str> = s.trim().split(['-', '.', '/']).collect();
    let num = |p: &str, len: std::ops::RangeInclusive<usize>| -> Result<u32, Error> {
        if !len.contains(&p.len()) || !p.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let y = num(parts.first().copied().unwrap_or(""), 4..=4)?;
    let mut out = format!("{y:04}");
    let mut month = 0;
    if let Some(m) = parts.get(1) {
        let m = num(m, 1..=2)?;
        month = m;
        if !(1..=12).contains(&m) {
            return Err(bad());
        }
        out.push_str(&format!("-{m:02}"));
    }
    if let Some(d) = parts.get(2) {
        let d = num(d, 1..=2)?;
        // A day the month does not have (`2025-02-30`) is a typo, not the month's end.
        if !super::path::valid_date(y as i32, month, d) {
            return Err(bad());
        }
        out.push_str(&format!("-{d:02}"));
    }
    if parts.len() > 3 {
        return Err(bad());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_the_month_lacks_is_refused() {
        for bad in ["2025-02-29", "2025-02-30", "2025-04-31", "2025-13-01"] {
            assert!(DateRange::new(Some(bad), None).is_err(), "{bad}");
        }
        for good in ["2024-02-29", "2025-04-30", "2025-12-31"] {
            assert!(DateRange::new(None, Some(good)).is_ok(), "{good}");
        }
    }

    #[test]
    fn bounds_by_precision() {
        let r = DateRange::new(Some("2025-12"), Some("2025-12")).unwrap();
        assert!(r.contains(Some("2025-12-01")) && r.contains(Some("2025-12-31")));
        assert!(!r.contains(Some("2025-11-30")) && !r.contains(Some("2026-01-01")));
        assert!(!r.contains(None));
        let r = DateRange::new(Some("2025"), None).unwrap();
        assert!(r.contains(Some("2025-01-01")) && !r.contains(Some("2024-12-31")));
        let r = DateRange::new(None, Some("2025-12-24")).unwrap();
        assert!(r.contains(Some("2025-12-24")) && !r.contains(Some("2025-12-25")));
        assert!(DateRange::default().contains(None));
    }

    #[test]
    fn prompt_syntax() {
        let r = DateRange::parse("2025-12-01..2025-12-24").unwrap();
        assert_eq!(
            (r.since.as_deref(), r.until.as_deref()),
            (Some("2025-12-01"), Some("2025-12-24"))
        );
        assert_eq!(r.label(), "2025-12-01..2025-12-24");
        let r = DateRange::parse("2025-12").unwrap();
        assert_eq!(r.label(), "2025-12");
        assert_eq!(DateRange::parse("2025.1..").unwrap().label(), "2025-01..");
        assert!(DateRange::parse("").unwrap().is_open());
        for bad in [
            "12-2025",
            "2025-13",
            "2025-12-40",
            "yesterday",
            "2025-1-1-1",
        ] {
            assert!(DateRange::parse(bad).is_err(), "{bad}");
        }
    }
}
