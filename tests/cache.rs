//! The page cache and the parallel loader: a warm load equals a cold one, changed files are
//! reread, and a damaged or unwritable cache is never trusted and never fatal.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use dubao::ingest;
use dubao::loader::{CacheMode, Loader};

#[path = "support/cache.rs"]
mod support;

use dubao::Corpus;
use support::{listed, packs, set_mtime, SAMPLE};

fn load(root: &Path, cache: &Path) -> (Corpus, Vec<String>, Vec<String>) {
    let loader = Loader::new(&CacheMode::Dir(cache.to_owned()), Default::default());
    let (corpus, errors) = loader.load_paths(&[root.to_owned()], None);
    (
        corpus,
        errors.iter().map(ToString::to_string).collect(),
        loader.notices().iter().map(ToString::to_string).collect(),
    )
}

fn cold(root: &Path) -> Corpus {
    ingest::load_paths(&[root.to_owned()]).0
}

fn first_title(c: &Corpus, source: &Path) -> String {
    let page = c
        .pages
        .iter()
        .find(|p| Path::new(&p.source) == source)
        .expect("page loaded");
    page.articles[0].title.join("/")
}

#[test]
fn parallel_cached_loads_equal_the_sequential_load() {
    let dir = support::archive(40, true);
    let cache = tempfile::tempdir().unwrap();
    let expected = cold(dir.path());
    let (first, errors, notices) = load(dir.path(), cache.path());
    assert!(
        errors.is_empty() && notices.is_empty(),
        "{errors:?} {notices:?}"
    );
    assert_eq!(first, expected, "cold parallel load");
    let (second, _, notices) = load(dir.path(), cache.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(second, expected, "warm load from the cache");
}

#[test]
fn ids_stay_dense_when_a_file_fails_to_load() {
    let dir = support::archive(20, true);
    std::fs::write(dir.path().join("005.txt"), [0u8, 1, 2, 0xFF, 0xFE, 0]).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let expected = cold(dir.path());
    for _ in 0..2 {
        let (c, errors, _) = load(dir.path(), cache.path());
        assert_eq!(errors.len(), 1);
        assert_eq!(c, expected);
    }
    // The failing file is fixed: every page after it moves up one number, cached or not.
    std::fs::write(dir.path().join("005.txt"), SAMPLE).unwrap();
    let (c, errors, _) = load(dir.path(), cache.path());
    assert!(errors.is_empty());
    assert_eq!(c, cold(dir.path()));
}

#[test]
fn an_unchanged_file_is_served_from_its_entry_which_stays_as_it_was() {
    let dir = support::archive(3, true);
    let cache = tempfile::tempdir().unwrap();
    let (before, _, _) = load(dir.path(), cache.path());
    // The packs and their catalog, as written.
    let stamps = |c: &Path| -> Vec<(PathBuf, SystemTime, Vec<u8>)> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(c.join("packs"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|e| {
                let m = std::fs::metadata(&e).unwrap().modified().unwrap();
                let bytes = std::fs::read(&e).unwrap();
                (e, m, bytes)
            })
            .collect()
    };
    let written = stamps(cache.path());
    assert_eq!(packs(cache.path()).len(), 1, "one run, one pack");
    assert_eq!(support::records(&written_pack(cache.path())).len(), 3);
    let (after, _, _) = load(dir.path(), cache.path());
    assert_eq!(after, before);
    assert_eq!(
        stamps(cache.path()),
        written,
        "a fresh entry is not rewritten"
    );
}

/// The bytes of a cache's only pack.
fn written_pack(cache: &Path) -> Vec<u8> {
    let packs = packs(cache);
    assert_eq!(packs.len(), 1, "{packs:?}");
    std::fs::read(&packs[0]).unwrap()
}

/// Same size, same mtime, other bytes (an editor or `cp -p`/`rsync -t` that keeps the mtime):
/// the inode's status-change time gives it away, so the new text shows.
#[cfg(unix)]
#[test]
fn an_edit_that_keeps_size_and_mtime_is_picked_up() {
    let dir = support::archive(3, true);
    let cache = tempfile::tempdir().unwrap();
    let page = dir.path().join("001.txt");
    let (before, _, _) = load(dir.path(), cache.path());
    let meta = std::fs::metadata(&page).unwrap();
    let text = std::fs::read_to_string(&page).unwrap();
    let swapped = text.replace("项目", "工程");
    assert_eq!(swapped.len(), text.len());
    std::fs::write(&page, &swapped).unwrap();
    set_mtime(&page, meta.modified().unwrap());
    assert_eq!(std::fs::metadata(&page).unwrap().len(), meta.len());
    let now = cold(dir.path());
    assert_ne!(now, before, "the swap changes the parse");
    let (after, _, _) = load(dir.path(), cache.path());
    assert_eq!(after, now);
}

#[test]
fn touched_edited_deleted_and_renamed_files_are_picked_up() {
    let dir = support::archive(6, true);
    let cache = tempfile::tempdir().unwrap();
    load(dir.path(), cache.path());
    let later = SystemTime::now() + Duration::from_secs(5);

    // touch: same content, new mtime: same pages.
    set_mtime(&dir.path().join("000.txt"), later);
    assert_eq!(load(dir.path(), cache.path()).0, cold(dir.path()));

    // edit: the new title shows.
    let edited = dir.path().join("001.txt");
    std::fs::write(&edited, format!("新标题测试文章\n\n{SAMPLE}")).unwrap();
    set_mtime(&edited, later);
    let (c, _, _) = load(dir.path(), cache.path());
    assert_eq!(c, cold(dir.path()));
    assert!(first_title(&c, &edited).contains("新标题测试文章"));

    // delete: the page is gone.
    std::fs::remove_file(dir.path().join("002.txt")).unwrap();
    let (c, errors, _) = load(dir.path(), cache.path());
    assert!(errors.is_empty());
    assert_eq!(c.pages.len(), 5);
    assert_eq!(c, cold(dir.path()));

    // rename: the page is listed under its new name.
    let renamed: PathBuf = dir.path().join("zzz.txt");
    std::fs::rename(dir.path().join("003.txt"), &renamed).unwrap();
    let (c, _, _) = load(dir.path(), cache.path());
    assert_eq!(c, cold(dir.path()));
    assert!(c.pages.iter().any(|p| Path::new(&p.source) == renamed));
}

#[test]
fn a_damaged_cache_is_ignored_rebuilt_and_noted_once() {
    let dir = support::archive(9, true);
    let cache = tempfile::tempdir().unwrap();
    let expected = cold(dir.path());
    load(dir.path(), cache.path());
    let pack = packs(cache.path()).remove(0);
    let mut bytes = std::fs::read(&pack).unwrap();
    let starts = support::records(&bytes);
    assert_eq!(starts.len(), 9);
    // Records 0 and 3 get a flipped byte, 1 and 4 lose their magic; 2 and 5 stay whole; the
    // pack is cut in the middle of record 6, so 6, 7 and 8 are gone.
    for k in [0, 3] {
        bytes[starts[k + 1] - 7] ^= 0x55;
    }
    for k in [1, 4] {
        bytes[starts[k]..starts[k] + 7].copy_from_slice(b"garbage");
    }
    bytes.truncate(starts[6] + (starts[7] - starts[6]) / 2);
    std::fs::write(&pack, bytes).unwrap();
    let (c, errors, notices) = load(dir.path(), cache.path());
    assert!(errors.is_empty());
    assert_eq!(c, expected);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("7 damaged"), "{notices:?}");
    // Rebuilt: the next run is clean.
    let (c, _, notices) = load(dir.path(), cache.path());
    assert_eq!(c, expected);
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn a_damaged_catalog_is_ignored_rebuilt_and_noted_once() {
    let dir = support::archive(5, true);
    let expected = cold(dir.path());
    let damages: [fn(&mut Vec<u8>); 3] = [
        |b| b.truncate(b.len() / 2),
        |b| *b.last_mut().unwrap() ^= 1,
        |b| *b = b"no catalog".to_vec(),
    ];
    for damage in damages {
        let cache = tempfile::tempdir().unwrap();
        load(dir.path(), cache.path());
        let catalog = cache.path().join("packs/catalog");
        let mut bytes = std::fs::read(&catalog).unwrap();
        damage(&mut bytes);
        std::fs::write(&catalog, bytes).unwrap();
        let (c, errors, notices) = load(dir.path(), cache.path());
        assert!(errors.is_empty());
        assert_eq!(c, expected);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("catalog damaged"), "{notices:?}");
        let (c, _, notices) = load(dir.path(), cache.path());
        assert_eq!(c, expected);
        assert!(notices.is_empty(), "{notices:?}");
    }
}

#[test]
fn a_cache_of_the_layout_before_packs_is_rebuilt_once_with_a_notice() {
    let dir = support::archive(3, true);
    let cache = tempfile::tempdir().unwrap();
    let old = cache.path().join("pages/ab");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::write(old.join("ab01"), b"DUBAOPG\x04 an entry of format 4").unwrap();
    let (c, _, notices) = load(dir.path(), cache.path());
    assert_eq!(c, cold(dir.path()));
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("older dubao"), "{notices:?}");
    assert!(!cache.path().join("pages").exists(), "the old entries go");
    let (_, _, notices) = load(dir.path(), cache.path());
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn an_unusable_cache_directory_means_a_cold_run_with_one_notice() {
    let dir = support::archive(4, true);
    let blocker = tempfile::NamedTempFile::new().unwrap();
    // A cache directory below a regular file can never be created, whoever we run as.
    let (c, errors, notices) = load(dir.path(), &blocker.path().join("cache"));
    assert!(errors.is_empty());
    assert_eq!(c, cold(dir.path()));
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("without a cache"), "{notices:?}");
}

#[cfg(unix)]
#[test]
fn a_read_only_cache_directory_means_a_cold_run_with_one_notice() {
    use std::os::unix::fs::PermissionsExt;
    let dir = support::archive(4, true);
    let cache = tempfile::tempdir().unwrap();
    load(dir.path(), cache.path());
    let pages = cache.path().join("packs");
    std::fs::set_permissions(&pages, std::fs::Permissions::from_mode(0o555)).unwrap();
    if tempfile::NamedTempFile::new_in(&pages).is_ok() {
        eprintln!("skipping: running as a user who can write to read-only directories (root)");
        return;
    }
    let (c, errors, notices) = load(dir.path(), cache.path());
    std::fs::set_permissions(&pages, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(errors.is_empty());
    assert_eq!(c, cold(dir.path()));
    assert_eq!(notices.len(), 1, "{notices:?}");
}

#[test]
fn facts_are_cached_with_their_pages() {
    let dir = support::archive(4, true);
    let cache = tempfile::tempdir().unwrap();
    let x = dubao::facts::Extractor::new();
    let roots = [dir.path().to_owned()];
    let loader = Loader::new(&CacheMode::Dir(cache.path().to_owned()), Default::default());
    // A list run first stores pages without facts; the facts run adds them.
    loader.load_paths(&roots, None);
    let (with, _) = loader.load_paths(&roots, Some(&x));
    let mut expected = cold(dir.path());
    dubao::facts::fill(&mut expected, &x);
    assert_eq!(with, expected);
    assert!(with.pages[0].articles.iter().any(|a| !a.facts.is_empty()));
    let (again, _) = Loader::new(&CacheMode::Dir(cache.path().to_owned()), Default::default())
        .load_paths(&roots, Some(&x));
    assert_eq!(again, expected);
    // A run without facts gets the pages without them, as a cold run would (`list` dates
    // articles from their facts when they have them).
    let (plain, _) = loader.load_paths(&roots, None);
    assert_eq!(plain, cold(dir.path()));
}

fn dubao(cache: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("dubao").unwrap();
    c.env(dubao::cache::DIR_VAR, cache);
    c
}

#[test]
fn cache_command_shows_where_and_how_big_and_clears() {
    let dir = support::archive(5, true);
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    dubao(cache.path())
        .args(["list", "--no-cache", root])
        .assert()
        .success();
    assert!(packs(cache.path()).is_empty(), "--no-cache writes nothing");
    let listed = dubao(cache.path()).args(["list", root]).output().unwrap();
    assert!(listed.status.success() && listed.stderr.is_empty());
    assert_eq!(support::records(&written_pack(cache.path())).len(), 5);
    let again = dubao(cache.path()).args(["list", root]).output().unwrap();
    assert_eq!(again.stdout, listed.stdout, "warm list prints the same");
    let shown = dubao(cache.path()).arg("cache").output().unwrap();
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(
        shown.contains(cache.path().to_str().unwrap()) && shown.contains("\t5 pages"),
        "{shown}"
    );
    dubao(cache.path())
        .args(["cache", "--clear"])
        .assert()
        .success();
    assert!(packs(cache.path()).is_empty());
}

#[test]
fn warm_heads_equal_cold_ones_however_long_the_head() {
    let dir = support::archive(3, true);
    // A page of 400 short articles: its head outgrows the first bytes a head lookup reads.
    let long: String = (0..400)
        .map(|k| format!("第{k}条新闻标题在这里\n\n本报讯 近日，第{k}个项目开工。\n\n\n\n"))
        .collect();
    std::fs::write(dir.path().join("long.txt"), long).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let want: Vec<(String, Vec<String>, String)> = cold(dir.path())
        .pages
        .into_iter()
        .flat_map(|p| {
            let source = p.source;
            p.articles
                .into_iter()
                .map(move |a| (a.id, a.title, source.clone()))
        })
        .collect();
    assert!(want.len() > 400);
    assert_eq!(listed(dir.path(), cache.path()).0, want, "cold");
    assert_eq!(listed(dir.path(), cache.path()).0, want, "warm");
    let pack = written_pack(cache.path());
    let starts = support::records(&pack);
    let ends = starts.iter().skip(1).copied().chain([pack.len()]);
    let big = starts.iter().zip(ends).any(|(s, e)| e - s > 16 << 10);
    assert!(big, "one entry is longer than a head lookup's first read");
}
