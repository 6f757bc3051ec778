//! Projects a table lists by name: under a column headed `项目名称` (`项目`, `项目名`) each
//! row's cell is one project as printed, whether or not it ends in `项目`
//! (`宁德时代贵州…生产制造基地二期`) and however common its words (`…动力电池扩产项目`).
//! The prose rules judge a name by its words and what commits money to it; a table's head says
//! it outright, and until stop 54 such rows gave the ledger no record, their cost and stage
//! nobody's.

use crate::model::{Fact, FactKind};
use crate::text::cells::{row_cells, Cell};
use crate::text::fold::fold;

/// Heads of a column of project names.
const NAME_HEADS: &[&str] = &["项目名称", "项目名", "项目"];

/// Fewest Han chars a cell holds to name a project (`3` would be a bare kind, `光伏`).
const MIN_NAME_HAN: usize = 4;

/// A project fact for each row's cell under the table's name column (the head row at
/// paragraph `head_at`), where the rows line up with the heads and no project fact already
/// covers the cell.
pub(super) fn named_projects<'a>(
    paragraphs: &[String],
    head_at: usize,
    rows: impl Iterator<Item = (usize, &'a [Cell<'a>])>,
    facts: &[Fact],
) -> Vec<Fact> {
    let Some(head) = paragraphs.get(head_at).map(|p| row_cells(p)) else {
        return Vec::new();
    };
    let Some(column) = head
        .iter()
        .position(|c| NAME_HEADS.contains(&fold(c.text.trim()).as_str()))
    else {
        return Vec::new();
    };
    rows.filter(|(_, cells)| cells.len() == head.len())
        .filter_map(|(paragraph, cells)| {
            let cell = cells.get(column)?;
            let han = cell
                .text
                .chars()
                .filter(|&c| crate::lexicon::names::is_han(c))
                .count();
            let covered = facts.iter().any(|f| {
                f.kind == FactKind::Project
                    && f.paragraph == Some(paragraph)
                    && f.start < cell.end
                    && cell.start < f.end
            });
            (han >= MIN_NAME_HAN && !covered).then(|| Fact {
                name: Some(fold(cell.text.trim())),
                paragraph: Some(paragraph),
                ..Fact::new(FactKind::Project, cell.text.trim(), cell.start, cell.end)
            })
        })
        .collect()
}
