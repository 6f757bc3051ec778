//! What a summary's record says beyond a page's head: the page's text version, its articles'
//! fact counts and the mark of the cache entry they were read from ([`Note`]), and the facts a
//! run stored after the summary was written ([`FactsStored`]).

use super::{u32_at, u64_at};
use crate::cache::Stamp;

/// Facts a run stored into a page's cache entry after the summary was written: the file's
/// stamp they were stored for, the entry's new mark, and each article's facts counted (see
/// [`Summary::with_facts_stored`](super::Summary::with_facts_stored)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactsStored {
    pub stamp: Stamp,
    pub mark: u64,
    pub facts: Vec<FactCount>,
}

/// What the reader needs of a page beyond its head to list it while its text and facts stay
/// in the cache: the version of its searchable text (see [`crate::index::page_version`]), each
/// article's fact count and whether one is a project (`None`: no facts extracted yet), and a
/// mark of the cache entry all this was read from ([`Cache::entry_mark`](crate::cache::Cache::entry_mark)). A record
/// whose page file is unchanged still needs its note checked against the entry: the reader's
/// fact extractor writes facts into the entry after the summary was written, and the entry's
/// new mark says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub mark: u64,
    pub version: u64,
    pub facts: Option<Vec<FactCount>>,
}

/// An article's facts as a [`Note`] counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactCount {
    pub len: u32,
    pub projects: bool,
}

impl FactCount {
    /// How many `facts` there are and whether one is a project.
    pub fn of(facts: &[crate::model::Fact]) -> FactCount {
        FactCount {
            len: u32::try_from(facts.len()).unwrap_or(u32::MAX),
            projects: facts
                .iter()
                .any(|f| f.kind == crate::model::FactKind::Project),
        }
    }
}

impl Note {
    /// The note's bytes: mark, version, then the article count and one `u32` per article
    /// (count shifted left, projects in the low bit), the count `u32::MAX` for no facts.
    pub fn encode(&self) -> Vec<u8> {
        let n = self.facts.as_ref().map_or(0, Vec::len);
        let mut out = Vec::with_capacity(20 + 4 * n);
        out.extend_from_slice(&self.mark.to_le_bytes());
        out.extend_from_slice(&self.version.to_le_bytes());
        let Some(facts) = &self.facts else {
            out.extend_from_slice(&u32::MAX.to_le_bytes());
            return out;
        };
        let Ok(n) = u32::try_from(facts.len()).map(|n| n.min(u32::MAX - 1)) else {
            out.extend_from_slice(&u32::MAX.to_le_bytes());
            return out;
        };
        out.extend_from_slice(&n.to_le_bytes());
        for f in facts.iter().take(n as usize) {
            let word = f.len.min(u32::MAX >> 1) << 1 | u32::from(f.projects);
            out.extend_from_slice(&word.to_le_bytes());
        }
        out
    }

    /// A note from its bytes ([`Note::encode`]); `None` when they do not decode (or are empty:
    /// a record written by `list`, which has no note).
    pub fn decode(bytes: &[u8]) -> Option<Note> {
        let (mark, rest) = u64_at(bytes).ok()?;
        let (version, rest) = u64_at(rest).ok()?;
        let (n, rest) = u32_at(rest)?;
        if n == u32::MAX {
            return rest.is_empty().then_some(Note {
                mark,
                version,
                facts: None,
            });
        }
        if rest.len() != 4 * n as usize {
            return None;
        }
        let facts = rest
            .chunks_exact(4)
            .map(|w| {
                let w = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
                FactCount {
                    len: w >> 1,
                    projects: w & 1 == 1,
                }
            })
            .collect();
        Some(Note {
            mark,
            version,
            facts: Some(facts),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_comes_back_as_it_went_in() {
        let counts = vec![
            FactCount {
                len: 0,
                projects: false,
            },
            FactCount {
                len: 12,
                projects: true,
            },
        ];
        for facts in [None, Some(Vec::new()), Some(counts)] {
            let note = Note {
                mark: 1 << 40,
                version: u64::MAX - 1,
                facts,
            };
            assert_eq!(Note::decode(&note.encode()), Some(note.clone()));
            let bytes = note.encode();
            // Cut short or lengthened: no note, never a panic.
            assert_eq!(Note::decode(&bytes[..bytes.len() - 1]), None);
            assert_eq!(Note::decode(&[bytes.as_slice(), &[0]].concat()), None);
        }
        assert_eq!(Note::decode(&[]), None);
    }
}
