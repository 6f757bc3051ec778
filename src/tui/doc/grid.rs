//! Table rows laid out as a grid: the cells of a run of rows (paragraphs ingest read as table
//! rows, [`crate::text::cells`]) padded into aligned columns, figures flush right, so a
//! statistics table reads as the table it was. A table wider than the pane keeps its rows as
//! text, unindented, wrapped as any paragraph.

use super::{DocLine, Kind, Seg};
use crate::text::cells::{is_figure, row_cells, Cell};
use crate::text::AmbiguousWidth;

/// How a paragraph is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// Prose: indented and wrapped.
    Prose,
    /// A row of a table that fits: one line, its cells in aligned columns.
    Aligned(DocLine),
    /// A row of a table too wide for the pane: wrapped without the paragraph indent.
    Wide,
}

/// Columns apart, in cells of the terminal.
const GAP: usize = 2;

/// Each paragraph's layout at `width`: rows of a table (two or more paragraphs in a row with two
/// cells or more, as ingest reads a table) aligned when the table fits.
pub fn rows(paragraphs: &[String], width: usize, amb: AmbiguousWidth) -> Vec<Row> {
    let split: Vec<Vec<Cell<'_>>> = paragraphs.iter().map(|p| row_cells(p)).collect();
    let mut out = vec![Row::Prose; paragraphs.len()];
    let mut i = 0;
    while i < split.len() {
        let run = split[i..].iter().take_while(|c| c.len() >= 2).count();
        if run >= 2 {
            lay_out_table(&split[i..i + run], i, width, amb, &mut out);
        }
        i += run.max(1);
    }
    out
}

/// Lays out one table, rows `first..` of the article, into `out`.
fn lay_out_table(
    table: &[Vec<Cell<'_>>],
    first: usize,
    width: usize,
    amb: AmbiguousWidth,
    out: &mut [Row],
) {
    let columns = table.iter().map(Vec::len).max().unwrap_or(0);
    // A head row one cell short leaves the label column unnamed: its heads sit over the
    // figures' columns.
    let starts: Vec<usize> = table
        .iter()
        .enumerate()
        .map(|(k, row)| {
            if k == 0 && row.len() < columns {
                columns - row.len()
            } else {
                0
            }
        })
        .collect();
    let mut widths = vec![0usize; columns];
    let mut numeric = vec![true; columns];
    for (k, row) in table.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            let col = starts[k] + j;
            widths[col] = widths[col].max(amb.width(cell.text));
            if k > 0 && !is_figure(cell.text) {
                numeric[col] = false;
            }
        }
    }
    let total = widths.iter().sum::<usize>() + GAP * columns.saturating_sub(1);
    for (k, row) in table.iter().enumerate() {
        out[first + k] = if total <= width {
            Row::Aligned(aligned(row, starts[k], &widths, &numeric, first + k, amb))
        } else {
            Row::Wide
        };
    }
}

/// One row's line: each cell padded to its column's width (figures' columns flush right), and
/// where each cell's text sits in the line and in the paragraph.
fn aligned(
    row: &[Cell<'_>],
    start: usize,
    widths: &[usize],
    numeric: &[bool],
    paragraph: usize,
    amb: AmbiguousWidth,
) -> DocLine {
    let mut text = String::new();
    let mut chars = 0usize;
    let mut pieces = Vec::with_capacity(row.len());
    let pad = |text: &mut String, chars: &mut usize, n: usize| {
        text.extend(std::iter::repeat_n(' ', n));
        *chars += n;
    };
    for w in widths.iter().take(start) {
        pad(&mut text, &mut chars, w + GAP);
    }
    for (j, cell) in row.iter().enumerate() {
        let col = start + j;
        let room = widths[col].saturating_sub(amb.width(cell.text));
        if j > 0 {
            pad(&mut text, &mut chars, GAP);
        }
        if numeric[col] {
            pad(&mut text, &mut chars, room);
        }
        let n = cell.end - cell.start;
        pieces.push((chars, cell.start, n));
        text.push_str(cell.text);
        chars += n;
        if !numeric[col] && j + 1 < row.len() {
            pad(&mut text, &mut chars, room);
        }
    }
    let origin = pieces
        .first()
        .map_or(0, |&(t, s, _)| s as isize - t as isize);
    DocLine {
        text,
        kind: Kind::Body,
        seg: Some(Seg::Para(paragraph)),
        origin,
        pad: 0,
        pieces,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| (*l).to_owned()).collect()
    }

    fn texts(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| match r {
                Row::Aligned(l) => l.text.clone(),
                Row::Wide => "<wide>".to_owned(),
                Row::Prose => "<prose>".to_owned(),
            })
            .collect()
    }

    #[test]
    fn a_tables_columns_line_up_and_figures_sit_flush_right() {
        let p = paragraphs(&[
            "开发区  营业收入（亿元）  增速（%）",
            "太原经开区  1,286.5  12.3",
            "晋中高新区  856.2  9.8",
            "据统计，全省开发区营业收入增长。",
        ]);
        let rows = rows(&p, 80, AmbiguousWidth::Narrow);
        assert_eq!(
            texts(&rows),
            [
                "开发区      营业收入（亿元）  增速（%）",
                "太原经开区           1,286.5       12.3",
                "晋中高新区             856.2        9.8",
                "<prose>",
            ]
        );
    }

    #[test]
    fn a_cells_place_in_the_line_maps_back_to_the_paragraph() {
        let p = paragraphs(&["园区  增速（%）", "太原经开区    12.3", "晋中高新区  9.8"]);
        let rows = rows(&p, 80, AmbiguousWidth::Narrow);
        let Row::Aligned(line) = &rows[1] else {
            panic!("{rows:?}")
        };
        // `12.3` is chars 9..13 of the paragraph.
        let r = line.local_range(Seg::Para(1), 9, 13).expect("shown");
        let shown: String = line.text.chars().skip(r.start).take(r.len()).collect();
        assert_eq!(shown, "12.3");
        let r = line.local_range(Seg::Para(1), 0, 5).expect("shown");
        assert_eq!(r, 0..5);
        assert_eq!(line.local_range(Seg::Para(0), 0, 2), None);
    }

    #[test]
    fn an_unnamed_label_column_leaves_the_head_over_the_figures() {
        let p = paragraphs(&["营业收入  增速", "太原经开区  1,286.5  12.3"]);
        let rows = rows(&p, 80, AmbiguousWidth::Narrow);
        assert_eq!(
            texts(&rows),
            ["            营业收入  增速", "太原经开区   1,286.5  12.3"]
        );
    }

    #[test]
    fn a_table_wider_than_the_pane_stays_text_and_a_lone_row_is_prose() {
        let p = paragraphs(&["开发区  营业收入（亿元）", "太原经开区  1,286.5"]);
        assert_eq!(
            texts(&rows(&p, 20, AmbiguousWidth::Narrow)),
            ["<wide>", "<wide>"]
        );
        let p = paragraphs(&["本报记者  王强", "正文。"]);
        assert_eq!(
            texts(&rows(&p, 80, AmbiguousWidth::Narrow)),
            ["<prose>", "<prose>"]
        );
    }
}
