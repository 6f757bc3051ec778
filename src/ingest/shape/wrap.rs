//! Where a hard-wrapped page's lines were cut: the width (in columns) or the count of chars
//! many of its lines reach, which a line of a paragraph reaches and a title does not.

use super::{is_spread, Line};

/// How far short of the wrap width a wrapped line may stop: a wide char or a number that did
/// not fit moves to the next line.
pub(in crate::ingest) const WRAP_SLACK: usize = 3;

/// The width a hard-wrapped page was cut at, when it was: many lines reach (nearly) the same
/// right edge. Pages with one line per paragraph have no such edge.
///
/// The widths are read from the lines on each pass (they were measured with them), not
/// collected into a list grown line by line.
pub(in crate::ingest) fn wrap_width<'a>(lines: &[Line<'a>]) -> Option<usize> {
    let widest = lines.iter().max_by_key(|l| l.reach())?;
    // A header or footer a PDF converter spread across the page is wider than its text: when
    // the widest line is one, such lines are left out (asked only then, it costs other pages
    // nothing).
    let spread = is_spread(widest.text);
    let edge = |measure: fn(&Line<'a>) -> usize| {
        edge_of(
            lines
                .iter()
                .filter(|l| !spread || !is_spread(l.text))
                .map(measure),
        )
    };
    // The edge lines reach with their indents, as a converter cuts a column; else the edge
    // their text reaches, as a page typed with its indents added to full lines shows it.
    // (Without an indented line the two are the same, and the second is not asked.)
    edge(Line::reach).or_else(|| {
        lines
            .iter()
            .any(|l| l.indent > 0)
            .then(|| edge(|l| l.kinds.width))
            .flatten()
    })
}

/// The count of chars a page was hard-wrapped at, when a converter cut its lines at a number of
/// chars rather than of columns (`…总投资45亿元，由隆基` is 20 chars but 35 columns, a line of
/// Han 40): the count most lines hold exactly, at least half of them, which few lines pass (a
/// header or a footer set wider: [`LONGER_MAX`], or a tenth of the lines). Read by width, a line with digits or Latin in it stops
/// short of the edge, and a paragraph broken there had become a title over its last line.
pub(in crate::ingest) fn wrap_chars(lines: &[Line<'_>]) -> Option<usize> {
    let mut counts: Vec<usize> = lines
        .iter()
        .map(Line::reach_chars)
        .filter(|&n| n > WRAP_CHARS_MIN)
        .collect();
    counts.sort_unstable();
    let total = counts.len();
    // The most common count (the longer of two as common), from runs of the sorted counts.
    let (edge, at_edge) = counts
        .chunk_by(|a, b| a == b)
        .map(|run| (run[0], run.len()))
        .max_by_key(|&(n, k)| (k, n))?;
    let past = total - counts.partition_point(|&n| n <= edge);
    (at_edge >= 4 && at_edge * 2 >= total && past <= LONGER_MAX.max(total / 10)).then_some(edge)
}

/// Lines that may hold more chars than the count, however few the page's lines: a header and
/// a footer set wider than the text.
const LONGER_MAX: usize = 2;

/// Lines of at most this many chars say nothing of a wrap: titles, bylines, a paragraph's end.
const WRAP_CHARS_MIN: usize = 10;

/// The right edge many of `widths` reach, if they do (see [`wrap_width`]).
fn edge_of(widths: impl Iterator<Item = usize> + Clone) -> Option<usize> {
    let widths = widths.filter(|&w| w > 10);
    let max = widths.clone().max()?;
    let at_edge = widths.clone().filter(|&w| w + WRAP_SLACK >= max).count();
    (at_edge >= 4 && at_edge * 4 >= widths.count()).then_some(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.split('\n').map(Line::of).collect()
    }

    /// Lines cut every 12 chars, digits among them, under a wider header: the count is 12,
    /// though the lines' widths differ; prose of one line a paragraph shows no count.
    #[test]
    fn a_page_cut_at_a_count_of_chars() {
        let page = lines(
            "某某日报　2026年3月10日　星期二　第3版\n\n　　本报讯　3月9日，石\n嘴山经济技术开发区202\n6年第一批8个重点项目集\n中开工，总投资约46.5\n亿元，涉及新材料领域。\n　　其中，某某公司年产1\n0万吨项目总投资12.6\n亿元。",
        );
        assert_eq!(wrap_chars(&page), Some(12));
        let prose = lines("　　本报讯　3月9日，石嘴山经济技术开发区开工。\n　　其中，某某公司年产10万吨项目总投资12.6亿元，建成后年产值可达18亿元。");
        assert_eq!(wrap_chars(&prose), None);
    }
}
