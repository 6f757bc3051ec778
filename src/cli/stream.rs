//! The subcommands' output written a page at a time, so `list`, `facts` and `dump` run over an
//! archive in memory bounded by one chunk of pages: each writer takes pages in order
//! ([`PageWriter::page`]) and closes its document at the end ([`PageWriter::finish`]). The bytes
//! are those of the whole-corpus functions in [`super`], which are built on these writers.

use std::io::Write;

use super::{align, ndjson, Filter, LIST_COLUMNS};
use crate::error::Error;
use crate::export::{self, RowWriter};
use crate::model::{Article, FactKind, Page};

/// Output written page by page.
pub trait PageWriter {
    /// Writes what one page contributes.
    fn page(&mut self, page: &Page, out: &mut dyn Write) -> Result<(), Error>;
    /// Ends the output (closing brackets, an aligned table).
    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<(), Error>;
    /// What makes a page's output from the page alone, for the threads that load pages to run
    /// ahead of the one that writes (which then only writes it: [`PageWriter::rendered`]);
    /// `None`, the default, where the writer makes it in [`PageWriter::page`].
    fn renderer(&self) -> Option<FactRows> {
        None
    }
    /// Writes what the [`PageWriter::renderer`] made of a page, in page order.
    fn rendered(&mut self, _page: Rendered, _out: &mut dyn Write) -> Result<(), Error> {
        Ok(())
    }
}

/// A page's output made ahead of writing (see [`PageWriter::renderer`]).
pub struct Rendered {
    bytes: Result<Vec<u8>, Error>,
    rows: usize,
}

/// `dubao list`: tab-separated lines go out as pages come; a terminal's aligned table needs
/// every row's width first, so it keeps the rows (titles only, not pages) until the end.
pub struct List {
    filter: Filter,
    aligned: bool,
    rows: Vec<[String; 5]>,
}

impl List {
    pub fn new(filter: Filter, aligned: bool) -> List {
        List {
            filter,
            aligned,
            rows: Vec::new(),
        }
    }
}

impl PageWriter for List {
    fn page(&mut self, page: &Page, out: &mut dyn Write) -> Result<(), Error> {
        let mut line = Vec::new();
        for a in page.articles.iter().filter(|a| self.filter.passes(a)) {
            if self.aligned {
                self.rows.push([
                    a.id.clone(),
                    a.zone.clone().unwrap_or_else(|| "-".to_owned()),
                    a.date.clone().unwrap_or_else(|| "-".to_owned()),
                    a.title.join(" / "),
                    page.source.clone(),
                ]);
            } else {
                tsv_row(&mut line, page, a);
            }
        }
        out.write_all(&line)?;
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<(), Error> {
        if !self.aligned {
            return Ok(());
        }
        let header = LIST_COLUMNS.map(str::to_owned);
        let table: Vec<[String; 5]> = std::iter::once(header).chain(self.rows).collect();
        for line in align(&table) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }
}

/// Appends an article's tab-separated `list` line to `buf`: id, zone, date, title lines joined
/// by ` / `, source. Built in place rather than as five strings joined, since a warm `list` of
/// an archive spends a good part of its time here; one write a page.
fn tsv_row(buf: &mut Vec<u8>, page: &Page, a: &Article) {
    buf.extend_from_slice(a.id.as_bytes());
    for cell in [&a.zone, &a.date] {
        buf.push(b'\t');
        buf.extend_from_slice(cell.as_deref().unwrap_or("-").as_bytes());
    }
    buf.push(b'\t');
    for (k, line) in a.title.iter().enumerate() {
        if k > 0 {
            buf.extend_from_slice(b" / ");
        }
        buf.extend_from_slice(line.as_bytes());
    }
    buf.push(b'\t');
    buf.extend_from_slice(page.source.as_bytes());
    buf.push(b'\n');
}

/// `dubao facts`: the facts of each page's selected articles as rows.
pub struct Facts {
    render: FactRows,
    /// Started (its header written) with the first page, so a run where no page loads leaves
    /// stdout empty instead of a header that passes for an empty result.
    rows: Option<RowWriter>,
}

impl Facts {
    /// A writer of `format`; its header is written with the first page (or at the end).
    pub fn new(filter: Filter, kinds: Vec<FactKind>, format: export::Format) -> Facts {
        Facts {
            render: FactRows {
                filter,
                kinds,
                format,
            },
            rows: None,
        }
    }

    /// The row writer, started now (its header written) if no page has come yet.
    fn take_started(&mut self, out: &mut dyn Write) -> Result<RowWriter, Error> {
        match self.rows.take() {
            Some(rows) => Ok(rows),
            None => RowWriter::start(self.render.format, out),
        }
    }
}

impl PageWriter for Facts {
    fn page(&mut self, page: &Page, out: &mut dyn Write) -> Result<(), Error> {
        let rendered = self.render.render(page);
        self.rendered(rendered, out)
    }

    fn finish(mut self: Box<Self>, out: &mut dyn Write) -> Result<(), Error> {
        self.take_started(out)?.finish(out)
    }

    /// Rows are rendered on the loading threads: writing a cold archive's rows on the one
    /// thread that writes, with the pages' drop, was most of the second pass's time.
    fn renderer(&self) -> Option<FactRows> {
        Some(self.render.clone())
    }

    fn rendered(&mut self, page: Rendered, out: &mut dyn Write) -> Result<(), Error> {
        let bytes = page.bytes?;
        let writer = self.take_started(out)?;
        self.rows.insert(writer).rendered(&bytes, page.rows, out)
    }
}

/// The rows of `dubao facts` for a page, made on any thread.
#[derive(Clone)]
pub struct FactRows {
    filter: Filter,
    kinds: Vec<FactKind>,
    format: export::Format,
}

impl FactRows {
    /// The rows of the page's selected articles' facts of the selected kinds, rendered.
    pub fn render(&self, page: &Page) -> Rendered {
        let (filter, kinds) = (&self.filter, &self.kinds);
        let items = page
            .articles
            .iter()
            .filter(|a| filter.passes(a))
            .flat_map(|a| a.facts.iter().map(move |f| (page.source.as_str(), a, f)))
            .filter(|(_, _, f)| kinds.is_empty() || kinds.contains(&f.kind));
        let rows = export::rows(items);
        let mut bytes = Vec::new();
        Rendered {
            bytes: export::render(self.format, &rows, &mut bytes).map(|()| bytes),
            rows: rows.len(),
        }
    }
}

/// `dubao dump`: the document model as one pretty JSON document, `{"pages": [...]}`, a page at a
/// time; with a filter, only the selected articles, and pages left with none are dropped.
pub struct Dump {
    filter: Filter,
    pages: usize,
}

impl Dump {
    pub fn new(filter: Filter) -> Dump {
        Dump { filter, pages: 0 }
    }
}

impl PageWriter for Dump {
    fn page(&mut self, page: &Page, out: &mut dyn Write) -> Result<(), Error> {
        let filtered;
        let page = if self.filter.zone.is_none() && self.filter.dates.is_open() {
            page
        } else {
            let mut p = page.clone();
            p.articles.retain(|a| self.filter.passes(a));
            if p.articles.is_empty() {
                return Ok(());
            }
            filtered = p;
            &filtered
        };
        out.write_all(if self.pages == 0 {
            b"{\n  \"pages\": [\n"
        } else {
            b",\n"
        })?;
        self.pages += 1;
        export::write_indented(page, 2, out)
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<(), Error> {
        if self.pages == 0 {
            writeln!(out, "{{\n  \"pages\": []\n}}")?;
        } else {
            writeln!(out, "\n  ]\n}}")?;
        }
        Ok(())
    }
}

/// `dubao dump --format ndjson`: one line per selected article (see [`ndjson`]).
pub struct Ndjson {
    filter: Filter,
}

impl Ndjson {
    pub fn new(filter: Filter) -> Ndjson {
        Ndjson { filter }
    }
}

impl PageWriter for Ndjson {
    fn page(&mut self, page: &Page, out: &mut dyn Write) -> Result<(), Error> {
        ndjson::write_page(page, &self.filter, out)
    }

    fn finish(self: Box<Self>, _out: &mut dyn Write) -> Result<(), Error> {
        Ok(())
    }
}
