//! Facts in the cells of a table: a figure with no unit of its own (`1,286.5`) takes the unit
//! and the attribute its column's head gives (`营业收入（亿元）` → money, 128,650,000,000 yuan,
//! attribute 营业收入), else its row's label (`营业收入（亿元）  1,100  1,286.5` with years
//! over the columns), else the table's `单位：亿元`.
//!
//! Ingest makes each row of a table a paragraph of its own (rule `table-row`); the rows are
//! read again here from their cells ([`crate::text::cells`]). Statistics tables are where
//! zone news prints its figures, and every cell is a fact of its own: two zones that both grew
//! 12.3 % are two facts, so cells are added after the article's facts are deduplicated.

use super::amounts;
use crate::model::{Article, Fact, FactKind, FactValue};
use crate::text::cells::{is_figure, row_cells, Cell};
use crate::text::fold::{fold, fold_chars};

/// Adds a fact for every figure of the article's tables that has a unit from its column, its
/// row or its table, and gives a figure the body rules found (`12.3%`) its column's attribute
/// when it has none. Facts stay in paragraph order.
pub(super) fn add(article: &Article, facts: &mut Vec<Fact>) {
    let mut found = Vec::new();
    for table in tables(&article.paragraphs, facts) {
        let unit = table_unit(article, &table);
        for row in &table.rows {
            read_row(&table.heads, row, unit.as_deref(), facts, &mut found);
        }
        found.extend(super::table_projects::named_projects(
            &article.paragraphs,
            table.head_at,
            table.rows.iter().map(|r| (r.paragraph, r.cells.as_slice())),
            facts,
        ));
    }
    for fact in found {
        insert_in_order(facts, fact);
    }
}

/// A table of an article: its head row's cells read as heads, and the rows under it.
struct Table<'a> {
    /// The paragraph of the head row.
    head_at: usize,
    heads: Vec<Head>,
    rows: Vec<Row<'a>>,
}

/// A row of figures: its paragraph and its cells.
struct Row<'a> {
    paragraph: usize,
    cells: Vec<Cell<'a>>,
}

/// What a head (a column's, or a row's label) says of the figures it names: what they measure
/// and in what unit (`营业收入（亿元）`, `增速（%）`, `企业数/家`).
#[derive(Debug, Clone, PartialEq)]
struct Head {
    attribute: Option<String>,
    unit: Option<String>,
    /// Whether the head names who or where (a zone, a company), not a measure: a fact of a
    /// name covers it. The figures beside it are that subject's, and say no attribute.
    subject: bool,
}

/// The tables among `paragraphs`: a row with two cells or more and no figure past its first
/// cell (the head row), followed by rows with figures; any other paragraph ends a table.
fn tables<'a>(paragraphs: &'a [String], facts: &[Fact]) -> Vec<Table<'a>> {
    let mut out: Vec<Table<'_>> = Vec::new();
    let mut open: Option<Table<'_>> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        let row = row_cells(p);
        if !(2..=ROW_MAX_CELLS).contains(&row.len()) {
            out.extend(open.take());
            continue;
        }
        if row
            .iter()
            .skip(1)
            .any(|c| is_figure(c.text) || is_own_amount(c.text))
        {
            if let Some(t) = open.as_mut() {
                t.rows.push(Row {
                    paragraph: i,
                    cells: row,
                });
            }
        } else {
            out.extend(open.take());
            open = Some(Table {
                head_at: i,
                heads: row.iter().map(|c| head_of(c, i, facts)).collect(),
                rows: Vec::new(),
            });
        }
    }
    out.extend(open);
    out.retain(|t| !t.rows.is_empty());
    out
}

/// The most cells a table row has.
const ROW_MAX_CELLS: usize = 32;

/// Reads one row's figures against the heads: the row's cells line up with the heads one to
/// one, or the head row leaves the label column unnamed (one head fewer). A row that lines up
/// neither way is left alone: a figure under the wrong head would be a false fact.
fn read_row(
    heads: &[Head],
    row: &Row<'_>,
    table_unit: Option<&str>,
    facts: &mut [Fact],
    found: &mut Vec<Fact>,
) {
    let shift = match row.cells.len().checked_sub(heads.len()) {
        Some(0) => 0,
        Some(1) => 1,
        _ => return,
    };
    let Some(label) = row.cells.first() else {
        return;
    };
    let label = head_of(label, row.paragraph, facts);
    for (j, cell) in row.cells.iter().enumerate().skip(1) {
        let column = j.checked_sub(shift).and_then(|k| heads.get(k));
        if is_own_amount(cell.text) {
            // An amount with its own unit (`50亿元` under `投资额`) was read where it stands; its
            // column says what it is.
            if let Some(known) = facts.iter_mut().find(|f| {
                f.paragraph == Some(row.paragraph) && f.start < cell.end && cell.start < f.end
            }) {
                if known.attribute.is_none() && known.value.is_some() {
                    known.attribute = measure(column, &label);
                }
            }
            continue;
        }
        if !is_figure(cell.text) {
            continue;
        }
        // A figure with its own mark (`12.3%`) is read as written, with no unit added.
        let marked = cell.text.ends_with(['%', '％']).then(String::new);
        let Some((unit, attribute)) = marked
            .map(|u| (u, measure(column, &label)))
            .or_else(|| unit_and_attribute(column, &label, table_unit))
        else {
            continue;
        };
        if let Some(known) = facts.iter_mut().find(|f| {
            f.paragraph == Some(row.paragraph) && f.start < cell.end && cell.start < f.end
        }) {
            if known.attribute.is_none() && known.value.is_some() {
                known.attribute = attribute;
            }
            continue;
        }
        found.extend(cell_fact(cell, &unit, attribute, row.paragraph));
    }
}

/// The unit of a figure and what it measures: its column's head when that names a unit, else its
/// row's label, else the table's unit; the attribute is the head that gave the unit, else as
/// [`measure`] finds it.
fn unit_and_attribute(
    column: Option<&Head>,
    label: &Head,
    table_unit: Option<&str>,
) -> Option<(String, Option<String>)> {
    if let Some(unit) = column.and_then(|h| h.unit.clone()) {
        return Some((unit, column.and_then(|h| h.attribute.clone())));
    }
    if let Some(unit) = label.unit.clone() {
        return Some((unit, label.attribute.clone()));
    }
    Some((table_unit?.to_owned(), measure(column, label)))
}

/// What a figure measures when no head gave its unit: its column's head, unless that names a
/// period (`2025年`: the row's label says what) or a subject; else its row's label, unless that
/// names a subject (`太原经开区`: the figure is the zone's, of a measure the page does not name).
fn measure(column: Option<&Head>, label: &Head) -> Option<String> {
    let named = |h: &Head| h.attribute.clone().filter(|a| !h.subject && !is_period(a));
    column.and_then(named).or_else(|| named(label))
}

/// The fact of a figure read with its unit, if the two read as an amount (a count also needs
/// what it counts: the attribute names it).
fn cell_fact(
    cell: &Cell<'_>,
    unit: &str,
    attribute: Option<String>,
    paragraph: usize,
) -> Option<Fact> {
    let a = whole_amount(&format!("{}{unit}", cell.text))?;
    let (attribute, counted) = if a.counter {
        (None, Some(attribute?))
    } else {
        (attribute, None)
    };
    Some(Fact {
        value: a.value.and_then(|v| v.to_json()).map(FactValue::Number),
        unit: Some(a.unit),
        attribute,
        counted,
        flags: a.flags,
        paragraph: Some(paragraph),
        ..Fact::new(a.kind, cell.text, cell.start, cell.end)
    })
}

/// Whether a cell is a sum of money with its unit (`50亿元`, `3.5亿美元`): a figure that
/// needs no head for its unit, only for what it is.
fn is_own_amount(text: &str) -> bool {
    !is_figure(text)
        && text.starts_with(|c: char| c.is_ascii_digit())
        && whole_amount(text).is_some_and(|a| a.kind == FactKind::Money)
}

/// The amount `text` reads as when it is one amount from end to end (`1,286.5亿元`, `12.3%`).
fn whole_amount(text: &str) -> Option<amounts::Amount> {
    let f = fold_chars(text);
    let mut found = amounts::scan(&f);
    (found.len() == 1).then_some(())?;
    let a = found.pop()?;
    (a.start == 0 && a.end == f.len()).then_some(a)
}

/// Whether `unit` is a unit a figure can take (`亿元`, `%`, `万吨`, `家`): one followed by it
/// reads as one amount.
fn is_unit(unit: &str) -> bool {
    !unit.is_empty() && whole_amount(&format!("1{unit}")).is_some()
}

/// Reads the head in `cell` of paragraph `paragraph`: a unit in brackets at its end
/// (`营业收入（亿元）`, `(单位：万元)`), after a slash (`企业数/家`) or a percent sign (`增速%`),
/// and the words before it as the attribute, folded.
fn head_of(cell: &Cell<'_>, paragraph: usize, facts: &[Fact]) -> Head {
    let mut h = head(cell.text);
    h.subject = facts.iter().any(|f| {
        f.paragraph == Some(paragraph)
            && f.start <= cell.start
            && cell.end <= f.end
            && matches!(
                f.kind,
                FactKind::Zone
                    | FactKind::Organization
                    | FactKind::Place
                    | FactKind::Person
                    | FactKind::Project
            )
    });
    h
}

/// [`head_of`] from the text alone, as no subject.
fn head(text: &str) -> Head {
    let text = text.trim();
    let (words, unit) = split_unit(text);
    let words = words.trim();
    Head {
        attribute: (!words.is_empty()).then(|| fold(words)),
        unit: unit.map(str::trim).filter(|u| is_unit(u)).map(fold),
        subject: false,
    }
}

/// A head's words and the unit it names, if any, before the unit is checked.
fn split_unit(text: &str) -> (&str, Option<&str>) {
    if let Some(inner) = text
        .strip_suffix('）')
        .and_then(|t| t.rfind('（').map(|i| (i, t)))
        .or_else(|| {
            text.strip_suffix(')')
                .and_then(|t| t.rfind('(').map(|i| (i, t)))
        })
        .map(|(i, t)| (&text[..i], &t[i..]))
    {
        let (words, bracket) = inner;
        let unit = bracket
            .trim_start_matches(['（', '('])
            .trim_start_matches("单位")
            .trim_start_matches(['：', ':']);
        return (words, Some(unit));
    }
    if let Some(words) = text.strip_suffix(['%', '％']) {
        return (words, Some("%"));
    }
    match text.rsplit_once(['/', '／']) {
        Some((words, unit)) => (words, Some(unit)),
        None => (text, None),
    }
}

/// Whether an attribute names a period, not a measure (`2025年`, `1-9月`, `前三季度`): a column
/// of years says when, and its row's label says what.
fn is_period(attribute: &str) -> bool {
    attribute
        .chars()
        .all(|c| c.is_ascii_digit() || "年月季度上下半前后第至一二三四-—～~/．.".contains(c))
        && attribute.chars().any(|c| "年月季度".contains(c))
}

/// The unit a table states for all its figures (`单位：亿元`, `（单位：万元）`): on the head row,
/// in the paragraph right above it, or in a title line of the article (a table's caption is
/// often the article's title).
fn table_unit(article: &Article, table: &Table<'_>) -> Option<String> {
    let above = table
        .head_at
        .checked_sub(1)
        .and_then(|i| article.paragraphs.get(i));
    let head_row = article.paragraphs.get(table.head_at);
    head_row
        .into_iter()
        .chain(above)
        .chain(&article.title)
        .find_map(|t| stated_unit(t))
}

/// The unit after `单位：` in a line, if it is one.
fn stated_unit(line: &str) -> Option<String> {
    let (_, after) = line.split_once("单位")?;
    let after = after.trim_start_matches([' ', '\u{3000}']);
    let after = after.strip_prefix(['：', ':'])?.trim_start();
    let end = after
        .find(['）', ')', '，', ',', '、', '；', ' ', '　', '。'])
        .unwrap_or(after.len());
    let unit = &after[..end];
    is_unit(unit).then(|| fold(unit))
}

/// Puts `fact` before the first fact of a later paragraph or of a later place in its own, and
/// before the facts of titles, captions and credits, which follow the paragraphs'.
fn insert_in_order(facts: &mut Vec<Fact>, fact: Fact) {
    let key = (fact.paragraph, fact.start);
    let at = facts
        .iter()
        .position(|f| match f.paragraph {
            None => true,
            Some(p) => (Some(p), f.start) > key,
        })
        .unwrap_or(facts.len());
    facts.insert(at, fact);
}

#[cfg(test)]
mod tests;
