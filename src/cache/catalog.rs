//! The catalog of the page cache: where each source file's entry is, by the file's key — which
//! pack file, at which offset, how long. One small file, written whole (temporary file renamed
//! into place) under the cache's lock, read at the first lookup of a run.
//!
//! Untrusted like the rest of the cache: a truncated or corrupted catalog does not decode and is
//! replaced by an empty one (the caller says so once); a location that points at the wrong bytes
//! is caught by the entry's own checks (magic, path, checksums).
//!
//! Layout: magic, format, record count and payload checksum, then the records: the file key
//! (`u128`), the pack's id (`u64`), the offset (`u64`), the length (`u32`) and the entry's mark
//! (`u64`), little-endian.

use std::collections::HashMap;

const MAGIC: &[u8; 7] = b"DUBAOCT";
/// Bumped whenever the layout changes.
pub const FORMAT: u8 = 2;
/// Bytes of one record: key, pack, offset, length, mark.
const RECORD: usize = 16 + 8 + 8 + 4 + 8;
/// A header's bytes: magic, format, count, checksum.
const HEADER: usize = 7 + 1 + 8 + 8;

/// Where an entry is: in pack `pack`, `len` bytes from `offset`; `mark` tells this write of
/// the entry from any other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loc {
    pub pack: u64,
    pub offset: u64,
    pub len: u32,
    /// Made from where the entry was first written ([`Loc::first_mark`]) and kept when
    /// compaction moves it: the archive summary checks its records against marks, so a mark
    /// made from where the entry is now made every record stale after a compaction, and the
    /// next open read the whole archive from its entries again.
    pub mark: u64,
}

impl Loc {
    /// The mark of an entry written at `pack`, `offset`, `len`: an entry is never rewritten in
    /// place, so no other write has it.
    pub fn first_mark(pack: u64, offset: u64, len: u32) -> u64 {
        let mut bytes = [0u8; 20];
        bytes[..8].copy_from_slice(&pack.to_le_bytes());
        bytes[8..16].copy_from_slice(&offset.to_le_bytes());
        bytes[16..].copy_from_slice(&len.to_le_bytes());
        xxhash_rust::xxh3::xxh3_64(&bytes)
    }
}

/// Why a catalog file was not used.
#[derive(Debug, PartialEq, Eq)]
pub enum Bad {
    /// Truncated or corrupted.
    Damaged,
    /// Another layout (another version of dubao).
    OtherFormat,
}

/// Every entry's location by file key.
pub type Catalog = HashMap<u128, Loc>;

/// The catalog file's bytes.
pub fn encode(catalog: &Catalog) -> Vec<u8> {
    let mut payload = Vec::with_capacity(catalog.len() * RECORD);
    for (key, loc) in catalog {
        payload.extend_from_slice(&key.to_le_bytes());
        payload.extend_from_slice(&loc.pack.to_le_bytes());
        payload.extend_from_slice(&loc.offset.to_le_bytes());
        payload.extend_from_slice(&loc.len.to_le_bytes());
        payload.extend_from_slice(&loc.mark.to_le_bytes());
    }
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&(catalog.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Decodes a catalog file's bytes, checking its magic, format, length and checksum.
pub fn decode(bytes: &[u8]) -> Result<Catalog, Bad> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(Bad::Damaged)?;
    let (&format, rest) = rest.split_first().ok_or(Bad::Damaged)?;
    if format != FORMAT {
        return Err(Bad::OtherFormat);
    }
    let (count, rest) = u64_at(rest)?;
    let (sum, payload) = u64_at(rest)?;
    let expected = usize::try_from(count)
        .ok()
        .and_then(|n| n.checked_mul(RECORD))
        .ok_or(Bad::Damaged)?;
    if payload.len() != expected || xxhash_rust::xxh3::xxh3_64(payload) != sum {
        return Err(Bad::Damaged);
    }
    let mut catalog = Catalog::with_capacity(expected / RECORD);
    for record in payload.chunks_exact(RECORD) {
        let (key, rest) = record.split_at(16);
        let key = u128::from_le_bytes(key.try_into().map_err(|_| Bad::Damaged)?);
        let (pack, rest) = u64_at(rest)?;
        let (offset, rest) = u64_at(rest)?;
        let (len, rest) = rest.split_at_checked(4).ok_or(Bad::Damaged)?;
        let len = u32::from_le_bytes(len.try_into().map_err(|_| Bad::Damaged)?);
        let (mark, _) = u64_at(rest)?;
        catalog.insert(
            key,
            Loc {
                pack,
                offset,
                len,
                mark,
            },
        );
    }
    Ok(catalog)
}

/// Bytes each pack holds for live entries: what compaction weighs against the packs' sizes.
pub fn live_bytes(catalog: &Catalog) -> HashMap<u64, u64> {
    let mut live: HashMap<u64, u64> = HashMap::new();
    for loc in catalog.values() {
        *live.entry(loc.pack).or_default() += u64::from(loc.len);
    }
    live
}

/// A little-endian `u64` at the start of `bytes`, and the rest.
fn u64_at(bytes: &[u8]) -> Result<(u64, &[u8]), Bad> {
    let (n, rest) = bytes.split_at_checked(8).ok_or(Bad::Damaged)?;
    Ok((
        u64::from_le_bytes(n.try_into().map_err(|_| Bad::Damaged)?),
        rest,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Catalog {
        (0..50u64)
            .map(|i| {
                let loc = Loc {
                    pack: i % 3,
                    offset: i * 1000,
                    len: 900 + u32::try_from(i).unwrap(),
                    mark: i * 7,
                };
                (u128::from(i) << 70 | u128::from(i), loc)
            })
            .collect()
    }

    #[test]
    fn a_catalog_reads_back_as_written() {
        let c = sample();
        assert_eq!(decode(&encode(&c)), Ok(c));
        assert_eq!(decode(&encode(&Catalog::new())), Ok(Catalog::new()));
    }

    #[test]
    fn a_truncated_or_flipped_catalog_is_damaged_and_another_format_is_told_apart() {
        let bytes = encode(&sample());
        for cut in [0, 5, HEADER, bytes.len() - 1] {
            assert_eq!(decode(&bytes[..cut]), Err(Bad::Damaged), "cut at {cut}");
        }
        for at in [0, 9, HEADER + 3, bytes.len() - 2] {
            let mut b = bytes.clone();
            b[at] ^= 0x40;
            assert_eq!(decode(&b), Err(Bad::Damaged), "flip at {at}");
        }
        let mut b = bytes.clone();
        b[MAGIC.len()] = FORMAT + 1;
        assert_eq!(decode(&b), Err(Bad::OtherFormat));
    }

    #[test]
    fn live_bytes_add_up_per_pack() {
        let c = sample();
        let live = live_bytes(&c);
        let total: u64 = c.values().map(|l| u64::from(l.len)).sum();
        assert_eq!(live.values().sum::<u64>(), total);
        assert_eq!(live.len(), 3);
    }
}
