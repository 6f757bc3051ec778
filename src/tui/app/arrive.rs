//! Pages arriving while the reader runs: new articles join the list under the active filters,
//! sort and search, and the selected article stays where it is on screen.

use std::sync::Arc;

use super::{App, Effect, Entry, PageInfo};
use crate::cache::LazyHeads;
use crate::ingest::edition;
use crate::model::Page;
use crate::tui::head::Head;
use crate::tui::packed::PackedFacts;

/// The pages of a [`super::Action::PagesLoaded`], with what came with each (by page, in
/// `pages` order; missing for a page without).
pub(super) struct Batch {
    pub pages: Vec<(usize, Page)>,
    /// The facts the cache held for the page, packed.
    pub packed: Vec<Vec<PackedFacts>>,
    /// The version of its text, when that was left in the cache.
    pub versions: Vec<Option<u64>>,
    /// Its articles' heads, when it came from the archive's summary (its `articles` are
    /// empty then).
    pub listed: Vec<Option<Arc<LazyHeads>>>,
}

impl App {
    /// Adds a batch of loaded pages (see [`super::Action::PagesLoaded`]), with the facts the
    /// cache held for them, and asks for the facts still missing.
    pub(super) fn pages_loaded(
        &mut self,
        batch: Batch,
        renamed: &[(usize, String)],
        done: usize,
        total: usize,
    ) -> Vec<Effect> {
        self.loading = Some((done, total));
        self.rename(renamed);
        let first = self.entries.len();
        let mut packed = batch.packed.into_iter();
        let mut versions = batch.versions.into_iter();
        let listed: Vec<Option<Arc<LazyHeads>>> = batch.listed;
        let count = |p: &Page, heads: Option<&Option<Arc<LazyHeads>>>| match heads {
            Some(Some(h)) => h.len(),
            _ => p.articles.len(),
        };
        // Grown once for the batch, not doubled (and copied) as a hundred thousand arrive.
        let n = batch
            .pages
            .iter()
            .enumerate()
            .map(|(i, (_, p))| count(p, listed.get(i)))
            .sum();
        self.entries.reserve(n);
        let mut listed = listed.into_iter();
        for (order, p) in batch.pages {
            let mut facts = packed.next().unwrap_or_default().into_iter();
            let heads = listed.next().flatten();
            let info = match &heads {
                Some(heads) => PageInfo::listed(self.pages, &p, heads),
                None => PageInfo::of(self.pages, &p),
            };
            let page = Arc::new(PageInfo {
                order,
                version: versions.next().flatten(),
                ..info
            });
            self.pages += 1;
            let (year, source): (_, Arc<str>) = (p.year, p.source.into());
            if let Some(heads) = heads {
                // From the summary, or loaded whole and left in the cache: its heads stay in
                // their encoded bytes until one is read.
                self.entries.extend((0..heads.len()).map(|k| {
                    let head = Head::Listed(Arc::clone(&heads), k);
                    Entry::with_head(head, year, source.clone(), page.clone(), k, facts.next())
                }));
                continue;
            }
            // A fresh copy of the head, made here on the thread that keeps it: the head of a
            // page loaded whole sits among the page's text, whose freed memory the allocator
            // could not give back while heads stay scattered through it; copied, the heads lie
            // together (see `tui::text`).
            let copy = page.version.is_some();
            self.entries
                .extend(p.articles.into_iter().enumerate().map(|(k, a)| {
                    let a = if copy { a.head() } else { a };
                    Entry::new(a, year, source.clone(), page.clone(), k, facts.next())
                }));
        }
        if self.entries.len() == first {
            return Vec::new();
        }
        self.facts_done += self.entries[first..]
            .iter()
            .filter(|e| e.facts_ready)
            .count();
        self.regrow_after(Some(first));
        let new = (first..self.entries.len()).filter(|&i| !self.entries[i].facts_ready);
        if first > 0 {
            // The list comes first: the facts of later pages are extracted once every page
            // is in (extraction beside the load took a fifth of a cold open's cores; the
            // shown article's facts are asked for ahead of the queue all the same).
            self.extract_later.extend(new);
            return Vec::new();
        }
        let new: Vec<usize> = new.collect();
        if new.is_empty() {
            Vec::new()
        } else {
            vec![Effect::Extract(new)]
        }
    }

    /// The end of the load: the facts of the pages that came after the first go to the
    /// extractor now, in the order they arrived.
    pub(super) fn extract_the_rest(&mut self) -> Vec<Effect> {
        let later: Vec<usize> = std::mem::take(&mut self.extract_later)
            .into_iter()
            .filter(|&i| self.entries.get(i).is_some_and(|e| !e.facts_ready))
            .collect();
        if later.is_empty() {
            Vec::new()
        } else {
            vec![Effect::Extract(later)]
        }
    }

    /// Gives the pages at these arrival positions (the first few, sent before the walk knew
    /// where their files stand) their files' positions in path order. A page's articles keep
    /// sharing one [`PageInfo`].
    pub(super) fn place(&mut self, places: &[(usize, usize)]) {
        for &(index, order) in places {
            let mut placed: Option<Arc<PageInfo>> = None;
            for e in self.entries.iter_mut().filter(|e| e.page.index == index) {
                let info = placed.get_or_insert_with(|| {
                    Arc::new(PageInfo {
                        order,
                        ..(*e.page).clone()
                    })
                });
                e.page = Arc::clone(info);
            }
        }
        if !places.is_empty() && self.sort == super::Sort::Load {
            self.regrow();
        }
    }

    /// Gives the pages at these arrival positions their new id base.
    fn rename(&mut self, renamed: &[(usize, String)]) {
        if !renamed.is_empty() {
            // Pages read back carry the ids they were given: read them again.
            self.forget_texts();
        }
        for (index, base) in renamed {
            let of_page = self.entries.iter_mut().filter(|e| e.page.index == *index);
            for (k, e) in of_page.enumerate() {
                // A rename is rare (a second paper of the same edition): the copy it makes
                // of a shared article is too.
                e.article.set_id(edition::article_id(base, k));
            }
        }
    }

    /// Recomputes the list after entries were added, keeping the selected article selected and
    /// on the same screen row; the reading position and the selected fact stay too.
    pub(super) fn regrow(&mut self) {
        self.regrow_after(None);
    }

    /// [`Self::regrow`]; `Some(first)` when the entries from `first` on are the ones added.
    fn regrow_after(&mut self, first: Option<usize>) {
        let keep = self.current();
        let (_, per) = self.list_geometry();
        let row_of = |app: &App| app.row_line(per, app.selected).map(|(line, _)| line);
        let row = keep
            .and_then(|_| row_of(self))
            .map(|line| line.saturating_sub(self.list_offset));
        self.compute_visible_after(first);
        match keep.and_then(|k| self.visible.iter().position(|&v| v == k)) {
            Some(pos) => {
                self.selected = pos;
                if let (Some(row), Some(line)) = (row, row_of(self)) {
                    self.list_offset = line.saturating_sub(row);
                }
            }
            None => {
                // Nothing was selected (the list was empty): start at the top.
                self.selected = 0;
                self.list_offset = 0;
                self.scroll = 0;
                self.fact_sel = 0;
                self.fact_active = false;
            }
        }
        self.keep_list_visible();
    }

    /// `loading 1,234/10,000` while pages load in the background.
    pub fn loading_label(&self) -> Option<String> {
        let (done, all) = self.loading?;
        // Before the walk has counted the files, the pages that came first have no total.
        if all == 0 {
            return Some(format!("{}/…", thousands(done)));
        }
        Some(format!("{}/{}", thousands(done), thousands(all)))
    }
}

/// `12345` → `12,345`.
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
