//! What a page's lines show of its layout as a whole (indented paragraphs, a wrap width), which
//! every line of it is read by.

use crate::ingest::shape::{uses_indentation, wrap_chars, wrap_width, Line};

/// What a page's lines show of its layout as a whole, which every line is read by: whether
/// paragraphs are indented, and the width it was hard-wrapped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::ingest) struct PageLayout {
    pub(super) indent_mode: bool,
    pub(super) wrap: Option<usize>,
    /// The count of chars it was hard-wrapped at, when it was cut by chars, not columns.
    pub(super) wrap_chars: Option<usize>,
}

impl PageLayout {
    pub(in crate::ingest) fn of(lines: &[Line<'_>]) -> PageLayout {
        PageLayout {
            indent_mode: uses_indentation(lines),
            wrap: wrap_width(lines),
            wrap_chars: wrap_chars(lines),
        }
    }

    /// The layout `lines` show, or `fallback` when they show none (no indentation, no wrap
    /// edge) and hold too few lines of text to tell: a sheet of a file of several
    /// ([`crate::ingest::sheets`]) with one short article on it is read by the layout of the whole
    /// file, a sheet that shows its own or is long enough to by its own.
    pub(in crate::ingest) fn of_or(lines: &[Line<'_>], fallback: PageLayout) -> PageLayout {
        let own = PageLayout::of(lines);
        if own.indent_mode || own.wrap.is_some() || own.wrap_chars.is_some() {
            return own;
        }
        let text_lines = lines
            .iter()
            .filter(|l| !l.text.is_empty() && !l.is_title_like())
            .take(LAYOUT_MIN_LINES)
            .count();
        if text_lines >= LAYOUT_MIN_LINES {
            own
        } else {
            fallback
        }
    }
}

/// The lines of text a sheet needs to be read by its own layout: [`uses_indentation`] wants
/// three indented paragraphs and [`wrap_width`] four lines at one edge, in a quarter of them.
const LAYOUT_MIN_LINES: usize = 8;
