//! The parser's speed on one core: decode + sanitise + parse of every page of a folder.
//!
//! `cargo run --release --example parse_speed -- DIR [ROUNDS]`
//!
//! Reads every page into memory first (untimed), then parses them all `ROUNDS` times (1 by
//! default) on this thread and prints `bytes pages ms MB/s` for the best round. Used with
//! `perf stat -e instructions` or `valgrind --tool=callgrind` to compare builds without noise.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use dubao::ingest;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        return Err("usage: parse_speed DIR [ROUNDS]".into());
    };
    let rounds: usize = args.next().map_or(Ok(1), |r| r.parse())?;
    let (sources, errors) = ingest::expand_paths(&[PathBuf::from(dir)]);
    if let Some(e) = errors.first() {
        return Err(e.to_string().into());
    }
    let files: Vec<(String, Vec<u8>)> = sources
        .iter()
        .map(|s| Ok((s.name(), s.read(u64::MAX)?)))
        .collect::<Result<_, dubao::error::LoadProblem>>()?;
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut best = f64::INFINITY;
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        for (k, (name, data)) in files.iter().enumerate() {
            black_box(ingest::parse_bytes(name, data, k + 1)?);
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb_s = bytes as f64 / 1e6 / best;
    println!("{bytes} {} {:.1} {mb_s:.1}", files.len(), best * 1e3);
    Ok(())
}
