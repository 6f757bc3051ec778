//! Reading the annotated corpora the tagger is trained and measured on (CLUENER2020's JSON,
//! People's Daily's one-char-a-line BIO), and the fixed split of each into training, tuning
//! and held-out sentences. The trainer and the held-out test both read through here, so they
//! always agree on which sentences are held out.

use serde::Deserialize;
use std::collections::HashMap;

use super::Kind;

/// One annotated sentence: its chars, the named spans, and the role (`position`) spans.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub chars: Vec<char>,
    pub spans: Vec<(Kind, usize, usize)>,
    pub roles: Vec<(usize, usize)>,
}

impl Sentence {
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }
}

/// Which part of a corpus a sentence belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Train,
    /// For choosing the number of epochs; trained on at the end.
    Tune,
    /// Never trained on, never looked at while developing: the reported figures.
    HeldOut,
}

/// The part of sentence `index` of a corpus: 20% held out, 10% tuning, by a hash of the index
/// (so neighbouring sentences of one article spread over the parts evenly, and the split never
/// depends on the text).
pub fn part(index: usize) -> Part {
    let mut z = (index as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    match z % 10 {
        0 | 1 => Part::HeldOut,
        2 => Part::Tune,
        _ => Part::Train,
    }
}

#[derive(Deserialize)]
struct Cluener {
    text: String,
    #[serde(default)]
    label: HashMap<String, HashMap<String, Vec<(usize, usize)>>>,
}

/// CLUENER2020 (a stream of JSON objects): `name` → person, `address` → place,
/// `organization`/`company`/`government` → organisation, `position` → role; the other labels
/// (books, games, films, scenic spots) are left out.
pub fn read_cluener(json: &str) -> Result<Vec<Sentence>, serde_json::Error> {
    let mut out = Vec::new();
    for rec in serde_json::Deserializer::from_str(json).into_iter::<Cluener>() {
        let rec = rec?;
        let chars: Vec<char> = rec.text.chars().collect();
        let mut s = Sentence {
            chars,
            ..Sentence::default()
        };
        for (label, names) in &rec.label {
            let kind = match label.as_str() {
                "name" => Some(Kind::Person),
                "address" => Some(Kind::Place),
                "organization" | "company" | "government" => Some(Kind::Org),
                "position" => None,
                _ => continue,
            };
            for &(a, b) in names.values().flatten() {
                // Spans are inclusive; one out of range is dropped, never trusted.
                if a > b || b >= s.chars.len() {
                    continue;
                }
                match kind {
                    Some(k) => s.spans.push((k, a, b + 1)),
                    None => s.roles.push((a, b + 1)),
                }
            }
        }
        s.spans.sort_by_key(|&(_, a, _)| a);
        s.roles.sort_unstable();
        out.push(s);
    }
    Ok(out)
}

/// People's Daily NER: `char TAG` a line, sentences separated by blank lines, BIO tags over
/// PER, LOC and ORG.
pub fn read_bio(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut open: Option<(Kind, usize)> = None;
    let close = |cur: &mut Sentence, open: &mut Option<(Kind, usize)>| {
        if let Some((k, s)) = open.take() {
            cur.spans.push((k, s, cur.chars.len()));
        }
    };
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let (Some(ch), tag) = (parts.next().and_then(|w| w.chars().next()), parts.next()) else {
            close(&mut cur, &mut open);
            if !cur.chars.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        };
        let tag = tag.unwrap_or("O");
        let kind = match tag.get(2..) {
            Some("PER") => Some(Kind::Person),
            Some("LOC") => Some(Kind::Place),
            Some("ORG") => Some(Kind::Org),
            _ => None,
        };
        let begins = tag.starts_with('B');
        let continues = tag.starts_with('I') && open.is_some_and(|(k, _)| Some(k) == kind);
        if !continues {
            close(&mut cur, &mut open);
            if let (Some(k), true) = (kind, begins || tag.starts_with('I')) {
                open = Some((k, cur.chars.len()));
            }
        }
        cur.chars.push(ch);
    }
    close(&mut cur, &mut open);
    if !cur.chars.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluener_maps_labels_to_kinds() {
        let json = r#"{"text": "浙商银行叶老桂博士", "label": {"name": {"叶老桂": [[4, 6]]},
            "company": {"浙商银行": [[0, 3]]}, "position": {"博士": [[7, 8]]},
            "game": {"x": [[0, 0]]}}}
            {"text": "无"}"#;
        let s = read_cluener(json).expect("valid");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].spans, vec![(Kind::Org, 0, 4), (Kind::Person, 4, 7)]);
        assert_eq!(s[0].roles, vec![(7, 9)]);
        assert!(s[1].spans.is_empty());
    }

    #[test]
    fn bio_reads_spans_and_sentences() {
        let s = read_bio("江 B-ORG\n西 I-ORG\n省 I-ORG\n的 O\n\n张 B-PER\n三 I-PER\n北 B-LOC\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].spans, vec![(Kind::Org, 0, 3)]);
        assert_eq!(s[1].spans, vec![(Kind::Person, 0, 2), (Kind::Place, 2, 3)]);
    }

    #[test]
    fn about_a_fifth_is_held_out() {
        let held = (0..10_000).filter(|&i| part(i) == Part::HeldOut).count();
        assert!((1800..2200).contains(&held), "{held}");
    }
}
