//! Mastheads: a paper's name over or under its header line, an outlet's over an app's date
//! line, a company's letterhead over a press release's label. Each is a short title-like line
//! that says whose page it is, and is furniture rather than the first article's kicker.

use super::{Block, Class, Placed, Rule};
use crate::ingest::shape::Line;
use crate::ingest::web_chrome;

/// A company's name alone on the line over a press release's label (`新闻稿`, `即时发布`) is
/// its letterhead: the release's masthead, not the kicker of its headline.
pub(super) fn mark_letterhead(blocks: &mut [Placed], lines: &[Line<'_>]) {
    mark_last_masthead(blocks, lines, web_chrome::is_letterhead);
}

/// An outlet's name alone right over an app's or site's date line with its time (`澎湃新闻` over
/// `2025-12-21 18:42 来自上海`, under the headline) is the outlet the copy came from: furniture,
/// as a masthead is, not a subtitle.
pub(super) fn mark_outlet_over(blocks: &mut [Placed], lines: &[Line<'_>], header: &str) {
    mark_last_masthead(blocks, lines, |line| {
        crate::ingest::edition::outlet_over(line, header)
    });
}

/// Makes the last block a masthead when it is one title line that `is_masthead` says is one.
fn mark_last_masthead(
    blocks: &mut [Placed],
    lines: &[Line<'_>],
    is_masthead: impl Fn(&str) -> bool,
) {
    let Some(b) = blocks.last_mut() else {
        return;
    };
    let Some(line) = lines.get(b.first).map(|l| l.text) else {
        return;
    };
    let title_line = b.first == b.last
        && matches!(&b.block, Block::Text(tb) if tb.title_like && tb.dateline.is_none());
    if title_line && is_masthead(line) {
        b.block = Block::Furniture(line.to_owned());
        b.mark = (Class::Furniture, Rule::Masthead);
    }
}

/// The paper's name alone on the page's first line (`经济日报`), right above or below the page's
/// header line, is its masthead: furniture, not the kicker of the first article. Papers print
/// their name big over the date line and a text dump keeps it as a line of its own; the edition
/// reads the paper from it ([`crate::ingest::edition::masthead`]).
pub(super) fn mark_masthead(blocks: &mut [Placed], lines: &[Line<'_>]) {
    let is_header = |p: &Placed| p.mark == (Class::Furniture, Rule::PageHeader);
    // `四川日报` over `SICHUAN DAILY` over the header: the name in Latin letters is the
    // masthead's too.
    let english = |p: &Placed| {
        p.first == p.last
            && lines
                .get(p.first)
                .is_some_and(|l| crate::ingest::edition::is_english_name(l.text))
    };
    let (at, header_at) = match blocks {
        [_, second, ..] if is_header(second) => (0, 1),
        [first, _, ..] if is_header(first) => (1, 0),
        [_, second, third, ..] if english(second) && is_header(third) => (0, 2),
        _ => return,
    };
    let Some(header) = blocks.get(header_at).and_then(|b| lines.get(b.first)) else {
        return;
    };
    let header = header.text;
    let Some(placed) = blocks.get_mut(at) else {
        return;
    };
    let Some(line) = lines.get(placed.first).map(|l| l.text) else {
        return;
    };
    let one_title_line = placed.first == placed.last
        && matches!(&placed.block, Block::Text(tb) if tb.title_like && tb.dateline.is_none());
    let masthead = if at == 0 {
        crate::ingest::edition::masthead_over(line, header)
    } else {
        crate::ingest::edition::masthead(line)
    };
    if one_title_line && masthead.is_some() {
        placed.block = Block::Furniture(line.to_owned());
        placed.mark = (Class::Furniture, Rule::Masthead);
        if header_at == 2 {
            if let Some(name) = blocks.get_mut(1) {
                if let Some(text) = lines.get(name.first).map(|l| l.text) {
                    name.block = Block::Furniture(text.to_owned());
                    name.mark = (Class::Furniture, Rule::Masthead);
                }
            }
        }
    }
}
