//! Display width of text in terminal columns, with the East Asian ambiguous-width setting.
//!
//! Wrapping and rendering must measure with the same function, or lines overflow by a cell per quote.

use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthStr;

/// How wide East Asian "ambiguous" characters (“ ” — … · ■) are drawn by the terminal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmbiguousWidth {
    /// One column: the Unicode default and what most terminals do.
    #[default]
    Narrow,
    /// Two columns: CJK-font terminals set to "wide".
    Wide,
}

impl AmbiguousWidth {
    /// From the user-facing setting `1` or `2`.
    pub fn from_columns(n: u8) -> Option<Self> {
        match n {
            1 => Some(AmbiguousWidth::Narrow),
            2 => Some(AmbiguousWidth::Wide),
            _ => None,
        }
    }

    /// Width of a string (best measured per grapheme cluster).
    pub fn width(self, s: &str) -> usize {
        match self {
            AmbiguousWidth::Narrow => s.width(),
            AmbiguousWidth::Wide => s.width_cjk(),
        }
    }
}
