//! `dubao projects` (the project ledger), `dubao mentions` (every sentence that names an
//! entity) and the ledger's columns of `dubao zones`.

use std::io::Write;

use crate::error::Error;
use crate::export::Format;
use crate::ledger::{self, profile, Record};
use crate::lexicon::zone;
use crate::model::{Article, Corpus, FactKind};

/// A `--since` / `--until` range of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` bounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateRange {
    pub since: Option<String>,
    pub until: Option<String>,
}

impl DateRange {
    /// Checks the bounds' shape; a malformed bound is an error naming it.
    pub fn new(since: Option<String>, until: Option<String>) -> Result<DateRange, Error> {
        for b in since.iter().chain(until.iter()) {
            if !is_date_bound(b) {
                return Err(Error::BadDate(b.clone()));
            }
        }
        Ok(DateRange { since, until })
    }

    /// Whether a date (`YYYY[-MM[-DD]]`) falls in the range; a bound compares at its own
    /// precision (`--until 2025-03` keeps `2025-03-31`).
    pub fn contains(&self, date: &str) -> bool {
        let after = self.since.as_deref().is_none_or(|s| {
            let n = s.len().min(date.len());
            date[..n] >= s[..n]
        });
        let before = self.until.as_deref().is_none_or(|u| {
            let n = u.len().min(date.len());
            date[..n] <= u[..n]
        });
        after && before
    }

    pub fn is_empty(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }
}

/// `2025`, `2025-12` or `2025-12-24`, digits where digits belong.
fn is_date_bound(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// Whether a record is in the zone and date range asked for: its zone matches (any alias), and
/// one of its stage dates or its articles' dates is in the range.
pub fn record_selected(
    r: &Record,
    zone_query: Option<&str>,
    dates: &DateRange,
    article_date: &dyn Fn(&str) -> Option<String>,
) -> bool {
    let zone_ok = zone_query.is_none_or(|q| r.zone.as_deref().is_some_and(|z| zone::matches(q, z)));
    let date_ok = dates.is_empty()
        || r.stages
            .iter()
            .filter_map(|e| e.date.as_deref())
            .any(|d| dates.contains(d))
        || r.articles
            .iter()
            .filter_map(|a| article_date(a))
            .any(|d| dates.contains(&d));
    zone_ok && date_ok
}

/// The article date of each article id.
fn article_dates(corpus: &Corpus) -> std::collections::HashMap<&str, Option<String>> {
    corpus
        .pages
        .iter()
        .flat_map(|p| p.articles.iter())
        .map(|a| (a.id.as_str(), a.date.clone()))
        .collect()
}

/// `dubao projects`: the ledger of the loaded pages (facts filled), filtered, in one format.
pub fn projects(
    corpus: &Corpus,
    zone_query: Option<&str>,
    dates: &DateRange,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let by_id = article_dates(corpus);
    let date_of = |id: &str| by_id.get(id).cloned().flatten();
    let records: Vec<Record> = ledger::build(corpus)
        .into_iter()
        .filter(|r| record_selected(r, zone_query, dates, &date_of))
        .collect();
    ledger::table::write(&records, format, out)
}

/// Every sentence of the loaded articles that names an entity.
pub fn find_mentions(
    corpus: &Corpus,
    name: &str,
    kind: Option<FactKind>,
) -> Vec<ledger::mentions::Mention> {
    let records = ledger::build(corpus);
    let sources: Vec<ledger::mentions::Source> = corpus
        .pages
        .iter()
        .flat_map(|p| {
            p.articles.iter().map(move |a| ledger::mentions::Source {
                article: a,
                source: &p.source,
                page_date: p.date.as_deref(),
            })
        })
        .collect();
    ledger::mentions::find(&sources, &records, name, kind)
}

/// `dubao mentions`: `article<TAB>date<TAB>source<TAB>sentence`, one line per sentence.
pub fn mentions(
    corpus: &Corpus,
    name: &str,
    kind: Option<FactKind>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    writeln!(out, "article\tdate\tsource\tsentence")?;
    for m in find_mentions(corpus, name, kind) {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            m.article,
            m.date.as_deref().unwrap_or("-"),
            clean(&m.source),
            clean(&m.sentence)
        )?;
    }
    Ok(())
}

/// The ledger's columns of `dubao zones` for each zone: projects, total announced investment
/// (yuan) and latest date, keyed by zone (`None`: articles without one).
pub fn zone_columns(
    articles: &[&Article],
    corpus: &Corpus,
) -> std::collections::HashMap<Option<String>, profile::Profile> {
    let records = ledger::build(corpus);
    let ids: std::collections::HashSet<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let records: Vec<Record> = records
        .into_iter()
        .filter(|r| r.articles.iter().any(|a| ids.contains(a.as_str())))
        .collect();
    profile::profiles(articles.iter().copied(), &records)
        .into_iter()
        .map(|p| (p.zone.clone(), p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_compare_at_their_precision() {
        let r = DateRange::new(Some("2025-03".into()), Some("2025-12".into())).unwrap();
        assert!(r.contains("2025-03-01"));
        assert!(r.contains("2025-12-31"));
        assert!(!r.contains("2025-02-28"));
        assert!(!r.contains("2026-01-01"));
        assert!(DateRange::new(Some("2025-3".into()), None).is_err());
    }
}
