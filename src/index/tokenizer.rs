//! The index's tokenizer: one token per char, in the search's folded form, so that any
//! substring of the text is a phrase of consecutive tokens; and, at the same position, one
//! token per pair of neighbouring chars.
//!
//! Chinese has no spaces to split words on, and the reader's search matches any run of
//! chars; indexing every char with its position answers exactly that (a single char is a
//! term, longer queries are phrases). The pairs make a query of two chars one term, and a
//! longer one a phrase of pairs half as long: a pair is far rarer than either of its chars,
//! so counting `经开区` reads the positions of `经开` and `开区` instead of those of every
//! `经`, `开` and `区` (the keystroke's cost over an archive; see [`super::counts`]).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::text::fold::fold_cow;

/// The name the tokenizer is registered under in the index.
pub const NAME: &str = "dubao_chars";

/// Splits text into its folded chars (Traditional → Simplified, full-width → ASCII, lower case).
#[derive(Clone, Default)]
pub struct FoldedChars;

/// The tokens of one text: its chars and their folded forms, folded once up front (the fold
/// needs neighbours for its few context rules, so it cannot run char by char). One token is
/// rewritten in place per step: a token per char with its own `String` cost an allocation and
/// a free per char indexed, a large part of indexing a page.
pub struct FoldedCharStream<'a> {
    text: &'a str,
    folded: Vec<char>,
    /// Byte offset of the next char in `text`, and its position (char number).
    from: usize,
    next: usize,
    /// The char token at `next - 1` was given, its pair with the next char not yet.
    pair_due: bool,
    token: Token,
}

impl Tokenizer for FoldedChars {
    type TokenStream<'a> = FoldedCharStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldedCharStream<'a> {
        FoldedCharStream {
            text,
            folded: index_form(text),
            from: 0,
            next: 0,
            pair_due: false,
            token: Token::default(),
        }
    }
}

/// The search's folded form of `text` ([`crate::text::fold::search_form`], char for char),
/// made for indexing: the fold borrows a Simplified text instead of copying it, and the
/// lower-casing skips the CJK block, whose chars have no case (looking each one up in the
/// case tables was a tenth of indexing a page).
pub fn index_form(text: &str) -> Vec<char> {
    let mut out = Vec::new();
    index_form_into(text, &mut out);
    out
}

/// [`index_form`] into `out` (emptied first): a scan folding segment after segment reuses one
/// buffer instead of allocating one per segment.
pub fn index_form_into(text: &str, out: &mut Vec<char>) {
    out.clear();
    let folded = fold_cow(text);
    out.extend(folded.chars().map(lower));
    // `fold` keeps the char count; guard anyway, as the search's form does.
    out.truncate(text.chars().count());
}

/// The first char of `c`'s lower case, as the search's form takes it.
#[inline]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if CASELESS.contains(&c) || PUNCTUATION.contains(&c) {
        c
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// CJK symbols and punctuation, kana, Bopomofo, Hangul jamo, CJK compatibility and the
/// unified ideographs (with extension A): no char here has a lower case (a test checks).
const CASELESS: std::ops::RangeInclusive<char> = '\u{3000}'..='\u{9fff}';

/// General Punctuation (dashes, curly quotes, the ellipsis, the em space): no char here has a
/// lower case either (a test checks), and Chinese text is full of them (`“”`, `——`, `…`).
const PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

impl TokenStream for FoldedCharStream<'_> {
    fn advance(&mut self) -> bool {
        if std::mem::take(&mut self.pair_due) {
            // The pair starting at the char just given, at its position.
            if let Some(&second) = self.folded.get(self.next) {
                self.token.text.push(second);
                self.token.position_length = 2;
                return true;
            }
        }
        let (Some(&f), Some(c)) = (
            self.folded.get(self.next),
            self.text.get(self.from..).and_then(|r| r.chars().next()),
        ) else {
            return false;
        };
        let t = &mut self.token;
        t.offset_from = self.from;
        t.offset_to = self.from + c.len_utf8();
        t.position = self.next;
        t.position_length = 1;
        t.text.clear();
        t.text.push(f);
        self.from = t.offset_to;
        self.next += 1;
        self.pair_due = true;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_folded_token_per_char_and_per_pair_with_positions() {
        let mut t = FoldedChars;
        let mut s = t.token_stream("經Ａ１ b");
        let mut got = Vec::new();
        while s.advance() {
            got.push((s.token().text.clone(), s.token().position));
        }
        let want: Vec<(String, usize)> = [
            ("经", 0),
            ("经a", 0),
            ("a", 1),
            ("a1", 1),
            ("1", 2),
            ("1 ", 2),
            (" ", 3),
            (" b", 3),
            ("b", 4),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_owned(), *b))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_caseless_block_has_no_lower_case() {
        for c in CASELESS.chain(PUNCTUATION) {
            assert_eq!(c.to_lowercase().collect::<Vec<_>>(), vec![c], "{c:?}");
        }
    }

    #[test]
    fn the_index_form_is_the_search_form() {
        for text in [
            "經濟技術開發區ＡＢＣ１２３ abc ÀÉÎ ΣΑΣ Ǆ İ 藉口看著計畫 ㎠ ｶ",
            "",
            "经开区\u{3000}投资",
        ] {
            assert_eq!(
                index_form(text),
                crate::text::fold::search_form(text),
                "{text}"
            );
        }
    }
}
