//! Folding a text for the zone scan: only a text that may hold a zone suffix, and only up to
//! its last 区, so most paragraphs are never folded.

use super::hits::suffix_chars;
use crate::text::fold::fold_chars;

/// Folded chars of a text, as [`suffix_hits`](super::hits::suffix_hits) and [`ZoneIndex::find_folded`](super::ZoneIndex::find_folded) want them; empty
/// when the text cannot hold a zone suffix, so that most paragraphs are never folded: every
/// suffix ends in 区 (區), and only 区 and 區 fold to 区 (a test checks), after one of a few
/// chars (开发区, 高新区, 综保区 …) — `地区`, `社区`, `园区` are no zone. A text that may hold
/// one is folded whole, in one pass ([`fold_chars`]).
///
/// Only the text up to its last 区 (區) is folded, all that a zone scan reads: every suffix
/// ends there and its place name stands before it. Folding a text's head gives the head of
/// its fold, since fast2s reads only a char's neighbours and 区 is none of its context keys.
pub fn fold_for_zones(text: &str) -> Vec<char> {
    if !may_hold_suffix(text) {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let last_qu = memchr::memrchr_iter(0xE5, bytes)
        .find(|&i| is_qu_at(bytes, i))
        .map_or(text.len(), |i| i + 3);
    fold_chars(text.get(..last_qu).unwrap_or(text))
}

/// Whether 区 (E5 8C BA) or 區 (E5 8D 80) starts at byte `i`.
fn is_qu_at(bytes: &[u8], i: usize) -> bool {
    matches!(
        (bytes.get(i + 1), bytes.get(i + 2)),
        (Some(0x8C), Some(0xBA)) | (Some(0x8D), Some(0x80))
    )
}

/// Whether some 区 (區) of `text` follows two chars that end a suffix's stem once folded: a
/// suffix's next-to-last char and the one before it (`发` and `开` of `开发区`; `园` alone is the
/// common `园区`, only `业园` the `工业园区`), each that char or one folding may change.
fn may_hold_suffix(text: &str) -> bool {
    // 区 is E5 8C BA and 區 E5 8D 80 in UTF-8: a byte scan, no char decoding, finds them.
    let bytes = text.as_bytes();
    let mut qu = memchr::memchr_iter(0xE5, bytes).filter(|&i| is_qu_at(bytes, i));
    let may_be = |c: Option<char>, want: char| {
        c.is_some_and(|c| c == want || crate::text::fold::may_fold(c))
    };
    qu.any(|at| {
        let mut before = text[..at].chars().rev();
        let (prev, prev2) = (before.next(), before.next());
        suffix_chars().iter().any(|(suf, _)| {
            let n = suf.len();
            n >= 2 && may_be(prev, suf[n - 2]) && (n == 2 || may_be(prev2, suf[n - 3]))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    #[test]
    fn texts_without_a_suffix_are_not_folded() {
        for text in ["该地区社区园区", "区", "开发", "辖区内", "入驻园区", "发区"]
        {
            assert!(fold_for_zones(text).is_empty(), "{text}");
        }
        for text in [
            "运城经开区",
            "晉城經開區",
            "综保区",
            "区开发区",
            "高新區",
            "苏州工业园区",
            "横琴粤澳深度合作区",
        ] {
            assert_eq!(fold_for_zones(text), fold(text).chars().collect::<Vec<_>>());
        }
    }

    /// A text that may hold a zone is folded up to its last 区 as the whole text folds there.
    #[test]
    fn zone_texts_fold_up_to_the_last_qu() {
        let text = "據了解，沁水經濟技術開發區與山西兆豐鋁業簽約，看著辦，藉口乾隆";
        let whole: Vec<char> = fold(text).chars().collect();
        let folded = fold_for_zones(text);
        assert_eq!(folded.len(), "據了解，沁水經濟技術開發區".chars().count());
        assert_eq!(folded, whole[..folded.len()]);
    }

    #[test]
    fn only_qu_folds_to_qu() {
        let qu: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| fold(&c.to_string()).contains('区'))
            .collect();
        assert_eq!(qu, ['区', '區']);
    }
}
