//! The reader's search off the UI thread: a worker takes the newest query (older ones still
//! queued are skipped, a running scan stops when a newer one arrives), narrows the articles
//! with the index once it is built (a plain scan until then) and sends the hits back as an
//! [`Action::SearchDone`] tagged with the query's generation, so stale answers are dropped.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, OnceLock};

use super::app::{Action, App, Hit, SearchRequest};
use super::doc::{self, Seg};
use crate::index::scan::matches;
use crate::index::SearchIndex;
use crate::model::Article;
use crate::text::fold::search_form;

/// Hits of `q` in the articles `order` lists, in that order; `None` once `live` says the search
/// was superseded (checked between articles).
pub fn find_hits<'a>(
    article: impl Fn(usize) -> Option<&'a Article>,
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
        let segs = (0..a.title.len())
            .map(Seg::Title)
            .chain((0..a.paragraphs.len()).map(Seg::Para))
            .chain((0..a.captions.len()).map(Seg::Caption))
            .chain(std::iter::once(Seg::Byline));
        for seg in segs {
            let Some(text) = doc::seg_text(a, seg) else {
                continue;
            };
            for k in matches(&search_form(&text), &needle) {
                hits.push(Hit {
                    entry: i,
                    seg,
                    start: k,
                    end: k + needle.len(),
                });
            }
        }
    }
    Some(hits)
}

/// The UI thread's end of the worker.
pub struct Searcher {
    requests: mpsc::Sender<SearchRequest>,
    /// The newest generation asked for: a running search stops when it moves on.
    latest: Arc<AtomicU64>,
    pub results: mpsc::Receiver<Action>,
}

impl Searcher {
    /// Starts the worker and, beside it, the index build over a copy of the articles.
    pub fn spawn(app: &App) -> Searcher {
        let articles: Arc<Vec<Article>> =
            Arc::new(app.entries.iter().map(|e| e.article.clone()).collect());
        let index: Arc<OnceLock<SearchIndex>> = Arc::new(OnceLock::new());
        {
            let (articles, index) = (Arc::clone(&articles), Arc::clone(&index));
            // Without the index the worker keeps scanning: slower, same answers.
            let _ = std::thread::Builder::new()
                .name("dubao-index".to_owned())
                .spawn(move || {
                    let keyed = articles.iter().enumerate().map(|(k, a)| (k as u64, a));
                    if let Ok(built) = SearchIndex::build(keyed) {
                        let _ = index.set(built);
                    }
                });
        }
        let (req_tx, req_rx) = mpsc::channel::<SearchRequest>();
        let (res_tx, res_rx) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let live = Arc::clone(&latest);
        let _ = std::thread::Builder::new()
            .name("dubao-search".to_owned())
            .spawn(move || {
                while let Ok(mut req) = req_rx.recv() {
                    while let Ok(newer) = req_rx.try_recv() {
                        req = newer;
                    }
                    let order = candidates(index.get(), &req);
                    let current = || live.load(Ordering::Relaxed) == req.gen;
                    let Some(hits) = find_hits(|i| articles.get(i), &order, &req.query, current)
                    else {
                        continue;
                    };
                    let done = Action::SearchDone { gen: req.gen, hits };
                    if res_tx.send(done).is_err() {
                        return;
                    }
                }
            });
        Searcher {
            requests: req_tx,
            latest,
            results: res_rx,
        }
    }

    /// Hands a search to the worker, superseding any older one.
    pub fn send(&self, req: SearchRequest) {
        self.latest.store(req.gen, Ordering::Relaxed);
        let _ = self.requests.send(req);
    }
}

/// The listed articles that may hold the query: those the index names, in list order, or all
/// of them while there is no index (or it failed to answer).
fn candidates(index: Option<&SearchIndex>, req: &SearchRequest) -> Vec<usize> {
    let Some(keys) = index.and_then(|i| i.keys(&req.query).ok()) else {
        return req.order.clone();
    };
    req.order
        .iter()
        .copied()
        .filter(|&i| keys.binary_search(&(i as u64)).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Page};
    use crate::tui::app::Settings;
    use std::time::Duration;

    fn app() -> App {
        let article = |t: &str, p: &str| Article {
            id: String::new(),
            title: vec![t.to_owned()],
            dateline: None,
            reporters: vec![],
            date: None,
            zone: None,
            zones: Vec::new(),
            kind: crate::model::ArticleKind::News,
            paragraphs: vec![p.to_owned()],
            byline: vec![],
            captions: vec![],
            facts: vec![],
        };
        let page = Page {
            articles: vec![
                article("经开区", "投资亿元"),
                article("運城", "經開區建设"),
                article("其他", "无关"),
            ],
            source: "a.txt".into(),
            year: None,
            paper: None,
            date: None,
            page_no: None,
            section: None,
        };
        let corpus = Corpus { pages: vec![page] };
        App::new(corpus, Vec::new(), Settings::default())
    }

    #[test]
    fn a_superseded_search_stops() {
        let a = app();
        let got = find_hits(
            |i| a.entries.get(i).map(|e| &e.article),
            &[0, 1],
            "经",
            || false,
        );
        assert!(got.is_none());
    }

    #[test]
    fn the_worker_answers_what_the_scan_answers() {
        let a = app();
        let searcher = Searcher::spawn(&a);
        // Before and (most likely) after the index is built: same hits either way.
        for gen in 1..=3 {
            let req = SearchRequest {
                gen,
                query: "经开".to_owned(),
                order: a.visible.clone(),
            };
            let want = find_hits(
                |i| a.entries.get(i).map(|e| &e.article),
                &req.order,
                &req.query,
                || true,
            );
            searcher.send(req);
            let got = searcher
                .results
                .recv_timeout(Duration::from_secs(30))
                .expect("worker answers");
            let Action::SearchDone { gen: g, hits } = got else {
                panic!("unexpected {got:?}");
            };
            assert_eq!(g, gen);
            assert_eq!(Some(hits.clone()), want);
            assert_eq!(hits.len(), 2);
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}
