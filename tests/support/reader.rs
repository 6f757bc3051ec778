//! What the reader tests over a cached archive share: the archive of `tests/pages`, the
//! reader opened over it as the running reader loads it, and loaders reading back through
//! its cache.

#![allow(dead_code)] // each test binary uses its own part

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

use dubao::ingest::LoadOptions;
use dubao::loader::{CacheMode, Loader};
use dubao::tui::app::{Action, App, Settings};
use dubao::tui::text::PageTexts;

/// The pages of `tests/pages` (real layouts, different texts), copied into a dated tree.
pub fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&src)
        .expect("tests/pages")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for (k, p) in names.iter().take(12).enumerate() {
        let to = dir.path().join(format!("2025/03/{:02}/01.txt", k + 1));
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(p, &to).expect("copy");
    }
    let sample = dir.path().join("2025/04/01/01.txt");
    std::fs::create_dir_all(sample.parent().expect("parent")).expect("mkdir");
    std::fs::write(&sample, dubao::ingest::SAMPLE).expect("write");
    dir
}

/// Loads `root` as the reader does (the loading thread's batches applied in order); with a
/// cache in `cache`, page text is left there and read back.
pub fn open(root: &Path, cache: Option<&Path>) -> App {
    open_counting(root, cache).0
}

/// [`open`], with the count of pages the reader's UI thread read back.
pub fn open_counting(root: &Path, cache: Option<&Path>) -> (App, Arc<AtomicUsize>) {
    let mode = match cache {
        Some(c) => CacheMode::Dir(c.to_path_buf()),
        None => CacheMode::Off,
    };
    // As the reader loads: facts the cache holds come with their pages.
    let loader = Loader::new(&mode, LoadOptions::default()).with_cached_facts();
    let texts = cache.map(|_| PageTexts::new(loader.sibling(), 2));
    let reads = texts.as_ref().map(PageTexts::reads).unwrap_or_default();
    let (tx, rx) = crossbeam_channel::unbounded();
    dubao::tui::stream::spawn(
        loader,
        vec![root.to_path_buf()],
        tx,
        None,
        dubao::tui::i18n::Lang::En,
    )
    .expect("spawn");
    let mut app = App::new(Default::default(), Vec::new(), Settings::default());
    if let Some(t) = texts {
        app = app.with_texts(t);
    }
    app.update(Action::Resize(120, 40));
    // Until the load's thread ends: after `LoadDone` it still writes the archive's summary,
    // which the next open reads.
    for action in rx {
        app.update(action);
    }
    (app, reads)
}

pub fn texts_loader(cache: &Path) -> Loader {
    Loader::new(&CacheMode::Dir(cache.to_path_buf()), LoadOptions::default())
}

/// `root` loaded with its facts through the cache in `cache`, which then holds them.
pub fn cached_with_facts(root: &Path, cache: &Path) -> dubao::model::Corpus {
    let x = dubao::facts::Extractor::new();
    let mode = CacheMode::Dir(cache.to_path_buf());
    Loader::new(&mode, LoadOptions::default())
        .load_paths(&[root.to_path_buf()], Some(&x))
        .0
}
