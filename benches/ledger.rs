//! The ledger against facts alone: what joining projects across pages adds to extracting their
//! facts (the budget: the ledger costs at most 1.5× what facts alone cost).
//!
//! Pages are the sample and the ledger's test pages, each repeated with its digits rotated per
//! copy (so amounts and dates differ), parsed once; projects whose names hold no digit recur on
//! every copy and merge across all of them, as a long-running project does in an archive.
//!
//! `cargo bench --bench ledger -- --warm-up-time 1 --measurement-time 3` times both;
//! `DUBAO_PASS=parse|facts|ledger` instead runs one pass (parse; parse + facts; parse + facts +
//! ledger) and exits, so `perf stat -e instructions:u` on each gives the ledger's cost against
//! the facts' in instructions, exact on a busy machine.

use std::hint::black_box;

use criterion::{criterion_group, Criterion};
use dubao::facts::{fill, Extractor};
use dubao::ingest::page::parse_page;
use dubao::model::Corpus;

const PAGES: [&str; 4] = [
    include_str!("../assets/sample.txt"),
    include_str!("../tests/pages/ledger_signing_simplified.txt"),
    include_str!("../tests/pages/ledger_signing_traditional.txt"),
    include_str!("../tests/pages/ledger_progress.txt"),
];
const COPIES: usize = 25;

fn corpus() -> Corpus {
    let mut pages = Vec::new();
    for k in 0..COPIES {
        for (j, text) in PAGES.iter().enumerate() {
            let rotated: String = text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_digit((d + k as u32) % 10, 10).unwrap_or(c),
                    None => c,
                })
                .collect();
            pages.push(parse_page(
                &rotated,
                &format!("p{k}-{j}.txt"),
                pages.len() + 1,
            ));
        }
    }
    Corpus { pages }
}

fn bench(c: &mut Criterion) {
    let ex = Extractor::new();
    let bare = corpus();
    let mut filled = bare.clone();
    fill(&mut filled, &ex);
    let records = dubao::ledger::build(&filled).len();
    eprintln!("{} pages, {records} records", filled.pages.len());
    let mut g = c.benchmark_group("ledger");
    g.sample_size(10);
    g.bench_function("facts", |b| {
        b.iter(|| {
            let mut c = bare.clone();
            fill(&mut c, &ex);
            black_box(c.pages.len())
        })
    });
    g.bench_function("ledger", |b| {
        b.iter(|| black_box(dubao::ledger::build(&filled).len()))
    });
    g.finish();
}

criterion_group!(benches, bench);

fn main() {
    if let Ok(pass) = std::env::var("DUBAO_PASS") {
        let mut c = corpus();
        if pass != "parse" {
            fill(&mut c, &Extractor::new());
        }
        let n = if pass == "ledger" {
            dubao::ledger::build(&c).len()
        } else {
            c.pages.len()
        };
        println!("{pass}: {n}");
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
