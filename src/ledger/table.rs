//! The ledger as a table: TSV, CSV, JSON and Markdown, shared by `dubao projects` and the
//! reader's copy and export, so both print the same columns.

use std::io::Write;

use super::{Measure, Record};
use crate::error::Error;
use crate::export::Format;

/// Column names of the tabular formats; `articles` and `sources` trace each row to its files.
pub const COLUMNS: [&str; 10] = [
    "name",
    "zone",
    "place",
    "owners",
    "investment",
    "measures",
    "stage",
    "stages",
    "articles",
    "sources",
];

/// A measure in one cell: `产能 40000 吨`.
fn measure_cell(m: &Measure) -> String {
    let value = m
        .value
        .as_ref()
        .map_or_else(|| m.text.clone(), ToString::to_string);
    format!(
        "{} {} {}",
        m.attribute,
        value,
        m.unit.as_deref().unwrap_or("")
    )
    .trim_end()
    .to_owned()
}

/// Each stage event of a record as `stage date article` (`-` for an unknown date), in order:
/// the ledger's tables and the reader's projects view write them alike.
pub fn stage_events(r: &Record) -> Vec<String> {
    r.stages
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e.stage,
                e.date.as_deref().unwrap_or("-"),
                e.article
            )
        })
        .collect()
}

/// The cells of a record, in [`COLUMNS`] order; lists are joined with `; `.
pub fn cells(r: &Record) -> [String; 10] {
    let stages = stage_events(r);
    [
        r.name.clone(),
        r.zone.clone().unwrap_or_default(),
        r.place.clone().unwrap_or_default(),
        r.owners.join("; "),
        r.investment
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        r.measures
            .iter()
            .map(measure_cell)
            .collect::<Vec<_>>()
            .join("; "),
        r.stage.map(|s| s.as_str().to_owned()).unwrap_or_default(),
        stages.join("; "),
        r.articles.join("; "),
        r.sources.join("; "),
    ]
}

/// One TSV line of a record (no header), for copying one record.
pub fn tsv_line(r: &Record) -> String {
    cells(r)
        .iter()
        .map(|c| c.replace(['\t', '\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join("\t")
}

/// Writes records in a format; JSON is the contract's array of records.
pub fn write(records: &[Record], format: Format, out: &mut dyn Write) -> Result<(), Error> {
    match format {
        Format::Tsv => {
            writeln!(out, "{}", COLUMNS.join("\t"))?;
            for r in records {
                writeln!(out, "{}", tsv_line(r))?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(COLUMNS)?;
            for r in records {
                w.write_record(cells(r))?;
            }
            w.flush()?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, records)?;
            writeln!(out)?;
        }
        Format::Markdown => {
            crate::export::markdown_table(&COLUMNS, records.iter().map(cells), out)?
        }
    }
    Ok(())
}
