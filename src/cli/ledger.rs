//! `dubao projects` (the project ledger), `dubao mentions` (every sentence that names an
//! entity) and the ledger's columns of `dubao zones`.

use std::io::Write;

use crate::error::Error;
use crate::export::Format;
use crate::ingest::edition::range::DateRange;
use crate::ledger::{self, profile, Record};
use crate::lexicon::zone;
use crate::model::{Article, Corpus, FactKind};

/// Whether a record is in the zone and date range asked for: its zone matches (any alias), and
/// one of its stage dates or its articles' dates is in the range.
pub fn record_selected(
    r: &Record,
    zone_query: Option<&str>,
    dates: &DateRange,
    article_date: &dyn Fn(&str) -> Option<String>,
) -> bool {
    let zone_ok = zone_query.is_none_or(|q| r.zone.as_deref().is_some_and(|z| zone::matches(q, z)));
    let date_ok = dates.is_open()
        || r.stages
            .iter()
            .filter_map(|e| e.date.as_deref())
            .any(|d| dates.contains(Some(d)))
        || r.articles
            .iter()
            .filter_map(|a| article_date(a))
            .any(|d| dates.contains(Some(&d)));
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
