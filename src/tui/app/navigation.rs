//! Moving around: focus, the list selection, scrolling the reader, the reading position kept
//! across focus changes and resizes, facts in view, and the mouse.

use super::App;
use crate::tui::doc;
use crate::tui::layout::{self, Focus};

impl App {
    pub(super) fn set_focus(&mut self, f: Focus) {
        // The reader may change width with the focus (the facts take the list's place): keep
        // the reading position, and pick a fact from what is being read rather than scrolling
        // away to the selected one.
        let anchor = self.reading_anchor();
        self.focus = f;
        self.restore_anchor(anchor);
        if f == Focus::Facts {
            self.fact_active = true;
            self.select_fact_in_view();
        }
        self.scroll = self.scroll.min(self.max_scroll());
        self.keep_list_visible();
    }

    /// The reader's first text line at or below the top, as a place in the article (segment
    /// and char offset) plus how many lines above it the top is: found again after a re-wrap.
    pub(super) fn reading_anchor(&self) -> Option<(doc::Seg, usize, usize)> {
        let d = self.doc()?;
        let (k, line) = d
            .iter()
            .skip(self.scroll)
            .enumerate()
            .find(|(_, l)| l.seg.is_some())?;
        Some((line.seg?, usize::try_from(line.origin).unwrap_or(0), k))
    }

    /// Scrolls back to a place found by [`Self::reading_anchor`] (at whatever width now).
    pub(super) fn restore_anchor(&mut self, anchor: Option<(doc::Seg, usize, usize)>) {
        let (Some((seg, offset, above)), Some(d)) = (anchor, self.doc()) else {
            return;
        };
        if let Some(line) = doc::line_of(&d, seg, offset) {
            self.scroll = line.saturating_sub(above).min(self.max_scroll());
        }
    }

    /// Keeps the selected fact when it is in view; otherwise selects the first fact (in
    /// sidebar order) shown in the reader. With none in view, nothing moves.
    pub(super) fn select_fact_in_view(&mut self) {
        let (Some(a), Some(d)) = (self.current_article(), self.doc()) else {
            return;
        };
        let h = self.reader_height().max(1);
        let view = self.scroll..self.scroll + h;
        let facts = self.current_facts();
        let line_of_fact = |i: usize| {
            let f = facts.get(i)?;
            let (seg, start, _) = doc::fact_seg(&a, f)?;
            doc::line_of(&d, seg, start)
        };
        let order = self.fact_order();
        let sel_in_view = order
            .get(self.fact_sel)
            .and_then(|&i| line_of_fact(i))
            .is_some_and(|l| view.contains(&l));
        if sel_in_view {
            return;
        }
        if let Some(pos) = order
            .iter()
            .position(|&i| line_of_fact(i).is_some_and(|l| view.contains(&l)))
        {
            self.fact_sel = pos;
        }
    }

    pub(super) fn back(&mut self) {
        if self.search.is_some() {
            self.search = None;
            if self.narrowed {
                self.narrowed = false;
                self.refilter();
                self.say(crate::tui::i18n::article_count(
                    self.visible.len(),
                    self.lang,
                ));
            }
        } else if self.fact_active && self.focus != Focus::Facts {
            self.fact_active = false;
        } else {
            self.set_focus(Focus::List);
        }
    }

    pub(super) fn move_by(&mut self, d: isize) {
        match self.focus {
            Focus::List => self.select(self.selected.saturating_add_signed(d)),
            Focus::Reader => {
                self.scroll = self.scroll.saturating_add_signed(d).min(self.max_scroll())
            }
            Focus::Facts => {
                let n = self.fact_order().len();
                self.fact_sel = self
                    .fact_sel
                    .saturating_add_signed(d)
                    .min(n.saturating_sub(1));
                self.fact_active = true;
                self.scroll_to_fact();
            }
        }
    }

    pub(super) fn page(&mut self, dir: isize) {
        match self.focus {
            Focus::List | Focus::Facts
                if self.panes().reader.is_none() || self.focus == Focus::List =>
            {
                let h = self.list_height().max(2) as isize - 1;
                if self.focus == Focus::List {
                    self.select(self.selected.saturating_add_signed(dir * h));
                } else {
                    self.move_by(dir * h);
                }
            }
            _ => {
                // Keep one line of context across pages.
                let h = self.reader_height().max(2) as isize - 1;
                self.scroll = self
                    .scroll
                    .saturating_add_signed(dir * h)
                    .min(self.max_scroll());
            }
        }
    }

    pub(super) fn jump(&mut self, end: bool) {
        match self.focus {
            Focus::List => self.select(if end { usize::MAX } else { 0 }),
            Focus::Reader => self.scroll = if end { self.max_scroll() } else { 0 },
            Focus::Facts => {
                let n = self.fact_order().len();
                self.fact_sel = if end { n.saturating_sub(1) } else { 0 };
                self.fact_active = true;
                self.scroll_to_fact();
            }
        }
    }

    /// Selects the article at list position `pos` (clamped); a new article starts at its top.
    pub(super) fn select(&mut self, pos: usize) {
        let pos = pos.min(self.visible.len().saturating_sub(1));
        if pos != self.selected {
            self.selected = pos;
            self.scroll = 0;
            self.fact_sel = 0;
            self.fact_active = self.focus == Focus::Facts;
        }
        self.keep_list_visible();
    }

    /// Scrolls the reader so that line `line` is in view, a third from the top when it moves.
    pub(super) fn reveal(&mut self, line: usize) {
        let h = self.reader_height().max(1);
        if line < self.scroll || line >= self.scroll + h {
            self.scroll = line.saturating_sub(h / 3).min(self.max_scroll());
        }
    }

    pub(super) fn scroll_to_fact(&mut self) {
        let (Some(a), Some(doc)) = (self.current_article(), self.doc()) else {
            return;
        };
        let Some(f) = self.selected_fact() else {
            return;
        };
        if let Some((seg, start, _)) = doc::fact_seg(&a, &f) {
            if let Some(line) = doc::line_of(&doc, seg, start) {
                self.reveal(line);
            }
        }
    }

    pub(super) fn wheel(&mut self, col: u16, row: u16, down: bool) {
        let p = self.panes();
        let at = ratatui::layout::Position::new(col, row);
        let d = if down { 3 } else { -3 };
        if p.list.is_some_and(|r| r.contains(at)) {
            self.select(
                self.selected
                    .saturating_add_signed(if down { 1 } else { -1 }),
            );
        } else if p.facts.is_some_and(|r| r.contains(at)) {
            let n = self.fact_order().len();
            self.fact_sel = self
                .fact_sel
                .saturating_add_signed(d / 3)
                .min(n.saturating_sub(1));
            self.fact_active = true;
            self.scroll_to_fact();
        } else {
            self.scroll = self.scroll.saturating_add_signed(d).min(self.max_scroll());
        }
    }

    pub(super) fn click(&mut self, col: u16, row: u16) {
        let p = self.panes();
        let at = ratatui::layout::Position::new(col, row);
        if let Some(r) = p.list.filter(|r| r.contains(at)) {
            let inner = layout::inner(r);
            if inner.contains(at) {
                if let Some(pos) = self.list_pos_at((row - inner.y) as usize) {
                    self.focus = Focus::List;
                    self.select(pos);
                }
            }
        } else if p.reader.is_some_and(|r| r.contains(at)) {
            self.focus = Focus::Reader;
        } else if p.facts.is_some_and(|r| r.contains(at)) {
            self.set_focus(Focus::Facts);
        }
    }
}
