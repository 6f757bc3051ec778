//! Loading many pages fast: every core decodes, sanitises and parses (rayon), the persistent
//! [`cache`](crate::cache) answers for files that have not changed, and pages come out in path
//! order, a chunk at a time, so callers can stream them instead of holding the whole archive.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::cache::{self, Cache, Lookup, Stamp};
use crate::error::{LoadError, LoadProblem};
use crate::facts::Extractor;
use crate::ingest::{self, Source};
use crate::model::Page;

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
const FIRST_CHUNK: usize = 16;
const CHUNK: usize = 256;

/// Loads sources in parallel through the cache; see the module docs.
#[derive(Debug)]
pub struct Loader {
    cache: Option<Cache>,
    notice: Option<String>,
    damaged: AtomicUsize,
}

impl Loader {
    /// A loader with the cache of `mode`; a cache that cannot be opened is noted, not fatal.
    pub fn new(mode: &CacheMode) -> Loader {
        let dir = match mode {
            CacheMode::Off => None,
            CacheMode::Dir(d) => Some(d.clone()),
            CacheMode::Default => Cache::default_dir(),
        };
        let (cache, notice) = match (mode, dir) {
            (CacheMode::Off, _) => (None, None),
            (_, None) => (
                None,
                Some("no cache directory on this system: reading every page".to_owned()),
            ),
            (_, Some(d)) => match Cache::open(&d) {
                Ok(c) => (Some(c), None),
                Err(e) => (
                    None,
                    Some(format!("{e}: reading every page without a cache")),
                ),
            },
        };
        Loader {
            cache,
            notice,
            damaged: AtomicUsize::new(0),
        }
    }

    /// The cache in use, if any.
    pub fn cache(&self) -> Option<&Cache> {
        self.cache.as_ref()
    }

    /// Notices for the user (cache unavailable, damaged entries rebuilt): one line each, at most
    /// one of each kind per run.
    pub fn notices(&self) -> Vec<String> {
        let mut v: Vec<String> = self.notice.iter().cloned().collect();
        let n = self.damaged.load(Ordering::Relaxed);
        if n > 0 {
            v.push(format!(
                "{n} damaged cache entr{} ignored and rebuilt",
                if n == 1 { "y" } else { "ies" }
            ));
        }
        v
    }

    /// Loads every source on all cores and hands the results to `sink` in source order. Loaded
    /// pages are numbered densely (failures take no number), as [`ingest::load_all`] does. With an
    /// extractor, pages come with their facts (from the cache when it has them). `sink` may stop
    /// the load by returning an error.
    pub fn for_each<E>(
        &self,
        sources: &[Source],
        facts: Option<&Extractor>,
        mut sink: impl FnMut(Result<Page, LoadError>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut loaded = 0usize;
        let mut start = 0usize;
        while start < sources.len() {
            let size = if start == 0 { FIRST_CHUNK } else { CHUNK };
            let end = (start + size).min(sources.len());
            let results: Vec<(usize, Result<Page, LoadError>)> = sources[start..end]
                .par_iter()
                .enumerate()
                .map(|(i, s)| {
                    let provisional = start + i + 1;
                    (provisional, self.load_one(s, provisional, facts))
                })
                .collect();
            for (provisional, result) in results {
                sink(result.map(|mut page| {
                    loaded += 1;
                    renumber(&mut page, provisional, loaded);
                    page
                }))?;
            }
            start = end;
        }
        Ok(())
    }

    /// Loads everything into memory (the reader, tests).
    pub fn load_all(
        &self,
        sources: &[Source],
        facts: Option<&Extractor>,
    ) -> (crate::model::Corpus, Vec<LoadError>) {
        let mut corpus = crate::model::Corpus::default();
        let mut errors = Vec::new();
        let _ = self.for_each(sources, facts, |r| -> Result<(), ()> {
            match r {
                Ok(p) => corpus.pages.push(p),
                Err(e) => errors.push(e),
            }
            Ok(())
        });
        (corpus, errors)
    }

    /// One source as page `number`: from the cache when the file is unchanged, else parsed (and
    /// stored).
    fn load_one(
        &self,
        source: &Source,
        number: usize,
        facts: Option<&Extractor>,
    ) -> Result<Page, LoadError> {
        let (Source::File(path), Some(cache)) = (source, &self.cache) else {
            let mut page = ingest::load_source(source, number)?;
            if let Some(x) = facts {
                fill(&mut page, x);
            }
            return Ok(page);
        };
        let name = source.name();
        let (Ok(meta), Ok(abs)) = (std::fs::metadata(path), std::path::absolute(path)) else {
            return ingest::load_source(source, number);
        };
        let src = cache::Source {
            abs: &abs,
            name: &name,
            stamp: Stamp::of(&meta),
        };
        let entry = match cache.lookup(&src) {
            Lookup::Fresh(e) => match self.page_of_entry(cache, &src, &e, number, facts) {
                Some(page) => return Ok(page),
                None => None,
            },
            Lookup::Stale(e) => Some(e),
            Lookup::Damaged => {
                self.damaged.fetch_add(1, Ordering::Relaxed);
                None
            }
            Lookup::Miss => None,
        };
        let bytes = read(path, &name)?;
        let hash = cache::content_hash(&bytes);
        // Touched or copied back unchanged: the parse still holds; record the new stamp.
        if let Some(e) = entry.filter(|e| e.hash == hash) {
            if let Some(mut page) = e.page() {
                renumber(&mut page, e.number as usize, number);
                if let (Some(x), false) = (facts, e.has_facts) {
                    fill(&mut page, x);
                }
                let has_facts = e.has_facts || facts.is_some();
                cache.store(&src, hash, number_u32(number), &page, has_facts);
                if facts.is_none() {
                    strip_facts(&mut page);
                }
                return Ok(page);
            }
        }
        let mut page = ingest::parse_bytes(&name, &bytes, number)?;
        if let Some(x) = facts {
            fill(&mut page, x);
        }
        cache.store(&src, hash, number_u32(number), &page, facts.is_some());
        Ok(page)
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
                fill(&mut page, x);
                cache.store(src, e.hash, number_u32(number), &page, true);
            }
            (None, true) => strip_facts(&mut page),
            _ => {}
        }
        Some(page)
    }
}

/// Page numbers beyond u32 cannot occur in practice; saturate rather than wrap.
fn number_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Reads a page file, with the load errors [`ingest::load_source`] gives.
fn read(path: &Path, name: &str) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|e| LoadError {
        path: name.to_owned(),
        problem: match e.kind() {
            std::io::ErrorKind::NotFound => LoadProblem::NotFound,
            _ => LoadProblem::Io(e),
        },
    })
}

/// Extracts the facts of every article of a page.
pub fn fill(page: &mut Page, extractor: &Extractor) {
    let year = page.year;
    for article in &mut page.articles {
        article.facts = extractor.extract(article, year);
    }
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
