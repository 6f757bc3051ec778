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
//! The reader adds a [`Note`] to each record it writes: the version of the page's text, its
//! articles' fact counts and a mark of the cache entry the record was made from, so a warm open
//! lists the archive from this one file too, without decoding any page's text.
//!
//! Layout: magic, format, build, payload length and checksum, then the payload: records one after
//! another, each the file's name, its stamp, whether its entry has facts, its head (see
//! [`head_codec`]) and its note (empty when none), lengths as `u32`, numbers as little-endian
//! `u64`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod bytes;
mod note;
mod writer;

use super::{head_codec, LazyHeads, Stamp};
use crate::model::Page;

pub use self::bytes::Bytes;
pub use self::note::{FactCount, FactsStored, Note};
pub use self::writer::Writer;

const MAGIC: &[u8; 7] = b"DUBAOSM";
/// Bumped whenever the layout or the encoding of a record changes.
const FORMAT: u8 = 6;
/// A summary of a million pages stays well under this; a larger length is corruption.
const MAX_PAYLOAD: u64 = 2 << 30;

/// One page file as the summary knows it: the stamp its record was made for, whether its cache
/// entry holds facts, and where its head ([`head_codec`]) is in the summary's bytes.
#[derive(Debug, Clone)]
pub struct Record {
    pub stamp: Stamp,
    pub has_facts: bool,
    head: std::ops::Range<usize>,
    note: std::ops::Range<usize>,
}

/// Why a summary file was not used (a missing one is not a problem).
#[derive(Debug, PartialEq, Eq)]
pub enum Bad {
    /// Truncated, corrupted.
    Damaged,
    /// Written by another build of dubao.
    OtherBuild,
}

/// A decoded summary: records by name over the file's bytes. Heads are decoded only when used,
/// on whichever core asks, so opening a summary costs one map and one scan of its records.
#[derive(Debug, Default)]
pub struct Summary {
    /// Shared with the pages listed from it ([`LazyHeads`]).
    bytes: Arc<Bytes>,
    records: HashMap<String, Record>,
}

impl Summary {
    /// The record of the file named `name`.
    pub fn get(&self, name: &str) -> Option<&Record> {
        self.records.get(name)
    }

    /// A record's head, encoded and decoded; `None` when it does not decode.
    pub fn head_bytes(&self, record: &Record) -> Option<&[u8]> {
        self.bytes.get(record.head.clone())
    }

    /// A record's note, encoded (empty when it has none).
    pub fn note_bytes(&self, record: &Record) -> &[u8] {
        self.bytes.get(record.note.clone()).unwrap_or_default()
    }

    /// A record's note (see [`Note`]); `None` when it has none or it does not decode.
    pub fn note(&self, record: &Record) -> Option<Note> {
        Note::decode(self.note_bytes(record))
    }

    /// The head of the file named `name` from its record; `None` when it does not decode.
    pub fn head(&self, record: &Record, name: &str) -> Option<Page> {
        decode_head(self.head_bytes(record)?, name)
    }

    /// A record's page for the reader's list: its edition fields, with its articles left in
    /// this summary's bytes until one is read ([`LazyHeads`]); `None` when the head does not
    /// decode.
    pub fn listed(&self, record: &Record, name: &str) -> Option<(Page, LazyHeads)> {
        let (page, n, first_date) = head_codec::listing(self.head_bytes(record)?, name)?;
        let heads = LazyHeads::new(Arc::clone(&self.bytes), record.head.clone(), n, first_date);
        Some((page, heads))
    }

    /// What the id pass needs of a record's head, without decoding its articles' titles and
    /// ids: a page with its edition fields and, when `zones` is asked (a `--zone` to check), its
    /// articles with only their zones; `None` when it does not decode. The full head is decoded
    /// once, where it is printed ([`Summary::head`]), so a warm run decodes no title twice and
    /// holds no decoded head between its passes.
    pub fn edition(&self, record: &Record, name: &str, zones: bool) -> Option<Page> {
        head_codec::edition(self.head_bytes(record)?, name, zones)
    }

    /// This summary again with the facts stored since it was written: each record of a page
    /// in `stored` whose stamp is the one the facts were stored for gets the entry's new mark
    /// and the facts' counts (its head and text version stay); every other record is kept as
    /// it is. `None` when no record changes. The reader's fact extractor writes facts into
    /// entries after the load wrote the summary, and a record whose mark no longer matches its
    /// entry makes the next open load that page whole.
    pub fn with_facts_stored(&self, stored: &HashMap<String, FactsStored>) -> Option<Writer> {
        let mut writer = Writer::default();
        let mut changed = false;
        for (name, record) in &self.records {
            let head = self.head_bytes(record).unwrap_or_default();
            let refreshed = stored
                .get(name)
                .filter(|s| s.stamp == record.stamp)
                .and_then(|s| {
                    let note = self.note(record)?;
                    let new = Note {
                        mark: s.mark,
                        version: note.version,
                        facts: Some(s.facts.clone()),
                    };
                    (new != note || !record.has_facts).then_some(new)
                });
            match refreshed {
                Some(note) => {
                    changed = true;
                    writer.push(name, &record.stamp, true, head, &note.encode());
                }
                None => writer.push(
                    name,
                    &record.stamp,
                    record.has_facts,
                    head,
                    self.note_bytes(record),
                ),
            }
        }
        changed.then_some(writer)
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
    pub fn decode(bytes: Vec<u8>, build: u64) -> Result<Summary, Bad> {
        Summary::decode_bytes(Bytes::Owned(bytes), build)
    }

    /// [`Summary::decode`] of bytes mapped or read ([`Bytes::of_file`]).
    pub fn decode_bytes(bytes: Bytes, build: u64) -> Result<Summary, Bad> {
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
            let (name, tail) = sized(rest)?;
            let name = std::str::from_utf8(name).map_err(|_| Bad::Damaged)?;
            let (size, tail) = u64_at(tail)?;
            let (mtime, tail) = u64_at(tail)?;
            let (ino, tail) = u64_at(tail)?;
            let (ctime, tail) = u64_at(tail)?;
            let (&facts, tail) = tail.split_first().ok_or(Bad::Damaged)?;
            let (head, tail) = sized(tail)?;
            let start = bytes.len() - tail.len() - head.len();
            let (note, tail) = sized(tail)?;
            let note_start = bytes.len() - tail.len() - note.len();
            let record = Record {
                stamp: Stamp {
                    size,
                    mtime_ns: u128::from(mtime),
                    ino,
                    ctime_ns: u128::from(ctime),
                },
                has_facts: facts == 1,
                head: start..start + head.len(),
                note: note_start..note_start + note.len(),
            };
            records.insert(name.to_owned(), record);
            rest = tail;
        }
        Ok(Summary {
            bytes: Arc::new(bytes),
            records,
        })
    }
}

/// A little-endian `u32` at the start of `bytes`, and the rest.
fn u32_at(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (n, rest) = bytes.split_at_checked(4)?;
    Some((u32::from_le_bytes(n.try_into().ok()?), rest))
}

/// A page's head as a summary stores it (see [`head_codec`]; a whole page gives its head's
/// bytes). Cache entries store their head the same way.
pub fn encode_head(head: &Page) -> Vec<u8> {
    head_codec::encode(head)
}

/// The head of the file named `name` from its bytes ([`encode_head`]); `None` when they do not
/// decode.
pub fn decode_head(bytes: &[u8], name: &str) -> Option<Page> {
    head_codec::decode(bytes, name)
}

/// A `u32`-length-prefixed field at the start of `bytes`, and the rest.
fn sized(bytes: &[u8]) -> Result<(&[u8], &[u8]), Bad> {
    let (n, rest) = u32_at(bytes).ok_or(Bad::Damaged)?;
    rest.split_at_checked(n as usize).ok_or(Bad::Damaged)
}

/// A little-endian `u64` at the start of `bytes`, and the rest.
fn u64_at(bytes: &[u8]) -> Result<(u64, &[u8]), Bad> {
    let (n, rest) = bytes.split_at_checked(8).ok_or(Bad::Damaged)?;
    Ok((
        u64::from_le_bytes(n.try_into().map_err(|_| Bad::Damaged)?),
        rest,
    ))
}

/// The summary file for the archive at `roots` (as given) read from `cwd`, under `dir`. Pages'
/// names, and so their ids, derive from the roots as given: relative roots name other files
/// from another directory, so the directory is part of the key; absolute ones do not, and the
/// same archive opened from anywhere shares one summary (a user who opened `~/papers` from
/// two directories paid a cold list the second time).
pub fn path(dir: &Path, cwd: &Path, roots: &[PathBuf]) -> PathBuf {
    let mut key = Vec::new();
    if !roots.iter().all(|r| r.is_absolute()) {
        key.extend_from_slice(cwd.as_os_str().as_encoded_bytes());
    }
    for r in roots {
        key.push(0);
        key.extend_from_slice(r.as_os_str().as_encoded_bytes());
    }
    let h = xxhash_rust::xxh3::xxh3_128(&key);
    dir.join(format!("{h:032x}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    /// A summary holding the sample page's head, and its record's name.
    fn sample_summary() -> (Summary, Page) {
        let page = ingest::load_all(&[ingest::sample_source()])
            .0
            .pages
            .remove(0);
        let head = crate::cache::head_of(&page);
        let stamp = Stamp {
            size: 1,
            mtime_ns: 2,
            ino: 3,
            ctime_ns: 4,
        };
        let mut w = Writer::default();
        w.push(&head.source, &stamp, false, &encode_head(&head), &[]);
        (Summary::decode(w.finish(7), 7).unwrap(), head)
    }

    #[test]
    fn absolute_roots_share_a_summary_from_any_directory_and_relative_ones_do_not() {
        let dir = Path::new("/cache/summaries");
        let abs = [PathBuf::from("/papers"), PathBuf::from("/more")];
        assert_eq!(
            path(dir, Path::new("/home/a"), &abs),
            path(dir, Path::new("/tmp"), &abs)
        );
        let rel = [PathBuf::from("papers")];
        assert_ne!(
            path(dir, Path::new("/home/a"), &rel),
            path(dir, Path::new("/tmp"), &rel)
        );
        assert_ne!(
            path(dir, Path::new("/"), &abs),
            path(dir, Path::new("/"), &abs[..1])
        );
    }

    #[test]
    fn a_records_note_is_kept_beside_its_head() {
        let (plain, head) = sample_summary();
        let r = plain.get(&head.source).unwrap();
        assert!(plain.note_bytes(r).is_empty() && plain.note(r).is_none());
        let note = Note {
            mark: 5,
            version: 6,
            facts: None,
        };
        let mut w = Writer::default();
        let bytes = encode_head(&head);
        w.push(&head.source, &r.stamp, true, &bytes, &note.encode());
        let noted = Summary::decode(w.finish(7), 7).unwrap();
        let r = noted.get(&head.source).unwrap();
        assert_eq!(noted.note(r), Some(note));
        assert_eq!(noted.head(r, &head.source).unwrap(), head);
        assert!(r.has_facts);
    }

    /// Facts stored after the summary was written update that page's note (mark, counts) and
    /// keep its head and text version; a page stored for another stamp, or one not stored,
    /// keeps its record; nothing to change is `None`.
    #[test]
    fn facts_stored_later_refresh_the_notes_of_their_pages_only() {
        let (_, head) = sample_summary();
        let stamp = |n| Stamp {
            size: n,
            mtime_ns: 2,
            ino: 3,
            ctime_ns: 4,
        };
        let before = Note {
            mark: 5,
            version: 6,
            facts: None,
        };
        let bytes = encode_head(&head);
        let mut w = Writer::default();
        for (name, n) in [("a.txt", 1), ("b.txt", 1), ("c.txt", 1)] {
            w.push(name, &stamp(n), false, &bytes, &before.encode());
        }
        let summary = Summary::decode(w.finish(7), 7).unwrap();
        let counts = vec![FactCount {
            len: 3,
            projects: true,
        }];
        let stored = |n| FactsStored {
            stamp: stamp(n),
            mark: 9,
            facts: counts.clone(),
        };
        let mut map = HashMap::new();
        map.insert("a.txt".to_owned(), stored(1));
        map.insert("b.txt".to_owned(), stored(2));
        let refreshed = summary.with_facts_stored(&map).expect("a.txt changed");
        let again = Summary::decode(refreshed.finish(7), 7).unwrap();
        let a = again.get("a.txt").unwrap();
        assert!(a.has_facts);
        assert_eq!(
            again.note(a),
            Some(Note {
                mark: 9,
                version: 6,
                facts: Some(counts.clone()),
            })
        );
        assert_eq!(again.head(a, "a.txt").unwrap().articles, head.articles);
        for name in ["b.txt", "c.txt"] {
            let r = again.get(name).unwrap();
            assert!(!r.has_facts);
            assert_eq!(again.note(r), Some(before.clone()));
        }
        assert!(
            again.with_facts_stored(&map).is_none(),
            "nothing left to change"
        );
    }

    #[test]
    fn the_edition_of_a_record_is_its_heads_without_the_titles() {
        let (summary, head) = sample_summary();
        let r = summary.get(&head.source).unwrap();
        let full = summary.head(r, &head.source).unwrap();
        assert_eq!(full, head);
        let bare = summary.edition(r, &head.source, false).unwrap();
        assert_eq!(
            (&bare.paper, &bare.date, bare.page_no, bare.year),
            (&head.paper, &head.date, head.page_no, head.year)
        );
        assert!(bare.articles.is_empty());
        let zoned = summary.edition(r, &head.source, true).unwrap();
        let zones = |p: &Page| -> Vec<(Option<String>, Vec<String>)> {
            p.articles
                .iter()
                .map(|a| (a.zone.clone(), a.zones.clone()))
                .collect()
        };
        assert_eq!(zones(&zoned), zones(&head));
        assert!(zoned.articles.iter().all(|a| a.title.is_empty()));
    }
}
