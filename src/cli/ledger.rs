//! `dubao projects` (the project ledger), `dubao mentions` (every sentence that names an
//! entity) and `dubao zones` with the ledger's columns. `projects` and `zones` stream: the
//! ledger keeps what each article reports, not the pages.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use super::stream::PageWriter;
use super::{zone_table, Filter};
use crate::error::Error;
use crate::export::Format;
use crate::ingest::edition::range::DateRange;
use crate::ledger::{self, profile, Record};
use crate::lexicon::zone;
use crate::model::{Article, Corpus, FactKind, Page};

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

/// `dubao projects`: the ledger of the loaded pages (facts filled), filtered, in one format.
pub fn projects(
    corpus: &Corpus,
    zone_query: Option<&str>,
    dates: &DateRange,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut w = Projects::new(zone_query.map(str::to_owned), dates.clone(), format);
    for page in &corpus.pages {
        w.page(page, out)?;
    }
    Box::new(w).finish(out)
}

/// `dubao projects` a page at a time: every article goes into the ledger (a project's articles
/// count wherever the filter falls), each article's date is kept for the date filter, and the
/// table is written at the end.
pub struct Projects {
    zone_query: Option<String>,
    dates: DateRange,
    format: Format,
    ledger: ledger::Builder,
    article_dates: HashMap<String, Option<String>>,
}

impl Projects {
    pub fn new(zone_query: Option<String>, dates: DateRange, format: Format) -> Projects {
        Projects {
            zone_query,
            dates,
            format,
            ledger: ledger::Builder::default(),
            article_dates: HashMap::new(),
        }
    }
}

impl PageWriter for Projects {
    fn page(&mut self, page: &Page, _out: &mut dyn Write) -> Result<(), Error> {
        for a in &page.articles {
            self.ledger.add(&page.source, a);
            self.article_dates.insert(a.id.clone(), a.date.clone());
        }
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<(), Error> {
        for n in self.ledger.notices() {
            eprintln!("dubao: {}", crate::text::sanitize::for_terminal(&n));
        }
        let date_of = |id: &str| self.article_dates.get(id).cloned().flatten();
        let records: Vec<Record> = self
            .ledger
            .finish()
            .into_iter()
            .filter(|r| record_selected(r, self.zone_query.as_deref(), &self.dates, &date_of))
            .collect();
        ledger::table::write(&records, self.format, out)
    }
}

/// Every article of a page to a mentions finder.
fn add_page(finder: &mut ledger::mentions::Finder, page: &Page) {
    for a in &page.articles {
        finder.add(&ledger::mentions::Source {
            article: a,
            source: &page.source,
            page_date: page.date.as_deref(),
        });
    }
}

/// `dubao mentions`: `article<TAB>date<TAB>source<TAB>sentence`, one line per sentence.
pub fn mentions(
    corpus: &Corpus,
    name: &str,
    kind: Option<FactKind>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut w = Mentions::new(&ledger::build(corpus), name, kind, out)?;
    for page in &corpus.pages {
        w.page(page, out)?;
    }
    Box::new(w).finish(out)
}

/// `dubao mentions` a page at a time, once the ledger (for the entity's other names) is built
/// by an earlier pass ([`ledger::Builder`]): the sentences are kept, not the pages, and written
/// at the end (none, when a kind was asked and no article's facts know the entity as it).
pub struct Mentions {
    finder: ledger::mentions::Finder,
    /// The name asked for and the pages read, for the note when nothing mentions it.
    name: String,
    pages: usize,
}

impl Mentions {
    /// Writes the header at once.
    pub fn new(
        records: &[Record],
        name: &str,
        kind: Option<FactKind>,
        out: &mut dyn Write,
    ) -> Result<Mentions, Error> {
        writeln!(out, "article\tdate\tsource\tsentence")?;
        Ok(Mentions {
            finder: ledger::mentions::Finder::new(records, name, kind),
            name: name.to_owned(),
            pages: 0,
        })
    }
}

impl PageWriter for Mentions {
    fn page(&mut self, page: &Page, _out: &mut dyn Write) -> Result<(), Error> {
        add_page(&mut self.finder, page);
        self.pages = self.pages.saturating_add(1);
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<(), Error> {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let found = self.finder.finish();
        if found.is_empty() {
            eprintln!(
                "dubao: {}",
                crate::text::sanitize::for_terminal(&no_mention_note(&self.name, self.pages))
            );
        }
        for m in found {
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
}

/// What `dubao mentions` says on stderr when no article mentions `name`, so an empty table is
/// not mistaken for a failure; a name that is a path most likely means the name was left out
/// (`dubao mentions pages/` read the sample, looking for `pages/`).
fn no_mention_note(name: &str, pages: usize) -> String {
    let read = if pages == 1 {
        "1 page".to_owned()
    } else {
        format!("{pages} pages")
    };
    let mut note = format!("no article mentions {name} ({read} read)");
    if std::path::Path::new(name).exists() {
        note.push_str(&format!(
            "; {name} is a path: the name comes first (dubao mentions NAME {name})"
        ));
    }
    note
}

/// The ledger's columns of `dubao zones` for each zone: projects, total announced investment
/// (yuan) and latest date, keyed by zone (`None`: articles without one).
pub fn zone_columns(
    articles: &[&Article],
    corpus: &Corpus,
) -> HashMap<Option<String>, profile::Profile> {
    zone_columns_of(articles, ledger::build(corpus))
}

/// [`zone_columns`] from the ledger's records: the records of the articles listed count.
fn zone_columns_of(
    articles: &[&Article],
    records: Vec<Record>,
) -> HashMap<Option<String>, profile::Profile> {
    let ids: HashSet<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let records: Vec<Record> = records
        .into_iter()
        .filter(|r| r.articles.iter().any(|a| ids.contains(a.as_str())))
        .collect();
    profile::profiles(articles.iter().copied(), &records)
        .into_iter()
        .map(|p| (p.zone.clone(), p))
        .collect()
}

/// `dubao zones` a page at a time: every article goes into the ledger, the selected ones are
/// kept as their id, zones and date only, and the table is written at the end.
pub struct Zones {
    filter: Filter,
    ledger: ledger::Builder,
    selected: Vec<Article>,
}

impl Zones {
    pub fn new(filter: Filter) -> Zones {
        Zones {
            filter,
            ledger: ledger::Builder::default(),
            selected: Vec::new(),
        }
    }
}

impl PageWriter for Zones {
    fn page(&mut self, page: &Page, _out: &mut dyn Write) -> Result<(), Error> {
        for a in &page.articles {
            self.ledger.add(&page.source, a);
            if self.filter.passes(a) {
                self.selected.push(Article {
                    id: a.id.clone(),
                    zone: a.zone.clone(),
                    zones: a.zones.clone(),
                    date: a.date.clone(),
                    kind: a.kind,
                    ..Article::default()
                });
            }
        }
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<(), Error> {
        let articles: Vec<&Article> = self.selected.iter().collect();
        let profiles = zone_columns_of(&articles, self.ledger.finish());
        for (zone, list) in zone_table(&articles) {
            let p = profiles.get(&zone);
            let ids: Vec<&str> = list.iter().map(|a| a.id.as_str()).collect();
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                list.len(),
                zone.as_deref().unwrap_or("-"),
                ids.join(","),
                p.map_or(0, |p| p.projects),
                p.map_or(0, |p| p.investment),
                p.and_then(|p| p.latest.as_deref()).unwrap_or("-")
            )?;
        }
        Ok(())
    }
}
