//! The archive summary in the cache: a warm `list` reads it instead of every page's entry, and
//! a touched, edited, deleted or renamed file, or a damaged summary, never yields stale output.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use dubao::ingest;
#[path = "support/cache.rs"]
mod support;

use support::{listed, set_mtime, Row, SAMPLE};

/// Ids, titles and sources of the whole-corpus load without a cache.
fn cold(root: &Path) -> Vec<Row> {
    ingest::load_paths(&[root.to_owned()])
        .0
        .pages
        .into_iter()
        .flat_map(|p| {
            let source = p.source;
            p.articles
                .into_iter()
                .map(move |a| (a.id, a.title, source.clone()))
        })
        .collect()
}

/// The summary files of a cache directory.
fn summaries(cache: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(cache.join("summaries")) {
        Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_warm_list_reads_the_summary_not_the_entries() {
    let dir = support::archive(4, false);
    let cache = tempfile::tempdir().unwrap();
    let want = cold(dir.path());
    assert_eq!(listed(dir.path(), cache.path()), (want.clone(), vec![]));
    assert_eq!(summaries(cache.path()).len(), 1);
    // With every page entry gone, the summary alone answers (and nothing is parsed or stored).
    std::fs::remove_dir_all(cache.path().join("packs")).unwrap();
    assert_eq!(listed(dir.path(), cache.path()), (want, vec![]));
    assert!(
        support::packs(cache.path()).is_empty(),
        "no page was parsed and stored"
    );
}

#[test]
fn touched_edited_deleted_and_renamed_files_are_picked_up() {
    let dir = support::archive(6, false);
    let cache = tempfile::tempdir().unwrap();
    listed(dir.path(), cache.path());
    let later = SystemTime::now() + Duration::from_secs(5);

    set_mtime(&dir.path().join("000.txt"), later);
    assert_eq!(
        listed(dir.path(), cache.path()).0,
        cold(dir.path()),
        "touch"
    );

    let edited = dir.path().join("001.txt");
    std::fs::write(&edited, format!("新标题测试文章\n\n{SAMPLE}")).unwrap();
    set_mtime(&edited, later);
    let (rows, _) = listed(dir.path(), cache.path());
    assert_eq!(rows, cold(dir.path()), "edit");
    assert!(rows.iter().any(|r| r.1.concat().contains("新标题测试文章")));

    std::fs::remove_file(dir.path().join("002.txt")).unwrap();
    assert_eq!(
        listed(dir.path(), cache.path()).0,
        cold(dir.path()),
        "delete"
    );

    let renamed = dir.path().join("zzz.txt");
    std::fs::rename(dir.path().join("003.txt"), &renamed).unwrap();
    let (rows, _) = listed(dir.path(), cache.path());
    assert_eq!(rows, cold(dir.path()), "rename");
    assert!(rows.iter().any(|r| Path::new(&r.2) == renamed));

    std::fs::write(dir.path().join("new.txt"), SAMPLE).unwrap();
    assert_eq!(listed(dir.path(), cache.path()).0, cold(dir.path()), "add");
}

#[test]
fn an_edit_keeping_size_and_mtime_is_picked_up_without_the_entries() {
    let dir = support::archive(3, false);
    let cache = tempfile::tempdir().unwrap();
    listed(dir.path(), cache.path());
    let page = dir.path().join("001.txt");
    let meta = std::fs::metadata(&page).unwrap();
    let text = std::fs::read_to_string(&page).unwrap();
    let before = cold(dir.path());
    let title = &before.iter().find(|r| Path::new(&r.2) == page).unwrap().1[0];
    let filler = "测".repeat(title.len() / 3) + &"x".repeat(title.len() % 3);
    let swapped = text.replacen(title.as_str(), &filler, 1);
    assert_eq!(swapped.len(), text.len());
    std::fs::write(&page, &swapped).unwrap();
    set_mtime(&page, meta.modified().unwrap());
    let now = cold(dir.path());
    assert_ne!(now, before, "the swap changes a title");
    let (rows, _) = listed(dir.path(), cache.path());
    assert_eq!(rows, now);
}

#[test]
fn a_damaged_summary_is_ignored_rebuilt_and_noted_once() {
    let dir = support::archive(5, false);
    let cache = tempfile::tempdir().unwrap();
    let want = cold(dir.path());
    listed(dir.path(), cache.path());
    let [summary] = summaries(cache.path()).try_into().unwrap();
    let bytes = std::fs::read(&summary).unwrap();
    for damage in [
        bytes[..bytes.len() / 2].to_vec(),
        bytes
            .iter()
            .enumerate()
            .map(|(i, b)| if i == bytes.len() - 3 { b ^ 0x55 } else { *b })
            .collect(),
        b"DUBAOSM\x09".to_vec(),
        Vec::new(),
    ] {
        std::fs::write(&summary, &damage).unwrap();
        let (rows, notices) = listed(dir.path(), cache.path());
        assert_eq!(rows, want);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("summary"), "{notices:?}");
        assert_eq!(std::fs::read(&summary).unwrap(), bytes, "rewritten");
        assert_eq!(listed(dir.path(), cache.path()), (want.clone(), vec![]));
    }
}

#[test]
fn a_run_on_stdin_alone_keeps_no_summary() {
    let cache = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("dubao")
        .unwrap()
        .env("DUBAO_CACHE_DIR", cache.path())
        .args(["list", "-"])
        .write_stdin(SAMPLE)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(summaries(cache.path()).is_empty(), "a summary of stdin");
}

/// The zones a warm first pass collects (for `--zone`'s check) come from the summary's heads,
/// read without their titles: the same zones as a cold pass, with no page entry left to read.
#[test]
fn a_warm_zone_check_reads_the_zones_from_the_summary() {
    use dubao::loader::{CacheMode, Loader};
    let dir = support::archive(4, true);
    let cache = tempfile::tempdir().unwrap();
    let zones_of = |mode: &CacheMode| -> Vec<String> {
        let loader = Loader::new(mode, Default::default());
        let plan = loader.plan(&[dir.path().to_owned()], None, true);
        plan.zones().map(str::to_owned).collect()
    };
    let want = zones_of(&CacheMode::Off);
    assert!(!want.is_empty(), "the sample names zones");
    let mode = CacheMode::Dir(cache.path().to_owned());
    assert_eq!(zones_of(&mode), want, "cold, through the cache");
    std::fs::remove_dir_all(cache.path().join("packs")).unwrap();
    assert_eq!(zones_of(&mode), want, "warm, from the summary alone");
    assert!(
        support::packs(cache.path()).is_empty(),
        "no page was parsed and stored"
    );
}
