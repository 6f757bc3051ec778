//! The non-interactive subcommands: `list`, `dump`, `zones`, `facts`, `wrap`; the ledger's
//! `projects` and `mentions` are in [`ledger`].
//!
//! Each writes plain text (no colour, no escape codes) to any writer, so tests and pipes see the
//! same bytes. Page text was sanitised at ingest; nothing here prints unsanitised input.

pub mod ledger;

use std::io::Write;

use crate::error::Error;
use crate::lexicon::zone;
use crate::model::{Article, Corpus, FactKind, FactValue};
use crate::text::{self, AmbiguousWidth};
use crate::{export, facts};

/// Articles of the corpus selected by an optional zone query (canonical name or alias).
pub fn select<'a>(corpus: &'a Corpus, zone_query: Option<&str>) -> Vec<&'a Article> {
    corpus
        .pages
        .iter()
        .flat_map(|p| p.articles.iter())
        .filter(|a| zone_selected(a, zone_query))
        .collect()
}

/// The article's date for listings: its first full date fact when facts were extracted, else
/// the rules-only date scan (no jieba), so `list` stays fast.
fn article_date(article: &Article, year: Option<i32>) -> Option<String> {
    let from_facts = || {
        let dates: Vec<&str> = article
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Date)
            .filter_map(|f| match &f.value {
                Some(FactValue::Text(t)) if !t.contains('/') => Some(t.as_str()),
                _ => None,
            })
            .collect();
        dates
            .iter()
            .find(|d| d.len() == 10 && !d.starts_with('-'))
            .or(dates.first())
            .map(|d| (*d).to_owned())
    };
    from_facts().or_else(|| facts::article_date(article, year))
}

/// `dubao list`: one tab-separated line per article: id, zone, date, title lines joined by ` / `.
pub fn list(corpus: &Corpus, zone_query: Option<&str>, out: &mut dyn Write) -> Result<(), Error> {
    for page in &corpus.pages {
        for a in page
            .articles
            .iter()
            .filter(|a| zone_selected(a, zone_query))
        {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                a.id,
                a.zone.as_deref().unwrap_or("-"),
                article_date(a, page.year).as_deref().unwrap_or("-"),
                a.title.join(" / ")
            )?;
        }
    }
    Ok(())
}

/// Whether an article is in the zone a user asked for (any alias); no query selects all.
fn zone_selected(a: &Article, zone_query: Option<&str>) -> bool {
    match zone_query {
        None => true,
        Some(q) => a.zone.as_deref().is_some_and(|z| zone::matches(q, z)),
    }
}

/// Parses `--kind date,money`; an unknown kind is an error naming it.
pub fn parse_kinds(spec: &str) -> Result<Vec<FactKind>, Error> {
    spec.split([',', '，'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| FactKind::parse(s).ok_or_else(|| Error::UnknownKind(s.to_owned())))
        .collect()
}

/// `dubao facts`: the facts of the selected articles (filled beforehand with
/// [`facts::fill`]), optionally of some kinds only, in one export format.
pub fn facts(
    corpus: &Corpus,
    zone_query: Option<&str>,
    kinds: &[FactKind],
    format: export::Format,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let items = select(corpus, zone_query)
        .into_iter()
        .flat_map(|a| a.facts.iter().map(move |f| (a, f)))
        .filter(|(_, f)| kinds.is_empty() || kinds.contains(&f.kind));
    let rows = export::rows(items);
    export::write(&rows, format, out)
}

/// `dubao dump`: the document model as pretty JSON; with a zone, only its articles.
pub fn dump(corpus: &Corpus, zone_query: Option<&str>, out: &mut dyn Write) -> Result<(), Error> {
    let filtered;
    let corpus = match zone_query {
        None => corpus,
        Some(q) => {
            let mut c = corpus.clone();
            for page in &mut c.pages {
                page.articles.retain(|a| zone_selected(a, Some(q)));
            }
            filtered = c;
            &filtered
        }
    };
    serde_json::to_writer_pretty(&mut *out, corpus)?;
    writeln!(out)?;
    Ok(())
}

/// Zones with article counts, most articles first, then by name; `None` counts articles without.
pub fn zone_counts(articles: &[&Article]) -> Vec<(Option<String>, usize)> {
    let mut counts: std::collections::BTreeMap<Option<String>, usize> = Default::default();
    for a in articles {
        *counts.entry(a.zone.clone()).or_default() += 1;
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.is_none().cmp(&b.0.is_none()))
            .then_with(|| a.0.cmp(&b.0))
    });
    v
}

/// `dubao zones`: `count<TAB>zone<TAB>projects<TAB>investment<TAB>latest` lines (the last three
/// from the project ledger, so facts are filled beforehand); articles with no zone are counted
/// as `-`.
pub fn zones(corpus: &Corpus, zone_query: Option<&str>, out: &mut dyn Write) -> Result<(), Error> {
    let articles = select(corpus, zone_query);
    let profiles = ledger::zone_columns(&articles, corpus);
    for (zone, n) in zone_counts(&articles) {
        let p = profiles.get(&zone);
        writeln!(
            out,
            "{n}\t{}\t{}\t{}\t{}",
            zone.as_deref().unwrap_or("-"),
            p.map_or(0, |p| p.projects),
            p.map_or(0, |p| p.investment),
            p.and_then(|p| p.latest.as_deref()).unwrap_or("-")
        )?;
    }
    Ok(())
}

/// `dubao wrap`: every input line is a paragraph; prints one output line per wrapped line.
pub fn wrap(
    input: &str,
    width: usize,
    amb: AmbiguousWidth,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let clean = text::sanitize::sanitize(input);
    for para in clean.lines() {
        for line in text::wrap(para, width, amb) {
            writeln!(out, "{}", line.text)?;
        }
    }
    Ok(())
}
