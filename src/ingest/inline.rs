//! Inline paragraphs: one line holding several paragraphs, each after `　　` (two U+3000)
//! that follows a finished sentence (`inline-paragraph` in [`super::classify`]).

use super::shape::{is_pad, is_unfinished};

/// Splits a line at the first `　　` that follows a finished sentence: (this paragraph, the rest).
pub(super) fn next_inline_paragraph(line: &str) -> (&str, &str) {
    const SEP: &str = "\u{3000}\u{3000}";
    let mut from = 0;
    while let Some(at) = find_sep(line, from) {
        let before = line[..at].trim_end_matches(is_pad);
        if !before.is_empty() && !is_unfinished(before) {
            return (before, line[at..].trim_start_matches(is_pad));
        }
        from = at + SEP.len();
    }
    (line, "")
}

/// The byte offset of the first `　　` (two U+3000) at or after `from`: one SIMD substring
/// search built once (`memchr::memmem`), rather than a searcher built for every line, or a char
/// search for U+3000, whose last byte (`80`) is in most Chinese chars.
fn find_sep(line: &str, from: usize) -> Option<usize> {
    static SEP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{3000}\u{3000}"));
    Some(from + SEP.find(line.as_bytes().get(from..)?)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_paragraphs_split_after_a_finished_sentence() {
        let line = "第一段。\u{3000}\u{3000}第二段，还有。\u{3000}\u{3000}第三段";
        let (a, rest) = next_inline_paragraph(line);
        assert_eq!(a, "第一段。");
        let (b, rest) = next_inline_paragraph(rest);
        assert_eq!(b, "第二段，还有。");
        assert_eq!(next_inline_paragraph(rest), ("第三段", ""));
        // A title with two spaces inside stays one line.
        assert_eq!(
            next_inline_paragraph("加快发展\u{3000}\u{3000}扎实推进"),
            ("加快发展\u{3000}\u{3000}扎实推进", "")
        );
    }

    /// The byte scan finds what a substring search finds, from every char boundary.
    #[test]
    fn the_separator_is_found_as_a_substring_search_finds_it() {
        for line in [
            "",
            "\u{3000}",
            "\u{3000}\u{3000}",
            "a\u{3000}b\u{3000}\u{3000}\u{3000}c",
            "第一段。\u{3000}\u{3000}第二段\u{3000}",
            "\u{3000}x\u{3000}\u{3000}",
        ] {
            for (from, _) in line.char_indices().chain([(line.len(), ' ')]) {
                let expected = line[from..].find("\u{3000}\u{3000}").map(|i| i + from);
                assert_eq!(find_sep(line, from), expected, "{line:?} {from}");
            }
        }
    }
}
