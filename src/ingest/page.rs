//! Page text → articles: the entry point of parsing.
//!
//! Two passes. [`super::classify`] gives every line a class from its shape and neighbours and
//! turns the lines into blocks (paragraphs rejoined across column breaks, credits, bylines,
//! labels, page furniture); [`super::assemble`] walks the blocks as a reader would and builds
//! the articles, settling what the short lines are. [`parse`] also returns every line's class and
//! rule (`dubao dump --explain`) and the furniture lines (header, footer) for the edition fields.

use crate::model::Page;

use super::assemble::assemble;
use super::classify::{classify, classify_in, Block, Class, Mark, PageLayout, Placed, Rule};
use super::shape::Line;
use super::year;

/// One input line as the parser read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInfo<'a> {
    /// 1-based line number in the page text.
    pub no: usize,
    pub class: Class,
    pub rule: Rule,
    /// The line as given (sanitised text), without its line ending.
    pub text: &'a str,
}

/// A parsed page with the classification of its lines.
#[derive(Debug, Clone)]
pub struct Parsed<'a> {
    pub page: Page,
    /// Every input line, in order, with its class and rule.
    pub lines: Vec<LineInfo<'a>>,
}

impl<'a> Parsed<'a> {
    /// The page furniture lines (header, footer, page credits, end marks), trimmed, in page
    /// order: the text of the page that belongs to no article, where the edition (paper, date,
    /// page number, section) is printed.
    pub fn furniture(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.lines
            .iter()
            .filter(|l| l.class == Class::Furniture)
            .map(|l| l.text.trim_matches(|c: char| c.is_whitespace()))
    }
}

/// Parses one decoded, sanitised page; `page_no` (1-based) prefixes the article ids.
pub fn parse_page(text: &str, source: &str, page_no: usize) -> Page {
    parse_page_in(text, source, page_no, None)
}

/// [`parse_page`] of one sheet of a file, its lines read by the file's `layout` (see
/// [`layout_of`]) when it holds too few to show its own.
pub(super) fn parse_page_in(
    text: &str,
    source: &str,
    page_no: usize,
    layout: Option<PageLayout>,
) -> Page {
    let lines = page_lines(text);
    let (page, _, _) = parse_lines(&lines, source, page_no, layout);
    page
}

/// Parses one page and keeps every line's class and the rule that decided it.
pub fn parse<'a>(text: &'a str, source: &str, page_no: usize) -> Parsed<'a> {
    parse_in(text, source, page_no, None)
}

/// The layout the lines of all `texts` show together: how the sheets of one file, parsed one
/// by one, are read ([`super::sheets`]).
pub(super) fn layout_of<'a>(texts: impl Iterator<Item = &'a str>) -> PageLayout {
    let shapes: Vec<Line<'a>> = texts.flat_map(raw_lines).map(Line::of).collect();
    PageLayout::of(&shapes)
}

/// [`parse`] of one sheet of a file, as [`parse_page_in`] reads it.
pub(super) fn parse_in<'a>(
    text: &'a str,
    source: &str,
    page_no: usize,
    layout: Option<PageLayout>,
) -> Parsed<'a> {
    let lines = page_lines(text);
    let (page, blocks, marks) = parse_lines(&lines, source, page_no, layout);
    let mut line_marks: Vec<Option<Mark>> = vec![None; lines.len()];
    // Each block's first line first: a paragraph that runs on past a running head
    // (`classify::text`) spans the head's line, which is the head's.
    for (b, mark) in blocks.iter().zip(&marks) {
        if let Some(slot) = line_marks.get_mut(b.first) {
            if slot.is_none() && !lines[b.first].raw.trim().is_empty() {
                *slot = Some(*mark);
            }
        }
    }
    for (b, mark) in blocks.iter().zip(&marks) {
        for (k, slot) in line_marks
            .iter_mut()
            .enumerate()
            .take(b.last + 1)
            .skip(b.first)
        {
            if slot.is_none() && !lines[k].raw.trim().is_empty() {
                *slot = Some(if k == b.first {
                    *mark
                } else {
                    b.tail.unwrap_or((mark.0, Rule::ColumnBreak))
                });
            }
        }
    }
    let lines = lines
        .iter()
        .zip(line_marks)
        .enumerate()
        .map(|(i, (line, mark))| {
            let (class, rule) = mark.unwrap_or((Class::Blank, Rule::Blank));
            LineInfo {
                no: i + 1,
                class,
                rule,
                text: line.raw,
            }
        })
        .collect();
    Parsed { page, lines }
}

/// The page of its lines, with the blocks and their final marks for [`parse`]'s explanation
/// (which [`parse_page`] does without).
fn parse_lines(
    lines: &[PageLine<'_>],
    source: &str,
    page_no: usize,
    layout: Option<PageLayout>,
) -> (Page, Vec<Placed>, Vec<Mark>) {
    let shapes: Vec<Line<'_>> = lines.iter().map(|l| l.shape).collect();
    let mut blocks = match layout {
        Some(file) => classify_in(&shapes, PageLayout::of_or(&shapes, file)),
        None => classify(&shapes),
    };
    let (mut articles, marks) = assemble(&mut blocks);
    let header_year = blocks.iter().find_map(|b| match &b.block {
        Block::Furniture(line) => year::header_year(line),
        _ => None,
    });
    super::edition::number_alone(&mut articles, page_no);
    let year = header_year.or_else(|| {
        year::body_year(
            articles
                .iter()
                .flat_map(|a| a.title.iter().chain(a.paragraphs.iter()))
                .map(String::as_str),
        )
    });
    let page = Page {
        source: source.to_owned(),
        year,
        paper: None,
        date: None,
        page_no: None,
        section: None,
        articles,
    };
    (page, blocks, marks)
}

/// A line of the page as given (without its line ending) and as classification reads it.
struct PageLine<'a> {
    raw: &'a str,
    shape: Line<'a>,
}

/// The lines of a page, each read once for classification. They are counted first (a SIMD
/// count) so the list is made once at its size rather than grown and copied.
fn page_lines(text: &str) -> Vec<PageLine<'_>> {
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    lines.extend(raw_lines(text).map(|raw| PageLine {
        raw,
        shape: Line::of(raw),
    }));
    lines
}

/// The lines of a page exactly as `str::lines` gives them (a `\r` before a `\n` dropped, no
/// empty line after a final `\n`), found with the memchr crate's SIMD search.
fn raw_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || match newlines.next() {
        Some(nl) => {
            let line = text.get(start..nl)?;
            start = nl + 1;
            Some(line.strip_suffix('\r').unwrap_or(line))
        }
        None => {
            let last = text.get(start..).filter(|l| !l.is_empty())?;
            start = text.len();
            Some(last)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::raw_lines;

    #[test]
    fn lines_as_str_lines_gives_them() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r",
            "a\rb\n\r",
            "\r\n\r",
            "中文\n\n　　第二段\r\n末",
        ] {
            assert_eq!(
                raw_lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }
}
