//! A table's lines: its rows, with their cells apart by two or more spaces, a tab or ideographic
//! spaces, and the line that states its unit.
//!
//! A table typed in a word processor lines its cells up with ideographic spaces
//! (`太原经开区　　1286.5　　12.3`). Such a row is read, kept and shown with each run of them made a
//! two-space gap, the form [`is_table_row`] reads and the reader lines its columns up by (the
//! same width on screen): read as printed, the rows had been a title group.

use std::borrow::Cow;

use crate::ingest::shape::{is_table_row, more_chars_than, trim_pad, Line};
use crate::text::cells::{cells, is_figure};

/// The longest table row, in chars.
const TABLE_ROW_MAX_CHARS: usize = 100;

/// The longest unit line of a table, in chars.
const UNIT_LINE_MAX_CHARS: usize = 24;

const IDEOGRAPHIC_SPACE: char = '\u{3000}';

/// A line read as a table's row.
struct Row<'a> {
    /// The row as kept: its ideographic gaps made two spaces.
    text: Cow<'a, str>,
    /// Its gaps were ideographic spaces.
    ideographic: bool,
}

impl Row<'_> {
    /// Whether one of its cells is a figure.
    fn has_figures(&self) -> bool {
        cells(&self.text).iter().any(|c| is_figure(c.text))
    }
}

/// Line `k` read as a row, if it reads as one. A row is a few short cells: a longer line (most
/// of a page's paragraphs) is turned down on its length, which it was read with.
fn row<'a>(lines: &[Line<'a>], k: usize) -> Option<Row<'a>> {
    let l = lines
        .get(k)
        .filter(|l| l.kinds.chars <= TABLE_ROW_MAX_CHARS)?;
    // The line's gaps were found when it was read (see [`crate::ingest::kinds::Gaps`]).
    let gaps = l.gaps;
    if !gaps.ideographic {
        return (gaps.spaces && is_table_row(l.text)).then_some(Row {
            text: Cow::Borrowed(l.text),
            ideographic: false,
        });
    }
    let text = gapped(l.text);
    is_table_row(&text).then_some(Row {
        text: Cow::Owned(text),
        ideographic: true,
    })
}

/// `line` (trimmed) with each run of spaces that holds an ideographic space made a two-space
/// gap; its other runs (a gap of ASCII spaces, the single space of `Mate 60`) as they were.
fn gapped(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    // Where the text not yet copied starts, and the run of spaces being walked, if any: where
    // it starts and whether it holds an ideographic space.
    let mut copied = 0;
    let mut run: Option<(usize, bool)> = None;
    for (i, c) in line.char_indices() {
        let space = c == ' ' || c == IDEOGRAPHIC_SPACE;
        match (space, run) {
            (true, None) => run = Some((i, c == IDEOGRAPHIC_SPACE)),
            (true, Some((at, ideographic))) => run = Some((at, ideographic || c != ' ')),
            (false, Some((at, true))) => {
                out.push_str(&line[copied..at]);
                out.push_str("  ");
                copied = i;
                run = None;
            }
            (false, Some((_, false))) => run = None,
            (false, None) => {}
        }
    }
    out.push_str(&line[copied..]);
    out
}

/// Line `no` as a row of a table, if it is one: it reads as one and so does the line above or
/// below it (a lone line with wide gaps is more likely spacing than a table). A row apart by
/// ideographic spaces also needs a figure in it or in a row next to it: a headline in parts
/// (`稳增长　促改革　惠民生`) or a page's credits (`一审：张三　二审：李四　三审：王五`) hold none.
pub(super) fn table_row<'a>(lines: &[Line<'a>], no: usize) -> Option<Cow<'a, str>> {
    let this = row(lines, no)?;
    let around = [
        no.checked_sub(1).and_then(|k| row(lines, k)),
        row(lines, no + 1),
    ];
    let figures = || this.has_figures() || around.iter().flatten().any(Row::has_figures);
    let in_table = around.iter().any(Option::is_some) && (!this.ideographic || figures());
    in_table.then_some(this.text)
}

/// Whether line `no` is a table's unit line right above or below its rows ([`is_unit_line`]).
pub(super) fn states_units(lines: &[Line<'_>], no: usize) -> bool {
    lines
        .get(no)
        .is_some_and(|l| l.kinds.chars <= UNIT_LINE_MAX_CHARS && is_unit_line(l.text))
        && (table_row(lines, no + 1).is_some()
            || no
                .checked_sub(1)
                .is_some_and(|k| table_row(lines, k).is_some()))
}

/// Whether a line states a table's unit (`单位：亿元`, `（金额单位：万元）`, `计量单位: 个`): short,
/// and opening with a unit label. Read as a line of text it was a title, and split the table
/// from its article.
fn is_unit_line(line: &str) -> bool {
    const LABELS: [&str; 4] = ["单位", "金额单位", "计量单位", "数据单位"];
    let line = trim_pad(line);
    let inner = line.strip_prefix(['（', '(']).unwrap_or(line);
    // The labels first: most short lines open with none, and are not counted.
    LABELS.iter().any(|l| {
        inner
            .strip_prefix(l)
            .is_some_and(|rest| rest.starts_with(['：', ':']))
    }) && !more_chars_than(line, UNIT_LINE_MAX_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(page: &str) -> Vec<Line<'_>> {
        page.lines().map(Line::of).collect()
    }

    fn rows(page: &str) -> Vec<Option<String>> {
        let ls = lines(page);
        (0..ls.len())
            .map(|k| table_row(&ls, k).map(String::from))
            .collect()
    }

    /// A notice's list names companies in full: a cell of 24 chars is a name, not a sentence,
    /// and its row stays a row rather than swallowing the row under it.
    #[test]
    fn a_long_company_name_is_a_cell() {
        let page = "1　　GR2025001　　合肥汇通控股股份有限公司　　肥西县\n2　　GR2025002　　安徽巢湖经济开发区诚信建设投资（集团）有限公司　　巢湖经开区\n3　　GR2025003　　芜湖美的智能厨电制造有限公司　　三山经开区";
        assert!(rows(page).iter().all(Option::is_some), "{:?}", rows(page));
        // A long piece written as a clause is no cell.
        let prose = "园区今年签约项目  其中制造业项目占比超过七成，总投资额同比增长百分之二十  12";
        assert!(rows(&format!("{prose}\n{prose}"))
            .iter()
            .all(Option::is_none));
    }

    #[test]
    fn ideographic_gaps_in_a_table_become_gaps() {
        let page = "开发区　　营业收入　　增速（%）\n太原经开区　　1286.5　　12.3\n　　运城经开区　612.0　8.1\n　　数据显示，太原经开区　营收领跑。";
        assert_eq!(
            rows(page),
            [
                Some("开发区  营业收入  增速（%）".into()),
                Some("太原经开区  1286.5  12.3".into()),
                Some("运城经开区  612.0  8.1".into()),
                None
            ]
        );
    }

    #[test]
    fn a_header_with_both_kinds_of_gap_joins_its_rows() {
        assert_eq!(
            rows("开发区  营业收入　　增速\n太原经开区  1286.5  12.3\n华为 Mate 60　　12.0"),
            [
                Some("开发区  营业收入  增速".into()),
                Some("太原经开区  1286.5  12.3".into()),
                Some("华为 Mate 60  12.0".into()),
            ]
        );
    }

    #[test]
    fn ideographic_spaces_outside_a_table_are_no_gaps() {
        for page in [
            "稳增长　促改革　惠民生\n奋进新征程　建功新时代",
            "主编　张三　李四\n责编　王五　赵六",
            "一审：张三　二审：李四　三审：王五\n本版摄影：张三　李四",
            "太原经开区　　1286.5　　12.3",
            "　　第一段。　　第二段。\n　　第三段。",
            "记者　王强　　摄\n2025年　　12月",
        ] {
            assert!(rows(page).iter().all(Option::is_none), "{page}");
        }
    }

    #[test]
    fn unit_lines() {
        for line in [
            "单位：亿元",
            "（金额单位：万元）",
            "计量单位: 个",
            "　单位：%",
        ] {
            assert!(is_unit_line(line), "{line}");
        }
        for line in [
            "单位",
            "单位负责人：张三",
            "单位：亿元，增速按可比价格计算，数据来源于省统计局季度统计报告",
            "各单位：",
        ] {
            assert!(!is_unit_line(line), "{line}");
        }
        let ls = lines("单位：亿元\n太原经开区  1286.5\n运城经开区  612.0\n单位：亿元");
        assert!(states_units(&ls, 0) && states_units(&ls, 3));
        assert!(!states_units(&lines("单位：亿元\n　　正文。"), 0));
    }
}
