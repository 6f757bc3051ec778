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
                    let (n, pending) = (s.hits.len(), s.pending);
                    if n > 0 || pending {
                        // Keep only the articles with hits (more join as they are found); Esc
                        // restores the list.
                        self.narrowed = true;
                        self.refilter();
                        self.goto_hit();
                        self.say_summary();
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
    /// reader the search goes to the worker and its hits come back as `SearchHits`.
    pub(super) fn set_query(&mut self, q: String) -> Vec<Effect> {
        self.search_gen += 1;
        self.search = Some(Search {
            query: q,
            ..Search::default()
        });
        // Unless a kept search narrowed it, the list is the filtered order: no need to sort again.
        let base = if self.narrowed {
            self.base_order()
        } else {
            self.visible.clone()
        };
        self.ask(&base);
        self.arrange_hits(&base);
        self.goto_hit();
        Vec::new()
    }

    /// Searches the entries of `base` not searched yet for the current query: here at once in
    /// tests, by the worker in the running reader (see [`Self::search_hits`]).
    pub(super) fn ask(&mut self, base: &[usize]) {
        let n = self.entries.len();
        let Some(s) = &mut self.search else { return };
        if s.query.is_empty() {
            return;
        }
        s.asked.resize(n, false);
        let order: Vec<usize> = base
            .iter()
            .copied()
            .filter(|&i| !std::mem::replace(&mut s.asked[i], true))
            .collect();
        if order.is_empty() {
            return;
        }
        if self.background_search {
            s.outstanding += 1;
            s.pending = true;
            self.outbox.push(SearchRequest {
                gen: self.search_gen,
                query: s.query.clone(),
                order,
            });
        } else {
            let q = s.query.clone();
            let hits = self.find_in(&order, &q);
            if let Some(s) = &mut self.search {
                s.found.extend(hits);
            }
        }
    }

    /// Hits from the worker: kept only if they are for the newest query; the list, the counts
    /// and (for the first hits) the position follow.
    pub(super) fn search_hits(&mut self, gen: u64, hits: Vec<Hit>, done: bool) {
        let Some(s) = &mut self.search else { return };
        if gen != self.search_gen {
            return;
        }
        if done {
            s.outstanding = s.outstanding.saturating_sub(1);
            s.pending = s.outstanding > 0;
        }
        let had = s.current.is_some();
        if !self.narrowed && self.append_hits(&hits) {
            if !had {
                self.goto_hit();
            }
            return;
        }
        if let Some(s) = &mut self.search {
            s.found.extend(hits);
        }
        if self.narrowed {
            // The kept list grows with the articles that have hits, the selection kept.
            self.regrow();
        } else {
            let base = self.visible.clone();
            self.arrange_hits(&base);
        }
        if !had {
            self.goto_hit();
        }
        self.follow_summary();
    }

    /// Says what a kept search found so far (`“经开区”：3 篇中 21 处 · 正在搜索…`), and keeps
    /// saying it as hits arrive (see [`Self::follow_summary`]).
    fn say_summary(&mut self) {
        let Some(s) = &self.search else { return };
        let (n, pending) = (s.hits.len(), s.pending);
        let mut msg = crate::tui::i18n::search_hits(&s.query, n, self.visible.len(), self.lang);
        if pending {
            msg.push_str(" · ");
            msg.push_str(crate::tui::i18n::Msg::Searching.text(self.lang));
        }
        self.say(msg);
        self.live_summary = pending;
    }

    /// Brings a kept search's summary up to date while it is still on the status line.
    fn follow_summary(&mut self) {
        if self.narrowed && self.live_summary && self.notice.is_some() {
            self.say_summary();
        }
    }

    /// Adds hits that all fall after the last listed hit, in list order (a search's answer
    /// arrives so, chunk by chunk) without re-sorting them all; false (nothing added) otherwise.
    fn append_hits(&mut self, hits: &[Hit]) -> bool {
        let here = self.selected;
        let mut pos = vec![usize::MAX; self.entries.len()];
        for (p, &i) in self.visible.iter().enumerate() {
            if let Some(slot) = pos.get_mut(i) {
                *slot = p;
            }
        }
        let at = |h: &Hit| pos.get(h.entry).copied().unwrap_or(usize::MAX);
        let Some(s) = &mut self.search else {
            return false;
        };
        let mut last = s.hits.last().map_or(0, at);
        for h in hits {
            let p = at(h);
            if p == usize::MAX || p < last {
                return false;
            }
            last = p;
        }
        let old = s.hits.len();
        s.found.extend_from_slice(hits);
        s.hits.extend_from_slice(hits);
        for h in hits {
            *s.counts.entry(h.entry).or_default() += 1;
        }
        if s.current.is_none() {
            s.current = s.hits[old..]
                .iter()
                .position(|h| at(h) >= here)
                .map(|k| old + k)
                .or((!s.hits.is_empty() && !s.pending).then_some(0));
        }
        true
    }

    /// Orders the hits found in the articles of `base` (the list before narrowing) by list
    /// position, counts them per article and keeps the current hit (or, without one, picks the
    /// first at or after the selected article).
    pub(super) fn arrange_hits(&mut self, base: &[usize]) {
        let here = self.current();
        let Some(s) = &mut self.search else { return };
        let mut pos = vec![usize::MAX; self.entries.len()];
        for (p, &i) in base.iter().enumerate() {
            if let Some(slot) = pos.get_mut(i) {
                *slot = p;
            }
        }
        let at = |h: &Hit| pos.get(h.entry).copied().unwrap_or(usize::MAX);
        let current = s.current.and_then(|c| s.hits.get(c)).copied();
        let mut hits: Vec<Hit> = s
            .found
            .iter()
            .copied()
            .filter(|h| at(h) != usize::MAX)
            .collect();
        hits.sort_by_key(|h| at(h));
        s.counts.clear();
        for h in &hits {
            *s.counts.entry(h.entry).or_default() += 1;
        }
        let here = here.and_then(|e| pos.get(e).copied()).unwrap_or(0);
        s.current = match current {
            Some(c) => hits.iter().position(|h| *h == c),
            None => None,
        }
        .or_else(|| hits.iter().position(|h| at(h) >= here))
        // None at or after the selection: the first hit, once no more can come.
        .or((!hits.is_empty() && !s.pending).then_some(0));
        s.hits = hits;
    }

    /// Hits of `q` in the articles `order` lists, in that order.
    pub(super) fn find_in(&self, order: &[usize], q: &str) -> Vec<Hit> {
        find_hits(|i| self.article(i), order, q, || true).unwrap_or_default()
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
