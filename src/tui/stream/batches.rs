//! Sending pages in batches: each batch's pages get their ids (renaming pages whose id base
//! changed), go out as one action with their progress, and leave their records for the
//! archive's summary, which is written again at the end. The state one load carries from batch
//! to batch, apart from the loop that starts it.

use crossbeam_channel::Sender;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::early::{Early, UNPLACED};
use super::ids::Ids;
use super::ready::{ready, Came, NewRecord, Ready};
use super::Gone;
use crate::cache::summary::{self, Summary};
use crate::cache::{Cache, LazyHeads, Stamp};
use crate::error::LoadError;
use crate::ingest::{edition, Loaded, Source};
use crate::loader::{Arrival, Loader, FIRST_CHUNK};
use crate::model::Page;
use crate::tui::app::Action;
use crate::tui::i18n::Lang;
use crate::tui::search_worker::{PageText, TextSink};
use crate::tui::text::can_read_back;

/// Later batches go out at least this often, so the list fills in steadily without flooding
/// the UI thread with one action per page.
const BATCH_INTERVAL: Duration = Duration::from_millis(100);

/// Pages on their way to the reader: given their ids and sent in batches, with the progress
/// and the failures met; and the archive's summary as it will be written again.
pub(super) struct Batches<'a> {
    roots: &'a [PathBuf],
    ids: Ids,
    batch: Vec<(usize, Page)>,
    came: Vec<Came>,
    /// Pages' text is left in the cache when it can be read back (a cache is in use).
    pub(super) on_demand: bool,
    /// Where the text of those pages goes while still in hand: the search worker.
    pub(super) texts: Option<TextSink>,
    /// The language the load's problems are said in.
    pub(super) lang: Lang,
    pub(super) failures: Vec<LoadError>,
    done: usize,
    pub(super) total: usize,
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
    pub(super) stamps: Vec<Option<Stamp>>,
    changed: bool,
}

/// A page's record for the summary to write: the one it came from (under its page's name), or
/// the one made.
enum Recorded {
    Kept(String, summary::Record),
    Made(NewRecord),
}

impl<'a> Batches<'a> {
    pub(super) fn new(
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
        for (((_, page), c), (f, v, record, text)) in pages.iter_mut().zip(&came).zip(ready) {
            let heads = match c {
                Came::Listed(.., heads) => Some(Arc::clone(heads)),
                Came::Loaded { .. } => record.as_ref().map(|r| lazy_heads(page, r)),
            };
            if let Some(heads) = &heads {
                self.listed.push(Arc::clone(heads));
            }
            listed.push(heads);
            self.record(page, c, record);
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
                    writer.push(name, stamp, *has_facts, &head[..], note);
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
    /// ([`place_early`](super::early::place_early)).
    pub(super) fn send_early(
        &mut self,
        early: Vec<Early>,
        tx: &Sender<Action>,
    ) -> Result<(), Gone> {
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
    pub(super) fn load(
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
    pub(super) fn finish(self, loader: &Loader, tx: &Sender<Action>) {
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

/// The heads of a page loaded whole whose text was left in the cache, in the bytes of the
/// summary record made of it: the page goes to the reader as a page listed from the summary
/// does, its articles emptied. Kept as [`crate::model::Article`]s, a cold open of 10,000 pages
/// held some 120,000 of them, a few hundred bytes each besides their strings, where a warm
/// open holds the encoded heads.
fn lazy_heads(page: &mut Page, record: &NewRecord) -> Arc<LazyHeads> {
    let heads = LazyHeads::encoded(Arc::clone(&record.3), page);
    page.articles = Vec::new();
    Arc::new(heads)
}
