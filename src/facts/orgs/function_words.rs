//! The words jieba tags as function words (numerals, pronouns, adverbs, conjunctions,
//! prepositions…), which never open a body's name: asked by the organisation rules and by the
//! people rules for the word opening a clause, so apart from both.

use crate::facts::Seg;

/// jieba's dictionary tags of words that never open an organisation's name: numerals and
/// quantifiers, pronouns, adverbs, conjunctions, prepositions, time words, particles.
const FUNCTION_TAGS: &[&str] = &["m", "mq", "r", "d", "c", "p", "t", "q", "u", "uj", "ul"];

/// The tags of those that are no part of a name anywhere in it (numerals are: `第一汽车集团`).
pub(super) const INNER_TAGS: &[&str] = &["r", "d", "c", "p"];

/// jieba's tag of the word at `start..end` when it is a dictionary word tagged as one of
/// [`FUNCTION_TAGS`] (`m` for a run of digits: `10余家银行`).
pub(crate) fn function_tag(seg: &Seg, start: usize, end: usize) -> Option<&'static str> {
    let chars = seg.f.get(start..end)?;
    if chars.iter().all(char::is_ascii_digit) {
        return Some("m");
    }
    crate::facts::wordtags::function_tag(chars, || {
        let word: String = chars.iter().collect();
        if !seg.ex.is_dictionary_word(&word) {
            return None;
        }
        match seg.ex.jieba().tag(&word, false).as_slice() {
            [one] => FUNCTION_TAGS.iter().find(|&&t| t == one.tag).copied(),
            _ => None,
        }
    })
}
