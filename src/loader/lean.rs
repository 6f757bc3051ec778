//! The reader's load: every page of an archive, each as its head from the archive's summary when
//! the summary and the cache can vouch for it, else loaded whole. A warm open of 10,000 pages then
//! reads one summary file and stats each page, as a warm `dubao list` does, instead of
//! decompressing and decoding 10,000 cache entries only to drop their text.
//!
//! A record serves only when its file's stamp matches (the file did not change) and its reader's
//! note ([`Note`]) carries the mark of the file's cache entry as it is now (the entry did not
//! change: the fact extractor adds facts to entries after the summary was written). Anything
//! else loads the page as before, and the reader writes a new summary at the end of its load.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cache::summary::{Note, Record, Summary};
use crate::cache::{LazyHeads, Stamp};
use crate::error::LoadError;
use crate::ingest::{Loaded, Source};
use crate::model::Page;

use super::Loader;

/// A page as the reader's load hands it over.
#[derive(Debug)]
pub enum Arrival {
    /// From the archive's summary: the page's edition fields, its articles' heads (id, title,
    /// zones, date and kind) still in the summary's bytes until one is read, its note and the
    /// record it came from; its text and facts stay in the cache.
    Listed {
        page: Page,
        heads: Arc<LazyHeads>,
        note: Note,
        record: Record,
    },
    /// Loaded whole (from its cache entry, or parsed and cached), with what a summary record of
    /// it needs: the stamp its file had before it was read and the mark of its cache entry after
    /// (`None` for a source that is no file, or without a cache).
    Loaded {
        result: Result<Loaded, LoadError>,
        stamp: Option<Stamp>,
        mark: Option<u64>,
    },
}

impl Loader {
    /// The summary of the archive at `paths` for the reader's load, when there is a cache and a
    /// usable summary (an unusable one is noted once).
    pub fn reader_summary(&self, paths: &[PathBuf]) -> Option<Summary> {
        self.open_summary(paths)
    }

    /// Loads `sources` on all cores, a chunk at a time (a small first one), and hands each
    /// [`Arrival`] to `sink` in order with its index, while the next chunk loads. `sink` may
    /// stop the load by returning an error. `stamps`, when it covers a source, is that file's
    /// stamp as the walk read it ([`Loader::stamp_from`]); a source past its end is stat-ed.
    pub fn arrive_all<E>(
        &self,
        sources: &[Source],
        stamps: &[Option<Stamp>],
        summary: Option<&Summary>,
        sink: impl FnMut(usize, Arrival) -> Result<(), E>,
    ) -> Result<(), E> {
        let done = self.chunked(
            sources,
            |i, s| self.arrive(s, i + 1, summary, stamps.get(i).copied()),
            sink,
            |end| (end, sources.len()),
        );
        self.publish();
        done
    }

    /// One source for the reader (as page `number`, a provisional id): its head from
    /// `summary` when the record and the cache entry are current, else loaded whole.
    fn arrive(
        &self,
        source: &Source,
        number: usize,
        summary: Option<&Summary>,
        known: Option<Option<Stamp>>,
    ) -> Arrival {
        let (Source::File(path), Some(cache)) = (source, &self.cache) else {
            return Arrival::Loaded {
                result: self.load_one(source, number, None),
                stamp: None,
                mark: None,
            };
        };
        let stamp = known.unwrap_or_else(|| self.stamp_of(path));
        let abs = std::path::absolute(path).ok();
        let listed = stamp
            .zip(summary)
            .zip(abs.as_deref())
            .and_then(|((stamp, summary), abs)| {
                let name = source.name();
                let record = summary.get(&name).filter(|r| r.stamp == stamp)?;
                let note = summary
                    .note(record)
                    .filter(|n| cache.entry_mark(abs) == Some(n.mark))?;
                let (page, heads) = summary.listed(record, &name)?;
                Some(Arrival::Listed {
                    page,
                    heads: Arc::new(heads),
                    note,
                    record: record.clone(),
                })
            });
        if let Some(listed) = listed {
            return listed;
        }
        let result = match (stamp, abs.as_deref()) {
            (Some(stamp), Some(abs)) => self.load_stated(source, abs, stamp, number, None),
            _ => self.load_one(source, number, None),
        };
        Arrival::Loaded {
            result,
            stamp,
            mark: abs.and_then(|a| cache.entry_mark(&a)),
        }
    }

    /// The stamp of a regular file within the page size limit; `None` for anything else (a
    /// record is never made of it).
    fn stamp_of(&self, path: &Path) -> Option<Stamp> {
        self.stamp_from(&std::fs::metadata(path).ok()?)
    }

    /// The stamp of a file from its metadata, as [`Loader::stamp_of`] reads it.
    pub fn stamp_from(&self, meta: &std::fs::Metadata) -> Option<Stamp> {
        (meta.is_file() && meta.len() <= self.options.max_page_bytes).then(|| Stamp::of(meta))
    }
}
