//! Pack files: the page cache's entries, appended one after another to a few files instead of
//! one file each (creating 10,000 small files cost a cold `list` most of its time: the file
//! system's inode allocation, not the bytes), and the [`catalog`](super::catalog) that says
//! where each entry is.
//!
//! Each run that stores entries appends them to a pack of its own, `<16 hex>.pack` under
//! `<cache dir>/packs/`, created under the cache's lock and held locked (an advisory file lock)
//! while the run lasts, so no other process writes into it or deletes it. A run's new entries
//! are published — merged into the catalog, written to a temporary file renamed into place,
//! under the lock — at the end of each load pass, every few seconds while it stores, and when
//! the cache is dropped. Readers never lock: they read the catalog once (a rename is atomic, so
//! they see the old one or the new one) and read entries at their offsets.
//!
//! A published entry superseded by a newer one (a file changed, facts added) is garbage in its
//! pack. The publishing run compacts the packs no one holds that are at least a third garbage
//! (and a few megabytes), or all of them when there are too many: it copies their live entries into
//! one new pack, publishes the catalog pointing there, then deletes them. A run that has stored
//! what it meant to may let go of its own pack for this ([`Packs::seal_if_worth_compacting`]). Packs no entry points
//! to and no run holds (a run that crashed) are deleted then too.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

use super::catalog::{self, Catalog, Loc};
use super::notice::{Notice, Why};

const MAGIC: &[u8; 7] = b"DUBAOPK";
/// A pack's header: its magic and the catalog's format (a pack is read only through a catalog).
const HEADER: u64 = 8;
/// The catalog file, beside the packs.
const CATALOG: &str = "catalog";
/// The lock file that serialises pack creation, publishing and compaction between processes.
const LOCK: &str = "lock";
/// A run publishes what it stored at least this often, so a reader quit mid-load keeps most.
const PUBLISH_EVERY: Duration = Duration::from_secs(2);
/// Compaction needs at least this much garbage (and a third of the bytes of each pack it takes).
const MIN_GARBAGE: u64 = 8 << 20;
/// More packs than this are merged whatever their garbage (each is a file descriptor to read).
const MAX_PACKS: usize = 24;

/// What reading an entry gave.
#[derive(Debug)]
pub enum Read {
    /// The bytes asked for; `complete` when they are the whole entry.
    Bytes { bytes: Vec<u8>, complete: bool },
    /// No such pack any more (compacted or cleared by another run): a miss.
    Missing,
    /// The pack is shorter than the catalog says (truncated): damaged.
    Damaged,
}

/// The packs of a cache directory, as one run sees and extends them.
#[derive(Debug)]
pub struct Packs {
    dir: PathBuf,
    /// The catalog, read at the first lookup (a warm `list` never needs it), with this run's
    /// entries added as they are stored.
    view: OnceLock<RwLock<Catalog>>,
    state: Mutex<State>,
    /// Packs opened for reading, by id.
    readers: Mutex<HashMap<u64, Arc<File>>>,
    /// Why the catalog was not usable, once per run.
    notice: OnceLock<Notice>,
}

/// This run's writing: its pack, and the entries stored in it and not yet published.
#[derive(Debug)]
struct State {
    writer: Option<Active>,
    /// A write failed (disk full): nothing more is stored this run.
    broken: bool,
    pending: Vec<(u128, Loc)>,
    published: Instant,
}

/// A pack being appended to, held locked by this run.
#[derive(Debug)]
struct Active {
    id: u64,
    /// Shared with the stores writing into it at their reserved places (see [`Packs::put`]).
    file: Arc<File>,
    len: u64,
}

impl Packs {
    /// The packs under `dir` (created when missing by the caller's check).
    pub fn new(dir: PathBuf) -> Packs {
        Packs {
            dir,
            view: OnceLock::new(),
            state: Mutex::new(State {
                writer: None,
                broken: false,
                pending: Vec::new(),
                published: Instant::now(),
            }),
            readers: Mutex::new(HashMap::new()),
            notice: OnceLock::new(),
        }
    }

    /// Why the catalog was ignored this run, if it was.
    pub fn notice(&self) -> Option<Notice> {
        self.notice.get().cloned()
    }

    /// The catalog as this run sees it, read on first use.
    fn view(&self) -> &RwLock<Catalog> {
        self.view.get_or_init(|| RwLock::new(self.read_catalog()))
    }

    /// The catalog file; empty when missing or unusable (a damaged one is noted).
    fn read_catalog(&self) -> Catalog {
        let Ok(bytes) = std::fs::read(self.dir.join(CATALOG)) else {
            return Catalog::new();
        };
        match catalog::decode(&bytes) {
            Ok(c) => c,
            Err(bad) => {
                let why = match bad {
                    catalog::Bad::Damaged => Why::Damaged,
                    catalog::Bad::OtherFormat => Why::OtherVersion,
                };
                let _ = self.notice.set(Notice::Catalog(why));
                Catalog::new()
            }
        }
    }

    /// Where the entry of file `key` is, if the catalog knows.
    pub fn get(&self, key: u128) -> Option<Loc> {
        self.view().read().ok()?.get(&key).copied()
    }

    /// How many entries the catalog knows.
    pub fn len(&self) -> usize {
        self.view().read().map_or(0, |c| c.len())
    }

    /// Reads the entry at `loc`, its first `limit` bytes at most.
    pub fn read(&self, loc: Loc, limit: u64) -> Read {
        let Some(file) = self.reader(loc.pack) else {
            return Read::Missing;
        };
        let len = u64::from(loc.len);
        let n = len.min(limit);
        let Ok(size) = usize::try_from(n) else {
            return Read::Damaged;
        };
        let mut bytes = vec![0; size];
        match read_exact_at(&file, &mut bytes, loc.offset) {
            Ok(()) => Read::Bytes {
                bytes,
                complete: n == len,
            },
            Err(_) => Read::Damaged,
        }
    }

    /// The pack `id` opened for reading (kept open for the run); `None` when it is gone.
    fn reader(&self, id: u64) -> Option<Arc<File>> {
        let mut readers = self.readers.lock().ok()?;
        if let Some(f) = readers.get(&id) {
            return Some(Arc::clone(f));
        }
        let file = Arc::new(File::open(self.pack_path(id)).ok()?);
        readers.insert(id, Arc::clone(&file));
        Some(file)
    }

    /// Appends the entry of file `key` to this run's pack (creating it on the first store);
    /// best effort: a failed write only means the next run parses the page again.
    ///
    /// The entry's place is reserved under the state's lock and its bytes written outside it,
    /// at that place: the loader stores pages on every core, and writing under the lock made
    /// them queue on each other's writes (a cold open of 10,000 pages spent a fifth of its
    /// time there). The entry is looked up and published only once its bytes are written.
    pub fn put(&self, key: u128, bytes: &[u8]) {
        let Ok(len) = u32::try_from(bytes.len()) else {
            return;
        };
        let Some((file, loc)) = self.reserve(len) else {
            return;
        };
        let written = write_all_at(&file, bytes, loc.offset).is_ok();
        let Ok(mut st) = self.state.lock() else {
            return;
        };
        if !written {
            st.broken = true;
            return;
        }
        st.pending.push((key, loc));
        if let Ok(mut view) = self.view().write() {
            view.insert(key, loc);
        }
        if st.published.elapsed() >= PUBLISH_EVERY {
            self.publish_locked(&mut st, false);
        }
    }

    /// The place of the next entry of `len` bytes in this run's pack (created on first use),
    /// taken from the pack's end; `None` once a write failed or the pack cannot be created.
    fn reserve(&self, len: u32) -> Option<(Arc<File>, Loc)> {
        let mut st = self.state.lock().ok()?;
        if st.broken {
            return None;
        }
        if st.writer.is_none() {
            st.writer = self.lock().ok().and_then(|_lock| self.create().ok());
        }
        let Some(w) = st.writer.as_mut() else {
            st.broken = true;
            return None;
        };
        let loc = Loc {
            pack: w.id,
            offset: w.len,
            len,
            mark: Loc::first_mark(w.id, w.len, len),
        };
        w.len += u64::from(len);
        Some((Arc::clone(&w.file), loc))
    }

    /// Publishes the entries this run stored (see the module docs); best effort.
    pub fn publish(&self) {
        if let Ok(mut st) = self.state.lock() {
            self.publish_locked(&mut st, false);
        }
    }

    /// Lets go of this run's pack when much of it is garbage ([`worth_compacting`]), and publishes, so that the
    /// compaction publishing does takes the pack too: its live entries are copied into a new
    /// pack and it is deleted; entries this run stores later go into a pack of their own. A
    /// reader's cold open writes every page twice (parsed, then again with its facts), which
    /// left its pack half garbage, twice the archive's size on disk, until some later run
    /// stored something. Marks are kept ([`Loc::mark`]): the archive summary stays good.
    /// Best effort.
    pub fn seal_if_worth_compacting(&self) {
        let Ok(mut st) = self.state.lock() else {
            return;
        };
        let Some(w) = st.writer.as_ref() else {
            return;
        };
        let live = self.view().read().map_or(0, |view| {
            view.values()
                .filter(|loc| loc.pack == w.id)
                .map(|loc| u64::from(loc.len))
                .sum::<u64>()
        });
        if !worth_compacting(w.len, live) {
            return;
        }
        // Writes under way hold their own handle, and with it the pack's lock: compaction
        // leaves a pack alone until the last of them is done.
        st.writer = None;
        self.publish_locked(&mut st, true);
    }

    /// Publishes the entries stored since the last time; with `always`, compacts even when
    /// there are none.
    fn publish_locked(&self, st: &mut State, always: bool) {
        st.published = Instant::now();
        if st.pending.is_empty() && !always {
            return;
        }
        let Ok(_lock) = self.lock() else {
            return;
        };
        let mut merged = self.read_catalog();
        merged.extend(st.pending.iter().copied());
        let own = st.writer.as_ref().map(|w| w.id);
        let compacted = self.collect(&mut merged, own);
        let path = self.dir.join(CATALOG);
        if super::write_file(&path, &catalog::encode(&merged)).is_err() {
            return;
        }
        st.pending.clear();
        // Only now that the catalog no longer points at them.
        for (id, _held) in compacted {
            let _ = std::fs::remove_file(self.pack_path(id));
        }
        if let Ok(mut view) = self.view().write() {
            *view = merged;
        }
    }

    /// Deletes packs nothing points to and no run holds, and compacts the packs no run holds
    /// when they are worth it or too many, pointing `catalog` at the copy. Returns the
    /// compacted packs (held locked) to delete once the catalog is written. Called under the
    /// lock; `own` is this run's pack, never touched.
    fn collect(&self, catalog: &mut Catalog, own: Option<u64>) -> Vec<(u64, File)> {
        let live = catalog::live_bytes(catalog);
        // Packs no run holds that entries point to: id, file, size, live bytes.
        let mut held: Vec<(u64, File, u64, u64)> = Vec::new();
        for (id, size) in self.list() {
            if Some(id) == own {
                continue;
            }
            let Ok(file) = File::open(self.pack_path(id)) else {
                continue;
            };
            // Held by a running dubao (or no locks here): leave it be.
            if file.try_lock().is_err() {
                continue;
            }
            match live.get(&id) {
                None => {
                    let _ = std::fs::remove_file(self.pack_path(id));
                }
                Some(&l) => held.push((id, file, size, l)),
            }
        }
        // Each pack worth compacting, or all of them when they are too many: a pack of
        // live entries beside one of garbage does not keep it from being compacted.
        let too_many = held.len() > MAX_PACKS;
        held.retain(|h| too_many || worth_compacting(h.2, h.3));
        let garbage: u64 = held.iter().map(|h| h.2.saturating_sub(h.3)).sum();
        if held.is_empty() || !(too_many || garbage >= MIN_GARBAGE) {
            return Vec::new();
        }
        let Ok(mut into) = self.create() else {
            return Vec::new();
        };
        let sources: HashMap<u64, File> = held.into_iter().map(|(id, f, ..)| (id, f)).collect();
        let mut lost = HashSet::new();
        for (key, loc) in catalog.iter_mut() {
            let Some(file) = sources.get(&loc.pack) else {
                continue;
            };
            let mut bytes = vec![0; loc.len as usize];
            let moved = read_exact_at(file, &mut bytes, loc.offset).is_ok()
                && write_all_at(&into.file, &bytes, into.len).is_ok();
            if !moved {
                lost.insert(*key);
                continue;
            }
            *loc = Loc {
                pack: into.id,
                offset: into.len,
                ..*loc
            };
            into.len += u64::from(loc.len);
        }
        catalog.retain(|k, _| !lost.contains(k));
        sources.into_iter().collect()
    }

    /// Creates a new pack for this run, locked and with its header; under the lock, so no
    /// compaction takes it for a crashed run's before it is locked.
    fn create(&self) -> std::io::Result<Active> {
        loop {
            let id = fresh_id();
            let opened = File::options()
                .read(true)
                .write(true)
                .create_new(true)
                .open(self.pack_path(id));
            let mut file = match opened {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                other => other?,
            };
            // Where locks are not supported, no one can lock it either: it is never deleted.
            let _ = file.try_lock();
            file.write_all(MAGIC)?;
            file.write_all(&[catalog::FORMAT])?;
            return Ok(Active {
                id,
                file: Arc::new(file),
                len: HEADER,
            });
        }
    }

    /// The cache's lock, held until the returned file is dropped.
    fn lock(&self) -> std::io::Result<File> {
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(LOCK))?;
        file.lock()?;
        Ok(file)
    }

    /// Every pack in the directory, by id, with its size.
    fn list(&self) -> Vec<(u64, u64)> {
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        rd.flatten()
            .filter_map(|e| {
                let name = e.file_name();
                let id = name.to_str()?.strip_suffix(".pack")?;
                let id = u64::from_str_radix(id, 16).ok()?;
                Some((id, e.metadata().ok()?.len()))
            })
            .collect()
    }

    fn pack_path(&self, id: u64) -> PathBuf {
        self.dir.join(format!("{id:016x}.pack"))
    }

    /// Bytes of the packs and the catalog.
    pub fn bytes(&self) -> u64 {
        let catalog = std::fs::metadata(self.dir.join(CATALOG)).map_or(0, |m| m.len());
        self.list().iter().map(|(_, s)| s).sum::<u64>() + catalog
    }
}

impl Drop for Packs {
    fn drop(&mut self) {
        self.publish();
    }
}

/// Whether a pack of `size` bytes holding `live` bytes of live entries is worth compacting:
/// at least a third of it, and a few megabytes, garbage. A reader's cold open leaves a little
/// under half (each page's first entry, beside the larger one with its facts); compacting
/// then copies two bytes for each one it frees, once.
fn worth_compacting(size: u64, live: u64) -> bool {
    let garbage = size.saturating_sub(HEADER).saturating_sub(live);
    garbage >= MIN_GARBAGE && garbage.saturating_mul(3) >= size
}

/// A pack id no other pack has had: the process, the time and a counter, hashed.
fn fresh_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let key = format!(
        "{}/{nanos}/{}/{:?}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::thread::current().id()
    );
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// Reads exactly `buf.len()` bytes at `offset` without moving a shared cursor (threads read
/// the same pack at once).
#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

/// Writes all of `buf` at `offset` without moving a shared cursor (threads write their
/// reserved places of one pack at once).
#[cfg(unix)]
fn write_all_at(file: &File, buf: &[u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, buf, offset)
}

#[cfg(windows)]
fn write_all_at(file: &File, mut buf: &[u8], mut offset: u64) -> std::io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buf.is_empty() {
        match file.seek_write(buf, offset)? {
            0 => return Err(std::io::ErrorKind::WriteZero.into()),
            n => {
                buf = &buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buf.is_empty() {
        match file.seek_read(buf, offset)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry's made-up bytes for key `k`.
    fn entry(k: u128) -> Vec<u8> {
        format!("entry {k} ").repeat(30).into_bytes()
    }

    fn read_back(packs: &Packs, k: u128) -> Option<Vec<u8>> {
        match packs.read(packs.get(k)?, u64::MAX) {
            Read::Bytes { bytes, .. } => Some(bytes),
            _ => None,
        }
    }

    /// Two runs (two views of one directory, as two processes have) storing at once, with
    /// keys of their own and keys in common, publishing as they go: a later run finds all.
    #[test]
    fn two_writers_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let a = Packs::new(dir.path().to_owned());
        let b = Packs::new(dir.path().to_owned());
        std::thread::scope(|s| {
            for (packs, from) in [(&a, 0u128), (&b, 1)] {
                s.spawn(move || {
                    for k in (from..200).step_by(2).chain(500..520) {
                        packs.put(k, &entry(k));
                        if k % 9 == 0 {
                            packs.publish();
                        }
                    }
                    packs.publish();
                });
            }
        });
        assert_eq!(a.list().len(), 2, "a pack each");
        drop((a, b));
        let later = Packs::new(dir.path().to_owned());
        for k in (0..200).chain(500..520) {
            assert_eq!(read_back(&later, k), Some(entry(k)), "entry {k}");
        }
        assert!(later.notice().is_none());
    }

    /// One run storing on several threads at once (as the loader does on every core): each
    /// entry is written at its own place, readable in the same run and by a later one, and
    /// the pack holds exactly the bytes stored (no overlap, no gap).
    #[test]
    fn threads_storing_at_once_write_each_entry_whole() {
        let dir = tempfile::tempdir().unwrap();
        let packs = Packs::new(dir.path().to_owned());
        // Entries of different sizes, so a shared cursor or a wrong reservation would show.
        let sized = |k: u128| entry(k).repeat(1 + (k % 5) as usize);
        std::thread::scope(|s| {
            for t in 0..4u128 {
                let packs = &packs;
                s.spawn(move || {
                    for k in (t..400).step_by(4) {
                        packs.put(k, &sized(k));
                    }
                });
            }
        });
        for k in 0..400 {
            assert_eq!(read_back(&packs, k), Some(sized(k)), "entry {k}, same run");
        }
        packs.publish();
        let total: u64 = (0..400).map(|k| sized(k).len() as u64).sum();
        assert_eq!(
            packs.list().iter().map(|p| p.1).sum::<u64>(),
            HEADER + total
        );
        drop(packs);
        let later = Packs::new(dir.path().to_owned());
        for k in 0..400 {
            assert_eq!(read_back(&later, k), Some(sized(k)), "entry {k}, later run");
        }
    }

    #[test]
    fn a_running_pack_is_never_taken_and_a_dead_one_is_cleared() {
        let dir = tempfile::tempdir().unwrap();
        // A crashed run's pack: no entry points to it and no run holds it.
        let dead = dir.path().join("00000000000000ff.pack");
        std::fs::write(&dead, b"DUBAOPK\x01 left by a crash").unwrap();
        let running = Packs::new(dir.path().to_owned());
        running.put(1, &entry(1));
        // Another run publishes while the first still holds its unpublished pack.
        let other = Packs::new(dir.path().to_owned());
        other.put(2, &entry(2));
        other.publish();
        assert!(!dead.exists(), "a pack no run holds and nothing needs goes");
        assert_eq!(other.list().len(), 2, "the running pack stays");
        running.publish();
        let later = Packs::new(dir.path().to_owned());
        assert_eq!(read_back(&later, 1), Some(entry(1)));
        assert_eq!(read_back(&later, 2), Some(entry(2)));
    }
}
