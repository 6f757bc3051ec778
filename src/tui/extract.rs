//! Fact extraction behind the reader: a thread of its own, at a lower priority, takes articles in
//! the order the reader asks (the shown article, then the listed ones, then the rest; an article
//! the reader shows later, before its turn, goes ahead of them all), sends
//! each article's facts back packed ([`PackedFacts`]) and, once every article of a page is done,
//! writes the page's facts into its cache entry, so that the next open (and a warm `dubao
//! facts`) finds them there instead of extracting them again.

use crossbeam_channel::{Receiver, Sender};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::app::{Action, App, PageInfo};
use super::packed::PackedFacts;
use super::text::PageTexts;
use crate::cache::summary::FactsStored;
use crate::cache::{self, Cache, Lookup, Stamp};
use crate::model::{Article, Fact};

/// How long fact extraction waits after the first frame.
const EXTRACT_DELAY_MS: u64 = 100;

/// One article to extract facts from: its entry, the article, its page's year and edition date
/// (relative dates such as `明天` resolve against the edition, as in `dubao facts`), and where
/// its facts go in the cache.
pub struct Job {
    entry: usize,
    /// The article, or its head when its page's text was left in the cache (`lean`): then
    /// the extractor reads the text back.
    article: Arc<Article>,
    lean: bool,
    year: Option<i32>,
    /// Its page (shared with the reader's entries, not copied for each of 100,000 jobs).
    page: Arc<PageInfo>,
    slot: Slot,
}

/// An article's place: its page (arrival index and source path), its position on the page and
/// the page's number of articles.
#[derive(Debug, Clone)]
pub struct Slot {
    pub page: usize,
    pub source: Arc<str>,
    pub k: usize,
    pub n: usize,
}

/// The entries to extract first: the current article, then the listed ones, then the rest,
/// each once, those without facts only.
pub fn initial_jobs(app: &App) -> Vec<usize> {
    let mut order: Vec<usize> = app.current().into_iter().collect();
    order.extend(app.visible.iter().copied());
    order.extend(0..app.entries.len());
    let mut seen = vec![false; app.entries.len()];
    order
        .into_iter()
        .filter(|&i| !std::mem::replace(&mut seen[i], true))
        .filter(|&i| !app.entries[i].facts_ready)
        .collect()
}

/// The extractor's two queues: every article, in the order the reader asks, and the articles
/// the reader shows before their turn came, taken ahead of the rest.
pub struct Jobs {
    all: Sender<Job>,
    first: Sender<Job>,
}

/// Queues the articles of `entries` for the extractor.
pub fn send_jobs(jobs: &Jobs, app: &App, entries: Vec<usize>) {
    for i in entries {
        if let Some(job) = job_of(app, i) {
            let _ = jobs.all.send(job);
        }
    }
}

/// Asks for the facts of entry `i` ahead of every article queued (see [`Jobs`]).
pub fn send_first(jobs: &Jobs, app: &App, i: usize) {
    if let Some(job) = job_of(app, i) {
        let _ = jobs.first.send(job);
    }
}

/// The job of entry `i`, if there is such an entry.
fn job_of(app: &App, i: usize) -> Option<Job> {
    let e = app.entries.get(i)?;
    Some(Job {
        entry: i,
        article: e.article.arc(),
        lean: e.page.version.is_some(),
        year: e.year,
        page: Arc::clone(&e.page),
        slot: Slot {
            page: e.page.index,
            source: Arc::clone(&e.source),
            k: e.slot,
            n: e.page.articles,
        },
    })
}

/// What the extractor takes next: the newest article asked for first (older ones are still
/// in the queue of all, where they will come), else the next in the queue of all; an entry
/// already extracted is passed over. `None` when both queues are empty for now.
fn next_job(all: &Receiver<Job>, first: &Receiver<Job>, done: &[bool]) -> Option<Job> {
    let is_done = |j: &Job| done.get(j.entry).copied().unwrap_or(false);
    if let Some(j) = first.try_iter().filter(|j| !is_done(j)).last() {
        return Some(j);
    }
    all.try_iter().find(|j| !is_done(j))
}

/// Marks `entry` extracted; false when it already was (an article asked for first comes
/// again in its turn in the queue of all).
fn mark_done(done: &mut Vec<bool>, entry: usize) -> bool {
    if done.len() <= entry {
        done.resize(entry.saturating_add(1), false);
    }
    match done.get_mut(entry) {
        Some(d) if !*d => {
            *d = true;
            true
        }
        _ => false,
    }
}

/// Waits for a job on either queue; `None` once the reader is gone.
fn wait_job(all: &Receiver<Job>, first: &Receiver<Job>) -> Option<Job> {
    crossbeam_channel::select! {
        recv(first) -> j => j.ok(),
        recv(all) -> j => j.ok(),
    }
}

/// Starts fact extraction off the UI thread: it takes articles from the returned queue in the
/// order they are sent (the first screen's first, then pages as they load), sends each
/// article's facts back to `tx` as [`Action::FactsReady`] and, through `back`, writes each
/// page's facts into the cache once the page is complete ([`WriteBack`]; shared, so that the
/// reader can bring the archive's summary up to date on its way out, see
/// [`WriteBack::refresh_summary`]). The text of pages left in the cache is read back through
/// `texts`.
pub fn spawn_extractor(
    tx: Sender<Action>,
    back: Option<Arc<Mutex<WriteBack>>>,
    mut texts: Option<PageTexts>,
) -> Jobs {
    let (all, queue) = crossbeam_channel::unbounded::<Job>();
    let (first, ahead) = crossbeam_channel::unbounded::<Job>();
    let spawned = std::thread::Builder::new()
        .name("dubao-facts".to_owned())
        .spawn(move || {
            // Loading jieba keeps a core busy for a while; let the terminal render the first
            // screen (the first pages arrive with the first jobs) before competing with it.
            let Some(opening) = wait_job(&queue, &ahead) else {
                return;
            };
            crate::priority::lower();
            std::thread::sleep(Duration::from_millis(EXTRACT_DELAY_MS));
            let extractor = std::panic::catch_unwind(crate::facts::Extractor::new).ok();
            // By entry: extracted already (an article asked for first comes again in turn).
            let mut done: Vec<bool> = Vec::new();
            let mut next = Some(opening);
            loop {
                let mut job = match next.take().or_else(|| next_job(&queue, &ahead, &done)) {
                    Some(job) => job,
                    None => {
                        // Nothing queued: the facts stored so far go into the summary now,
                        // so the next open lists those pages from it, and the entries they
                        // replaced are compacted away.
                        if let Some(Ok(mut b)) = back.as_ref().map(|b| b.lock()) {
                            b.refresh_summary();
                            b.compact();
                        }
                        match wait_job(&queue, &ahead) {
                            Some(job) => job,
                            None => return,
                        }
                    }
                };
                if !mark_done(&mut done, job.entry) {
                    continue;
                }
                if let (true, Some(t)) = (job.lean, texts.as_mut()) {
                    // Its head when the page cannot be read back: the facts of its title.
                    if let Some(a) = t.article(&job.slot.source, job.slot.k) {
                        job.article = a;
                    }
                }
                let facts = extractor.as_ref().and_then(|x| {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        x.extract_dated(&job.article, job.year, job.page.date.as_deref())
                    }))
                    .ok()
                });
                let stored = back.as_ref().is_some_and(|b| {
                    b.lock()
                        .is_ok_and(|mut b| b.add(&job.slot, &job.article, facts.as_deref()))
                });
                let facts = PackedFacts::pack(facts.as_deref().unwrap_or_default());
                let ready = Action::FactsReady {
                    entry: job.entry,
                    facts,
                };
                if tx.send(ready).is_err() {
                    return;
                }
                // The reader can let go of the facts of a page whose text it reads back: they
                // come back with it now.
                if let (true, Some(first)) = (stored, job.entry.checked_sub(job.slot.k)) {
                    let page = job.slot.page;
                    let entries = first..first + job.slot.n;
                    if tx.send(Action::FactsStored { page, entries }).is_err() {
                        return;
                    }
                }
            }
        });
    if spawned.is_err() {
        // Without a thread the reader still works; facts stay empty.
    }
    Jobs { all, first }
}

/// Pages whose facts are partly extracted, until every article is in; then the facts go into
/// the page's cache entry. Facts are kept packed meanwhile.
pub struct WriteBack {
    cache: Cache,
    pending: HashMap<usize, Pending>,
    /// The paths the archive was opened with (its summary is kept for them), and each page
    /// whose facts went into its entry, by name: the summary gets them when the extractor is
    /// idle ([`WriteBack::refresh_summary`]). `fresh`: some came since the last refresh.
    roots: Vec<PathBuf>,
    stored: HashMap<String, FactsStored>,
    fresh: bool,
}

/// One page's facts so far: per article its text's fingerprint and facts; `None` for an
/// article not done yet. A page one of whose articles failed is never written.
struct Pending {
    articles: Vec<Option<(u64, PackedFacts)>>,
    missing: usize,
    failed: bool,
}

impl WriteBack {
    pub fn new(cache: Cache, roots: Vec<PathBuf>) -> WriteBack {
        WriteBack {
            cache,
            pending: HashMap::new(),
            roots,
            stored: HashMap::new(),
            fresh: false,
        }
    }

    /// Rewrites the archive's summary with the facts stored since it was written (see
    /// [`crate::cache::summary::Summary::with_facts_stored`]), when some came since the last
    /// time. Without it, the open after a first one finds every page's summary record older
    /// than its entry and loads the whole archive from the entries again.
    pub fn refresh_summary(&mut self) {
        if !std::mem::take(&mut self.fresh) || self.roots.is_empty() {
            return;
        }
        let Ok(Some(summary)) = self.cache.read_summary(&self.roots) else {
            return;
        };
        if let Some(writer) = summary.with_facts_stored(&self.stored) {
            self.cache.write_summary(&self.roots, writer);
        }
    }

    /// Lets the cache compact this run's pack when the entries the facts replaced made much of
    /// it garbage (see [`Cache::seal_if_worth_compacting`]).
    pub fn compact(&self) {
        self.cache.seal_if_worth_compacting();
    }

    /// Records the facts of the article at `slot` (`None`: its extraction failed) and writes
    /// the page's facts once all are in; true when they were written.
    pub fn add(&mut self, slot: &Slot, article: &Article, facts: Option<&[Fact]>) -> bool {
        if slot.k >= slot.n {
            return false;
        }
        let p = self.pending.entry(slot.page).or_insert_with(|| Pending {
            articles: vec![None; slot.n],
            missing: slot.n,
            failed: false,
        });
        let Some(place) = p.articles.get_mut(slot.k) else {
            return false;
        };
        match facts {
            Some(f) => {
                if place
                    .replace((fingerprint(article), PackedFacts::pack(f)))
                    .is_none()
                {
                    p.missing = p.missing.saturating_sub(1);
                }
            }
            None => p.failed = true,
        }
        if p.missing > 0 {
            return false;
        }
        match self.pending.remove(&slot.page) {
            Some(done) if !done.failed => {
                let articles = done.articles.into_iter().flatten().collect::<Vec<_>>();
                let Some(stored) = store(&self.cache, &slot.source, &articles) else {
                    return false;
                };
                self.stored.insert(slot.source.to_string(), stored);
                self.fresh = true;
                true
            }
            _ => false,
        }
    }

    /// Pages still waiting for some of their articles.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }
}

/// What of an article its facts depend on (everything but its id and facts), hashed: facts
/// are written only onto the same text they were extracted from.
fn fingerprint(a: &Article) -> u64 {
    let parts = (
        &a.title,
        &a.dateline,
        &a.reporters,
        &a.date,
        &a.zones,
        &a.paragraphs,
        &a.byline,
        &a.captions,
    );
    rmp_serde::to_vec(&parts).map_or(0, |b| xxhash_rust::xxh3::xxh3_64(&b))
}

/// Writes `articles`' facts into the cache entry of the page at `source`, when the entry is
/// fresh (the file has not changed since), holds no facts yet and has the same articles with
/// the same text; otherwise nothing is written. `None` when nothing was; else what the
/// archive's summary needs to know of it.
fn store(cache: &Cache, source: &str, articles: &[(u64, PackedFacts)]) -> Option<FactsStored> {
    let path = Path::new(source);
    let meta = std::fs::metadata(path).ok()?;
    let abs = std::path::absolute(path).ok()?;
    let src = cache::Source {
        abs: &abs,
        name: source,
        stamp: Stamp::of(&meta),
    };
    let Lookup::Fresh(e) = cache.lookup(&src) else {
        return None;
    };
    if e.has_facts {
        return None;
    }
    let mut page = e.page()?;
    if page.articles.len() != articles.len() {
        return None;
    }
    let same = page
        .articles
        .iter()
        .zip(articles)
        .all(|(a, (print, _))| fingerprint(a) == *print);
    if !same {
        return None;
    }
    for (a, (_, facts)) in page.articles.iter_mut().zip(articles) {
        a.facts = facts.unpack();
    }
    cache.store(&src, e.hash, e.number, &page, true);
    Some(FactsStored {
        stamp: src.stamp,
        mark: cache.entry_mark(&abs)?,
        facts: articles.iter().map(|(_, f)| f.count()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::summary::{self, FactCount, Note};
    use crate::ingest::{self, LoadOptions};
    use crate::loader::{CacheMode, Loader};
    use crate::model::{FactKind, Page};

    /// A fact standing for the facts of article `k` (the write-back does not look inside).
    fn fake(k: usize) -> Vec<Fact> {
        vec![Fact {
            paragraph: Some(0),
            ..Fact::new(FactKind::Money, format!("{k} 亿元"), 0, 3)
        }]
    }

    /// An archive of one sample page and a cache directory.
    fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let page = dir.path().join("pages/2025/01/02/01.txt");
        std::fs::create_dir_all(page.parent().expect("parent")).expect("mkdir");
        std::fs::write(&page, ingest::SAMPLE).expect("write");
        let cache = dir.path().join("cache");
        (dir, page, cache)
    }

    /// The page as the reader loads it: with the facts the cache holds, if any.
    fn load(page: &Path, cache: &Path) -> Page {
        let loader = Loader::new(&CacheMode::Dir(cache.to_path_buf()), LoadOptions::default())
            .with_cached_facts();
        let (corpus, errors) = loader.load_paths(&[page.to_path_buf()], None);
        assert!(errors.is_empty(), "{errors:?}");
        corpus.pages.into_iter().next().expect("a page")
    }

    /// Gives every article of `page` its fake facts through a write-back on `cache`; `fail`
    /// marks one article's extraction as failed.
    fn write_back(page: &Page, cache: &Path, fail: Option<usize>) -> WriteBack {
        let cache = Cache::open(cache).expect("cache");
        let mut wb = WriteBack::new(cache, vec![PathBuf::from(&page.source)]);
        let n = page.articles.len();
        // Out of order, as the reader asks: the last article first.
        for k in (0..n).rev() {
            let slot = Slot {
                page: 0,
                source: page.source.as_str().into(),
                k,
                n,
            };
            let facts = fake(k);
            let facts = (fail != Some(k)).then_some(facts.as_slice());
            wb.add(&slot, &page.articles[k], facts);
        }
        wb
    }

    #[test]
    fn a_pages_facts_go_into_its_cache_entry_once_all_are_in() {
        let (_dir, path, cache) = setup();
        let cold = load(&path, &cache);
        assert!(cold.articles.len() > 1);
        assert!(cold.articles.iter().all(|a| a.facts.is_empty()));
        let wb = write_back(&cold, &cache, None);
        assert_eq!(wb.waiting(), 0);
        let warm = load(&path, &cache);
        for (k, a) in warm.articles.iter().enumerate() {
            assert_eq!(a.facts, fake(k), "article {k}");
        }
        // Callers that did not ask for cached facts still get none.
        let plain = Loader::new(&CacheMode::Dir(cache.clone()), LoadOptions::default());
        let (corpus, _) = plain.load_paths(&[path], None);
        assert!(corpus.pages[0].articles.iter().all(|a| a.facts.is_empty()));
    }

    #[test]
    fn a_page_with_a_failed_article_is_not_written() {
        let (_dir, path, cache) = setup();
        let cold = load(&path, &cache);
        write_back(&cold, &cache, Some(1));
        let warm = load(&path, &cache);
        assert!(warm.articles.iter().all(|a| a.facts.is_empty()));
    }

    /// The summary the load wrote names the entry as it was before the facts went in; once
    /// the extractor is idle the record names the new entry, with the facts counted, and keeps
    /// its head and text version.
    #[test]
    fn stored_facts_reach_the_archive_summary() {
        let (_dir, path, cache_dir) = setup();
        let cold = load(&path, &cache_dir);
        let cache = Cache::open(&cache_dir).expect("cache");
        let roots = vec![PathBuf::from(&cold.source)];
        let abs = std::path::absolute(&path).expect("absolute");
        let stamp = Stamp::of(&std::fs::metadata(&path).expect("stat"));
        let before = Note {
            mark: cache.entry_mark(&abs).expect("an entry"),
            version: 42,
            facts: None,
        };
        let head = summary::encode_head(&crate::cache::head_of(&cold));
        let mut w = summary::Writer::default();
        w.push(&cold.source, &stamp, false, &head, &before.encode());
        cache.write_summary(&roots, w);

        let mut wb = write_back(&cold, &cache_dir, None);
        let mark = cache.entry_mark(&abs).expect("an entry");
        assert_ne!(mark, before.mark, "the entry was written again");
        wb.refresh_summary();
        let s = cache.read_summary(&roots).expect("readable").expect("kept");
        let r = s.get(&cold.source).expect("the page's record");
        assert!(r.has_facts);
        let counts = (0..cold.articles.len())
            .map(|k| FactCount {
                len: fake(k).len() as u32,
                projects: false,
            })
            .collect();
        assert_eq!(
            s.note(r),
            Some(Note {
                mark,
                version: 42,
                facts: Some(counts),
            })
        );
        assert_eq!(
            s.head(r, &cold.source).expect("head").articles.len(),
            cold.articles.len()
        );
    }

    /// The file changed after the reader loaded it and another run cached the new text: the
    /// old text's facts are not written onto it.
    #[test]
    fn facts_of_an_older_text_never_reach_a_newer_entry() {
        let (_dir, path, cache) = setup();
        let old = load(&path, &cache);
        let text = String::from_utf8_lossy(ingest::SAMPLE).replace("开发区", "开发园区");
        std::fs::write(&path, text).expect("write");
        let newer = load(&path, &cache);
        assert_ne!(
            old.articles.iter().map(fingerprint).collect::<Vec<_>>(),
            newer.articles.iter().map(fingerprint).collect::<Vec<_>>()
        );
        write_back(&old, &cache, None);
        let again = load(&path, &cache);
        assert!(again.articles.iter().all(|a| a.facts.is_empty()));
    }
}
