//! The index kept between runs, in `<cache dir>/index/`, so a warm open searches at once
//! instead of indexing every page again.
//!
//! The directory is untrusted: it is used only if it carries this build's version marker, opens
//! with this schema and its files pass their checksums; otherwise it is emptied and rebuilt, with
//! one notice. Tantivy's writer lock keeps two dubao processes from writing it at once: the one
//! that finds it taken indexes in memory for that run. A directory that cannot be written (read
//! only, missing parent) also means an index in memory, with one notice.

use std::path::Path;

use tantivy::directory::error::LockError;
use tantivy::directory::{Directory, MmapDirectory, INDEX_WRITER_LOCK};
use tantivy::{Index, IndexSettings, TantivyError};

use super::{Fields, IndexError, SearchIndex};

/// The index's format; a change here (schema, tokenizer) rebuilds old indexes.
const FORMAT: &str = "dubao-index-3";

/// The file that records which build of dubao wrote the index.
const MARKER: &str = "dubao-index.version";

/// What opening the kept index tells the user (the directory named as it displays).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexNotice {
    #[error("search index {dir} was damaged: rebuilt")]
    Damaged { dir: String },
    #[error("search index {dir} was made by another version of dubao: rebuilt")]
    OtherVersion { dir: String },
    #[error("search index {dir} is in use by another dubao: indexing in memory")]
    Busy { dir: String },
    #[error("search index {dir}: {why}: indexing in memory")]
    Unusable { dir: String, why: String },
    /// Not even an index in memory could be made: searches scan the pages.
    #[error("search index: {why}: searching without one")]
    NoIndex { why: String },
}

/// Why a directory's index cannot be used this run.
enum Unusable {
    /// Another process holds the writer lock.
    Busy,
    /// The directory cannot be created, opened or written.
    Broken(String),
}

/// Opens the index kept in `dir` (creating or rebuilding it as needed), or, when that is not
/// possible, an index in memory; either way with the notice to show the user, if any.
pub fn open(dir: &Path) -> Result<(SearchIndex, Option<IndexNotice>), IndexError> {
    let shown = || dir.display().to_string();
    match open_dir(dir) {
        Ok((idx, rebuilt)) => Ok((idx, rebuilt)),
        Err(Unusable::Busy) => Ok((
            SearchIndex::in_memory()?,
            Some(IndexNotice::Busy { dir: shown() }),
        )),
        Err(Unusable::Broken(why)) => Ok((
            SearchIndex::in_memory()?,
            Some(IndexNotice::Unusable { dir: shown(), why }),
        )),
    }
}

/// The index in `dir` and, when it had to be rebuilt, the notice saying so.
fn open_dir(dir: &Path) -> Result<(SearchIndex, Option<IndexNotice>), Unusable> {
    let broken = |e: &dyn std::fmt::Display| Unusable::Broken(e.to_string());
    std::fs::create_dir_all(dir).map_err(|e| broken(&e))?;
    let mmap = MmapDirectory::open(dir).map_err(|e| broken(&e))?;
    // Hold the writer lock while checking and perhaps emptying the directory, so an index
    // another process is writing is never deleted under it.
    let lock = match mmap.acquire_lock(&INDEX_WRITER_LOCK) {
        Ok(l) => l,
        Err(LockError::LockBusy) => return Err(Unusable::Busy),
        Err(e) => return Err(broken(&e)),
    };
    let version = version();
    let marker = std::fs::read_to_string(dir.join(MARKER)).ok();
    let exists = Index::exists(&mmap).unwrap_or(true);
    let (index, notice) = match (exists, marker) {
        (true, Some(m)) if m == version => match checked(&mmap) {
            Some(index) => (index, None),
            None => (
                rebuild(dir, &mmap, &version)?,
                Some(IndexNotice::Damaged {
                    dir: dir.display().to_string(),
                }),
            ),
        },
        (false, None) => (rebuild(dir, &mmap, &version)?, None),
        _ => (
            rebuild(dir, &mmap, &version)?,
            Some(IndexNotice::OtherVersion {
                dir: dir.display().to_string(),
            }),
        ),
    };
    drop(lock);
    match SearchIndex::from_index(index, true) {
        Ok(idx) => Ok((idx, notice)),
        Err(IndexError::Tantivy(TantivyError::LockFailure(LockError::LockBusy, _))) => {
            Err(Unusable::Busy)
        }
        Err(e) => Err(broken(&e)),
    }
}

/// The index in the directory if it opens with this schema and every file passes its checksum.
fn checked(mmap: &MmapDirectory) -> Option<Index> {
    let index = Index::open(mmap.clone()).ok()?;
    Fields::of(&index.schema())?;
    let bad = index.validate_checksum().ok()?;
    bad.is_empty().then_some(index)
}

/// Empties the directory (but for tantivy's lock files) and creates a new index in it, marked
/// with this build's version.
fn rebuild(dir: &Path, mmap: &MmapDirectory, version: &str) -> Result<Index, Unusable> {
    let broken = |e: &dyn std::fmt::Display| Unusable::Broken(e.to_string());
    let entries = std::fs::read_dir(dir).map_err(|e| broken(&e))?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with(".tantivy-") && name.ends_with(".lock") {
            continue;
        }
        let path = e.path();
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed.map_err(|e| broken(&e))?;
    }
    let (schema, _) = Fields::schema();
    let index =
        Index::create(mmap.clone(), schema, IndexSettings::default()).map_err(|e| broken(&e))?;
    write_marker(dir, version).map_err(|e| broken(&e))?;
    Ok(index)
}

/// Writes the version marker atomically (a crash leaves the old marker or none).
fn write_marker(dir: &Path, version: &str) -> std::io::Result<()> {
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, version.as_bytes())?;
    tmp.persist(dir.join(MARKER)).map_err(|e| e.error)?;
    Ok(())
}

/// This build's version: the format, dubao's version and the executable's size and mtime (the
/// tokenizer's folding is compiled in, so a rebuilt dubao rebuilds the index).
fn version() -> String {
    let mut v = format!("{FORMAT}/{}", env!("CARGO_PKG_VERSION"));
    if let Some(m) = std::env::current_exe()
        .and_then(std::fs::metadata)
        .ok()
        .map(|m| crate::cache::Stamp::of(&m))
    {
        v.push_str(&format!("/{}/{}", m.size, m.mtime_ns));
    }
    v
}
