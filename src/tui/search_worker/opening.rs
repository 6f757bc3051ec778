//! Opening the kept search index when it is first needed. Opening reads and checks every byte
//! of it (on 10,000 pages, about 100 MB: tens of milliseconds of CPU), which at the start of a
//! load took a core from the list the reader is filling; nothing needs the index before a
//! search is typed or every page is in, and the pages that came before are looked up in it
//! then.

use super::{index, Action, Worker};

impl Worker {
    /// Whether pages are to be indexed: an index is open or will be.
    pub(super) fn will_index(&self) -> bool {
        self.index.is_some() || self.to_open.is_some()
    }

    /// Opens the kept index, once (an index that cannot be used gives one notice and an index
    /// in memory, as before; none at all means searches scan). The pages taken so far are
    /// looked up in it: those it holds are searched through it and their held text let go,
    /// the others stay queued for indexing.
    pub(super) fn open_index(&mut self) {
        let Some(dir) = self.to_open.take() else {
            return;
        };
        let (opened, notice) = match index::store::open(&dir) {
            Ok((i, n)) => (Some(i), n),
            Err(e) => (
                None,
                Some(index::store::IndexNotice::NoIndex { why: e.to_string() }),
            ),
        };
        if let Some(n) = notice {
            let _ = self.tx.send(Action::IndexNotice(n));
        }
        self.index = opened;
        let Some(idx) = &self.index else {
            let held = self.pages.iter_mut().filter_map(|p| p.text.take()).count();
            self.release(held);
            self.queue.clear();
            return;
        };
        let mut released = 0;
        for p in &mut self.pages {
            if idx.version(p.file) == Some(p.version) {
                p.indexed = true;
                self.indexed += 1;
                released += usize::from(p.text.take().is_some());
            }
        }
        self.release(released);
        let pages = &self.pages;
        self.queue
            .retain(|&k| pages.get(k).is_some_and(|p| !p.indexed));
        self.progress();
    }
}
