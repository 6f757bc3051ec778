//! Loading pages behind the reader: a background thread walks the paths, orders the files
//! newest edition first (by the dates in their paths; undated ones after, in path order), loads
//! them on all cores through the [`Loader`] and sends them to the event loop in batches as
//! [`Action::PagesLoaded`], then [`Action::LoadDone`] with the failures. The first batch is the
//! loader's small first chunk, so the first screen waits only for a few pages.
//!
//! Warm, a page comes as its head from the archive's summary (see [`crate::loader::Arrival`]):
//! the reader keeps only heads, and a summary holds every page's head, the version of its text
//! and its fact counts, so an unchanged archive opens without decoding any page's text. Pages
//! loaded whole (new, changed, or not in the summary) are recorded, and the summary is written
//! again at the end of the load when anything changed.
//!
//! Ids: a page's id base (see [`crate::ingest::edition::id_bases`]) depends on the other pages with its date
//! and page number. The thread keeps every loaded page's [`crate::ingest::edition::PageKey`] (not its text),
//! recomputes the bases each batch touches (see [`ids`]) and sends the pages whose base changed
//! (a second paper's page of the same date and number arrived) as renames: at every moment the
//! ids equal what [`crate::ingest::edition::assign_ids`] gives for the pages loaded so far, and at the end the
//! ids of a full load. The reader keeps its selection by entry index, so renames never move it.

mod ids;

use crossbeam_channel::Sender;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use self::ids::Ids;
use super::app::Action;
use super::i18n::Lang;
use super::packed::PackedFacts;
use super::search_worker::{PageText, TextSink};
use super::text::can_read_back;
use crate::cache::summary::{self, Note, Summary};
use crate::cache::{Cache, LazyHeads, Stamp};
use crate::error::LoadError;
use crate::ingest::{self, edition, Loaded, Source};
use crate::loader::{newest_first_at, probe, Arrival, Loader, FIRST_CHUNK};
use crate::model::{Article, Page};

/// The place in path order of a page sent before the walk placed it: after every file.
const UNPLACED: usize = usize::MAX / 2;

/// Later batches go out at least this often, so the list fills in steadily without flooding
/// the UI thread with one action per page.
const BATCH_INTERVAL: Duration = Duration::from_millis(100);

/// Starts loading `paths` (the embedded sample when none) on a background thread that reports
/// to `tx`. The thread stops when the event loop is gone.
/// The text of pages left in the cache goes to `texts` (the search worker), if given, while it
/// is still in hand.
pub fn spawn(
    loader: Loader,
    paths: Vec<PathBuf>,
    tx: Sender<Action>,
    texts: Option<TextSink>,
    lang: Lang,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("dubao-load".to_owned())
        .spawn(move || run(&loader, &paths, &tx, texts, lang))
        .map(|_| ())
}

/// Loads `paths` and sends the pages; what the load met is said in `lang`.
fn run(
    loader: &Loader,
    paths: &[PathBuf],
    tx: &Sender<Action>,
    texts: Option<TextSink>,
    lang: Lang,
) {
    if paths.is_empty() {
        let mut out = Batches::new(paths, 1, Vec::new(), None);
        out.texts = texts;
        out.lang = lang;
        let sent = out.load(loader, vec![(0, ingest::sample_source())], tx);
        if sent.is_ok() {
            out.finish(loader, tx);
        }
        return;
    }
    let (summary, early, walker) = probe_beside_walk(loader, paths);
    let mut out = Batches::new(paths, 0, Vec::new(), summary.as_ref());
    out.on_demand = loader.cache().is_some();
    out.texts = texts;
    out.lang = lang;
    // The probed pages go out at once: the walk, which stats every file, took longer than
    // they did, and the first screen waited for it. Their places in path order (what only
    // the load-order sort needs) follow when the walk is done.
    let probed: Vec<PathBuf> = early.iter().map(|(p, _)| p.clone()).collect();
    if out.send_early(early, tx).is_err() {
        return;
    }
    let (sources, meta, mut failures) = walker
        .and_then(|w| w.join().ok())
        .unwrap_or_else(|| ingest::expand_paths_stat(paths));
    failures.append(&mut out.failures);
    out.failures = failures;
    let (places, rest) = place_early(&probed, sources, &meta);
    out.total = rest.len() + probed.len();
    out.stamps = meta
        .iter()
        .map(|m| m.as_ref().and_then(|m| loader.stamp_from(m)))
        .collect();
    if !places.is_empty() && tx.send(Action::PagesPlaced(places)).is_err() {
        return;
    }
    if out.load(loader, newest_first_at(rest), tx).is_ok() {
        out.finish(loader, tx);
    }
}

/// A page the probe loaded before the walk was done.
type Early = (PathBuf, Arrival);

/// The walk, on a thread of its own.
type Walk = Option<std::thread::JoinHandle<ingest::walk::Walked>>;

/// Starts walking `paths` on a thread of its own, reads the archive's summary and loads the
/// newest pages a [`probe`] finds (one folder given; otherwise nothing is probed) meanwhile:
/// on a big archive the walk, which stats every file to drop duplicates, costs more than the
/// first pages, and reading the summary (which the first pages come from) first held it back.
fn probe_beside_walk(loader: &Loader, paths: &[PathBuf]) -> (Option<Summary>, Vec<Early>, Walk) {
    let owned = paths.to_vec();
    let walker = std::thread::Builder::new()
        .name("dubao-walk".to_owned())
        .spawn(move || ingest::expand_paths_stat(&owned))
        .ok();
    let summary = loader.reader_summary(paths);
    let mut early = Vec::new();
    if let ([root], Some(_)) = (paths, &walker) {
        if root.is_dir() {
            let found = distinct_files(probe(root, FIRST_CHUNK));
            let sources: Vec<Source> = found.iter().cloned().map(Source::File).collect();
            let mut results = Vec::with_capacity(found.len());
            let _ = loader.arrive_all(&sources, &[], summary.as_ref(), |_, r| -> Result<(), ()> {
                results.push(r);
                Ok(())
            });
            early = found.into_iter().zip(results).collect();
        }
    }
    (summary, early, walker)
}

/// `paths` with each file once: of several names of one file (hard links), the first in path
/// order, as the walk keeps it. Probed pages are shown before the walk, which cannot take one
/// back once it is listed.
fn distinct_files(mut paths: Vec<PathBuf>) -> Vec<PathBuf> {
    let meta: Vec<Option<std::fs::Metadata>> =
        paths.iter().map(|p| std::fs::metadata(p).ok()).collect();
    let one_file = |i: usize, j: usize| match (&meta[i], &meta[j]) {
        (Some(a), Some(b)) => ingest::walk::same_file((&paths[i], a), (&paths[j], b)),
        _ => false,
    };
    let keep: Vec<bool> = (0..paths.len())
        .map(|i| !(0..paths.len()).any(|j| j != i && paths[j] < paths[i] && one_file(i, j)))
        .collect();
    let mut keeps = keep.into_iter();
    paths.retain(|_| keeps.next().unwrap_or(true));
    paths
}

/// Pages by arrival position, each with its file's position in path order.
type Places = Vec<(usize, usize)>;

/// Where the probed pages (sent first, as pages `0..probed.len()`) stand in the walk's path
/// order, and the walk's other sources with their positions. The walk decides: a probed file
/// it lists under another path (a link to it came first) takes that path's place, and that
/// path is not loaded again; one it does not list at all (gone meanwhile) stays, placed after
/// every file.
fn place_early(
    probed: &[PathBuf],
    sources: Vec<Source>,
    meta: &[Option<std::fs::Metadata>],
) -> (Places, Vec<(usize, Source)>) {
    let mut at: HashMap<&Path, usize> = probed
        .iter()
        .enumerate()
        .map(|(k, p)| (p.as_path(), k))
        .collect();
    let mut places = Vec::with_capacity(probed.len());
    let mut rest: Vec<(usize, Source)> = Vec::with_capacity(sources.len());
    for (i, s) in sources.into_iter().enumerate() {
        match &s {
            Source::File(p) if at.contains_key(p.as_path()) => {
                if let Some(k) = at.remove(p.as_path()) {
                    places.push((k, i));
                }
            }
            _ => rest.push((i, s)),
        }
    }
    // Rare: a probed file the walk keeps under another path.
    for (path, k) in at.clone() {
        let Ok(own) = std::fs::metadata(path) else {
            continue;
        };
        let twin = rest.iter().position(|(i, s)| match (s, meta.get(*i)) {
            (Source::File(p), Some(Some(m))) => ingest::walk::same_file((path, &own), (p, m)),
            _ => false,
        });
        if let Some(j) = twin {
            let (i, _) = rest.remove(j);
            places.push((k, i));
            at.remove(path);
        }
    }
    places.sort_unstable();
    (places, rest)
}

/// What a batch knows of each of its pages beyond the page itself.
enum Came {
    /// From the summary: its note, the record to write again and its articles' heads, still
    /// in the summary's bytes.
    Listed(Note, summary::Record, Arc<LazyHeads>),
    /// Loaded whole: whether its text can be read back from the cache (see [`Batches::push`]),
    /// and what a new summary record needs (the stamp before the load, the entry's mark after).
    Loaded {
        readable: bool,
        stamp: Option<Stamp>,
        mark: Option<u64>,
    },
}

/// A page ready to go: its facts packed, the version of its text when it was left in the
/// cache (and then the text itself, for the search worker), and its record for the summary
/// when a new one is made.
type Ready = (
    Vec<PackedFacts>,
    Option<u64>,
    Option<NewRecord>,
    Option<Vec<Article>>,
);

/// A summary record made this run: name, stamp, whether the page came with facts, its head and
/// its note, encoded.
type NewRecord = (String, Stamp, bool, Vec<u8>, Vec<u8>);

/// Pages on their way to the reader: given their ids and sent in batches, with the progress
/// and the failures met; and the archive's summary as it will be written again.
struct Batches<'a> {
    roots: &'a [PathBuf],
    ids: Ids,
    batch: Vec<(usize, Page)>,
    came: Vec<Came>,
    /// Pages' text is left in the cache when it can be read back (a cache is in use).
    on_demand: bool,
    /// Where the text of those pages goes while still in hand: the search worker.
    texts: Option<TextSink>,
    /// The language the load's problems are said in.
    lang: Lang,
    failures: Vec<LoadError>,
    done: usize,
    total: usize,
    sent_once: bool,
    last: Instant,
    /// The summary read at the start, and the one to write: every page's record, and whether
    /// one is new. The records are encoded only at the end, when the summary is written: a warm
    /// open of an unchanged archive writes none, and copying every head into one went for
    /// nothing.
    summary: Option<&'a Summary>,
    records: Vec<Recorded>,
    /// The heads of the pages listed from the summary (see [`Batches::finish`]).
    listed: Vec<Arc<LazyHeads>>,
    /// Each file's stamp as the walk read it, by position in path order: the load stats no
    /// file twice.
    stamps: Vec<Option<Stamp>>,
    changed: bool,
}

/// A page's record for the summary to write: the one it came from (under its page's name), or
/// the one made.
enum Recorded {
    Kept(String, summary::Record),
    Made(NewRecord),
}

impl<'a> Batches<'a> {
    fn new(
        roots: &'a [PathBuf],
        total: usize,
        failures: Vec<LoadError>,
        summary: Option<&'a Summary>,
    ) -> Self {
        Batches {
            roots,
            ids: Ids::default(),
            batch: Vec::new(),
            came: Vec::new(),
            on_demand: false,
            texts: None,
            lang: Lang::default(),
            failures,
            done: 0,
            total,
            sent_once: false,
            last: Instant::now(),
            summary,
            records: Vec::new(),
            listed: Vec::new(),
            stamps: Vec::new(),
            changed: false,
        }
    }

    /// One source's arrival, for the file at position `order` in path order (`file`: the
    /// file it was read from, if one).
    fn push(&mut self, order: usize, file: Option<&Path>, arrival: Arrival) {
        self.done += 1;
        let (result, stamp, mark) = match arrival {
            Arrival::Listed {
                page,
                heads,
                note,
                record,
            } => {
                self.batch.push((order, page));
                self.came.push(Came::Listed(note, record, heads));
                return;
            }
            Arrival::Loaded {
                result,
                stamp,
                mark,
            } => (result, stamp, mark),
        };
        match result {
            Ok(Loaded { page, notice }) => {
                // A page with damaged bytes is not cached (its notice shows on every open).
                let readable = file.is_some_and(|f| can_read_back(f, &page, notice.is_none()));
                self.came.push(Came::Loaded {
                    readable: self.on_demand && readable,
                    stamp,
                    mark,
                });
                self.batch.push((order, page));
                self.failures.extend(notice);
            }
            Err(e) => self.failures.push(e),
        }
    }

    /// Sends the pages gathered so far, with their ids and the progress.
    fn flush(&mut self, tx: &Sender<Action>) -> Result<(), Gone> {
        self.sent_once = true;
        self.last = Instant::now();
        let mut pages = std::mem::take(&mut self.batch);
        let came = std::mem::take(&mut self.came);
        let (bases, renamed) = self.ids.add(&pages, self.roots);
        let ready: Vec<Ready> = pages
            .par_iter_mut()
            .zip(&came)
            .zip(&bases)
            .map(|(((_, p), c), base)| {
                match c {
                    Came::Listed(.., heads) => heads.number(base),
                    Came::Loaded { .. } => edition::number(&mut p.articles, base),
                }
                ready(p, c)
            })
            .collect();
        let mut facts = Vec::with_capacity(ready.len());
        let mut versions = Vec::with_capacity(ready.len());
        let mut listed = Vec::with_capacity(ready.len());
        let mut texts = Vec::new();
        for (((_, page), c), (f, v, record, text)) in pages.iter().zip(&came).zip(ready) {
            self.record(page, c, record);
            listed.push(match c {
                Came::Listed(.., heads) => {
                    self.listed.push(Arc::clone(heads));
                    Some(Arc::clone(heads))
                }
                Came::Loaded { .. } => None,
            });
            if let (Some(version), Some(articles)) = (v, text) {
                texts.push(PageText {
                    source: page.source.clone(),
                    version,
                    articles,
                });
            }
            facts.push(f);
            versions.push(v);
        }
        // Ahead of the pages: the worker finds a page's text when the page reaches it.
        if let Some(sink) = &self.texts {
            if !sink.send(texts) {
                self.texts = None;
            }
        }
        tx.send(Action::PagesLoaded {
            pages,
            facts,
            versions,
            listed,
            renamed,
            done: self.done,
            total: self.total,
        })
        .map_err(|_| Gone)
    }

    /// Adds a page's record to the summary to write: the one it came from, or the one made.
    fn record(&mut self, page: &Page, came: &Came, made: Option<NewRecord>) {
        if let Some(made) = made {
            self.records.push(Recorded::Made(made));
            self.changed = true;
        } else if let (Came::Listed(_, r, _), Some(_)) = (came, self.summary) {
            self.records
                .push(Recorded::Kept(page.source.clone(), r.clone()));
        }
    }

    /// The summary to write: every page's record, in the order the pages came.
    fn writer(&self) -> summary::Writer {
        let mut writer = summary::Writer::default();
        for r in &self.records {
            match (r, self.summary) {
                (Recorded::Made((name, stamp, has_facts, head, note)), _) => {
                    writer.push(name, stamp, *has_facts, head, note);
                }
                (Recorded::Kept(name, r), Some(s)) => {
                    let head = s.head_bytes(r).unwrap_or_default();
                    writer.push(name, &r.stamp, r.has_facts, head, s.note_bytes(r));
                }
                (Recorded::Kept(..), None) => {}
            }
        }
        writer
    }

    /// Sends the pages loaded before the walk was done as the first batch (none: nothing sent),
    /// placed after every file in path order until the walk says where they are
    /// ([`place_early`]).
    fn send_early(&mut self, early: Vec<Early>, tx: &Sender<Action>) -> Result<(), Gone> {
        if early.is_empty() {
            return Ok(());
        }
        for (k, (path, r)) in early.into_iter().enumerate() {
            self.push(UNPLACED.saturating_add(k), Some(&path), r);
        }
        self.flush(tx)
    }

    /// Loads `ordered` (sources with their positions in path order) on all cores and sends
    /// them: the first batch as soon as the loader's first chunk is in, then by time.
    fn load(
        &mut self,
        loader: &Loader,
        ordered: Vec<(usize, Source)>,
        tx: &Sender<Action>,
    ) -> Result<(), Gone> {
        let (orders, sources): (Vec<usize>, Vec<Source>) = ordered.into_iter().unzip();
        let summary = self.summary;
        let stamps: Vec<Option<Stamp>> = if self.stamps.is_empty() {
            Vec::new()
        } else {
            orders
                .iter()
                .map(|&o| self.stamps.get(o).copied().flatten())
                .collect()
        };
        loader.arrive_all(&sources, &stamps, summary, |k, r| {
            let order = orders.get(k).copied().unwrap_or(k);
            let file = match sources.get(k) {
                Some(Source::File(p)) => Some(p.as_path()),
                _ => None,
            };
            self.push(order, file, r);
            let due = if self.sent_once {
                self.last.elapsed() >= BATCH_INTERVAL
            } else {
                self.done >= FIRST_CHUNK
            };
            if due || self.done == self.total {
                self.flush(tx)
            } else {
                Ok(())
            }
        })?;
        if self.batch.is_empty() {
            Ok(())
        } else {
            self.flush(tx)
        }
    }

    /// Writes the archive's summary again when a page was recorded anew or one is gone, then
    /// reports the end of the load with every failure and the loader's notices.
    fn finish(self, loader: &Loader, tx: &Sender<Action>) {
        let problems =
            crate::tui::problems::Problems::of(&self.failures, loader.notices(), self.lang);
        // The list is whole: it goes to the user before the summary, which only the next open
        // reads, is written (encoding and writing 10,000 pages' records held a cold open's
        // full list back by about 70 ms). The summary lock keeps the fact extractor from
        // reading the summary back before it is written.
        let lock = loader.cache().map(Cache::summary_lock);
        let _ = tx.send(Action::LoadDone {
            failures: problems.skipped,
            notes: problems.notes,
        });
        let stale = self.summary.map_or(0, Summary::len) != self.records.len();
        if let Some(cache) = loader.cache() {
            if (self.changed || stale) && !self.roots.is_empty() {
                let writer = self.writer();
                if !writer.is_empty() {
                    cache.write_summary(self.roots, writer);
                }
            }
        }
        drop(lock);
        // The list is whole: the zone fields of the heads it left in the summary's bytes are
        // read now, on this thread (a core stays the reader's), so a zone filter or the zone
        // picker does not read 10,000 pages' heads on the UI thread (150 ms on the first `z`).
        // The rest of each head is decoded only when an article is read.
        for heads in &self.listed {
            heads.read_zones();
        }
    }
}

/// What a page of a batch goes with (see [`Ready`]): a listed page's facts counted and its
/// version from its note; a loaded page's facts packed, its text left in the cache when it can
/// be read back, and then a summary record made of it.
fn ready(page: &mut Page, came: &Came) -> Ready {
    let (readable, stamp, mark) = match came {
        Came::Listed(note, ..) => {
            let facts = note.facts.as_ref().map_or_else(Vec::new, |f| {
                f.iter()
                    .map(|c| PackedFacts::counted(c.len, c.projects))
                    .collect()
            });
            return (facts, Some(note.version), None, None);
        }
        Came::Loaded {
            readable,
            stamp,
            mark,
        } => (*readable, *stamp, *mark),
    };
    let facts = pack_facts(page, readable);
    if !readable {
        return (facts, None, None, None);
    }
    let (version, text) = leave_in_cache(page);
    let record = stamp.zip(mark).map(|(stamp, mark)| {
        let counts = (!facts.is_empty()).then(|| facts.iter().map(PackedFacts::count).collect());
        let note = Note {
            mark,
            version,
            facts: counts,
        };
        let head = summary::encode_head(page);
        (
            page.source.clone(),
            stamp,
            !facts.is_empty(),
            head,
            note.encode(),
        )
    });
    (facts, Some(version), record, Some(text))
}

/// Takes the facts a cached page came with out of its articles, packed (see
/// [`PackedFacts`]), or only counted when the page is `readable` back from the cache (they
/// are read back with its text); none when no article has any (a page whose facts were never
/// extracted).
fn pack_facts(page: &mut Page, readable: bool) -> Vec<PackedFacts> {
    if page.articles.iter().all(|a| a.facts.is_empty()) {
        return Vec::new();
    }
    let pack = if readable {
        PackedFacts::left_in_cache
    } else {
        PackedFacts::pack
    };
    page.articles
        .iter_mut()
        .map(|a| pack(&std::mem::take(&mut a.facts)))
        .collect()
}

/// Leaves the page's text in the cache (see [`crate::tui::text`]): the page keeps its
/// articles' heads and facts (the dateline and the credits go too: only the reading pane shows
/// them, from the text read back) and the full articles come back, with the
/// version of their text, which the search worker and the reader compare with the text they
/// read back. The text is moved out, not copied: the search worker indexes it from here.
fn leave_in_cache(page: &mut Page) -> (u64, Vec<Article>) {
    let refs: Vec<&Article> = page.articles.iter().collect();
    let version = crate::index::page_version(&refs);
    let full = page
        .articles
        .iter_mut()
        .map(|a| {
            let head = Article {
                facts: std::mem::take(&mut a.facts),
                ..a.head()
            };
            std::mem::replace(a, head)
        })
        .collect();
    (version, full)
}

/// The event loop is gone: loading stops.
#[derive(Debug)]
struct Gone;

#[cfg(test)]
mod tests;
