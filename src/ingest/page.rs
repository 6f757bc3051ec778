//! Page text → articles: the entry point of parsing.
//!
//! Two passes. [`super::classify`] gives every line a class from its shape and neighbours and
//! turns the lines into blocks (paragraphs rejoined across column breaks, credits, bylines,
//! labels, page furniture); [`super::assemble`] walks the blocks as a reader would and builds
//! the articles, settling what the short lines are. [`parse`] also returns every line's class and
//! rule (`dubao dump --explain`) and the furniture lines (header, footer) for the edition fields.

use crate::model::Page;

use super::assemble::assemble;
use super::classify::{classify, Class, Mark, Rule};
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
    parse(text, source, page_no).page
}

/// Parses one page and keeps every line's class and the rule that decided it.
pub fn parse<'a>(text: &'a str, source: &str, page_no: usize) -> Parsed<'a> {
    let lines = page_lines(text);
    let blocks = classify(&lines);
    let (mut articles, marks) = assemble(&blocks);
    let header_year = blocks.iter().find_map(|b| match &b.block {
        super::classify::Block::Furniture(line) => year::header_year(line),
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
    let mut line_marks: Vec<Option<Mark>> = vec![None; lines.len()];
    for (b, mark) in blocks.iter().zip(&marks) {
        for (k, slot) in line_marks
            .iter_mut()
            .enumerate()
            .take(b.last + 1)
            .skip(b.first)
        {
            if slot.is_none() && !lines[k].trim().is_empty() {
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
        .map(|(i, (text, mark))| {
            let (class, rule) = mark.unwrap_or((Class::Blank, Rule::Blank));
            LineInfo {
                no: i + 1,
                class,
                rule,
                text,
            }
        })
        .collect();
    Parsed {
        page: Page {
            source: source.to_owned(),
            year,
            paper: None,
            date: None,
            page_no: None,
            section: None,
            articles,
        },
        lines,
    }
}

/// The lines of a page exactly as `str::lines` gives them (a `\r` before a `\n` dropped, no
/// empty line after a final `\n`), found with the memchr crate's SIMD search.
fn page_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let line = &text[start..nl];
        out.push(line.strip_suffix('\r').unwrap_or(line));
        start = nl + 1;
    }
    if let Some(last) = text.get(start..).filter(|l| !l.is_empty()) {
        out.push(last);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::page_lines;

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
                page_lines(text),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }
}
