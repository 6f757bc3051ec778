//! Search: typing a query, finding its hits in the listed articles (Traditional/Simplified and
//! full-width folded) and stepping through them.

use super::{App, Effect, Hit, Input, Mode, Search, SearchRequest};
use crate::tui::doc;
use crate::tui::search_worker::find_hits;

impl App {
    pub(super) fn search_input(&mut self, i: Input) -> Vec<Effect> {
        let mut q = self
            .search
            .as_ref()
            .map(|s| s.query.clone())
            .unwrap_or_default();
        match i {
            Input::Char(c) => q.push(c),
            Input::Backspace => {
                q.pop();
            }
            Input::Clear => q.clear(),
            Input::Up => {
                self.step_hit(false);
                self.mode = Mode::Search;
                return Vec::new();
            }
            Input::Down | Input::Tab => {
                self.step_hit(true);
                self.mode = Mode::Search;
                return Vec::new();
            }
            Input::Enter => {
                if q.is_empty() {
                    self.search = None;
                } else if let Some(s) = &self.search {
                    let n = s.hits.len();
                    if n > 0 {
                        // Keep only the articles with hits; Esc restores the list.
                        self.narrowed = true;
                        self.refilter();
                        self.goto_hit();
                        let k = self.visible.len();
                        self.say(crate::tui::i18n::search_hits(&q, n, k, self.lang));
                    } else if s.pending {
                        self.mode = Mode::Search;
                        self.say(crate::tui::i18n::Msg::Searching.text(self.lang).to_owned());
                    } else {
                        self.warn(format!(
                            "“{q}”: {}",
                            crate::tui::i18n::Msg::NoHits.text(self.lang)
                        ));
                    }
                }
                return Vec::new();
            }
            Input::Esc => {
                self.search = None;
                return Vec::new();
            }
        }
        self.mode = Mode::Search;
        self.set_query(q)
    }

    /// Searches the listed articles for `q` and moves to the first hit at or after the current
    /// article, so typing narrows in place instead of jumping back to the top. In the running
    /// reader the search goes to the worker and its hits come back as `SearchDone`.
    pub(super) fn set_query(&mut self, q: String) -> Vec<Effect> {
        self.search_gen += 1;
        if self.background_search && !q.is_empty() {
            let req = SearchRequest {
                gen: self.search_gen,
                query: q.clone(),
                order: self.visible.clone(),
            };
            self.search = Some(Search {
                query: q,
                hits: Vec::new(),
                current: None,
                pending: true,
            });
            return vec![Effect::Search(req)];
        }
        let hits = if q.is_empty() {
            Vec::new()
        } else {
            self.find(&q)
        };
        self.show_hits(q, hits);
        Vec::new()
    }

    /// The worker's answer: kept only if it is for the newest query.
    pub(super) fn search_done(&mut self, gen: u64, hits: Vec<Hit>) {
        let Some(s) = &self.search else { return };
        if gen != self.search_gen || !s.pending {
            return;
        }
        let q = s.query.clone();
        self.show_hits(q, hits);
    }

    fn show_hits(&mut self, q: String, hits: Vec<Hit>) {
        let here = self.selected;
        let current = hits
            .iter()
            .position(|h| {
                self.visible
                    .iter()
                    .position(|&v| v == h.entry)
                    .is_some_and(|p| p >= here)
            })
            .or((!hits.is_empty()).then_some(0));
        self.search = Some(Search {
            query: q,
            hits,
            current,
            pending: false,
        });
        self.goto_hit();
    }

    pub(super) fn find(&self, q: &str) -> Vec<Hit> {
        self.find_in(&self.visible, q)
    }

    /// Hits of `q` in the articles `order` lists, in that order.
    pub(super) fn find_in(&self, order: &[usize], q: &str) -> Vec<Hit> {
        find_hits(
            |i| self.entries.get(i).map(|e| &e.article),
            order,
            q,
            || true,
        )
        .unwrap_or_default()
    }

    pub(super) fn step_hit(&mut self, forward: bool) {
        let Some(s) = &mut self.search else {
            self.say(crate::tui::i18n::Msg::NoSearch.text(self.lang).to_owned());
            return;
        };
        let n = s.hits.len();
        if n == 0 {
            let q = s.query.clone();
            self.warn(format!(
                "“{q}”: {}",
                crate::tui::i18n::Msg::NoHits.text(self.lang)
            ));
            return;
        }
        let cur = s.current.unwrap_or(0);
        s.current = Some(if forward {
            (cur + 1) % n
        } else {
            (cur + n - 1) % n
        });
        self.goto_hit();
    }

    pub(super) fn goto_hit(&mut self) {
        let Some(hit) = self
            .search
            .as_ref()
            .and_then(|s| s.hits.get(s.current?))
            .copied()
        else {
            return;
        };
        if let Some(pos) = self.visible.iter().position(|&v| v == hit.entry) {
            self.select(pos);
        }
        if let Some(doc) = self.doc() {
            if let Some(line) = doc::line_of(&doc, hit.seg, hit.start) {
                self.reveal(line);
            }
        }
    }
}
