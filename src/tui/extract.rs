//! Fact extraction behind the reader: a lead thread, at a lower priority, takes articles in
//! the order the reader asks (the shown article, then the listed ones, then the rest; an article
//! the reader shows later, before its turn, goes ahead of them all), helped by one thread per
//! other core at the lowest priority once the pages are in ([`spawn_extractor`]); each sends
//! each article's facts back packed ([`PackedFacts`]) and, once every article of a page is done,
//! writes the page's facts into its cache entry, so that the next open (and a warm `dubao
//! facts`) finds them there instead of extracting them again.

mod write_back;

use crossbeam_channel::{Receiver, Sender};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use self::write_back::WriteBack;
use super::app::{Action, App, PageInfo};
use super::head::Head;
use super::packed::PackedFacts;
use super::text::PageTexts;

/// How long fact extraction waits after the first frame.
const EXTRACT_DELAY: Duration = Duration::from_millis(100);

/// How long the lead waits for the load to end before it loads jieba anyway (see
/// [`spawn_extractor`]).
const LOAD_WAIT: Duration = Duration::from_millis(1_500);

/// One article to extract facts from: its entry, the article, its page's year and edition date
/// (relative dates such as `明天` resolve against the edition, as in `dubao facts`), and where
/// its facts go in the cache.
pub struct Job {
    entry: usize,
    /// The article, or its head when its page's text was left in the cache (`lean`): then
    /// the extractor reads the text back, and a head still in its encoded bytes (see
    /// [`Head`]) is decoded only if that fails, so extraction does not undo what keeping heads
    /// encoded saves.
    article: Head,
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
    /// One message lets one waiting helper start ([`Jobs::widen`]); dropped unsent, it ends
    /// the helpers that never started.
    go: Sender<()>,
    /// One message tells the lead that the pages are in ([`Jobs::widen`]).
    loaded: Sender<()>,
    /// Shared with the helpers: when they may take their next job ([`Jobs::hold`]).
    hold: Arc<Hold>,
    /// Told that the pages are in ([`Jobs::widen`]), so that it may let jieba go once idle.
    pool: Arc<Pool>,
}

impl Jobs {
    /// Keeps the helper workers from starting another article for `d` (the lead goes on: the
    /// shown article's facts come from it). Called on every key: with two cores, a search
    /// typed while the helpers extracted waited for a core (keys of 140–310 ms against
    /// 15–35 ms once the facts were in), and a key is what the user waits on.
    pub fn hold(&self, d: Duration) {
        self.hold.until(d);
    }

    /// Lets the lead load jieba and the helper workers start (see [`spawn_extractor`]): the
    /// pages are in. Again later, nothing more happens (the channels hold one message per
    /// worker at most).
    pub fn widen(&self) {
        self.pool.loaded.store(true, Ordering::SeqCst);
        let _ = self.loaded.try_send(());
        while self.go.try_send(()).is_ok() {}
    }
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
        article: e.article.clone(),
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

/// What a worker takes next: the newest article asked for first (older ones are still in the
/// queue of all, where they will come), else the next in the queue of all. `None` when both
/// queues are empty for now. A worker that only helps takes from the queue of all alone.
fn next_job(all: &Receiver<Job>, first: Option<&Receiver<Job>>) -> Option<Job> {
    if let Some(j) = first.and_then(|f| f.try_iter().last()) {
        return Some(j);
    }
    all.try_recv().ok()
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

/// Waits for a job on the queues a worker takes from; `None` once the reader is gone.
fn wait_job(all: &Receiver<Job>, first: Option<&Receiver<Job>>) -> Option<Job> {
    match first {
        Some(first) => crossbeam_channel::select! {
            recv(first) -> j => j.ok(),
            recv(all) -> j => j.ok(),
        },
        None => all.recv().ok(),
    }
}

/// An extractor whose jieba is not loaded yet (it loads on first use); `None` if it cannot be
/// made (the reader then works without facts).
fn fresh_extractor() -> Option<Arc<crate::facts::Extractor>> {
    std::panic::catch_unwind(crate::facts::Extractor::new)
        .ok()
        .map(Arc::new)
}

/// How many workers extract: one per core, at most four (each keeps a few pages read back; the
/// jieba dictionary and the tagger are shared).
pub fn worker_count() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4))
}

/// What the workers share: the extractor (one jieba dictionary for all), which entries are
/// done and how many workers hold a job.
/// A moment before which the helper workers start no article, as microseconds since `epoch`
/// (0: none).
struct Hold {
    epoch: Instant,
    until_us: AtomicU64,
}

impl Hold {
    fn new() -> Hold {
        Hold {
            epoch: Instant::now(),
            until_us: AtomicU64::new(0),
        }
    }

    /// Holds the helpers until `d` from now (a later hold already set stays).
    fn until(&self, d: Duration) {
        let until = self.epoch.elapsed().saturating_add(d);
        let us = u64::try_from(until.as_micros()).unwrap_or(u64::MAX);
        self.until_us.fetch_max(us, Ordering::Relaxed);
    }

    /// Sleeps while a hold lasts (a key held down keeps renewing it).
    fn wait(&self) {
        loop {
            let until = Duration::from_micros(self.until_us.load(Ordering::Relaxed));
            let Some(left) = until.checked_sub(self.epoch.elapsed()) else {
                return;
            };
            if left.is_zero() {
                return;
            }
            std::thread::sleep(left);
        }
    }
}

struct Pool {
    /// The extractor the workers share, swapped for a fresh one when every job is done after
    /// the pages are in ([`Pool::idle`]): jieba's dictionary (about 46 MB) is loaded again
    /// only if more articles come (a file changed, a page shown before its turn).
    extractor: std::sync::RwLock<Option<Arc<crate::facts::Extractor>>>,
    /// The pages are in ([`Jobs::widen`]): an idle pool may let jieba go.
    loaded: std::sync::atomic::AtomicBool,
    done: Mutex<Vec<bool>>,
    busy: AtomicUsize,
    back: Option<Arc<Mutex<WriteBack>>>,
    tx: Sender<Action>,
}

impl Pool {
    /// Marks `job`'s entry done and counts its worker busy; `None` (nothing counted) when
    /// it was done already (an article asked for first comes again in the queue of all).
    fn claim(&self, job: Job) -> Option<Job> {
        let fresh = self
            .done
            .lock()
            .is_ok_and(|mut d| mark_done(&mut d, job.entry));
        fresh.then(|| {
            self.busy.fetch_add(1, Ordering::SeqCst);
            job
        })
    }

    /// The next job queued for a worker, claimed; `None` when there is none for now.
    fn take(&self, all: &Receiver<Job>, first: Option<&Receiver<Job>>) -> Option<Job> {
        while let Some(job) = next_job(all, first) {
            if let Some(job) = self.claim(job) {
                return Some(job);
            }
        }
        None
    }

    /// Extracts one job's facts, stores them through the write-back and sends them to the
    /// reader; false once the reader is gone.
    fn run(&self, job: Job, texts: &mut Option<PageTexts>) -> bool {
        let read_back = match (job.lean, texts.as_mut()) {
            (true, Some(t)) => t.article(&job.slot.source, job.slot.k),
            _ => None,
        };
        // Its head when the page cannot be read back: the facts of its title.
        let article = read_back.unwrap_or_else(|| job.article.arc());
        let extractor = self.extractor.read().ok().and_then(|x| x.clone());
        let facts = extractor.as_ref().and_then(|x| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                x.extract_dated(&article, job.year, job.page.date.as_deref())
            }))
            .ok()
        });
        let packed = PackedFacts::pack(facts.as_deref().unwrap_or_default());
        let ready = Action::FactsReady {
            entry: job.entry,
            facts: packed,
        };
        // The reader can let go of the facts of a page whose text it reads back once they are
        // in its cache entry. The article's facts go out under the write-back's lock, so that
        // every article of a page reaches the reader before the page is said stored, whichever
        // worker finishes it (else an article's facts came after and stayed in memory).
        let Some(Ok(mut back)) = self.back.as_ref().map(|b| b.lock()) else {
            return self.tx.send(ready).is_ok();
        };
        let stored = back.add(&job.slot, &article, facts);
        if self.tx.send(ready).is_err() {
            return false;
        }
        if let (true, Some(first)) = (stored, job.entry.checked_sub(job.slot.k)) {
            let page = job.slot.page;
            let entries = first..first + job.slot.n;
            if self.tx.send(Action::FactsStored { page, entries }).is_err() {
                return false;
            }
        }
        true
    }

    /// Every job queued is done: the facts stored so far go into the summary now, so the next
    /// open lists those pages from it, and the entries they replaced are compacted away.
    fn idle(&self) {
        if let Some(Ok(mut b)) = self.back.as_ref().map(|b| b.lock()) {
            b.refresh_summary();
            b.compact();
        }
        // Every article is extracted: jieba goes with the extractor (the last worker holding
        // it drops it), and a fresh one loads it again on the next job.
        if self.loaded.load(Ordering::SeqCst) {
            if let Ok(mut x) = self.extractor.write() {
                *x = fresh_extractor();
            }
        }
    }

    /// A worker's loop: `next`, then jobs from its queues until the reader is gone. The lead
    /// (`first` given) also takes the articles the reader shows before their turn. A worker
    /// that finds nothing queued while no other holds a job lets the summary catch up
    /// ([`Pool::idle`]; two finding it at once cost a second look, nothing more).
    fn work(
        &self,
        all: &Receiver<Job>,
        first: Option<&Receiver<Job>>,
        mut texts: Option<PageTexts>,
        mut next: Option<Job>,
        hold: Option<&Hold>,
    ) {
        loop {
            if let Some(h) = hold {
                h.wait();
            }
            let job = next.take().and_then(|j| self.claim(j));
            let Some(job) = job.or_else(|| self.take(all, first)) else {
                if self.busy.load(Ordering::SeqCst) == 0 {
                    self.idle();
                }
                match wait_job(all, first) {
                    Some(job) => next = Some(job),
                    None => return,
                }
                continue;
            };
            let alive = self.run(job, &mut texts);
            self.busy.fetch_sub(1, Ordering::SeqCst);
            if !alive {
                return;
            }
        }
    }
}

/// Starts fact extraction off the UI thread: `texts` gives each worker its reader of the pages
/// left in the cache. A lead worker takes articles in the order they are sent (the first
/// screen's first, then pages as they load, and ahead of them the articles the reader shows
/// before their turn), sends each article's facts back to `tx` as [`Action::FactsReady`] and,
/// through `back`, writes each page's facts into the cache once the page is complete
/// ([`WriteBack`]; shared, so that the reader can bring the archive's summary up to date on its
/// way out, see [`WriteBack::refresh_summary`]).
///
/// The lead loads jieba once the pages are in ([`Jobs::widen`]), or [`LOAD_WAIT`] after its first
/// job if the load takes longer: the list is what a cold open's user waits for.
///
/// The other `workers - 1` help with the queue once the pages are in ([`Jobs::widen`]): while a
/// big archive loads, the list is what the user waits for and the cores are the loader's;
/// afterwards one thread alone took three times as long as `dubao facts` to extract 10,000
/// pages. Helpers run at the lowest priority, below the search index's writer: an index
/// being built answers searches sooner, and the shown article's facts come from the lead.
pub fn spawn_extractor(
    tx: Sender<Action>,
    back: Option<Arc<Mutex<WriteBack>>>,
    mut texts: impl FnMut() -> Option<PageTexts>,
    workers: usize,
) -> Jobs {
    let (all, queue) = crossbeam_channel::unbounded::<Job>();
    let (first, ahead) = crossbeam_channel::unbounded::<Job>();
    let pool = Arc::new(Pool {
        extractor: std::sync::RwLock::new(fresh_extractor()),
        loaded: std::sync::atomic::AtomicBool::new(false),
        done: Mutex::new(Vec::new()),
        busy: AtomicUsize::new(0),
        back,
        tx,
    });
    let helpers = workers.max(1) - 1;
    let (go, wait) = crossbeam_channel::bounded::<()>(helpers);
    let (loaded, load_done) = crossbeam_channel::bounded::<()>(1);
    // A worker that cannot be started leaves the others working (with none, the reader still
    // works; facts stay empty).
    let (lead, queue_lead, texts_lead) = (Arc::clone(&pool), queue.clone(), texts());
    let _ = std::thread::Builder::new()
        .name("dubao-facts".to_owned())
        .spawn(move || {
            // Loading jieba keeps a core busy for a while; let the terminal render the first
            // screen (the first pages arrive with the first jobs) before competing with it.
            let Some(opening) = wait_job(&queue_lead, Some(&ahead)) else {
                return;
            };
            crate::priority::lower();
            // And let the list fill in first (for at most LOAD_WAIT): loading jieba beside the
            // loader took it a whole core for a quarter of a second, not the tenth its lower
            // priority allows (the loader's threads, waking, queued on the other core), and a
            // cold open of 10,000 pages listed every article about 8 % later (medians of five
            // alternated runs, 1,167 against 1,069 ms).
            let waited = Instant::now();
            let _ = load_done.recv_timeout(LOAD_WAIT);
            std::thread::sleep(EXTRACT_DELAY.saturating_sub(waited.elapsed()));
            lead.work(&queue_lead, Some(&ahead), texts_lead, Some(opening), None);
        });
    let hold = Arc::new(Hold::new());
    for k in 1..=helpers {
        let (pool, queue, texts, wait) = (Arc::clone(&pool), queue.clone(), texts(), wait.clone());
        let hold = Arc::clone(&hold);
        let _ = std::thread::Builder::new()
            .name(format!("dubao-facts-{k}"))
            .spawn(move || {
                if wait.recv().is_ok() {
                    crate::priority::lowest();
                    pool.work(&queue, None, texts, None, Some(&hold));
                }
            });
    }
    Jobs {
        all,
        first,
        go,
        loaded,
        hold,
        pool,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An idle pool lets its extractor (and jieba with it) go once the pages are in, and
    /// keeps it while they still load (more jobs are coming then).
    #[test]
    fn an_idle_pool_lets_jieba_go_once_the_pages_are_in() {
        let (tx, _rx) = crossbeam_channel::unbounded();
        let pool = Pool {
            extractor: std::sync::RwLock::new(fresh_extractor()),
            loaded: std::sync::atomic::AtomicBool::new(false),
            done: Mutex::new(Vec::new()),
            busy: AtomicUsize::new(0),
            back: None,
            tx,
        };
        let current = || {
            pool.extractor
                .read()
                .ok()
                .and_then(|x| x.clone())
                .expect("an extractor")
        };
        let before = current();
        pool.idle();
        assert!(Arc::ptr_eq(&before, &current()), "kept while loading");
        pool.loaded.store(true, Ordering::SeqCst);
        pool.idle();
        assert!(!Arc::ptr_eq(&before, &current()), "a fresh one once loaded");
    }

    /// A hold is kept until its moment: a shorter one asked later does not cut it, and with
    /// none (or one passed) the helpers go on at once.
    #[test]
    fn a_hold_keeps_the_later_moment() {
        let hold = Hold::new();
        hold.wait();
        hold.until(Duration::from_secs(3600));
        let long = hold.until_us.load(Ordering::Relaxed);
        hold.until(Duration::from_millis(1));
        assert_eq!(hold.until_us.load(Ordering::Relaxed), long);
        assert!(long >= 3_599_000_000, "{long}");
        let passed = Hold::new();
        passed.until(Duration::ZERO);
        passed.wait();
    }
}
