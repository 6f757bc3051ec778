//! Finding zone suffixes in a text without folding it: only the few chars before each 区 are
//! read, decoded backwards from the UTF-8 bytes and folded one by one.
//!
//! [`super::hits::suffix_hits`] reads a folded copy of the whole text (up to its last 区). A page's
//! paragraphs are long and their zones few, so that copy — decoding every char into a
//! `Vec<char>` and looking each up in the fold table — cost more than everything else the zone
//! scan does. What a hit depends on is local: the suffix (at most [`LONGEST_SUFFIX`] chars)
//! ending at a 区, the Han run before it (at most [`MAX_PREFIX`]) and the char before the run
//! (is the run bounded?). So each 区 is found by a byte search, and a window of
//! [`WINDOW`] chars ending at it is folded char by char from the fold table.
//!
//! Folding a window char by char gives what folding the whole text gives there, because every
//! char but fast2s's few context keys folds alone, whatever its neighbours
//! (`text::fold`'s tests check every CJK char). A window holding a context key (`著`, `乾` …)
//! is not folded alone: the caller then folds the whole text as before.

use std::sync::OnceLock;

use memchr::memmem::Finder;

use super::hits::{
    ends_no_suffix, ends_short_suffix, suffix_chars, suffix_penults, suffix_stems, Hit,
};
use super::MAX_PREFIX;
use crate::facts::charset::ends_with_chars;
use crate::lexicon::names::is_han;
use crate::text::fold::fold_alone_char;

/// The longest suffix of [`super::SUFFIXES`], in chars (`国家农业高新技术产业示范区`).
pub(super) const LONGEST_SUFFIX: usize = 13;

/// Chars read back from a 区, itself included: the longest suffix, the longest run before it
/// and the char before the run, which says whether the run is bounded.
const WINDOW: usize = LONGEST_SUFFIX + MAX_PREFIX + 1;
/// A free trade zone's official name around its run (`中国（` … `）`) fits the window too.
const _: () = assert!(WINDOW >= "自由贸易试验区".len() / 3 + MAX_PREFIX + 5);

/// 区 and 區 in UTF-8: every suffix ends in one of them, and only they fold to 区.
const QU: &[u8] = "区".as_bytes();
const QU_TRAD: &[u8] = "區".as_bytes();

/// The suffix hits of `text` as [`super::hits::suffix_hits`] finds them in its folded chars (same
/// hits, same char offsets, same order), or `None` when a window holds a char whose fold
/// depends on its neighbours: the caller folds the whole text then.
pub(super) fn suffix_hits_of_text(text: &str) -> Option<Vec<Hit>> {
    let mut hits = Vec::new();
    // Chars before byte `counted.0` (`counted.1`): each 区's char offset is counted from the
    // one before, so the text is counted once, up to its last 区.
    let mut counted = (0usize, 0usize);
    for at in qu_positions(text.as_bytes()) {
        let head = text.get(..at)?;
        // Most 区 end no suffix (`地区`, `社区`): the char before it rejects them first.
        let mut before = head.chars().rev();
        let Some(prev) = before.next() else { continue };
        let prev = fold_alone_char(prev)?;
        if !suffix_penults().contains(&prev) {
            continue;
        }
        // Then the one before that (`园区` is common, `工业园区` not), but for `新区`.
        let Some(prev2) = before.next() else { continue };
        if !ends_short_suffix(prev) && !suffix_stems().contains(&(fold_alone_char(prev2)?, prev)) {
            continue;
        }
        // `区域`: the char after a 区 folds alone as every char but a context key does, and
        // `域` is none.
        let next = text.get(at + QU.len()..).and_then(|t| t.chars().next());
        if next.is_some_and(ends_no_suffix) {
            continue;
        }
        let mut window = ['\0'; WINDOW];
        window[WINDOW - 1] = '区';
        let mut n = 1;
        for c in head.chars().rev().take(WINDOW - 1) {
            n += 1;
            let folded = fold_alone_char(c)?;
            window[WINDOW - n] = folded;
            // A run and a suffix are Han chars, but for a free trade zone's brackets: the
            // first other char bounds them, and what lies before it is never read
            // (`，运城经开区` is folded back to its comma, not a whole window).
            if !is_han(folded) && !matches!(folded, '（' | '(' | '）' | ')') {
                break;
            }
        }
        let w = &window[WINDOW - n..];
        // A run bounded by a space after a Han char may open on a spaced name's last char
        // (`冯　涛任上党…`), which the window does not hold: the whole text is read then.
        if matches!(w.first(), Some(' ' | '\u{3000}'))
            && head
                .chars()
                .rev()
                .skip(n - 1)
                .find(|&c| c != ' ' && c != '\u{3000}')
                .is_some_and(is_han)
        {
            return None;
        }
        // Char by char, as `suffix_hits` compares them: a `memcmp` call a suffix cost more.
        let Some((suf, full)) = suffix_chars()
            .iter()
            .find(|(suf, _)| ends_with_chars(w, suf))
        else {
            continue;
        };
        let chars_before = counted.1 + text.get(counted.0..at)?.chars().count();
        counted = (at, chars_before);
        // The run before the suffix, read in the window as `suffix_hits` reads it in the text:
        // a run reaching the window's start reaches the text's, as a full window holds one
        // char more than the longest suffix and run (and a free trade zone's bracketed place
        // with the country before it, see `WINDOW`).
        let mut hit = Hit::at(w, n - suf.len(), n, *full);
        let suffix_end = chars_before + 1;
        hit.suffix_start = suffix_end - suf.len();
        hit.suffix_end = suffix_end;
        hits.push(hit);
    }
    Some(hits)
}

/// Byte offsets of every 区 and 區 in `bytes`, in order: two SIMD substring searches
/// (searchers built once, not per text), merged. (A search for their last byte alone stops
/// more often: `。` and the ideographic space hold 0x80.)
///
/// Each search is a `find` from where the last one ended: `find_iter` copied its searcher
/// for every text, and most texts asked are short paragraphs.
fn qu_positions(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    static FINDERS: OnceLock<[Finder<'static>; 2]> = OnceLock::new();
    let [qu, qu_trad] = FINDERS.get_or_init(|| [Finder::new(QU), Finder::new(QU_TRAD)]);
    // The next match of `finder` at or after byte `from`.
    let next = move |finder: &Finder<'static>, from: usize| {
        bytes
            .get(from..)
            .and_then(|rest| finder.find(rest))
            .map(|at| from + at)
    };
    let (mut simplified, mut traditional) = (next(qu, 0), next(qu_trad, 0));
    std::iter::from_fn(move || match (simplified, traditional) {
        (Some(a), Some(b)) if b < a => {
            traditional = next(qu_trad, b + QU_TRAD.len());
            Some(b)
        }
        (Some(a), _) => {
            simplified = next(qu, a + QU.len());
            Some(a)
        }
        (None, Some(b)) => {
            traditional = next(qu_trad, b + QU_TRAD.len());
            Some(b)
        }
        (None, None) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold_for_zones;
    use super::super::hits::suffix_hits;
    use super::super::SUFFIXES;
    use super::*;

    #[test]
    fn every_suffix_has_a_stem_of_two_chars_or_is_a_short_one() {
        assert!(SUFFIXES.iter().all(|(s, _)| {
            let c: Vec<char> = s.chars().collect();
            c.len() >= 3 || (c.len() == 2 && ends_short_suffix(c[0]))
        }));
        assert_eq!(same_hits("据悉，营口新区开工，两江新区和苏州高新区"), 3);
    }

    #[test]
    fn the_longest_suffix_is_counted_right() {
        let longest = SUFFIXES.iter().map(|(s, _)| s.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_SUFFIX));
    }

    /// Checks that both ways find the same hits, and returns how many.
    fn same_hits(text: &str) -> usize {
        let want = suffix_hits(&fold_for_zones(text));
        let got = match suffix_hits_of_text(text) {
            Some(h) => h,
            None => suffix_hits(&fold_for_zones(text)),
        };
        let key = |h: &Hit| {
            (
                h.suffix_start,
                h.suffix_end,
                h.full,
                h.run().to_vec(),
                h.bounded,
                h.guessed().to_vec(),
                (h.before, h.between),
            )
        };
        assert_eq!(
            got.iter().map(key).collect::<Vec<_>>(),
            want.iter().map(key).collect::<Vec<_>>(),
            "{text}"
        );
        want.len()
    }

    /// Windows read what the whole folded text reads: offsets, runs, bounds, at the text's
    /// start, after long runs, in Traditional text, beside context keys, with 区 and 區 mixed.
    #[test]
    fn windows_find_what_the_folded_text_finds() {
        for text in [
            "",
            "区",
            "经开区",
            "运城经开区",
            "该地区社区园区",
            "会上，河津经开区、河津经开区介绍了经验。运城经开区表示",
            "助力河津经济技术开发区加速实现",
            "一二三四五六七八九十甲乙丙丁国家农业高新技术产业示范区",
            "二三四五六七八九十甲乙丙丁国家农业高新技术产业示范区",
            "三四五六七八九十甲乙丙丁国家农业高新技术产业示范区",
            "ab，三四五六七八九十甲乙丙丁国家农业高新技术产业示范区",
            "晉城經濟技術開發區與太原高新区、晉中國家農高區签约",
            "據了解，藉此機會，沁水經濟技術開發區與山西兆豐鋁業簽約，看著平遙經開區，地區社區",
            "显著成效：平遥经开区",
            "乾隆经开区",
            "１２个经开区，ＡＢ高新区",
            "🙂𠀀经开区与𠀀𠀁高新区",
            "区开发区高新區综保区综改区农高区",
            "全省 14 个经开区中，太原经开区、晋中经开区、大同经开区、长治经开区、晋城经开区。",
            "中国（山西）自由贸易试验区、中國(上海)自由貿易試驗區、（广东）自贸区、山西自贸试验区",
            "（）自由贸易试验区（山西）经开区一二三四五六七八九十甲（山西）自由贸易试验区",
        ] {
            let _ = same_hits(text);
        }
    }

    /// Texts drawn from zone suffixes and their pieces, place names, Traditional forms, context
    /// keys, punctuation and wide chars: windows and the folded text agree on every one.
    #[test]
    fn windows_agree_on_mixed_texts() {
        let tokens = [
            "经开区",
            "经济技术开发区",
            "自由贸易试验区",
            "自贸区",
            "中国（",
            "）",
            "(",
            "高新區",
            "國家農高區",
            "综保区",
            "综改示范区",
            "开发区",
            "区",
            "區",
            "经",
            "开",
            "高新",
            "示范",
            "运城",
            "河津",
            "晋中",
            "太原",
            "平遥",
            "呼和浩特",
            "该",
            "位于",
            "助力",
            "省级",
            "看著",
            "乾隆",
            "於",
            "的",
            "在",
            "，",
            "。",
            "、",
            " ",
            "a1",
            "１２",
            "🙂",
            "𠀀",
            "社区",
            "地區",
            "技術",
            "開發",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        let mut found = 0;
        for _ in 0..20_000 {
            let len = next() % 24;
            let text: String = (0..len).map(|_| tokens[next() % tokens.len()]).collect();
            found += same_hits(&text);
        }
        // The texts hold zones, not only their absence.
        assert!(found > 5000, "{found}");
    }

    /// A window holding a context key is not folded alone; one elsewhere in the text is no
    /// reason not to.
    #[test]
    fn context_keys_inside_a_window_fall_back() {
        assert!(suffix_hits_of_text("看著平遥经开区").is_none());
        assert!(suffix_hits_of_text("平遥经开区表示，看著办").is_some());
        assert!(suffix_hits_of_text("著").is_some());
    }

    /// 区 and 區 are found at every offset of a text, near its end too.
    #[test]
    fn qu_positions_at_every_offset() {
        for k in 0..200 {
            for tail in ["", "a", "ab", "中"] {
                for qu in ["区", "區"] {
                    let text = format!("{}{qu}{tail}{qu}", "x".repeat(k));
                    let want: Vec<usize> = text.match_indices(qu).map(|(i, _)| i).collect();
                    assert_eq!(qu_positions(text.as_bytes()).collect::<Vec<_>>(), want);
                }
            }
        }
    }

    #[test]
    fn qu_positions_merge_both_forms_in_order() {
        let text = "區区a區区\u{8CBA}\u{5C80}\u{5300}\u{537A}在和区域區";
        let want: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| c == '区' || c == '區')
            .map(|(i, _)| i)
            .collect();
        assert_eq!(qu_positions(text.as_bytes()).collect::<Vec<_>>(), want);
    }
}
