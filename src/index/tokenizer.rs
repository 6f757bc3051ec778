//! The index's tokenizer: one token per char, in the search's folded form, so that any
//! substring of the text is a phrase of consecutive tokens.
//!
//! Chinese has no spaces to split words on, and the reader's search matches any run of
//! chars; indexing every char with its position answers exactly that (a single char is a
//! term, longer queries are phrases).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::text::fold::search_form;

/// The name the tokenizer is registered under in the index.
pub const NAME: &str = "dubao_chars";

/// Splits text into its folded chars (Traditional → Simplified, full-width → ASCII, lower case).
#[derive(Clone, Default)]
pub struct FoldedChars;

/// The tokens of one text, folded once up front (the fold needs neighbours for its few context
/// rules, so it cannot run char by char).
pub struct FoldedCharStream {
    tokens: Vec<Token>,
    next: usize,
    token: Token,
}

impl Tokenizer for FoldedChars {
    type TokenStream<'a> = FoldedCharStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldedCharStream {
        let folded = search_form(text);
        let tokens = text
            .char_indices()
            .zip(folded)
            .enumerate()
            .map(|(position, ((from, c), f))| Token {
                offset_from: from,
                offset_to: from + c.len_utf8(),
                position,
                text: f.to_string(),
                position_length: 1,
            })
            .collect();
        FoldedCharStream {
            tokens,
            next: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for FoldedCharStream {
    fn advance(&mut self) -> bool {
        match self.tokens.get_mut(self.next) {
            Some(t) => {
                self.token = std::mem::take(t);
                self.next += 1;
                true
            }
            None => false,
        }
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
    fn one_folded_token_per_char_with_positions() {
        let mut t = FoldedChars;
        let mut s = t.token_stream("經Ａ１ b");
        let mut got = Vec::new();
        while s.advance() {
            got.push((s.token().text.clone(), s.token().position));
        }
        let want: Vec<(String, usize)> = [("经", 0), ("a", 1), ("1", 2), (" ", 3), ("b", 4)]
            .iter()
            .map(|(a, b)| ((*a).to_owned(), *b))
            .collect();
        assert_eq!(got, want);
    }
}
