//! Search speed over 1,000 generated pages: the index query (candidates from tantivy) and the
//! index's hit counts (what a keystroke asks) against the scan the reader did on every
//! keystroke. Report the ratios scan / index and scan / counts.

use criterion::{criterion_group, criterion_main, Criterion};
use dubao::index::{scan, SearchIndex};
use dubao::{ingest, Article};
use std::hint::black_box;

#[allow(dead_code)]
#[path = "../tests/support/archive.rs"]
mod archive;

/// Pages in the generated archive.
const PAGES: usize = 1_000;
/// Queries of one to four chars, as typed.
const QUERIES: [&str; 4] = ["经", "经开", "經開區", "开发区建设"];

fn articles() -> Vec<Article> {
    let dir = tempfile::tempdir().expect("temp dir");
    archive::write(dir.path(), PAGES);
    let (corpus, _) = ingest::load_paths(&[dir.path().to_path_buf()]);
    corpus.pages.into_iter().flat_map(|p| p.articles).collect()
}

fn bench(c: &mut Criterion) {
    let articles = articles();
    let idx = SearchIndex::build(articles.iter().enumerate().map(|(k, a)| (k as u64, a)))
        .expect("index builds");
    let mut group = c.benchmark_group("search 1000 pages");
    group.sample_size(10);
    group.bench_function("index", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(idx.keys(black_box(q)).expect("query"));
            }
        })
    });
    group.bench_function("counts", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(idx.counts(black_box(q)).expect("query"));
            }
        })
    });
    group.bench_function("scan", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(articles.iter().filter(|a| scan::count(a, q) > 0).count());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
