//! The sample page's project ledger against the hand-checked ledger in
//! `../shared/fixtures/000_61feed3422ab155f.ledger.json`: every record, every field the gold
//! states. Skipped (with a message) when `../shared` is absent.

use std::path::{Path, PathBuf};

use dubao::facts::{self, Extractor};
use dubao::ledger::{self, Record};
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

/// The gold's article ids are `page-k`; the ledger's are whatever the model's ids are, so the
/// gold id is mapped to the id of the k-th article of that page.
fn article_id(corpus: &dubao::Corpus, gold: &str) -> String {
    let mut it = gold.split('-').map(|n| n.parse::<usize>().ok());
    match (it.next().flatten(), it.next().flatten()) {
        (Some(p), Some(k)) => corpus
            .pages
            .get(p - 1)
            .and_then(|pg| pg.articles.get(k - 1))
            .map(|a| a.id.clone())
            .unwrap_or_else(|| gold.to_owned()),
        _ => gold.to_owned(),
    }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The record as the gold states it: the gold's fields, measures without their printed text,
/// article ids mapped.
fn comparable(r: &Record) -> Value {
    let mut v = serde_json::to_value(r).expect("record serialises");
    if let Some(ms) = v["measures"].as_array_mut() {
        for m in ms {
            if let Some(o) = m.as_object_mut() {
                o.remove("text");
            }
        }
    }
    v
}

fn gold_record(corpus: &dubao::Corpus, g: &Value) -> Value {
    let mut g = g.clone();
    if let Some(stages) = g["stages"].as_array_mut() {
        for s in stages {
            let id = article_id(corpus, s["article"].as_str().unwrap_or(""));
            s["article"] = Value::String(id);
        }
    }
    let ids: Vec<Value> = strs(&g["articles"])
        .iter()
        .map(|a| Value::String(article_id(corpus, a)))
        .collect();
    g["articles"] = Value::Array(ids);
    g
}

#[test]
fn sample_ledger_equals_the_gold() {
    let Some(shared) = shared() else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("fixtures/000_61feed3422ab155f.ledger.json"))
            .expect("gold ledger readable"),
    )
    .expect("gold ledger is JSON");
    let (mut corpus, errors) =
        dubao::ingest::load_paths(&[shared.join("seeds/000_61feed3422ab155f.txt")]);
    assert!(errors.is_empty(), "{errors:?}");
    facts::fill(&mut corpus, &Extractor::new());
    let records = ledger::build(&corpus);
    let want = gold["projects"].as_array().expect("projects array");
    let got: Vec<Value> = records.iter().map(comparable).collect();
    let names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(got.len(), want.len(), "records: {names:?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!(*g, gold_record(&corpus, w), "record {}", w["name"]);
    }
}
