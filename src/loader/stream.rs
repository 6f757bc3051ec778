//! Streaming an archive in bounded memory: article ids need every page's edition (a page's id
//! base changes when another paper prints the same date and page number, or another file has
//! its name), so a first pass keeps only that small record per file — from the cache's page
//! heads when warm, parsing (and caching) the page when cold — and a second pass hands the pages
//! over one at a time, in path order, with their final ids.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::cache::{self, Lookup, Stamp};
use crate::error::LoadError;
use crate::facts::Extractor;
use crate::ingest::{self, edition, Loaded, Source};
use crate::model::Page;

use super::Loader;

/// What the second pass hands over for each page.
#[derive(Clone, Copy)]
pub enum Detail<'a> {
    /// Each page's head: articles with id, title, zones and date only (`dubao list`).
    Head,
    /// Whole pages without facts.
    Page,
    /// Whole pages with their facts.
    Facts(&'a Extractor),
}

/// The first pass over an archive: the sources, each one's id base, the zones the pages name.
pub struct Plan {
    sources: Vec<Source>,
    roots: Vec<PathBuf>,
    /// Each source's id base; `None` for a source that did not load in the first pass.
    bases: Vec<Option<String>>,
    zones: BTreeSet<String>,
    /// Problems walking the paths (a missing path, a FIFO): the second pass reports the rest.
    pub errors: Vec<LoadError>,
}

impl Plan {
    /// Every zone the loaded articles name (for `--zone`'s check before any output).
    pub fn zones(&self) -> impl Iterator<Item = &str> {
        self.zones.iter().map(String::as_str)
    }

    /// How many sources the plan covers.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether the plan covers no source.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

impl Loader {
    /// The first pass over the pages at `paths` (the embedded sample when none). Keeps one
    /// small record per file. With a cache, cold pages are parsed — with facts when `facts` is
    /// given, on all cores — and stored, so the second pass reads them back instead. Without
    /// one, pages are only decoded for their edition, unless `zones` asks for the zones their
    /// articles name (a `--zone` to check), which takes a parse.
    pub fn plan(&self, paths: &[PathBuf], facts: Option<&Extractor>, zones: bool) -> Plan {
        let (sources, mut errors) = if paths.is_empty() {
            (vec![ingest::sample_source()], Vec::new())
        } else {
            ingest::expand_paths(paths)
        };
        let sources = self.stdin_read_once(sources, &mut errors);
        // Without a cache, facts found now would be thrown away: the second pass finds them.
        let facts = facts.filter(|_| self.cache.is_some());
        let mut keys: Vec<Option<Key>> = Vec::with_capacity(sources.len());
        let mut named = BTreeSet::new();
        let total = sources.len();
        let _ = self.chunked(
            &sources,
            |i, s| {
                if self.cache.is_none() && !zones {
                    self.edition_one(s)
                } else {
                    self.head_one(s, i + 1, facts)
                }
            },
            |_, head| -> Result<(), ()> {
                keys.push(head.map(|h| {
                    for a in &h.articles {
                        named.extend(a.zones.iter().chain(&a.zone).cloned());
                    }
                    Key::of(h)
                }));
                Ok(())
            },
            |done| (done, total.saturating_mul(2)),
        );
        let loaded: Vec<edition::PageKey<'_>> = keys.iter().flatten().map(Key::page_key).collect();
        let mut bases = edition::id_bases(&loaded, paths).into_iter();
        let bases = keys
            .iter()
            .map(|k| k.as_ref().and_then(|_| bases.next()))
            .collect();
        Plan {
            sources,
            roots: paths.to_vec(),
            bases,
            zones: named,
            errors,
        }
    }

    /// The second pass: every source of the plan loaded on all cores, handed to `sink` in order
    /// with its final ids (a chunk at a time, so memory holds one chunk of pages). Failures and
    /// notices go to `sink` too, in place. `sink` may stop the pass by returning an error.
    pub fn stream<E>(
        &self,
        plan: &Plan,
        detail: Detail<'_>,
        mut sink: impl FnMut(Result<Loaded, LoadError>) -> Result<(), E>,
    ) -> Result<(), E> {
        let total = plan.sources.len();
        self.chunked(
            &plan.sources,
            |i, s| match detail {
                Detail::Head => match self.cached_head(s, false) {
                    Some(page) => Ok(Loaded { page, notice: None }),
                    None => self.load_one(s, i + 1, None).map(|l| Loaded {
                        page: cache::head_of(&l.page),
                        notice: l.notice,
                    }),
                },
                Detail::Page => self.load_one(s, i + 1, None),
                Detail::Facts(x) => self.load_one(s, i + 1, Some(x)),
            },
            |i, result| {
                sink(result.map(|mut l| {
                    let base = plan.bases[i].clone().unwrap_or_else(|| {
                        format!("{}#", edition::relative_name(&l.page.source, &plan.roots))
                    });
                    for (k, a) in l.page.articles.iter_mut().enumerate() {
                        a.id = edition::article_id(&base, k);
                    }
                    l
                }))
            },
            |done| (total.saturating_add(done), total.saturating_mul(2)),
        )
    }

    /// Stdin read into memory, so both passes see the same page; a failed read is an error
    /// in place of the page.
    fn stdin_read_once(&self, sources: Vec<Source>, errors: &mut Vec<LoadError>) -> Vec<Source> {
        sources
            .into_iter()
            .filter_map(|s| match s {
                Source::Stdin => match s.read(self.options.max_page_bytes) {
                    Ok(bytes) => Some(Source::Bytes {
                        name: s.name(),
                        bytes,
                    }),
                    Err(problem) => {
                        errors.push(LoadError {
                            path: s.name(),
                            problem,
                        });
                        None
                    }
                },
                other => Some(other),
            })
            .collect()
    }

    /// A source's edition only (a page without articles), decoded but not parsed; `None` when
    /// the source does not load.
    fn edition_one(&self, source: &Source) -> Option<Page> {
        let bytes = source.read(self.options.max_page_bytes).ok()?;
        ingest::edition_of_bytes(&source.name(), &bytes).ok()
    }

    /// A source's head: from a fresh cache entry without decoding its page, else loaded (and
    /// stored); `None` when the source does not load.
    fn head_one(&self, source: &Source, number: usize, facts: Option<&Extractor>) -> Option<Page> {
        if let Some(head) = self.cached_head(source, facts.is_some()) {
            return Some(head);
        }
        self.load_one(source, number, facts)
            .ok()
            .map(|l| cache::head_of(&l.page))
    }

    /// The head of a fresh cache entry for a file (with facts stored, when `facts` is asked).
    fn cached_head(&self, source: &Source, facts: bool) -> Option<Page> {
        let (Source::File(path), Some(cache)) = (source, &self.cache) else {
            return None;
        };
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() || meta.len() > self.options.max_page_bytes {
            return None;
        }
        let abs = std::path::absolute(path).ok()?;
        let name = source.name();
        let src = cache::Source {
            abs: &abs,
            name: &name,
            stamp: Stamp::of(&meta),
        };
        match cache.lookup_head(&src) {
            Lookup::Fresh(e) if e.has_facts || !facts => e.head(),
            _ => None,
        }
    }

    /// Runs `work` on every source on all cores, a chunk at a time, and hands the results to
    /// `sink` in source order with their index; reports `progress(done)` after each chunk.
    fn chunked<T: Send, E>(
        &self,
        sources: &[Source],
        work: impl Fn(usize, &Source) -> T + Sync,
        mut sink: impl FnMut(usize, T) -> Result<(), E>,
        progress: impl Fn(usize) -> (usize, usize),
    ) -> Result<(), E> {
        use rayon::prelude::*;
        let mut start = 0usize;
        while start < sources.len() {
            let size = if start == 0 {
                super::FIRST_CHUNK
            } else {
                super::CHUNK
            };
            let end = (start + size).min(sources.len());
            let results: Vec<T> = sources[start..end]
                .par_iter()
                .enumerate()
                .map(|(k, s)| work(start + k, s))
                .collect();
            if let Some(p) = &self.progress {
                let (done, all) = progress(end);
                p(done, all);
            }
            for (k, r) in results.into_iter().enumerate() {
                sink(start + k, r)?;
            }
            start = end;
        }
        Ok(())
    }
}

/// What the id pass keeps of a page (see [`edition::PageKey`]).
struct Key {
    source: String,
    paper: Option<String>,
    date: Option<String>,
    page_no: Option<u32>,
}

impl Key {
    fn of(page: Page) -> Key {
        Key {
            source: page.source,
            paper: page.paper,
            date: page.date,
            page_no: page.page_no,
        }
    }

    fn page_key(&self) -> edition::PageKey<'_> {
        edition::PageKey {
            source: &self.source,
            paper: self.paper.as_deref(),
            date: self.date.as_deref(),
            page_no: self.page_no,
        }
    }
}
