//! Times the reader's open of an archive without a terminal: the background load
//! ([`dubao::tui::stream`]) feeding an [`App`] on this thread, as the event loop does, until the
//! load is done. `fill` first stores every page's facts in the cache (as `dubao facts` does);
//! the first timed round then writes the reader's summary and later rounds are warm.
//!
//!     cargo run --release --example warm_open -- DIR CACHE_DIR [ROUNDS] [fill|cold]
//!
//! `cold` empties CACHE_DIR before every round. Each round prints when the first batch came,
//! when the load was done (`LoadDone`, the full list) and when the loading thread ended (after
//! writing the archive's summary).
use std::path::PathBuf;
use std::time::{Duration, Instant};

use dubao::ingest::LoadOptions;
use dubao::loader::{CacheMode, Loader};
use dubao::model::Corpus;
use dubao::tui::app::{Action, App, Settings};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("DIR"));
    let cache = PathBuf::from(args.next().expect("CACHE_DIR"));
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let loader = || Loader::new(&CacheMode::Dir(cache.clone()), LoadOptions::default());
    let mode = args.next();
    let cold = mode.as_deref() == Some("cold");
    if mode.as_deref() == Some("fill") {
        let x = dubao::facts::Extractor::new();
        let _ = loader().load_paths(std::slice::from_ref(&dir), Some(&x));
    }
    for _ in 0..rounds {
        if cold {
            let _ = std::fs::remove_dir_all(&cache);
        }
        let t = Instant::now();
        let (tx, rx) = crossbeam_channel::unbounded();
        dubao::tui::stream::spawn(
            loader().with_cached_facts(),
            vec![dir.clone()],
            tx,
            None,
            dubao::tui::i18n::Lang::En,
        )
        .expect("spawn");
        let mut app = App::new(Corpus::default(), Vec::new(), Settings::default());
        app.update(Action::Resize(160, 45));
        let mut ui = Duration::ZERO;
        let mut first = None;
        let mut batches = 0;
        let mut full = None;
        for action in rx {
            let done = matches!(action, Action::LoadDone { .. });
            let u = Instant::now();
            app.update(action);
            ui += u.elapsed();
            batches += 1;
            first.get_or_insert(t.elapsed());
            if done {
                full = Some(t.elapsed());
            }
        }
        // The channel closed: the load's thread has also written the archive's summary (after
        // `LoadDone`), which the next round reads.
        let ended = t.elapsed();
        // Dropping a hundred thousand entries is no part of an open.
        std::mem::forget(app);
        println!(
            "first {:.1} ms, full {:.1} ms, thread ended {:.1} ms, ui {:.1} ms, {batches} actions",
            first.unwrap_or_default().as_secs_f64() * 1e3,
            full.unwrap_or_default().as_secs_f64() * 1e3,
            ended.as_secs_f64() * 1e3,
            ui.as_secs_f64() * 1e3,
        );
    }
}
