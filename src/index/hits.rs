//! Where a query occurs, from the index alone: each document's segment layout (which title
//! line, paragraph, caption or byline each indexed value is, and its length in chars) is kept
//! in a fast field, so the positions tantivy records for each char token turn into the reader's
//! hits (segment and char offset) without the article's text. A search's count over a whole
//! archive then reads no page back from the cache (it read every candidate page: seconds on
//! 10,000 pages).
//!
//! tantivy numbers the tokens of a field's values one after the other, leaving one position
//! free after each value (`POSITION_GAP`): value `k + 1` starts at `start(k) + len(k) + 1`. The
//! tokenizer gives one token per char, so a token's position within its value is its char
//! offset.

use std::collections::BTreeMap;

use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, SegmentReader, Term, TERMINATED};

use crate::model::Article;

/// A segment of an article, as the reader names it (title line, paragraph, caption, byline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Title(usize),
    Para(usize),
    Caption(usize),
    Byline,
}

/// One match: its segment and its first char's offset in it.
pub type At = (Place, usize);

/// The values of the two text fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Title,
    Body,
}

/// Bits of a layout value: side (1) | value number (15) | kind (2) | segment number (14) | length (32).
const ORD_BITS: u32 = 15;
const SEG_BITS: u32 = 14;

/// The layout values of an article, one per indexed value, in the order [`super::scan::texts`]
/// gives them; empty when one does not fit its bits (an article of more than 16,383
/// paragraphs: its hits are then found by reading it).
pub(super) fn layout(a: &Article) -> Vec<u64> {
    let chars = |s: &str| s.chars().count();
    let titles = a
        .title
        .iter()
        .enumerate()
        .map(|(k, t)| (Side::Title, Place::Title(k), chars(t)));
    let paras = a
        .paragraphs
        .iter()
        .enumerate()
        .map(|(k, p)| (Place::Para(k), chars(p)));
    let captions = a
        .captions
        .iter()
        .enumerate()
        .filter_map(|(k, c)| Some((Place::Caption(k), chars(c.text.as_deref()?))));
    let byline = std::iter::once((Place::Byline, chars(&super::scan::byline_text(a))));
    let body = paras
        .chain(captions)
        .chain(byline)
        .map(|(p, n)| (Side::Body, p, n));
    let mut ords = [0usize; 2];
    let mut out = Vec::new();
    for (side, place, len) in titles.chain(body) {
        let ord = &mut ords[side as usize];
        match encode(side, *ord, place, len) {
            Some(v) => out.push(v),
            None => return Vec::new(),
        }
        *ord += 1;
    }
    out
}

/// One layout value (see the bit layout above); `None` when a number does not fit.
fn encode(side: Side, ord: usize, place: Place, len: usize) -> Option<u64> {
    let (kind, seg) = match place {
        Place::Title(k) => (0u64, k),
        Place::Para(k) => (1, k),
        Place::Caption(k) => (2, k),
        Place::Byline => (3, 0),
    };
    let fits = |v: usize, bits: u32| u64::try_from(v).ok().filter(|v| *v < 1 << bits);
    let ord = fits(ord, ORD_BITS)?;
    let seg = fits(seg, SEG_BITS)?;
    let len = fits(len, 32)?;
    let side = match side {
        Side::Title => 0u64,
        Side::Body => 1,
    };
    Some(side << 63 | ord << 48 | kind << 46 | seg << 32 | len)
}

/// A layout value's side, place and length.
fn decode(v: u64) -> (Side, Place, usize) {
    let side = if v >> 63 == 0 {
        Side::Title
    } else {
        Side::Body
    };
    let seg = usize::try_from((v >> 32) & ((1 << SEG_BITS) - 1)).unwrap_or(usize::MAX);
    let place = match (v >> 46) & 3 {
        0 => Place::Title(seg),
        1 => Place::Para(seg),
        2 => Place::Caption(seg),
        _ => Place::Byline,
    };
    let len = usize::try_from(v & 0xffff_ffff).unwrap_or(usize::MAX);
    (side, place, len)
}

/// The places of phrase starts `starts` (positions in `side`'s values, ascending) by the
/// document's `layout`, keeping non-overlapping matches of `n` chars left to right as the
/// scan does ([`super::scan::matches`]).
pub(super) fn place_starts(layout: &[u64], side: Side, starts: &[u32], n: usize) -> Vec<At> {
    let mut values: Vec<(Place, usize)> = layout
        .iter()
        .map(|&v| decode(v))
        .filter(|(s, _, _)| *s == side)
        .map(|(_, p, len)| (p, len))
        .collect();
    // The layout's values sort in field order (side, then value number).
    values.sort_by_key(|&(p, _)| p);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut it = starts.iter().map(|&s| s as usize).peekable();
    for (place, len) in values {
        let end = start.saturating_add(len);
        let mut free = start;
        while let Some(&s) = it.peek() {
            if s >= end {
                break;
            }
            it.next();
            if s >= free {
                out.push((place, s - start));
                free = s.saturating_add(n);
            }
        }
        start = end.saturating_add(1);
    }
    out
}

/// The documents of segment `seg` holding the phrase `needle` in `field`, with the positions
/// where it starts (all of them, overlapping ones too), for the documents alive.
pub(super) fn phrase_starts(
    seg: &SegmentReader,
    field: Field,
    needle: &[char],
) -> tantivy::Result<BTreeMap<DocId, Vec<u32>>> {
    let mut out = BTreeMap::new();
    let inverted = seg.inverted_index(field)?;
    let mut posts = Vec::with_capacity(needle.len());
    for c in needle {
        let term = Term::from_field_text(field, c.encode_utf8(&mut [0; 4]));
        match inverted.read_postings(&term, IndexRecordOption::WithFreqsAndPositions)? {
            Some(p) => posts.push(p),
            None => return Ok(out),
        }
    }
    let alive = seg.alive_bitset();
    let mut positions: Vec<Vec<u32>> = vec![Vec::new(); posts.len()];
    let Some((first, rest)) = posts.split_first_mut() else {
        return Ok(out);
    };
    let mut doc = first.doc();
    'docs: while doc != TERMINATED {
        // Every term's postings on the same document (leapfrog).
        for p in rest.iter_mut() {
            let d = if p.doc() < doc { p.seek(doc) } else { p.doc() };
            if d != doc {
                doc = if d == TERMINATED { d } else { first.seek(d) };
                continue 'docs;
            }
        }
        if alive.is_none_or(|a| a.is_alive(doc)) {
            first.positions(&mut positions[0]);
            for (k, p) in rest.iter_mut().enumerate() {
                p.positions(&mut positions[k + 1]);
            }
            let starts: Vec<u32> = positions[0]
                .iter()
                .copied()
                .filter(|&s| {
                    positions[1..].iter().enumerate().all(|(k, pos)| {
                        u32::try_from(k + 1)
                            .ok()
                            .and_then(|o| s.checked_add(o))
                            .is_some_and(|want| pos.binary_search(&want).is_ok())
                    })
                })
                .collect();
            if !starts.is_empty() {
                out.insert(doc, starts);
            }
        }
        doc = first.advance();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_values_round_trip_and_sort_in_field_order() {
        let a = Article {
            title: vec!["甲乙".into(), "丙".into()],
            paragraphs: vec!["一二三".into()],
            captions: vec![
                crate::model::Caption {
                    text: None,
                    credit: None,
                },
                crate::model::Caption {
                    text: Some("图".into()),
                    credit: None,
                },
            ],
            byline: vec!["记者".into()],
            ..Article::default()
        };
        let mut v = layout(&a);
        v.reverse();
        v.sort_unstable();
        let got: Vec<(Side, Place, usize)> = v.into_iter().map(decode).collect();
        assert_eq!(
            got,
            vec![
                (Side::Title, Place::Title(0), 2),
                (Side::Title, Place::Title(1), 1),
                (Side::Body, Place::Para(0), 3),
                (Side::Body, Place::Caption(1), 1),
                (Side::Body, Place::Byline, 2),
            ]
        );
    }

    #[test]
    fn starts_map_to_places_past_the_gaps_without_overlaps() {
        // Values of 3, 0 and 4 chars start at 0, 4 and 5.
        let layout: Vec<u64> = [(Place::Para(0), 3), (Place::Para(1), 0), (Place::Byline, 4)]
            .iter()
            .enumerate()
            .filter_map(|(k, &(p, n))| encode(Side::Body, k, p, n))
            .collect();
        let got = place_starts(&layout, Side::Body, &[0, 1, 5, 6, 7], 2);
        assert_eq!(
            got,
            vec![(Place::Para(0), 0), (Place::Byline, 0), (Place::Byline, 2)]
        );
    }

    #[test]
    fn numbers_too_big_for_their_bits_leave_no_layout() {
        let a = Article {
            paragraphs: vec![String::new(); (1 << SEG_BITS) + 1],
            ..Article::default()
        };
        assert!(layout(&a).is_empty());
    }
}
