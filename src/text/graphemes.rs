//! Grapheme clusters (UAX #29) with a fast path for the characters of Chinese news text.
//!
//! The wrapper segments every paragraph on every resize. Nearly all of its characters (Han, CJK
//! and ASCII punctuation, Latin, digits) have Grapheme_Cluster_Break = Other, and between two
//! such characters UAX #29 always breaks (GB999). Deciding that with two range checks is several
//! times cheaper than the general state machine, which still handles everything else.

use unicode_segmentation::UnicodeSegmentation;

/// Characters known to have Grapheme_Cluster_Break = Other (no Extend, ZWJ, SpacingMark,
/// Prepend, Control, regional indicator or Hangul jamo among them). Ranges with exceptions are
/// split around them (U+00AD is Control, U+302A–302F, U+3099–309A, U+FF9E–FF9F are Extend).
#[inline]
pub fn is_simple(c: char) -> bool {
    // The two ranges that make up almost all news text are tested first.
    if matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{20}'..='\u{7E}') {
        return true;
    }
    matches!(c,
        '\u{20}'..='\u{7E}'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{2FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2100}'..='\u{2BFF}'
        | '\u{2E00}'..='\u{2E7F}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{3098}'
        | '\u{309B}'..='\u{30FF}'
        | '\u{3105}'..='\u{312F}'
        | '\u{3190}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF01}'..='\u{FF9D}'
        | '\u{FFE0}'..='\u{FFEE}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// The grapheme cluster starting at byte `start`, which must be a cluster boundary (empty if
/// `start` is not a char boundary or is the end). Out of line: it is the rare, slow path.
#[cold]
#[inline(never)]
pub fn cluster_at(text: &str, start: usize) -> &str {
    // UAX #29 never looks back past a cluster boundary, so segmenting the rest from `start`
    // gives the same cluster as segmenting the whole text.
    let rest = text.get(start..).unwrap_or_default();
    rest.graphemes(true).next().unwrap_or(rest)
}

/// One grapheme cluster and what the wrapper needs to know about it without re-decoding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grapheme<'a> {
    /// Byte offset in the text.
    pub byte: usize,
    pub text: &'a str,
    /// Its first code point (its line-break class is that of this one, UAX #14 LB9).
    pub first: char,
    /// The cluster is `first` alone and [`is_simple`] (fast width and class lookups apply).
    pub simple: bool,
}

/// Extended grapheme clusters of `text`, exactly as `text.grapheme_indices(true)` yields them.
pub fn clusters(text: &str) -> Clusters<'_> {
    let mut chars = text.char_indices();
    let ahead = chars.next().map(|(i, c)| (i, c, is_simple(c)));
    Clusters { text, chars, ahead }
}

/// Iterator returned by [`clusters`]: decodes each char once and classifies it once, keeping one
/// char of look-ahead (a cluster ends before a simple char that follows a simple char).
#[derive(Debug, Clone)]
pub struct Clusters<'a> {
    text: &'a str,
    chars: std::str::CharIndices<'a>,
    /// The next char, with its [`is_simple`] already computed.
    ahead: Option<(usize, char, bool)>,
}

impl<'a> Iterator for Clusters<'a> {
    type Item = Grapheme<'a>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let (start, first, first_simple) = self.ahead?;
        self.ahead = self.chars.next().map(|(i, c)| (i, c, is_simple(c)));
        let next_start = self.ahead.map_or(self.text.len(), |(i, _, _)| i);
        if first_simple && self.ahead.is_none_or(|(_, _, simple)| simple) {
            return Some(Grapheme {
                byte: start,
                text: self.text.get(start..next_start).unwrap_or_default(),
                first,
                simple: true,
            });
        }
        Some(self.complex(start, first))
    }
}

impl<'a> Clusters<'a> {
    /// The general case, kept out of line so that the fast path above stays small enough to
    /// inline into the wrapper's loop.
    fn complex(&mut self, start: usize, first: char) -> Grapheme<'a> {
        let len = cluster_at(self.text, start).len();
        let end = start + len;
        while self.ahead.is_some_and(|(i, _, _)| i < end) {
            self.ahead = self.chars.next().map(|(i, c)| (i, c, is_simple(c)));
        }
        Grapheme {
            byte: start,
            text: self.text.get(start..end).unwrap_or_default(),
            first,
            simple: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::AmbiguousWidth;

    fn same_as_segmentation(s: &str) {
        let fast: Vec<_> = clusters(s).map(|g| (g.byte, g.text)).collect();
        let slow: Vec<_> = s.grapheme_indices(true).collect();
        assert_eq!(fast, slow, "{s:?}");
    }

    #[test]
    fn agrees_with_unicode_segmentation() {
        for s in [
            "",
            "科学导报讯 近日，兴县瓦塘镇“山西中润”A356.2合金锭……",
            "e\u{301}t\u{e9} 👨\u{200d}👩\u{200d}👧 🇨🇳🇯🇵 “\u{fe01}中”",
            "\r\n中\n\r文\u{ad}字\u{3099}か\u{3099}ｶﾞ한국어ᄀᄀ가",
            "\u{a0}\u{200b}x\u{200d}y\u{feff}क्षि",
            " \u{301}中\u{20dd}★\u{fe0f}",
        ] {
            same_as_segmentation(s);
        }
    }

    #[test]
    fn simple_chars_are_their_own_cluster_and_measure_alike() {
        // Every simple char next to a Han char or space forms a cluster alone, and its char width
        // equals the string width the renderer uses.
        let ranges = [
            (0x20u32, 0x2FF),
            (0x2010, 0x2BFF),
            (0x2E00, 0x4DBF),
            (0xF900, 0xFFEE),
        ];
        for (lo, hi) in ranges {
            for c in (lo..=hi)
                .filter_map(char::from_u32)
                .filter(|&c| is_simple(c))
            {
                for s in [format!("{c}中"), format!("中{c}"), format!("{c} ")] {
                    same_as_segmentation(&s);
                }
                let s = c.to_string();
                for amb in [AmbiguousWidth::Narrow, AmbiguousWidth::Wide] {
                    assert_eq!(amb.width_char(c), amb.width(&s), "{c:?}");
                }
            }
        }
    }
}
