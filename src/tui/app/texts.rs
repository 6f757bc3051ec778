//! Reading page text and facts back from the cache for the entries whose page left them
//! there (see [`crate::tui::text`]): the whole article for the reading pane, the scan and the
//! mentions; facts for the sidebar, the ledger and the exports; the notices this meets.

use std::sync::Arc;

use super::App;
use crate::model::{Article, Fact};
use crate::tui::text::PageTexts;

impl App {
    /// The shown article with its whole text (see [`App::article`]).
    pub fn current_article(&self) -> Option<Arc<Article>> {
        self.article(self.current()?)
    }

    /// Reads pages left in the cache back through `texts` (see [`crate::tui::text`]).
    pub fn with_texts(mut self, mut texts: PageTexts) -> App {
        texts.set_lang(self.lang);
        self.texts = Some(std::cell::RefCell::new(texts));
        self
    }

    /// Entry `i`'s article with its whole text: read back from the cache when its page's text
    /// was left there (the head when it cannot be read: a notice says why), else the shared
    /// article itself.
    pub fn article(&self, i: usize) -> Option<Arc<Article>> {
        let e = self.entries.get(i)?;
        let (Some(version), Some(texts)) = (e.page.version, &self.texts) else {
            return Some(e.article.arc());
        };
        let first = i.checked_sub(e.slot)?;
        let changed = std::cell::Cell::new(false);
        let page = texts.borrow_mut().page(&e.source, |p| {
            changed.set(self.adopt_ids(first, e.page.index, version, p));
        });
        if changed.get() {
            let text = crate::tui::i18n::notices::file_changed(&e.source, self.lang);
            texts.borrow_mut().note(text);
        }
        Some(
            page.and_then(|p| p.get(e.slot).cloned())
                .unwrap_or_else(|| e.article.arc()),
        )
    }

    /// Gives a page read back the ids its entries (from `first` on, page `index`) have, and
    /// says whether its text is not the `version` loaded (the file changed since: its current
    /// text is shown, never the old one).
    fn adopt_ids(
        &self,
        first: usize,
        index: usize,
        version: u64,
        page: &mut crate::model::Page,
    ) -> bool {
        for (k, a) in page.articles.iter_mut().enumerate() {
            match self.entries.get(first + k) {
                Some(e) if e.page.index == index && e.slot == k => a.id.clone_from(&e.article.id),
                _ => break,
            }
        }
        let refs: Vec<&Article> = page.articles.iter().collect();
        crate::index::page_version(&refs) != version
    }

    /// Entry `i`'s article as the list knows it (its head when its text was left in the
    /// cache) with its facts: what exports take (they write no paragraphs). The ledger needs
    /// the text (see [`crate::tui::read_back`]): it attaches by where facts stand in it.
    pub fn head_with_facts(&self, i: usize) -> Option<Article> {
        let e = self.entries.get(i)?;
        Some(Article {
            facts: self.unpack_facts(i),
            ..(*e.article).clone()
        })
    }

    /// Entry `i`'s facts: unpacked, or read back with its page when they were left in the
    /// cache (none when they cannot be: the file is gone or changed).
    pub(super) fn unpack_facts(&self, i: usize) -> Vec<Fact> {
        let Some(e) = self.entries.get(i) else {
            return Vec::new();
        };
        match (&self.texts, e.facts.in_cache()) {
            (Some(t), true) => t.borrow_mut().facts(&e.source, e.slot),
            _ => e.facts.unpack(),
        }
    }

    /// Lets go of the facts of page `page`'s entries now in its cache entry, when the page's
    /// text is read back from there (then its facts come back with it).
    pub(super) fn facts_stored(&mut self, page: usize, entries: std::ops::Range<usize>) {
        let Some(source) = self
            .entries
            .get(entries.start)
            .map(|e| Arc::clone(&e.source))
        else {
            return;
        };
        for e in self.entries.get_mut(entries).into_iter().flatten() {
            if e.page.index == page && e.page.version.is_some() && e.facts_ready {
                e.facts.leave_in_cache();
            }
        }
        // A copy of the page read before its facts were written has none.
        if let Some(t) = &self.texts {
            t.borrow_mut().forget_page(&source);
        }
    }

    /// Forgets the pages read back (their ids changed).
    pub(super) fn forget_texts(&self) {
        if let Some(t) = &self.texts {
            t.borrow_mut().forget();
        }
        self.cache.clear();
    }

    /// Shows what reading page text back had to say (a file gone or changed, a damaged cache
    /// entry read from its file instead): each once, after the action that met it.
    pub(super) fn text_notices(&mut self) {
        let notes = match &self.texts {
            Some(t) => t.borrow_mut().take_notices(),
            None => return,
        };
        if !notes.is_empty() {
            self.warn(notes.join("; "));
        }
    }
}
