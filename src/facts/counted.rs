//! The noun a count counts (`46 个项目` → `项目`): a bare count is a fact only with it. Read
//! from jieba's words after the count, or before the number when none follows.

use super::{skip_spaces, Pos, Seg};

/// Most modifiers read before a count's noun (`5个重大产业项目`: `重大`).
const MAX_MODIFIERS: usize = 2;

/// The noun a count counts: the noun phrase right after it (`46 个项目`, `12家德国企业`,
/// `5个重大产业项目`), else the word right before the number (`签约项目 12 个`), or before a
/// linking word in front of it (`港资企业超过3000家`), when jieba calls it a noun.
pub(super) fn counted_noun(seg: &Seg, start: usize, end: usize, unit: &str) -> Option<String> {
    let after = skip_spaces(&seg.f, end);
    if let Some(k) = seg.tok_at(after).filter(|&k| seg.toks[k].start == after) {
        if let Some(last) = noun_phrase(seg, k, unit) {
            let last = if makes_before(&seg.f, start) {
                product_end(seg, last).unwrap_or(last)
            } else {
                last
            };
            return Some(seg.folded(seg.toks[k].start, seg.toks[last].end));
        }
    }
    noun_before(seg, start)
}

/// Whether the count starting at `start` is a plant's output (`年产1000万只`, `产能20万台`):
/// only there does what follows name a product.
fn makes_before(f: &[char], start: usize) -> bool {
    let before = &f[..start];
    super::ends_with(before, "产") || super::ends_with(before, "产能")
}

/// Most words a product's name runs on past the count's first noun (`智能/启停/电池`).
const MAX_PRODUCT_WORDS: usize = 3;

/// The words naming what a plant makes (`年产1000万只智能启停电池项目`): when the count's noun
/// ending at word `last` runs on, word to word with no gap, into a project or production line,
/// the count counts the whole product before it (`智能启停电池`), not its first word (`智能`).
/// The last of the product's words, if the run reaches such a word.
fn product_end(seg: &Seg, last: usize) -> Option<usize> {
    const PLANTS: &[&str] = &["项目", "生产线", "产业园", "基地"];
    let mut k = last;
    while k + 1 < seg.toks.len() && k - last <= MAX_PRODUCT_WORDS {
        let (t, next) = (&seg.toks[k], &seg.toks[k + 1]);
        if next.start != t.end {
            return None;
        }
        let word = &seg.f[next.start..next.end];
        if PLANTS.iter().any(|p| word.iter().copied().eq(p.chars())) {
            return (k > last).then_some(k);
        }
        if !word.iter().all(|&c| crate::lexicon::names::is_han(c)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether jieba calls word `k` a noun of some kind (a place or a body too).
fn nounish(seg: &Seg, k: usize) -> bool {
    matches!(
        seg.pos(k),
        Pos::Noun | Pos::OrgName | Pos::OtherProper | Pos::PlaceName
    )
}

/// The last word of the noun phrase opening at word `k`, if one does: up to
/// [`MAX_MODIFIERS`] words that qualify a noun (an adjective or distinguishing word, `重大`,
/// `大型`; a place, `德国`) before it, the noun, and a second noun the first one qualifies
/// when it is what the measure word `unit` counts (`个`: `产业/项目`). A count of nothing but
/// modifiers had taken the first of them for its noun (`12家德国企业` counted `德国`) or found
/// none (`5个重大产业项目`).
fn noun_phrase(seg: &Seg, k: usize, unit: &str) -> Option<usize> {
    let mut head = k;
    while head - k < MAX_MODIFIERS && qualifies_a_noun(seg, head) {
        head += 1;
    }
    if !is_noun(seg, head) {
        // No noun after the modifiers: a place alone is the count's noun, as before.
        return nounish(seg, k).then_some(k);
    }
    Some(if head_after(seg, head, unit) {
        head + 1
    } else {
        head
    })
}

/// Whether word `k` qualifies the noun after it: an adjective or a distinguishing word (jieba's
/// `a`, `b`: `重大`, `大型`, `新型`) or a place (`德国企业`), with a noun right after it.
fn qualifies_a_noun(seg: &Seg, k: usize) -> bool {
    let Some(t) = seg.toks.get(k) else {
        return false;
    };
    let qualifier = seg.pos(k) == Pos::PlaceName || {
        let word = seg.folded(t.start, t.end);
        matches!(
            seg.ex.jieba().tag(&word, true).as_slice(),
            [one] if matches!(one.tag, "a" | "b")
        )
    };
    qualifier && seg.toks.get(k + 1).is_some_and(|n| n.start == t.end)
}

/// Whether word `k` is a common or proper noun, not a place.
fn is_noun(seg: &Seg, k: usize) -> bool {
    k < seg.toks.len() && matches!(seg.pos(k), Pos::Noun | Pos::OrgName | Pos::OtherProper)
}

/// The nouns each measure word counts, which a compound may end with (`5个产业项目`,
/// `3家科技企业`). Any other noun after the count's noun says what of the counted things is
/// meant (`项目现场`, `企业负责人`, `项目总投资`) or what they make (`3000台起重机项目`), and is
/// no part of the count's noun.
const HEADS: &[(&str, &[&str])] = &[
    (
        "个",
        &[
            "项目",
            "工程",
            "集群",
            "基地",
            "平台",
            "中心",
            "园区",
            "产业链",
            "产业园",
        ],
    ),
    ("项", &["项目", "工程", "成果", "专利"]),
    ("家", &["企业", "公司", "机构", "单位", "银行"]),
];

/// Whether the noun right after the count's noun at `k` is the head it qualifies, one of the
/// [`HEADS`] the measure word `unit` counts.
fn head_after(seg: &Seg, k: usize, unit: &str) -> bool {
    let Some(next) = seg.toks.get(k + 1) else {
        return false;
    };
    let word = &seg.f[next.start..next.end];
    next.start == seg.toks[k].end
        && HEADS
            .iter()
            .filter(|(u, _)| *u == unit)
            .flat_map(|(_, heads)| heads.iter())
            .any(|h| word.iter().copied().eq(h.chars()))
}

/// The noun right before a count's number (`签约项目 12 个`), or before a linking word in front
/// of it (`港资企业超过3000家`), when jieba calls it a noun.
fn noun_before(seg: &Seg, start: usize) -> Option<String> {
    let mut before = start;
    while before > 0 && matches!(seg.f[before - 1], ' ' | '\u{3000}') {
        before -= 1;
    }
    if let Some(link) = super::amounts::attribute::link_start(&seg.f, before) {
        // Only a link jieba reads as a word of its own (`超过`, not the end of `未超`).
        if seg.is_boundary(link) {
            before = link;
        }
    }
    let mut k = seg.tok_at(before.checked_sub(1)?)?;
    if seg.toks[k].end != before || !nounish(seg, k) {
        return None;
    }
    // `企业总数达到1200家` counts 企业: `总数` only says it is a count.
    if matches!(
        seg.folded(seg.toks[k].start, seg.toks[k].end).as_str(),
        "总数" | "数量" | "总量"
    ) {
        k = k
            .checked_sub(1)
            .filter(|&p| seg.toks[p].end == seg.toks[k].start && nounish(seg, p))?;
    }
    Some(seg.folded(seg.toks[k].start, seg.toks[k].end))
}
