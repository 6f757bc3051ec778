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

use super::classify::number_in_dashes;
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

/// The page's text with each run of lines set in columns read column by column (see the
/// module docs). A page with no run of [`GAP`] spaces, nearly all, comes back as it was,
/// uncopied.
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
        let cut: Vec<Vec<Option<&str>>> = lines[run.start..run.end]
            .iter()
            .map(|line| split_at_columns(line, &run.columns))
            .collect();
        for k in 0..=run.columns.len() {
            if k > 0 {
                push_lines(&mut out, &[""]);
            }
            let side: Vec<&str> = cut.iter().filter_map(|pieces| pieces[k]).collect();
            push_lines(&mut out, &rejoin(&side));
        }
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

/// A run of lines read as columns: lines `start..end`, the second column and each after it
/// starting at the display columns `columns` (left to right).
#[derive(Debug, PartialEq)]
struct Run {
    start: usize,
    end: usize,
    columns: Vec<usize>,
}

/// Appends each line and a line break.
fn push_lines<S: AsRef<str>>(out: &mut String, lines: &[S]) {
    for line in lines {
        out.push_str(line.as_ref());
        out.push('\n');
    }
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

/// A gap in a line: the display columns where its spaces start and where the text after
/// them starts, and the same two places as byte offsets.
#[derive(Debug, Clone, Copy)]
struct Gap {
    /// Display column of the first char after the spaces.
    at: usize,
    /// Display column of the first space: how far the text before the gap reaches.
    reach: usize,
    /// Byte offset of the first space.
    from: usize,
    /// Byte offset of the first char after the spaces.
    to: usize,
}

/// The gaps of `min` or more spaces inside a line (leading spaces are no gap: a line of a
/// later column alone is read by [`right_only`]).
fn gaps(line: &str, min: usize) -> Vec<Gap> {
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
                    reach: w - (b - from),
                    from,
                    to: b,
                });
            }
        }
        w += char_width(c);
    }
    out
}

/// The display column a line's text starts at when it opens with a run of spaces: a line
/// of a later column alone.
fn right_only(line: &str) -> Option<usize> {
    let spaces = line.bytes().take_while(|&b| b == b' ').count();
    (spaces >= GAP && !is_blank(line)).then_some(spaces)
}

/// Whether a line holds nothing but spaces.
fn is_blank(line: &str) -> bool {
    line.trim_matches([' ', '\r', '\u{3000}']).is_empty()
}

/// Which of `columns` a display column is the start of, give or take [`SLACK`].
fn column_at(columns: &[usize], at: usize) -> Option<usize> {
    columns.iter().position(|c| c.abs_diff(at) <= SLACK)
}

/// What a line is in a run of columns starting at `columns`.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Fit {
    /// Every column with prose, each but the last filled to its edge.
    Paired,
    /// Text in more than one column.
    Both,
    /// One column only, or a blank line.
    One,
    /// A line that ends the run: its text crosses a column's edge, or a wide gap stands
    /// where no column starts.
    Breaks,
}

/// How `line` fits a run whose later columns start at `columns`.
fn fit(line: &str, columns: &[usize]) -> Fit {
    if is_blank(line) {
        return Fit::One;
    }
    let line = line.trim_end_matches([' ', '\r']);
    // A page number set under the columns (`7`, `－ 7 －`) is the page's, not a column's.
    if number_in_dashes(line).0 > 0 {
        return Fit::Breaks;
    }
    // Every gap of the line, read once: the wide ones must stand at a column's edge, and the
    // line is cut at those that do.
    let all = gaps(line, 1);
    if all
        .iter()
        .any(|g| g.to - g.from >= GAP && column_at(columns, g.at).is_none())
    {
        return Fit::Breaks;
    }
    // Where the line's text starts: a line of a later column alone opens with spaces.
    let (first, start) = match right_only(line) {
        Some(at) => match column_at(columns, at) {
            Some(k) => (k + 1, at),
            None => return Fit::Breaks,
        },
        None => (0, 0),
    };
    let at_columns: Vec<(usize, Gap)> = all
        .iter()
        .filter_map(|g| column_at(columns, g.at).map(|k| (k, *g)))
        .collect();
    // Each column edge the text passes has a gap at it; the last piece ends before the next
    // edge (a line of a title run across two columns ends the run).
    let end = text_width(line);
    let crosses = columns.iter().enumerate().skip(first).any(|(k, &c)| {
        start + SLACK < c && end + GAP > c + SLACK && !at_columns.iter().any(|(j, _)| *j == k)
    });
    if crosses {
        return Fit::Breaks;
    }
    let pieces = cut_at_gaps(line, columns, &all);
    let filled = at_columns.len() == columns.len()
        && first == 0
        && pieces
            .iter()
            .all(|p| p.is_some_and(|p| han_chars(p) >= MIN_SIDE_HAN))
        && at_columns.iter().all(|(_, g)| fills(g));
    if filled {
        Fit::Paired
    } else if at_columns.is_empty() {
        Fit::One
    } else {
        Fit::Both
    }
}

/// Whether the text before a gap reaches its column's edge: the next column starts where the
/// gap ends.
fn fills(g: &Gap) -> bool {
    g.reach + FILL_SLACK >= g.at
}

/// The runs of lines that read as columns: lines sharing the gaps' display columns, at least
/// [`MIN_PAIRED`] of them with prose in every column and each but the last filled, and no
/// line crossing a column's edge.
fn column_runs(lines: &[&str]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if paired_gaps(lines[i]).is_none() {
            i += 1;
            continue;
        }
        let columns = usual_columns(&lines[i..lines.len().min(i + LOOK_AHEAD)]);
        // The run takes the lines above its first paired one that fit it (the columns'
        // titles, bylines, a blank line under them), back to the end of the run before.
        let floor = runs
            .last()
            .map_or(0, |r: &Run| r.end)
            .max(i.saturating_sub(LOOK_AHEAD));
        let start = (floor..i)
            .rev()
            .take_while(|&k| fit(lines[k], &columns) != Fit::Breaks)
            .last()
            .map_or(i, |k| {
                k + lines[k..i].iter().take_while(|l| is_blank(l)).count()
            });
        let mut end = i;
        let mut paired = 0;
        // Just past the last line with text in a column after the first.
        let mut right_end = i;
        while end < lines.len() {
            match fit(lines[end], &columns) {
                Fit::Breaks => break,
                Fit::Paired => paired += 1,
                Fit::Both | Fit::One => {}
            }
            end += 1;
            if split_at_columns(lines[end - 1], &columns)[1..]
                .iter()
                .any(|p| p.is_some_and(|p| !p.is_empty()))
            {
                right_end = end;
            }
        }
        // The first column may run on alone under the others' end, but not past a blank
        // line: what follows it is the page's, read across the full width again.
        end = right_end
            + lines[right_end..end]
                .iter()
                .take_while(|l| !is_blank(l))
                .count();
        if paired >= MIN_PAIRED {
            runs.push(Run {
                start,
                end,
                columns,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    runs
}

/// The display columns the later columns of the paired lines among `lines` start at most
/// often: the number of columns most of them show, then for each column edge the place most
/// of them agree on, counting only lines whose text before it fills its column (a title's or
/// a byline's gap is as wide as the text is short, and converters place those less exactly);
/// any paired line's when none fills. `lines[0]` is paired.
fn usual_columns(lines: &[&str]) -> Vec<usize> {
    let paired: Vec<Vec<Gap>> = lines.iter().filter_map(|l| paired_gaps(l)).collect();
    let count = paired.iter().map(Vec::len).max_by_key(|&n| {
        // Most often, then the more columns.
        (paired.iter().filter(|p| p.len() == n).count(), n)
    });
    let Some(count) = count else {
        return Vec::new();
    };
    let same: Vec<&Vec<Gap>> = paired.iter().filter(|p| p.len() == count).collect();
    (0..count)
        .map(|k| {
            let filled: Vec<usize> = same
                .iter()
                .filter(|p| fills(&p[k]))
                .map(|p| p[k].at)
                .collect();
            let all: Vec<usize> = same.iter().map(|p| p[k].at).collect();
            most_common(if filled.is_empty() { &all } else { &filled })
        })
        .collect()
}

/// The value most common in `values`, the first of equals; 0 for none.
fn most_common(values: &[usize]) -> usize {
    let count = |v: &usize| values.iter().filter(|&x| x == v).count();
    let mut best = values.first().copied().unwrap_or(0);
    for v in values {
        if count(v) > count(&best) {
            best = *v;
        }
    }
    best
}

/// The wide gaps of a line holding two or more columns of prose, each piece between them
/// prose-long Chinese text.
fn paired_gaps(line: &str) -> Option<Vec<Gap>> {
    // Most lines of a page with a wide gap somewhere have none: turned down without a walk.
    if !has_wide_gap(line.as_bytes()) {
        return None;
    }
    let line = line.trim_end_matches([' ', '\r']);
    let gaps = gaps(line, GAP);
    let mut from = 0;
    for g in &gaps {
        if han_chars(&line[from..g.from]) < MIN_SIDE_HAN {
            return None;
        }
        from = g.to;
    }
    (!gaps.is_empty() && han_chars(&line[from..]) >= MIN_SIDE_HAN).then_some(gaps)
}

/// A line of a run cut into its columns' text, without the spaces between them or after
/// them: `None` for a column the line leaves empty, a blank in every column for a blank line.
/// A gap inside a column's text (a name spaced out) is no edge.
fn split_at_columns<'a>(line: &'a str, columns: &[usize]) -> Vec<Option<&'a str>> {
    let line = line.trim_end_matches([' ', '\r']);
    if is_blank(line) {
        return vec![Some(""); columns.len() + 1];
    }
    cut_at_gaps(line, columns, &gaps(line, 1))
}

/// [`split_at_columns`] of a line (trimmed at its end, not blank) whose gaps are `gaps`.
fn cut_at_gaps<'a>(line: &'a str, columns: &[usize], gaps: &[Gap]) -> Vec<Option<&'a str>> {
    let mut pieces = vec![None; columns.len() + 1];
    // The piece being read, and where its text starts.
    let (mut k, mut cursor) =
        match right_only(line).and_then(|at| Some((column_at(columns, at)?, at))) {
            Some((j, at)) => (j + 1, at),
            None => (0, 0),
        };
    for g in gaps {
        if g.from < cursor {
            continue;
        }
        if let Some(j) = column_at(columns, g.at).filter(|&j| j >= k) {
            pieces[k] = line.get(cursor..g.from).filter(|p| !p.is_empty());
            k = j + 1;
            cursor = g.to;
        }
    }
    pieces[k] = line.get(cursor..).filter(|p| !p.is_empty());
    pieces
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

    /// Three columns side by side, their titles above the first paired line and a page number
    /// under them: each column read in turn, the number left to the page.
    #[test]
    fn three_columns_read_one_after_another() {
        let text = [
            "　　　　　　天津日报   2026年3月12日   星期四   第7版",
            "",
            "滨海新区签约产业项目        武清开发区项目开工          宝坻科技城企业集聚",
            "",
            "本报讯　3月11日，天津滨海    本报讯　3月10日，武清经济    本报讯　记者从京津中关村",
            "高新区举行项目集中签约活    技术开发区氢能产业园开工    科技城获悉，新增注册企业",
            "动，12个项目总投资86亿元    ，总投资15亿元，建成后年    126家，其中科技型企业有",
            "。其中飞腾总部项目20亿元    产燃料电池系统1万套。      83家。",
            "",
            "                            7",
        ]
        .join("\n");
        let out = unweave(text.clone());
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(
            lines[2..],
            [
                "滨海新区签约产业项目",
                "",
                "本报讯　3月11日，天津滨海高新区举行项目集中签约活动，12个项目总投资86亿元。其中飞腾总部项目20亿元",
                "",
                "武清开发区项目开工",
                "",
                "本报讯　3月10日，武清经济技术开发区氢能产业园开工，总投资15亿元，建成后年产燃料电池系统1万套。",
                "",
                "宝坻科技城企业集聚",
                "",
                "本报讯　记者从京津中关村科技城获悉，新增注册企业126家，其中科技型企业有83家。",
                "",
                "                            7",
            ]
        );
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
