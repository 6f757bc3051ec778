//! Streaming an archive in bounded memory: article ids need every page's edition (a page's id
//! base changes when another paper prints the same date and page number, or another file has
//! its name), so a first pass keeps only that small record per file — from the cache's page
//! heads when warm, parsing (and caching) the page when cold — and a second pass hands the pages
//! over one at a time, in path order, with their final ids.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::cache::notice::{Notice, Why};
use crate::cache::summary::{self, Summary};
use crate::cache::{self, Cache, Lookup, Stamp};
use crate::error::LoadError;
use crate::facts::Extractor;
use crate::ingest::{self, edition, Loaded, Source};
use crate::model::Page;

use super::{Loader, Stated};

/// What the second pass hands over for each page.
#[derive(Clone, Copy)]
pub enum Detail<'a> {
    /// Each page's head: articles with id, title, zones and date only (`dubao list`).
    Head,
    /// Whole pages without facts.
    Page,
    /// Whole pages with their facts.
    Facts(&'a Extractor),
    /// Each page's head with its articles' facts (`dubao facts`): a warm cache answers without
    /// decoding page text; other pages come whole, with facts.
    FactRows(&'a Extractor),
}

/// The first pass over an archive: the sources, each one's id base, the zones the pages name.
pub struct Plan {
    sources: Vec<Source>,
    roots: Vec<PathBuf>,
    /// Each source's id base; `None` for a source that did not load in the first pass.
    bases: Vec<Option<String>>,
    /// Each source's head, kept for `list` (empty otherwise); `None` where the second pass must
    /// load the page (it did not load, or has a notice to report).
    /// Taken by the second pass, so each is moved out rather than copied.
    heads: Vec<Mutex<Option<Kept>>>,
    /// The archive's summary, when the cache had one: kept heads point into it.
    summary: Option<Summary>,
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

    /// The head the first pass kept for source `i`, taken (a second call has none), decoded
    /// from the summary where it points there; `None` where the page must be loaded.
    fn kept_head(&self, i: usize, source: &Source) -> Option<Page> {
        match self.heads.get(i)?.lock().ok()?.take()? {
            Kept::Encoded(bytes) => summary::decode_head(&bytes, &source.name()),
            Kept::Summary(r) => self.summary.as_ref()?.head(&r, &source.name()),
        }
    }
}

/// A head the first pass keeps for `list`'s second pass.
enum Kept {
    /// Looked up or parsed in the first pass, kept as the summary's record encodes it: a cold
    /// `list` of 10,000 pages held every head decoded, 100 MB of its 129 MB peak.
    Encoded(Vec<u8>),
    /// Still encoded in the archive's summary, at this record: decoded when printed, so the
    /// pass between holds a few bytes a page rather than every title decoded.
    Summary(summary::Record),
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
        // A summary is of files: a run on stdin alone neither reads nor writes one.
        let files = sources.iter().any(|s| matches!(s, Source::File(_)));
        let summary = if files {
            self.open_summary(paths)
        } else {
            None
        };
        // `list` prints the heads: kept from this pass, they need no second read.
        let keep = facts.is_none();
        let mut keys: Vec<Option<Key>> = Vec::with_capacity(sources.len());
        let mut heads: Vec<Mutex<Option<Kept>>> = Vec::new();
        let mut named = BTreeSet::new();
        // Held as they are (borrowed from the summary when reused): encoded only if it changed.
        let mut records: Vec<(usize, Record<'_>)> = Vec::new();
        let mut reused = 0usize;
        let total = sources.len();
        let _ = self.chunked(
            &sources,
            |i, s| {
                if self.cache.is_none() && !zones {
                    self.edition_one(s).map(Got::plain)
                } else {
                    self.head_one(s, i + 1, facts, summary.as_ref(), zones)
                }
            },
            |i, got| -> Result<(), ()> {
                let Some(got) = got else {
                    keys.push(None);
                    if keep {
                        heads.push(Mutex::new(None));
                    }
                    return Ok(());
                };
                for a in &got.head.articles {
                    named.extend(a.zones.iter().chain(&a.zone).cloned());
                }
                keys.push(Some(Key::of(&got.head)));
                let kept = match (&got.reused, &got.record) {
                    (Some(r), _) => Some(Kept::Summary(r.clone())),
                    (None, Some((_, _, head, _))) => Some(Kept::Encoded(head.to_vec())),
                    (None, None) => None,
                };
                if let Some(record) = got.record {
                    records.push((i, record));
                    reused += usize::from(got.reused.is_some());
                }
                if keep {
                    heads.push(Mutex::new(kept));
                }
                Ok(())
            },
            |done| (done, total.saturating_mul(2)),
        );
        self.publish();
        if let Some(cache) = self.cache.as_ref().filter(|_| files && !paths.is_empty()) {
            let unchanged = summary
                .as_ref()
                .is_some_and(|s| reused == records.len() && s.len() == reused);
            if !unchanged {
                let mut writer = summary::Writer::default();
                for (i, (stamp, has_facts, head, note)) in &records {
                    writer.push(&sources[*i].name(), stamp, *has_facts, head, note);
                }
                cache.write_summary(paths, writer);
            }
        }
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
            heads,
            summary: summary.filter(|_| keep),
            zones: named,
            errors,
        }
    }

    /// The archive's summary from the cache, if there is a usable one; an unusable one is noted
    /// once (it is rewritten at the end of the pass).
    pub(super) fn open_summary(&self, paths: &[PathBuf]) -> Option<Summary> {
        let cache = self.cache.as_ref().filter(|_| !paths.is_empty())?;
        match cache.read_summary(paths) {
            Ok(s) => s,
            Err(bad) => {
                let why = match bad {
                    summary::Bad::Damaged => Why::Damaged,
                    summary::Bad::OtherBuild => Why::OtherBuild,
                };
                self.note(Notice::Summary(why));
                None
            }
        }
    }

    /// The second pass: every source of the plan loaded on all cores, handed to `sink` in order
    /// with its final ids (a chunk at a time, so memory holds one chunk of pages). Failures and
    /// notices go to `sink` too, in place. `sink` may stop the pass by returning an error.
    pub fn stream<E>(
        &self,
        plan: &Plan,
        detail: Detail<'_>,
        sink: impl FnMut(Result<Loaded, LoadError>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.stream_with(plan, detail, |l| l, sink)
    }

    /// [`Loader::stream`], each loaded page (with its final ids) first given to `prepare` on the
    /// loading threads, and what that makes to `sink`: work on a page that needs no other
    /// (rendering its rows, dropping it) is done on every core rather than on `sink`'s alone.
    pub fn stream_with<T: Send, E>(
        &self,
        plan: &Plan,
        detail: Detail<'_>,
        prepare: impl Fn(Loaded) -> T + Sync,
        mut sink: impl FnMut(Result<T, LoadError>) -> Result<(), E>,
    ) -> Result<(), E> {
        let total = plan.sources.len();
        let streamed = self.chunked(
            &plan.sources,
            |i, s| {
                let loaded = match detail {
                    Detail::Head => match plan.kept_head(i, s) {
                        Some(page) => Ok(Loaded { page, notice: None }),
                        None => self.head_two(s, i + 1),
                    },
                    Detail::Page => self.load_one(s, i + 1, None),
                    Detail::Facts(x) => self.load_one(s, i + 1, Some(x)),
                    Detail::FactRows(x) => {
                        let file = self.stated(s);
                        match self.cached_facts(s, file.as_ref()) {
                            Some(page) => Ok(Loaded { page, notice: None }),
                            None => self.load_file_or_source(s, file.as_ref(), i + 1, Some(x)),
                        }
                    }
                };
                loaded.map(|mut l| {
                    let base = plan.bases[i].clone().unwrap_or_else(|| {
                        format!("{}#", edition::relative_name(&l.page.source, &plan.roots))
                    });
                    edition::number(&mut l.page.articles, &base);
                    prepare(l)
                })
            },
            |_, result| sink(result),
            |done| (total.saturating_add(done), total.saturating_mul(2)),
        );
        self.publish();
        streamed
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

    /// A head in the second pass, when the first did not keep it: from a fresh cache entry, else
    /// loaded (with its notice, if any).
    fn head_two(&self, source: &Source, number: usize) -> Result<Loaded, LoadError> {
        let file = self.stated(source);
        match self.cached_head(source, file.as_ref(), false) {
            Some((page, _)) => Ok(Loaded { page, notice: None }),
            None => self
                .load_file_or_source(source, file.as_ref(), number, None)
                .map(|l| Loaded {
                    page: cache::head_of(&l.page),
                    notice: l.notice,
                }),
        }
    }

    /// A source's head in the first pass: from the archive's summary when the file's stamp
    /// matches its record, else from a fresh cache entry without decoding its page, else loaded
    /// (and stored); `None` when the source does not load. The file is stat'ed first, so a
    /// record never pairs a stamp with older content than the head's.
    fn head_one<'s>(
        &self,
        source: &Source,
        number: usize,
        facts: Option<&Extractor>,
        summary: Option<&'s Summary>,
        zones: bool,
    ) -> Option<Got<'s>> {
        // Stat-ed once here for the summary, the cache lookup and the load (each used to
        // stat the file again).
        let file = self.stated(source);
        let stamp = file.as_ref().map(|f| f.stamp);
        if let (Some(stamp), Some(summary)) = (stamp, summary) {
            let name = source.name();
            let fresh = summary
                .get(&name)
                .filter(|r| r.stamp == stamp && (r.has_facts || facts.is_none()));
            if let Some(r) = fresh {
                let edition = summary.edition(r, &name, zones);
                if let (Some(head), Some(bytes)) = (edition, summary.head_bytes(r)) {
                    // A note the reader added is kept: this pass does not change the page.
                    let note = Cow::Borrowed(summary.note_bytes(r));
                    return Some(Got {
                        head,
                        record: Some((stamp, r.has_facts, Cow::Borrowed(bytes), note)),
                        reused: Some(r.clone()),
                    });
                }
            }
        }
        let recorded = |head: Page, has_facts: bool, ok: bool| {
            let record = stamp.filter(|_| ok && self.cache.is_some()).map(|s| {
                let bytes = summary::encode_head(&head);
                (s, has_facts, Cow::Owned(bytes), Cow::Borrowed(&[][..]))
            });
            Some(Got {
                head,
                record,
                reused: None,
            })
        };
        if let Some((head, has_facts)) = self.cached_head(source, file.as_ref(), facts.is_some()) {
            return recorded(head, has_facts, true);
        }
        let l = self
            .load_file_or_source(source, file.as_ref(), number, facts)
            .ok()?;
        // A page with a notice (damaged bytes) is not cached, so its notice shows every run.
        recorded(cache::head_of(&l.page), facts.is_some(), l.notice.is_none())
    }

    /// The head of a fresh cache entry for a file (with facts stored, when `facts` is asked),
    /// and whether the entry holds facts.
    fn cached_head(
        &self,
        source: &Source,
        file: Option<&Stated>,
        facts: bool,
    ) -> Option<(Page, bool)> {
        match self.lookup_with(source, file?, Cache::lookup_head)? {
            Lookup::Fresh(e) if e.has_facts || !facts => Some((e.head()?, e.has_facts)),
            _ => None,
        }
    }

    /// The head of a fresh cache entry with each article's facts, when the entry holds facts:
    /// all `dubao facts` prints, without decompressing or decoding the page text.
    fn cached_facts(&self, source: &Source, file: Option<&Stated>) -> Option<Page> {
        match self.lookup_with(source, file?, Cache::lookup_facts)? {
            Lookup::Fresh(e) => e.head_with_facts(),
            _ => None,
        }
    }

    /// Loads a source through [`Loader::load_stated`] when it was stat-ed already, else as
    /// [`Loader::load_one`] does.
    fn load_file_or_source(
        &self,
        source: &Source,
        file: Option<&Stated>,
        number: usize,
        facts: Option<&Extractor>,
    ) -> Result<Loaded, LoadError> {
        match file {
            Some(f) => self.load_stated(source, &f.abs, f.stamp, number, facts),
            None => self.load_one(source, number, facts),
        }
    }

    /// The cache's verdict on a stat-ed file's entry, read by `read` (the whole entry or its
    /// head); `None` without a cache.
    fn lookup_with(
        &self,
        source: &Source,
        file: &Stated,
        read: impl Fn(&Cache, &cache::Source<'_>) -> Lookup,
    ) -> Option<Lookup> {
        let cache = self.cache.as_ref()?;
        let name = source.name();
        let src = cache::Source {
            abs: &file.abs,
            name: &name,
            stamp: file.stamp,
        };
        Some(read(cache, &src))
    }

    /// Runs `work` on every source on all cores, a chunk at a time, and hands the results to
    /// `sink` in source order with their index; reports `progress(done)` after each chunk.
    /// `sink` runs on this thread while the pool works on the next chunk: what it does with a
    /// page (printing a row, writing JSON) is serial, and waiting for it left the cores idle.
    pub(super) fn chunked<T: Send, E>(
        &self,
        sources: &[Source],
        work: impl Fn(usize, &Source) -> T + Sync,
        mut sink: impl FnMut(usize, T) -> Result<(), E>,
        progress: impl Fn(usize) -> (usize, usize),
    ) -> Result<(), E> {
        use rayon::prelude::*;
        let run = |r: &std::ops::Range<usize>| -> Vec<T> {
            sources[r.clone()]
                .par_iter()
                .enumerate()
                .map(|(k, s)| work(r.start + k, s))
                .collect()
        };
        let report = |end: usize| {
            if let Some(p) = &self.progress {
                let (done, all) = progress(end);
                p(done, all);
            }
        };
        let ranges = chunk_ranges(sources.len());
        let Some(first) = ranges.first() else {
            return Ok(());
        };
        let mut ready = run(first);
        report(first.end);
        for (k, range) in ranges.iter().enumerate() {
            let results = std::mem::take(&mut ready);
            let sink_all = || -> Result<(), E> {
                for (j, r) in results.into_iter().enumerate() {
                    sink(range.start + j, r)?;
                }
                Ok(())
            };
            match ranges.get(k + 1) {
                Some(next) => {
                    let mut computed = Vec::new();
                    rayon::in_place_scope(|scope| {
                        scope.spawn(|_| computed = run(next));
                        sink_all()
                    })?;
                    ready = computed;
                    report(next.end);
                }
                None => sink_all()?,
            }
        }
        Ok(())
    }
}

/// The chunks a pass runs in: a small first one, so the first pages are ready at once, then
/// ones large enough to keep every core busy.
fn chunk_ranges(len: usize) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0usize;
    while start < len {
        let size = if start == 0 {
            super::FIRST_CHUNK
        } else {
            super::CHUNK
        };
        let end = start.saturating_add(size).min(len);
        ranges.push(start..end);
        start = end;
    }
    ranges
}

/// What the archive's summary records of a file: the stamp the file had before it was read,
/// whether its cache entry holds facts, the head encoded and the reader's note (empty: none).
type Record<'s> = (Stamp, bool, Cow<'s, [u8]>, Cow<'s, [u8]>);

/// A head from the first pass, and what the archive's summary needs to record it ([`Record`];
/// `None`: not a file, not cached, or a page with a notice); `reused`, the summary's record,
/// when it came from the summary itself, and then `head` holds only the page's edition (and its
/// articles' zones, when asked).
struct Got<'s> {
    head: Page,
    record: Option<Record<'s>>,
    reused: Option<summary::Record>,
}

impl Got<'_> {
    /// A head that is not recorded (no cache).
    fn plain(head: Page) -> Self {
        Got {
            head,
            record: None,
            reused: None,
        }
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
    fn of(page: &Page) -> Key {
        Key {
            source: page.source.clone(),
            paper: page.paper.clone(),
            date: page.date.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_every_source_once_in_order() {
        for len in [0, 1, super::super::FIRST_CHUNK, 17, 1000] {
            let ranges = chunk_ranges(len);
            let covered: Vec<usize> = ranges.iter().flat_map(Clone::clone).collect();
            assert_eq!(covered, (0..len).collect::<Vec<_>>());
            assert!(ranges.iter().all(|r| !r.is_empty()));
        }
    }
}
