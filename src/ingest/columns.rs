//! Two columns of text laid side by side, read one after the other.
//!
//! A page converted from a PDF with its layout kept (`pdftotext -layout`, many e-paper
//! exports) prints a page's columns side by side, each line holding a line of the left
//! column, a run of spaces, and a line of the right one:
//!
//! ```text
//! 烟台经开区：海上风电装备产业集群成型          潍坊滨海经济技术开发区打造化工新材料高地
//! 　　本报记者 张 环泽                          　　本报记者 宋 弢
//! ```
//!
//! Read line by line, two articles' sentences alternate and neither can be read. Such a run
//! of lines is rewritten as its left column, a blank line, then its right column, so each
//! article reads as printed, and a column's wrapped lines are joined into their paragraphs
//! again (cut to a column's width, a paragraph's lines are as short as a title's). Every char
//! is kept; only the runs of spaces between the columns and the breaks inside a paragraph go.
//! A table aligned by spaces (short cells, figures, several gaps a line) is no pair of columns
//! and is left as it is.

use super::shape::{char_width, text_width};
use memchr::memmem;

/// Spaces that part two columns where a run of them is first seen: fewer are a gap inside a
/// line (a header's fields, a name spaced to the width of three chars). Once the columns'
/// boundary is known, one space at it is enough (a line of the left column filled to its edge).
const GAP: usize = 3;

/// How far (in display columns) the right column's lines may start from one another:
/// converters place a wide char on either side of a cell boundary.
const SLACK: usize = 2;

/// Lines read ahead for the column the right side starts at most often: the first paired
/// line may be a title's, set off by more or fewer spaces than the text under it.
const LOOK_AHEAD: usize = 8;

/// Lines that must hold both columns, the left one filled to its edge, before a run of lines
/// is read as two columns: fewer are a header's fields or a table's rows.
const MIN_PAIRED: usize = 3;

/// Han chars a side of a paired line holds at least: columns are Chinese prose; a table's
/// cells are short or figures, a file list's names Latin.
const MIN_SIDE_HAN: usize = 6;

/// How far (display columns) a line may stop short of its column's edge and still fill it:
/// a justified column's lines end within a few chars of it (a converter's spacing varies by a
/// char or two, a line may end before a mark kept off the next line's start), a table's cells
/// anywhere.
const FILL_SLACK: usize = 8;

/// How far (display columns) a column's line may stop short of the column's widest line and
/// still be a wrapped line whose paragraph goes on: two wide chars (a line that could not take
/// the next char, or ends before a mark kept off a line's start). A paragraph's last line
/// mostly stops further short.
const WRAP_SLACK: usize = 4;

/// The page's text with each run of two-column lines read column by column (see the module
/// docs). A page with no run of [`GAP`] spaces, nearly all, comes back as it was, uncopied.
pub(super) fn unweave(text: String) -> String {
    if !has_wide_gap(text.as_bytes()) {
        return text;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let runs = column_runs(&lines);
    if runs.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for run in &runs {
        push_lines(&mut out, &lines[at..run.start]);
        let (left, right): (Vec<Option<&str>>, Vec<Option<&str>>) = lines[run.start..run.end]
            .iter()
            .map(|line| split_at_column(line, run.column))
            .unzip();
        push_lines(&mut out, &rejoin(&side(&left)));
        push_lines(&mut out, &[""]);
        push_lines(&mut out, &rejoin(&side(&right)));
        at = run.end;
    }
    push_lines(&mut out, &lines[at..]);
    // `push_lines` ends every line; the text had no break after its last line.
    out.pop();
    out
}

/// Whether a text holds [`GAP`] spaces in a row (a substring search: a page's single spaces,
/// between figures and units, are too many to look at one by one).
fn has_wide_gap(bytes: &[u8]) -> bool {
    memmem::find(bytes, b"   ").is_some()
}

/// A run of lines read as two columns: lines `start..end`, the right column starting at
/// display column `column`.
#[derive(Debug, PartialEq)]
struct Run {
    start: usize,
    end: usize,
    column: usize,
}

/// Appends each line and a line break.
fn push_lines<S: AsRef<str>>(out: &mut String, lines: &[S]) {
    for line in lines {
        out.push_str(line.as_ref());
        out.push('\n');
    }
}

/// One column's lines: its text, and a blank where both columns were blank (a break between
/// paragraphs). A side left empty on a line the other column fills (`None`) is no break.
fn side<'a>(pieces: &[Option<&'a str>]) -> Vec<&'a str> {
    pieces.iter().copied().flatten().collect()
}

/// A column's lines with its paragraphs' lines joined again: a line that fills the column
/// to its edge goes on in the next one unless that opens a paragraph (indented) or is blank.
/// Cut to a column's width, a paragraph's lines are as short as a title's, and the parser
/// would read them as one; joined, they read as the paragraph they are.
fn rejoin(lines: &[&str]) -> Vec<String> {
    let edge = lines.iter().map(|l| text_width(l)).max().unwrap_or(0);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut open = false;
    for line in lines {
        let opens = line.starts_with(['\u{3000}', ' ']) || is_blank(line);
        match out.last_mut() {
            Some(last) if open && !opens => {
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if latin(last.chars().last()) && latin(line.chars().next()) {
                    last.push(' ');
                }
                last.push_str(line);
            }
            _ => out.push((*line).to_owned()),
        }
        open = !is_blank(line) && text_width(line) + WRAP_SLACK >= edge;
    }
    out
}

/// Han chars of a piece of a line.
fn han_chars(s: &str) -> usize {
    s.chars()
        .filter(|&c| crate::lexicon::names::is_han(c))
        .count()
}

/// A gap in a line: where the text after it starts (display column), with the line's text
/// before and after it.
#[derive(Debug, Clone, Copy)]
struct Gap<'a> {
    at: usize,
    left: &'a str,
    right: &'a str,
}

/// The gaps of `min` or more spaces inside a line (leading spaces are no gap: a line of the
/// right column alone is read by [`right_only`]).
fn gaps(line: &str, min: usize) -> Vec<Gap<'_>> {
    let line = line.trim_end_matches([' ', '\r']);
    let mut out = Vec::new();
    let mut w = 0usize;
    let mut spaces_from = None;
    for (b, c) in line.char_indices() {
        if c == ' ' {
            spaces_from.get_or_insert(b);
        } else if let Some(from) = spaces_from.take() {
            if b - from >= min && from > 0 {
                out.push(Gap {
                    at: w,
                    left: &line[..from],
                    right: &line[b..],
                });
            }
        }
        w += char_width(c);
    }
    out
}

/// The display column a line's text starts at when it opens with a run of spaces: a line
/// of the right column alone.
fn right_only(line: &str) -> Option<usize> {
    let spaces = line.bytes().take_while(|&b| b == b' ').count();
    (spaces >= GAP && !is_blank(line)).then_some(spaces)
}

/// Whether a line holds nothing but spaces.
fn is_blank(line: &str) -> bool {
    line.trim_matches([' ', '\r', '\u{3000}']).is_empty()
}

/// What a line is in a run of two columns starting at `column`.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Fit {
    /// Both columns with prose, the left one filled to its edge.
    Paired,
    /// Both columns.
    Both,
    /// One column only, or a blank line.
    One,
    /// A line that ends the run.
    Breaks,
}

/// How `line` fits a run whose right column starts at display column `column`.
fn fit(line: &str, column: usize) -> Fit {
    if is_blank(line) || right_only(line).is_some_and(|c| c.abs_diff(column) <= SLACK) {
        return Fit::One;
    }
    let at_column: Vec<Gap> = gaps(line, 1)
        .into_iter()
        .filter(|g| g.at.abs_diff(column) <= SLACK)
        .collect();
    let wide_elsewhere = gaps(line, GAP)
        .iter()
        .any(|g| g.at.abs_diff(column) > SLACK);
    match at_column.as_slice() {
        _ if wide_elsewhere => Fit::Breaks,
        [] if text_width(line.trim_end_matches([' ', '\r'])) + GAP <= column + SLACK => Fit::One,
        [] => Fit::Breaks,
        [g] if is_prose_pair(g) && fills(g.left, column) => Fit::Paired,
        [_] => Fit::Both,
        _ => Fit::Breaks,
    }
}

/// Whether both sides of a gap hold prose-long Chinese text.
fn is_prose_pair(g: &Gap) -> bool {
    han_chars(g.left) >= MIN_SIDE_HAN && han_chars(g.right) >= MIN_SIDE_HAN
}

/// Whether a left column's text reaches its edge: the right column starts at `column`.
fn fills(left: &str, column: usize) -> bool {
    text_width(left.trim_end_matches(' ')) + FILL_SLACK >= column
}

/// The runs of lines that read as two columns: lines sharing one gap's display column, at
/// least [`MIN_PAIRED`] of them with prose on both sides and the left side filled, and no
/// line crossing the column.
fn column_runs(lines: &[&str]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if paired_column(lines[i]).is_none() {
            i += 1;
            continue;
        }
        let column = usual_column(&lines[i..lines.len().min(i + LOOK_AHEAD)]);
        let mut end = i;
        let mut paired = 0;
        // Just past the last line with text in the right column.
        let mut right_end = i;
        while end < lines.len() {
            match fit(lines[end], column) {
                Fit::Breaks => break,
                Fit::Paired => paired += 1,
                Fit::Both | Fit::One => {}
            }
            end += 1;
            if split_at_column(lines[end - 1], column)
                .1
                .is_some_and(|r| !r.is_empty())
            {
                right_end = end;
            }
        }
        // The left column may run on alone under the right one's end, but not past a blank
        // line: what follows it is the page's, read across the full width again.
        end = right_end
            + lines[right_end..end]
                .iter()
                .take_while(|l| !is_blank(l))
                .count();
        if paired >= MIN_PAIRED {
            runs.push(Run {
                start: i,
                end,
                column,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    runs
}

/// The display column the right side of the paired lines among `lines` starts at most
/// often, counting only lines whose left side fills its column (a title's or a byline's gap
/// is as wide as the text is short, and converters place those less exactly); any paired
/// line's when none fills. `lines[0]` is paired.
fn usual_column(lines: &[&str]) -> usize {
    let paired: Vec<(usize, bool)> = lines
        .iter()
        .filter_map(|l| paired_gap(l))
        .map(|g| (g.at, fills(g.left, g.at)))
        .collect();
    let filled: Vec<usize> = paired.iter().filter(|p| p.1).map(|p| p.0).collect();
    let columns = if filled.is_empty() {
        paired.iter().map(|p| p.0).collect()
    } else {
        filled
    };
    let count = |c: &usize| columns.iter().filter(|&x| x == c).count();
    let mut best = columns.first().copied().unwrap_or(0);
    for c in &columns {
        if count(c) > count(&best) {
            best = *c;
        }
    }
    best
}

/// The right column's display column when `line` holds two columns of prose parted by one
/// wide gap.
fn paired_column(line: &str) -> Option<usize> {
    paired_gap(line).map(|g| g.at)
}

/// The one wide gap of a line holding two columns of prose.
fn paired_gap(line: &str) -> Option<Gap<'_>> {
    // Most lines of a page with a wide gap somewhere have none: turned down without a walk.
    if !has_wide_gap(line.as_bytes()) {
        return None;
    }
    match gaps(line, GAP).as_slice() {
        [g] if is_prose_pair(g) => Some(*g),
        _ => None,
    }
}

/// A line of a run cut into its left and right columns' text, without the spaces between
/// them or after them: `None` for a side the line leaves empty, a blank on both sides for a
/// blank line.
fn split_at_column(line: &str, column: usize) -> (Option<&str>, Option<&str>) {
    let line = line.trim_end_matches([' ', '\r']);
    if is_blank(line) {
        return (Some(""), Some(""));
    }
    if let Some(start) = right_only(line).filter(|c| c.abs_diff(column) <= SLACK) {
        return (None, Some(&line[start..]));
    }
    match gaps(line, 1)
        .iter()
        .find(|g| g.at.abs_diff(column) <= SLACK)
    {
        Some(g) => (Some(g.left), Some(g.right)),
        None => (Some(line), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = concat!(
        "大众日报　2025年10月22日　星期三　第6版　县域经济\n",
        "\n",
        "烟台经开区：海上风电装备产业集群成型          潍坊滨海经济技术开发区打造化工新材料高地\n",
        "　　本报记者 张 环泽                          　　本报记者 宋 弢\n",
        "　　10月20日，在烟台经济技术开发区的东方电气   　　10月19日，潍坊滨海经济技术开发区内，国邦\n",
        "（烟台）风电有限公司生产车间里，风电机组叶片   医药化工新材料项目二期工程正在安装调试，该项\n",
        "正在加紧生产，前三季度实现产值48.6亿元。      目总投资32亿元。\n",
        "\n",
        "下一篇稿件的标题"
    );

    #[test]
    fn two_columns_read_one_after_the_other() {
        let out = unweave(TWO.to_owned());
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(
            lines[2..],
            [
                "烟台经开区：海上风电装备产业集群成型",
                "　　本报记者 张 环泽",
                "　　10月20日，在烟台经济技术开发区的东方电气（烟台）风电有限公司生产车间里，\
                 风电机组叶片正在加紧生产，前三季度实现产值48.6亿元。",
                "",
                "潍坊滨海经济技术开发区打造化工新材料高地",
                "　　本报记者 宋 弢",
                "　　10月19日，潍坊滨海经济技术开发区内，国邦医药化工新材料项目二期工程正在\
                 安装调试，该项目总投资32亿元。",
                "",
                "下一篇稿件的标题",
            ]
        );
    }

    /// Nothing the page says is lost: only the spaces between the columns go.
    #[test]
    fn every_char_is_kept() {
        let kept = |s: &str| {
            let mut cs: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
            cs.sort_unstable();
            cs
        };
        assert_eq!(kept(&unweave(TWO.to_owned())), kept(TWO));
    }

    /// A table aligned by spaces, a header's spaced fields and prose are left as they are.
    #[test]
    fn tables_and_single_columns_stay() {
        let table = "排名   开发区名称           GDP（亿元）\n\
1      苏州工业园区         3686.0\n\
2      广州经济技术开发区   2850.3\n\
3      北京经济技术开发区   2760.1";
        assert_eq!(unweave(table.to_owned()), table);
        let header = "山 西 科 技 报    2025 年 12 月 26 日\n\n　　园区签约项目12个。";
        assert_eq!(unweave(header.to_owned()), header);
        let two_cells = "项目名称          总投资\n\
新能源电池材料产业园项目          45亿元\n\
高端装备制造基地项目          18亿元";
        assert_eq!(unweave(two_cells.to_owned()), two_cells);
    }

    /// A line of the right column alone, or of the left alone, stays in its column; a line
    /// filling its column goes on in the next, one that stops short ends its paragraph.
    #[test]
    fn a_side_alone_stays_in_its_column() {
        let text = [
            "左栏第一行文字内容较长一些   右栏第一行文字内容较长一些",
            "左栏第二行文字内容较长一些   右栏第二行文字内容较长一些",
            "                             右栏第三行独自一行",
            "左栏第三行文字内容较长一些   右栏第四行文字内容较长一些",
        ]
        .join("\n");
        let out = unweave(text.to_owned());
        assert_eq!(
            out.split('\n').collect::<Vec<_>>(),
            [
                "左栏第一行文字内容较长一些左栏第二行文字内容较长一些左栏第三行文字内容较长一些",
                "",
                "右栏第一行文字内容较长一些右栏第二行文字内容较长一些右栏第三行独自一行",
                "右栏第四行文字内容较长一些",
            ]
        );
    }
}
