//! Fact export: TSV, CSV, JSON and Markdown writers shared by `dubao facts` and the TUI.
//!
//! Every format writes the same columns, one row per fact with its article id, so a table
//! exported from the TUI and one printed by the CLI agree.

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

/// Column names of the tabular formats.
pub const COLUMNS: [&str; 10] = [
    "article", "kind", "text", "value", "unit", "name", "role", "flags", "where", "span",
];

/// A fact with its article id: one row, and the JSON shape `facts --format json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Row<'a> {
    pub article: &'a str,
    #[serde(flatten)]
    pub fact: &'a Fact,
}

/// Rows for a selection of articles' facts.
pub fn rows<'a>(items: impl IntoIterator<Item = (&'a Article, &'a Fact)>) -> Vec<Row<'a>> {
    items
        .into_iter()
        .map(|(a, fact)| Row {
            article: &a.id,
            fact,
        })
        .collect()
}

/// Writes rows in a format.
pub fn write(rows: &[Row<'_>], format: Format, out: &mut dyn Write) -> Result<(), Error> {
    match format {
        Format::Tsv => write_tsv(rows, out),
        Format::Csv => write_csv(rows, out),
        Format::Json => write_json(rows, out),
        Format::Markdown => write_markdown(rows, out),
    }
}

/// The cells of a row, in [`COLUMNS`] order.
pub fn cells(row: &Row<'_>) -> [String; 10] {
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
    [
        row.article.to_owned(),
        f.kind.as_str().to_owned(),
        f.text.clone(),
        value,
        f.unit.clone().unwrap_or_default(),
        f.name.clone().unwrap_or_default(),
        f.role.clone().unwrap_or_default(),
        f.flags.join(","),
        place,
        format!("{}-{}", f.start, f.end),
    ]
}

/// TSV keeps one record per line: tabs and line breaks inside a cell become spaces.
fn write_tsv(rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
    writeln!(out, "{}", COLUMNS.join("\t"))?;
    for r in rows {
        let cells: Vec<String> = cells(r)
            .iter()
            .map(|c| c.replace(['\t', '\n', '\r'], " "))
            .collect();
        writeln!(out, "{}", cells.join("\t"))?;
    }
    Ok(())
}

fn write_csv(rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for r in rows {
        w.write_record(cells(r))?;
    }
    w.flush()?;
    Ok(())
}

fn write_json(rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut *out, rows)?;
    writeln!(out)?;
    Ok(())
}

/// Markdown table; `|` is escaped and line breaks become spaces so a cell stays in its column.
fn write_markdown(rows: &[Row<'_>], out: &mut dyn Write) -> Result<(), Error> {
    writeln!(out, "| {} |", COLUMNS.join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(COLUMNS.len()))?;
    for r in rows {
        let cells: Vec<String> = cells(r)
            .iter()
            .map(|c| c.replace('|', "\\|").replace(['\n', '\r'], " "))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}
