//! Ingest speed: one page (decode + sanitise + parse) and a 1,000-page folder from disk.

use criterion::{criterion_group, criterion_main, Criterion};
use dubao::ingest;
use std::hint::black_box;
use std::path::PathBuf;

const SAMPLE: &str = include_str!("../assets/sample.txt");

/// 1,000 distinct pages: the sample with its numbers and article order varied, some in GB18030.
fn make_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocks: Vec<&str> = SAMPLE.split("\n\n\n\n").collect();
    for i in 0..1000 {
        let mut page = String::new();
        for k in 0..blocks.len() {
            page.push_str(blocks[(k + i) % blocks.len()]);
            page.push_str("\n\n\n\n");
        }
        let page = page.replace("12 月", &format!("{} 月", i % 12 + 1));
        let path = dir.path().join(format!("page-{i:04}.txt"));
        if i % 4 == 0 {
            let (bytes, _, _) = encoding_rs::GB18030.encode(&page);
            std::fs::write(&path, &bytes).expect("write");
        } else {
            std::fs::write(&path, page).expect("write");
        }
    }
    let root = dir.path().to_path_buf();
    (dir, root)
}

fn bench(c: &mut Criterion) {
    c.bench_function("ingest/sample page", |b| {
        let source = ingest::sample_source();
        b.iter(|| black_box(ingest::load_source(black_box(&source), 1)));
    });
    c.bench_function("ingest/parse only", |b| {
        b.iter(|| black_box(ingest::page::parse_page(black_box(SAMPLE), "sample", 1)));
    });
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    group.bench_function("1000-page folder", |b| {
        let (_guard, root) = make_folder();
        b.iter(|| {
            let (corpus, errors) = ingest::load_paths(std::slice::from_ref(&root));
            assert!(errors.is_empty());
            black_box(corpus)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
