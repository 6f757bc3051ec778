//! Loading pages behind the reader: a background thread walks the paths, orders the files
//! newest edition first (by the dates in their paths; undated ones after, in path order), loads
//! them on all cores through the [`Loader`] and sends them to the event loop in batches as
//! [`Action::PagesLoaded`], then [`Action::LoadDone`] with the failures. The first batch is the
//! loader's small first chunk, so the first screen waits only for a few pages.
//!
//! Ids: a page's id base (see [`edition::id_bases`]) depends on the other pages with its date
//! and page number. The thread keeps every loaded page's [`PageKey`] (not its text), recomputes
//! the bases after each batch and sends the pages whose base changed (a second paper's page of
//! the same date and number arrived) as renames: at every moment the ids equal what
//! [`edition::assign_ids`] gives for the pages loaded so far, and at the end the ids of a full
//! load. The reader keeps its selection by entry index, so renames never move it.

use crossbeam_channel::Sender;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::app::Action;
use crate::ingest::edition::{self, PageKey};
use crate::ingest::{self, Loaded, Source};
use crate::loader::Loader;
use crate::model::Page;
use crate::text::sanitize::for_terminal;

/// Later batches go out at least this often, so the list fills in steadily without flooding
/// the UI thread with one action per page.
const BATCH_INTERVAL: Duration = Duration::from_millis(100);

/// Sources in the order the reader loads them: newest path date first, undated last, path
/// order otherwise. Returns each source with its position in path order.
pub fn newest_first(sources: Vec<Source>) -> Vec<(usize, Source)> {
    let mut keyed: Vec<(Option<String>, usize, Source)> = sources
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let date = match &s {
                Source::File(p) => edition::from_path(&p.to_string_lossy()).date,
                _ => None,
            };
            (date, i, s)
        })
        .collect();
    keyed.sort_by(|a, b| match (&a.0, &b.0) {
        (Some(x), Some(y)) => y.cmp(x).then(a.1.cmp(&b.1)),
        (x, y) => x.is_none().cmp(&y.is_none()).then(a.1.cmp(&b.1)),
    });
    keyed.into_iter().map(|(_, i, s)| (i, s)).collect()
}

/// A page's [`PageKey`], owned: source, paper, date, page number.
type OwnedKey = (String, Option<String>, Option<String>, Option<u32>);

/// What the thread knows of each loaded page to give ids.
#[derive(Default)]
struct Ids {
    keys: Vec<OwnedKey>,
    bases: Vec<String>,
}

impl Ids {
    /// Adds `pages`, gives them their ids and returns the earlier pages whose base changed.
    fn add(&mut self, pages: &mut [(usize, Page)], roots: &[PathBuf]) -> Vec<(usize, String)> {
        self.keys.extend(
            pages
                .iter()
                .map(|(_, p)| (p.source.clone(), p.paper.clone(), p.date.clone(), p.page_no)),
        );
        let keys: Vec<PageKey<'_>> = self
            .keys
            .iter()
            .map(|(s, paper, date, n)| PageKey {
                source: s,
                paper: paper.as_deref(),
                date: date.as_deref(),
                page_no: *n,
            })
            .collect();
        let bases = edition::id_bases(&keys, roots);
        let old = self.bases.len();
        let renamed = (0..old)
            .filter(|&i| bases[i] != self.bases[i])
            .map(|i| (i, bases[i].clone()))
            .collect();
        for ((_, page), base) in pages.iter_mut().zip(&bases[old..]) {
            for (k, a) in page.articles.iter_mut().enumerate() {
                a.id = edition::article_id(base, k);
            }
        }
        self.bases = bases;
        renamed
    }
}

/// Starts loading `paths` (the embedded sample when none) on a background thread that reports
/// to `tx`. The thread stops when the event loop is gone.
pub fn spawn(loader: Loader, paths: Vec<PathBuf>, tx: Sender<Action>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("dubao-load".to_owned())
        .spawn(move || run(&loader, &paths, &tx))
        .map(|_| ())
}

fn run(loader: &Loader, paths: &[PathBuf], tx: &Sender<Action>) {
    let (sources, mut failures) = if paths.is_empty() {
        (vec![ingest::sample_source()], Vec::new())
    } else {
        ingest::expand_paths(paths)
    };
    let ordered = newest_first(sources);
    let total = ordered.len();
    let (orders, sources): (Vec<usize>, Vec<Source>) = ordered.into_iter().unzip();
    let mut ids = Ids::default();
    let mut batch: Vec<(usize, Page)> = Vec::new();
    let mut done = 0usize;
    let mut sent_once = false;
    let mut last = Instant::now();
    let sent = loader.for_each(&sources, None, |r| {
        let order = orders.get(done).copied().unwrap_or(done);
        done += 1;
        match r {
            Ok(Loaded { page, notice }) => {
                batch.push((order, page));
                failures.extend(notice);
            }
            Err(e) => failures.push(e),
        }
        // The first batch as soon as the loader's first chunk is in; then by time.
        let due = if sent_once {
            last.elapsed() >= BATCH_INTERVAL
        } else {
            done >= crate::loader::FIRST_CHUNK
        };
        if due || done == total {
            sent_once = true;
            last = Instant::now();
            let mut pages = std::mem::take(&mut batch);
            let renamed = ids.add(&mut pages, paths);
            tx.send(Action::PagesLoaded {
                pages,
                renamed,
                done,
                total,
            })
        } else {
            Ok(())
        }
    });
    if sent.is_err() {
        return;
    }
    if !batch.is_empty() {
        let renamed = ids.add(&mut batch, paths);
        let _ = tx.send(Action::PagesLoaded {
            pages: batch,
            renamed,
            done,
            total,
        });
    }
    let mut messages: Vec<String> = failures.iter().map(ToString::to_string).collect();
    messages.extend(loader.notices());
    let messages = messages.iter().map(|m| for_terminal(m)).collect();
    let _ = tx.send(Action::LoadDone { failures: messages });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(p: &str) -> Source {
        Source::File(PathBuf::from(p))
    }

    fn names(v: &[(usize, Source)]) -> Vec<String> {
        v.iter().map(|(_, s)| s.name()).collect()
    }

    #[test]
    fn dated_paths_come_newest_first_and_undated_last_in_path_order() {
        let v = newest_first(vec![
            file("a/notes.txt"),
            file("2025/12/01/01.txt"),
            file("2025/12/01/02.txt"),
            file("b/other.txt"),
            file("2025/12/24/01.txt"),
        ]);
        assert_eq!(
            names(&v),
            [
                "2025/12/24/01.txt",
                "2025/12/01/01.txt",
                "2025/12/01/02.txt",
                "a/notes.txt",
                "b/other.txt"
            ]
        );
        assert_eq!(
            v.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            [4, 1, 2, 0, 3]
        );
    }

    fn page(source: &str, paper: Option<&str>, date: &str, n: u32) -> (usize, Page) {
        let article = crate::model::Article {
            id: String::new(),
            title: vec![],
            dateline: None,
            reporters: vec![],
            date: None,
            zone: None,
            zones: vec![],
            kind: crate::model::ArticleKind::News,
            paragraphs: vec![],
            byline: vec![],
            captions: vec![],
            facts: vec![],
        };
        let p = Page {
            source: source.to_owned(),
            paper: paper.map(str::to_owned),
            date: Some(date.to_owned()),
            page_no: Some(n),
            year: None,
            section: None,
            articles: vec![article],
        };
        (0, p)
    }

    #[test]
    fn a_second_paper_on_the_same_edition_renames_the_first_page() {
        let roots: Vec<PathBuf> = Vec::new();
        let mut ids = Ids::default();
        let mut first = vec![page("a.txt", Some("甲报"), "2025-12-24", 3)];
        assert!(ids.add(&mut first, &roots).is_empty());
        assert_eq!(first[0].1.articles[0].id, "2025-12-24/03/1");
        let mut second = vec![page("b.txt", Some("乙报"), "2025-12-24", 3)];
        let renamed = ids.add(&mut second, &roots);
        assert_eq!(renamed, [(0, "甲报/2025-12-24/03/".to_owned())]);
        assert_eq!(second[0].1.articles[0].id, "乙报/2025-12-24/03/1");
    }
}
