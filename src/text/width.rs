//! Display width of text in terminal columns, with the East Asian ambiguous-width setting.
//!
//! Wrapping and rendering must measure with the same function, or lines overflow by a cell per quote.

use serde::{Deserialize, Serialize};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::ambiguous::AMBIGUOUS;

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
    ///
    /// Wide: unicode-width's East Asian width, plus one column for each ambiguous char it still
    /// counts as one (letters and modifier symbols such as é ü ω Ø): spec §12.5 measures every
    /// East_Asian_Width=A char as two, from the property itself.
    pub fn width(self, s: &str) -> usize {
        match self {
            AmbiguousWidth::Narrow => s.width(),
            AmbiguousWidth::Wide => {
                s.width_cjk()
                    + s.chars()
                        .filter(|&c| narrow_in_cjk_yet_ambiguous(c))
                        .count()
            }
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
            AmbiguousWidth::Narrow => c.width().unwrap_or(0),
            AmbiguousWidth::Wide if narrow_in_cjk_yet_ambiguous(c) => 2,
            AmbiguousWidth::Wide => c.width_cjk().unwrap_or(0),
        }
    }
}

/// Whether `c` has East_Asian_Width=A. Binary search over the generated ranges.
pub fn is_ambiguous(c: char) -> bool {
    let c = c as u32;
    AMBIGUOUS
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// An ambiguous char that `width_cjk` still measures as one column (the letters and modifier
/// symbols unicode-width exempts). Zero-width ambiguous chars (combining marks, variation
/// selectors) stay zero: they are drawn on the previous char.
fn narrow_in_cjk_yet_ambiguous(c: char) -> bool {
    // Below U+00A1 nothing is ambiguous; the bulk of the text returns here.
    (c as u32) >= 0xA1 && c.width_cjk() == Some(1) && is_ambiguous(c)
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

    #[test]
    fn wide_setting_makes_every_ambiguous_char_two_columns() {
        // §12.5: letters that `width_cjk` keeps at one column are ambiguous too.
        for c in ['é', 'ü', 'ω', 'Ø', 'α', 'я', '×', '²', '“', '■'] {
            assert!(is_ambiguous(c), "{c:?}");
            assert_eq!(AmbiguousWidth::Wide.width_char(c), 2, "{c:?}");
            assert_eq!(AmbiguousWidth::Wide.width(&c.to_string()), 2, "{c:?}");
            assert_eq!(AmbiguousWidth::Narrow.width_char(c), 1, "{c:?}");
        }
        assert_eq!(AmbiguousWidth::Wide.width("café"), 5);
        // Not ambiguous: ASCII, Latin letters without the property, ideographs.
        for c in ['e', 'ñ', 'ç', '中'] {
            assert!(!is_ambiguous(c), "{c:?}");
        }
        // Ambiguous but zero-width: a combining acute stays on its base.
        assert!(is_ambiguous('\u{301}'));
        assert_eq!(AmbiguousWidth::Wide.width("e\u{301}"), 1);
    }

    #[test]
    fn ambiguous_table_is_sorted_and_covers_what_width_cjk_widens() {
        assert!(AMBIGUOUS.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(AMBIGUOUS.iter().all(|&(lo, hi)| lo <= hi));
        // Every char unicode-width widens only in an East Asian context is in the table, or
        // widened for its line-break class AI (unicode-width's rule 6), or a negated relation
        // (`≮`, decomposing to an ambiguous char + U+0338).
        let missing: Vec<char> = (0..0x3_0000u32)
            .filter_map(char::from_u32)
            .filter(|&c| c.width() == Some(1) && c.width_cjk() == Some(2))
            .filter(|&c| !is_ambiguous(c))
            .filter(|&c| {
                unicode_linebreak::break_property(c as u32)
                    != unicode_linebreak::BreakClass::Ambiguous
            })
            .collect();
        assert!(missing.len() < 30, "not ambiguous: {missing:?}");
    }
}
