//! Wrapping cost on a real page: every paragraph of the sample, at three pane widths. The reader
//! re-wraps everything on each resize, so the whole page must take well under a millisecond.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use dubao::text::{wrap, AmbiguousWidth};

const SAMPLE: &str = include_str!("../assets/sample.txt");

/// Paragraphs as the spec sees them: each non-blank line of the page (blank lines separate them).
fn paragraphs() -> Vec<&'static str> {
    SAMPLE
        .split("\n\n")
        .flat_map(str::lines)
        .filter(|l| !l.trim().is_empty())
        .collect()
}

fn bench_wrap(c: &mut Criterion) {
    let paras = paragraphs();
    let mut group = c.benchmark_group("wrap_sample");
    for width in [30usize, 60, 100] {
        group.bench_function(format!("w{width}"), |b| {
            b.iter(|| {
                let mut lines = 0;
                for p in &paras {
                    lines += wrap(black_box(p), width, AmbiguousWidth::Narrow).len();
                }
                black_box(lines)
            })
        });
    }
    group.bench_function("all_three_widths", |b| {
        b.iter(|| {
            let mut lines = 0;
            for width in [30usize, 60, 100] {
                for p in &paras {
                    lines += wrap(black_box(p), width, AmbiguousWidth::Narrow).len();
                }
            }
            black_box(lines)
        })
    });
    group.finish();
}

criterion_group!(benches, bench_wrap);
criterion_main!(benches);
