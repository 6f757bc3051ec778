//! The persistent page cache: parsed pages (and their facts, once extracted) kept between runs, so
//! a second open of an unchanged archive parses nothing and reads no page text.
//!
//! One entry per source file, keyed by a hash of its absolute path, appended to a pack file
//! under `<cache dir>/packs/` and found through the packs' catalog (see [`pack`]). An entry
//! records the source's size, mtime and content hash and the build of dubao that wrote it. The
//! cache is untrusted input: every entry is checked (magic, build, path, checksum, decoding) and
//! anything that does not check out is a miss, never an error. A run appends to a pack of its
//! own and publishes the catalog by renaming a temporary file into place under a lock, so two
//! dubao processes never see half an entry or lose each other's.

mod body_codec;
mod catalog;
mod entry;
pub(crate) mod fact_codec;
mod head_codec;
mod layout;
mod lazy_heads;
pub mod notice;
mod pack;
pub mod summary;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::UNIX_EPOCH;

use thiserror::Error;

pub use entry::{head_of, Entry, Key};
pub use lazy_heads::LazyHeads;

use crate::model::Page;
pub use notice::Notice;

/// Environment variable naming the cache directory (tests, shared machines).
pub const DIR_VAR: &str = "DUBAO_CACHE_DIR";

/// Why the cache cannot be used this run; dubao then reads every page from its file.
#[derive(Debug, Error)]
#[error("cache {}: {source}", dir.display())]
pub struct Unavailable {
    pub dir: PathBuf,
    pub source: std::io::Error,
}

/// The identity of a source file the cache checks before trusting an entry without reading the
/// file. Size and mtime alone miss an edit that keeps the size within the filesystem's mtime
/// granularity, or a tool that restores the mtime (`touch -r`, `cp -p`, `rsync -t`); the inode
/// and the status-change time catch those too (a file replaced by rename has a new inode, any
/// write or `touch` sets ctime, and ctime cannot be set back by a user). A stamp that differs
/// only makes dubao read and hash the file, so this costs nothing for an unchanged archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the platform has none).
    pub mtime_ns: u128,
    /// Inode number (0 off Unix).
    pub ino: u64,
    /// Status-change time in nanoseconds since the epoch (0 off Unix).
    pub ctime_ns: u128,
}

impl Stamp {
    /// The stamp of a file from its metadata.
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        let (ino, ctime_ns) = inode_and_ctime(meta);
        Stamp {
            size: meta.len(),
            mtime_ns,
            ino,
            ctime_ns,
        }
    }
}

/// The inode and status-change time (ns) of a file, on Unix.
#[cfg(unix)]
fn inode_and_ctime(meta: &std::fs::Metadata) -> (u64, u128) {
    use std::os::unix::fs::MetadataExt;
    let secs = u128::try_from(meta.ctime()).unwrap_or(0);
    let nanos = u128::try_from(meta.ctime_nsec()).unwrap_or(0);
    (
        meta.ino(),
        secs.saturating_mul(1_000_000_000).saturating_add(nanos),
    )
}

/// No inode or ctime off Unix: size and mtime (and the content hash on any change) only.
#[cfg(not(unix))]
fn inode_and_ctime(_meta: &std::fs::Metadata) -> (u64, u128) {
    (0, 0)
}

/// A source file as the cache knows it: absolute path, the name it was given as, its stamp.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub abs: &'a Path,
    pub name: &'a str,
    pub stamp: Stamp,
}

/// What a lookup found.
#[derive(Debug)]
pub enum Lookup {
    /// No entry, or one written by another build of dubao: read the file.
    Miss,
    /// An entry that is unreadable (truncated, corrupted): read the file, count it once.
    Damaged,
    /// An entry for this path whose stamp matches: use it without reading the file.
    Fresh(Entry),
    /// An entry whose stamp differs: use it only if the file's content hash still matches.
    Stale(Entry),
}

/// An open cache directory; clones share its packs (and publish them when the last is dropped).
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    build: u64,
    packs: Arc<pack::Packs>,
    /// An older layout found and removed when the cache was opened.
    upgraded: bool,
    /// Held by whoever rewrites a summary from one read before ([`Cache::summary_lock`]).
    summaries: Arc<Mutex<()>>,
}

impl Cache {
    /// The cache directory: `$DUBAO_CACHE_DIR`, else the platform cache dir (`~/.cache/dubao`).
    pub fn default_dir() -> Option<PathBuf> {
        match std::env::var_os(DIR_VAR) {
            Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
            _ => directories::ProjectDirs::from("", "", "dubao").map(|d| d.cache_dir().to_owned()),
        }
    }

    /// Opens (creating) a cache directory and checks that entries can be written to it.
    pub fn open(dir: &Path) -> Result<Cache, Unavailable> {
        let fail = |source| Unavailable {
            dir: dir.to_owned(),
            source,
        };
        let packs = dir.join(PACKS);
        std::fs::create_dir_all(&packs).map_err(fail)?;
        // A read-only directory is found now, once, rather than as one failed write per page.
        tempfile::NamedTempFile::new_in(&packs).map_err(fail)?;
        // Entry files of the layout before packs: rebuilt into packs, once.
        let legacy = dir.join(LEGACY_PAGES);
        let upgraded = legacy.is_dir();
        if upgraded {
            let _ = std::fs::remove_dir_all(&legacy);
        }
        Ok(Cache {
            dir: dir.to_owned(),
            build: build_id(),
            packs: shared_packs(packs),
            upgraded,
            summaries: Arc::default(),
        })
    }

    /// Why part of the cache was ignored this run (an older layout, a damaged catalog): at most
    /// one line each.
    pub fn notices(&self) -> Vec<Notice> {
        let mut v = Vec::new();
        if self.upgraded {
            v.push(Notice::OlderLayout);
        }
        v.extend(self.packs.notice());
        v
    }

    /// Makes the entries this run stored visible to other runs (the end of a load pass); they
    /// are also published every few seconds, and when the last clone of the cache is dropped.
    pub fn publish(&self) {
        self.packs.publish();
    }

    /// Lets the run's pack be compacted when much of it is garbage (see
    /// [`pack::Packs::seal_if_worth_compacting`]): for a run that has stored what it meant to.
    pub fn seal_if_worth_compacting(&self) {
        self.packs.seal_if_worth_compacting();
    }

    /// Where the cache lives.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the search index is kept (see [`crate::index::store`]).
    pub fn index_dir(&self) -> PathBuf {
        self.dir.join("index")
    }

    /// The first `limit` bytes of a source's entry, and whether that is all of it; `Err` when
    /// there is nothing to decode: whether that is because the entry is damaged.
    fn read_entry(&self, abs: &Path, limit: u64) -> Result<(Vec<u8>, bool), bool> {
        let loc = self.packs.get(file_key(abs)).ok_or(false)?;
        match self.packs.read(loc, limit) {
            pack::Read::Bytes { bytes, complete } => Ok((bytes, complete)),
            pack::Read::Missing => Err(false),
            pack::Read::Damaged => Err(true),
        }
    }

    /// Looks up the entry of a source file (absolute path, the name it was given as) with its
    /// current stamp. An entry made for another name is a miss: ids may derive from the name.
    pub fn lookup(&self, src: &Source<'_>) -> Lookup {
        match self.read_entry(src.abs, u64::MAX) {
            Ok((bytes, _)) => self.judge(src, Entry::decode(bytes)),
            Err(damaged) => unread(damaged),
        }
    }

    /// [`Cache::lookup`] for a page's head only: reads the entry's first bytes, not the page
    /// (a head is a few hundred bytes, an entry kilobytes), falling back to the whole entry
    /// when its head is longer. A [`Lookup::Fresh`] entry from here has no page.
    pub fn lookup_head(&self, src: &Source<'_>) -> Lookup {
        self.lookup_prefix(src, HEAD_PREFIX, Entry::decode_head)
    }

    /// [`Cache::lookup`] for a page's head and facts only (all `dubao facts` prints): reads the
    /// entry's first bytes, not the page text after its facts, falling back to the whole entry
    /// when head and facts are longer. A [`Lookup::Fresh`] entry from here has no page.
    pub fn lookup_facts(&self, src: &Source<'_>) -> Lookup {
        self.lookup_prefix(src, FACTS_PREFIX, Entry::decode_facts)
    }

    /// A lookup reading the entry's first `limit` bytes, decoded by `part` unless that is the
    /// whole entry; the whole entry when `part` needs more.
    fn lookup_prefix(
        &self,
        src: &Source<'_>,
        limit: u64,
        part: fn(Vec<u8>) -> Result<Entry, entry::Bad>,
    ) -> Lookup {
        let (bytes, complete) = match self.read_entry(src.abs, limit) {
            Ok(read) => read,
            Err(damaged) => return unread(damaged),
        };
        let decoded = if complete {
            Entry::decode(bytes)
        } else {
            part(bytes)
        };
        match decoded {
            Err(entry::Bad::Damaged) if !complete => self.lookup(src),
            d => self.judge(src, d),
        }
    }

    /// The mark of the entry of a source file (absolute path), as this run sees the catalog;
    /// `None` when there is none. Each write of an entry has its own mark, kept when compaction
    /// moves it ([`catalog::Loc::mark`]), so a mark that changed means the entry did (facts
    /// added, parsed again): what the archive summary's notes are checked against
    /// ([`summary::Note`]).
    pub fn entry_mark(&self, abs: &Path) -> Option<u64> {
        self.packs.get(file_key(abs)).map(|loc| loc.mark)
    }

    /// What a decoded entry means for a source.
    fn judge(&self, src: &Source<'_>, decoded: Result<Entry, entry::Bad>) -> Lookup {
        match decoded {
            Err(entry::Bad::OtherBuild) => Lookup::Miss,
            Err(entry::Bad::Damaged) => Lookup::Damaged,
            Ok(e)
                if e.build != self.build
                    || e.name != src.name
                    || e.path != src.abs.as_os_str().as_encoded_bytes() =>
            {
                Lookup::Miss
            }
            Ok(e) if e.stamp == src.stamp => Lookup::Fresh(e),
            Ok(e) => Lookup::Stale(e),
        }
    }

    /// Stores a page parsed as page `number` (with facts when `has_facts`) for a source file;
    /// atomic, best effort: a failed write only means the next run parses this page again.
    pub fn store(&self, src: &Source<'_>, hash: u128, number: u32, page: &Page, has_facts: bool) {
        let key = Key {
            build: self.build,
            path: src.abs.as_os_str().as_encoded_bytes(),
            name: src.name,
            stamp: src.stamp,
            hash,
        };
        let Some(bytes) = Entry::encode(&key, number, page, has_facts) else {
            return;
        };
        self.packs.put(file_key(src.abs), &bytes);
    }

    /// The summary of the archive at `roots` (see [`summary`]): `Ok(None)` when there is none
    /// (or no working directory to key it by), `Err` when one is there but unusable.
    pub fn read_summary(
        &self,
        roots: &[PathBuf],
    ) -> Result<Option<summary::Summary>, summary::Bad> {
        let Some(path) = self.summary_path(roots) else {
            return Ok(None);
        };
        match summary::Bytes::of_file(&path) {
            Ok(bytes) => summary::Summary::decode_bytes(bytes, self.build).map(Some),
            Err(_) => Ok(None),
        }
    }

    /// Orders this process's summary writes: the reader's loader holds it from the end of its
    /// load (which it announces before writing the summary, so the list does not wait for the
    /// write) until the summary is written, and the fact extractor, which reads the summary
    /// back to add the facts it stored, takes it first, so it never reads the summary the
    /// loader is about to replace. A poisoned lock is taken all the same (it guards no data).
    pub fn summary_lock(&self) -> MutexGuard<'_, ()> {
        self.summaries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Stores the summary of the archive at `roots`; atomic, best effort (a failed write only
    /// means the next run looks its pages up one by one).
    pub fn write_summary(&self, roots: &[PathBuf], summary: summary::Writer) {
        let Some(path) = self.summary_path(roots) else {
            return;
        };
        write_atomic(&path, &summary.finish(self.build));
    }

    /// Where the summary of the archive at `roots` lives.
    fn summary_path(&self, roots: &[PathBuf]) -> Option<PathBuf> {
        let cwd = std::env::current_dir().ok()?;
        Some(summary::path(&self.dir.join(SUMMARIES), &cwd, roots))
    }

    /// Number of page entries, and the size in bytes of the packs, their catalog and the
    /// summaries.
    pub fn usage(&self) -> (u64, u64) {
        let (_, summaries) = tree_usage(self.dir.join(SUMMARIES));
        (self.packs.len() as u64, self.packs.bytes() + summaries)
    }

    /// Removes every entry and summary, and the search index.
    pub fn clear(&self) -> std::io::Result<()> {
        for dir in [
            self.dir.join(PACKS),
            self.dir.join(LEGACY_PAGES),
            self.dir.join(SUMMARIES),
            self.index_dir(),
        ] {
            match std::fs::remove_dir_all(dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

/// The subdirectory of archive summaries.
const SUMMARIES: &str = "summaries";
/// The subdirectory of the packs and their catalog.
const PACKS: &str = "packs";
/// The subdirectory of the layout before packs (one file per entry), removed when found.
const LEGACY_PAGES: &str = "pages";

/// The packs of a directory as this process sees them: every cache opened on the same directory
/// while another is open shares its packs, so what one part of a run stores (the reader's fact
/// extractor) the others (its text reader) find at once, before it is published.
fn shared_packs(dir: PathBuf) -> Arc<pack::Packs> {
    use std::sync::{Mutex, Weak};
    static OPEN: Mutex<Vec<(PathBuf, Weak<pack::Packs>)>> = Mutex::new(Vec::new());
    let Ok(mut open) = OPEN.lock() else {
        return Arc::new(pack::Packs::new(dir));
    };
    open.retain(|(_, w)| w.strong_count() > 0);
    if let Some(p) = open
        .iter()
        .find(|(d, _)| *d == dir)
        .and_then(|(_, w)| w.upgrade())
    {
        return p;
    }
    let p = Arc::new(pack::Packs::new(dir.clone()));
    open.push((dir, Arc::downgrade(&p)));
    p
}

/// A lookup's answer when the entry could not be read: damaged, or a miss.
fn unread(damaged: bool) -> Lookup {
    if damaged {
        Lookup::Damaged
    } else {
        Lookup::Miss
    }
}

/// The key of a source file (its absolute path): it names the file's entry, and the search
/// index keys the file's documents by it.
pub fn file_key(abs: &Path) -> u128 {
    xxhash_rust::xxh3::xxh3_128(abs.as_os_str().as_encoded_bytes())
}

/// How much of an entry [`Cache::lookup_head`] reads first: the header, path and head of a page
/// of a dozen articles fit.
const HEAD_PREFIX: u64 = 8 << 10;

/// How much of an entry [`Cache::lookup_facts`] reads first: header, head and facts of most
/// pages (about 5 KB of an entry's 16 KB over /tmp/dubao-archive-1000).
const FACTS_PREFIX: u64 = 12 << 10;

/// The content hash the cache compares when a file's stamp changed (touch, copy).
pub fn content_hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Identifies this build of dubao: its version and the executable's size and mtime, so a rebuilt
/// parser never trusts pages parsed by the old one.
fn build_id() -> u64 {
    let mut key = format!("{}/{}", env!("CARGO_PKG_VERSION"), entry::FORMAT);
    if let Some(stamp) = std::env::current_exe()
        .and_then(std::fs::metadata)
        .ok()
        .map(|m| Stamp::of(&m))
    {
        key.push_str(&format!("/{}/{}", stamp.size, stamp.mtime_ns));
    }
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// Number of files under `root` and their total size in bytes.
fn tree_usage(root: PathBuf) -> (u64, u64) {
    let mut files = 0;
    let mut bytes = 0;
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            match e.metadata() {
                Ok(m) if m.is_dir() => stack.push(e.path()),
                Ok(m) => {
                    files += 1;
                    bytes += m.len();
                }
                Err(_) => {}
            }
        }
    }
    (files, bytes)
}

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed into place, so
/// that a reader (another dubao) sees the old file or the new one, never half of one. Best
/// effort: a failed write only means the next run does the work again.
fn write_atomic(path: &Path, bytes: &[u8]) {
    let _ = write_file(path, bytes);
}

/// [`write_atomic`], telling whether the file was written.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path
        .parent()
        .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    std::fs::create_dir_all(parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
