//! The reader's search off the UI thread. One worker thread shares the loaded articles with the
//! reader (fed page by page as they arrive, see [`Searcher::feed`]; no copy of their text) and, between searches, keeps the
//! [`SearchIndex`] up to date with them: pages whose text the index already holds (a warm open of
//! the index kept in the cache directory) need nothing; new and changed ones are re-indexed file
//! by file. A search narrows to the articles the index names plus those not indexed yet, so it
//! answers from the first page on, and finds the positions in those articles only.
//!
//! Searches carry a generation: a newer one cancels an older one (checked between articles), and
//! requests of the same generation extend it (pages that arrived, a filter that lets more
//! articles in). Hits come back in chunks as [`Action::SearchHits`] as they are found, so the
//! hit count fills in while the scan runs.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use super::app::{Action, App, Hit, SearchRequest};
use super::doc::{self, Seg};
use super::text::PageTexts;
use crate::index::scan::matches;
use crate::index::{self, SearchIndex};
use crate::model::Article;
use crate::text::fold::search_form;
use std::cell::RefCell;

/// Hits of `q` in the articles `order` lists, in that order; `None` once `live` says the search
/// was superseded (checked between articles).
pub fn find_hits<A: std::ops::Deref<Target = Article>>(
    mut article: impl FnMut(usize) -> Option<A>,
    order: &[usize],
    q: &str,
    live: impl Fn() -> bool,
) -> Option<Vec<Hit>> {
    let needle = search_form(q);
    let mut hits = Vec::new();
    if needle.is_empty() {
        return Some(hits);
    }
    for &i in order {
        if !live() {
            return None;
        }
        let Some(a) = article(i) else { continue };
        hits_in(&a, i, &needle, &mut hits);
    }
    Some(hits)
}

/// Appends the hits of the folded `needle` in article `a` (entry `i`), in reading order.
fn hits_in(a: &Article, i: usize, needle: &[char], hits: &mut Vec<Hit>) {
    let segs = (0..a.title.len())
        .map(Seg::Title)
        .chain((0..a.paragraphs.len()).map(Seg::Para))
        .chain((0..a.captions.len()).map(Seg::Caption))
        .chain(std::iter::once(Seg::Byline));
    for seg in segs {
        let Some(text) = doc::seg_text(a, seg) else {
            continue;
        };
        for k in matches(&search_form(&text), needle) {
            hits.push(Hit {
                entry: i,
                seg,
                start: k,
                end: k + needle.len(),
            });
        }
    }
}

/// What the UI thread sends the worker.
enum Job {
    /// The articles of newly loaded pages.
    Pages(Vec<PageArticles>),
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
    articles: Vec<Arc<Article>>,
    version: Option<u64>,
}

/// The UI thread's end of the worker.
pub struct Searcher {
    jobs: mpsc::Sender<Job>,
    /// The newest generation asked for: a running search stops when it moves on.
    latest: Arc<AtomicU64>,
    pub results: crossbeam_channel::Receiver<Action>,
    /// Entries handed to the worker so far.
    fed: usize,
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
        let _ = std::thread::Builder::new()
            .name("dubao-search".to_owned())
            .spawn(move || {
                // Opening a kept index reads and checks all of it: not before the first pages
                // are in, so it does not compete with the first screen.
                let Ok(first) = queue.recv() else { return };
                let (index, notice) = match index_dir {
                    Some(dir) => match index::store::open(&dir) {
                        Ok((i, n)) => (Some(i), n),
                        Err(e) => (None, Some(e.to_string())),
                    },
                    None => (SearchIndex::in_memory().ok(), None),
                };
                if let Some(n) = notice {
                    let _ = tx.send(Action::IndexNotice(n));
                }
                let mut worker = Worker::new(index, tx, live);
                worker.texts = texts.map(RefCell::new);
                worker.take(first);
                worker.run(&queue);
            });
        Searcher {
            jobs,
            latest,
            results,
            fed: 0,
        }
    }

    /// Hands the worker the articles loaded since the last call, page by page.
    pub fn feed(&mut self, app: &App) {
        let mut pages: Vec<PageArticles> = Vec::new();
        let mut last_page = None;
        for (i, e) in app.entries.iter().enumerate().skip(self.fed) {
            match pages.last_mut() {
                Some(p) if last_page == Some(e.page.index) => {
                    p.articles.push(Arc::clone(&e.article));
                }
                _ => pages.push(PageArticles {
                    source: e.source.to_string(),
                    first: i,
                    articles: vec![Arc::clone(&e.article)],
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
}

/// Pages indexed between looks at the job queue.
const INDEX_STEP: usize = 16;
/// Commit at the latest after this many pages, or this long after the first uncommitted one.
const COMMIT_PAGES: usize = 2_000;
const COMMIT_AFTER: Duration = Duration::from_secs(2);
/// Hits go out at least this often while a search runs.
const HITS_INTERVAL: Duration = Duration::from_millis(40);
/// Articles at the top of a search's order scanned before the index is asked (see
/// [`Worker::search`]): a tall screen's worth of rows.
const HEAD: usize = 100;

struct Worker {
    index: Option<SearchIndex>,
    /// The reader's own articles, shared: the worker keeps no copy of the text (of a page
    /// whose text was left in the cache, the heads: see [`Worker::page_articles`]).
    articles: Vec<Arc<Article>>,
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
}

impl Worker {
    fn new(
        index: Option<SearchIndex>,
        tx: crossbeam_channel::Sender<Action>,
        latest: Arc<AtomicU64>,
    ) -> Self {
        Worker {
            index,
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
                self.searches.retain(|s| s.gen >= req.gen);
                self.searches.push_back(req);
            }
            Job::LoadDone => self.load_done = true,
        }
    }

    /// Takes a page: searched through the index at once if the index holds its text, else
    /// scanned until it is indexed.
    fn add(&mut self, p: PageArticles) {
        let version = p.version.unwrap_or_else(|| {
            let refs: Vec<&Article> = p.articles.iter().map(|a| &**a).collect();
            index::page_version(&refs)
        });
        let file = index::file_key(&p.source);
        let path = std::path::absolute(&p.source)
            .map(|a| a.to_string_lossy().into_owned())
            .unwrap_or_default();
        let indexed = self
            .index
            .as_ref()
            .is_some_and(|i| i.version(file) == Some(version));
        let k = self.pages.len();
        self.indexed += usize::from(indexed);
        if !indexed && self.index.is_some() {
            self.queue.push_back(k);
        }
        self.by_file.entry(file).or_default().push(k);
        self.page_of.resize(p.first, k);
        self.page_of
            .extend(std::iter::repeat_n(k, p.articles.len()));
        self.pages.push(PageRec {
            file,
            version,
            path,
            source: p.source,
            lean: p.version.is_some(),
            first: p.first,
            n: p.articles.len(),
            indexed,
        });
        self.articles.extend(p.articles);
    }

    /// Whether indexed pages wait for a commit that time or the end of the load will bring.
    fn wants_commit(&self) -> bool {
        !self.uncommitted.is_empty()
            || (self.load_done && self.index.as_ref().is_some_and(SearchIndex::is_dirty))
    }

    /// Indexes a few queued pages, and commits when enough are in, enough time passed or the
    /// load is done. An index error drops the index: searches scan from then on.
    fn index_some(&mut self) {
        let Some(idx) = self.index.as_mut() else {
            self.queue.clear();
            return;
        };
        let mut failed = false;
        for _ in 0..INDEX_STEP {
            let Some(k) = self.queue.pop_front() else {
                break;
            };
            let Some(articles) = page_text(&self.pages, &self.articles, &self.texts, k) else {
                continue;
            };
            let Some(p) = self.pages.get_mut(k) else {
                continue;
            };
            let refs: Vec<&Article> = articles.iter().map(|a| &**a).collect();
            if p.lean {
                // A file changed since it was loaded is indexed as it is now, and searched so.
                p.version = index::page_version(&refs);
            }
            if idx.add_page(p.file, p.version, &p.path, &refs).is_err() {
                failed = true;
                break;
            }
            self.uncommitted.push(k);
            self.since.get_or_insert_with(Instant::now);
        }
        if self.load_done && self.queue.is_empty() && !failed && !self.cleaned {
            self.cleaned = true;
            let seen: HashSet<u64> = self.pages.iter().map(|p| p.file).collect();
            for file in idx.gone(&seen) {
                idx.remove(file);
            }
        }
        let due = self.uncommitted.len() >= COMMIT_PAGES
            || self.since.is_some_and(|t| t.elapsed() >= COMMIT_AFTER)
            || (self.load_done && self.queue.is_empty());
        if !failed && due && idx.is_dirty() {
            failed = idx.commit().is_err();
            if !failed {
                for k in self.uncommitted.drain(..) {
                    if let Some(p) = self.pages.get_mut(k) {
                        self.indexed += usize::from(!p.indexed);
                        p.indexed = true;
                    }
                }
                self.since = None;
                self.progress();
            }
        }
        if failed {
            self.index = None;
            self.queue.clear();
            self.uncommitted.clear();
            for p in &mut self.pages {
                p.indexed = false;
            }
            self.indexed = 0;
            // Nothing more will be indexed: the status line stops saying so.
            let n = self.pages.len();
            let _ = self.tx.send(Action::IndexProgress { done: n, total: n });
        }
    }

    /// Tells the reader how many pages the index holds (it shows this until all are in).
    fn progress(&self) {
        if self.index.is_some() {
            let _ = self.tx.send(Action::IndexProgress {
                done: self.indexed,
                total: self.pages.len(),
            });
        }
    }

    /// Runs one search, sending its hits in chunks; false when the UI is gone.
    ///
    /// The first [`HEAD`] articles of the request (the top of the list, what the screen shows)
    /// are scanned before the index is asked about the rest: scanning a screenful costs less
    /// than a query naming every article that holds a common character, so the first hit
    /// count shows at once.
    fn search(&self, req: &SearchRequest) -> bool {
        let live = || self.latest.load(Ordering::Relaxed) == req.gen;
        let head = req.order.len().min(HEAD);
        let needle = search_form(&req.query);
        let mut hits = Vec::new();
        let mut last = Instant::now();
        let mut sent_any = false;
        let mut asked = false;
        let mut order: Vec<usize> = req.order[..head].to_vec();
        let mut placed: HashMap<usize, Vec<Hit>> = HashMap::new();
        let mut next = 0;
        loop {
            let Some(&i) = order.get(next) else {
                if asked {
                    break;
                }
                // The head is done: the index names the candidates among the rest.
                asked = true;
                (order, placed) = self.candidates(&req.query, &req.order[head..]);
                next = 0;
                continue;
            };
            next += 1;
            if !live() {
                return true;
            }
            if let Some(h) = placed.remove(&i) {
                hits.extend(h);
            } else if let Some(a) = self.article(i) {
                if !needle.is_empty() {
                    hits_in(&a, i, &needle, &mut hits);
                }
            }
            // The first hits at once (the count appears), then a chunk per interval.
            if !hits.is_empty() && (!sent_any || last.elapsed() >= HITS_INTERVAL) {
                sent_any = true;
                last = Instant::now();
                let chunk = std::mem::take(&mut hits);
                let sent = self.tx.send(Action::SearchHits {
                    gen: req.gen,
                    hits: chunk,
                    done: false,
                });
                if sent.is_err() {
                    return false;
                }
            }
        }
        self.tx
            .send(Action::SearchHits {
                gen: req.gen,
                hits,
                done: true,
            })
            .is_ok()
    }

    /// Entry `i`'s article with its text (read back when its page's text was left in the
    /// cache; its head when that fails).
    fn article(&self, i: usize) -> Option<Arc<Article>> {
        let head = self.articles.get(i)?;
        let k = *self.page_of.get(i)?;
        let p = self.pages.get(k)?;
        if !p.lean {
            return Some(Arc::clone(head));
        }
        let page = page_text(&self.pages, &self.articles, &self.texts, k);
        let slot = i.checked_sub(p.first)?;
        Some(
            page.and_then(|a| a.get(slot).cloned())
                .unwrap_or_else(|| Arc::clone(head)),
        )
    }

    /// The articles of `order` that may hold `query`, in that order: those the index names
    /// (documents of the page version loaded), and every article not indexed yet; with the
    /// hits of those the index places itself (see [`crate::index::hits`]), whose text is then
    /// not read: a search's count over a whole archive reads no page back from the cache.
    fn candidates(&self, query: &str, order: &[usize]) -> (Vec<usize>, HashMap<usize, Vec<Hit>>) {
        let mut placed = HashMap::new();
        if order.is_empty() {
            return (Vec::new(), placed);
        }
        let found = self
            .index
            .as_ref()
            .filter(|i| i.files() > 0)
            .and_then(|i| i.hits(query).ok());
        let Some(found) = found else {
            return (order.to_vec(), placed);
        };
        let n = search_form(query).len();
        let mut named = vec![false; self.articles.len()];
        for (d, at) in found {
            for &k in self.by_file.get(&d.file).into_iter().flatten() {
                let p = &self.pages[k];
                let art = usize::try_from(d.article).unwrap_or(usize::MAX);
                if !(p.indexed && p.version == d.version && art < p.n) {
                    continue;
                }
                let entry = p.first + art;
                if let Some(slot) = named.get_mut(entry) {
                    *slot = true;
                }
                if let Some(at) = &at {
                    placed.insert(entry, at.iter().map(|&a| hit_at(entry, a, n)).collect());
                }
            }
        }
        let order = order
            .iter()
            .copied()
            .filter(|&i| {
                named.get(i).copied().unwrap_or(false)
                    || self
                        .page_of
                        .get(i)
                        .and_then(|&k| self.pages.get(k))
                        .is_some_and(|p| !p.indexed)
            })
            .collect();
        (order, placed)
    }
}

/// The reader's hit for a match the index placed in entry `entry`, `n` chars long.
fn hit_at(entry: usize, (place, start): crate::index::hits::At, n: usize) -> Hit {
    use crate::index::hits::Place;
    let seg = match place {
        Place::Title(k) => Seg::Title(k),
        Place::Para(k) => Seg::Para(k),
        Place::Caption(k) => Seg::Caption(k),
        Place::Byline => Seg::Byline,
    };
    Hit {
        entry,
        seg,
        start,
        end: start + n,
    }
}

/// Page `k`'s articles with their text: the reader's own articles, or, for a page whose text
/// was left in the cache, the page read back (`None` when it cannot be: the file is gone).
fn page_text(
    pages: &[PageRec],
    articles: &[Arc<Article>],
    texts: &Option<RefCell<PageTexts>>,
    k: usize,
) -> Option<Vec<Arc<Article>>> {
    let p = pages.get(k)?;
    match (p.lean, texts) {
        (true, Some(t)) => {
            let read = t.try_borrow_mut().ok()?.page(&p.source, |_| {})?;
            Some((*read).clone())
        }
        _ => Some(articles.get(p.first..p.first + p.n)?.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Page};
    use crate::tui::app::Settings;

    fn app() -> App {
        let article = |t: &str, p: &str| Article {
            id: String::new(),
            title: vec![t.to_owned()],
            dateline: None,
            reporters: vec![],
            reporter_roles: Vec::new(),
            date: None,
            zone: None,
            zones: Vec::new(),
            kind: crate::model::ArticleKind::News,
            paragraphs: vec![p.to_owned()],
            byline: vec![],
            captions: vec![],
            facts: vec![],
        };
        let page = |source: &str, articles| Page {
            articles,
            source: source.into(),
            ..Page::default()
        };
        let corpus = Corpus {
            pages: vec![
                page(
                    "a.txt",
                    vec![article("经开区", "投资亿元"), article("運城", "經開區建设")],
                ),
                page(
                    "b.txt",
                    vec![article("其他", "无关"), article("经济", "开区")],
                ),
            ],
        };
        App::new(corpus, Vec::new(), Settings::default())
    }

    #[test]
    fn a_superseded_search_stops() {
        let a = app();
        let got = find_hits(
            |i| a.entries.get(i).map(|e| &*e.article),
            &[0, 1],
            "经",
            || false,
        );
        assert!(got.is_none());
    }

    /// Every chunk of one answer, until `done`.
    fn answer(s: &Searcher, gen: u64) -> Vec<Hit> {
        let mut all = Vec::new();
        loop {
            let got = s
                .results
                .recv_timeout(Duration::from_secs(30))
                .expect("worker answers");
            match got {
                Action::SearchHits { gen: g, hits, done } if g == gen => {
                    all.extend(hits);
                    if done {
                        return all;
                    }
                }
                Action::IndexNotice(_) | Action::IndexProgress { .. } => {}
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    /// A search is answered in two parts (the head of the list scanned, the rest through the
    /// index): together they are the scan's answer, in list order, nothing twice.
    #[test]
    fn head_and_rest_together_answer_what_the_scan_answers() {
        let article = |k: usize| Article {
            title: vec![format!("第{k}篇")],
            paragraphs: vec![if k.is_multiple_of(7) {
                "经开区".into()
            } else {
                "无关".into()
            }],
            ..Article::default()
        };
        let page = |k: usize| Page {
            articles: vec![article(k)],
            source: format!("p{k}.txt"),
            ..Page::default()
        };
        let corpus = Corpus {
            pages: (0..HEAD * 3).map(page).collect(),
        };
        let a = App::new(corpus, Vec::new(), Settings::default());
        let mut searcher = Searcher::spawn(None, None);
        searcher.feed(&a);
        searcher.load_done();
        std::thread::sleep(Duration::from_millis(500));
        // The list in reverse: the head is the last articles loaded.
        let order: Vec<usize> = a.visible.iter().rev().copied().collect();
        let want = find_hits(
            |i| a.entries.get(i).map(|e| &*e.article),
            &order,
            "经开",
            || true,
        )
        .expect("scan");
        searcher.send(SearchRequest {
            gen: 1,
            query: "经开".to_owned(),
            order,
        });
        let got = answer(&searcher, 1);
        assert_eq!(got.len(), (HEAD * 3).div_ceil(7));
        assert_eq!(got, want);
    }

    #[test]
    fn the_worker_answers_what_the_scan_answers_before_and_after_indexing() {
        let a = app();
        let mut searcher = Searcher::spawn(None, None);
        searcher.feed(&a);
        for gen in 1..=4 {
            if gen == 3 {
                // The load is done: the worker indexes and commits every page.
                searcher.load_done();
                std::thread::sleep(Duration::from_millis(500));
            }
            let req = SearchRequest {
                gen,
                query: "经开".to_owned(),
                order: a.visible.clone(),
            };
            let want = find_hits(
                |i| a.entries.get(i).map(|e| &*e.article),
                &req.order,
                &req.query,
                || true,
            );
            searcher.send(req);
            let got = answer(&searcher, gen);
            assert_eq!(Some(got.clone()), want);
            assert_eq!(got.len(), 2);
        }
    }

    /// The worker reads the reader's own articles (no second copy of the text), and facts
    /// arriving later sit beside the shared article instead of copying it.
    #[test]
    fn the_worker_shares_the_readers_articles() {
        let mut a = app();
        let article = Arc::clone(&a.entries[0].article);
        assert_eq!(Arc::strong_count(&article), 2);
        let mut searcher = Searcher::spawn(None, None);
        searcher.feed(&a);
        let deadline = Instant::now() + Duration::from_secs(30);
        while Arc::strong_count(&article) < 3 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(
            Arc::strong_count(&article),
            3,
            "the worker holds the same article"
        );
        let fact = crate::model::Fact {
            kind: crate::model::FactKind::Money,
            attribute: None,
            counted: None,
            text: "3.04 亿元".into(),
            value: None,
            unit: None,
            name: None,
            role: None,
            flags: vec![],
            paragraph: Some(0),
            location: None,
            start: 0,
            end: 7,
        };
        a.update(Action::FactsReady {
            entry: 0,
            facts: crate::tui::packed::PackedFacts::pack(&[fact]),
        });
        assert!(Arc::ptr_eq(&article, &a.entries[0].article));
        assert_eq!(a.entries[0].facts.len(), 1);
        assert!(a.entries[0].article.facts.is_empty());
    }

    /// The last index progress the worker reports once it has reported `want` (waiting for it
    /// up to a minute, however loaded the machine) and then been quiet for half a second.
    fn settled_at(s: &Searcher, want: (usize, usize)) -> Option<(usize, usize)> {
        let mut last = None;
        let deadline = Instant::now() + Duration::from_secs(60);
        while last != Some(want) {
            let left = deadline.checked_duration_since(Instant::now())?;
            match s.results.recv_timeout(left) {
                Ok(Action::IndexProgress { done, total }) => last = Some((done, total)),
                Ok(_) => {}
                Err(_) => return last,
            }
        }
        while let Ok(a) = s.results.recv_timeout(Duration::from_millis(500)) {
            if let Action::IndexProgress { done, total } = a {
                last = Some((done, total));
            }
        }
        last
    }

    /// A warm open fed page by page while the load runs finds every page in the kept index:
    /// the documents of files not loaded yet are not looked at as deleted ones (these pages are
    /// on no disk) before the load ends.
    #[test]
    fn a_kept_index_survives_a_load_in_parts() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = app();
        let mut first = Searcher::spawn(Some(dir.path().to_path_buf()), None);
        first.feed(&a);
        first.load_done();
        assert_eq!(settled_at(&first, (2, 2)), Some((2, 2)));
        drop(first);
        std::thread::sleep(Duration::from_millis(300));
        // The second open: the first page, then (after the worker has settled) the second.
        let mut partial = app();
        let second_page = partial.entries.split_off(2);
        let mut again = Searcher::spawn(Some(dir.path().to_path_buf()), None);
        again.begin(&partial, true);
        assert_eq!(settled_at(&again, (1, 1)), Some((1, 1)));
        partial.entries.extend(second_page);
        again.feed(&partial);
        // Found in the index at once, not queued to be indexed again.
        let first = again
            .results
            .recv_timeout(Duration::from_secs(10))
            .expect("progress");
        assert!(
            matches!(first, Action::IndexProgress { done: 2, total: 2 }),
            "{first:?}"
        );
        assert_eq!(again.fed, 4);
    }
}
