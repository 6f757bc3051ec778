//! A statistical tagger for people, places and organisations: an averaged perceptron over
//! char and jieba-word features ([`features`]), BIO tags decoded by Viterbi ([`decode`]), with
//! hashed, quantised weights embedded from `assets/ner.model` ([`model`]) and trained by
//! `tools/train-tagger` on CLUENER2020 and People's Daily ([`corpus`]).
//!
//! It proposes spans; the rules in `people`, `places` and `orgs` decide what becomes a fact.
//! The model is read on first use (a header parse: the weights are used where they lie), which
//! happens in the extraction thread, never before the reader's first screen.

pub mod combine;
pub mod corpus;
pub mod decode;
pub mod features;
pub mod model;

use std::sync::OnceLock;

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

/// [`tag`] with a given model.
pub fn tag_with(m: &Model, f: &[char], words: &[(usize, usize)]) -> Vec<Span> {
    let mut feats = Vec::new();
    features::extract(f, words, &mut feats);
    let emit = m.emissions(&feats, features::PER_CHAR);
    let tags = decode::viterbi(&emit, &m.trans, &m.start);
    decode::spans(&tags)
        .into_iter()
        .map(|(kind, start, end)| {
            let margin: i32 = (start..end)
                .map(|i| {
                    let e = &emit[i * decode::TAGS..(i + 1) * decode::TAGS];
                    e[tags[i]] - e[0]
                })
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
