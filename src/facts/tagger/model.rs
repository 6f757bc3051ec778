//! The tagger's weights: a table of hashed feature rows, one small integer weight per tag, read
//! in place from the bytes embedded in the binary (nothing is copied or decoded but the header).
//!
//! Format (little-endian): `DBNER3\0\0` (3: eight features a char), u32 row bits, u32 tag count, then `tags × tags`
//! transition and `tags` start weights as i32, then the rows: [`ROW`] bytes each, one i8 weight
//! a tag and zero padding, so a row is one aligned 8-byte load.

use super::decode::TAGS;
use super::features::PER_CHAR;
use super::lanes::{Lane, Lanes, LANES};

const MAGIC: &[u8; 8] = b"DBNER3\0\0";

/// Bytes a row: the tags' weights, padded.
pub const ROW: usize = 8;

/// Row bits of the models the library reads: 2^18 rows (2 MB). Fixed at compile time, a
/// feature's row is one shift by a constant and needs no bounds check (a shifted-down hash is
/// below the row count by construction): about three instructions fewer a feature, eight
/// features a char. The trainer may write other sizes for experiments; the library reads
/// only this one.
pub const BITS: u32 = 18;

/// Rows of a model of [`BITS`].
const ROWS: usize = 1 << BITS;

/// The weight table, one row of [`ROW`] i8 weights (as bytes) a feature hash.
type Table = [[u8; ROW]; ROWS];

// A row is summed straight into the decoder's lanes.
const _: () = assert!(ROW == LANES && TAGS <= ROW);

/// A model read from its bytes.
pub struct Model {
    pub trans: Vec<i32>,
    pub start: Vec<i32>,
    /// `trans` and `start` as the i16 decoder wants them.
    pub lanes: Lanes,
    rows: &'static Table,
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn i32_at(b: &[u8], at: usize) -> Option<i32> {
    Some(i32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Model {
    /// Reads the header; `None` when the bytes are no model of this format and tag set (an
    /// empty asset, say), or its transitions are too large for the i16 decoder
    /// ([`super::lanes::MAX_TRANS`]), so a build without a usable model still runs on its rules.
    pub fn parse(bytes: &'static [u8]) -> Option<Model> {
        if bytes.get(..8)? != MAGIC {
            return None;
        }
        let bits = u32_at(bytes, 8)?;
        let tags = u32_at(bytes, 12)? as usize;
        if tags != TAGS || bits != BITS {
            return None;
        }
        let mut at = 16;
        let mut ints = |k: usize| -> Option<Vec<i32>> {
            let v = (0..k)
                .map(|i| i32_at(bytes, at + 4 * i))
                .collect::<Option<Vec<i32>>>()?;
            at += 4 * k;
            Some(v)
        };
        let trans = ints(TAGS * TAGS)?;
        let start = ints(TAGS)?;
        let (rows, rest) = bytes.get(at..)?.as_chunks::<ROW>();
        let rows: &'static Table = rows.try_into().ok()?;
        if !rest.is_empty() {
            return None;
        }
        let lanes = Lanes::new(&trans, &start)?;
        Some(Model {
            trans,
            start,
            lanes,
            rows,
        })
    }

    /// Serialises a model (the trainer's side of [`Model::parse`]).
    pub fn write(bits: u32, trans: &[i32], start: &[i32], rows: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for v in [bits, TAGS as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for v in trans.iter().chain(start) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(rows);
        out
    }

    /// The row a feature hash falls in, in a table of `bits` row bits (at most 31:
    /// `features::finish` leaves the hash's top 31 bits well mixed).
    #[inline(always)]
    pub fn row(bits: u32, h: u64) -> usize {
        (h >> (64 - bits)) as usize
    }

    /// The emission scores of one char, one lane a tag: the sum of its features' rows. i16
    /// holds it exactly (`PER_CHAR` i8 weights), and eight of them are one vector add.
    #[inline(always)]
    pub fn emission(&self, hashes: &[u64; PER_CHAR]) -> Lane {
        // Rows as fixed arrays: the adds become one vector op.
        let mut acc = [0i16; LANES];
        for &h in hashes {
            let row = &self.rows[Model::row(BITS, h)];
            for (a, &w) in acc.iter_mut().zip(row) {
                *a += i16::from(w as i8);
            }
        }
        acc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leak(v: Vec<u8>) -> &'static [u8] {
        Box::leak(v.into_boxed_slice())
    }

    #[test]
    fn a_written_model_parses_and_scores() {
        let bits = BITS;
        let mut rows = vec![0u8; (1 << bits) * ROW];
        rows[3] = 5; // row 0, tag 3
        let bytes = Model::write(bits, &[0; TAGS * TAGS], &[1; TAGS], &rows);
        let m = Model::parse(leak(bytes)).expect("parses");
        assert_eq!(m.start, vec![1; TAGS]);
        let emit = m.emission(&[0; PER_CHAR]);
        assert_eq!(emit[3], 5 * PER_CHAR as i16);
        assert_eq!(emit[0], 0);
    }

    #[test]
    fn garbage_is_no_model() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"DBNER1\0\0\x08\0\0\0").is_none());
        let short = Model::write(BITS, &[0; TAGS * TAGS], &[0; TAGS], &[0; 10]);
        assert!(Model::parse(leak(short)).is_none());
        // Another table size is no model the library reads.
        let small = Model::write(8, &[0; TAGS * TAGS], &[0; TAGS], &[0; (1 << 8) * ROW]);
        assert!(Model::parse(leak(small)).is_none());
    }
}
