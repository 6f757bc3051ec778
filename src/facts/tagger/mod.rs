//! A statistical tagger for people, places and organisations: an averaged perceptron over
//! char and jieba-word features ([`features`]), BIO tags decoded by Viterbi ([`decode`]; on i16
//! lanes for the shipped model, [`lanes`]), with hashed, quantised weights embedded from
//! `assets/ner.model` ([`model`](mod@model)) and trained by `tools/train-tagger` on CLUENER2020 and
//! People's Daily ([`corpus`]).
//!
//! It proposes spans; the rules in `people`, `places` and `orgs` decide what becomes a fact.
//! The model is read on first use (a header parse: the weights are used where they lie), which
//! happens in the extraction thread, never before the reader's first screen.

pub mod combine;
pub mod corpus;
pub mod decode;
pub mod features;
mod known;
pub mod lanes;
pub mod model;

use std::cell::RefCell;
use std::sync::OnceLock;

use lanes::Lane;
use model::Model;

/// The weights as shipped; an empty or foreign file means no tagger (rules only).
static MODEL_BYTES: &[u8] = include_bytes!("../../../assets/ner.model");

/// What a span names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Person,
    Place,
    Org,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Person, Kind::Place, Kind::Org];

    /// The kind's position in [`Kind::ALL`] (and in the tag numbering).
    pub fn index(self) -> usize {
        match self {
            Kind::Person => 0,
            Kind::Place => 1,
            Kind::Org => 2,
        }
    }
}

/// A span the tagger proposes, in chars, with how sure it is: the mean margin of its tags over
/// `outside`, in weight units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub confidence: i32,
}

/// The shipped model, parsed once; `None` when the build carries none.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::parse(MODEL_BYTES)).as_ref()
}

/// Spans in folded text `f`, given jieba's words of it as char spans.
pub fn tag(f: &[char], words: &[(usize, usize)]) -> Vec<Span> {
    match model() {
        Some(m) => tag_with(m, f, words),
        None => Vec::new(),
    }
}

/// Buffers one tagging needs, kept per thread so a text costs no allocation once they have
/// grown to the longest text seen.
#[derive(Default)]
struct Scratch {
    emit: Vec<Lane>,
    scores: Vec<lanes::Score>,
    tags: Vec<usize>,
}

/// Chars of text whose buffers stay for the next text: an outsized paragraph (a fuzzer's
/// 200,000 zone names) gives its memory back.
const KEEP_CHARS: usize = 1 << 16;

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// [`tag`] with a given model.
pub fn tag_with(m: &Model, f: &[char], words: &[(usize, usize)]) -> Vec<Span> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut s) => {
            let spans = tag_in(m, f, words, &mut s);
            if f.len() > KEEP_CHARS {
                *s = Scratch::default();
            }
            spans
        }
        Err(_) => tag_in(m, f, words, &mut Scratch::default()),
    })
}

/// Tags `f`: each char's rows summed as its hashes come (the loads overlap the next char's
/// hashing), then one Viterbi pass over the lanes.
fn tag_in(m: &Model, f: &[char], words: &[(usize, usize)], s: &mut Scratch) -> Vec<Span> {
    let Scratch { emit, scores, tags } = s;
    emit.clear();
    emit.reserve(f.len());
    features::each_char(f, words, |h| emit.push(m.emission(h)));
    m.lanes.decode(emit, scores, tags);
    decode::spans(tags)
        .into_iter()
        .map(|(kind, start, end)| {
            let margin: i32 = (start..end)
                .map(|i| i32::from(emit[i][tags[i]]) - i32::from(emit[i][0]))
                .sum();
            Span {
                kind,
                start,
                end,
                confidence: margin / (end - start).max(1) as i32,
            }
        })
        .collect()
}
