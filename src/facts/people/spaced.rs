//! A name printed spaced out in running text (`市领导李继红、孙　斌、崔振华`, `秘书长刘　涛。`,
//! `管委会主任王 晓 东介绍`): read where a name is read ([`super::names::pick_name`]) as its
//! chars without the spaces, its span the whole as printed. The shapes are the lexicon's
//! ([`spaced_names_at`]), shared with the byline reader.

use super::names::{is_common_word, name_shape, strength_after, WEAK_ENDS};
use crate::facts::{Extractor, Seg};
use crate::lexicon::names::surname_len;
use crate::lexicon::spaced_names::spaced_names_at;

/// The end of a name spaced out from `j` and the name, when one is there and what follows it
/// is at least `min` strong: punctuation or a follower word of two chars or more is 2, a
/// one-char follower 1 (jieba, which reads no spaced name as a word, has no say). The
/// strongest wins, the longer on a tie (`王 晓 东介绍`: `王晓东`, not `王晓`).
pub(super) fn pick_spaced(ex: &Extractor, seg: &Seg, j: usize, min: u8) -> Option<(usize, String)> {
    let f = &seg.f;
    let mut best: Option<(u8, usize, String)> = None;
    for (end, chars) in spaced_names_at(f, j) {
        let name: String = chars.iter().collect();
        let last = chars.last().copied().unwrap_or_default();
        if WEAK_ENDS.contains(&last) || !name_shape(&chars, surname_len(&name)) {
            continue;
        }
        let strength = strength_after(f, end, || false);
        if strength < min.max(1) || best.as_ref().is_some_and(|(s, ..)| strength < *s) {
            continue;
        }
        if !is_common_word(ex, &name) {
            best = Some((strength, end, name));
        }
    }
    best.map(|(_, end, name)| (end, name))
}
