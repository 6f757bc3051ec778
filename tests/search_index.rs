//! The search index answers what the reader's scan answers: for every query, the articles with
//! at least one hit are the same, over every test page and the sample.

use dubao::index::{scan, SearchIndex};
use dubao::ingest::{self, Source};
use dubao::Article;

fn articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/pages")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut sources: Vec<Source> = paths.into_iter().map(Source::File).collect();
    sources.push(ingest::sample_source());
    sources
        .iter()
        .enumerate()
        .flat_map(|(k, s)| ingest::load_source(s, k + 1).expect("page loads").articles)
        .collect()
}

/// Queries written for the test, plus substrings taken from the pages themselves (every 97th
/// position, 1 to 4 chars long, some of them around a space) so most queries do hit.
fn queries(articles: &[Article]) -> Vec<String> {
    let mut qs: Vec<String> = [
        "经",
        "經",
        "經開區",
        "经开区",
        "开发区",
        "１２",
        "12",
        "２０２５",
        "亿元",
        "a",
        "A",
        "ｇｄｐ",
        "gdp",
        "2025年",
        "年 ",
        " ",
        "，",
        "记者",
        "記者",
        "龘",
        "不存在的词语",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let all: Vec<char> = articles
        .iter()
        .flat_map(|a| {
            let (t, b) = scan::texts(a);
            t.into_iter().chain(b).collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .collect();
    for (n, k) in (0..all.len()).step_by(97).enumerate() {
        let len = 1 + n % 4;
        let q: String = all[k..(k + len).min(all.len())].iter().collect();
        if !q.contains('\n') {
            qs.push(q);
        }
    }
    for (k, _) in all.iter().enumerate().filter(|(_, c)| **c == ' ').take(40) {
        if k > 0 && k + 1 < all.len() {
            qs.push(all[k - 1..=k + 1].iter().collect());
        }
    }
    qs
}

#[test]
fn index_hits_the_same_articles_as_the_scan() {
    let articles = articles();
    assert!(articles.len() > 20, "{} articles", articles.len());
    let idx = SearchIndex::build(articles.iter().enumerate().map(|(k, a)| (k as u64, a)))
        .expect("index builds");
    let qs = queries(&articles);
    assert!(qs.iter().any(|q| q.contains(' ') && q.chars().count() > 1));
    let mut hit = 0;
    for q in &qs {
        let want: Vec<u64> = articles
            .iter()
            .enumerate()
            .filter(|(_, a)| scan::count(a, q) > 0)
            .map(|(k, _)| k as u64)
            .collect();
        let got = idx.keys(q).expect("query runs");
        assert_eq!(got, want, "query {q:?}");
        hit += usize::from(!want.is_empty());
    }
    assert!(hit * 2 > qs.len(), "{hit} of {} queries hit", qs.len());
}
