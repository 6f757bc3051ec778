//! An article's facts as the reader keeps them while they are not shown: in the cache's layout
//! for facts ([`fact_codec`]) compressed with zstd, with the two numbers the list, the status
//! line and the ledger ask of every article (how many facts, whether one is a project). On a 10,000-page archive the facts of 120,000
//! articles as `Vec<Fact>` (a dozen strings each, a heap allocation per string) were most of the
//! reader's memory; packed they take a few hundred bytes an article, and the shown article's
//! are unpacked once when it is selected ([`super::App::facts_of`]).

use std::cell::RefCell;

use crate::cache::fact_codec;
use crate::cache::summary::FactCount;
use crate::model::Fact;

/// zstd level: packing runs on the fact extractor's threads, once per article.
const LEVEL: i32 = 1;

thread_local! {
    /// One zstd context a thread, kept: making one for each article's few hundred bytes
    /// (allocating and clearing its tables) took a tenth of the extractor's time, more than
    /// compressing did. `None` where zstd could not make one (then nothing is packed).
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> =
        RefCell::new(zstd::bulk::Compressor::new(LEVEL).ok());
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        RefCell::new(zstd::bulk::Decompressor::new().ok());
}

/// Packed facts; see the module docs. The default is "no facts".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackedFacts {
    /// `None` when there are no facts (no allocation for the many articles without any).
    bytes: Option<Box<[u8]>>,
    len: u32,
    projects: bool,
    /// The facts were left in their page's cache entry (see [`PackedFacts::left_in_cache`]).
    in_cache: bool,
}

impl PackedFacts {
    /// Packs `facts`. Facts that do not encode (never expected) are kept unpacked as none, with
    /// their count, rather than failing the reader.
    pub fn pack(facts: &[Fact]) -> PackedFacts {
        let FactCount { len, projects } = FactCount::of(facts);
        let bytes = if facts.is_empty() {
            None
        } else {
            let plain = fact_codec::encode(&[facts]);
            COMPRESSOR
                .with(|c| c.borrow_mut().as_mut().map(|c| c.compress(&plain)))
                .and_then(Result::ok)
                .map(Vec::into_boxed_slice)
        };
        PackedFacts {
            bytes,
            len,
            projects,
            in_cache: false,
        }
    }

    /// The facts of an article whose page's text and facts stay in its cache entry, where the
    /// reader reads them back when it needs them ([`super::App::facts_of`]): only their count
    /// and whether one is a project are kept. [`PackedFacts::unpack`] gives none.
    pub fn left_in_cache(facts: &[Fact]) -> PackedFacts {
        let FactCount { len, projects } = FactCount::of(facts);
        PackedFacts::counted(len, projects)
    }

    /// [`PackedFacts::left_in_cache`] from the count alone (`len` facts, one a project when
    /// `projects`): what the archive summary keeps of an article's facts, so a warm open knows
    /// them without decoding them.
    pub fn counted(len: u32, projects: bool) -> PackedFacts {
        PackedFacts {
            bytes: None,
            len,
            projects,
            in_cache: true,
        }
    }

    /// What the archive summary keeps of these facts (the inverse of [`PackedFacts::counted`]).
    pub fn count(&self) -> FactCount {
        FactCount {
            len: self.len,
            projects: self.projects,
        }
    }

    /// Drops the packed bytes once the facts are in the page's cache entry (see
    /// [`PackedFacts::left_in_cache`]).
    pub fn leave_in_cache(&mut self) {
        self.bytes = None;
        self.in_cache = true;
    }

    /// Whether the facts were left in the cache (see [`PackedFacts::left_in_cache`]).
    pub fn in_cache(&self) -> bool {
        self.in_cache
    }

    /// The facts, unpacked: a copy the caller keeps only while it needs them.
    pub fn unpack(&self) -> Vec<Fact> {
        let Some(bytes) = &self.bytes else {
            return Vec::new();
        };
        // A frame states its size; packed facts of one article stay far below this bound.
        let Ok(Some(size)) = zstd::zstd_safe::get_frame_content_size(bytes) else {
            return Vec::new();
        };
        let Ok(size) = usize::try_from(size) else {
            return Vec::new();
        };
        DECOMPRESSOR
            .with(|d| {
                let mut d = d.borrow_mut();
                d.as_mut().map(|d| d.decompress(bytes, size.min(64 << 20)))
            })
            .and_then(Result::ok)
            .and_then(|m| fact_codec::decode(&m))
            .and_then(|articles| articles.into_iter().next())
            .unwrap_or_default()
    }

    /// How many facts there are.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether one of the facts is a project (only such articles report to the ledger).
    pub fn has_projects(&self) -> bool {
        self.projects
    }

    /// Bytes held on the heap, for the memory figures.
    pub fn heap_bytes(&self) -> usize {
        self.bytes.as_ref().map_or(0, |b| b.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactKind, FactValue};

    fn fact(kind: FactKind, text: &str) -> Fact {
        Fact {
            value: Some(FactValue::Number(150_000_000u64.into())),
            unit: Some("元".to_owned()),
            attribute: Some("总投资".to_owned()),
            flags: vec!["approx".to_owned()],
            paragraph: Some(2),
            ..Fact::new(kind, text, 3, 9)
        }
    }

    #[test]
    fn facts_come_back_as_they_went_in() {
        let facts = vec![
            fact(FactKind::Money, "1.5亿元"),
            fact(FactKind::Project, "年产5万吨高端铝合金项目"),
        ];
        let p = PackedFacts::pack(&facts);
        assert_eq!(p.unpack(), facts);
        assert_eq!(p.len(), 2);
        assert!(p.has_projects());
        assert!(!p.is_empty());
    }

    #[test]
    fn facts_left_in_the_cache_keep_their_count_only() {
        let facts = vec![fact(FactKind::Project, "年产5万吨高端铝合金项目")];
        let p = PackedFacts::left_in_cache(&facts);
        assert!(p.in_cache() && p.has_projects());
        assert_eq!((p.len(), p.heap_bytes()), (1, 0));
        assert!(p.unpack().is_empty());
        assert_eq!(PackedFacts::counted(1, true), p);
    }

    #[test]
    fn no_facts_hold_nothing() {
        let p = PackedFacts::pack(&[]);
        assert!(p.is_empty() && !p.has_projects());
        assert_eq!(p.heap_bytes(), 0);
        assert!(p.unpack().is_empty());
    }

    #[test]
    fn packed_facts_are_smaller_than_their_text() {
        let facts: Vec<Fact> = (0..40)
            .map(|k| fact(FactKind::Money, &format!("投资{k}亿元")))
            .collect();
        let p = PackedFacts::pack(&facts);
        let text: usize = facts.iter().map(|f| f.text.len()).sum();
        assert!(!p.has_projects());
        assert!(p.heap_bytes() < text, "{} >= {text}", p.heap_bytes());
    }

    #[test]
    fn damaged_bytes_unpack_to_no_facts() {
        let mut p = PackedFacts::pack(&[fact(FactKind::Money, "3亿元")]);
        if let Some(b) = p.bytes.as_mut() {
            let n = b.len();
            b[n / 2] ^= 0xff;
            b[n - 1] ^= 0xff;
        }
        // Never a panic; a damaged frame gives nothing (or, at worst, a fact that decodes).
        assert!(p.unpack().len() <= 1);
    }
}
