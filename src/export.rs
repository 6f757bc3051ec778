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

/// Column names of the tabular formats.
pub const COLUMNS: [&str; 11] = [
    "article", "kind", "text", "value", "unit", "name", "role", "flags", "where", "span", "source",
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
    match format {
        Format::Tsv => write_tsv(rows, out),
        Format::Csv => write_csv(rows, out),
        Format::Json => write_json(rows, out),
        Format::Markdown => write_markdown(rows, out),
    }
}

/// The cells of a row, in [`COLUMNS`] order.
pub fn cells(row: &Row<'_>) -> [String; 11] {
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
        row.source.to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleKind, FactKind};

    fn article() -> Article {
        let fact = Fact {
            kind: FactKind::Money,
            attribute: None,
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
            title: vec![],
            dateline: None,
            reporters: vec![],
            date: None,
            zone: None,
            zones: Vec::new(),
            kind: ArticleKind::News,
            paragraphs: vec![],
            byline: vec![],
            captions: vec![],
            facts: vec![fact, person],
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
            "1-2\tmoney\t3.04 亿元\t304000000\t元\t\t\tapprox\tp1\t4-11\t2025/12/24/03.txt"
        );
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
        assert_eq!(&recs[1][10], "2025/12/24/03.txt");
    }

    #[test]
    fn json_is_flat_facts_with_their_article_id() {
        let v: serde_json::Value = serde_json::from_str(&render(Format::Json)).expect("valid json");
        assert_eq!(v[0]["article"], "1-2");
        assert_eq!(v[0]["source"], "2025/12/24/03.txt");
        assert_eq!(v[0]["kind"], "money");
        assert_eq!(v[0]["value"], 304000000);
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
    fn formats_parse_by_name() {
        assert_eq!(Format::parse("md"), Some(Format::Markdown));
        assert_eq!(Format::parse(" CSV "), Some(Format::Csv));
        assert_eq!(Format::parse("xml"), None);
    }
}
