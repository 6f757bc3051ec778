//! Single-core baselines over an archive, for tools/bench-archive.sh.
//!
//! `cargo run --release --example archive_baselines -- DIR`
//!
//! Reads every page into memory first (untimed), then on one thread times
//! - decode + sanitise + parse of every page, each page dropped once parsed, as `dubao list`,
//!   `facts` and the reader's loader stream them (the parser's speed, MB/s per core),
//! - the same parse keeping all the pages (what the parse costs a program that holds the whole
//!   archive: memory for 10,000 parsed pages is fetched from the system as it grows), and
//! - jieba-rs tagging alone of every title and paragraph (what `dubao facts` is compared with:
//!   the facts bench's baseline),
//!
//! and prints one line: `bytes pages parse_ms jieba_ms parse_kept_ms`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use dubao::ingest;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(dir) = std::env::args().nth(1) else {
        return Err("usage: archive_baselines DIR".into());
    };
    let (sources, errors) = ingest::expand_paths(&[PathBuf::from(dir)]);
    if let Some(e) = errors.first() {
        return Err(e.to_string().into());
    }
    let files: Vec<(String, Vec<u8>)> = sources
        .iter()
        .map(|s| Ok((s.name(), s.read(u64::MAX)?)))
        .collect::<Result<_, dubao::error::LoadProblem>>()?;
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();

    let t = Instant::now();
    for (k, (name, data)) in files.iter().enumerate() {
        black_box(ingest::parse_bytes(name, data, k + 1)?);
    }
    let parse_ms = t.elapsed().as_millis();

    let t = Instant::now();
    let mut pages = Vec::with_capacity(files.len());
    for (k, (name, data)) in files.iter().enumerate() {
        pages.push(ingest::parse_bytes(name, data, k + 1)?.page);
    }
    let parse_kept_ms = t.elapsed().as_millis();

    let jieba = jieba_rs::Jieba::new();
    // One sentence first, so the one-off loading of jieba's lazy tables is not counted.
    black_box(jieba.tag("开发区项目签约", true));
    let t = Instant::now();
    let mut tags = 0usize;
    for a in pages.iter().flat_map(|p| &p.articles) {
        for text in a.title.iter().chain(&a.paragraphs) {
            tags += jieba.tag(text, true).len();
        }
    }
    black_box(tags);
    let jieba_ms = t.elapsed().as_millis();
    println!(
        "{bytes} {} {parse_ms} {jieba_ms} {parse_kept_ms}",
        pages.len()
    );
    Ok(())
}
