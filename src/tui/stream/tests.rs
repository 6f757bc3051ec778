//! The reader's load thread: lists and ids as a whole-corpus load gives them, cold and warm.

use std::path::Path;

use super::early::UNPLACED;
use super::*;
use crate::cache::Stamp;
use crate::ingest::edition;
use crate::loader::{Arrival, FIRST_CHUNK};
use crate::model::Page;
use crate::tui::packed::PackedFacts;

/// A page as the reader lists it: position in path order, source, article ids.
type Listed = (usize, String, Vec<String>);

/// What a run sends, as the reader ends up with it: each page's position in path order,
/// source and article ids (renames applied), sorted by position; and the failures.
fn final_list(paths: &[PathBuf]) -> (Vec<Listed>, Vec<String>) {
    let cache = tempfile::tempdir().expect("tempdir");
    let run = final_run(paths, cache.path());
    (run.list, run.failures)
}

/// A page as it reached the reader: its articles' titles, the version of its text and its
/// facts as counted.
type Shown = (Vec<Vec<String>>, Option<u64>, Vec<PackedFacts>);

/// A run of the load thread with the cache in `cache`, as the reader ends up with it.
struct Run {
    list: Vec<Listed>,
    failures: Vec<String>,
    /// Each page by source.
    shown: std::collections::BTreeMap<String, Shown>,
    /// Pages that came as heads still encoded (see [`crate::cache::LazyHeads`]), none of them
    /// decoded by the load.
    lazy: usize,
}

fn final_run(paths: &[PathBuf], cache: &Path) -> Run {
    let mode = crate::loader::CacheMode::Dir(cache.to_path_buf());
    let loader = Loader::new(&mode, crate::ingest::LoadOptions::default()).with_cached_facts();
    let (tx, rx) = crossbeam_channel::unbounded();
    run(&loader, paths, &tx, None, Lang::En);
    drop(tx);
    let mut arrived: Vec<(usize, Page)> = Vec::new();
    let mut failures = Vec::new();
    let mut shown = std::collections::BTreeMap::new();
    let mut lazy = 0;
    for action in rx {
        match action {
            Action::PagesLoaded {
                pages,
                renamed,
                facts,
                versions,
                listed,
                ..
            } => {
                // A page listed from the summary brings its articles as heads, read here as
                // the reader reads them.
                let mut pages = pages;
                for ((_, p), heads) in pages.iter_mut().zip(&listed) {
                    if let Some(h) = heads {
                        lazy += usize::from(!h.is_decoded());
                        assert!(
                            p.articles.is_empty(),
                            "a listed page's articles are its heads"
                        );
                        p.articles = h.articles().iter().map(|a| (**a).clone()).collect();
                    }
                }
                for (i, base) in renamed {
                    for (k, a) in arrived[i].1.articles.iter_mut().enumerate() {
                        a.id = edition::article_id(&base, k);
                    }
                }
                for (k, (_, p)) in pages.iter().enumerate() {
                    let titles = p.articles.iter().map(|a| a.title.clone()).collect();
                    let f = facts.get(k).cloned().unwrap_or_default();
                    let v = versions.get(k).copied().flatten();
                    shown.insert(p.source.clone(), (titles, v, f));
                }
                arrived.extend(pages);
            }
            Action::PagesPlaced(places) => {
                for (i, order) in places {
                    arrived[i].0 = order;
                }
            }
            Action::LoadDone { failures: f, .. } => failures = f,
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
    Run {
        list,
        failures,
        shown,
        lazy,
    }
}

/// How the reader's load would take each page of `paths` now: from the summary (`true`) or
/// loaded whole.
fn listed(paths: &[PathBuf], cache: &Path) -> Vec<bool> {
    let mode = crate::loader::CacheMode::Dir(cache.to_path_buf());
    let loader = Loader::new(&mode, crate::ingest::LoadOptions::default()).with_cached_facts();
    let summary = loader.reader_summary(paths);
    let (sources, _) = ingest::expand_paths(paths);
    let mut out = Vec::new();
    let _ = loader.arrive_all(&sources, &[], summary.as_ref(), |_, a| -> Result<(), ()> {
        out.push(matches!(a, Arrival::Listed { .. }));
        Ok(())
    });
    out
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

/// A probed page is shown before the walk is done; when the walk lists its file under
/// another path (a hard link to it came first in path order, or its folder is reached through
/// a link first), it keeps the name it was shown under and takes that path's place: the list
/// has every page of the walk once, in the walk's order.
#[cfg(unix)]
#[test]
fn probed_duplicates_take_the_place_the_walk_gives_their_file() {
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
    let (list, failures) = final_list(&paths);
    assert!(failures.is_empty(), "{failures:?}");
    let walked = walked_list(&paths);
    assert_eq!(list.len(), walked.len(), "{list:?}");
    // In the walk's order, each page under the walk's name or a name of the same file.
    let same = |a: &str, b: &str| {
        let (a, b) = (std::fs::metadata(a), std::fs::metadata(b));
        matches!((a, b), (Ok(a), Ok(b)) if std::os::unix::fs::MetadataExt::ino(&a) == std::os::unix::fs::MetadataExt::ino(&b))
    };
    for ((o, s, _), (wo, ws, _)) in list.iter().zip(&walked) {
        assert_eq!(o, wo);
        assert!(s == ws || same(s, ws), "{s} for {ws}");
    }
    let names: Vec<&str> = list.iter().map(|(_, s, _)| s.as_str()).collect();
    let twice = names.iter().filter(|s| s.ends_with("01/01/01.txt")).count();
    assert_eq!(
        twice,
        walked
            .iter()
            .filter(|(_, s, _)| s.ends_with("01/01/01.txt"))
            .count()
    );
}

/// A cold open keeps the pages it leaves in the cache as a warm open keeps those it lists
/// from the summary: their heads in the bytes of the summary record made of them, undecoded,
/// and the reader lists the same pages, ids and titles from them as from the whole pages.
#[test]
fn a_cold_open_keeps_its_pages_heads_encoded() {
    let dir = archive(2, 5);
    let paths = [dir.path().to_path_buf()];
    let cache = tempfile::tempdir().expect("tempdir");
    let run = final_run(&paths, cache.path());
    assert!(run.failures.is_empty(), "{:?}", run.failures);
    assert_eq!(
        run.lazy,
        run.list.len(),
        "every page kept as its encoded heads"
    );
    assert_eq!(run.list, walked_list(&paths));
    let whole = ingest::load_all(&ingest::expand_paths(&paths).0).0;
    for page in &whole.pages {
        let titles: Vec<Vec<String>> = page.articles.iter().map(|a| a.title.clone()).collect();
        let shown = run.shown.get(&page.source).map(|s| &s.0);
        assert_eq!(shown, Some(&titles), "{}", page.source);
    }
}

/// The first screen does not wait for the walk: the probed pages go out before the walk's
/// places for them, and the first batch has no total yet.
#[test]
fn the_first_pages_go_out_before_the_walk_is_done() {
    let dir = archive(3, 8);
    let cache = tempfile::tempdir().expect("tempdir");
    let mode = crate::loader::CacheMode::Dir(cache.path().to_path_buf());
    let loader = Loader::new(&mode, crate::ingest::LoadOptions::default());
    let (tx, rx) = crossbeam_channel::unbounded();
    run(&loader, &[dir.path().to_path_buf()], &tx, None, Lang::En);
    drop(tx);
    let actions: Vec<Action> = rx.into_iter().collect();
    match actions.first() {
        Some(Action::PagesLoaded { pages, total, .. }) => {
            assert_eq!(*total, 0, "no total before the walk");
            assert_eq!(pages.len(), FIRST_CHUNK);
            assert!(pages.iter().all(|(order, _)| *order >= UNPLACED));
        }
        _ => panic!("the probed pages come first"),
    }
    match actions.get(1) {
        Some(Action::PagesPlaced(places)) => {
            let firsts: Vec<usize> = places.iter().map(|(k, _)| *k).collect();
            assert_eq!(firsts, (0..FIRST_CHUNK).collect::<Vec<_>>());
            assert!(places.iter().all(|(_, o)| *o < 24));
        }
        _ => panic!("then their places"),
    }
}

/// A warm open lists every page from the archive's summary, with the list, ids, titles, text
/// versions and facts of the cold open that wrote it; a touched, an edited and a deleted file
/// are picked up (the edited one with its new text's version), and the next open is all from
/// the summary again.
#[test]
fn a_warm_open_from_the_summary_lists_what_a_cold_one_did() {
    let dir = archive(2, 6);
    let cache = tempfile::tempdir().expect("tempdir");
    let paths = vec![dir.path().to_path_buf()];
    let cold = final_run(&paths, cache.path());
    assert!(cold.failures.is_empty(), "{:?}", cold.failures);
    assert_eq!(cold.list, walked_list(&paths));
    assert!(cold.shown.values().all(|(_, v, _)| v.is_some()));
    assert_eq!(listed(&paths, cache.path()), vec![true; 12]);
    let warm = final_run(&paths, cache.path());
    assert!(warm.failures.is_empty(), "{:?}", warm.failures);
    assert_eq!(warm.list, cold.list);
    assert_eq!(warm.shown, cold.shown);

    let root = dir.path();
    let touched = root.join("2025/01/02/01.txt");
    let edited = root.join("2025/01/02/02.txt");
    std::fs::remove_file(root.join("2025/01/01/03.txt")).expect("rm");
    let bytes = std::fs::read(&touched).expect("read");
    std::fs::write(&touched, &bytes).expect("touch");
    let changed = String::from_utf8_lossy(ingest::SAMPLE).replace("经开区", "高新区");
    std::fs::write(&edited, changed).expect("edit");
    let after = final_run(&paths, cache.path());
    assert_eq!(after.list, walked_list(&paths));
    assert_eq!(after.list.len(), 11);
    let name = |p: &Path| p.display().to_string();
    let version = |r: &Run, p: &Path| r.shown.get(&name(p)).and_then(|s| s.1);
    assert_eq!(version(&after, &touched), version(&cold, &touched));
    assert_ne!(version(&after, &edited), version(&cold, &edited));
    assert!(version(&after, &edited).is_some());
    assert_eq!(listed(&paths, cache.path()), vec![true; 11]);
    assert_eq!(final_run(&paths, cache.path()).shown, after.shown);
}

/// Facts written into a page's cache entry after the summary was (the reader's extractor
/// does) make the next open load that page whole, with its facts counted, and record them.
#[test]
fn facts_stored_after_the_summary_are_picked_up() {
    let dir = archive(1, 3);
    let cache = tempfile::tempdir().expect("tempdir");
    let paths = vec![dir.path().to_path_buf()];
    let cold = final_run(&paths, cache.path());
    assert!(cold.shown.values().all(|(_, _, f)| f.is_empty()));
    // Store one page with facts, as the extractor's write-back does.
    let page_file = dir.path().join("2025/01/01/02.txt");
    let mode = crate::loader::CacheMode::Dir(cache.path().to_path_buf());
    let loader = Loader::new(&mode, crate::ingest::LoadOptions::default());
    let mut page = loader.load_file(&page_file, 1).expect("loads").page;
    let fact = crate::model::Fact::new(crate::model::FactKind::Project, "项目", 0, 2);
    page.articles[0].facts.push(fact);
    let meta = std::fs::metadata(&page_file).expect("meta");
    let abs = std::path::absolute(&page_file).expect("abs");
    let name = page_file.display().to_string();
    let src = crate::cache::Source {
        abs: &abs,
        name: &name,
        stamp: Stamp::of(&meta),
    };
    let bytes = std::fs::read(&page_file).expect("read");
    let c = loader.cache().expect("cache");
    c.store(&src, crate::cache::content_hash(&bytes), 1, &page, true);
    c.publish();
    drop(loader);
    assert_eq!(listed(&paths, cache.path()), [true, false, true]);
    let warm = final_run(&paths, cache.path());
    let facts = &warm.shown.get(&name).expect("shown").2;
    assert_eq!(facts.first(), Some(&PackedFacts::counted(1, true)));
    assert_eq!(warm.list, cold.list);
    assert_eq!(listed(&paths, cache.path()), [true, true, true]);
    assert_eq!(final_run(&paths, cache.path()).shown, warm.shown);
}
