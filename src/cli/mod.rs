//! The non-interactive subcommands: `list`, `dump`, `zones`, `facts`, `wrap`; the ledger's
//! `projects` and `mentions` are in [`ledger`].
//!
//! Each writes plain text (no colour, no escape codes) to any writer, so tests and pipes see the
//! same bytes. Page text was sanitised at ingest; nothing here prints unsanitised input.
//!
//! How the binary loads the pages for them ([`load`]), streams them through a writer
//! ([`streaming`]) and ends on an error ([`exit`]) is here too, so `main` only dispatches.

pub mod exit;
pub mod ledger;
pub mod load;

use std::collections::{BTreeSet, HashMap};
pub mod ndjson;
pub mod stream;
pub mod streaming;

use std::io::Write;

use crate::error::Error;
use crate::export;
use crate::ingest;
use crate::ingest::edition::range::DateRange;
use crate::lexicon::zone;
use crate::model::{Article, Corpus, FactKind, Page};
use crate::text::{self, AmbiguousWidth};

/// What a subcommand keeps: a zone (any of an article's zones, by canonical name or alias) and a
/// date range (on the article's date).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub zone: Option<String>,
    pub dates: DateRange,
}

impl Filter {
    /// Whether an article passes.
    pub fn passes(&self, a: &Article) -> bool {
        zone_selected(a, self.zone.as_deref()) && self.dates.contains(a.date.as_deref())
    }

    /// Errs on a zone no loaded article names, naming the closest ones (`--zone 火星`).
    pub fn check(&self, corpus: &Corpus) -> Result<(), Error> {
        self.check_known(known_zones(corpus))
    }

    /// [`Filter::check`] against the zones an archive's articles name (a streaming load's
    /// first pass collects them before any output).
    pub fn check_known<'a>(&self, known: impl IntoIterator<Item = &'a str>) -> Result<(), Error> {
        match &self.zone {
            Some(q) => check_zone_in(known.into_iter().collect(), q),
            None => Ok(()),
        }
    }
}

/// Articles of the corpus that pass the filter, each with its page, in page order.
pub fn select<'a>(corpus: &'a Corpus, filter: &Filter) -> Vec<(&'a Page, &'a Article)> {
    corpus
        .pages
        .iter()
        .flat_map(|p| p.articles.iter().map(move |a| (p, a)))
        .filter(|(_, a)| filter.passes(a))
        .collect()
}

/// Whether an article is about the zone a user asked for (any of its zones, any alias); no
/// query selects all.
pub fn zone_selected(a: &Article, zone_query: Option<&str>) -> bool {
    match zone_query {
        None => true,
        Some(q) => zones_match(a.zone.as_deref(), &a.zones, q),
    }
}

/// Whether an article with these zone fields (its `zone` and `zones`) is about a zone the query
/// `q` names (canonical name or alias).
pub fn zones_match(zone: Option<&str>, zones: &[String], q: &str) -> bool {
    zones
        .iter()
        .map(String::as_str)
        .chain(zone)
        .any(|z| zone::matches(q, z))
}

/// Every zone the loaded articles name.
fn known_zones(corpus: &Corpus) -> BTreeSet<&str> {
    corpus
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .flat_map(|a| a.zones.iter().chain(a.zone.as_ref()))
        .map(String::as_str)
        .collect()
}

/// Ok when some loaded article is about the zone `query` names; else an error that names the
/// closest zones, so a typo is not an empty answer.
pub fn check_zone(corpus: &Corpus, query: &str) -> Result<(), Error> {
    check_zone_in(known_zones(corpus), query)
}

/// [`check_zone`] against a set of known zones.
fn check_zone_in(known: BTreeSet<&str>, query: &str) -> Result<(), Error> {
    if known.iter().any(|z| zone::matches(query, z)) {
        return Ok(());
    }
    let close = zone::closest(query, known.iter().copied(), 3);
    let hint = if close.is_empty() {
        " (the loaded pages name no zone)".to_owned()
    } else {
        format!(" (closest: {})", close.join(", "))
    };
    Err(Error::UnknownZone {
        query: query.trim().to_owned(),
        hint,
    })
}

/// The columns of `dubao list`.
const LIST_COLUMNS: [&str; 5] = ["id", "zone", "date", "title", "source"];

/// `dubao list`: one line per article: id, zone, date, title lines joined by ` / `, source.
/// Tab-separated for pipes; `aligned` (a terminal) pads the columns by display width instead.
pub fn list(
    corpus: &Corpus,
    filter: &Filter,
    aligned: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    write_pages(
        corpus,
        Box::new(stream::List::new(filter.clone(), aligned)),
        out,
    )
}

/// Writes a whole corpus through a page writer.
fn write_pages(
    corpus: &Corpus,
    mut w: Box<dyn stream::PageWriter>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    for page in &corpus.pages {
        w.page(page, out)?;
    }
    w.finish(out)
}

/// Rows padded to columns by display width (a Chinese character takes two), two spaces apart; the
/// last column is not padded.
fn align<const N: usize>(rows: &[[String; N]]) -> Vec<String> {
    let amb = AmbiguousWidth::default();
    let mut widths = [0; N];
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(amb.width(cell));
        }
    }
    rows.iter()
        .map(|r| {
            let mut line = String::new();
            for (k, (cell, w)) in r.iter().zip(widths).enumerate() {
                line.push_str(cell);
                if k + 1 < N {
                    line.extend(std::iter::repeat_n(' ', w - amb.width(cell) + 2));
                }
            }
            line.trim_end().to_owned()
        })
        .collect()
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
/// [`crate::facts::fill`]), optionally of some kinds only, in one export format; every row carries
/// its article id and page source.
pub fn facts(
    corpus: &Corpus,
    filter: &Filter,
    kinds: &[FactKind],
    format: export::Format,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let w = stream::Facts::new(filter.clone(), kinds.to_vec(), format);
    write_pages(corpus, Box::new(w), out)
}

/// `dubao dump`: the document model as pretty JSON, only the selected articles (pages left
/// with none are dropped when a filter is set).
pub fn dump(corpus: &Corpus, filter: &Filter, out: &mut dyn Write) -> Result<(), Error> {
    write_pages(corpus, Box::new(stream::Dump::new(filter.clone())), out)
}

/// `dubao dump --explain`: every line of every page with its class and the rule that decided
/// it, tab-separated: line number, class, rule, text. Several pages are each headed by
/// `# <source>`.
pub fn explain(pages: &[(String, String)], out: &mut dyn Write) -> Result<(), Error> {
    for (k, (source, text)) in pages.iter().enumerate() {
        if pages.len() > 1 {
            writeln!(out, "# {}", text::sanitize::sanitize(source))?;
        }
        let parsed = ingest::sheets::parse(text, source, k + 1);
        for l in &parsed.lines {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                l.no,
                l.class.name(),
                l.rule.name(),
                l.text
            )?;
        }
    }
    Ok(())
}

/// Zones with their articles, most articles first, then by name; an article counts under each
/// of its zones, and under `None` when it has none.
pub fn zone_table<'a>(articles: &[&'a Article]) -> Vec<(Option<String>, Vec<&'a Article>)> {
    let mut table: std::collections::BTreeMap<Option<String>, Vec<&Article>> = Default::default();
    for a in articles {
        let zones: Vec<Option<String>> = if a.zones.is_empty() {
            vec![a.zone.clone()]
        } else {
            a.zones.iter().cloned().map(Some).collect()
        };
        for z in zones {
            table.entry(z).or_default().push(a);
        }
    }
    let mut v: Vec<_> = table.into_iter().collect();
    v.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then_with(|| a.0.is_none().cmp(&b.0.is_none()))
            .then_with(|| a.0.cmp(&b.0))
    });
    v
}

/// Zones with article counts (see [`zone_table`]).
pub fn zone_counts(articles: &[&Article]) -> Vec<(Option<String>, usize)> {
    zone_counts_of(
        articles
            .iter()
            .map(|a| (a.zone.as_deref(), a.zones.as_slice())),
    )
}

/// [`zone_counts`] from each article's zone fields alone (`zone`, `zones`): the reader counts
/// heads it has not decoded. Ordered as [`zone_table`]: most articles first, no zone after the
/// zones of the same count, then by name.
pub fn zone_counts_of<'a>(
    fields: impl Iterator<Item = (Option<&'a str>, &'a [String])>,
) -> Vec<(Option<String>, usize)> {
    let mut table: HashMap<Option<&str>, usize> = HashMap::new();
    for (zone, zones) in fields {
        if zones.is_empty() {
            *table.entry(zone).or_default() += 1;
        }
        for z in zones {
            *table.entry(Some(z.as_str())).or_default() += 1;
        }
    }
    let mut v: Vec<(Option<String>, usize)> = table
        .into_iter()
        .map(|(z, n)| (z.map(str::to_owned), n))
        .collect();
    v.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.is_none().cmp(&b.0.is_none()))
            .then_with(|| a.0.cmp(&b.0))
    });
    v
}

/// `dubao zones`: `count<TAB>zone<TAB>ids<TAB>projects<TAB>investment<TAB>latest` lines (the
/// ids of its articles, comma-separated, so every count leads to its pages; then the project
/// ledger's projects, total announced investment in yuan and latest date, so facts are filled
/// beforehand); articles with no zone are counted as `-`.
pub fn zones(corpus: &Corpus, filter: &Filter, out: &mut dyn Write) -> Result<(), Error> {
    use stream::PageWriter;
    let mut w = ledger::Zones::new(filter.clone());
    for page in &corpus.pages {
        w.page(page, out)?;
    }
    Box::new(w).finish(out)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    fn run_list(aligned: bool) -> String {
        let corpus = ingest::load_all(&[ingest::sample_source()]).0;
        let mut out = Vec::new();
        list(&corpus, &Filter::default(), aligned, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Counting from the zone fields gives the zone table's counts in its order, with
    /// several zones, no zone and ties.
    #[test]
    fn zone_counts_are_the_zone_tables() {
        let corpus = ingest::load_all(&[ingest::sample_source()]).0;
        let mut arts: Vec<Article> = corpus.pages[0].articles.clone();
        let mut two = arts[0].clone();
        two.zones = vec!["乙开发区".to_owned(), "甲开发区".to_owned()];
        arts.push(two);
        arts.push(Article::default());
        let refs: Vec<&Article> = arts.iter().collect();
        let table: Vec<(Option<String>, usize)> = zone_table(&refs)
            .into_iter()
            .map(|(z, a)| (z, a.len()))
            .collect();
        assert!(table.len() > 3);
        assert_eq!(zone_counts(&refs), table);
    }

    #[test]
    fn columns_align_by_display_width() {
        let rows = vec![
            ["id", "zone", "x"].map(str::to_owned),
            ["1", "运城经济技术开发区", "a"].map(str::to_owned),
            ["22", "-", "b"].map(str::to_owned),
        ];
        assert_eq!(
            align(&rows),
            [
                "id  zone                x",
                "1   运城经济技术开发区  a",
                "22  -                   b",
            ]
        );
    }

    #[test]
    fn list_is_aligned_on_a_terminal_and_tab_separated_in_a_pipe() {
        let tty = run_list(true);
        assert!(tty.starts_with("id  "), "{tty}");
        assert!(!tty.contains('\t'));
        assert_eq!(tty.lines().count(), 9);
        let pipe = run_list(false);
        assert!(pipe.lines().all(|l| l.split('\t').count() == 5), "{pipe}");
    }
}
