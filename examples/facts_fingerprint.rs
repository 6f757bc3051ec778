//! Every fact dubao extracts from a fixed set of texts, one line per fact, for checking that a
//! speed change moves no fact: run it before and after, then `diff` the two outputs (zero
//! differences, always).
//!
//! `cargo run --release --example facts_fingerprint [EXTRA_DIR...] > facts.txt`
//!
//! The texts: every sentence of CLUENER2020 train and People's Daily NER dev, and every input of
//! the Recognizers-Text Chinese specs (from `../shared/corpora`, read in place, skipped with a
//! message when absent), each as a one-paragraph article with and without a page year; the
//! sample page; the pages in tests/pages; the benchmark's digit-rotated sample pages; and every
//! page file under the directories given as arguments (for example /tmp/dom /tmp/odd).

use std::path::{Path, PathBuf};

use dubao::facts::tagger::corpus;
use dubao::facts::{self, Extractor};
use dubao::model::{Article, Corpus};

/// One line per fact of an article, prefixed with where the article came from.
fn print_facts(label: &str, facts: &[dubao::model::Fact]) {
    for f in facts {
        let json = serde_json::to_string(f).unwrap_or_else(|e| format!("<unserialisable: {e}>"));
        println!("{label}\t{json}");
    }
}

/// A one-paragraph article of `text`.
fn article(text: &str) -> Article {
    Article {
        id: "1-1".to_owned(),
        paragraphs: vec![text.to_owned()],
        ..Article::default()
    }
}

/// Facts of every sentence, undated and against a page year and an edition date, so the
/// rules that resolve relative dates run both ways.
fn sentences(ex: &Extractor, name: &str, texts: impl Iterator<Item = String>) {
    for (i, text) in texts.enumerate() {
        let a = article(&text);
        print_facts(&format!("{name}:{i}"), &ex.extract(&a, None));
        print_facts(
            &format!("{name}:{i}:dated"),
            &ex.extract_dated(&a, Some(2017), Some("2017-03-15")),
        );
    }
}

/// The corpus sentences, when `../shared/corpora` is there.
fn corpora(ex: &Extractor) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if !dir.is_dir() {
        eprintln!("skipping corpora: ../shared not found");
        return;
    }
    match std::fs::read_to_string(dir.join("cluener/train.json")) {
        Ok(json) => match corpus::read_cluener(&json) {
            Ok(s) => sentences(ex, "cluener", s.iter().map(corpus::Sentence::text)),
            Err(e) => eprintln!("cluener unreadable: {e}"),
        },
        Err(e) => eprintln!("skipping cluener: {e}"),
    }
    match std::fs::read_to_string(dir.join("peoples-daily-ner/dev.bio")) {
        Ok(bio) => sentences(
            ex,
            "pd",
            corpus::read_bio(&bio).iter().map(corpus::Sentence::text),
        ),
        Err(e) => eprintln!("skipping people's daily: {e}"),
    }
    recognizers(ex, &dir.join("recognizers-text"));
}

/// Every `Input` of every Recognizers-Text spec file under `dir`.
fn recognizers(ex: &Extractor, dir: &Path) {
    let mut files = Vec::new();
    collect(dir, &mut files);
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let Ok(cases) =
            serde_json::from_str::<Vec<serde_json::Value>>(text.trim_start_matches('\u{feff}'))
        else {
            continue;
        };
        let inputs = cases
            .iter()
            .filter_map(|c| c["Input"].as_str().map(str::to_owned));
        let name = file
            .strip_prefix(dir)
            .unwrap_or(&file)
            .display()
            .to_string();
        sentences(ex, &name, inputs);
    }
}

/// Every file under `dir`, sorted, so the output's order never depends on the file system.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for p in paths {
        // A symlinked folder is not followed: one that links back to its parent never ends.
        let real_dir = std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir());
        if real_dir {
            collect(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Facts of every article of a loaded corpus, as the reader fills them.
fn corpus_facts(ex: &Extractor, label: &str, mut corpus: Corpus) {
    facts::fill(&mut corpus, ex);
    for (p, page) in corpus.pages.iter().enumerate() {
        for a in &page.articles {
            print_facts(&format!("{label}:{p}:{}", a.id), &a.facts);
        }
    }
}

/// Each page file on its own (one unreadable file costs only itself).
fn pages(ex: &Extractor, files: &[PathBuf]) {
    for file in files {
        let (corpus, errors) = dubao::ingest::load_paths(std::slice::from_ref(file));
        for e in errors {
            eprintln!("{}: {e}", file.display());
        }
        // Labelled relative to the repository, so two worktrees' outputs compare.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let label = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        corpus_facts(ex, &label, corpus);
    }
}

/// The benchmark's pages: the sample with its digits rotated by `k`, one paragraph a line.
fn rotated(ex: &Extractor) {
    let sample = include_str!("../assets/sample.txt");
    for k in 1..10u32 {
        let text: String = sample
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_digit((d + k) % 10, 10).unwrap_or(c),
                None => c,
            })
            .collect();
        let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        sentences(ex, &format!("rotated{k}"), lines.map(str::to_owned));
    }
}

fn main() {
    let ex = Extractor::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("assets/sample.txt")];
    let mut own = Vec::new();
    collect(&root.join("tests/pages"), &mut own);
    own.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.extend(own);
    for dir in std::env::args().skip(1) {
        let mut extra = Vec::new();
        collect(Path::new(&dir), &mut extra);
        files.extend(extra);
    }
    pages(&ex, &files);
    rotated(&ex);
    corpora(&ex);
}
