//! Fact export: TSV, CSV, JSON and Markdown writers shared by `dubao facts` and the TUI.
//!
//! Minimal version written for the reader's `e` key (the facts engineer owns this file and may
//! replace it; keep `Format`, `Format::from_path` and `write_facts`).

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::error::Error;
use crate::model::{Article, Fact, FactValue};

/// An output format for facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Tsv,
    Csv,
    Json,
    Markdown,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "tsv" | "txt" => Format::Tsv,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "md" | "markdown" => Format::Markdown,
            _ => return None,
        })
    }
}

/// A fact with its article id, as the flattened JSON of the contract has it.
#[derive(Serialize)]
struct Flat<'a> {
    article: &'a str,
    #[serde(flatten)]
    fact: &'a Fact,
}

const COLUMNS: [&str; 11] = [
    "article", "kind", "text", "value", "unit", "name", "role", "paragraph", "where", "start", "end",
];

fn cells(article: &Article, f: &Fact) -> [String; 11] {
    let value = match &f.value {
        Some(FactValue::Number(n)) => n.to_string(),
        Some(FactValue::Text(t)) => t.clone(),
        None => String::new(),
    };
    let location = f
        .location
        .and_then(|l| serde_json::to_value(l).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    [
        article.id.clone(),
        f.kind.as_str().to_owned(),
        f.text.clone(),
        value,
        f.unit.clone().unwrap_or_default(),
        f.name.clone().unwrap_or_default(),
        f.role.clone().unwrap_or_default(),
        f.paragraph.map(|p| p.to_string()).unwrap_or_default(),
        location,
        f.start.to_string(),
        f.end.to_string(),
    ]
}

/// Writes every fact of `articles` in `format`.
pub fn write_facts(format: Format, articles: &[&Article], out: &mut dyn Write) -> Result<(), Error> {
    let rows = articles.iter().flat_map(|a| a.facts.iter().map(move |f| (*a, f)));
    match format {
        Format::Tsv => {
            writeln!(out, "{}", COLUMNS.join("\t"))?;
            for (a, f) in rows {
                let line: Vec<String> = cells(a, f).iter().map(|c| c.replace(['\t', '\n'], " ")).collect();
                writeln!(out, "{}", line.join("\t"))?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(COLUMNS)?;
            for (a, f) in rows {
                w.write_record(cells(a, f))?;
            }
            w.flush()?;
        }
        Format::Json => {
            let flat: Vec<Flat> = rows.map(|(a, f)| Flat { article: &a.id, fact: f }).collect();
            serde_json::to_writer_pretty(&mut *out, &flat)?;
            writeln!(out)?;
        }
        Format::Markdown => {
            writeln!(out, "| {} |", COLUMNS.join(" | "))?;
            writeln!(out, "|{}", "---|".repeat(COLUMNS.len()))?;
            for (a, f) in rows {
                let line: Vec<String> = cells(a, f).iter().map(|c| md_cell(c)).collect();
                writeln!(out, "| {} |", line.join(" | "))?;
            }
        }
    }
    Ok(())
}

/// A pipe or newline inside a cell would break the table.
fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleKind, FactKind};

    fn article() -> Article {
        Article {
            id: "1-2".into(),
            title: vec!["标题".into()],
            dateline: None,
            reporters: vec![],
            zone: None,
            kind: ArticleKind::News,
            paragraphs: vec!["总投资 3.04 亿元".into()],
            byline: vec![],
            captions: vec![],
            facts: vec![Fact {
                kind: FactKind::Money,
                text: "3.04 亿元".into(),
                value: Some(FactValue::Number(304_000_000u64.into())),
                unit: Some("元".into()),
                name: None,
                role: None,
                flags: vec![],
                paragraph: Some(0),
                location: None,
                start: 4,
                end: 11,
            }],
        }
    }

    fn render(format: Format) -> String {
        let a = article();
        let mut out = Vec::new();
        let r = write_facts(format, &[&a], &mut out);
        assert!(r.is_ok());
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn every_format_carries_the_value() {
        assert!(render(Format::Csv).contains("1-2,money,3.04 亿元,304000000,元"));
        assert!(render(Format::Tsv).contains("1-2\tmoney\t3.04 亿元\t304000000"));
        assert!(render(Format::Markdown).contains("| 1-2 | money | 3.04 亿元 | 304000000 |"));
        let json: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap_or_default();
        assert_eq!(json[0]["article"], "1-2");
        assert_eq!(json[0]["value"], 304000000);
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(Format::from_path(Path::new("a/b.CSV")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("x.md")), Some(Format::Markdown));
        assert_eq!(Format::from_path(Path::new("x")), None);
    }
}
