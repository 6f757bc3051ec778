//! The page cache's packs: entries of many runs and of runs at once end up in few files, every
//! published entry is found by the next run, a run's pack is never taken from under it, and
//! compaction keeps every live entry.

use std::path::{Path, PathBuf};

use dubao::cache::{Cache, Lookup, Source, Stamp};
use dubao::ingest;
use dubao::model::Page;

#[path = "support/cache.rs"]
mod support;

use support::packs;

/// The sample page, as every entry here holds it.
fn sample() -> Page {
    ingest::load_all(&[ingest::sample_source()])
        .0
        .pages
        .remove(0)
}

/// A made-up source file `i` (no file is read: the cache only compares these).
fn path(i: usize) -> PathBuf {
    PathBuf::from(format!("/nowhere/{i:05}.txt"))
}

fn stamp(version: u64) -> Stamp {
    Stamp {
        size: 100,
        mtime_ns: u128::from(version),
        ino: 7,
        ctime_ns: 9,
    }
}

/// Runs `f` with the source the tests call `i`, at `version`.
fn with_source<T>(i: usize, version: u64, f: impl FnOnce(&Source<'_>) -> T) -> T {
    let abs = path(i);
    let name = format!("{i:05}.txt");
    f(&Source {
        abs: &abs,
        name: &name,
        stamp: stamp(version),
    })
}

/// Stores `page` for source `i` at `version`.
fn store(cache: &Cache, i: usize, version: u64, page: &Page) {
    with_source(i, version, |src| {
        cache.store(src, u128::from(version), 1, page, false)
    });
}

/// The page a fresh cache opened on `dir` finds for source `i` at `version`.
fn found(dir: &Path, i: usize, version: u64) -> Option<Page> {
    let cache = Cache::open(dir).unwrap();
    found_in(&cache, i, version)
}

fn found_in(cache: &Cache, i: usize, version: u64) -> Option<Page> {
    with_source(i, version, |src| match cache.lookup(src) {
        Lookup::Fresh(e) => e.page(),
        _ => None,
    })
}

fn dubao(cache: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_dubao"));
    c.env(dubao::cache::DIR_VAR, cache);
    c
}

/// Two dubao processes listing overlapping archives through one cache at once, again and
/// again: every run prints what a run without the cache prints, and says nothing on stderr (no
/// damaged entry, no damaged catalog); a last run finds every page in the cache.
#[test]
fn two_processes_on_one_cache_at_once_corrupt_nothing() {
    let pages = support::archive(30, true);
    let cache = tempfile::tempdir().unwrap();
    let (all, half) = (pages.path().to_owned(), pages.path().join("01"));
    std::fs::create_dir_all(&half).unwrap();
    for i in 0..10 {
        std::fs::copy(
            pages.path().join(format!("{i:03}.txt")),
            half.join(format!("{i:03}.txt")),
        )
        .unwrap();
    }
    let want = |root: &Path| {
        dubao(cache.path())
            .args(["list", "--no-cache"])
            .arg(root)
            .output()
            .unwrap()
            .stdout
    };
    let (want_all, want_half) = (want(&all), want(&half));
    for round in 0..3 {
        let runs: Vec<_> = [&all, &half, &all]
            .iter()
            .map(|root| {
                dubao(cache.path())
                    .arg("list")
                    .arg(root)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for (k, run) in runs.into_iter().enumerate() {
            let out = run.wait_with_output().unwrap();
            let want = if k == 1 { &want_half } else { &want_all };
            assert_eq!(&out.stdout, want, "round {round}, run {k}");
            assert!(
                out.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // The next round starts cold again for some pages: their files change.
        for i in (round..30).step_by(7) {
            let p = pages.path().join(format!("{i:03}.txt"));
            let text = std::fs::read(&p).unwrap();
            std::fs::write(&p, [&text[..], b"\n"].concat()).unwrap();
        }
    }
    let (entries, _) = Cache::open(cache.path()).unwrap().usage();
    assert_eq!(
        entries, 40,
        "30 pages and 10 copies, each found in the catalog"
    );
}

#[test]
fn compaction_keeps_every_live_entry() {
    let dir = tempfile::tempdir().unwrap();
    let page = sample();
    // One run rewrites the same 20 entries until its pack is mostly garbage.
    {
        let cache = Cache::open(dir.path()).unwrap();
        let mut version = 0;
        let mut written = 0u64;
        while written < 10 << 20 {
            version += 1;
            for i in 0..20 {
                store(&cache, i, version, &page);
            }
            written = packs(dir.path())
                .iter()
                .map(|p| std::fs::metadata(p).unwrap().len())
                .sum();
        }
        std::fs::write(dir.path().join("version"), version.to_string()).unwrap();
    }
    let version: u64 = std::fs::read_to_string(dir.path().join("version"))
        .unwrap()
        .parse()
        .unwrap();
    let before = packs(dir.path());
    // The next run to publish compacts the packs no run holds.
    let next = Cache::open(dir.path()).unwrap();
    store(&next, 999, 1, &page);
    next.publish();
    let after = packs(dir.path());
    assert!(
        before.iter().all(|p| !after.contains(p)),
        "{before:?} {after:?}"
    );
    let bytes: u64 = after
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    assert!(bytes < 1 << 20, "{bytes} bytes left");
    for i in 0..20 {
        let p = found(dir.path(), i, version).unwrap_or_else(|| panic!("entry {i}"));
        assert_eq!(p.articles, page.articles);
        assert!(found(dir.path(), i, version - 1).is_none(), "old stamp");
    }
    assert!(found(dir.path(), 999, 1).is_some());
}

/// A run that rewrote its entries (a reader's cold open stores each page again with its
/// facts) lets go of its pack, now much of it garbage: it is compacted at once, not left on disk until
/// some later run stores something. Entries keep their marks (the archive summary is checked
/// against them), and the run can still store.
#[test]
fn a_run_compacts_its_own_mostly_garbage_pack() {
    let dir = tempfile::tempdir().unwrap();
    let page = sample();
    // Beside it, an older run's pack of live entries only.
    {
        let older = Cache::open(dir.path()).unwrap();
        for i in 100..110 {
            store(&older, i, 1, &page);
        }
    }
    let cache = Cache::open(dir.path()).unwrap();
    let mut version = 0;
    while version < 2 || packs_bytes(dir.path()) < 12 << 20 {
        version += 1;
        for i in 0..20 {
            store(&cache, i, version, &page);
        }
    }
    let marks: Vec<_> = (0..20).map(|i| cache.entry_mark(&path(i))).collect();
    let before = packs(dir.path());
    cache.seal_if_worth_compacting();
    assert!(
        packs_bytes(dir.path()) < 2 << 20,
        "{} bytes left",
        packs_bytes(dir.path())
    );
    assert_ne!(before, packs(dir.path()));
    let after: Vec<_> = (0..20).map(|i| cache.entry_mark(&path(i))).collect();
    assert_eq!(marks, after, "marks are kept");
    assert!(marks.iter().all(Option::is_some));
    store(&cache, 999, 1, &page);
    cache.publish();
    drop(cache);
    for i in 0..20 {
        assert!(found(dir.path(), i, version).is_some(), "entry {i}");
    }
    for i in (100..110).chain([999]) {
        assert!(found(dir.path(), i, 1).is_some(), "entry {i}");
    }
}

/// A run whose pack is mostly live keeps it.
#[test]
fn a_run_keeps_a_pack_of_live_entries() {
    let dir = tempfile::tempdir().unwrap();
    let page = sample();
    let cache = Cache::open(dir.path()).unwrap();
    for i in 0..30 {
        store(&cache, i, 1, &page);
    }
    cache.publish();
    let before = packs(dir.path());
    cache.seal_if_worth_compacting();
    store(&cache, 30, 1, &page);
    assert_eq!(before, packs(dir.path()), "the same pack, still written to");
}

fn packs_bytes(dir: &Path) -> u64 {
    packs(dir)
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .sum()
}

#[test]
fn many_small_runs_are_merged_into_few_packs() {
    let dir = tempfile::tempdir().unwrap();
    let page = sample();
    for i in 0..40 {
        let cache = Cache::open(dir.path()).unwrap();
        store(&cache, i, 1, &page);
    }
    let n = packs(dir.path()).len();
    assert!(n <= 26, "{n} packs");
    let cache = Cache::open(dir.path()).unwrap();
    for i in 0..40 {
        assert!(found_in(&cache, i, 1).is_some(), "entry {i}");
    }
    let (entries, _) = cache.usage();
    assert_eq!(entries, 40);
}

#[test]
fn a_truncated_pack_is_damaged_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let page = sample();
    {
        let cache = Cache::open(dir.path()).unwrap();
        for i in 0..4 {
            store(&cache, i, 1, &page);
        }
    }
    let pack = packs(dir.path()).remove(0);
    let bytes = std::fs::read(&pack).unwrap();
    let starts = support::records(&bytes);
    std::fs::write(&pack, &bytes[..starts[2] + 10]).unwrap();
    let cache = Cache::open(dir.path()).unwrap();
    let verdicts: Vec<&str> = (0..4)
        .map(|i| {
            let abs = path(i);
            let name = format!("{i:05}.txt");
            let src = Source {
                abs: &abs,
                name: &name,
                stamp: stamp(1),
            };
            match cache.lookup(&src) {
                Lookup::Fresh(_) => "fresh",
                Lookup::Damaged => "damaged",
                _ => "other",
            }
        })
        .collect();
    // Entries were appended in order: the first two are whole, the rest cut.
    assert_eq!(verdicts, ["fresh", "fresh", "damaged", "damaged"]);
}
