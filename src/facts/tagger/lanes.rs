//! The decoder the shipped model runs: Viterbi over the tags as eight i16 lanes, so each step
//! is a few vector operations instead of 34 scalar compare-and-selects, with no allocation once
//! its buffers have grown.
//!
//! i16 is exact here because the model's numbers are small: an emission is the sum of
//! [`PER_CHAR`] i8 weights, transitions and starts are bounded by [`MAX_TRANS`] (checked when the
//! model is read), and every step subtracts its best score, so the scores stay within a few
//! steps' worth of those bounds. It must agree with [`viterbi`](super::decode::viterbi), ties included (tested).

use super::decode::{allowed, TAGS};
use super::features::PER_CHAR;

/// Lanes a score vector has: the tags, padded to a vector's width.
pub const LANES: usize = 8;

/// A score a tag (lane `TAGS..` is padding, always far below the rest).
pub type Lane = [i16; LANES];

/// Largest transition or start weight (in absolute value) the i16 decoder is exact for.
pub const MAX_TRANS: i32 = 1024;

/// Largest emission in absolute value: a sum of `PER_CHAR` i8 weights.
const MAX_EMIT: i32 = 128 * PER_CHAR as i32;

/// Stands for a disallowed move or start: every allowed candidate lies above it (after the
/// step's best is subtracted, scores are at least `-4 (MAX_TRANS + MAX_EMIT)`, and a candidate
/// adds one more transition), and a disallowed start followed by a disallowed move still fits
/// an i16 (the adds saturate anyway, so nothing wraps).
const NEG: i16 = -12_288;

const _: () = {
    let bound = MAX_TRANS + MAX_EMIT;
    assert!((NEG as i32) < -4 * bound - MAX_TRANS);
    assert!(2 * (NEG as i32) - 2 * bound > i16::MIN as i32);
};

/// Transition and start scores laid out for the lanes: `tr[prev][cur]`, disallowed moves at
/// [`NEG`].
#[derive(Debug, Clone)]
pub struct Lanes {
    tr: [Lane; TAGS],
    start: Lane,
    #[cfg(target_arch = "x86_64")]
    sse: sse::Sse,
}

/// What the decoder keeps of each step: the step's scores, in the form the decoder computes
/// them in (an SSE2 register on x86-64, else [`Lane`]).
#[cfg(target_arch = "x86_64")]
pub type Score = std::arch::x86_64::__m128i;
#[cfg(not(target_arch = "x86_64"))]
pub type Score = Lane;

impl Lanes {
    /// The lanes of a model's `trans` (`prev * TAGS + cur`) and `start`; `None` when a weight
    /// is beyond [`MAX_TRANS`] (the i16 scores would no longer be exact) or a table is short.
    pub fn new(trans: &[i32], start: &[i32]) -> Option<Lanes> {
        let small = |v: i32| (v.abs() <= MAX_TRANS).then_some(v as i16);
        let mut tr = [[NEG; LANES]; TAGS];
        for (prev, row) in tr.iter_mut().enumerate() {
            for (cur, t) in row.iter_mut().enumerate().take(TAGS) {
                if allowed(Some(prev), cur) {
                    *t = small(*trans.get(prev * TAGS + cur)?)?;
                }
            }
        }
        let mut st = [NEG; LANES];
        for (t, s) in st.iter_mut().enumerate().take(TAGS) {
            let v = small(*start.get(t)?)?;
            if allowed(None, t) {
                *s = v;
            }
        }
        Some(Lanes {
            tr,
            start: st,
            #[cfg(target_arch = "x86_64")]
            // SAFETY: SSE2 is part of the x86-64 baseline: every CPU this code runs on has it.
            sse: unsafe { sse::Sse::new(&tr, &st) },
        })
    }

    /// The best tag sequence for `emit` (one lane vector a char, each lane within a sum of
    /// `PER_CHAR` i8 weights) into `tags`, using `scores` for each step's scores. Same result
    /// as [`viterbi`](super::decode::viterbi) on the same numbers.
    ///
    /// The forward pass keeps only each step's scores (a max over the previous tags, all
    /// current tags at once), not which previous tag won: the backtrace asks that of the one
    /// tag it follows at each step, from the kept scores, with the same arithmetic and the
    /// same tie rule, so the work a char costs is a few vector maxima and one scalar search.
    pub fn decode(&self, emit: &[Lane], scores: &mut Vec<Score>, tags: &mut Vec<usize>) {
        // SAFETY: SSE2 is part of the x86-64 baseline: every CPU this code runs on has it.
        #[cfg(target_arch = "x86_64")]
        unsafe {
            self.sse.decode(emit, scores, tags)
        };
        #[cfg(not(target_arch = "x86_64"))]
        self.decode_portable(emit, scores, tags);
    }

    /// [`Lanes::decode`] in plain Rust, for targets without SSE2 (and to test it on those with).
    pub fn decode_portable(&self, emit: &[Lane], scores: &mut Vec<Lane>, tags: &mut Vec<usize>) {
        tags.clear();
        scores.clear();
        let Some(first) = emit.first() else { return };
        scores.reserve(emit.len());
        let mut score = renormalised(add(self.start, first));
        scores.push(score);
        for e in &emit[1..] {
            score = renormalised(add(self.best(&score), e));
            scores.push(score);
        }
        let mut t = (0..TAGS).max_by_key(|&t| score[t]).unwrap_or(0);
        tags.resize(emit.len(), 0);
        for i in (0..emit.len()).rev() {
            tags[i] = t;
            if i > 0 {
                t = self.arg(&scores[i - 1], t);
            }
        }
    }

    /// For every tag, the best previous score plus transition: one pass over the previous
    /// tags, all current tags at once.
    #[inline(always)]
    fn best(&self, score: &Lane) -> Lane {
        let mut best = [i16::MIN; LANES];
        for (&s, row) in score.iter().zip(&self.tr) {
            for (b, &t) in best.iter_mut().zip(row) {
                *b = (*b).max(s.saturating_add(t));
            }
        }
        best
    }

    /// Which previous tag gave `cur` its best score after `score` (the lowest on a tie), as
    /// [`Lanes::best`] computes it.
    #[inline(always)]
    fn arg(&self, score: &Lane, cur: usize) -> usize {
        let mut best = i16::MIN;
        let mut arg = 0;
        for (prev, (&s, row)) in score.iter().zip(&self.tr).enumerate() {
            let v = s.saturating_add(row[cur]);
            if v > best {
                best = v;
                arg = prev;
            }
        }
        arg
    }
}

/// Lane-wise saturating sum.
#[inline(always)]
fn add(a: Lane, b: &Lane) -> Lane {
    let mut out = a;
    for (o, &x) in out.iter_mut().zip(b) {
        *o = o.saturating_add(x);
    }
    out
}

/// The scores less their best, so they stay near zero however long the text: comparisons,
/// and so the decoded tags, are unchanged by subtracting the same number from every lane.
#[inline(always)]
fn renormalised(mut s: Lane) -> Lane {
    let top = s.iter().copied().fold(i16::MIN, i16::max);
    for x in &mut s {
        *x = x.saturating_sub(top);
    }
    s
}

#[cfg(target_arch = "x86_64")]
mod sse;

#[cfg(test)]
mod tests {
    use super::super::decode::viterbi;
    use super::*;

    /// xorshift numbers in `-range..=range`.
    fn numbers(seed: &mut u64, range: i32) -> i32 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % (2 * range as u64 + 1)) as i32 - range
    }

    fn lanes_of(emit: &[i32]) -> Vec<Lane> {
        emit.chunks_exact(TAGS)
            .map(|e| {
                let mut l = [0; LANES];
                for (x, &v) in l.iter_mut().zip(e) {
                    *x = v as i16;
                }
                l
            })
            .collect()
    }

    #[test]
    fn lanes_agree_with_viterbi() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let (mut back, mut tags) = (Vec::new(), Vec::new());
        for round in 0..600 {
            // Small ranges make ties common; the extremes check the i16 bounds.
            let (er, tr) = match round % 3 {
                0 => (3, 3),
                1 => (400, 200),
                _ => (MAX_EMIT, MAX_TRANS),
            };
            let n = 1 + round % 60;
            let emit: Vec<i32> = (0..n * TAGS).map(|_| numbers(&mut seed, er)).collect();
            let trans: Vec<i32> = (0..TAGS * TAGS).map(|_| numbers(&mut seed, tr)).collect();
            let start: Vec<i32> = (0..TAGS).map(|_| numbers(&mut seed, tr)).collect();
            let lanes = Lanes::new(&trans, &start).expect("in range");
            lanes.decode(&lanes_of(&emit), &mut back, &mut tags);
            assert_eq!(tags, viterbi(&emit, &trans, &start), "round {round}");
        }
    }

    #[test]
    fn the_portable_decoder_agrees_with_viterbi() {
        let mut seed = 0x5851_f42d_4c95_7f2du64;
        let (mut scores, mut tags) = (Vec::new(), Vec::new());
        for round in 0..300 {
            let (er, tr) = if round % 2 == 0 {
                (3, 3)
            } else {
                (MAX_EMIT, MAX_TRANS)
            };
            let n = 1 + round % 50;
            let emit: Vec<i32> = (0..n * TAGS).map(|_| numbers(&mut seed, er)).collect();
            let trans: Vec<i32> = (0..TAGS * TAGS).map(|_| numbers(&mut seed, tr)).collect();
            let start: Vec<i32> = (0..TAGS).map(|_| numbers(&mut seed, tr)).collect();
            let lanes = Lanes::new(&trans, &start).expect("in range");
            lanes.decode_portable(&lanes_of(&emit), &mut scores, &mut tags);
            assert_eq!(tags, viterbi(&emit, &trans, &start), "round {round}");
        }
    }

    #[test]
    fn long_texts_with_extreme_weights_stay_exact() {
        // Without the per-step subtraction the scores of a few hundred chars at these bounds
        // would overflow an i16.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let (mut back, mut tags) = (Vec::new(), Vec::new());
        for round in 0..10 {
            let n = 3_000;
            let emit: Vec<i32> = (0..n * TAGS)
                .map(|_| numbers(&mut seed, MAX_EMIT))
                .collect();
            let trans: Vec<i32> = (0..TAGS * TAGS)
                .map(|_| numbers(&mut seed, MAX_TRANS))
                .collect();
            let start: Vec<i32> = (0..TAGS).map(|_| numbers(&mut seed, MAX_TRANS)).collect();
            let lanes = Lanes::new(&trans, &start).expect("in range");
            lanes.decode(&lanes_of(&emit), &mut back, &mut tags);
            assert_eq!(tags, viterbi(&emit, &trans, &start), "round {round}");
        }
    }

    #[test]
    fn large_weights_are_refused() {
        assert!(Lanes::new(&[MAX_TRANS + 1; TAGS * TAGS], &[0; TAGS]).is_none());
        assert!(Lanes::new(&[0; TAGS * TAGS], &[-MAX_TRANS - 1; TAGS]).is_none());
        assert!(Lanes::new(&[0; 3], &[0; TAGS]).is_none());
    }

    #[test]
    fn nothing_decodes_to_nothing() {
        let lanes = Lanes::new(&[0; TAGS * TAGS], &[0; TAGS]).expect("in range");
        let mut tags = vec![3];
        lanes.decode(&[], &mut Vec::new(), &mut tags);
        assert!(tags.is_empty());
    }
}
