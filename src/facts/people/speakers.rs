//! People named without a title: a name opening a clause before a speech verb (`巩志岗表示`),
//! after the clause's opening preposition (`当汪精卫说出`), or before a profile's sex
//! (`常建良，男，`). Apart from the titled names because what marks them is what follows.

use super::lists;
use super::names::{is_common_word, name_shape, opens_with_function_word, surname_at};
use crate::facts::{Extractor, Seg};

/// Verbs after a clause-opening name that make it a person without a title (`巩志岗表示`).
pub(super) const SPEECH: &[&str] = &[
    "表示",
    "介绍",
    "说",
    "指出",
    "强调",
    "透露",
    "分析道",
    "认为",
    "坦言",
    "告诉",
    "感慨",
    "解释",
    "回忆",
    "详细介绍",
    "说道",
    "谈到",
    "补充道",
    "笑着说",
];

/// One-char words that open a clause before its subject, which jieba does not tag as the
/// prepositions they are here (`当` is a time word to it: `当汪精卫说出`, `据李明说`, `若王强说`).
const CLAUSE_OPENERS: &[char] = &['当', '据', '若'];

/// A person named at a clause's start `i`: a speaker or a profile's subject there, or a speaker
/// right after the clause's opening preposition or conjunction (`当汪精卫说出`, `和李明说`).
/// Its start, end and name.
pub(super) fn clause_person(ex: &Extractor, seg: &Seg, i: usize) -> Option<(usize, usize, String)> {
    let at = |start: usize, (end, name): (usize, String)| (start, end, name);
    speaker(ex, seg, i)
        .or_else(|| profiled(ex, seg, i))
        .map(|found| at(i, found))
        .or_else(|| {
            let after = i + 1;
            (opens_with_preposition(seg, i) && seg.is_boundary(after))
                .then(|| speaker(ex, seg, after))
                .flatten()
                // A name jieba reads into a longer word is none (`再简单说说`: 简单 / 说说).
                .filter(|(end, _)| seg.is_boundary(*end))
                .map(|found| at(after, found))
        })
}

/// Whether the clause opens at `i` with a one-char preposition or conjunction before its
/// subject (`当`, `和`, `但`; not an adverb or a pronoun: `再简单说说`, `我那时就说`).
fn opens_with_preposition(seg: &Seg, i: usize) -> bool {
    seg.is_word(i, i + 1)
        && (seg.f.get(i).is_some_and(|c| CLAUSE_OPENERS.contains(c))
            || matches!(
                crate::facts::orgs::function_tag(seg, i, i + 1),
                Some("c" | "p")
            ))
}

/// A name opening a clause and followed by a speech verb (`崔炎麟表示`): its end and the name.
fn speaker(ex: &Extractor, seg: &Seg, i: usize) -> Option<(usize, String)> {
    let f = &seg.f;
    let speech = &lists().speech;
    if speech.longest_at(f, i + 2).is_none() && speech.longest_at(f, i + 3).is_none() {
        return None;
    }
    if opens_with_function_word(seg, i) {
        return None;
    }
    let mut surname = None;
    for len in [3, 2] {
        let end = i + len;
        // The verb is checked first: it is rare, and the surname lookup allocates.
        if end > f.len() || speech.longest_at(f, end).is_none() {
            continue;
        }
        let surname = *surname.get_or_insert_with(|| surname_at(seg, i));
        if !name_shape(&f[i..end], surname) {
            continue;
        }
        let name = seg.folded(i, end);
        if !is_common_word(ex, &name) {
            return Some((end, name));
        }
    }
    None
}

/// Whether a name of two to four chars starting at `i` may be followed by its holder's sex, as
/// in a profile (`常建良，男，1965年生`): the chars only, for [`next_stop`].
#[inline(always)]
pub(super) fn sex_may_follow(f: &[char], i: usize) -> bool {
    (i + 2..=i + 4).any(|end| sex_after(f, end))
}

/// Whether a profile's `，男，` (`，女，`, `（男，`, `(女)`) follows at `end`.
fn sex_after(f: &[char], end: usize) -> bool {
    matches!(f.get(end), Some('，' | ',' | '（' | '('))
        && matches!(f.get(end + 1), Some('男' | '女'))
        && matches!(f.get(end + 2), Some('，' | ',' | '、' | '）' | ')' | '；'))
}

/// A name opening a clause and followed by its holder's sex, as profiles and personnel notices
/// write a person (`常建良，男，汉族，1965年生`): its end and the name. The name must have a
/// name's shape (a surname and one or two chars, or a compound surname) and be no common word.
fn profiled(ex: &Extractor, seg: &Seg, i: usize) -> Option<(usize, String)> {
    let f = &seg.f;
    if opens_with_function_word(seg, i) {
        return None;
    }
    let surname = surname_at(seg, i);
    [4, 3, 2].into_iter().find_map(|len| {
        let end = i + len;
        if !sex_after(f, end) || !name_shape(f.get(i..end)?, surname) {
            return None;
        }
        let name = seg.folded(i, end);
        (!is_common_word(ex, &name)).then_some((end, name))
    })
}
