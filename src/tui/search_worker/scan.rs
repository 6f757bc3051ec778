//! The search's scan: the hits of a query in an article's text as the reader counts them (the
//! index must agree with it), and what a finished search tells the next one.

use super::Hit;
use crate::index::scan::{byline_text, matches};
use crate::index::tokenizer::index_form_into;
use crate::model::Article;
use crate::text::fold::search_form;
use crate::tui::doc::Seg;

/// Hits of `q` in the articles `order` lists, in that order; `None` once `live` says the search
/// was superseded (checked between articles).
pub fn find_hits<A: std::ops::Deref<Target = Article>>(
    article: impl FnMut(usize) -> Option<A>,
    order: &[usize],
    q: &str,
    live: impl Fn() -> bool,
) -> Option<Vec<Hit>> {
    let mut hits = Vec::new();
    each_article(article, order, q, live, |i, a, needle| {
        hits_in(a, i, needle, &mut hits)
    })?;
    Some(hits)
}

/// How many times `q` occurs in each article `order` lists (those with none left out), in that
/// order; `None` once `live` says the search was superseded (checked between articles).
pub fn find_counts<A: std::ops::Deref<Target = Article>>(
    article: impl FnMut(usize) -> Option<A>,
    order: &[usize],
    q: &str,
    live: impl Fn() -> bool,
) -> Option<Vec<(usize, u32)>> {
    let mut counts = Vec::new();
    each_article(article, order, q, live, |i, a, needle| {
        let n = count_in(a, needle);
        if n > 0 {
            counts.push((i, n));
        }
    })?;
    Some(counts)
}

/// Calls `found` with each article `order` lists (that `article` gives) and `q`'s folded
/// needle, unless the needle is empty; `None` once `live` says the search was superseded.
fn each_article<A: std::ops::Deref<Target = Article>>(
    mut article: impl FnMut(usize) -> Option<A>,
    order: &[usize],
    q: &str,
    live: impl Fn() -> bool,
    mut found: impl FnMut(usize, &Article, &[char]),
) -> Option<()> {
    let needle = search_form(q);
    if needle.is_empty() {
        return Some(());
    }
    for &i in order {
        if !live() {
            return None;
        }
        if let Some(a) = article(i) {
            found(i, &a, &needle);
        }
    }
    Some(())
}

/// How many times the folded `needle` occurs in article `a`, as [`hits_in`] finds them.
pub(super) fn count_in(a: &Article, needle: &[char]) -> u32 {
    let mut n = 0u32;
    each_match(a, needle, |_, _| n = n.saturating_add(1));
    n
}

/// Appends the hits of the folded `needle` in article `a` (entry `i`), in reading order.
pub(super) fn hits_in(a: &Article, i: usize, needle: &[char], hits: &mut Vec<Hit>) {
    each_match(a, needle, |seg, k| {
        hits.push(Hit {
            entry: i,
            seg,
            start: k,
            end: k + needle.len(),
        })
    });
}

/// Calls `found` with the segment and char offset of each match of the folded `needle` in
/// article `a`, in reading order.
///
/// Each segment is folded in place ([`crate::index::tokenizer::index_form`], the search's form made the indexer's
/// faster way: no copy of a Simplified text, no case lookup for CJK chars) rather than copied
/// out of the article first: a search over pages the index does not hold yet folds every char
/// of them, and that fold was most of its time.
fn each_match(a: &Article, needle: &[char], mut found: impl FnMut(Seg, usize)) {
    let mut folded = Vec::new();
    let mut seg_hits = |seg: Seg, text: &str| {
        index_form_into(text, &mut folded);
        for k in matches(&folded, needle) {
            found(seg, k);
        }
    };
    for (k, t) in a.title.iter().enumerate() {
        seg_hits(Seg::Title(k), t);
    }
    for (k, t) in a.paragraphs.iter().enumerate() {
        seg_hits(Seg::Para(k), t);
    }
    for (k, c) in a.captions.iter().enumerate() {
        if let Some(t) = &c.text {
            seg_hits(Seg::Caption(k), t);
        }
    }
    seg_hits(Seg::Byline, &byline_text(a));
}

/// The articles a finished search looked at and those it found its needle in. A search for a
/// needle that holds the last one (the next keystroke of the same query: `经` then `经开`)
/// can only hit articles the last one hit, or did not look at: the others need no scan. Right
/// after a cold open, when most pages are not indexed yet and a search reads each of them back,
/// this spares the scan of every article the shorter query already ruled out.
pub(super) struct Answered {
    pub(super) needle: Vec<char>,
    /// By entry: looked at, and hit.
    pub(super) looked: Vec<bool>,
    pub(super) hit: Vec<bool>,
}

impl Answered {
    /// Whether a search for `needle` may skip entry `i`: this answer looked at it and did not
    /// find its own needle, which `needle` holds.
    pub(super) fn rules_out(&self, needle: &[char], i: usize) -> bool {
        self.looked.get(i).copied().unwrap_or(false)
            && !self.hit.get(i).copied().unwrap_or(true)
            && holds(needle, &self.needle)
    }
}

/// Whether `needle` holds `part` (both folded): every text that holds `needle` holds `part`.
pub(super) fn holds(needle: &[char], part: &[char]) -> bool {
    !part.is_empty() && needle.windows(part.len()).any(|w| w == part)
}
