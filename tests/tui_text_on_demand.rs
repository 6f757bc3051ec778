//! The reader with a page cache keeps only each article's head and reads page text back on
//! demand (`dubao::tui::text`): what it shows, searches and finds must be what a reader holding
//! every page's text shows, searches and finds; a file changed after it was loaded shows its
//! current text; a damaged cache entry falls back to the file with one notice.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use dubao::ingest::LoadOptions;
use dubao::loader::{CacheMode, Loader};
use dubao::tui::app::{Action, App, Input, Settings};
use dubao::tui::keys::Command;
use dubao::tui::text::PageTexts;

#[path = "support/reader.rs"]
mod support;
use support::{archive, cached_with_facts, open, texts_loader};

/// Types a search and returns its hits as (entry, segment, start, end), every article with
/// hits placed as the reader places the shown one's.
fn search(app: &mut App, q: &str) -> Vec<String> {
    app.update(Action::Cmd(Command::Search));
    for c in q.chars() {
        app.update(Action::Input(Input::Char(c)));
    }
    let with_hits = app
        .search
        .as_ref()
        .map(|s| s.with_hits.clone())
        .unwrap_or_default();
    let hits = with_hits
        .into_iter()
        .flat_map(|e| {
            let n = app.search.as_ref().map_or(0, |s| s.count(e));
            let placed = app.placed_hits(e);
            assert_eq!(placed.len(), n, "placed as counted");
            placed.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>()
        })
        .collect();
    app.update(Action::Input(Input::Esc));
    hits
}

#[test]
fn text_read_back_equals_text_kept() {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let kept = open(root.path(), None);
    let lean = open(root.path(), Some(cache.path()));
    assert_eq!(kept.entries.len(), lean.entries.len());
    assert!(kept.entries.len() > 20, "{}", kept.entries.len());
    // The lean reader holds no paragraph; the kept one does.
    assert!(lean.entries.iter().all(|e| e.article.paragraphs.is_empty()));
    assert!(kept
        .entries
        .iter()
        .any(|e| !e.article.paragraphs.is_empty()));
    for i in 0..kept.entries.len() {
        let (a, b) = (
            kept.article(i).expect("kept"),
            lean.article(i).expect("lean"),
        );
        assert_eq!(*a, *b, "entry {i}");
        assert_eq!(kept.entries[i].article.id, lean.entries[i].article.id);
    }
}

#[test]
fn searches_and_shown_text_are_the_same() {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let mut kept = open(root.path(), None);
    let mut lean = open(root.path(), Some(cache.path()));
    for q in ["经开区", "项目", "亿元", "的", "开发区建设"] {
        let (a, b) = (search(&mut kept, q), search(&mut lean, q));
        assert!(!a.is_empty() || q == "开发区建设", "{q}");
        assert_eq!(a, b, "{q}");
    }
    // Paging through the list shows the same text, line for line.
    for _ in 0..30 {
        assert_eq!(kept.doc(), lean.doc());
        kept.update(Action::Cmd(Command::NextArticle));
        lean.update(Action::Cmd(Command::NextArticle));
    }
    assert!(lean.notice.is_none(), "{:?}", lean.notice);
}

#[test]
fn a_file_changed_after_loading_shows_its_current_text() {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let mut lean = open(root.path(), Some(cache.path()));
    let first = (0..lean.entries.len())
        .find(|&i| {
            lean.entries[i].source.ends_with("2025/04/01/01.txt")
                && lean
                    .article(i)
                    .is_some_and(|a| a.paragraphs.concat().contains("经开区"))
        })
        .expect("an article of the sample page names 经开区");
    let source = lean.entries[first].source.clone();
    let old = lean.article(first).expect("article");
    assert!(old.paragraphs.concat().contains("经开区"));
    // Other pages read since, so the changed page is read again when it is asked for.
    for i in 0..lean.entries.len() {
        if lean.entries[i].source != source {
            let _ = lean.article(i);
        }
    }
    let changed = String::from_utf8_lossy(dubao::ingest::SAMPLE).replace("经开区", "高新区");
    std::fs::write(&*source, changed).expect("edit");
    let now = lean.article(first).expect("article");
    assert!(
        !now.paragraphs.concat().contains("经开区"),
        "stale text shown"
    );
    lean.update(Action::Resize(120, 40));
    let notice = lean
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(notice.contains("2025/04/01/01.txt"), "{notice:?}");
}

#[test]
fn a_damaged_entry_is_read_from_the_file_with_one_notice() {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let mut lean = open(root.path(), Some(cache.path()));
    let packs = files(&cache.path().join("packs"));
    for f in packs
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "pack"))
    {
        // Cut short: its header checks out, its sections do not.
        let bytes = std::fs::read(f).expect("entry");
        std::fs::write(f, &bytes[..bytes.len() / 2]).expect("damage");
    }
    let kept = open(root.path(), None);
    let mut notices = 0;
    for i in 0..lean.entries.len() {
        assert_eq!(
            *kept.article(i).expect("kept"),
            *lean.article(i).expect("lean")
        );
        lean.update(Action::Resize(120, 40));
        notices += usize::from(lean.notice.take().is_some());
    }
    assert_eq!(notices, 1);
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The hits the search worker answers for `q` over the app's list, before and after it
/// indexed every page.
fn worker_hits(app: &App, texts: Option<PageTexts>, q: &str) -> Vec<Vec<String>> {
    let mut searcher = dubao::tui::search_worker::Searcher::spawn(None, texts);
    searcher.feed(app);
    let mut answers = Vec::new();
    for gen in 1..=2 {
        if gen == 2 {
            searcher.load_done();
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        answers.push(answer(&searcher, app, gen, q, 20));
    }
    answers
}

/// The counts the worker answers to search `gen` for `q` over the app's list (`entry:count`,
/// by entry), every batch until the last (each wait for a batch at most `secs` seconds).
fn answer(
    searcher: &dubao::tui::search_worker::Searcher,
    app: &App,
    gen: u64,
    q: &str,
    secs: u64,
) -> Vec<String> {
    searcher.send(dubao::tui::app::SearchRequest {
        gen,
        query: q.to_owned(),
        order: app.visible.clone(),
    });
    let mut hits = Vec::new();
    loop {
        let got = searcher
            .results
            .recv_timeout(std::time::Duration::from_secs(secs))
            .expect("an answer");
        if let Action::SearchCounts {
            gen: g,
            counts,
            done,
        } = got
        {
            if g == gen {
                hits.extend(counts);
                if done {
                    hits.sort_unstable();
                    return hits.iter().map(|(e, n)| format!("{e}:{n}")).collect();
                }
            }
        }
    }
}

#[test]
fn the_search_worker_reads_text_back_and_answers_the_same() {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let kept = open(root.path(), None);
    let lean = open(root.path(), Some(cache.path()));
    for q in ["经开区", "项目"] {
        let want = worker_hits(&kept, None, q);
        assert!(!want[0].is_empty(), "{q}");
        assert_eq!(want[0], want[1]);
        let lean_texts = PageTexts::new(texts_loader(cache.path()), 2);
        assert_eq!(worker_hits(&lean, Some(lean_texts), q), want, "{q}");
    }
}

/// Facts the cache holds stay there too: a warm open keeps only their count, and the shown
/// article's facts, the exports' and the ledger's are those extracted.
#[test]
fn facts_left_in_the_cache_are_read_back() {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let corpus = cached_with_facts(root.path(), cache.path());
    let want: std::collections::HashMap<String, Vec<dubao::model::Fact>> = corpus
        .pages
        .into_iter()
        .flat_map(|p| p.articles)
        .map(|a| (a.id, a.facts))
        .collect();
    let lean = open(root.path(), Some(cache.path()));
    let mut with_facts = 0;
    for (i, e) in lean.entries.iter().enumerate() {
        let facts = &want[&e.article.id];
        assert!(e.facts_ready);
        assert_eq!(e.facts.len(), facts.len());
        assert_eq!(e.facts.heap_bytes(), 0, "kept in the cache, not in memory");
        assert_eq!(*lean.facts_of(i), *facts, "{}", e.article.id);
        let head = lean.head_with_facts(i).expect("entry");
        assert_eq!(head.facts, *facts);
        with_facts += usize::from(!facts.is_empty());
    }
    assert!(with_facts > 10, "{with_facts}");
}

/// A cold open: the fact extractor reads the text back, writes each page's facts into its
/// cache entry, and the reader then lets go of its copy of them.
#[test]
fn facts_extracted_go_to_the_cache_and_leave_memory() {
    use dubao::tui::extract;
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let mut lean = open(root.path(), Some(cache.path()));
    assert!(lean.entries.iter().all(|e| !e.facts_ready));
    let mode = CacheMode::Dir(cache.path().to_path_buf());
    let loader = Loader::new(&mode, LoadOptions::default()).with_cached_facts();
    let (tx, rx) = crossbeam_channel::unbounded();
    let back = loader
        .cache()
        .cloned()
        .map(|c| extract::WriteBack::new(c, vec![root.path().to_path_buf()]))
        .map(|b| std::sync::Arc::new(std::sync::Mutex::new(b)));
    // Two workers (a lead and a helper) share the queue and the write-back.
    let texts = || Some(PageTexts::new(loader.sibling(), 2));
    let jobs = extract::spawn_extractor(tx, back, texts, 2);
    extract::send_jobs(&jobs, &lean, extract::initial_jobs(&lean));
    jobs.widen();
    let mut stored = 0;
    while lean.facts_progress().0 < lean.entries.len() || stored < 13 {
        let action = rx
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("facts");
        stored += usize::from(matches!(action, Action::FactsStored { .. }));
        lean.update(action);
    }
    let x = dubao::facts::Extractor::new();
    let (corpus, _) = Loader::new(&CacheMode::Off, LoadOptions::default())
        .load_paths(&[root.path().to_path_buf()], Some(&x));
    let want: std::collections::HashMap<String, Vec<dubao::model::Fact>> = corpus
        .pages
        .into_iter()
        .flat_map(|p| p.articles)
        .map(|a| (a.id, a.facts))
        .collect();
    for (i, e) in lean.entries.iter().enumerate() {
        assert_eq!(e.facts.heap_bytes(), 0, "{}", e.article.id);
        assert_eq!(*lean.facts_of(i), want[&e.article.id], "{}", e.article.id);
    }
}

/// An article the reader shows before its turn is extracted ahead of every article queued
/// before it, and each article's facts still come exactly once. The load never says it is
/// done (no `widen`): the lead stops waiting for it and extracts all the same.
#[test]
fn the_shown_article_is_extracted_ahead_of_the_queue() {
    use dubao::tui::extract;
    let root = archive();
    let app = open(root.path(), None);
    let n = app.entries.len();
    assert!(n > 10, "{n}");
    let (tx, rx) = crossbeam_channel::unbounded();
    let jobs = extract::spawn_extractor(tx, None, || None, 1);
    extract::send_jobs(&jobs, &app, (0..n).collect());
    let last = n - 1;
    extract::send_first(&jobs, &app, last);
    let mut order = Vec::new();
    facts_ready(&rx, &mut order, n);
    // Nothing comes twice, not even the article asked for first.
    assert!(rx
        .recv_timeout(std::time::Duration::from_millis(300))
        .is_err());
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..n).collect::<Vec<_>>());
    // Taken right after the job the extractor woke up with.
    let at = order.iter().position(|&e| e == last);
    assert!(at.is_some_and(|k| k <= 1), "{at:?} in {order:?}");
}

/// The lead works alone until widened (having waited for the load a while), and then, helped, every article's facts come exactly
/// once, the article asked for first too, however the workers split the queue.
#[test]
fn helpers_share_the_queue_without_doubles() {
    use dubao::tui::extract;
    let root = archive();
    let app = open(root.path(), None);
    let n = app.entries.len();
    let (tx, rx) = crossbeam_channel::unbounded();
    let jobs = extract::spawn_extractor(tx, None, || None, 3);
    extract::send_jobs(&jobs, &app, (0..n).collect());
    extract::send_first(&jobs, &app, n / 2);
    // Some articles before `widen`, from the lead alone.
    let mut got = Vec::new();
    facts_ready(&rx, &mut got, 3);
    jobs.widen();
    facts_ready(&rx, &mut got, n);
    assert!(rx
        .recv_timeout(std::time::Duration::from_millis(300))
        .is_err());
    got.sort_unstable();
    assert_eq!(got, (0..n).collect::<Vec<_>>());
}

/// Receives the extractor's answers until `entries` holds `until` articles whose facts came
/// (two minutes at most for each), in the order they came.
fn facts_ready(rx: &crossbeam_channel::Receiver<Action>, entries: &mut Vec<usize>, until: usize) {
    while entries.len() < until {
        match rx.recv_timeout(std::time::Duration::from_secs(120)) {
            Ok(Action::FactsReady { entry, .. }) => entries.push(entry),
            Ok(_) => {}
            Err(e) => panic!("facts of {} of {until} articles: {e}", entries.len()),
        }
    }
}

/// `archive()` eight times over (in 2025 and 2024 back to 2018): a few hundred articles.
fn big_archive() -> tempfile::TempDir {
    let dir = archive();
    for (k, f) in files(dir.path()).into_iter().enumerate() {
        for year in ["2024", "2023", "2022", "2021", "2020", "2019", "2018"] {
            let to = dir.path().join(format!("{year}/05/{:02}/01.txt", k + 1));
            std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
            std::fs::copy(&f, &to).expect("copy");
        }
    }
    dir
}

/// Waits (two minutes at most) until the worker says the index holds all `pages`.
fn wait_indexed(searcher: &dubao::tui::search_worker::Searcher, pages: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let left = deadline
            .checked_duration_since(std::time::Instant::now())
            .expect("the worker indexes every page");
        if let Ok(Action::IndexProgress { done, total }) = searcher.results.recv_timeout(left) {
            if done == pages && total == pages {
                return;
            }
        }
    }
}

/// The answer to `q` of a worker that has indexed every page, and the pages it read back
/// while it searched.
fn indexed_answer(app: &App, texts: Option<PageTexts>, q: &str) -> (Vec<String>, usize) {
    let reads = texts.as_ref().map(PageTexts::reads).unwrap_or_default();
    let mut searcher = dubao::tui::search_worker::Searcher::spawn(None, texts);
    searcher.feed(app);
    searcher.load_done();
    wait_indexed(&searcher, app.pages);
    let before = reads.load(Ordering::Relaxed);
    let hits = answer(&searcher, app, 1, q, 60);
    (hits, reads.load(Ordering::Relaxed) - before)
}

/// Once every page is indexed, a search's counts come from the index alone: the worker reads
/// no page back, and answers what a reader holding all text answers.
#[test]
fn an_indexed_search_reads_no_page_back() {
    let root = big_archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let kept = open(root.path(), None);
    let lean = open(root.path(), Some(cache.path()));
    assert!(lean.entries.len() > 200, "{}", lean.entries.len());
    for q in ["经开区", "项目", "的"] {
        let (want, _) = indexed_answer(&kept, None, q);
        let texts = PageTexts::new(texts_loader(cache.path()), 2);
        let (got, reads) = indexed_answer(&lean, Some(texts), q);
        assert_eq!(got, want, "{q}");
        let hit_pages: std::collections::HashSet<&str> = got
            .iter()
            .filter_map(|h| {
                let entry: usize = h.split(':').next()?.parse().ok()?;
                Some(&*lean.entries[entry].source)
            })
            .collect();
        assert!(
            hit_pages.len() > 20,
            "{q}: hits on {} pages",
            hit_pages.len()
        );
        assert_eq!(reads, 0, "{q}: pages read back");
    }
}

/// Loads `root` with a cache in `cache` as the reader does with its search worker beside it: the
/// load hands the worker each page's text while in hand, and the worker hears of the pages as
/// the reader takes them. Returns the reader, the worker (the load not yet told done) and the
/// pages the worker read back so far.
fn open_with_worker(
    root: &Path,
    cache: &Path,
) -> (App, dubao::tui::search_worker::Searcher, Arc<AtomicUsize>) {
    let loader = Loader::new(&CacheMode::Dir(cache.to_path_buf()), LoadOptions::default())
        .with_cached_facts();
    let texts = PageTexts::new(loader.sibling(), 2);
    let reads = texts.reads();
    let mut searcher = dubao::tui::search_worker::Searcher::spawn(None, Some(texts));
    let (tx, rx) = crossbeam_channel::unbounded();
    let sink = Some(searcher.text_sink());
    dubao::tui::stream::spawn(
        loader,
        vec![root.to_path_buf()],
        tx,
        sink,
        dubao::tui::i18n::Lang::En,
    )
    .expect("spawn");
    let mut app = App::new(Default::default(), Vec::new(), Settings::default());
    app = app.with_texts(PageTexts::new(texts_loader(cache), 2));
    app.update(Action::Resize(120, 40));
    // Until the load's thread ends: after `LoadDone` it still writes the archive's summary,
    // which the next open reads.
    for action in rx {
        app.update(action);
        searcher.feed(&app);
    }
    (app, searcher, reads)
}

/// The text of pages left in the cache reaches the search worker from the load itself: it
/// indexes and scans them from memory instead of reading every page back (before, a search
/// right after a cold open read back each page the index did not hold yet: 312 reads of the
/// 104 pages in this test, against none now: those the index holds are counted by it, the
/// others scanned from the text held), and answers what a reader holding all text answers,
/// before and after the index holds every page.
#[test]
fn pages_searched_as_they_load_are_not_read_back() {
    let root = big_archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let kept = open(root.path(), None);
    let (lean, searcher, reads) = open_with_worker(root.path(), cache.path());
    assert_eq!(lean.entries.len(), kept.entries.len());
    assert!(lean.pages > 50, "{}", lean.pages);
    for (gen, q) in [(1, "经开区"), (2, "项目")] {
        let (want, _) = indexed_answer(&kept, None, q);
        assert!(!want.is_empty(), "{q}");
        assert_eq!(answer(&searcher, &lean, gen, q, 60), want, "{q}");
    }
    assert_eq!(reads.load(Ordering::Relaxed), 0, "pages read back");
    // Every page indexed and committed: the same answers.
    searcher.load_done();
    wait_indexed(&searcher, lean.pages);
    for (gen, q) in [(3, "经开区"), (4, "项目")] {
        let (want, _) = indexed_answer(&kept, None, q);
        assert_eq!(answer(&searcher, &lean, gen, q, 60), want, "{q}");
    }
}
