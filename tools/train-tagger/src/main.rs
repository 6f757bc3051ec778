//! Trains dubao's tagger: a structured averaged perceptron over the features of
//! `dubao::facts::tagger::features`, BIO tags for person, place and organisation.
//!
//! `cargo run --manifest-path tools/train-tagger/Cargo.toml -- [--bits 18]
//! [--pd-repeat 2] [--max-epochs 15] [--epochs N] [--no-retrain 1] [--out assets/ner.model]`
//!
//! Reads `../shared/corpora/cluener/train.json` and `../shared/corpora/peoples-daily-ner/dev.bio`
//! (next to the repository), keeps their held-out sentences (see `tagger::corpus::part`) out of
//! training entirely, picks the number of epochs on the tuning sentences, retrains on training
//! and tuning sentences, quantises, writes the model, and prints the held-out figures of the
//! written model through the library's own inference path.

use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use dubao::facts::tagger::corpus::{self, Part, Sentence};
use dubao::facts::tagger::decode::{self, TAGS};
use dubao::facts::tagger::features::{self, PER_CHAR};
use dubao::facts::tagger::model::{Model, ROW};
use dubao::facts::tagger::{self, Kind};
use dubao::facts::Extractor;
use dubao::text::fold::fold;

struct Opts {
    bits: u32,
    pd_repeat: usize,
    max_epochs: usize,
    out: PathBuf,
    /// Skip the final retraining on training + tuning sentences: a model to tune the rules'
    /// use of it on the tuning sentences, which it has not seen.
    no_retrain: bool,
    /// Train this many epochs without searching for the best count on the tuning sentences
    /// (0: search up to `max_epochs`).
    epochs: usize,
    /// Copies of each training sentence with its names swapped for other names of the same
    /// kind from the same corpus's training sentences (0: none). See [`substitute`].
    augment: usize,
    /// Percent chance each name is swapped in an augmented copy, by kind (person, place,
    /// organisation).
    swap: [usize; 3],
    /// Seed of the augmentation's random draws.
    seed: u64,
    /// Print the held-out figures of the written model (`--held-out 0` while experimenting,
    /// so choices are made on the tuning sentences without seeing them).
    held_out: bool,
}

fn opts() -> Result<Opts> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut o = Opts {
        bits: 18,
        pd_repeat: 2,
        max_epochs: 15,
        out: root.join("assets/ner.model"),
        no_retrain: false,
        epochs: 0,
        augment: 0,
        swap: [100, 100, 100],
        seed: 0x9e37_79b9_7f4a_7c15,
        held_out: true,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let [k, v] = pair else {
            bail!("options come in pairs")
        };
        match k.as_str() {
            "--bits" => o.bits = v.parse()?,
            "--pd-repeat" => o.pd_repeat = v.parse()?,
            "--max-epochs" => o.max_epochs = v.parse()?,
            "--out" => o.out = v.into(),
            "--no-retrain" => o.no_retrain = v == "1",
            "--epochs" => o.epochs = v.parse()?,
            "--augment" => o.augment = v.parse()?,
            "--seed" => o.seed = v.parse()?,
            "--swap" => {
                let p: Vec<usize> = v.split(',').map(str::parse).collect::<Result<_, _>>()?;
                let [a, b, c] = p[..] else {
                    bail!("--swap takes three percents: person,place,organisation")
                };
                o.swap = [a, b, c];
            }
            "--held-out" => o.held_out = v != "0",
            _ => bail!("unknown option {k}"),
        }
    }
    Ok(o)
}

/// A sentence ready for training: its features, gold tags, and gold names for scoring.
struct Example {
    chars: Vec<char>,
    words: Vec<(usize, usize)>,
    feats: Vec<u64>,
    gold: Vec<usize>,
}

fn prepare(ex: &Extractor, s: &Sentence) -> Example {
    let folded = fold(&s.text());
    let chars: Vec<char> = folded.chars().collect();
    let words: Vec<(usize, usize)> = ex.words(&folded).iter().map(|t| (t.start, t.end)).collect();
    let mut feats = Vec::new();
    features::extract(&chars, &words, &mut feats);
    let gold = decode::tags_of(chars.len(), &s.spans);
    Example {
        chars,
        words,
        feats,
        gold,
    }
}

/// Perceptron state: current weights and the running sums for averaging (the usual trick:
/// the average is `w - acc / steps`).
struct Perceptron {
    bits: u32,
    w: Vec<i32>,
    acc: Vec<i64>,
    trans: Vec<i32>,
    trans_acc: Vec<i64>,
    start: Vec<i32>,
    start_acc: Vec<i64>,
    steps: i64,
}

impl Perceptron {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * TAGS;
        Perceptron {
            bits,
            w: vec![0; n],
            acc: vec![0; n],
            trans: vec![0; TAGS * TAGS],
            trans_acc: vec![0; TAGS * TAGS],
            start: vec![0; TAGS],
            start_acc: vec![0; TAGS],
            steps: 1,
        }
    }

    fn emissions(&self, w: &[i32], feats: &[u64]) -> Vec<i32> {
        let n = feats.len() / PER_CHAR;
        let mut emit = vec![0; n * TAGS];
        for (i, fs) in feats.chunks_exact(PER_CHAR).enumerate() {
            for &h in fs {
                let r = Model::row(self.bits, h) * TAGS;
                for t in 0..TAGS {
                    emit[i * TAGS + t] += w[r + t];
                }
            }
        }
        emit
    }

    fn train_one(&mut self, e: &Example) {
        let emit = self.emissions(&self.w, &e.feats);
        let pred = decode::viterbi(&emit, &self.trans, &self.start);
        if pred == e.gold {
            self.steps += 1;
            return;
        }
        let c = self.steps;
        for (i, (&g, &p)) in e.gold.iter().zip(&pred).enumerate() {
            if g != p {
                for &h in &e.feats[i * PER_CHAR..(i + 1) * PER_CHAR] {
                    let r = Model::row(self.bits, h) * TAGS;
                    self.w[r + g] += 1;
                    self.acc[r + g] += c;
                    self.w[r + p] -= 1;
                    self.acc[r + p] -= c;
                }
            }
            let (gp, pp) = if i == 0 {
                (None, None)
            } else {
                (Some(e.gold[i - 1]), Some(pred[i - 1]))
            };
            if (gp, g) != (pp, p) {
                match (gp, pp) {
                    (Some(gp), Some(pp)) => {
                        self.trans[gp * TAGS + g] += 1;
                        self.trans_acc[gp * TAGS + g] += c;
                        self.trans[pp * TAGS + p] -= 1;
                        self.trans_acc[pp * TAGS + p] -= c;
                    }
                    _ => {
                        self.start[g] += 1;
                        self.start_acc[g] += c;
                        self.start[p] -= 1;
                        self.start_acc[p] -= c;
                    }
                }
            }
        }
        self.steps += 1;
    }

    /// Averaged weights, scaled by `steps` to stay integral: `w * steps - acc`.
    fn averaged(w: &[i32], acc: &[i64], steps: i64) -> Vec<f64> {
        w.iter()
            .zip(acc)
            .map(|(&w, &a)| (i64::from(w) * steps - a) as f64 / steps as f64)
            .collect()
    }

    /// The averaged model quantised to one byte a weight, as model bytes.
    fn export(&self) -> Vec<u8> {
        let w = Self::averaged(&self.w, &self.acc, self.steps);
        let trans = Self::averaged(&self.trans, &self.trans_acc, self.steps);
        let start = Self::averaged(&self.start, &self.start_acc, self.steps);
        let limit = 127.0;
        // Scale by a high percentile of the emission weights, clipping the rare larger ones:
        // a single outlier would otherwise squash every other weight to zero.
        let mut mags: Vec<f64> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
        mags.sort_by(f64::total_cmp);
        let top = mags
            .get(mags.len().saturating_sub(1 + mags.len() / 2000))
            .copied()
            .unwrap_or(1.0)
            .max(1e-9);
        let scale = limit / top;
        let q = |x: f64| (x * scale).round().clamp(-limit, limit) as i64;
        let mut rows = Vec::with_capacity((1usize << self.bits) * ROW);
        for row in w.chunks_exact(TAGS) {
            rows.extend(row.iter().map(|&x| q(x) as i8 as u8));
            rows.resize(rows.len() + ROW - TAGS, 0);
        }
        let ints =
            |v: &[f64]| -> Vec<i32> { v.iter().map(|&x| (x * scale).round() as i32).collect() };
        Model::write(self.bits, &ints(&trans), &ints(&start), &rows)
    }
}

/// Per-kind counts of distinct names per sentence.
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

fn names(chars: &[char], spans: &[(Kind, usize, usize)]) -> HashSet<(Kind, String)> {
    spans
        .iter()
        .map(|&(k, s, e)| (k, chars[s..e].iter().collect()))
        .collect()
}

fn score(
    examples: &[&Example],
    predict: impl Fn(&Example) -> Vec<(Kind, usize, usize)>,
) -> [Counts; 3] {
    let mut c = [Counts::default(); 3];
    for e in examples {
        let gold = names(&e.chars, &decode::spans(&e.gold));
        let ours = names(&e.chars, &predict(e));
        for (k, _) in ours.intersection(&gold) {
            c[k.index()].tp += 1;
        }
        for (k, _) in ours.difference(&gold) {
            c[k.index()].fp += 1;
        }
        for (k, _) in gold.difference(&ours) {
            c[k.index()].fn_ += 1;
        }
    }
    c
}

fn show(label: &str, c: &[Counts; 3]) -> f64 {
    let f: Vec<f64> = c.iter().map(Counts::f1).collect();
    println!(
        "{label}: person {:.3} place {:.3} org {:.3}",
        f[0], f[1], f[2]
    );
    f.iter().sum::<f64>() / 3.0
}

fn train(
    bits: u32,
    train: &[&Example],
    epochs: usize,
    mut each: impl FnMut(usize, &Perceptron),
) -> Perceptron {
    let mut p = Perceptron::new(bits);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for epoch in 1..=epochs {
        // Fisher–Yates with a fixed xorshift: the same model from the same data.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            p.train_one(train[i]);
        }
        each(epoch, &p);
    }
    p
}

fn main() -> Result<()> {
    let o = opts()?;
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora");
    let cluener_text = std::fs::read_to_string(shared.join("cluener/train.json"))
        .with_context(|| format!("reading {}", shared.display()))?;
    let pd_text = std::fs::read_to_string(shared.join("peoples-daily-ner/dev.bio"))?;
    let ex = Extractor::new();
    let sets = [
        ("cluener", corpus::read_cluener(&cluener_text)?),
        ("peoples-daily", corpus::read_bio(&pd_text)),
    ];
    // Slots: training, tuning, held-out, and the training sentences' augmented copies.
    let mut parts: Vec<[Vec<Example>; 4]> = Vec::new();
    for (name, sents) in &sets {
        let mut p: [Vec<Example>; 4] = Default::default();
        let mut training = Vec::new();
        for (i, s) in sents.iter().enumerate() {
            let slot = match corpus::part(i) {
                Part::Train => 0,
                Part::Tune => 1,
                Part::HeldOut => 2,
            };
            if slot == 0 {
                training.push(s);
            }
            p[slot].push(prepare(&ex, s));
        }
        let pools = name_pools(&training);
        let mut rng = Rng(o.seed.max(1));
        for _ in 0..o.augment {
            for s in &training {
                if !s.spans.is_empty() {
                    p[3].push(prepare(&ex, &substitute(s, &pools, o.swap, &mut rng)));
                }
            }
        }
        println!(
            "{name}: {} train (+{} augmented), {} tune, {} held out",
            p[0].len(),
            p[3].len(),
            p[1].len(),
            p[2].len()
        );
        parts.push(p);
    }
    let repeat = |set: usize, n: usize| -> usize {
        if set == 1 {
            n * o.pd_repeat
        } else {
            n
        }
    };
    let collect = |slots: &[usize]| -> Vec<&Example> {
        let mut v = Vec::new();
        for (set, p) in parts.iter().enumerate() {
            for &slot in slots {
                for _ in 0..repeat(set, 1) {
                    v.extend(p[slot].iter());
                }
            }
        }
        v
    };
    let tune: Vec<Vec<&Example>> = parts.iter().map(|p| p[1].iter().collect()).collect();
    let mut best = (0.0, o.epochs.max(1));
    let search = if o.epochs == 0 { o.max_epochs } else { 0 };
    train(o.bits, &collect(&[0, 3]), search, |epoch, p| {
        let w = Perceptron::averaged(&p.w, &p.acc, p.steps);
        let w: Vec<i32> = w.iter().map(|x| (x * 16.0).round() as i32).collect();
        let tr: Vec<i32> = Perceptron::averaged(&p.trans, &p.trans_acc, p.steps)
            .iter()
            .map(|x| (x * 16.0).round() as i32)
            .collect();
        let st: Vec<i32> = Perceptron::averaged(&p.start, &p.start_acc, p.steps)
            .iter()
            .map(|x| (x * 16.0).round() as i32)
            .collect();
        let mut mean = 0.0;
        for (set, t) in tune.iter().enumerate() {
            let c = score(t, |e| {
                decode::spans(&decode::viterbi(&p.emissions(&w, &e.feats), &tr, &st))
            });
            mean += show(&format!("epoch {epoch} tune {}", sets[set].0), &c) / 2.0;
        }
        if mean > best.0 {
            best = (mean, epoch);
        }
    });
    println!("best epoch {} (tune mean F1 {:.3})", best.1, best.0);
    let final_parts: &[usize] = if o.no_retrain { &[0, 3] } else { &[0, 1, 3] };
    let p = train(o.bits, &collect(final_parts), best.1, |_, _| {});
    let bytes = p.export();
    std::fs::write(&o.out, &bytes)?;
    println!("wrote {} ({} bytes)", o.out.display(), bytes.len());
    if !o.held_out {
        return Ok(());
    }
    let model = Model::parse(Box::leak(bytes.into_boxed_slice())).context("model parses")?;
    for (set, p) in parts.iter().enumerate() {
        let held: Vec<&Example> = p[2].iter().collect();
        let c = score(&held, |e| {
            tagger::tag_with(&model, &e.chars, &e.words)
                .into_iter()
                .map(|s| (s.kind, s.start, s.end))
                .collect()
        });
        show(&format!("held out {} (quantised)", sets[set].0), &c);
    }
    Ok(())
}

/// A fixed xorshift: the same augmented copies, and so the same model, from the same data.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Every distinct name of each kind in `sentences`, by [`Kind::index`].
fn name_pools(sentences: &[&Sentence]) -> [Vec<Vec<char>>; 3] {
    let mut seen: [HashSet<Vec<char>>; 3] = Default::default();
    for s in sentences {
        for &(k, a, b) in &s.spans {
            seen[k.index()].insert(s.chars[a..b].to_vec());
        }
    }
    seen.map(|set| {
        let mut v: Vec<Vec<char>> = set.into_iter().collect();
        v.sort();
        v
    })
}

/// A copy of `s` with each name replaced by a name of the same kind drawn from `pools`
/// (mention replacement, Dai & Adel 2020): the tagger sees the contexts names occur in with
/// names it has not seen there, so it learns the context rather than the names, which is what
/// news nobody trained on needs. The text between names is kept as it is.
fn substitute(
    s: &Sentence,
    pools: &[Vec<Vec<char>>; 3],
    swap: [usize; 3],
    rng: &mut Rng,
) -> Sentence {
    let mut spans = s.spans.clone();
    spans.sort_by_key(|&(_, a, _)| a);
    let mut chars = Vec::with_capacity(s.chars.len());
    let mut out = Vec::with_capacity(spans.len());
    let mut at = 0;
    for (k, a, b) in spans {
        if a < at || b > s.chars.len() {
            continue;
        }
        chars.extend_from_slice(&s.chars[at..a]);
        let pool = &pools[k.index()];
        let name = match pool.get(rng.below(pool.len())) {
            Some(n) if rng.below(100) < swap[k.index()] => n.as_slice(),
            _ => &s.chars[a..b],
        };
        let start = chars.len();
        chars.extend_from_slice(name);
        out.push((k, start, chars.len()));
        at = b;
    }
    chars.extend_from_slice(&s.chars[at..]);
    Sentence {
        chars,
        spans: out,
        roles: Vec::new(),
    }
}
