//! One text of an article prepared for the rules ([`Seg`]): its printed and folded chars and
//! jieba's words ([`Tok`]), whose parts of speech ([`Pos`]) are tagged only when a rule asks.
//! Separate from the [`Extractor`] that builds it, since every rule reads a `Seg` and none
//! needs the extractor's loading.

use super::{charset, wordtags, Extractor};
use crate::model::Location;

/// A jieba word in char offsets. Its part of speech is looked up only when a rule asks (see
/// [`Seg::pos`]): tagging every word costs jieba as much again as cutting the text, and the
/// rules ask about a few words per paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pos: std::cell::OnceCell<Pos>,
}

impl Tok {
    pub(super) fn new(start: usize, end: usize) -> Tok {
        Tok {
            start,
            end,
            pos: std::cell::OnceCell::new(),
        }
    }
}

/// The parts of speech the rules use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    PersonName,
    PlaceName,
    OrgName,
    OtherProper,
    Noun,
    Verb,
    Other,
}

impl Pos {
    pub(super) fn from_tag(tag: &str) -> Pos {
        match tag {
            "nr" | "nrfg" | "nrt" => Pos::PersonName,
            "ns" => Pos::PlaceName,
            "nt" => Pos::OrgName,
            "nz" => Pos::OtherProper,
            t if t.starts_with('n') => Pos::Noun,
            "v" | "vd" | "vg" => Pos::Verb,
            _ => Pos::Other,
        }
    }
}

/// Where a text of the article sits, for the fact's `paragraph` / `where`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Paragraph(usize),
    Elsewhere(Location),
}

/// One text of an article prepared for the rules: original and folded chars, jieba words.
pub struct Seg<'e> {
    pub orig: Vec<char>,
    pub f: Vec<char>,
    pub toks: Vec<Tok>,
    pub place: Place,
    pub(super) ex: &'e Extractor,
}

impl Seg<'_> {
    /// The part of speech of word `k`, tagged on first use and remembered.
    pub fn pos(&self, k: usize) -> Pos {
        let Some(t) = self.toks.get(k) else {
            return Pos::Other;
        };
        *t.pos.get_or_init(|| {
            let chars = self.f.get(t.start..t.end).unwrap_or_default();
            wordtags::pos(chars, || {
                let word: String = chars.iter().collect();
                self.ex.word_pos(&word)
            })
        })
    }

    /// Whether word `k` spans exactly `start..end` and is tagged `pos`.
    pub fn word_is(&self, start: usize, end: usize, pos: Pos) -> bool {
        self.word_at(start, end).is_some_and(|k| self.pos(k) == pos)
    }

    /// The original text of a span, as printed.
    pub fn text(&self, start: usize, end: usize) -> String {
        charset::text_between(&self.orig, start, end)
    }

    /// The folded text of a span.
    pub fn folded(&self, start: usize, end: usize) -> String {
        charset::text_between(&self.f, start, end)
    }

    /// The index of the word containing char `i`.
    pub fn tok_at(&self, i: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.end <= i);
        self.toks.get(k).filter(|t| t.start <= i).map(|_| k)
    }

    /// Whether jieba reads `start..end` as one word (`is_word(i, i + 1)`: char `i` is a word of
    /// its own).
    pub fn is_word(&self, start: usize, end: usize) -> bool {
        self.word_at(start, end).is_some()
    }

    /// The index of jieba's word spanning exactly `start..end`, if it reads one there.
    fn word_at(&self, start: usize, end: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.end <= start);
        self.toks
            .get(k)
            .is_some_and(|t| t.start == start && t.end == end)
            .then_some(k)
    }

    /// Whether a token starts (or the text starts or ends) at char `i`.
    pub fn is_boundary(&self, i: usize) -> bool {
        i == 0 || i >= self.f.len() || self.toks.binary_search_by_key(&i, |t| t.start).is_ok()
    }
}

/// The chars of `text` in a vector of exactly their number: collecting `chars()` guesses a
/// quarter of the bytes and grows twice or more on Chinese text.
fn decode(text: &str) -> Vec<char> {
    // Filled in place rather than pushed: no capacity check a char.
    let mut chars = vec!['\0'; text.chars().count()];
    for (slot, c) in chars.iter_mut().zip(text.chars()) {
        *slot = c;
    }
    chars
}

impl Extractor {
    /// One text prepared for the rules: decoded, folded, and cut into jieba's words.
    pub(super) fn seg(&self, text: &str, place: Place) -> Seg<'_> {
        let orig = decode(text);
        // Most texts fold to themselves: jieba reads the text as given, and its chars are
        // decoded once.
        let (f, toks) = match crate::text::fold::fold_decoded(text, &orig) {
            None => (orig.clone(), self.words(text)),
            Some(f) => {
                // Built at its exact size: collected char by char, a long paragraph's string
                // grew several times.
                let folded = charset::text_between(&f, 0, f.len());
                let toks = self.words(&folded);
                (f, toks)
            }
        };
        Seg {
            orig,
            f,
            toks,
            place,
            ex: self,
        }
    }
}
