//! The i16 Viterbi of [`super`] on SSE2 registers, which every x86-64 CPU has: eight tags'
//! scores in one register, so a step is a broadcast, an add and a max per previous tag. The
//! compiler's own vectorising of the plain loops split the eight lanes over three registers
//! and cost twice the instructions.
//!
//! Same arithmetic as [`super::Lanes::decode_portable`] (saturating adds and subtractions, the
//! lowest previous tag on a tie, the last best tag at the end), so the same tags, tested
//! against the plain Viterbi in `super::tests`.

use std::arch::x86_64::{
    __m128i, _mm_adds_epi16, _mm_cmpeq_epi16, _mm_extract_epi16, _mm_max_epi16, _mm_movemask_epi8,
    _mm_set_epi16, _mm_shuffle_epi32, _mm_shufflehi_epi16, _mm_shufflelo_epi16, _mm_subs_epi16,
};

use super::{Lane, TAGS};

/// A model's transitions and starts in registers.
#[derive(Debug, Clone)]
pub struct Sse {
    /// `tr[prev]`: the scores of moving from `prev` to each tag.
    tr: [__m128i; TAGS],
    /// `col[cur]`: the scores of moving to `cur` from each tag (lane 7 at the floor, so it
    /// never wins the back-pointer search).
    col: [__m128i; TAGS],
    start: __m128i,
}

/// A lane vector in a register.
#[inline]
#[target_feature(enable = "sse2")]
fn load(l: &Lane) -> __m128i {
    _mm_set_epi16(l[7], l[6], l[5], l[4], l[3], l[2], l[1], l[0])
}

/// A register's lanes.
#[target_feature(enable = "sse2")]
fn lanes(v: __m128i) -> Lane {
    [
        _mm_extract_epi16::<0>(v) as i16,
        _mm_extract_epi16::<1>(v) as i16,
        _mm_extract_epi16::<2>(v) as i16,
        _mm_extract_epi16::<3>(v) as i16,
        _mm_extract_epi16::<4>(v) as i16,
        _mm_extract_epi16::<5>(v) as i16,
        _mm_extract_epi16::<6>(v) as i16,
        _mm_extract_epi16::<7>(v) as i16,
    ]
}

/// The largest lane, in every lane.
#[inline]
#[target_feature(enable = "sse2")]
fn top(v: __m128i) -> __m128i {
    let m = _mm_max_epi16(v, _mm_shuffle_epi32::<0x4E>(v));
    let m = _mm_max_epi16(m, _mm_shuffle_epi32::<0xB1>(m));
    _mm_max_epi16(
        m,
        _mm_shufflelo_epi16::<0xB1>(_mm_shufflehi_epi16::<0xB1>(m)),
    )
}

/// The scores less their best (see `super::renormalised`).
#[inline]
#[target_feature(enable = "sse2")]
fn renormalised(v: __m128i) -> __m128i {
    _mm_subs_epi16(v, top(v))
}

impl Sse {
    #[target_feature(enable = "sse2")]
    pub fn new(tr: &[Lane; TAGS], start: &Lane) -> Sse {
        let col = std::array::from_fn(|cur| {
            let mut c = [i16::MIN; 8];
            for (prev, x) in c.iter_mut().enumerate().take(TAGS) {
                *x = tr[prev][cur];
            }
            load(&c)
        });
        Sse {
            tr: std::array::from_fn(|prev| load(&tr[prev])),
            col,
            start: load(start),
        }
    }

    /// For every tag, the best previous score plus transition (each previous tag's score
    /// broadcast to all lanes, added to its row, maxed in).
    #[inline]
    #[target_feature(enable = "sse2")]
    fn best(&self, s: __m128i) -> __m128i {
        let t = &self.tr;
        let b0 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0x00>(_mm_shufflelo_epi16::<0x00>(s)),
            t[0],
        );
        let b1 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0x00>(_mm_shufflelo_epi16::<0x55>(s)),
            t[1],
        );
        let b2 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0x00>(_mm_shufflelo_epi16::<0xAA>(s)),
            t[2],
        );
        let b3 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0x00>(_mm_shufflelo_epi16::<0xFF>(s)),
            t[3],
        );
        let b4 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0xAA>(_mm_shufflehi_epi16::<0x00>(s)),
            t[4],
        );
        let b5 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0xAA>(_mm_shufflehi_epi16::<0x55>(s)),
            t[5],
        );
        let b6 = _mm_adds_epi16(
            _mm_shuffle_epi32::<0xAA>(_mm_shufflehi_epi16::<0xAA>(s)),
            t[6],
        );
        let m = _mm_max_epi16(_mm_max_epi16(b0, b1), _mm_max_epi16(b2, b3));
        _mm_max_epi16(m, _mm_max_epi16(_mm_max_epi16(b4, b5), b6))
    }

    /// Which previous tag gave `cur` its best score after `s`: the lowest lane holding the
    /// maximum.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn arg(&self, s: __m128i, cur: usize) -> usize {
        let v = _mm_adds_epi16(s, self.col[cur]);
        let mask = _mm_movemask_epi8(_mm_cmpeq_epi16(v, top(v))) as u32;
        (mask.trailing_zeros() / 2) as usize
    }

    /// See [`super::Lanes::decode`].
    #[target_feature(enable = "sse2")]
    pub fn decode(&self, emit: &[Lane], scores: &mut Vec<__m128i>, tags: &mut Vec<usize>) {
        tags.clear();
        scores.clear();
        let Some(first) = emit.first() else { return };
        scores.reserve(emit.len());
        let mut score = renormalised(_mm_adds_epi16(self.start, load(first)));
        scores.push(score);
        for e in &emit[1..] {
            score = renormalised(_mm_adds_epi16(self.best(score), load(e)));
            scores.push(score);
        }
        let last = lanes(score);
        let mut t = (0..TAGS).max_by_key(|&t| last[t]).unwrap_or(0);
        tags.resize(emit.len(), 0);
        for i in (0..emit.len()).rev() {
            tags[i] = t;
            if let Some(&prev) = i.checked_sub(1).and_then(|k| scores.get(k)) {
                t = self.arg(prev, t);
            }
        }
    }
}
