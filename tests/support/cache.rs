//! What the cache tests share: a folder of pages made from the sample, a file's mtime set as an
//! edit would, and what a streamed `list` run through a cache prints.

#![allow(dead_code)] // each test binary uses its own part

use std::path::Path;
use std::time::SystemTime;

use dubao::loader::{CacheMode, Detail, Loader};

pub const SAMPLE: &str = include_str!("../../assets/sample.txt");

/// A row of `dubao list`: id, title lines, source.
pub type Row = (String, Vec<String>, String);

/// A folder of `n` pages: the sample with its blocks rotated; every third page in GB18030 when
/// `gb18030` is set.
pub fn archive(n: usize, gb18030: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let blocks: Vec<&str> = SAMPLE.split("\n\n\n\n").collect();
    for i in 0..n {
        let page: String = (0..blocks.len())
            .map(|k| format!("{}\n\n\n\n", blocks[(k + i) % blocks.len()]))
            .collect();
        let path = dir.path().join(format!("{i:03}.txt"));
        if gb18030 && i % 3 == 2 {
            std::fs::write(&path, encoding_rs::GB18030.encode(&page).0).unwrap();
        } else {
            std::fs::write(&path, page).unwrap();
        }
    }
    dir
}

/// Sets a file's mtime, as an edit or `touch` would.
pub fn set_mtime(path: &Path, t: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

/// What a streamed `list` run through the cache in `cache` prints (ids, titles, sources), and
/// the loader's notices.
pub fn listed(root: &Path, cache: &Path) -> (Vec<Row>, Vec<String>) {
    let loader = Loader::new(&CacheMode::Dir(cache.to_owned()), Default::default());
    let plan = loader.plan(&[root.to_owned()], None, false);
    let mut rows = Vec::new();
    loader
        .stream(&plan, Detail::Head, |r| -> Result<(), ()> {
            let page = r.expect("loads").page;
            for a in page.articles {
                rows.push((a.id, a.title, page.source.clone()));
            }
            Ok(())
        })
        .unwrap();
    (
        rows,
        loader.notices().iter().map(ToString::to_string).collect(),
    )
}

/// The pack files of a cache directory (where its page entries are).
pub fn packs(cache: &Path) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(cache.join("packs"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pack"))
        .collect();
    out.sort();
    out
}

/// Where each entry starts in a pack's bytes (every entry begins with its magic).
pub fn records(pack: &[u8]) -> Vec<usize> {
    pack.windows(7)
        .enumerate()
        .filter(|(_, w)| *w == b"DUBAOPG")
        .map(|(i, _)| i)
        .collect()
}
