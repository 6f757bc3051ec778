//! The cells of a table row as a text dump prints it: text apart by runs of two or more spaces
//! (a tab is two spaces once a page is read, `ingest::layout`). Ingest tells a row from prose
//! by its cells; facts read each figure under its column's head.

/// One cell of a row: its text without the pad around it, and where that text starts and ends,
/// in chars of the row (the offsets facts report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The longest text read as a table row, in bytes: ingest's rows are at most 100 chars, and a
/// long line of gaps (prose, or a hostile page) is never split into thousands of cells.
pub const ROW_MAX_BYTES: usize = 600;

/// The cells of a paragraph that may be a table row (short, with a gap); none for prose, which
/// nearly every paragraph is and is turned down on its bytes. Facts and the reader ask it of
/// every paragraph of an article.
pub fn row_cells(paragraph: &str) -> Vec<Cell<'_>> {
    if paragraph.len() <= ROW_MAX_BYTES && paragraph.contains("  ") {
        cells(paragraph)
    } else {
        Vec::new()
    }
}

/// The cells of `row`, left to right, empty ones left out. A single space stays inside a cell
/// (`A356.2 合金`, `12 月`): only a gap of two or more ASCII spaces parts cells, as in
/// [`crate::ingest`]'s reading of table rows.
pub fn cells(row: &str) -> Vec<Cell<'_>> {
    let mut out = Vec::new();
    // (byte, char) where the current cell's text began, if it has any.
    let mut open: Option<(usize, usize)> = None;
    // (byte, char) just past the cell's last char that is not a pad char.
    let mut last = (0usize, 0usize);
    let mut spaces = 0usize;
    for (n, (b, c)) in row.char_indices().enumerate() {
        if c == ' ' {
            spaces += 1;
            if spaces == 2 {
                close(row, &mut open, last, &mut out);
            }
            continue;
        }
        spaces = 0;
        if is_pad(c) {
            continue;
        }
        if open.is_none() {
            open = Some((b, n));
        }
        last = (b + c.len_utf8(), n + 1);
    }
    close(row, &mut open, last, &mut out);
    out
}

/// Ends the open cell, if any, at `last` and keeps it.
fn close<'a>(
    row: &'a str,
    open: &mut Option<(usize, usize)>,
    last: (usize, usize),
    out: &mut Vec<Cell<'a>>,
) {
    if let Some((b, n)) = open.take() {
        if let Some(text) = row.get(b..last.0) {
            out.push(Cell {
                text,
                start: n,
                end: last.1,
            });
        }
    }
}

/// Pad around a cell's text: a tab, a no-break space, the ideographic space (a single ASCII
/// space is inside the text, or half of a gap).
fn is_pad(c: char) -> bool {
    matches!(c, '\t' | '\u{a0}' | '\u{3000}')
}

/// A table's figure: digits with their separators, sign or percent mark (`1,286.5`, `-3.2%`,
/// `12.3`), nothing else: a cell with a word in it (`12 个`, `1.2万亿元`) says its own unit.
pub fn is_figure(cell: &str) -> bool {
    cell.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && cell.chars().all(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || ".,%+-－．，％−".contains(c)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(row: &str) -> Vec<(&str, usize, usize)> {
        cells(row)
            .into_iter()
            .map(|c| (c.text, c.start, c.end))
            .collect()
    }

    #[test]
    fn gaps_of_two_spaces_or_more_part_cells() {
        assert_eq!(
            texts("太原经开区  1,286.5    12.3"),
            [("太原经开区", 0, 5), ("1,286.5", 7, 14), ("12.3", 18, 22)]
        );
        assert_eq!(
            texts("　　开发区  营业收入（亿元）  增速（%）  "),
            [
                ("开发区", 2, 5),
                ("营业收入（亿元）", 7, 15),
                ("增速（%）", 17, 22)
            ]
        );
    }

    #[test]
    fn a_single_space_stays_inside_a_cell() {
        assert_eq!(
            texts("A356.2 合金  12 月"),
            [("A356.2 合金", 0, 9), ("12 月", 11, 15)]
        );
        assert_eq!(texts("本报讯 近日"), [("本报讯 近日", 0, 6)]);
        assert!(cells("   ").is_empty());
        assert!(cells("").is_empty());
    }

    #[test]
    fn offsets_are_chars_of_the_row() {
        let row = "晋中高新区\u{3000}  856.2";
        for c in cells(row) {
            let chars: String = row.chars().skip(c.start).take(c.end - c.start).collect();
            assert_eq!(chars, c.text);
        }
    }

    #[test]
    fn figures_are_digits_and_their_marks_only() {
        for yes in ["1,286.5", "-3.2%", "12.3", "１２．３", "+5", "−0.8"] {
            assert!(is_figure(yes), "{yes}");
        }
        for no in ["12 个", "1.2万亿元", "太原", "", "%", "--"] {
            assert!(!is_figure(no), "{no}");
        }
    }
}
