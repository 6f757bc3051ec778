//! Search: typing a query, finding its hits in the listed articles (Traditional/Simplified and
//! full-width folded) and stepping through them.

use std::rc::Rc;

use super::{App, Effect, Hit, Input, Mode, Search, SearchRequest};

use crate::tui::doc;
use crate::tui::search_worker::{find_counts, find_hits};

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
                    let (n, pending) = (s.total, s.pending);
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
    /// reader the search goes to the worker and its counts come back as `SearchCounts`.
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
    /// tests, by the worker in the running reader (see [`Self::search_counts`]).
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
            let counts = self.count_in(&order, &q);
            if let Some(s) = &mut self.search {
                s.take_counts(counts);
            }
        }
    }

    /// Counts from the worker: kept only if they are for the newest query; the list, the
    /// counts and (for the first hits) the position follow.
    pub(super) fn search_counts(&mut self, gen: u64, counts: Vec<(usize, u32)>, done: bool) {
        let Some(s) = &mut self.search else { return };
        if gen != self.search_gen {
            return;
        }
        if done {
            s.outstanding = s.outstanding.saturating_sub(1);
            s.pending = s.outstanding > 0;
        }
        let had = s.current.is_some();
        s.take_counts(counts);
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
        let (n, pending) = (s.total, s.pending);
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

    /// Lists the articles of `base` (the list before narrowing) that have hits, in its order,
    /// totals their hits and keeps the current hit (or, without one, picks the first at or
    /// after the selected article).
    pub(super) fn arrange_hits(&mut self, base: &[usize]) {
        let here = self.current();
        let Some(s) = &mut self.search else { return };
        s.with_hits = base.iter().copied().filter(|&i| s.count(i) > 0).collect();
        s.total = s.with_hits.iter().map(|&i| s.count(i)).sum();
        s.current = s
            .current
            .filter(|&(e, k)| k < s.count(e) && s.with_hits.contains(&e));
        if s.current.is_none() {
            let from = here
                .and_then(|e| base.iter().position(|&i| i == e))
                .unwrap_or(0);
            s.current = base
                .get(from..)
                .into_iter()
                .flatten()
                .find(|&&i| s.count(i) > 0)
                // None at or after the selection: the first hit, once no more can come.
                .or(s.with_hits.first().filter(|_| !s.pending))
                .map(|&e| (e, 0));
        }
    }

    /// Hits of `q` counted in the articles `order` lists, in that order.
    pub(super) fn count_in(&self, order: &[usize], q: &str) -> Vec<(usize, u32)> {
        find_counts(|i| self.article(i), order, q, || true).unwrap_or_default()
    }

    /// The hits of the current query in entry `entry`, placed by scanning the article (kept
    /// for the next frame: drawing asks every frame).
    pub fn placed_hits(&self, entry: usize) -> Rc<Vec<Hit>> {
        let Some(s) = &self.search else {
            return Rc::default();
        };
        if let Some((e, hits)) = &*s.placed.borrow() {
            if *e == entry {
                return Rc::clone(hits);
            }
        }
        let hits = Rc::new(
            find_hits(|i| self.article(i), &[entry], &s.query, || true).unwrap_or_default(),
        );
        s.placed.replace(Some((entry, Rc::clone(&hits))));
        hits
    }

    pub(super) fn step_hit(&mut self, forward: bool) {
        let Some(s) = &mut self.search else {
            self.say(crate::tui::i18n::Msg::NoSearch.text(self.lang).to_owned());
            return;
        };
        if s.with_hits.is_empty() {
            let q = s.query.clone();
            self.warn(format!(
                "“{q}”: {}",
                crate::tui::i18n::Msg::NoHits.text(self.lang)
            ));
            return;
        }
        s.current = Some(s.step(forward));
        self.goto_hit();
    }

    pub(super) fn goto_hit(&mut self) {
        let Some((entry, k)) = self.search.as_ref().and_then(|s| s.current) else {
            return;
        };
        if let Some(pos) = self.visible.iter().position(|&v| v == entry) {
            self.select(pos);
        }
        let hits = self.placed_hits(entry);
        let Some(hit) = hits.get(k).or(hits.last()) else {
            return;
        };
        if let Some(doc) = self.doc() {
            if let Some(line) = doc::line_of(&doc, hit.seg, hit.start) {
                self.reveal(line);
            }
        }
    }
}

impl Search {
    /// A search that found `hit` and nothing else (a name opened from a view): nothing more to
    /// search for, so every one of `entries` counts as searched.
    pub fn one_hit(query: String, hit: Hit, entries: usize) -> Search {
        let mut found = vec![0; entries.max(hit.entry + 1)];
        found[hit.entry] = 1;
        Search {
            query,
            found,
            with_hits: vec![hit.entry],
            total: 1,
            current: Some((hit.entry, 0)),
            asked: vec![true; entries],
            placed: std::cell::RefCell::new(Some((hit.entry, Rc::new(vec![hit])))),
            ..Search::default()
        }
    }

    /// Hits counted in entry `i`.
    pub fn count(&self, i: usize) -> usize {
        self.found.get(i).map_or(0, |&n| n as usize)
    }

    /// Takes counts found (for entries searched again, the new count replaces the old).
    fn take_counts(&mut self, counts: Vec<(usize, u32)>) {
        for (i, n) in counts {
            if i >= self.found.len() {
                self.found.resize(i + 1, 0);
            }
            self.found[i] = n;
        }
    }

    /// The current hit's number among all listed hits, from 1 (0 without one).
    pub fn ordinal(&self) -> usize {
        let Some((entry, k)) = self.current else {
            return 0;
        };
        let before: usize = self
            .with_hits
            .iter()
            .take_while(|&&i| i != entry)
            .map(|&i| self.count(i))
            .sum();
        before + k + 1
    }

    /// The hit after (or before) the current one, round the listed hits; the first without one.
    fn step(&self, forward: bool) -> (usize, usize) {
        let first = self.with_hits.first().map_or((0, 0), |&e| (e, 0));
        let Some((entry, k)) = self.current else {
            return first;
        };
        let Some(pos) = self.with_hits.iter().position(|&i| i == entry) else {
            return first;
        };
        let n = self.with_hits.len();
        if forward {
            if k + 1 < self.count(entry) {
                return (entry, k + 1);
            }
            (self.with_hits[(pos + 1) % n], 0)
        } else {
            if k > 0 {
                return (entry, k - 1);
            }
            let e = self.with_hits[(pos + n - 1) % n];
            (e, self.count(e).saturating_sub(1))
        }
    }
}
