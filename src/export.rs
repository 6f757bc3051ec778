//! Fact export: TSV, CSV, JSON and Markdown writers shared by `dubao facts` and the TUI.
//!
//! Every format writes the same columns, one row per fact with its article id and the page's
//! source path (so a row leads back to its file), and a table exported from the TUI and one
//! printed by the CLI agree.

use std::io::Write;

use serde::Serialize;

use crate::error::Error;
use crate::model::{Article, Fact, FactValue, Location};

/// Output formats of `dubao facts` and the TUI's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Tsv,
    Csv,
    Json,
    Markdown,
}

impl Format {
    /// Parses `tsv`, `csv`, `json`, `md` (or `markdown`).
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tsv" => Some(Format::Tsv),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// The usual file extension, for export file names.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Tsv => "tsv",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Markdown => "md",
        }
    }
}

/// Column names of the tabular formats. `attribute` is what a number measures (`总投资`),
/// `counted` the noun a count counts (`项目`); both empty for other facts.
pub const COLUMNS: [&str; 13] = [
    "article",
    "kind",
    "text",
    "value",
    "unit",
    "name",
    "role",
    "flags",
    "where",
    "span",
    "attribute",
    "counted",
    "source",
];

/// A fact with its article id and page source: one row, and the JSON shape `facts --format
/// json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Row<'a> {
    pub article: &'a str,
    pub source: &'a str,
    #[serde(flatten)]
    pub fact: &'a Fact,
}

/// Rows for a selection of articles' facts, each with its page's source.
pub fn rows<'a>(items: impl IntoIterator<Item = (&'a str, &'a Article, &'a Fact)>) -> Vec<Row<'a>> {
    items
        .into_iter()
        .map(|(source, a, fact)| Row {
            article: &a.id,
            source,
            fact,
        })
        .collect()
}

/// Writes rows in a format.
pub fn write(rows: &[Row<'_>], format: Format, out: &mut dyn Write) -> Result<(), Error> {
    let mut w = RowWriter::start(format, out)?;
    w.rows(rows, out)?;
    w.finish(out)
}

/// Rows written as they come, a page at a time, in bytes identical to [`write()`] of all of them
/// at once: `dubao facts` streams an archive without holding its facts.
#[derive(Debug)]
pub struct RowWriter {
    format: Format,
    written: usize,
}

impl RowWriter {
    /// Writes the format's header (TSV, CSV and Markdown column names; nothing for JSON).
    pub fn start(format: Format, out: &mut dyn Write) -> Result<RowWriter, Error> {
        match format {
            Format::Tsv => writeln!(out, "{}", COLUMNS.join("\t"))?,
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut *out);
                w.write_record(COLUMNS)?;
                w.flush()?;
            }
            Format::Json => {}
            Format::Markdown => markdown_header(&COLUMNS, out)?,
        }
        Ok(RowWriter { format, written: 0 })
    }

    /// Writes some rows.
    pub fn rows(&mut self, rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
        let mut bytes = Vec::new();
        render(self.format, rows, &mut bytes)?;
        self.rendered(&bytes, rows.len(), out)
    }

    /// Writes `n` rows [`render`]ed into `bytes` (on another thread, say): what [`RowWriter::rows`]
    /// of them writes.
    pub fn rendered(&mut self, bytes: &[u8], n: usize, out: &mut dyn Write) -> Result<(), Error> {
        if n == 0 {
            return Ok(());
        }
        if self.format == Format::Json {
            out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            self.written += n;
        }
        out.write_all(bytes)?;
        Ok(())
    }

    /// Closes the document (JSON's array).
    pub fn finish(self, out: &mut dyn Write) -> Result<(), Error> {
        match (self.format, self.written) {
            (Format::Json, 0) => writeln!(out, "[]")?,
            (Format::Json, _) => writeln!(out, "\n]")?,
            _ => {}
        }
        Ok(())
    }
}

/// Appends rows in `format` to `bytes`, as a [`RowWriter`] writes them, but for what depends on
/// the rows before them (JSON's opening bracket, or the comma before the first of these), which
/// [`RowWriter::rendered`] adds. Needs no writer, so the rows of many pages can be rendered at
/// once, one page on each core.
pub fn render(format: Format, rows: &[Row<'_>], bytes: &mut Vec<u8>) -> Result<(), Error> {
    match format {
        Format::Tsv => write_tsv(rows, bytes)?,
        Format::Csv => write_csv(rows, bytes)?,
        Format::Json => {
            for (k, r) in rows.iter().enumerate() {
                if k > 0 {
                    bytes.extend_from_slice(b",\n");
                }
                write_indented(r, 1, bytes)?;
            }
        }
        Format::Markdown => {
            for r in rows {
                markdown_row(&cells(r), bytes)?;
            }
        }
    }
    Ok(())
}

/// Writes `value` as pretty JSON as it reads nested `depth` levels deep in a pretty document
/// (two spaces a level): what lets a long array go out element by element. JSON strings escape
/// their line breaks, so every newline of the output is the formatter's and takes the indent.
pub fn write_indented<T: Serialize + ?Sized>(
    value: &T,
    depth: usize,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)?;
    let pad = "  ".repeat(depth);
    out.write_all(pad.as_bytes())?;
    out.write_all(text.replace('\n', &format!("\n{pad}")).as_bytes())?;
    Ok(())
}

/// The byte-order mark that makes spreadsheet programs (Excel under a Chinese locale) read a
/// CSV file as UTF-8 instead of the locale's code page.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes the facts of `articles` as an export *file*: CSV starts with a UTF-8 BOM, Markdown is
/// a document grouped by article (see [`write_markdown_document`]); TSV and JSON are the rows
/// `dubao facts` prints.
pub fn write_document(
    articles: &[(&str, &Article)],
    format: Format,
    out: &mut dyn Write,
) -> Result<(), Error> {
    if format == Format::Markdown {
        return write_markdown_document(articles, out);
    }
    if format == Format::Csv {
        out.write_all(UTF8_BOM)?;
    }
    let rows = rows(
        articles
            .iter()
            .flat_map(|&(s, a)| a.facts.iter().map(move |f| (s, a, f))),
    );
    write(&rows, format, out)
}

/// A Markdown document for people: a heading per article (its title and id, then zone, date and
/// source file) and one list item per fact — kind, the text as the page says it, and what it
/// resolves to. Articles without facts are left out.
pub fn write_markdown_document(
    articles: &[(&str, &Article)],
    out: &mut dyn Write,
) -> Result<(), Error> {
    let with_facts: Vec<(&str, &Article)> = articles
        .iter()
        .filter(|(_, a)| !a.facts.is_empty())
        .copied()
        .collect();
    let facts: usize = with_facts.iter().map(|(_, a)| a.facts.len()).sum();
    writeln!(
        out,
        "# Facts\n\n{} from {}.",
        count(facts, "fact"),
        count(with_facts.len(), "article")
    )?;
    for (source, a) in with_facts {
        let title = match a.headline() {
            "" => "(untitled)",
            t => t,
        };
        writeln!(out, "\n## {} ({})\n", md_escape(title), md_escape(&a.id))?;
        let about: Vec<String> = [a.zone.as_deref(), a.date.as_deref(), Some(source)]
            .into_iter()
            .flatten()
            .map(md_escape)
            .collect();
        if !about.is_empty() {
            writeln!(out, "{}\n", about.join(" · "))?;
        }
        for f in &a.facts {
            writeln!(out, "- {}", fact_line(f))?;
        }
    }
    Ok(())
}

/// `1 fact`, `2 facts`.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `**money** 3.04 亿元 → 304000000 元 (approx; p1)`: one fact as a Markdown list item.
fn fact_line(f: &Fact) -> String {
    let mut line = format!(
        "**{}** {}",
        f.kind.as_str(),
        md_escape(&f.text.replace('\n', " "))
    );
    let value = match &f.value {
        Some(FactValue::Number(n)) => Some(n.to_string()),
        Some(FactValue::Text(t)) if *t != f.text => Some(t.clone()),
        _ => f.name.clone().filter(|n| *n != f.text),
    };
    if let Some(v) = value {
        line.push_str(" → ");
        line.push_str(&md_escape(&v));
        if let Some(u) = &f.unit {
            line.push(' ');
            line.push_str(&md_escape(u));
        }
    }
    if let Some(role) = &f.role {
        line.push_str(", ");
        line.push_str(&md_escape(role));
    }
    let place = match (f.paragraph, f.location) {
        (Some(p), _) => Some(format!("p{p}")),
        (None, Some(Location::Title)) => Some("title".to_owned()),
        (None, Some(Location::Byline)) => Some("byline".to_owned()),
        (None, Some(Location::Caption)) => Some("caption".to_owned()),
        (None, None) => None,
    };
    let notes: Vec<String> = f.flags.iter().cloned().chain(place).collect();
    if !notes.is_empty() {
        line.push_str(&format!(" ({})", md_escape(&notes.join("; "))));
    }
    line
}

/// Escapes the characters Markdown would read as markup, so page text shows as written.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The cells of a row, in [`COLUMNS`] order (CSV and Markdown; TSV writes the same cells
/// straight into its buffer, [`tsv_row`]).
pub fn cells(row: &Row<'_>) -> [String; 13] {
    let f = row.fact;
    let value = match &f.value {
        Some(FactValue::Number(n)) => n.to_string(),
        Some(FactValue::Text(t)) => t.clone(),
        None => String::new(),
    };
    let place = match (f.paragraph, f.location) {
        (Some(p), _) => format!("p{p}"),
        (None, Some(Location::Title)) => "title".to_owned(),
        (None, Some(Location::Byline)) => "byline".to_owned(),
        (None, Some(Location::Caption)) => "caption".to_owned(),
        (None, None) => String::new(),
    };
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    [
        row.article.to_owned(),
        f.kind.as_str().to_owned(),
        f.text.clone(),
        value,
        text(&f.unit),
        text(&f.name),
        text(&f.role),
        f.flags.join(","),
        place,
        format!("{}-{}", f.start, f.end),
        text(&f.attribute),
        text(&f.counted),
        row.source.to_owned(),
    ]
}

/// TSV keeps one record per line: tabs and line breaks inside a cell become spaces. The rows
/// are built in one buffer (see [`render`]), which is written at once: `dubao facts` writes
/// millions of cells over an archive, and a write call per cell (through `dyn Write`) and a
/// string per computed cell took a quarter of a warm run.
fn write_tsv(rows: &[Row<'_>], buf: &mut Vec<u8>) -> Result<(), Error> {
    buf.reserve(rows.len().saturating_mul(128));
    for r in rows {
        tsv_row(r, buf)?;
    }
    Ok(())
}

/// Appends one row's TSV line to `buf`: the cells of [`cells`], tab-separated.
fn tsv_row(row: &Row<'_>, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let f = row.fact;
    let opt =
        |t: &Option<String>, buf: &mut Vec<u8>| tsv_cell(t.as_deref().unwrap_or_default(), buf);
    tsv_cell(row.article, buf);
    buf.push(b'\t');
    tsv_cell(f.kind.as_str(), buf);
    buf.push(b'\t');
    tsv_cell(&f.text, buf);
    buf.push(b'\t');
    match &f.value {
        Some(FactValue::Number(n)) => number(n, buf)?,
        Some(FactValue::Text(t)) => tsv_cell(t, buf),
        None => {}
    }
    for t in [&f.unit, &f.name, &f.role] {
        buf.push(b'\t');
        opt(t, buf);
    }
    buf.push(b'\t');
    for (k, flag) in f.flags.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        tsv_cell(flag, buf);
    }
    buf.push(b'\t');
    match (f.paragraph, f.location) {
        (Some(p), _) => {
            buf.push(b'p');
            integer(p, buf);
        }
        (None, Some(Location::Title)) => buf.extend_from_slice(b"title"),
        (None, Some(Location::Byline)) => buf.extend_from_slice(b"byline"),
        (None, Some(Location::Caption)) => buf.extend_from_slice(b"caption"),
        (None, None) => {}
    }
    buf.push(b'\t');
    integer(f.start, buf);
    buf.push(b'-');
    integer(f.end, buf);
    for t in [&f.attribute, &f.counted] {
        buf.push(b'\t');
        opt(t, buf);
    }
    buf.push(b'\t');
    tsv_cell(row.source, buf);
    buf.push(b'\n');
    Ok(())
}

/// An integer appended to `buf` as `Display` writes it: itoa, since going through `write!` for
/// the three to four numbers of each row was an eighth of a warm `dubao facts`.
fn integer(n: impl itoa::Integer, buf: &mut Vec<u8>) {
    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A fact's number appended to `buf` as `Display` writes it (integers through [`integer`]).
fn number(n: &serde_json::Number, buf: &mut Vec<u8>) -> std::io::Result<()> {
    if let Some(u) = n.as_u64() {
        integer(u, buf);
    } else if let Some(i) = n.as_i64() {
        integer(i, buf);
    } else {
        write!(buf, "{n}")?;
    }
    Ok(())
}

/// Whether `b` holds a tab or a line break. Cells are mostly short and almost never hold one,
/// so eight bytes at a time are first asked whether any is a control byte below `\x0e` (the
/// classic "has a byte less than n" test; UTF-8 Chinese is all bytes ≥ 0x80), and only such a
/// word is looked at byte by byte. memchr's set-up cost more than the scan on cells this short.
fn has_break(b: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let is_break = |c: &u8| matches!(c, b'\t' | b'\n' | b'\r');
    let mut words = b.chunks_exact(8);
    for word in &mut words {
        let Ok(bytes) = <[u8; 8]>::try_from(word) else {
            continue;
        };
        let x = u64::from_ne_bytes(bytes);
        if x.wrapping_sub(ONES * 0x0e) & !x & HIGHS != 0 && word.iter().any(is_break) {
            return true;
        }
    }
    words.remainder().iter().any(is_break)
}

/// One TSV cell appended to `buf`, its tabs and line breaks written as spaces; almost no cell
/// has either, so one scan finds that and the cell is copied whole.
fn tsv_cell(cell: &str, buf: &mut Vec<u8>) {
    if !has_break(cell.as_bytes()) {
        buf.extend_from_slice(cell.as_bytes());
        return;
    }
    for (k, piece) in cell.split(['\t', '\n', '\r']).enumerate() {
        if k > 0 {
            buf.push(b' ');
        }
        buf.extend_from_slice(piece.as_bytes());
    }
}

fn write_csv(rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
    let mut w = csv::Writer::from_writer(out);
    for r in rows {
        w.write_record(cells(r))?;
    }
    w.flush()?;
    Ok(())
}

/// A Markdown table of `columns` and `rows` (the facts export and the project ledger share it);
/// `|` is escaped and line breaks become spaces so a cell stays in its column.
pub fn markdown_table<R: AsRef<[String]>>(
    columns: &[&str],
    rows: impl IntoIterator<Item = R>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    markdown_header(columns, out)?;
    for row in rows {
        markdown_row(row.as_ref(), out)?;
    }
    Ok(())
}

/// A Markdown table's header: the column names and the rule under them.
fn markdown_header(columns: &[&str], out: &mut dyn Write) -> Result<(), Error> {
    writeln!(out, "| {} |", columns.join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(columns.len()))?;
    Ok(())
}

/// One Markdown table row; `|` is escaped and line breaks become spaces so a cell stays in its
/// column.
fn markdown_row(cells: &[String], out: &mut dyn Write) -> Result<(), Error> {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| c.replace('|', "\\|").replace(['\n', '\r'], " "))
        .collect();
    writeln!(out, "| {} |", cells.join(" | "))?;
    Ok(())
}

#[cfg(test)]
mod tests;
