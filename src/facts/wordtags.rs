//! jieba's tags of single words, remembered per thread. The rules ask what a word is on its
//! own (`Seg::pos`, a function word in an organisation's name) a few times per paragraph, and
//! tagging a word alone costs jieba a whole segmentation (about 2,000 instructions) where the
//! answer, a pure function of the word, is looked up in a few dozen. News repeats its words
//! (`项目`, `企业`, `的`, `在`), so most questions are answered from memory.
//!
//! Every [`super::Extractor`] builds the same jieba (its dictionary and the domain words), so
//! one memo per thread serves them all; a thread's memo is emptied when it reaches
//! [`CAPACITY`] words, which keeps it a few megabytes at most.

use std::cell::RefCell;
use std::thread::LocalKey;

use rustc_hash::FxHashMap;

use super::Pos;

/// Words a thread remembers per memo before it forgets them all and starts again.
const CAPACITY: usize = 1 << 16;

type Memo<V> = RefCell<FxHashMap<Box<[char]>, V>>;

thread_local! {
    /// [`super::Extractor::word_pos`] of a word.
    static POS: Memo<Pos> = RefCell::new(FxHashMap::default());
    /// jieba's tag of a dictionary word alone without its HMM, kept only when it is one of the
    /// callers' `tags`, else `None` (see [`function_tag`]).
    static FUNCTION: Memo<Option<&'static str>> = RefCell::new(FxHashMap::default());
}

/// The remembered answer for `word`, else `compute`d (outside the memo's borrow) and kept.
fn remembered<V: Copy + 'static>(
    memo: &'static LocalKey<Memo<V>>,
    word: &[char],
    compute: impl FnOnce() -> V,
) -> V {
    if let Some(v) = memo.with(|m| m.borrow().get(word).copied()) {
        return v;
    }
    let v = compute();
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= CAPACITY {
            m.clear();
        }
        m.insert(word.into(), v);
    });
    v
}

/// The part of speech of `word` on its own, remembered (see [`super::Extractor::word_pos`]).
pub fn pos(word: &[char], compute: impl FnOnce() -> Pos) -> Pos {
    remembered(&POS, word, compute)
}

/// One of `tags` that jieba gives the dictionary word `word` on its own, remembered; the
/// memo holds answers for one list of tags, the organisations' function tags.
pub fn function_tag(
    word: &[char],
    compute: impl FnOnce() -> Option<&'static str>,
) -> Option<&'static str> {
    remembered(&FUNCTION, word, compute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_computed_once_per_word() {
        let word: Vec<char> = "测试词".chars().collect();
        let mut calls = 0;
        let mut ask = || {
            pos(&word, || {
                calls += 1;
                Pos::Noun
            })
        };
        assert_eq!(ask(), Pos::Noun);
        assert_eq!(ask(), Pos::Noun);
        assert_eq!(calls, 1);
    }

    #[test]
    fn a_full_memo_starts_again() {
        for k in 0..=CAPACITY {
            let word: Vec<char> = format!("w{k}").chars().collect();
            pos(&word, || Pos::Other);
        }
        POS.with(|m| assert!(m.borrow().len() <= CAPACITY));
    }
}
