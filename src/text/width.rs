//! Display width of text in terminal columns, with the East Asian ambiguous-width setting.
//!
//! Wrapping and rendering must measure with the same function, or lines overflow by a cell per quote.

use serde::{Deserialize, Serialize};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

    /// Width of a character that forms a grapheme cluster on its own. Equal to [`Self::width`] of
    /// the one-char string for every printable character (tested); controls count 0 here, as the
    /// renderer never receives them (they are sanitised away). Exists because the wrapper measures
    /// thousands of clusters per resize and the char lookup skips the string machinery.
    #[inline]
    pub fn width_char(self, c: char) -> usize {
        // CJK Unified Ideographs are East_Asian_Width W and printable ASCII is Na in every
        // setting: skip the table lookup for the bulk of news text.
        match c {
            '\u{4E00}'..='\u{9FFF}' => return 2,
            '\u{20}'..='\u{7E}' => return 1,
            _ => {}
        }
        match self {
            AmbiguousWidth::Narrow => c.width(),
            AmbiguousWidth::Wide => c.width_cjk(),
        }
        .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setting_round_trips() {
        assert_eq!(
            AmbiguousWidth::from_columns(1),
            Some(AmbiguousWidth::Narrow)
        );
        assert_eq!(AmbiguousWidth::from_columns(2), Some(AmbiguousWidth::Wide));
        assert_eq!(AmbiguousWidth::from_columns(3), None);
    }

    #[test]
    fn ambiguous_quotes_differ_by_setting() {
        assert_eq!(AmbiguousWidth::Narrow.width("“中”"), 4);
        assert_eq!(AmbiguousWidth::Wide.width("“中”"), 6);
        assert_eq!(AmbiguousWidth::Narrow.width_char('—'), 1);
        assert_eq!(AmbiguousWidth::Wide.width_char('—'), 2);
    }
}
