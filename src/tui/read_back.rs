//! Articles handed to the workers that build the project ledger off the UI thread (the zone
//! picker's figures, the Projects view, the mentions of a fact): each by reference (its page,
//! its place in it, its head and packed facts), read back whole through the worker's own
//! [`PageTexts`]. The ledger attaches owners, amounts and dates by where the facts stand in
//! the text, so a head alone is not enough; reading 10,000 pages back is why this runs on a
//! worker and not on the UI thread.

use std::sync::Arc;

use super::app::Entry;
use super::head::Head;
use super::packed::PackedFacts;
use super::text::PageTexts;
use crate::ledger::{self, Record};
use crate::model::{Article, Fact};

/// One article as a worker takes it: copies of shared pointers, no text or facts read.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub source: Arc<str>,
    pub slot: usize,
    /// The article as the reader holds it: its head when its page's text was left in the
    /// cache (`read_back`), else the whole article; a listed head is decoded by the worker
    /// that reads it, not by the UI thread that lists it.
    pub head: Head,
    /// Packed, or left in the page's cache entry.
    pub facts: PackedFacts,
    /// The page's text was left in the cache: the text is read back from there.
    pub read_back: bool,
}

impl Listed {
    /// Entry `e` by reference.
    pub fn of(e: &Entry) -> Listed {
        Listed {
            source: Arc::clone(&e.source),
            slot: e.slot,
            head: e.article.clone(),
            facts: e.facts.clone(),
            read_back: e.page.version.is_some(),
        }
    }
}

/// Reads articles back whole, through `texts` when pages were left in the cache.
pub struct Reader<'a> {
    texts: Option<&'a mut PageTexts>,
}

impl<'a> Reader<'a> {
    /// A reader for one job. The pages `texts` kept from an earlier job are forgotten: one
    /// read before its facts were written into its cache entry holds none.
    pub fn new(mut texts: Option<&'a mut PageTexts>) -> Reader<'a> {
        if let Some(t) = texts.as_mut() {
            t.forget();
        }
        Reader { texts }
    }

    /// Hands each of `articles` whole (text and facts) to `each`, in order, until `each`
    /// says to stop (`false`); says whether every article was handed on. A page's articles
    /// listed in a row take its facts first (from its cache entry's facts section), then its
    /// text: a page read back for its text may hold no facts (a loader without cached facts).
    pub fn each(
        &mut self,
        articles: &[Listed],
        mut each: impl FnMut(&Listed, Article) -> bool,
    ) -> bool {
        for run in articles.chunk_by(|a, b| a.source == b.source) {
            let facts: Vec<Vec<Fact>> = run.iter().map(|p| self.facts(p)).collect();
            for (p, facts) in run.iter().zip(facts) {
                let read = match (&mut self.texts, p.read_back) {
                    (Some(t), true) => t.article(&p.source, p.slot),
                    _ => None,
                };
                if !each(p, whole(p, read.as_deref(), facts)) {
                    return false;
                }
            }
        }
        true
    }

    /// The facts of `p`: unpacked, or read from its page's cache entry.
    fn facts(&mut self, p: &Listed) -> Vec<Fact> {
        match (&mut self.texts, p.facts.in_cache()) {
            (Some(t), true) => t.facts(&p.source, p.slot),
            _ => p.facts.unpack(),
        }
    }

    /// The ledger of `articles` (those that name no project report nothing to it: leave them
    /// out, their pages need not be read); `None` when `go_on` said to stop first.
    pub fn ledger(&mut self, articles: &[Listed], go_on: impl Fn() -> bool) -> Option<Vec<Record>> {
        let mut builder = ledger::Builder::default();
        let all = self.each(articles, |p, a| {
            builder.add(&p.source, &a);
            go_on()
        });
        all.then(|| builder.finish())
    }
}

/// The article as the ledger and the mentions read it: its head (the reader's id, zones and
/// date), its `facts`, and the text of the article read back (`read`), if any.
fn whole(p: &Listed, read: Option<&Article>, facts: Vec<Fact>) -> Article {
    let head = (*p.head).clone();
    match read {
        Some(a) => Article {
            dateline: a.dateline.clone(),
            reporters: a.reporters.clone(),
            reporter_roles: a.reporter_roles.clone(),
            paragraphs: a.paragraphs.clone(),
            byline: a.byline.clone(),
            byline_credits: a.byline_credits.clone(),
            captions: a.captions.clone(),
            facts,
            ..head
        },
        None => Article { facts, ..head },
    }
}

/// Runs a worker thread named `name` that answers the jobs of `queue` with `answer`, taking
/// only the newest when several wait (an older request's answer would be dropped anyway); an
/// answer of `None` sends nothing. It ends when the queue or the reader (`tx`) is gone.
pub fn serve_newest<J: Send + 'static>(
    name: &str,
    queue: std::sync::mpsc::Receiver<J>,
    tx: crossbeam_channel::Sender<super::app::Action>,
    mut answer: impl FnMut(&J) -> Option<super::app::Action> + Send + 'static,
) {
    let _ = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            while let Ok(mut job) = queue.recv() {
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                let Some(action) = answer(&job) else {
                    continue;
                };
                if tx.send(action).is_err() {
                    return;
                }
            }
        });
}
