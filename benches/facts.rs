//! Facts for a 400-page folder against jieba-rs tagging alone on the same texts.
//!
//! Pages are the sample repeated with its digits rotated per page (so values differ), cut into
//! articles of a few paragraphs each; both sides see exactly the same title and paragraph texts.
//! Repeating one page flatters every memo (the per-thread tags of single words, say), so
//! `DUBAO_BENCH_PAGES=DIR` instead reads every page under `DIR` (for example
//! /tmp/dubao-archive-1000 or tests/pages) through dubao's own ingest, and both sides run over
//! the articles it finds, each page with its own year: the ratio on varied text.
//!
//! `cargo bench --bench facts -- --warm-up-time 1 --measurement-time 3` times both;
//! `DUBAO_PEAK=jieba|facts cargo bench --bench facts` instead runs one pass of one side (after
//! one warm-up page through both) and prints the process's peak resident memory (VmHWM), for
//! the memory ratio; under `valgrind --tool=callgrind` the inclusive counts of `jieba_pass` and
//! `facts_pass` give the time ratio in instructions, whatever else the machine is doing.

use std::hint::black_box;

use criterion::{criterion_group, Criterion};
use dubao::facts::Extractor;
use dubao::model::Article;

const SAMPLE: &str = include_str!("../assets/sample.txt");
const PAGES: usize = 400;

/// The sample with every ASCII digit shifted by `k`, cut into articles of six paragraphs.
fn page(k: usize) -> Vec<Article> {
    let text: String = SAMPLE
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_digit((d + k as u32) % 10, 10).unwrap_or(c),
            None => c,
        })
        .collect();
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    lines
        .chunks(6)
        .enumerate()
        .map(|(i, chunk)| Article {
            id: format!("{}-{}", k + 1, i + 1),
            title: vec![chunk[0].clone()],
            paragraphs: chunk[1..].to_vec(),
            ..Article::default()
        })
        .collect()
}

/// A page's articles and its year, the year facts resolve partial dates against.
struct BenchPage {
    articles: Vec<Article>,
    year: Option<i32>,
}

/// The pages both sides run over: those under `DUBAO_BENCH_PAGES` when it is set (varied
/// text), else the sample rotated [`PAGES`] times.
fn corpus() -> Vec<BenchPage> {
    match std::env::var_os("DUBAO_BENCH_PAGES") {
        Some(dir) => pages_in(std::path::PathBuf::from(dir)),
        None => (0..PAGES)
            .map(|k| BenchPage {
                articles: page(k),
                year: Some(2025),
            })
            .collect(),
    }
}

/// Every page under `dir`, parsed by dubao's ingest as the reader would.
fn pages_in(dir: std::path::PathBuf) -> Vec<BenchPage> {
    let (corpus, errors) = dubao::ingest::load_paths(&[dir]);
    for e in &errors {
        eprintln!("{e}");
    }
    let pages: Vec<BenchPage> = corpus
        .pages
        .into_iter()
        .map(|p| BenchPage {
            year: p.year,
            articles: p.articles,
        })
        .collect();
    let chars: usize = pages
        .iter()
        .flat_map(|p| &p.articles)
        .flat_map(|a| a.title.iter().chain(&a.paragraphs))
        .map(|t| t.chars().count())
        .sum();
    eprintln!(
        "{} pages, {chars} chars of titles and paragraphs",
        pages.len()
    );
    pages
}

/// jieba-rs tagging alone, as a user of the crate would call it on the page's text.
#[inline(never)]
fn jieba_pass(jieba: &jieba_rs::Jieba, pages: &[BenchPage]) -> usize {
    jieba_pass_of(jieba, pages)
}

fn jieba_pass_of(jieba: &jieba_rs::Jieba, pages: &[BenchPage]) -> usize {
    let mut n = 0;
    for a in pages.iter().flat_map(|p| &p.articles) {
        for t in a.title.iter().chain(&a.paragraphs) {
            n += jieba.tag(t, true).len();
        }
    }
    n
}

#[inline(never)]
fn facts_pass(ex: &Extractor, pages: &[BenchPage]) -> usize {
    facts_pass_of(ex, pages)
}

fn facts_pass_of(ex: &Extractor, pages: &[BenchPage]) -> usize {
    pages
        .iter()
        .flat_map(|p| p.articles.iter().map(|a| ex.extract(a, p.year).len()))
        .sum()
}

/// One page through a side first, so the one-off loading of lazy tables (jieba's tag model,
/// our word lists) is not counted in the pass.
#[inline(never)]
fn warm_up_jieba(jieba: &jieba_rs::Jieba, pages: &[BenchPage]) {
    black_box(jieba_pass_of(jieba, &pages[..pages.len().min(1)]));
}

#[inline(never)]
fn warm_up_facts(ex: &Extractor, pages: &[BenchPage]) {
    black_box(ex.word_pos("瓦塘镇"));
    black_box(facts_pass_of(ex, &pages[..pages.len().min(1)]));
}

fn bench(c: &mut Criterion) {
    let pages = corpus();
    let jieba = jieba_rs::Jieba::new();
    let ex = Extractor::new();
    let mut g = c.benchmark_group(format!("{} pages", pages.len()));
    g.sample_size(10);
    g.bench_function("jieba tag", |b| {
        b.iter(|| black_box(jieba_pass(&jieba, &pages)))
    });
    g.bench_function("facts", |b| b.iter(|| black_box(facts_pass(&ex, &pages))));
    g.finish();
}

/// CPU time (user + system) this process has used, in clock ticks (1/100 s), from
/// `/proc/self/stat`: on a busy machine, the pass's own CPU time is the fair figure.
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// Peak resident set size of this process in kB.
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// An article of one paragraph (and the given title lines).
fn article_of(title: Vec<String>, paragraph: String) -> Article {
    Article {
        id: "1-1".to_owned(),
        title,
        paragraphs: vec![paragraph],
        ..Article::default()
    }
}

/// A distinct all-Han place name for `k` (its decimal digits as 东西南北…).
fn han_name(k: usize) -> String {
    const H: [char; 10] = ['东', '西', '南', '北', '中', '山', '河', '湖', '海', '林'];
    k.to_string()
        .chars()
        .filter_map(|d| d.to_digit(10).map(|d| H[d as usize]))
        .collect()
}

/// Texts that once made extraction quadratic: 40,000 amounts in one sentence (the `其中`
/// back-scan), 200,000 zone names in one paragraph and 100,000 title lines (the zone index).
/// Criterion prints each time; linear means doubling the size doubles it, which the `half`
/// cases let one read off in the same run.
fn hot_spots(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut g = c.benchmark_group("hot spots");
    g.sample_size(10);
    for n in [20_000usize, 40_000] {
        let sentence = format!("其中{}。", "投资 5 亿元，".repeat(n));
        let a = article_of(vec![], sentence);
        g.bench_function(format!("{n} amounts in one sentence"), |b| {
            b.iter(|| black_box(ex.extract(&a, Some(2025)).len()))
        });
    }
    for n in [100_000usize, 200_000] {
        let para: String = (0..n).map(|k| format!("{}经开区、", han_name(k))).collect();
        let a = article_of(vec!["运城经开区".to_owned()], para);
        g.bench_function(format!("{n} zone names in one paragraph"), |b| {
            b.iter(|| black_box(ex.extract(&a, Some(2025)).len()))
        });
    }
    for n in [50_000usize, 100_000] {
        let titles: Vec<String> = (0..n)
            .map(|k| format!("{}经济技术开发区", han_name(k)))
            .collect();
        let a = article_of(titles, "本报讯 开发区召开会议。".to_owned());
        g.bench_function(format!("{n} title lines"), |b| {
            b.iter(|| black_box(ex.extract(&a, Some(2025)).len()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench, hot_spots);

fn main() {
    if let Ok(side) = std::env::var("DUBAO_PEAK") {
        let pages = corpus();
        let (n, ticks) = if side == "facts" {
            let ex = Extractor::new();
            warm_up_facts(&ex, &pages);
            let t0 = cpu_ticks();
            (facts_pass(&ex, &pages), t0)
        } else {
            let jieba = jieba_rs::Jieba::new();
            warm_up_jieba(&jieba, &pages);
            let t0 = cpu_ticks();
            (jieba_pass(&jieba, &pages), t0)
        };
        let cpu_ms = cpu_ticks()
            .zip(ticks)
            .map_or(0, |(b, a)| b.saturating_sub(a) * 10);
        println!(
            "{side}: {n} items, pass {cpu_ms} ms CPU, peak {} kB",
            peak_kb().unwrap_or(0)
        );
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
