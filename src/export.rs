//! Fact export: TSV, CSV, JSON and Markdown writers shared by `dubao facts` and the TUI.
//!
//! Every format writes the same columns, one row per fact with its article id and the page's
//! source path (so a row leads back to its file), and a table exported from the TUI and one
//! printed by the CLI agree.

use std::borrow::Cow;
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

/// Rows written as they come, a page at a time, in bytes identical to [`write`] of all of them
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
        match self.format {
            Format::Tsv => write_tsv(rows, out)?,
            Format::Csv => write_csv(rows, out)?,
            Format::Json => {
                for r in rows {
                    out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                    self.written += 1;
                    write_indented(r, 1, out)?;
                }
            }
            Format::Markdown => {
                for r in rows {
                    markdown_row(&cells(r), out)?;
                }
            }
        }
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

/// The cells of a row, in [`COLUMNS`] order.
pub fn cells(row: &Row<'_>) -> [String; 13] {
    cells_borrowed(row).map(Cow::into_owned)
}

/// The cells of a row, in [`COLUMNS`] order, borrowed from the fact where they are text in it
/// (TSV output over an archive writes millions of cells; copying each cost a tenth of a warm
/// `dubao facts`).
fn cells_borrowed<'r>(row: &'r Row<'_>) -> [Cow<'r, str>; 13] {
    let f = row.fact;
    let value: Cow<'_, str> = match &f.value {
        Some(FactValue::Number(n)) => n.to_string().into(),
        Some(FactValue::Text(t)) => t.as_str().into(),
        None => "".into(),
    };
    let place: Cow<'_, str> = match (f.paragraph, f.location) {
        (Some(p), _) => format!("p{p}").into(),
        (None, Some(Location::Title)) => "title".into(),
        (None, Some(Location::Byline)) => "byline".into(),
        (None, Some(Location::Caption)) => "caption".into(),
        (None, None) => "".into(),
    };
    let flags: Cow<'_, str> = match f.flags.as_slice() {
        [] => "".into(),
        [one] => one.as_str().into(),
        more => more.join(",").into(),
    };
    let text = |t: &'r Option<String>| -> Cow<'r, str> { t.as_deref().unwrap_or_default().into() };
    [
        row.article.into(),
        f.kind.as_str().into(),
        f.text.as_str().into(),
        value,
        text(&f.unit),
        text(&f.name),
        text(&f.role),
        flags,
        place,
        format!("{}-{}", f.start, f.end).into(),
        text(&f.attribute),
        text(&f.counted),
        row.source.into(),
    ]
}

/// TSV keeps one record per line: tabs and line breaks inside a cell become spaces.
fn write_tsv(rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
    for r in rows {
        for (k, cell) in cells_borrowed(r).iter().enumerate() {
            if k > 0 {
                out.write_all(b"\t")?;
            }
            write_tsv_cell(cell, out)?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One TSV cell, its tabs and line breaks written as spaces, without copying it: `dubao facts`
/// writes millions of cells over an archive and almost none has either.
fn write_tsv_cell(cell: &str, out: &mut dyn Write) -> Result<(), Error> {
    if memchr::memchr3(b'\t', b'\n', b'\r', cell.as_bytes()).is_none() {
        out.write_all(cell.as_bytes())?;
        return Ok(());
    }
    for (k, piece) in cell.split(['\t', '\n', '\r']).enumerate() {
        if k > 0 {
            out.write_all(b" ")?;
        }
        out.write_all(piece.as_bytes())?;
    }
    Ok(())
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
mod tests {
    use super::*;
    use crate::model::FactKind;

    fn article() -> Article {
        let fact = Fact {
            kind: FactKind::Money,
            attribute: Some("总投资".into()),
            counted: None,
            text: "3.04 亿元".into(),
            value: Some(FactValue::Number(304_000_000.into())),
            unit: Some("元".into()),
            name: None,
            role: None,
            flags: vec!["approx".into()],
            paragraph: Some(1),
            location: None,
            start: 4,
            end: 11,
        };
        let person = Fact {
            kind: FactKind::Person,
            attribute: None,
            counted: None,
            text: "赵|自成".into(),
            value: None,
            unit: None,
            name: Some("赵自成".into()),
            role: Some("党工委、管委会主任".into()),
            flags: vec![],
            paragraph: None,
            location: Some(Location::Title),
            start: 0,
            end: 3,
        };
        Article {
            id: "1-2".into(),
            facts: vec![fact, person],
            ..Article::default()
        }
    }

    fn render(format: Format) -> String {
        let a = article();
        let rows = rows(a.facts.iter().map(|f| ("2025/12/24/03.txt", &a, f)));
        let mut out = Vec::new();
        write(&rows, format, &mut out).expect("writing to memory");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn tsv_has_a_header_and_one_line_per_fact() {
        let s = render(Format::Tsv);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], COLUMNS.join("\t"));
        assert_eq!(
            lines[1],
            "1-2\tmoney\t3.04 亿元\t304000000\t元\t\t\tapprox\tp1\t4-11\t总投资\t\t2025/12/24/03.txt"
        );
    }

    #[test]
    fn tsv_cells_keep_one_record_a_line() {
        let mut a = article();
        a.facts[0].text = "3.04\t亿元\r\n".into();
        a.facts[0].flags = vec!["approx".into(), "range".into()];
        let rows = rows(a.facts.iter().map(|f| ("a\tb.txt", &a, f)));
        let mut out = Vec::new();
        write(&rows, Format::Tsv, &mut out).expect("writing to memory");
        let s = String::from_utf8(out).expect("utf-8");
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[1].starts_with("1-2\tmoney\t3.04 亿元  \t304000000\t元\t\t\tapprox,range\t"),
            "{}",
            lines[1]
        );
        assert!(lines[1].ends_with("\ta b.txt"), "{}", lines[1]);
    }

    #[test]
    fn csv_quotes_through_the_csv_crate() {
        let s = render(Format::Csv);
        let mut r = csv::Reader::from_reader(s.as_bytes());
        let recs: Vec<csv::StringRecord> =
            r.records().collect::<Result<_, _>>().expect("valid csv");
        assert_eq!(recs.len(), 2);
        assert_eq!(&recs[1][6], "党工委、管委会主任");
        assert_eq!(&recs[1][8], "title");
        assert_eq!(&recs[1][12], "2025/12/24/03.txt");
    }

    #[test]
    fn json_is_flat_facts_with_their_article_id() {
        let v: serde_json::Value = serde_json::from_str(&render(Format::Json)).expect("valid json");
        assert_eq!(v[0]["article"], "1-2");
        assert_eq!(v[0]["source"], "2025/12/24/03.txt");
        assert_eq!(v[0]["kind"], "money");
        assert_eq!(v[0]["value"], 304000000);
        assert_eq!(v[0]["attribute"], "总投资");
        assert_eq!(v[1]["where"], "title");
        assert_eq!(v[1]["paragraph"], serde_json::Value::Null);
    }

    #[test]
    fn markdown_escapes_pipes() {
        let s = render(Format::Markdown);
        assert!(s.starts_with("| article | kind |"));
        assert!(s.contains("赵\\|自成"));
        assert_eq!(s.lines().count(), 4);
    }

    #[test]
    fn csv_files_start_with_a_bom() {
        let a = article();
        let mut out = Vec::new();
        write_document(&[("a.txt", &a)], Format::Csv, &mut out).expect("writing to memory");
        assert!(out.starts_with(UTF8_BOM));
        let mut r = csv::Reader::from_reader(&out[3..]);
        assert_eq!(r.records().count(), 2);
        let mut tsv = Vec::new();
        write_document(&[("a.txt", &a)], Format::Tsv, &mut tsv).expect("writing to memory");
        assert!(tsv.starts_with(b"article\t"));
    }

    #[test]
    fn markdown_export_is_a_document_grouped_by_article() {
        let mut a = article();
        a.title = vec!["运城经开区".into(), "召开调度会".into()];
        a.zone = Some("运城经济技术开发区".into());
        let empty = Article {
            id: "1-3".into(),
            facts: vec![],
            ..article()
        };
        let mut out = Vec::new();
        write_document(
            &[("a.txt", &a), ("a.txt", &empty)],
            Format::Markdown,
            &mut out,
        )
        .expect("writing to memory");
        let s = String::from_utf8(out).expect("utf-8");
        assert_eq!(
            s,
            "# Facts\n\n2 facts from 1 article.\n\n## 召开调度会 (1-2)\n\n运城经济技术开发区 · a.txt\n\n\
             - **money** 3.04 亿元 → 304000000 元 (approx; p1)\n\
             - **person** 赵\\|自成 → 赵自成, 党工委、管委会主任 (title)\n"
        );
    }

    #[test]
    fn formats_parse_by_name() {
        assert_eq!(Format::parse("md"), Some(Format::Markdown));
        assert_eq!(Format::parse(" CSV "), Some(Format::Csv));
        assert_eq!(Format::parse("xml"), None);
    }
}
