//! Loading many pages fast: every core decodes, sanitises and parses (rayon), the persistent
//! [`cache`] answers for files that have not changed, and pages come out in path
//! order, a chunk at a time, so callers can stream them instead of holding the whole archive.

mod lean;
mod newest;
mod stream;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::cache::{self, Cache, Lookup, Notice, Stamp};
use crate::error::LoadError;
use crate::facts::{self, Extractor};
use crate::ingest::{self, edition, LoadOptions, Loaded, Source};
use crate::model::{Corpus, Page};

pub use lean::Arrival;
pub use newest::{newest_first, newest_first_at, probe};
pub use stream::{Detail, Plan};

/// Where the cache is, if anywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CacheMode {
    /// `$DUBAO_CACHE_DIR` or the platform cache directory.
    #[default]
    Default,
    /// `--no-cache`: read every page from its file, write nothing.
    Off,
    /// This directory.
    Dir(PathBuf),
}

/// The first chunk is small so the first pages are ready at once; later ones keep cores busy.
pub const FIRST_CHUNK: usize = 16;
pub(crate) const CHUNK: usize = 256;

/// Called with (pages done, pages in all) as a load advances.
type Progress = Box<dyn Fn(usize, usize) + Send + Sync>;

/// Loads sources in parallel through the cache; see the module docs.
pub struct Loader {
    progress: Option<Progress>,
    options: LoadOptions,
    cache: Option<Cache>,
    notice: Option<Notice>,
    /// A notice from a pass (an unusable archive summary), once per run.
    pass_notice: std::sync::OnceLock<Notice>,
    damaged: AtomicUsize,
    /// Pages come with the facts the cache holds for them even without an extractor (the
    /// reader: it extracts only what the cache does not have).
    cached_facts: bool,
}

impl Loader {
    /// A loader with the cache of `mode`; a cache that cannot be opened is noted, not fatal.
    pub fn new(mode: &CacheMode, options: LoadOptions) -> Loader {
        let dir = match mode {
            CacheMode::Off => None,
            CacheMode::Dir(d) => Some(d.clone()),
            CacheMode::Default => Cache::default_dir(),
        };
        let (cache, notice) = match (mode, dir) {
            (CacheMode::Off, _) => (None, None),
            (_, None) => (None, Some(Notice::NoDirectory)),
            (_, Some(d)) => match Cache::open(&d) {
                Ok(c) => (Some(c), None),
                Err(e) => (
                    None,
                    Some(Notice::Unavailable {
                        reason: e.to_string(),
                    }),
                ),
            },
        };
        Loader {
            progress: None,
            options,
            cache,
            notice,
            pass_notice: std::sync::OnceLock::new(),
            damaged: AtomicUsize::new(0),
            cached_facts: false,
        }
    }

    /// Pages loaded without an extractor keep the facts their cache entry holds (other pages
    /// come without facts, as before).
    pub fn with_cached_facts(mut self) -> Loader {
        self.cached_facts = true;
        self
    }

    /// A loader for reading single pages back while this one works (the reader's text on
    /// demand): the same cache, options and cached facts, no progress, notices of its own.
    pub fn sibling(&self) -> Loader {
        Loader {
            progress: None,
            options: self.options,
            cache: self.cache.clone(),
            notice: None,
            pass_notice: std::sync::OnceLock::new(),
            damaged: AtomicUsize::new(0),
            cached_facts: self.cached_facts,
        }
    }

    /// One file as page `number`, as a load gives it: from its cache entry when the file is
    /// unchanged, else read and parsed again (and cached), so a file changed since its entry
    /// was written never gives the old text. Ids are provisional (`number-k`).
    pub fn load_file(&self, path: &std::path::Path, number: usize) -> Result<Loaded, LoadError> {
        self.load_one(&Source::File(path.to_path_buf()), number, None)
    }

    /// Reports progress to `f` (a progress bar) as sources load.
    pub fn with_progress(mut self, f: impl Fn(usize, usize) + Send + Sync + 'static) -> Loader {
        self.progress = Some(Box::new(f));
        self
    }

    /// The cache in use, if any.
    pub fn cache(&self) -> Option<&Cache> {
        self.cache.as_ref()
    }

    /// Notices for the user (cache unavailable, damaged entries rebuilt): one line each, at most
    /// one of each kind per run.
    pub fn notices(&self) -> Vec<Notice> {
        let mut v: Vec<Notice> = self.notice.iter().cloned().collect();
        v.extend(self.cache.iter().flat_map(Cache::notices));
        v.extend(self.pass_notice.get().cloned());
        let n = self.damaged.load(Ordering::Relaxed);
        if n > 0 {
            v.push(Notice::DamagedEntries { count: n });
        }
        v
    }

    /// Records a notice for [`Loader::notices`]; only the first of a run is kept.
    fn note(&self, notice: Notice) {
        let _ = self.pass_notice.set(notice);
    }

    /// Loads every source on all cores and hands the results to `sink` in source order. Loaded
    /// pages are numbered densely (failures take no number), as [`ingest::load_all`] does. With an
    /// extractor, pages come with their facts (from the cache when it has them). `sink` may stop
    /// the load by returning an error. Article ids are final only after
    /// [`edition::assign_ids`], which needs every page.
    pub fn for_each<E>(
        &self,
        sources: &[Source],
        facts: Option<&Extractor>,
        mut sink: impl FnMut(Result<Loaded, LoadError>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut loaded = 0usize;
        let mut start = 0usize;
        while start < sources.len() {
            let size = if start == 0 { FIRST_CHUNK } else { CHUNK };
            let end = (start + size).min(sources.len());
            let results: Vec<(usize, Result<Loaded, LoadError>)> = sources[start..end]
                .par_iter()
                .enumerate()
                .map(|(i, s)| {
                    let provisional = start + i + 1;
                    (provisional, self.load_one(s, provisional, facts))
                })
                .collect();
            if let Some(p) = &self.progress {
                p(end, sources.len());
            }
            for (provisional, result) in results {
                sink(result.map(|mut l| {
                    loaded += 1;
                    renumber(&mut l.page, provisional, loaded);
                    l
                }))?;
            }
            start = end;
        }
        self.publish();
        Ok(())
    }

    /// Publishes what this load stored in the cache, so other runs find it (see
    /// [`Cache::publish`]).
    pub(crate) fn publish(&self) {
        if let Some(c) = &self.cache {
            c.publish();
        }
    }

    /// Loads every source into one corpus with its final ids (ids relative to `roots`), as
    /// [`ingest::load_all_with`] does; failures and notices come back beside it.
    pub fn load_all(
        &self,
        sources: &[Source],
        roots: &[PathBuf],
        facts: Option<&Extractor>,
    ) -> (Corpus, Vec<LoadError>) {
        let mut corpus = Corpus::default();
        let mut errors = Vec::new();
        let _ = self.for_each(sources, facts, |r| -> Result<(), ()> {
            match r {
                Ok(Loaded { page, notice }) => {
                    corpus.pages.push(page);
                    errors.extend(notice);
                }
                Err(e) => errors.push(e),
            }
            Ok(())
        });
        edition::assign_ids(&mut corpus, roots);
        (corpus, errors)
    }

    /// The whole load step of the CLI and the reader: the pages at `paths` (the embedded sample
    /// when none), walked, loaded on all cores through the cache, with final ids.
    pub fn load_paths(
        &self,
        paths: &[PathBuf],
        facts: Option<&Extractor>,
    ) -> (Corpus, Vec<LoadError>) {
        let (sources, mut errors) = if paths.is_empty() {
            (vec![ingest::sample_source()], Vec::new())
        } else {
            ingest::expand_paths(paths)
        };
        let (corpus, load_errors) = self.load_all(&sources, paths, facts);
        errors.extend(load_errors);
        (corpus, errors)
    }

    /// One source as page `number`: from the cache when the file is unchanged, else parsed (and
    /// stored).
    fn load_one(
        &self,
        source: &Source,
        number: usize,
        facts: Option<&Extractor>,
    ) -> Result<Loaded, LoadError> {
        let uncached = || {
            let mut l = ingest::load_source_with(source, number, &self.options)?;
            if let Some(x) = facts {
                facts::fill_page(&mut l.page, x);
            }
            Ok(l)
        };
        if self.cache.is_none() {
            return uncached();
        }
        // Not a regular file, or over the page size limit: the plain read says why, every run.
        match self.stated(source) {
            Some(file) => self.load_stated(source, &file.abs, file.stamp, number, facts),
            None => uncached(),
        }
    }

    /// [`Loader::load_one`] of a regular file within the page size limit whose absolute path
    /// and stamp the caller already has (from its walk, or a [`Stated`] it needed anyway):
    /// stat-ing every file again cost a cold open of 10,000 pages about a tenth of its loading
    /// CPU on this filesystem.
    fn load_stated(
        &self,
        source: &Source,
        abs: &std::path::Path,
        stamp: Stamp,
        number: usize,
        facts: Option<&Extractor>,
    ) -> Result<Loaded, LoadError> {
        let Some(cache) = &self.cache else {
            return self.load_one(source, number, facts);
        };
        let name = source.name();
        let src = cache::Source {
            abs,
            name: &name,
            stamp,
        };
        let entry = match cache.lookup(&src) {
            Lookup::Fresh(e) => match self.page_of_entry(cache, &src, &e, number, facts) {
                Some(page) => return Ok(Loaded { page, notice: None }),
                None => None,
            },
            Lookup::Stale(e) => Some(e),
            Lookup::Damaged => {
                self.damaged.fetch_add(1, Ordering::Relaxed);
                None
            }
            Lookup::Miss => None,
        };
        let bytes = source
            .read(self.options.max_page_bytes)
            .map_err(|problem| LoadError {
                path: name.clone(),
                problem,
            })?;
        let hash = cache::content_hash(&bytes);
        // Touched or copied back unchanged: the parse still holds; record the new stamp.
        if let Some(e) = entry.filter(|e| e.hash == hash) {
            if let Some(mut page) = e.page() {
                renumber(&mut page, e.number as usize, number);
                if let (Some(x), false) = (facts, e.has_facts) {
                    facts::fill_page(&mut page, x);
                }
                let has_facts = e.has_facts || facts.is_some();
                cache.store(&src, hash, number_u32(number), &page, has_facts);
                if facts.is_none() && !(self.cached_facts && e.has_facts) {
                    strip_facts(&mut page);
                }
                return Ok(Loaded { page, notice: None });
            }
        }
        let mut loaded = ingest::parse_bytes(&name, &bytes, number)?;
        if let Some(x) = facts {
            facts::fill_page(&mut loaded.page, x);
        }
        // A page with damaged bytes is not cached, so its notice shows on every run.
        if loaded.notice.is_none() {
            cache.store(
                &src,
                hash,
                number_u32(number),
                &loaded.page,
                facts.is_some(),
            );
        }
        Ok(loaded)
    }

    /// The page of a fresh entry, with facts added (and stored) when asked for and missing;
    /// `None` when the entry's page does not decode (counted as damaged).
    fn page_of_entry(
        &self,
        cache: &Cache,
        src: &cache::Source<'_>,
        e: &cache::Entry,
        number: usize,
        facts: Option<&Extractor>,
    ) -> Option<Page> {
        let Some(mut page) = e.page() else {
            self.damaged.fetch_add(1, Ordering::Relaxed);
            return None;
        };
        renumber(&mut page, e.number as usize, number);
        match (facts, e.has_facts) {
            (Some(x), false) => {
                facts::fill_page(&mut page, x);
                cache.store(src, e.hash, number_u32(number), &page, true);
            }
            (None, true) if !self.cached_facts => strip_facts(&mut page),
            _ => {}
        }
        Some(page)
    }
}

/// A source file stat-ed once for the cache: its absolute path (the cache's key) and stamp.
/// Only a regular file within the page size limit gets one; anything else is read plainly,
/// so its problem is reported every run.
pub(crate) struct Stated {
    pub abs: PathBuf,
    pub stamp: Stamp,
}

impl Loader {
    /// The [`Stated`] of a file source; `None` without a cache (nothing to key), and for
    /// stdin, bytes, or a file that is not a regular one within the size limit (or cannot be
    /// stat-ed).
    pub(crate) fn stated(&self, source: &Source) -> Option<Stated> {
        let (Source::File(path), Some(_)) = (source, &self.cache) else {
            return None;
        };
        let stamp = self.stamp_from(&std::fs::metadata(path).ok()?)?;
        let abs = std::path::absolute(path).ok()?;
        Some(Stated { abs, stamp })
    }
}

/// Page numbers beyond u32 cannot occur in practice; saturate rather than wrap.
fn number_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Drops cached facts a caller did not ask for, so output never depends on what ran before.
fn strip_facts(page: &mut Page) {
    for a in &mut page.articles {
        a.facts.clear();
    }
}

/// Renumbers ids made as page `from` (`from-k`) to page `to`: a page parsed in parallel, or
/// cached, before the pages ahead of it were known. Ids of any other form are left alone.
fn renumber(page: &mut Page, from: usize, to: usize) {
    if from == to {
        return;
    }
    for (k, a) in page.articles.iter_mut().enumerate() {
        if a.id == format!("{from}-{}", k + 1) {
            a.id = format!("{to}-{}", k + 1);
        }
    }
}
