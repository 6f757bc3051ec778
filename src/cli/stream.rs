//! The subcommands over many pages, page by page: each page is printed as soon as it is loaded
//! and then dropped, so `list`, `facts`, `dump` and `zones` run in memory bounded by a chunk of
//! pages, not by the archive. Output is byte for byte what the whole-corpus functions print.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use super::{select, zone_counts};
use crate::error::{Error, LoadError};
use crate::export::{self, cells, Format, Row, COLUMNS};
use crate::facts::Extractor;
use crate::ingest::Source;
use crate::loader::Loader;
use crate::model::{Corpus, FactKind, Page};

/// What every streamed subcommand needs: the pages to read and how.
pub struct Run<'a> {
    pub loader: &'a Loader,
    pub sources: &'a [Source],
    pub zone: Option<&'a str>,
    /// Called after each source with (done, total), for a progress bar.
    pub progress: &'a dyn Fn(usize, usize),
}

impl Run<'_> {
    /// Feeds every loaded page to `each`; returns the load failures.
    fn pages(
        &self,
        facts: Option<&Extractor>,
        mut each: impl FnMut(Page) -> Result<(), Error>,
    ) -> Result<Vec<LoadError>, Error> {
        let mut errors = Vec::new();
        let total = self.sources.len();
        let mut done = 0;
        self.loader.for_each(self.sources, facts, |r| {
            done += 1;
            (self.progress)(done, total);
            match r {
                Ok(page) => each(page),
                Err(e) => {
                    errors.push(e);
                    Ok(())
                }
            }
        })?;
        Ok(errors)
    }
}

/// `dubao list`, page by page.
pub fn list(run: &Run<'_>, out: &mut dyn Write) -> Result<Vec<LoadError>, Error> {
    run.pages(None, |page| {
        super::list(&Corpus { pages: vec![page] }, run.zone, &mut *out)
    })
}

/// `dubao zones`: only the counts are kept while pages stream by.
pub fn zones(run: &Run<'_>, out: &mut dyn Write) -> Result<Vec<LoadError>, Error> {
    let mut counts: BTreeMap<Option<String>, usize> = BTreeMap::new();
    let errors = run.pages(None, |page| {
        let corpus = Corpus { pages: vec![page] };
        for (zone, n) in zone_counts(&select(&corpus, run.zone)) {
            *counts.entry(zone).or_default() += n;
        }
        Ok(())
    })?;
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.is_none().cmp(&b.0.is_none()))
            .then_with(|| a.0.cmp(&b.0))
    });
    for (zone, n) in v {
        writeln!(out, "{n}\t{}", zone.as_deref().unwrap_or("-"))?;
    }
    Ok(errors)
}

/// `dubao facts`: rows are written as each page's facts are ready.
pub fn facts(
    run: &Run<'_>,
    extractor: &Extractor,
    kinds: &[FactKind],
    format: Format,
    out: &mut dyn Write,
) -> Result<Vec<LoadError>, Error> {
    let mut rows = RowStream::start(format, &mut *out)?;
    let errors = run.pages(Some(extractor), |page| {
        let corpus = Corpus { pages: vec![page] };
        let items = select(&corpus, run.zone)
            .into_iter()
            .flat_map(|a| a.facts.iter().map(move |f| (a, f)))
            .filter(|(_, f)| kinds.is_empty() || kinds.contains(&f.kind));
        for row in export::rows(items) {
            rows.row(&row)?;
        }
        Ok(())
    })?;
    rows.finish()?;
    Ok(errors)
}

/// `dubao dump`: the same pretty JSON document as [`super::dump`], one page at a time.
pub fn dump(
    run: &Run<'_>,
    extractor: &Extractor,
    out: &mut dyn Write,
) -> Result<Vec<LoadError>, Error> {
    let mut first = true;
    let errors = run.pages(Some(extractor), |mut page| {
        if let Some(q) = run.zone {
            page.articles.retain(|a| super::zone_selected(a, Some(q)));
        }
        out.write_all(if first {
            b"{\n  \"pages\": [\n"
        } else {
            b",\n"
        })?;
        first = false;
        write_indented(&page, 4, &mut *out)
    })?;
    out.write_all(if first {
        b"{\n  \"pages\": []\n}\n"
    } else {
        b"\n  ]\n}\n"
    })?;
    Ok(errors)
}

/// `dubao dump --format ndjson`: one article per line with its page's fields and its facts, the
/// shape a search cluster's bulk loader takes.
pub fn ndjson(
    run: &Run<'_>,
    extractor: &Extractor,
    out: &mut dyn Write,
) -> Result<Vec<LoadError>, Error> {
    run.pages(Some(extractor), |page| {
        let mut fields = serde_json::to_value(&page)?;
        if let Some(obj) = fields.as_object_mut() {
            obj.remove("articles");
        }
        for a in page
            .articles
            .iter()
            .filter(|a| super::zone_selected(a, run.zone))
        {
            let mut doc = serde_json::to_value(a)?;
            if let Some(obj) = doc.as_object_mut() {
                obj.insert("page".to_owned(), fields.clone());
            }
            serde_json::to_writer(&mut *out, &doc)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })
}

/// Pretty JSON of `value` as an element nested `indent` spaces deep, as `to_writer_pretty` of the
/// enclosing document would print it (JSON strings hold no raw line breaks, so lines are safe
/// to indent).
fn write_indented(value: &impl Serialize, indent: usize, out: &mut dyn Write) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)?;
    let pad = " ".repeat(indent);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(pad.as_bytes())?;
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// The export formats written a row at a time, identical to [`export::write`] of all rows.
enum RowStream<'w> {
    Tsv(&'w mut dyn Write),
    Csv(Box<csv::Writer<&'w mut dyn Write>>),
    Json { out: &'w mut dyn Write, first: bool },
    Markdown(&'w mut dyn Write),
}

impl<'w> RowStream<'w> {
    fn start(format: Format, out: &'w mut dyn Write) -> Result<Self, Error> {
        Ok(match format {
            Format::Tsv => {
                writeln!(out, "{}", COLUMNS.join("\t"))?;
                RowStream::Tsv(out)
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(COLUMNS)?;
                RowStream::Csv(Box::new(w))
            }
            Format::Json => RowStream::Json { out, first: true },
            Format::Markdown => {
                writeln!(out, "| {} |", COLUMNS.join(" | "))?;
                writeln!(out, "|{}", " --- |".repeat(COLUMNS.len()))?;
                RowStream::Markdown(out)
            }
        })
    }

    fn row(&mut self, r: &Row<'_>) -> Result<(), Error> {
        match self {
            RowStream::Tsv(out) => {
                let cells: Vec<String> = cells(r)
                    .iter()
                    .map(|c| c.replace(['\t', '\n', '\r'], " "))
                    .collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
            RowStream::Csv(w) => w.write_record(cells(r))?,
            RowStream::Json { out, first } => {
                out.write_all(if *first { b"[\n" } else { b",\n" })?;
                *first = false;
                write_indented(r, 2, &mut **out)?;
            }
            RowStream::Markdown(out) => {
                let cells: Vec<String> = cells(r)
                    .iter()
                    .map(|c| c.replace('|', "\\|").replace(['\n', '\r'], " "))
                    .collect();
                writeln!(out, "| {} |", cells.join(" | "))?;
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<(), Error> {
        match self {
            RowStream::Csv(mut w) => w.flush()?,
            RowStream::Json { out, first } => {
                out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
            }
            RowStream::Tsv(_) | RowStream::Markdown(_) => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::CacheMode;

    /// Streams a subcommand over the sample (twice, so several pages) and its whole-corpus twin.
    fn both(
        with_facts: bool,
        stream: impl Fn(&Run<'_>, &mut Vec<u8>) -> Vec<LoadError>,
        whole: impl Fn(&Corpus, &mut Vec<u8>),
    ) -> (String, String) {
        let loader = Loader::new(&CacheMode::Off);
        let sources = vec![
            crate::ingest::sample_source(),
            crate::ingest::sample_source(),
        ];
        let run = Run {
            loader: &loader,
            sources: &sources,
            zone: None,
            progress: &|_, _| {},
        };
        let mut a = Vec::new();
        assert!(stream(&run, &mut a).is_empty());
        let x = extractor();
        let (corpus, _) = loader.load_all(&sources, with_facts.then_some(&x));
        let mut b = Vec::new();
        whole(&corpus, &mut b);
        (String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap())
    }

    fn extractor() -> Extractor {
        Extractor::new()
    }

    #[test]
    fn streamed_dump_is_the_same_document() {
        let x = extractor();
        let (a, b) = both(
            true,
            |r, o| dump(r, &x, o).unwrap(),
            |c, o| super::super::dump(c, None, o).unwrap(),
        );
        assert_eq!(a, b);
        let empty = Loader::new(&CacheMode::Off);
        let run = Run {
            loader: &empty,
            sources: &[],
            zone: None,
            progress: &|_, _| {},
        };
        let mut o = Vec::new();
        dump(&run, &x, &mut o).unwrap();
        let mut w = Vec::new();
        super::super::dump(&Corpus::default(), None, &mut w).unwrap();
        assert_eq!(o, w);
    }

    #[test]
    fn streamed_facts_equal_whole_corpus_facts_in_every_format() {
        let x = extractor();
        for format in [Format::Tsv, Format::Csv, Format::Json, Format::Markdown] {
            let (a, b) = both(
                true,
                |r, o| facts(r, &x, &[], format, o).unwrap(),
                |c, o| super::super::facts(c, None, &[], format, o).unwrap(),
            );
            assert_eq!(a, b, "{format:?}");
        }
    }

    #[test]
    fn streamed_list_and_zones_equal_whole_corpus_output() {
        let (a, b) = both(
            false,
            |r, o| list(r, o).unwrap(),
            |c, o| super::super::list(c, None, o).unwrap(),
        );
        assert_eq!(a, b);
        let (a, b) = both(
            false,
            |r, o| zones(r, o).unwrap(),
            |c, o| super::super::zones(c, None, o).unwrap(),
        );
        assert_eq!(a, b);
    }

    #[test]
    fn ndjson_is_one_article_per_line_with_page_fields() {
        let x = extractor();
        let (a, _) = both(true, |r, o| ndjson(r, &x, o).unwrap(), |_, _| {});
        let lines: Vec<&str> = a.lines().collect();
        assert_eq!(lines.len(), 16);
        for line in lines {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert!(v["id"].is_string() && v["title"].is_array() && v["facts"].is_array());
            assert_eq!(v["page"]["source"], "assets/sample.txt");
            assert!(v["page"].get("articles").is_none());
        }
    }
}
