//! The shown article's facts: unpacked on demand (an entry keeps them packed), in sidebar
//! order, asked for ahead of the extractor's queue when they are not in yet, and the status
//! line's count of articles extracted.

use std::rc::Rc;

use super::{facts_fmt, App, Fact};

impl App {
    /// The facts of entry `i`, unpacked (none for an entry that does not exist). The last
    /// entry asked for keeps them unpacked until its facts change, so asking again for the shown
    /// article costs nothing.
    pub fn facts_of(&self, i: usize) -> Rc<Vec<Fact>> {
        if let Some((k, f)) = &*self.unpacked.borrow() {
            if *k == i {
                return Rc::clone(f);
            }
        }
        let f = Rc::new(self.unpack_facts(i));
        *self.unpacked.borrow_mut() = Some((i, Rc::clone(&f)));
        f
    }

    /// The shown article's facts (none when nothing is shown).
    pub fn current_facts(&self) -> Rc<Vec<Fact>> {
        match self.current() {
            Some(i) => self.facts_of(i),
            None => Rc::default(),
        }
    }

    /// Drops the unpacked facts of entry `i`, whose facts changed.
    pub(super) fn forget_unpacked(&self, i: usize) {
        let mut u = self.unpacked.borrow_mut();
        if u.as_ref().is_some_and(|(k, _)| *k == i) {
            *u = None;
        }
    }

    /// Fact indices of the current article in sidebar order.
    pub fn fact_order(&self) -> Vec<usize> {
        facts_fmt::order(&self.current_facts())
    }

    pub fn selected_fact(&self) -> Option<Fact> {
        let i = *self.fact_order().get(self.fact_sel)?;
        self.current_facts().get(i).cloned()
    }

    /// The shown article, when its facts are not in yet and were not already asked for ahead
    /// of the others: the extractor takes articles in the order they arrived, so one opened
    /// deep in a list that is still being extracted (a cold open of 10,000 pages takes about
    /// half a minute) would otherwise show "extracting facts" until the queue reached it.
    pub(super) fn facts_first(&mut self) -> Option<usize> {
        let i = self.current()?;
        if self.entries.get(i)?.facts_ready || self.asked_first == Some(i) {
            return None;
        }
        self.asked_first = Some(i);
        Some(i)
    }

    /// Counts for the status line: extracted / all.
    pub fn facts_progress(&self) -> (usize, usize) {
        (self.facts_done, self.entries.len())
    }
}
