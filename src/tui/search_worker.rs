//! The reader's search off the UI thread. One worker thread shares the loaded articles with the
//! reader (fed page by page as they arrive, see [`Searcher::feed`]; no copy of their text) and,
//! between searches and once every page is in (the list comes first), keeps the
//! [`SearchIndex`] up to date with them: pages whose text the index already holds (a warm open of
//! the index kept in the cache directory) need nothing; new and changed ones are re-indexed file
//! by file. A search counts each article's hits: from the index for the articles it holds, by
//! scanning the text of those not indexed yet, so it answers from the first page on. It places
//! no hit: the reader places those of the article it shows ([`super::app::App::placed_hits`]).
//!
//! Searches carry a generation: a newer one cancels an older one (checked between articles), and
//! requests of the same generation extend it (pages that arrived, a filter that lets more
//! articles in). Counts come back in chunks as [`Action::SearchCounts`] as they are found, so the
//! hit count fills in while the scan runs.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use super::app::{Action, App, Hit, SearchRequest};
use super::head::Head;
use super::text::PageTexts;
use crate::index::{self, DocRef, SearchIndex};
use crate::model::Article;
use crate::text::fold::search_form;
use std::cell::RefCell;

mod indexing;
mod opening;
mod scan;

use scan::{count_in, holds, Answered};
pub use scan::{find_counts, find_hits};

/// What the UI thread (and the load thread, see [`TextSink`]) sends the worker.
enum Job {
    /// The articles of newly loaded pages.
    Pages(Vec<PageArticles>),
    /// The full text of pages the reader keeps as heads only, from the load thread while it
    /// still has it in hand (see [`TextSink`]).
    Texts(Vec<PageText>),
    Search(SearchRequest),
    /// Every page is in: commit the index and drop the documents of deleted files.
    LoadDone,
}

/// One page's articles, entries `first..first + articles.len()`: their heads when the
/// page's text was left in the cache (`version` set), which the worker reads back when it
/// indexes or searches the page.
struct PageArticles {
    source: String,
    first: usize,
    articles: Vec<Head>,
    version: Option<u64>,
}

/// A page's full text as it was loaded: its source, the version of its text and its articles.
pub struct PageText {
    pub source: String,
    pub version: u64,
    pub articles: Vec<Article>,
}

/// The load thread's end of the worker: it hands over the text of pages whose text the reader
/// leaves in the cache, before the reader hears of those pages, so the worker indexes (and
/// scans) them from memory instead of reading each back from the cache (decompressing and
/// decoding it) once the reader has dropped it. Sent before the pages reach the reader, a
/// page's text is always in the worker's queue ahead of the page itself.
///
/// At most [`HELD_PAGES`] pages' text is on its way or held at once, counted from the moment it
/// is sent (a worker busy with a search or with the index's writer may take its queue late):
/// past that a page's text is dropped here, and read back from the cache when needed.
#[derive(Clone)]
pub struct TextSink {
    jobs: mpsc::Sender<Job>,
    held: Arc<AtomicUsize>,
}

impl TextSink {
    /// Hands the worker these pages' text, as many as there is room for; false when the worker
    /// is gone.
    pub fn send(&self, mut texts: Vec<PageText>) -> bool {
        let room = HELD_PAGES.saturating_sub(self.held.load(Ordering::Relaxed));
        texts.truncate(room);
        if texts.is_empty() {
            return true;
        }
        self.held.fetch_add(texts.len(), Ordering::Relaxed);
        self.jobs.send(Job::Texts(texts)).is_ok()
    }
}

/// The UI thread's end of the worker.
pub struct Searcher {
    jobs: mpsc::Sender<Job>,
    /// The newest generation asked for: a running search stops when it moves on.
    latest: Arc<AtomicU64>,
    pub results: crossbeam_channel::Receiver<Action>,
    /// Entries handed to the worker so far.
    fed: usize,
    /// Pages whose text is on its way to the worker or held by it (see [`TextSink`]).
    held: Arc<AtomicUsize>,
}

impl Searcher {
    /// Starts the worker with the index kept in `index_dir` (in memory when `None` or when that
    /// directory cannot be used; the notice says why, once), reading the text of pages left in
    /// the cache back through `texts`.
    pub fn spawn(index_dir: Option<PathBuf>, texts: Option<PageTexts>) -> Searcher {
        let (jobs, queue) = mpsc::channel::<Job>();
        let (tx, results) = crossbeam_channel::unbounded();
        let latest = Arc::new(AtomicU64::new(0));
        let live = Arc::clone(&latest);
        let held = Arc::new(AtomicUsize::new(0));
        let worker_held = Arc::clone(&held);
        let _ = std::thread::Builder::new()
            .name("dubao-search".to_owned())
            .spawn(move || {
                // A kept index is opened when first needed (see `Worker::open_index`).
                let (index, to_open) = match index_dir {
                    Some(dir) => (None, Some(dir)),
                    None => (SearchIndex::in_memory().ok(), None),
                };
                let mut worker = Worker::new(index, tx, live);
                worker.to_open = to_open;
                worker.texts = texts.map(RefCell::new);
                worker.held = worker_held;
                worker.run(&queue);
            });
        Searcher {
            jobs,
            latest,
            results,
            fed: 0,
            held,
        }
    }

    /// Hands the worker the articles loaded since the last call, page by page.
    pub fn feed(&mut self, app: &App) {
        let mut pages: Vec<PageArticles> = Vec::new();
        let mut last_page = None;
        for (i, e) in app.entries.iter().enumerate().skip(self.fed) {
            match pages.last_mut() {
                Some(p) if last_page == Some(e.page.index) => {
                    p.articles.push(e.article.clone());
                }
                _ => pages.push(PageArticles {
                    source: e.source.to_string(),
                    first: i,
                    articles: vec![e.article.clone()],
                    version: e.page.version,
                }),
            }
            last_page = Some(e.page.index);
        }
        self.fed = app.entries.len();
        if !pages.is_empty() {
            let _ = self.jobs.send(Job::Pages(pages));
        }
    }

    /// The first feed of a reader: the articles it starts with, and the end of the load when
    /// there is nothing more to come (`loading` false). While pages load, the worker hears it
    /// when the load ends: told early, it opened the index before the first pages (competing
    /// with the first screen), committed whenever its queue ran dry, and looked for deleted
    /// files among all those not loaded yet (a query and a disk check each, on a warm open
    /// 10,000 of them), dropping the documents of any page not on disk before it arrived.
    pub fn begin(&mut self, app: &App, loading: bool) {
        self.feed(app);
        if !loading {
            self.load_done();
        }
    }

    /// The end the load thread hands pages' text to (see [`TextSink`]).
    pub fn text_sink(&self) -> TextSink {
        TextSink {
            jobs: self.jobs.clone(),
            held: Arc::clone(&self.held),
        }
    }

    /// Hands a search to the worker, cancelling any older generation.
    pub fn send(&self, req: SearchRequest) {
        self.latest.fetch_max(req.gen, Ordering::Relaxed);
        let _ = self.jobs.send(Job::Search(req));
    }

    /// Tells the worker that every page is loaded.
    pub fn load_done(&self) {
        let _ = self.jobs.send(Job::LoadDone);
    }
}

/// A loaded page as the worker knows it.
struct PageRec {
    file: u64,
    version: u64,
    path: String,
    /// The name the page was loaded by, and whether its text was left in the cache.
    source: String,
    lean: bool,
    first: usize,
    n: usize,
    /// The committed index holds this page's text: search it through the index.
    indexed: bool,
    /// The page's full text, held from the load until the index holds it (see [`TextSink`]):
    /// indexed and scanned from here instead of read back from the cache.
    text: Option<Vec<Arc<Article>>>,
}

/// Pages indexed between looks at the job queue.
const INDEX_STEP: usize = 16;
/// Commit at the latest after this many pages, or this long after the first uncommitted one.
const COMMIT_PAGES: usize = 2_000;
const COMMIT_AFTER: Duration = Duration::from_secs(2);
/// Pages whose text the worker holds at most (see [`TextSink`]): about 15 KB each as
/// articles, so a load that runs ahead of the index holds some 15 MB; the text of pages past
/// this is dropped and read back from the cache when needed, as before. 2,000 held twice that
/// for no gain measured (10,000 pages, cold: the same search CPU per keystroke, 3 % more peak
/// memory).
const HELD_PAGES: usize = 1_000;
/// Hits go out at least this often while a search runs.
const HITS_INTERVAL: Duration = Duration::from_millis(40);

struct Worker {
    index: Option<SearchIndex>,
    /// The kept index's directory while it is not open yet (see [`Worker::open_index`]).
    to_open: Option<PathBuf>,
    /// The reader's own articles, shared: the worker keeps no copy of the text (of a page
    /// whose text was left in the cache, the heads: see [`Worker::page_articles`]).
    articles: Vec<Head>,
    /// Reads back the text of pages left in the cache.
    texts: Option<RefCell<PageTexts>>,
    /// The page of each entry.
    page_of: Vec<usize>,
    pages: Vec<PageRec>,
    by_file: HashMap<u64, Vec<usize>>,
    /// Pages to index, and pages added since the last commit.
    queue: VecDeque<usize>,
    uncommitted: Vec<usize>,
    since: Option<Instant>,
    load_done: bool,
    /// Pages the committed index holds.
    indexed: usize,
    /// The documents of deleted files were looked for (once, after the load).
    cleaned: bool,
    searches: VecDeque<SearchRequest>,
    tx: crossbeam_channel::Sender<Action>,
    latest: Arc<AtomicU64>,
    /// Text handed over by the load thread for pages not yet taken, by source; and how many
    /// pages' text is on its way or held (here and in [`PageRec::text`]), shared with the
    /// [`TextSink`], which sends no more while it is [`HELD_PAGES`].
    arriving: HashMap<String, PageText>,
    held: Arc<AtomicUsize>,
    /// What the last search that ran to its end found (see [`Answered`]).
    answered: RefCell<Option<Answered>>,
    /// The entry of each indexed document, made for the last search (see [`DocEntries`]).
    doc_entries: RefCell<Option<DocEntries>>,
}

/// The reader's entry of each committed document (by segment and doc id; `None` for one of a
/// file or page version not loaded): looking each counted document's file up among the pages
/// cost a few milliseconds a keystroke over 10,000 pages, this a lookup by index. Made again
/// when the index commits or pages arrive.
struct DocEntries {
    generation: u64,
    pages: usize,
    entries: Vec<Vec<Option<usize>>>,
}

impl Worker {
    fn new(
        index: Option<SearchIndex>,
        tx: crossbeam_channel::Sender<Action>,
        latest: Arc<AtomicU64>,
    ) -> Self {
        Worker {
            index,
            to_open: None,
            articles: Vec::new(),
            texts: None,
            page_of: Vec::new(),
            pages: Vec::new(),
            by_file: HashMap::new(),
            queue: VecDeque::new(),
            uncommitted: Vec::new(),
            since: None,
            load_done: false,
            cleaned: false,
            indexed: 0,
            searches: VecDeque::new(),
            tx,
            latest,
            arriving: HashMap::new(),
            held: Arc::default(),
            answered: RefCell::new(None),
            doc_entries: RefCell::new(None),
        }
    }

    fn run(mut self, queue: &mpsc::Receiver<Job>) {
        loop {
            let job = if !self.searches.is_empty() || !self.queue.is_empty() {
                match queue.try_recv() {
                    Ok(j) => Some(j),
                    Err(mpsc::TryRecvError::Empty) => None,
                    Err(mpsc::TryRecvError::Disconnected) => return,
                }
            } else if self.wants_commit() {
                match queue.recv_timeout(Duration::from_millis(200)) {
                    Ok(j) => Some(j),
                    Err(mpsc::RecvTimeoutError::Timeout) => None,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            } else {
                match queue.recv() {
                    Ok(j) => Some(j),
                    Err(_) => return,
                }
            };
            if let Some(job) = job {
                self.take(job);
                // Everything queued first: the newest search wins, pages join before it runs.
                while let Ok(j) = queue.try_recv() {
                    self.take(j);
                }
            }
            if let Some(req) = self.searches.pop_front() {
                if !self.search(&req) {
                    return;
                }
                continue;
            }
            if !self.load_done {
                // The list comes first: indexing while pages load took the cores from the
                // loader (a cold open of 10,000 pages listed every article 12-20 % later), so
                // pages wait for the end of the load, searches scanning them meanwhile.
                match queue.recv() {
                    Ok(j) => self.take(j),
                    Err(_) => return,
                }
                continue;
            }
            self.index_some();
        }
    }

    fn take(&mut self, job: Job) {
        match job {
            Job::Pages(pages) => {
                pages.into_iter().for_each(|p| self.add(p));
                self.progress();
            }
            Job::Search(req) => {
                self.open_index();
                self.searches.retain(|s| s.gen >= req.gen);
                self.searches.push_back(req);
            }
            Job::Texts(texts) => {
                for t in texts {
                    self.hold(t);
                }
            }
            Job::LoadDone => {
                self.open_index();
                self.load_done = true;
                // Text of a page the reader never took (none in a normal run) is let go.
                self.release(self.arriving.len());
                self.arriving.clear();
            }
        }
    }

    /// Runs one search, sending its counts in chunks; false when the UI is gone.
    ///
    /// The index counts the hits of every article it holds at once, sent first; the articles
    /// it does not hold yet (a cold open, still indexing) are scanned in the request's order,
    /// the top of the list first, their counts sent as they are found.
    fn search(&self, req: &SearchRequest) -> bool {
        let live = || self.latest.load(Ordering::Relaxed) == req.gen;
        let needle = search_form(&req.query);
        if needle.is_empty() {
            return self.send_counts(req.gen, Vec::new(), true);
        }
        let looked = self.flags(&req.order);
        let (mut counts, rest) = self.candidates(&req.query, &req.order, &looked);
        let mut hit = vec![false; self.articles.len()];
        for &(i, _) in &counts {
            if let Some(h) = hit.get_mut(i) {
                *h = true;
            }
        }
        // The last answer, if this needle holds its needle (checked once, not per article).
        let prior = self.answered.take().filter(|a| holds(&needle, &a.needle));
        let mut last = Instant::now();
        let mut sent_any = false;
        let mut page = None;
        for &i in &rest {
            if !live() {
                // Superseded: the last full answer still stands for the next search.
                self.answered.replace(prior);
                return true;
            }
            if prior.as_ref().is_some_and(|a| a.rules_out(&needle, i)) {
                // The shorter query found nothing here: neither will this one.
            } else if let Some(a) = self.article_in(i, &mut page) {
                let n = count_in(&a, &needle);
                if n > 0 {
                    counts.push((i, n));
                    if let Some(h) = hit.get_mut(i) {
                        *h = true;
                    }
                }
            }
            // The first counts at once (the count appears), then a chunk per interval.
            if !counts.is_empty() && (!sent_any || last.elapsed() >= HITS_INTERVAL) {
                sent_any = true;
                last = Instant::now();
                if !self.send_counts(req.gen, std::mem::take(&mut counts), false) {
                    return false;
                }
            }
        }
        self.answered.replace(Some(Answered {
            needle,
            looked,
            hit,
        }));
        self.send_counts(req.gen, counts, true)
    }

    /// Sends counts of search `gen` to the reader; false when it is gone.
    fn send_counts(&self, gen: u64, counts: Vec<(usize, u32)>, done: bool) -> bool {
        self.tx
            .send(Action::SearchCounts { gen, counts, done })
            .is_ok()
    }

    /// Entry `i`'s article with its text: held, or read back when its page's text was left in
    /// the cache (its head when that fails); the articles of the page read last are kept in
    /// `page`: a search
    /// takes a page's articles one after another, and looking the page up among those read
    /// back (and copying its list of articles) once per article cost more than its scan.
    fn article_in(
        &self,
        i: usize,
        page: &mut Option<(usize, Vec<Arc<Article>>)>,
    ) -> Option<Arc<Article>> {
        let head = self.articles.get(i)?;
        let k = *self.page_of.get(i)?;
        let p = self.pages.get(k)?;
        let slot = i.checked_sub(p.first)?;
        if let Some(text) = &p.text {
            return text.get(slot).cloned();
        }
        if !p.lean {
            return Some(head.arc());
        }
        if page.as_ref().is_none_or(|(at, _)| *at != k) {
            *page = page_text(&self.pages, &self.articles, &self.texts, k).map(|a| (k, a));
        }
        Some(
            page.as_ref()
                .and_then(|(_, a)| a.get(slot).cloned())
                .unwrap_or_else(|| head.arc()),
        )
    }

    /// By entry: whether `order` lists it.
    fn flags(&self, order: &[usize]) -> Vec<bool> {
        let mut listed = vec![false; self.articles.len()];
        for &i in order {
            if let Some(l) = listed.get_mut(i) {
                *l = true;
            }
        }
        listed
    }

    /// The hits the index counts in the articles of `order` (those of the page version
    /// loaded; `asked` flags them by entry), and the articles of `order` it does not hold
    /// yet, in that order, to scan.
    fn candidates(
        &self,
        query: &str,
        order: &[usize],
        asked: &[bool],
    ) -> (Vec<(usize, u32)>, Vec<usize>) {
        let mut counts = Vec::new();
        let found = self
            .index
            .as_ref()
            .filter(|i| i.files() > 0 && !order.is_empty())
            .and_then(|i| Some((i, i.counts_by_doc(query).ok()?)));
        let Some((index, found)) = found else {
            return (counts, order.to_vec());
        };
        let kept = self.doc_entries.take();
        let table = match kept {
            Some(t) if t.generation == index.generation() && t.pages == self.pages.len() => t,
            _ => self.doc_entries(index),
        };
        for (seg, doc, n) in found {
            let entry = table
                .entries
                .get(seg)
                .and_then(|s| s.get(usize::try_from(doc).ok()?).copied().flatten());
            if let Some(entry) = entry.filter(|&e| asked.get(e).copied().unwrap_or(false)) {
                counts.push((entry, n));
            }
        }
        self.doc_entries.replace(Some(table));
        if self.indexed == self.pages.len() {
            // Every page indexed: nothing to scan (and no page looked up per article).
            return (counts, Vec::new());
        }
        let rest = order
            .iter()
            .copied()
            .filter(|&i| {
                self.page_of
                    .get(i)
                    .and_then(|&k| self.pages.get(k))
                    .is_some_and(|p| !p.indexed)
            })
            .collect();
        (counts, rest)
    }

    /// The entry of each of the index's committed documents: those of a page loaded, indexed,
    /// of the version loaded.
    fn doc_entries(&self, index: &SearchIndex) -> DocEntries {
        let entry_of = |d: &DocRef| {
            self.by_file.get(&d.file)?.iter().find_map(|&k| {
                let p = self.pages.get(k)?;
                let art = usize::try_from(d.article).ok()?;
                (p.indexed && p.version == d.version && art < p.n).then_some(p.first + art)
            })
        };
        DocEntries {
            generation: index.generation(),
            pages: self.pages.len(),
            entries: index
                .doc_refs()
                .iter()
                .map(|seg| seg.iter().map(|d| d.as_ref().and_then(entry_of)).collect())
                .collect(),
        }
    }
}

/// Page `k`'s articles with their text: the reader's own articles, or, for a page whose text
/// was left in the cache, the page read back (`None` when it cannot be: the file is gone).
fn page_text(
    pages: &[PageRec],
    articles: &[Head],
    texts: &Option<RefCell<PageTexts>>,
    k: usize,
) -> Option<Vec<Arc<Article>>> {
    let p = pages.get(k)?;
    if let Some(text) = &p.text {
        return Some(text.clone());
    }
    match (p.lean, texts) {
        (true, Some(t)) => {
            let read = t.try_borrow_mut().ok()?.page(&p.source, |_| {})?;
            Some((*read).clone())
        }
        _ => Some(
            articles
                .get(p.first..p.first + p.n)?
                .iter()
                .map(Head::arc)
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests;
