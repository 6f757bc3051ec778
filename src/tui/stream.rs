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
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::app::Action;
use super::packed::PackedFacts;
use super::text::{can_read_back, leave_text};
use crate::error::LoadError;
use crate::ingest::edition::{self, PageKey};
use crate::ingest::{self, Loaded, Source};
use crate::loader::{newest_first_at, probe, Loader, FIRST_CHUNK};
use crate::model::Page;
use crate::text::sanitize::for_terminal;

/// Later batches go out at least this often, so the list fills in steadily without flooding
/// the UI thread with one action per page.
const BATCH_INTERVAL: Duration = Duration::from_millis(100);

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
    if paths.is_empty() {
        let mut out = Batches::new(paths, 1, Vec::new());
        let sent = out.load(loader, vec![(0, ingest::sample_source())], tx);
        if sent.is_ok() {
            out.finish(loader, tx);
        }
        return;
    }
    let (early, (sources, failures)) = walk_beside_probe(loader, paths);
    let mut out = Batches::new(paths, sources.len(), failures);
    out.on_demand = loader.cache().is_some();
    let (first, rest) = split_early(early, sources);
    if out.send_early(first, tx).is_err() {
        return;
    }
    if out.load(loader, newest_first_at(rest), tx).is_ok() {
        out.finish(loader, tx);
    }
}

/// A page the probe loaded before the walk was done.
type Early = (PathBuf, Result<Loaded, LoadError>);

/// A probed file's load result, with the file's position in path order.
type Placed = (usize, PathBuf, Result<Loaded, LoadError>);

/// Walks `paths` on a thread of its own while the newest pages a [`probe`] finds load (one
/// folder given; otherwise nothing is probed): on a big archive the walk, which stats every
/// file to drop duplicates, costs more than the first pages.
fn walk_beside_probe(
    loader: &Loader,
    paths: &[PathBuf],
) -> (Vec<Early>, (Vec<Source>, Vec<LoadError>)) {
    let owned = paths.to_vec();
    let walker = std::thread::Builder::new()
        .name("dubao-walk".to_owned())
        .spawn(move || ingest::expand_paths(&owned));
    let mut early = Vec::new();
    if let ([root], Ok(_)) = (paths, &walker) {
        if root.is_dir() {
            let found = probe(root, FIRST_CHUNK);
            let sources: Vec<Source> = found.iter().cloned().map(Source::File).collect();
            let mut results = Vec::with_capacity(found.len());
            let _ = loader.for_each(&sources, None, |r| -> Result<(), ()> {
                results.push(r);
                Ok(())
            });
            early = found.into_iter().zip(results).collect();
        }
    }
    let walked = walker
        .ok()
        .and_then(|w| w.join().ok())
        .unwrap_or_else(|| ingest::expand_paths(paths));
    (early, walked)
}

/// The probed pages the walk lists under the same path, each with its position in path order,
/// and the walk's other sources with theirs. A probed file the walk dropped (a duplicate of
/// an earlier path) or names otherwise (through a link) is left out: the walk decides.
fn split_early(early: Vec<Early>, sources: Vec<Source>) -> (Vec<Placed>, Vec<(usize, Source)>) {
    let mut probed: HashMap<PathBuf, Result<Loaded, LoadError>> = early.into_iter().collect();
    let mut first = Vec::new();
    let mut rest = Vec::with_capacity(sources.len());
    for (i, s) in sources.into_iter().enumerate() {
        let hit = match &s {
            Source::File(p) => probed.remove(p).map(|r| (p.clone(), r)),
            _ => None,
        };
        match hit {
            Some((p, r)) => first.push((i, p, r)),
            None => rest.push((i, s)),
        }
    }
    (first, rest)
}

/// Pages on their way to the reader: given their ids and sent in batches, with the progress
/// and the failures met.
struct Batches<'a> {
    roots: &'a [PathBuf],
    ids: Ids,
    batch: Vec<(usize, Page)>,
    /// Per page of `batch`: its text can be read back from the cache (see [`Self::push`]).
    readable: Vec<bool>,
    /// Pages' text is left in the cache when it can be read back (a cache is in use).
    on_demand: bool,
    failures: Vec<LoadError>,
    done: usize,
    total: usize,
    sent_once: bool,
    last: Instant,
}

impl<'a> Batches<'a> {
    fn new(roots: &'a [PathBuf], total: usize, failures: Vec<LoadError>) -> Self {
        Batches {
            roots,
            ids: Ids::default(),
            batch: Vec::new(),
            readable: Vec::new(),
            on_demand: false,
            failures,
            done: 0,
            total,
            sent_once: false,
            last: Instant::now(),
        }
    }

    /// One source's result, for the file at position `order` in path order (`file`: the
    /// file it was read from, if one).
    fn push(&mut self, order: usize, file: Option<&Path>, result: Result<Loaded, LoadError>) {
        self.done += 1;
        match result {
            Ok(Loaded { page, notice }) => {
                // A page with damaged bytes is not cached (its notice shows on every open).
                let readable = file.is_some_and(|f| can_read_back(f, &page, notice.is_none()));
                self.readable.push(self.on_demand && readable);
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
        let readable = std::mem::take(&mut self.readable);
        let renamed = self.ids.add(&mut pages, self.roots);
        let facts = pages
            .par_iter_mut()
            .zip(&readable)
            .map(|((_, p), &r)| pack_facts(p, r))
            .collect();
        let versions = if readable.iter().any(|&r| r) {
            pages
                .par_iter_mut()
                .zip(readable)
                .map(|((_, p), r)| r.then(|| leave_in_cache(p)))
                .collect()
        } else {
            Vec::new()
        };
        tx.send(Action::PagesLoaded {
            pages,
            facts,
            versions,
            renamed,
            done: self.done,
            total: self.total,
        })
        .map_err(|_| Gone)
    }

    /// Sends the pages loaded before the walk was done as the first batch (none: nothing sent).
    fn send_early(&mut self, first: Vec<Placed>, tx: &Sender<Action>) -> Result<(), Gone> {
        if first.is_empty() {
            return Ok(());
        }
        for (order, path, r) in first {
            self.push(order, Some(&path), r);
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
        let mut k = 0usize;
        loader.for_each(&sources, None, |r| {
            let order = orders.get(k).copied().unwrap_or(k);
            let file = match sources.get(k) {
                Some(Source::File(p)) => Some(p.as_path()),
                _ => None,
            };
            k += 1;
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

    /// Reports the end of the load with every failure and the loader's notices.
    fn finish(self, loader: &Loader, tx: &Sender<Action>) {
        let mut messages: Vec<String> = self.failures.iter().map(ToString::to_string).collect();
        messages.extend(loader.notices());
        let messages = messages.iter().map(|m| for_terminal(m)).collect();
        let _ = tx.send(Action::LoadDone { failures: messages });
    }
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

/// Leaves the page's text in the cache (see [`crate::tui::text`]): returns the version of the
/// text, which the search worker and the reader compare with the text they read back.
fn leave_in_cache(page: &mut Page) -> u64 {
    let refs: Vec<&crate::model::Article> = page.articles.iter().collect();
    let version = crate::index::page_version(&refs);
    leave_text(page);
    version
}

/// The event loop is gone: loading stops.
#[derive(Debug)]
struct Gone;

#[cfg(test)]
mod tests {
    use super::*;

    fn page(source: &str, paper: Option<&str>, date: &str, n: u32) -> (usize, Page) {
        let article = crate::model::Article {
            id: String::new(),
            title: vec![],
            dateline: None,
            reporters: vec![],
            reporter_roles: Vec::new(),
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

    /// A page as the reader lists it: position in path order, source, article ids.
    type Listed = (usize, String, Vec<String>);

    /// What a run sends, as the reader ends up with it: each page's position in path order,
    /// source and article ids (renames applied), sorted by position; and the failures.
    fn final_list(paths: &[PathBuf]) -> (Vec<Listed>, Vec<String>) {
        let cache = tempfile::tempdir().expect("tempdir");
        let mode = crate::loader::CacheMode::Dir(cache.path().to_path_buf());
        let loader = Loader::new(&mode, crate::ingest::LoadOptions::default());
        let (tx, rx) = crossbeam_channel::unbounded();
        run(&loader, paths, &tx);
        drop(tx);
        let mut arrived: Vec<(usize, Page)> = Vec::new();
        let mut failures = Vec::new();
        for action in rx {
            match action {
                Action::PagesLoaded { pages, renamed, .. } => {
                    for (i, base) in renamed {
                        for (k, a) in arrived[i].1.articles.iter_mut().enumerate() {
                            a.id = edition::article_id(&base, k);
                        }
                    }
                    arrived.extend(pages);
                }
                Action::LoadDone { failures: f } => failures = f,
                _ => {}
            }
        }
        let mut list: Vec<Listed> = arrived
            .into_iter()
            .map(|(order, p)| {
                let ids = p.articles.into_iter().map(|a| a.id).collect();
                (order, p.source, ids)
            })
            .collect();
        list.sort();
        (list, failures)
    }

    /// What the whole-corpus load gives for `paths`, in the same form.
    fn walked_list(paths: &[PathBuf]) -> Vec<Listed> {
        let loader = Loader::new(
            &crate::loader::CacheMode::Off,
            crate::ingest::LoadOptions::default(),
        );
        let (corpus, _) = loader.load_paths(paths, None);
        corpus
            .pages
            .into_iter()
            .enumerate()
            .map(|(i, p)| (i, p.source, p.articles.into_iter().map(|a| a.id).collect()))
            .collect()
    }

    fn archive(days: usize, pages: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for d in 1..=days {
            for n in 1..=pages {
                let p = dir.path().join(format!("2025/01/{d:02}/{n:02}.txt"));
                std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
                std::fs::write(&p, ingest::SAMPLE).expect("write");
            }
        }
        dir
    }

    /// The first pages load beside the walk; the reader ends with the walk's list, positions
    /// and ids, exactly as a load of the whole corpus gives them.
    #[test]
    fn a_run_ends_with_the_walks_list_and_ids() {
        let dir = archive(3, 8);
        let paths = vec![dir.path().to_path_buf()];
        let (list, failures) = final_list(&paths);
        assert!(failures.is_empty(), "{failures:?}");
        assert_eq!(list.len(), 24);
        assert_eq!(list, walked_list(&paths));
    }

    /// A probed page the walk drops as a duplicate (a hard link to an earlier path) or lists
    /// under another path (its folder reached through a link first) is not kept.
    #[cfg(unix)]
    #[test]
    fn probed_duplicates_are_dropped_as_the_walk_drops_them() {
        let dir = archive(2, 3);
        let root = dir.path();
        // The newest page is a second name of the oldest.
        std::fs::create_dir_all(root.join("2025/01/09")).expect("mkdir");
        std::fs::hard_link(
            root.join("2025/01/01/01.txt"),
            root.join("2025/01/09/01.txt"),
        )
        .expect("link");
        // `a/b` leads to `z` and comes first in path order: z's pages are listed as a/b/….
        std::fs::create_dir_all(root.join("a")).expect("mkdir");
        std::fs::create_dir_all(root.join("z/2026/01/01")).expect("mkdir");
        std::fs::write(root.join("z/2026/01/01/01.txt"), ingest::SAMPLE).expect("write");
        std::os::unix::fs::symlink(root.join("z"), root.join("a/b")).expect("link");
        let paths = vec![root.to_path_buf()];
        let (list, _) = final_list(&paths);
        let names: Vec<&str> = list.iter().map(|(_, s, _)| s.as_str()).collect();
        assert!(names.iter().any(|s| s.ends_with("a/b/2026/01/01/01.txt")));
        assert!(!names.iter().any(|s| s.contains("/z/")));
        assert!(!names.iter().any(|s| s.ends_with("2025/01/09/01.txt")));
        assert_eq!(list, walked_list(&paths));
    }
}
