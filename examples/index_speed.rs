//! Times building the search index over an archive on one thread, from pages in memory.
//!
//! `cargo run --release --example index_speed -- DIR [PAGES]`
//!
//! Reads and parses every page first (untimed), then times adding them all to an in-memory
//! [`dubao::index::SearchIndex`] and committing, wall and CPU time (under valgrind's callgrind
//! for instruction counts: `valgrind --tool=callgrind target/release/examples/index_speed DIR 500`).

use std::path::PathBuf;
use std::time::Instant;

use dubao::ingest;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        return Err("usage: index_speed DIR [PAGES]".into());
    };
    let limit: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    let (sources, _) = ingest::expand_paths(&[PathBuf::from(dir)]);
    let mut pages = Vec::new();
    for (k, s) in sources.iter().take(limit).enumerate() {
        let data = s.read(u64::MAX)?;
        pages.push(ingest::parse_bytes(&s.name(), &data, k + 1)?.page);
    }
    let mut idx = dubao::index::SearchIndex::in_memory()?;
    let (t, c) = (Instant::now(), cpu_ms());
    for (k, p) in pages.iter().enumerate() {
        let refs: Vec<&dubao::model::Article> = p.articles.iter().collect();
        idx.add_page(k as u64, 1, &p.source, &refs)?;
    }
    let add = t.elapsed().as_millis();
    let add_cpu = cpu_ms() - c;
    let (t, c) = (Instant::now(), cpu_ms());
    idx.commit()?;
    let commit = t.elapsed().as_millis();
    let commit_cpu = cpu_ms() - c;
    println!(
        "{} pages: add {add} ms wall {add_cpu} ms cpu, commit {commit} ms wall {commit_cpu} ms cpu",
        pages.len()
    );
    Ok(())
}

/// The process's CPU time so far, all threads (the index writer has its own); 0 off Linux.
#[cfg(not(target_os = "linux"))]
fn cpu_ms() -> u128 {
    0
}

/// The process's CPU time so far, all threads (the index writer has its own).
#[cfg(target_os = "linux")]
fn cpu_ms() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u128 * 1000 + ts.tv_nsec as u128 / 1_000_000
}
