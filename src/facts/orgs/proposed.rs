//! Organisations the tagger proposes, their left edge fixed as the rules fix theirs and
//! screened as the rules screen theirs: apart from [`super::scan`], which reads names from
//! their suffixes instead.

use super::clause::clause_start;
use super::compounds::in_compound;
use super::generic::{generic_words, is_kind_of_firm, is_level_government};
use super::left_edge::stop_words;
use super::{canonical_name, gatherings, has_suffix, suffix_words};
use crate::facts::numbers::is_chinese_numeral;
use crate::facts::{Seg, ZoneSpan};

/// An organisation the tagger proposes at `start..end`, its left edge fixed as the rules fix
/// theirs (a date, a clause verb, a demonstrative dropped: `2006年9月出任TCL集团` → `TCL集团`),
/// its zone prefix canonicalised. `None` when what is left is too short or vague to name a body
/// (`公司`, `有关部门`).
pub fn proposed(
    seg: &Seg,
    start: usize,
    end: usize,
    zone_spans: &[ZoneSpan],
) -> Option<(usize, String)> {
    let f = &seg.f;
    // A name opens with no space: the tagger reads a title's full-width space
    // between two phrases into the name after it (`高峰将至　铁路部门` → `　铁路部门`).
    let end = end.min(f.len());
    let mut s = super::past_parent(f, clause_start(seg, start, end), end);
    while s < end && f[s].is_whitespace() {
        s += 1;
    }
    let name = f.get(s..end)?;
    // Two bodies joined by a conjunction are two names (`太原理工大学与阳泉市人民政府`); a
    // conjunction after no body's suffix joins words of one name (`欧洲安全与合作组织`).
    let joined = name.iter().enumerate().any(|(k, &c)| {
        matches!(c, '与' | '和' | '及' | '暨' | '或')
            && !in_compound(f, s + k)
            && has_suffix(&name[..k])
    });
    if name.len() < 2
        || joined
        || opens_inside_function_word(seg, s)
        || has_stop_word(seg, s, end)
        || generic_words().contains(name)
        || is_level_government(name)
        || is_kind_of_firm(name)
        || suffix_words().contains(name)
        || verb_before_suffix(seg, s, end)
        || gatherings::is_gathering(name)
        || name
            .iter()
            .all(|&c| is_chinese_numeral(c) || c.is_ascii_digit())
    {
        return None;
    }
    Some((s, canonical_name(seg, s, end, zone_spans)))
}

/// Whether the proposed name `s..end` is a verb and a bare suffix (`缓解公司` of `有助于缓解
/// 公司交付压力`): a clause's verb and its object, no body's name (see
/// [`super::left_edge::verb_alone_before`]).
fn verb_before_suffix(seg: &Seg, s: usize, end: usize) -> bool {
    seg.tok_at(s).is_some_and(|k| {
        let verb_end = seg.toks[k].end;
        verb_end < end
            && seg
                .f
                .get(verb_end..end)
                .is_some_and(|rest| suffix_words().contains(rest))
            && super::left_edge::verb_alone_before(seg, s, verb_end)
    })
}

/// Function words whose second char jieba reads into a body's short name after them
/// (`其中科大讯飞…`: `其` / `中科大` / `讯飞`).
const SPLIT_FUNCTION_WORDS: &[&str] = &["其中", "之中", "当中", "从中"];

/// Whether a proposed name at `s` opens with the second char of a function word
/// ([`SPLIT_FUNCTION_WORDS`]) whose first char jieba left a word alone: the name jieba found
/// there is cut out of other words (`中科大` of `其中科大讯飞`), not written. Where the first
/// char is in a word of its own (`尤其/中国银行`) the name stands.
fn opens_inside_function_word(seg: &Seg, s: usize) -> bool {
    s >= 1
        && seg.is_word(s - 1, s)
        && SPLIT_FUNCTION_WORDS
            .iter()
            .any(|w| crate::facts::at(&seg.f, s - 1, w))
}

/// Whether one of jieba's words in `s..end` is a stop word (`位于`, `联合`): a verb of the
/// clause, not part of a name, which holds it only inside a longer word (`联合国`, `联合体`).
fn has_stop_word(seg: &Seg, s: usize, end: usize) -> bool {
    let first = seg.toks.partition_point(|t| t.end <= s);
    let stops = stop_words();
    seg.toks[first..]
        .iter()
        .take_while(|t| t.start < end)
        .any(|t| {
            let a = t.start.max(s);
            let b = t.end.min(end);
            // A word cut by the name's edge counts by the part inside.
            seg.f.get(a..b).is_some_and(|w| stops.contains(w))
        })
}
