//! The search worker: its answers against the scan's, cancelled and extended searches, the
//! index kept between runs.

use super::*;
use crate::model::{Corpus, Page};
use crate::tui::app::Settings;

fn app() -> App {
    let article = |t: &str, p: &str| Article {
        title: vec![t.to_owned()],
        paragraphs: vec![p.to_owned()],
        ..Default::default()
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
    let got = find_counts(
        |i| a.entries.get(i).map(|e| &*e.article),
        &[0, 1],
        "经",
        || false,
    );
    assert!(got.is_none());
}

/// Every chunk of one answer, until `done`, by entry.
fn answer(s: &Searcher, gen: u64) -> Vec<(usize, u32)> {
    let mut all = Vec::new();
    loop {
        let got = s
            .results
            .recv_timeout(Duration::from_secs(30))
            .expect("worker answers");
        match got {
            Action::SearchCounts {
                gen: g,
                counts,
                done,
            } if g == gen => {
                all.extend(counts);
                if done {
                    all.sort_unstable();
                    return all;
                }
            }
            Action::IndexNotice(_) | Action::IndexProgress { .. } => {}
            other => panic!("unexpected {other:?}"),
        }
    }
}

/// A reader over `n` pages `p0.txt`, `p1.txt`, …, page `k` holding `article(k)` alone.
fn one_article_pages(n: usize, article: impl Fn(usize) -> Article) -> App {
    let corpus = Corpus {
        pages: (0..n)
            .map(|k| Page {
                articles: vec![article(k)],
                source: format!("p{k}.txt"),
                ..Page::default()
            })
            .collect(),
    };
    App::new(corpus, Vec::new(), Settings::default())
}

/// What the scan counts in the articles of `order`, by entry.
fn scanned(a: &App, order: &[usize], q: &str) -> Vec<(usize, u32)> {
    let mut want =
        find_counts(|i| a.entries.get(i).map(|e| &*e.article), order, q, || true).expect("scan");
    want.sort_unstable();
    want
}

/// Pages in the tests of many pages.
const PAGES: usize = 300;

/// A search through the index counts what the scan counts, for the articles asked about only
/// and each once.
#[test]
fn the_index_counts_what_the_scan_counts() {
    let article = |k: usize| Article {
        title: vec![format!("第{k}篇")],
        paragraphs: vec![if k.is_multiple_of(7) {
            "经开区".into()
        } else {
            "无关".into()
        }],
        ..Article::default()
    };
    let a = one_article_pages(PAGES, article);
    let mut searcher = Searcher::spawn(None, None);
    searcher.feed(&a);
    searcher.load_done();
    assert_eq!(settled_at(&searcher, (PAGES, PAGES)), Some((PAGES, PAGES)));
    // Every other article of the list, in reverse.
    let order: Vec<usize> = a.visible.iter().rev().step_by(2).copied().collect();
    let want = scanned(&a, &order, "经开");
    searcher.send(SearchRequest {
        gen: 1,
        query: "经开".to_owned(),
        order,
    });
    let got = answer(&searcher, 1);
    assert!(!want.is_empty() && want.len() < PAGES.div_ceil(7));
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
        let want = scanned(&a, &req.order, &req.query);
        searcher.send(req);
        let got = answer(&searcher, gen);
        assert_eq!(got, want);
        assert_eq!(got, vec![(0, 1), (1, 1)]);
    }
}

/// The worker reads the reader's own articles (no second copy of the text), and facts
/// arriving later sit beside the shared article instead of copying it.
#[test]
fn the_worker_shares_the_readers_articles() {
    let mut a = app();
    let article = a.entries[0].article.arc();
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
    assert!(Arc::ptr_eq(&article, &a.entries[0].article.arc()));
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

/// A directory holding the index a first reader kept of [`app`]'s two pages, that reader gone.
fn kept_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut first = Searcher::spawn(Some(dir.path().to_path_buf()), None);
    first.feed(&app());
    first.load_done();
    assert_eq!(settled_at(&first, (2, 2)), Some((2, 2)));
    drop(first);
    std::thread::sleep(Duration::from_millis(300));
    dir
}

/// A warm open fed page by page while the load runs finds every page in the kept index:
/// the index is not opened while pages load (opening reads all of it), nor are the documents
/// of files not loaded yet looked at as deleted ones (these pages are on no disk); once the
/// load ends, every page is found in it at once, none queued to be indexed again.
#[test]
fn a_kept_index_survives_a_load_in_parts() {
    let dir = kept_index();
    // The second open: the first page, then (after the worker has settled) the second.
    let mut partial = app();
    let second_page = partial.entries.split_off(2);
    let mut again = Searcher::spawn(Some(dir.path().to_path_buf()), None);
    again.begin(&partial, true);
    let quiet = again.results.recv_timeout(Duration::from_millis(500));
    assert!(
        quiet.is_err(),
        "the index stays closed while pages load: {quiet:?}"
    );
    partial.entries.extend(second_page);
    again.feed(&partial);
    again.load_done();
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

/// A search typed while pages load opens the kept index and is answered through it.
#[test]
fn a_search_while_loading_opens_the_kept_index() {
    let dir = kept_index();
    let a = app();
    let mut again = Searcher::spawn(Some(dir.path().to_path_buf()), None);
    again.begin(&a, true);
    again.send(SearchRequest {
        gen: 1,
        query: "开发区".to_owned(),
        order: (0..a.entries.len()).collect(),
    });
    let progress = loop {
        match again.results.recv_timeout(Duration::from_secs(10)) {
            Ok(Action::IndexProgress { done, total }) => break (done, total),
            Ok(_) => {}
            Err(e) => panic!("no progress: {e}"),
        }
    };
    assert_eq!(
        progress,
        (2, 2),
        "the pages were found in the index it opened"
    );
}

/// Pages wait for the end of the load to be indexed (the list comes first): while pages load
/// the index stays empty and searches are answered by scanning; once the load is done every
/// page goes in.
#[test]
fn pages_are_indexed_once_the_load_is_done() {
    let a = app();
    let mut searcher = Searcher::spawn(None, None);
    searcher.begin(&a, true);
    // Reported when the pages arrive: none indexed, and none later while the load runs, not
    // even once a commit would have been due.
    assert_eq!(settled_at(&searcher, (0, 2)), Some((0, 2)));
    std::thread::sleep(COMMIT_AFTER + Duration::from_millis(500));
    let mut last = None;
    while let Ok(a) = searcher.results.try_recv() {
        if let Action::IndexProgress { done, total } = a {
            last = Some((done, total));
        }
    }
    assert_eq!(last, None, "nothing indexed while the load runs");
    let req = SearchRequest {
        gen: 1,
        query: "经开".to_owned(),
        order: a.visible.clone(),
    };
    searcher.send(req);
    assert_eq!(answer(&searcher, 1), vec![(0, 1), (1, 1)]);
    searcher.load_done();
    assert_eq!(settled_at(&searcher, (2, 2)), Some((2, 2)));
}

/// Each keystroke of a query answers what the scan answers, though it skips the articles
/// the keystroke before found nothing in; a query that does not hold the last one (a
/// different word, a deleted char) scans everything again.
#[test]
fn keystrokes_answer_what_the_scan_answers() {
    let article = |k: usize| Article {
        title: vec![format!("第{k}篇")],
        paragraphs: vec![match k % 5 {
            0 => "经开区".into(),
            1 => "經開".into(),
            2 => "经济".into(),
            3 => "开区经".into(),
            _ => "无关".into(),
        }],
        ..Article::default()
    };
    let a = one_article_pages(PAGES, article);
    // Not told the load is done: nothing is indexed, every article is scanned.
    let mut searcher = Searcher::spawn(None, None);
    searcher.feed(&a);
    for (gen, q) in [
        (1, "经"),
        (2, "经开"),
        (3, "经开区"),
        (4, "开区"),
        (5, "济"),
        (6, "经开"),
    ] {
        let want = scanned(&a, &a.visible, q);
        searcher.send(SearchRequest {
            gen,
            query: q.to_owned(),
            order: a.visible.clone(),
        });
        assert_eq!(answer(&searcher, gen), want, "{q}");
    }
}

/// A finished answer rules out, for a query holding its needle, only the articles it looked
/// at and found nothing in.
#[test]
fn an_answer_rules_out_only_what_it_looked_at_and_missed() {
    let answered = Answered {
        needle: search_form("经开"),
        looked: vec![true, true, false],
        hit: vec![true, false, false],
    };
    let longer = search_form("经开区");
    assert!(!answered.rules_out(&longer, 0), "a hit");
    assert!(answered.rules_out(&longer, 1), "looked at, missed");
    assert!(!answered.rules_out(&longer, 2), "not looked at");
    assert!(!answered.rules_out(&longer, 3), "arrived since");
    assert!(!answered.rules_out(&search_form("经"), 1), "shorter");
    assert!(
        !answered.rules_out(&search_form("开区"), 1),
        "another query"
    );
    assert!(answered.rules_out(&search_form("經開"), 1), "folded alike");
}
