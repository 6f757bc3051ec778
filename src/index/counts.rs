//! How often a query occurs in each document, from the postings alone: a keystroke's hit count
//! over a whole archive, without placing a single hit. The reader places the hits of the
//! article it shows by scanning that article (microseconds); it only needs the count of every
//! other one, and counting is what the index does fast. Placing every hit of `经` over 10,000
//! pages (200,000 of them) cost 45 ms a keystroke, most of it allocating them.
//!
//! The tokenizer gives one token per char and one per pair of neighbouring chars at the
//! first's position, so positions are char offsets; tantivy leaves a free position after each
//! value of a field, so no phrase spans two segments. A needle is looked up as the fewest
//! terms that cover it ([`terms`]): one char, one pair, or pairs at every other offset.
//! Counting is as the scan counts ([`super::scan::matches`]): non-overlapping, left to right.
//! Within a field that is a greedy pass over the phrase's starts: a match never crosses a
//! value's end, so the next value's first start is always past the last match.

use tantivy::postings::{Postings, SegmentPostings};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, SegmentReader, Term, TERMINATED};

/// The terms that cover a needle of `n` chars, by the offset each starts at: the needle
/// itself when it is one char or a pair; else pairs at offsets 0, 2, 4, … and one ending at
/// the needle's end (`经开区` → `经开`@0, `开区`@1).
fn terms(needle: &[char]) -> Vec<(String, usize)> {
    let n = needle.len();
    if n <= 2 {
        return vec![(needle.iter().collect(), 0)];
    }
    let mut offsets: Vec<usize> = (0..n - 1).step_by(2).collect();
    if offsets.last() != Some(&(n - 2)) {
        offsets.push(n - 2);
    }
    offsets
        .into_iter()
        .map(|k| (needle[k..k + 2].iter().collect(), k))
        .collect()
}

/// Whether no two matches of the needle can overlap: then each occurrence of a one-term
/// needle is a hit of its own and its term's frequency is the count (`哈哈` in `哈哈哈` occurs
/// twice, but is one non-overlapping hit).
fn never_overlaps(needle: &[char]) -> bool {
    (1..needle.len()).all(|shift| needle[shift..] != needle[..needle.len() - shift])
}

/// The documents of segment `seg` holding the folded `needle` in `field`, with how many
/// non-overlapping times, in document order; deleted documents left out.
pub(super) fn phrase_counts(
    seg: &SegmentReader,
    field: Field,
    needle: &[char],
) -> tantivy::Result<Vec<(DocId, u32)>> {
    let inverted = seg.inverted_index(field)?;
    let terms = terms(needle);
    // One term that cannot overlap itself needs no positions: each occurrence is one hit.
    let by_freq = terms.len() == 1 && never_overlaps(needle);
    let option = if by_freq {
        IndexRecordOption::WithFreqs
    } else {
        IndexRecordOption::WithFreqsAndPositions
    };
    let mut posts = Vec::with_capacity(terms.len());
    let mut offsets = Vec::with_capacity(terms.len());
    for (text, offset) in &terms {
        let term = Term::from_field_text(field, text);
        match inverted.read_postings(&term, option)? {
            Some(p) => posts.push(p),
            None => return Ok(Vec::new()),
        }
        offsets.push(*offset as u64);
    }
    let alive = seg.alive_bitset();
    let mut out = Vec::new();
    if let ([only], true) = (posts.as_mut_slice(), by_freq) {
        let mut doc = only.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                out.push((doc, only.term_freq()));
            }
            doc = only.advance();
        }
        return Ok(out);
    }
    let mut phrase = Phrase::new(offsets);
    // The rarest term leads the walk over documents: the fewest seeks for the others.
    let lead = (0..posts.len())
        .min_by_key(|&k| posts[k].doc_freq())
        .unwrap_or(0);
    let mut doc = posts[lead].doc();
    'docs: while doc != TERMINATED {
        for k in 0..posts.len() {
            let p = &mut posts[k];
            let d = if p.doc() < doc { p.seek(doc) } else { p.doc() };
            if d != doc {
                doc = if d == TERMINATED {
                    d
                } else {
                    posts[lead].seek(d)
                };
                continue 'docs;
            }
        }
        if alive.is_none_or(|a| a.is_alive(doc)) {
            let n = phrase.count(&mut posts, needle.len());
            if n > 0 {
                out.push((doc, n));
            }
        }
        doc = posts[lead].advance();
    }
    Ok(out)
}

/// Position buffers, one per term of the needle (with the offset it starts at), kept from
/// one document to the next.
struct Phrase {
    positions: Vec<Vec<u32>>,
    offsets: Vec<u64>,
    at: Vec<usize>,
}

impl Phrase {
    fn new(offsets: Vec<u64>) -> Phrase {
        Phrase {
            positions: vec![Vec::new(); offsets.len()],
            at: vec![0; offsets.len()],
            offsets,
        }
    }

    /// Non-overlapping matches of the phrase in the document all `posts` stand on.
    fn count(&mut self, posts: &mut [SegmentPostings], n: usize) -> u32 {
        for (p, buf) in posts.iter_mut().zip(self.positions.iter_mut()) {
            buf.clear();
            p.positions(buf);
        }
        self.at.iter_mut().for_each(|a| *a = 0);
        let (first, rest) = self.positions.split_at(1);
        let mut count = 0u32;
        // The first position free for a match (the scan does not overlap them).
        let mut free = 0u64;
        for &s in first.iter().flatten() {
            let s = u64::from(s);
            if s < free {
                continue;
            }
            let whole = rest
                .iter()
                .zip(self.at.iter_mut())
                .zip(&self.offsets[1..])
                .all(|((pos, at), &offset)| {
                    let want = s + offset;
                    while pos.get(*at).is_some_and(|&p| u64::from(p) < want) {
                        *at += 1;
                    }
                    pos.get(*at).is_some_and(|&p| u64::from(p) == want)
                });
            if whole {
                count = count.saturating_add(1);
                free = s + n as u64;
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_needle_is_covered_by_the_fewest_terms() {
        let got = |s: &str| terms(&chars(s));
        assert_eq!(got("经"), vec![("经".into(), 0)]);
        assert_eq!(got("经开"), vec![("经开".into(), 0)]);
        assert_eq!(got("经开区"), vec![("经开".into(), 0), ("开区".into(), 1)]);
        assert_eq!(
            got("开发区建"),
            vec![("开发".into(), 0), ("区建".into(), 2)]
        );
        assert_eq!(
            got("开发区建设"),
            vec![("开发".into(), 0), ("区建".into(), 2), ("建设".into(), 3)]
        );
    }

    #[test]
    fn only_a_needle_that_repeats_itself_overlaps() {
        assert!(never_overlaps(&chars("经开")));
        assert!(never_overlaps(&chars("经")));
        assert!(!never_overlaps(&chars("哈哈")));
        assert!(!never_overlaps(&chars("经开经")));
        assert!(never_overlaps(&chars("经经开")));
    }
}
