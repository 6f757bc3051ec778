//! Chinese line breaking (see `docs/line-breaking.md`).
//!
//! PLACEHOLDER: greedy per-character fill with no prohibition rules; the real implementation
//! replaces this module.

use std::ops::Range;

use super::AmbiguousWidth;

/// One wrapped line and the character range of the paragraph it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedLine {
    pub text: String,
    /// Character (not byte) offsets into the source paragraph.
    pub range: Range<usize>,
}

/// Wraps one paragraph to `width` columns.
pub fn wrap(text: &str, width: usize, amb: AmbiguousWidth) -> Vec<WrappedLine> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut w = 0;
    for (i, c) in text.chars().enumerate() {
        let cw = amb.width(c.encode_utf8(&mut [0; 4]));
        if w + cw > width && !cur.is_empty() {
            lines.push(WrappedLine {
                text: std::mem::take(&mut cur),
                range: start..i,
            });
            start = i;
            w = 0;
        }
        cur.push(c);
        w += cw;
    }
    let end = text.chars().count();
    if !cur.is_empty() || lines.is_empty() {
        lines.push(WrappedLine {
            text: cur,
            range: start..end,
        });
    }
    lines
}
