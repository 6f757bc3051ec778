//! People, places and organisations on the held-out fifth of CLUENER2020 (web news) and of
//! People's Daily NER (newspaper), which the tagger never trained on: sentence-level F1 of
//! distinct names per kind, for dubao's facts (rules and tagger together), the tagger alone, and
//! jieba-rs part-of-speech tags used as a tagger (`nr`/`ns`/`nt`) on the same text.
//!
//! The corpora live in `../shared/corpora/` (or where `DUBAO_CORPORA` says); without them the
//! test skips with a message.

use std::collections::HashSet;
use std::path::Path;

use dubao::facts::tagger::corpus::{self, Part, Sentence};
use dubao::facts::tagger::{self, Kind};
use dubao::facts::Extractor;
use dubao::model::{Article, FactKind};

type Names = HashSet<(Kind, String)>;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Per-kind counts over sentences of (gold, ours) name sets.
fn score(pairs: &[(Names, Names)]) -> [Counts; 3] {
    let mut c = [Counts::default(); 3];
    for (gold, ours) in pairs {
        for (k, _) in ours.intersection(gold) {
            c[k.index()].tp += 1;
        }
        for (k, _) in ours.difference(gold) {
            c[k.index()].fp += 1;
        }
        for (k, _) in gold.difference(ours) {
            c[k.index()].fn_ += 1;
        }
    }
    c
}

fn gold(s: &Sentence) -> Names {
    s.spans
        .iter()
        .map(|&(k, a, b)| (k, s.chars[a..b].iter().collect()))
        .collect()
}

fn article(text: &str) -> Article {
    Article {
        id: "1-1".to_owned(),
        paragraphs: vec![text.to_owned()],
        ..Article::default()
    }
}

fn dubao(ex: &Extractor, text: &str) -> Names {
    ex.extract(&article(text), None)
        .into_iter()
        .filter_map(|f| {
            let kind = match f.kind {
                FactKind::Person => Kind::Person,
                FactKind::Place => Kind::Place,
                FactKind::Organization => Kind::Org,
                _ => return None,
            };
            Some((kind, f.text))
        })
        .collect()
}

fn tagger_alone(ex: &Extractor, text: &str) -> Names {
    let chars: Vec<char> = text.chars().collect();
    let words: Vec<(usize, usize)> = ex.words(text).iter().map(|t| (t.start, t.end)).collect();
    tagger::tag(&chars, &words)
        .into_iter()
        .map(|s| (s.kind, chars[s.start..s.end].iter().collect()))
        .collect()
}

fn jieba(j: &jieba_rs::Jieba, text: &str) -> Names {
    j.tag(text, true)
        .into_iter()
        .filter_map(|t| {
            let kind = match t.tag {
                "nr" | "nrfg" | "nrt" => Kind::Person,
                "ns" => Kind::Place,
                "nt" => Kind::Org,
                _ => return None,
            };
            Some((kind, t.word.to_owned()))
        })
        .collect()
}

/// Why dubao lacks a name the tagger alone had right: another kind for the same text, a
/// boundary of the same kind changed, a name of another kind over it, or dropped.
fn why_lost(n: &(Kind, String), d: &Names) -> String {
    let rel = |a: &str, b: &str| a.contains(b) || b.contains(a);
    if let Some((k, _)) = d.iter().find(|(k, x)| *k != n.0 && *x == n.1) {
        return format!("kind->{k:?}");
    }
    if let Some((_, x)) = d.iter().find(|(k, x)| *k == n.0 && rel(x, &n.1)) {
        let how = if x.contains(n.1.as_str()) {
            "longer"
        } else {
            "shorter"
        };
        return format!("{how}:{x}");
    }
    if let Some((k, x)) = d.iter().find(|(_, x)| rel(x, &n.1)) {
        return format!("other-{k:?}:{x}");
    }
    "dropped".to_owned()
}

/// Why dubao has a wrong name the tagger alone did not propose: gold under another kind, a
/// boundary variant of a gold name, inside a span the tagger proposed, or unrelated.
fn why_bad(n: &(Kind, String), g: &Names, t: &Names) -> String {
    let rel = |a: &str, b: &str| a.contains(b) || b.contains(a);
    if let Some((k, _)) = g.iter().find(|(k, x)| *k != n.0 && *x == n.1) {
        return format!("gold-kind-{k:?}");
    }
    if let Some((_, x)) = g.iter().find(|(k, x)| *k == n.0 && rel(x, &n.1)) {
        return format!("boundary-of:{x}");
    }
    if let Some((k, x)) = g.iter().find(|(_, x)| rel(x, &n.1)) {
        return format!("part-of-gold-{k:?}:{x}");
    }
    if let Some((k, x)) = t.iter().find(|(_, x)| rel(x, &n.1)) {
        return format!("tagger-{k:?}:{x}");
    }
    "spurious".to_owned()
}

fn line(label: &str, c: &[Counts; 3]) -> [f64; 3] {
    let f = [c[0].f1(), c[1].f1(), c[2].f1()];
    eprintln!(
        "  {label:<8} person {:.3}  place {:.3}  organisation {:.3}",
        f[0], f[1], f[2]
    );
    if std::env::var("DUBAO_NER_COUNTS").is_ok() {
        let t: Vec<_> = c.iter().map(|c| (c.tp, c.fp, c.fn_)).collect();
        eprintln!("           (tp, fp, fn) {t:?}");
    }
    f
}

/// dubao's F1 per kind on one corpus's held-out sentences, printed with the tagger alone and
/// jieba; returns (dubao, jieba).
fn measure(name: &str, sentences: &[Sentence]) -> ([f64; 3], [f64; 3]) {
    let ex = Extractor::new();
    let j = jieba_rs::Jieba::new();
    // `DUBAO_NER_PART=tune` (or `train`) measures the tuning (training) sentences instead, for
    // looking at errors without looking at the held-out ones; there `DUBAO_NER_DUMP=1` prints
    // dubao's misses. A change to the rules can be checked on the 70 % training part, where the
    // shipped model is near perfect but the rules' own edges still show.
    let part = match std::env::var("DUBAO_NER_PART").as_deref() {
        Ok("tune") => Part::Tune,
        Ok("train") => Part::Train,
        _ => Part::HeldOut,
    };
    let dump = std::env::var("DUBAO_NER_DUMP").is_ok() && part != Part::HeldOut;
    let held: Vec<&Sentence> = sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| corpus::part(*i) == part)
        .map(|(_, s)| s)
        .collect();
    let (mut ours, mut alone, mut base) = (vec![], vec![], vec![]);
    for s in &held {
        let text = s.text();
        let g = gold(s);
        let d = dubao(&ex, &text);
        if dump && d != g {
            let fp: Vec<_> = d.difference(&g).collect();
            let fn_: Vec<_> = g.difference(&d).collect();
            eprintln!("{text}\n    extra {fp:?}\n    missed {fn_:?}");
        }
        let t = tagger_alone(&ex, &text);
        if std::env::var("DUBAO_NER_DIFF").is_ok() && part != Part::HeldOut {
            // What combining costs: names the tagger had right that dubao lost, and names
            // dubao added that are wrong. On the training part the tagger is near perfect, so
            // its losses overstate what combining costs, but the rules' false names there are
            // seven times as many examples as the tuning part gives.
            let lost: Vec<_> = t.intersection(&g).filter(|n| !d.contains(n)).collect();
            let bad: Vec<_> = d.difference(&g).filter(|n| !t.contains(n)).collect();
            if !lost.is_empty() || !bad.is_empty() {
                eprintln!("{text}\n    lost {lost:?}\n    bad {bad:?}\n    gold {g:?}");
            }
            for n in lost {
                eprintln!(
                    "CAT\t{name}\tlost\t{:?}\t{}\t{}\t{text}",
                    n.0,
                    why_lost(n, &d),
                    n.1
                );
            }
            for n in bad {
                eprintln!(
                    "CAT\t{name}\tbad\t{:?}\t{}\t{}\t{text}",
                    n.0,
                    why_bad(n, &g, &t),
                    n.1
                );
            }
        }
        ours.push((g.clone(), d));
        alone.push((g.clone(), t));
        base.push((g, jieba(&j, &text)));
    }
    eprintln!(
        "{name}: {} {} sentences",
        held.len(),
        if part == Part::Tune {
            "tuning"
        } else {
            "held-out"
        }
    );
    let d = line("dubao", &score(&ours));
    line("tagger", &score(&alone));
    let b = line("jieba", &score(&base));
    (d, b)
}

fn check(name: &str, (d, b): ([f64; 3], [f64; 3]), floors: [f64; 3]) {
    for (k, kind) in ["person", "place", "organisation"].iter().enumerate() {
        assert!(
            d[k] >= floors[k],
            "{name} {kind}: F1 {:.3} under its floor {:.3}",
            d[k],
            floors[k]
        );
        assert!(
            d[k] > b[k],
            "{name} {kind}: F1 {:.3} not above jieba's {:.3}",
            d[k],
            b[k]
        );
    }
}

/// `../shared/corpora` beside the checkout, or the directory `DUBAO_CORPORA` names (a
/// worktree one level deeper than the main checkout has no `../shared`).
fn corpora() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("DUBAO_CORPORA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora"),
        std::path::PathBuf::from,
    );
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: ../shared not found");
        None
    }
}

#[test]
fn held_out_peoples_daily() {
    let Some(dir) = corpora() else { return };
    let text = std::fs::read_to_string(dir.join("peoples-daily-ner/dev.bio")).expect("readable");
    let figures = measure("People's Daily", &corpus::read_bio(&text));
    check("People's Daily", figures, FLOORS_PD);
}

#[test]
fn held_out_cluener() {
    let Some(dir) = corpora() else { return };
    let text = std::fs::read_to_string(dir.join("cluener/train.json")).expect("readable");
    let sentences = corpus::read_cluener(&text).expect("valid CLUENER JSON");
    let figures = measure("CLUENER", &sentences);
    check("CLUENER", figures, FLOORS_CLUENER);
}

/// Floors just under the figures measured with the shipped model (person 0.760, place 0.794,
/// organisation 0.686 on People's Daily; 0.747, 0.446, 0.771 on CLUENER; stop 52).
const FLOORS_PD: [f64; 3] = [0.752, 0.790, 0.668];
const FLOORS_CLUENER: [f64; 3] = [0.74, 0.442, 0.76];
