//! A per-archive summary: one small file holding, for every page file of an archive, the stamp
//! the cache checks (size, mtime, inode, ctime) and the page's head, so a warm `dubao list` (and
//! the id pass of every streaming subcommand) reads one file and stats each page, instead of
//! opening 10,000 cache entries.
//!
//! Keyed by the paths given and the working directory (a page's name, and so its ids, derive
//! from them); the file records the build of dubao that wrote it. Untrusted like the rest of the
//! cache: a damaged or other-build summary is ignored (the caller says so once) and rewritten;
//! a record is used only when its page file's stamp still matches, so a touched, edited, deleted
//! or renamed file is picked up by the stat and handled by the per-page cache.
//!
//! Layout: magic, format, build, payload length and checksum, then the payload: records one after
//! another, each a `u32` length and a MessagePack-encoded [`Record`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Stamp;
use crate::model::Page;

const MAGIC: &[u8; 7] = b"DUBAOSM";
/// Bumped whenever the layout or the encoding of a record changes.
const FORMAT: u8 = 1;
/// A summary of a million pages stays well under this; a larger length is corruption.
const MAX_PAYLOAD: u64 = 2 << 30;

/// One page file as the summary knows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    /// The name the file was given as (the page's `source`).
    pub name: String,
    pub size: u64,
    pub mtime_ns: u64,
    pub ino: u64,
    pub ctime_ns: u64,
    /// Whether the file's cache entry holds its facts.
    pub has_facts: bool,
    /// The page's head ([`super::head_of`]).
    pub head: Page,
}

impl Record {
    /// A record for a file with `stamp`; `None` when a time does not fit in 64 bits (year 2554),
    /// so such a file is simply never summarised.
    pub fn new(name: String, stamp: Stamp, has_facts: bool, head: Page) -> Option<Record> {
        Some(Record {
            name,
            size: stamp.size,
            mtime_ns: u64::try_from(stamp.mtime_ns).ok()?,
            ino: stamp.ino,
            ctime_ns: u64::try_from(stamp.ctime_ns).ok()?,
            has_facts,
            head,
        })
    }

    /// Whether the record was made for a file with this stamp.
    pub fn matches(&self, stamp: &Stamp) -> bool {
        self.size == stamp.size
            && u128::from(self.mtime_ns) == stamp.mtime_ns
            && self.ino == stamp.ino
            && u128::from(self.ctime_ns) == stamp.ctime_ns
    }
}

/// Why a summary file was not used (a missing one is not a problem).
#[derive(Debug, PartialEq, Eq)]
pub enum Bad {
    /// Truncated, corrupted.
    Damaged,
    /// Written by another build of dubao.
    OtherBuild,
}

/// A decoded summary: records by name.
#[derive(Debug, Default)]
pub struct Summary {
    records: HashMap<String, Record>,
}

impl Summary {
    /// The record of the file named `name`.
    pub fn get(&self, name: &str) -> Option<&Record> {
        self.records.get(name)
    }

    /// How many files it covers.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether it covers no file.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Decodes a summary file's bytes written by `build`.
    pub fn decode(bytes: &[u8], build: u64) -> Result<Summary, Bad> {
        let rest = bytes.strip_prefix(MAGIC).ok_or(Bad::Damaged)?;
        let (&format, rest) = rest.split_first().ok_or(Bad::Damaged)?;
        if format != FORMAT {
            return Err(Bad::OtherBuild);
        }
        let (written_by, rest) = u64_at(rest)?;
        if written_by != build {
            return Err(Bad::OtherBuild);
        }
        let (len, rest) = u64_at(rest)?;
        let (sum, payload) = u64_at(rest)?;
        if len > MAX_PAYLOAD || payload.len() as u64 != len {
            return Err(Bad::Damaged);
        }
        if xxhash_rust::xxh3::xxh3_64(payload) != sum {
            return Err(Bad::Damaged);
        }
        let mut records = HashMap::new();
        let mut rest = payload;
        while !rest.is_empty() {
            let (n, tail) = rest.split_at_checked(4).ok_or(Bad::Damaged)?;
            let n = u32::from_le_bytes(n.try_into().map_err(|_| Bad::Damaged)?) as usize;
            let (record, tail) = tail.split_at_checked(n).ok_or(Bad::Damaged)?;
            let record: Record = rmp_serde::from_slice(record).map_err(|_| Bad::Damaged)?;
            records.insert(record.name.clone(), record);
            rest = tail;
        }
        Ok(Summary { records })
    }
}

/// A summary being written: records are encoded as they come, so only their bytes are held.
#[derive(Debug, Default)]
pub struct Writer {
    payload: Vec<u8>,
}

impl Writer {
    /// Adds a record; one that cannot be encoded (never expected) is left out, which only
    /// means its file is looked up in the cache next time.
    pub fn push(&mut self, record: &Record) {
        let Ok(bytes) = rmp_serde::to_vec_named(record) else {
            return;
        };
        let Ok(n) = u32::try_from(bytes.len()) else {
            return;
        };
        self.payload.extend_from_slice(&n.to_le_bytes());
        self.payload.extend_from_slice(&bytes);
    }

    /// The summary file's bytes, for `build`.
    pub fn finish(self, build: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.payload.len() + 40);
        out.extend_from_slice(MAGIC);
        out.push(FORMAT);
        out.extend_from_slice(&build.to_le_bytes());
        out.extend_from_slice(&(self.payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(&self.payload).to_le_bytes());
        out.extend_from_slice(&self.payload);
        out
    }
}

/// A little-endian `u64` at the start of `bytes`, and the rest.
fn u64_at(bytes: &[u8]) -> Result<(u64, &[u8]), Bad> {
    let (n, rest) = bytes.split_at_checked(8).ok_or(Bad::Damaged)?;
    Ok((
        u64::from_le_bytes(n.try_into().map_err(|_| Bad::Damaged)?),
        rest,
    ))
}

/// The summary file for the archive at `roots` (as given) read from `cwd`, under `dir`.
pub fn path(dir: &Path, cwd: &Path, roots: &[PathBuf]) -> PathBuf {
    let mut key = cwd.as_os_str().as_encoded_bytes().to_vec();
    for r in roots {
        key.push(0);
        key.extend_from_slice(r.as_os_str().as_encoded_bytes());
    }
    let h = xxhash_rust::xxh3::xxh3_128(&key);
    dir.join(format!("{h:032x}"))
}
