//! Wrapping cost on a real page: every paragraph of the sample, at three pane widths. The reader
//! re-wraps everything on each resize, so the whole page must take well under a millisecond.
//!
//! Two groups: `wrap_wall` (criterion's wall clock) and `wrap_cpu` (this thread's CPU time). The
//! development machine is shared by several builds at once; wall time there mostly measures
//! waiting for a core, while thread CPU time stays close to what an idle machine shows.

use std::hint::black_box;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion};
use dubao::text::{wrap, AmbiguousWidth, Prepared};

const SAMPLE: &str = include_str!("../assets/sample.txt");
const WIDTHS: [usize; 3] = [30, 60, 100];

/// Paragraphs as the spec sees them: each non-blank line of the page (blank lines separate them).
fn paragraphs() -> Vec<&'static str> {
    SAMPLE
        .split("\n\n")
        .flat_map(str::lines)
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// Wraps every paragraph at `width`; returns the line count so nothing is optimised away.
fn wrap_all(paras: &[&str], width: usize) -> usize {
    paras
        .iter()
        .map(|p| wrap(black_box(p), width, AmbiguousWidth::Narrow).len())
        .sum()
}

fn bench_wrap<M: Measurement>(c: &mut Criterion<M>, group_name: &str) {
    let paras = paragraphs();
    let mut group = c.benchmark_group(group_name);
    for width in WIDTHS {
        group.bench_function(format!("w{width}"), |b| {
            b.iter(|| black_box(wrap_all(&paras, width)))
        });
    }
    group.bench_function("all_three_widths", |b| {
        b.iter(|| black_box(WIDTHS.iter().map(|&w| wrap_all(&paras, w)).sum::<usize>()))
    });
    // What a resize costs a reader that keeps the paragraphs prepared: the filling alone.
    let prepared: Vec<Prepared> = paras
        .iter()
        .map(|p| Prepared::new(p, AmbiguousWidth::Narrow))
        .collect();
    group.bench_function("prepared_all_three_widths", |b| {
        b.iter(|| {
            let lines: usize = WIDTHS
                .iter()
                .flat_map(|&w| prepared.iter().map(move |p| p.wrap(black_box(w)).len()))
                .sum();
            black_box(lines)
        })
    });
    group.finish();
}

fn wall(c: &mut Criterion) {
    bench_wrap(c, "wrap_wall");
}

fn cpu(c: &mut Criterion<CpuTime>) {
    bench_wrap(c, "wrap_cpu");
}

/// CPU time consumed by the calling thread (`CLOCK_THREAD_CPUTIME_ID`); wall clock elsewhere.
struct CpuTime {
    wall: WallTime,
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_nanos() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes a timespec through a valid, exclusive pointer.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_nanos() -> Option<u64> {
    None
}

impl Measurement for CpuTime {
    type Intermediate = (Option<u64>, std::time::Instant);
    type Value = std::time::Duration;

    fn start(&self) -> Self::Intermediate {
        (thread_cpu_nanos(), std::time::Instant::now())
    }
    fn end(&self, (cpu, wall): Self::Intermediate) -> Self::Value {
        match (cpu, thread_cpu_nanos()) {
            (Some(a), Some(b)) => std::time::Duration::from_nanos(b.saturating_sub(a)),
            _ => wall.elapsed(),
        }
    }
    fn add(&self, a: &Self::Value, b: &Self::Value) -> Self::Value {
        *a + *b
    }
    fn zero(&self) -> Self::Value {
        std::time::Duration::ZERO
    }
    fn to_f64(&self, v: &Self::Value) -> f64 {
        v.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter()
    }
}

criterion_group!(wall_benches, wall);
criterion_group! {
    name = cpu_benches;
    config = Criterion::default().with_measurement(CpuTime { wall: WallTime });
    targets = cpu
}
criterion_main!(wall_benches, cpu_benches);
