//! Readying a page to go: what a batch knows of each page ([`Came`]) and what the reader and
//! the summary get of it ([`Ready`]): facts packed or counted, the text left in the cache and
//! its version, a new summary record. Per page and free of the batch's state, so it runs on
//! all cores; apart from the batching, which only orders and sends.

use std::sync::Arc;

use crate::cache::summary::{self, Bytes, Note};
use crate::cache::{LazyHeads, Stamp};
use crate::model::{Article, Page};
use crate::tui::packed::PackedFacts;

/// What a batch knows of each of its pages beyond the page itself.
pub(super) enum Came {
    /// From the summary: its note, the record to write again and its articles' heads, still
    /// in the summary's bytes.
    Listed(Note, summary::Record, Arc<LazyHeads>),
    /// Loaded whole: whether its text can be read back from the cache (see
    /// [`Batches::push`](super::batches::Batches::push)), and what a new summary record needs
    /// (the stamp before the load, the entry's mark after).
    Loaded {
        readable: bool,
        stamp: Option<Stamp>,
        mark: Option<u64>,
    },
}

/// A page ready to go: its facts packed, the version of its text when it was left in the
/// cache (and then the text itself, for the search worker), and its record for the summary
/// when a new one is made.
pub(super) type Ready = (
    Vec<PackedFacts>,
    Option<u64>,
    Option<NewRecord>,
    Option<Vec<Article>>,
);

/// A summary record made this run: name, stamp, whether the page came with facts, its head and
/// its note, encoded. The head's bytes are shared with the reader, which keeps the page's heads
/// in them ([`LazyHeads::encoded`]).
pub(super) type NewRecord = (String, Stamp, bool, Arc<Bytes>, Vec<u8>);

/// What a page of a batch goes with (see [`Ready`]): a listed page's facts counted and its
/// version from its note; a loaded page's facts packed, its text left in the cache when it can
/// be read back, and then a summary record made of it.
pub(super) fn ready(page: &mut Page, came: &Came) -> Ready {
    let (readable, stamp, mark) = match came {
        Came::Listed(note, ..) => {
            let facts = note.facts.as_ref().map_or_else(Vec::new, |f| {
                f.iter()
                    .map(|c| PackedFacts::counted(c.len, c.projects))
                    .collect()
            });
            return (facts, Some(note.version), None, None);
        }
        Came::Loaded {
            readable,
            stamp,
            mark,
        } => (*readable, *stamp, *mark),
    };
    let facts = pack_facts(page, readable);
    if !readable {
        return (facts, None, None, None);
    }
    let (version, text) = leave_in_cache(page);
    let record = stamp.zip(mark).map(|(stamp, mark)| {
        let counts = (!facts.is_empty()).then(|| facts.iter().map(PackedFacts::count).collect());
        let note = Note {
            mark,
            version,
            facts: counts,
        };
        let head = Arc::new(Bytes::Owned(summary::encode_head(page)));
        (
            page.source.clone(),
            stamp,
            !facts.is_empty(),
            head,
            note.encode(),
        )
    });
    (facts, Some(version), record, Some(text))
}

/// Takes the facts a cached page came with out of its articles, packed (see
/// [`PackedFacts`]), or only counted when the page is `readable` back from the cache (they
/// are read back with its text); none when no article has any (a page whose facts were never
/// extracted).
fn pack_facts(page: &mut Page, readable: bool) -> Vec<PackedFacts> {
    if page.articles.iter().all(|a| a.facts.is_empty()) {
        return Vec::new();
    }
    let pack = if readable {
        PackedFacts::left_in_cache
    } else {
        PackedFacts::pack
    };
    page.articles
        .iter_mut()
        .map(|a| pack(&std::mem::take(&mut a.facts)))
        .collect()
}

/// Leaves the page's text in the cache (see [`crate::tui::text`]): the page keeps its
/// articles' heads and facts (the dateline and the credits go too: only the reading pane shows
/// them, from the text read back) and the full articles come back, with the
/// version of their text, which the search worker and the reader compare with the text they
/// read back. The text is moved out, not copied: the search worker indexes it from here.
fn leave_in_cache(page: &mut Page) -> (u64, Vec<Article>) {
    let refs: Vec<&Article> = page.articles.iter().collect();
    let version = crate::index::page_version(&refs);
    let full = page
        .articles
        .iter_mut()
        .map(|a| {
            let head = Article {
                facts: std::mem::take(&mut a.facts),
                ..a.head()
            };
            std::mem::replace(a, head)
        })
        .collect();
    (version, full)
}
