//! Ingest speed: one page (decode + sanitise + parse) and 1,000-page folders from disk, with
//! throughput in bytes so criterion prints MB/s per core.
//!
//! Folders: 1,000 variants of the sample (¼ GB18030), built here; and, when
//! `DUBAO_BENCH_ARCHIVE` names one, a folder built by
//! `cargo run --release --example make_archive -- DIR 1000` (UTF-8, UTF-8 with BOM and CRLF,
//! GB18030 mixed as archives are), read into memory first so only decode + sanitise + parse is
//! timed.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
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

/// Bytes of every file under `root`.
fn folder_bytes(root: &PathBuf) -> u64 {
    let (sources, _) = ingest::expand_paths(std::slice::from_ref(root));
    sources
        .iter()
        .filter_map(|s| s.read(u64::MAX).ok())
        .map(|b| b.len() as u64)
        .sum()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("sample page", |b| {
        let source = ingest::sample_source();
        b.iter(|| black_box(ingest::load_source(black_box(&source), 1)));
    });
    group.bench_function("parse only", |b| {
        b.iter(|| black_box(ingest::page::parse_page(black_box(SAMPLE), "sample", 1)));
    });
    group.sample_size(10);
    let (_guard, root) = make_folder();
    group.throughput(Throughput::Bytes(folder_bytes(&root)));
    group.bench_function("1000-page folder", |b| {
        b.iter(|| {
            let (corpus, errors) = ingest::load_paths(std::slice::from_ref(&root));
            assert!(errors.is_empty());
            black_box(corpus)
        });
    });
    if let Some(dir) = std::env::var_os("DUBAO_BENCH_ARCHIVE") {
        let (sources, _) = ingest::expand_paths(&[PathBuf::from(dir)]);
        let files: Vec<(String, Vec<u8>)> = sources
            .iter()
            .filter_map(|s| Some((s.name(), s.read(u64::MAX).ok()?)))
            .collect();
        let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function("archive in memory", |b| {
            b.iter(|| {
                for (k, (name, data)) in files.iter().enumerate() {
                    black_box(ingest::parse_bytes(name, data, k + 1).ok());
                }
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
