//! Times the steps before the reader's first title on a folder: walk (with duplicate-dropping),
//! newest-first ordering, and the first chunk of pages loaded through an empty cache.
//!
//!     cargo run --release --example open_timeline -- DIR [ROUNDS]
use std::path::PathBuf;
use std::time::Instant;

use dubao::ingest::{self, LoadOptions};
use dubao::loader::{CacheMode, Loader, FIRST_CHUNK};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("DIR"));
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    for _ in 0..rounds {
        let t = Instant::now();
        let (sources, _) = ingest::expand_paths(std::slice::from_ref(&dir));
        let walk = t.elapsed();
        let t = Instant::now();
        let ordered = dubao::loader::newest_first(sources);
        let order = t.elapsed();
        let cache = tempfile::tempdir().expect("tempdir");
        let loader = Loader::new(
            &CacheMode::Dir(cache.path().to_path_buf()),
            LoadOptions::default(),
        );
        let first: Vec<_> = ordered
            .into_iter()
            .take(FIRST_CHUNK)
            .map(|(_, s)| s)
            .collect();
        let t = Instant::now();
        let _ = loader.for_each(&first, None, |_| -> Result<(), ()> { Ok(()) });
        let parse = t.elapsed();
        println!(
            "walk {:.1} ms, newest_first {:.1} ms, first {} pages cold {:.1} ms",
            walk.as_secs_f64() * 1e3,
            order.as_secs_f64() * 1e3,
            FIRST_CHUNK,
            parse.as_secs_f64() * 1e3
        );
    }
}
