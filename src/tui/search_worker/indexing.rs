//! Feeding the index: pages taken as they load (searched through the index when it holds
//! their text, else scanned), their text held until indexed, and indexing a few pages at a time
//! once the load is done, with commits by count, by time and at the end.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use super::{
    index, page_text, Action, Article, PageArticles, PageRec, PageText, SearchIndex, Worker,
    COMMIT_AFTER, COMMIT_PAGES, INDEX_STEP,
};

impl Worker {
    /// Keeps a page's text until its page arrives, when there is an index to feed.
    pub(super) fn hold(&mut self, t: PageText) {
        if !self.will_index() {
            self.release(1);
            return;
        }
        if self.arriving.insert(t.source.clone(), t).is_some() {
            // The same file twice (never in one load): the older text is let go.
            self.release(1);
        }
    }

    /// Counts `n` pages' text as let go (see [`TextSink`]).
    pub(super) fn release(&self, n: usize) {
        let _ = self
            .held
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |h| {
                Some(h.saturating_sub(n))
            });
    }

    /// Takes a page: searched through the index at once if the index holds its text, else
    /// scanned until it is indexed.
    pub(super) fn add(&mut self, p: PageArticles) {
        let version = p.version.unwrap_or_else(|| {
            let refs: Vec<&Article> = p.articles.iter().map(|a| &**a).collect();
            index::page_version(&refs)
        });
        let file = index::file_key(&p.source);
        let path = std::path::absolute(&p.source)
            .map(|a| a.to_string_lossy().into_owned())
            .unwrap_or_default();
        let indexed = self
            .index
            .as_ref()
            .is_some_and(|i| i.version(file) == Some(version));
        let text = self.arriving.remove(&p.source).and_then(|t| {
            let fits =
                !indexed && p.version == Some(t.version) && t.articles.len() == p.articles.len();
            if !fits {
                self.release(1);
            }
            fits.then(|| t.articles.into_iter().map(Arc::new).collect::<Vec<_>>())
        });
        let k = self.pages.len();
        self.indexed += usize::from(indexed);
        if !indexed && self.will_index() {
            self.queue.push_back(k);
        }
        self.by_file.entry(file).or_default().push(k);
        self.page_of.resize(p.first, k);
        self.page_of
            .extend(std::iter::repeat_n(k, p.articles.len()));
        self.pages.push(PageRec {
            file,
            version,
            path,
            source: p.source,
            lean: p.version.is_some(),
            first: p.first,
            n: p.articles.len(),
            indexed,
            text,
        });
        self.articles.extend(p.articles);
    }

    /// Whether indexed pages wait for a commit that time or the end of the load will bring.
    pub(super) fn wants_commit(&self) -> bool {
        !self.uncommitted.is_empty()
            || (self.load_done && self.index.as_ref().is_some_and(SearchIndex::is_dirty))
    }

    /// Indexes a few queued pages, and commits when enough are in, enough time passed or the
    /// load is done. An index error drops the index: searches scan from then on.
    pub(super) fn index_some(&mut self) {
        let Some(idx) = self.index.as_mut() else {
            self.queue.clear();
            return;
        };
        let mut failed = false;
        for _ in 0..INDEX_STEP {
            let Some(k) = self.queue.pop_front() else {
                break;
            };
            let Some(articles) = page_text(&self.pages, &self.articles, &self.texts, k) else {
                continue;
            };
            let Some(p) = self.pages.get_mut(k) else {
                continue;
            };
            let refs: Vec<&Article> = articles.iter().map(|a| &**a).collect();
            if p.lean && p.text.is_none() {
                // A file changed since it was loaded is indexed as it is now, and searched so.
                p.version = index::page_version(&refs);
            }
            if idx.add_page(p.file, p.version, &p.path, &refs).is_err() {
                failed = true;
                break;
            }
            self.uncommitted.push(k);
            self.since.get_or_insert_with(Instant::now);
        }
        if self.load_done && self.queue.is_empty() && !failed && !self.cleaned {
            self.cleaned = true;
            let seen: HashSet<u64> = self.pages.iter().map(|p| p.file).collect();
            for file in idx.gone(&seen) {
                idx.remove(file);
            }
        }
        let due = self.uncommitted.len() >= COMMIT_PAGES
            || self.since.is_some_and(|t| t.elapsed() >= COMMIT_AFTER)
            || (self.load_done && self.queue.is_empty());
        if !failed && due && idx.is_dirty() {
            failed = idx.commit().is_err();
            if !failed {
                let mut let_go = 0;
                for k in self.uncommitted.drain(..) {
                    if let Some(p) = self.pages.get_mut(k) {
                        self.indexed += usize::from(!p.indexed);
                        p.indexed = true;
                        // Searched through the index from now on: the text is let go.
                        let_go += usize::from(p.text.take().is_some());
                    }
                }
                self.release(let_go);
                self.since = None;
                self.progress();
            }
        }
        if failed {
            self.index = None;
            self.queue.clear();
            self.uncommitted.clear();
            let mut let_go = self.arriving.len();
            for p in &mut self.pages {
                p.indexed = false;
                let_go += usize::from(p.text.take().is_some());
            }
            self.arriving.clear();
            self.release(let_go);
            self.indexed = 0;
            // Nothing more will be indexed: the status line stops saying so.
            let n = self.pages.len();
            let _ = self.tx.send(Action::IndexProgress { done: n, total: n });
        }
    }

    /// Tells the reader how many pages the index holds (it shows this until all are in).
    pub(super) fn progress(&self) {
        if self.index.is_some() {
            let _ = self.tx.send(Action::IndexProgress {
                done: self.indexed,
                total: self.pages.len(),
            });
        }
    }
}
