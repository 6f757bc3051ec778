//! Search: typing a query, finding its hits in the listed articles (Traditional/Simplified and
//! full-width folded) and stepping through them.

use super::{App, Hit, Input, Mode, Search};
use crate::text::fold::fold;
use crate::tui::doc::{self, Seg};

impl App {
    pub(super) fn search_input(&mut self, i: Input) {
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
                return;
            }
            Input::Down | Input::Tab => {
                self.step_hit(true);
                self.mode = Mode::Search;
                return;
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
                    } else {
                        self.warn(format!(
                            "“{q}”: {}",
                            crate::tui::i18n::Msg::NoHits.text(self.lang)
                        ));
                    }
                }
                return;
            }
            Input::Esc => {
                self.search = None;
                return;
            }
        }
        self.set_query(q);
        self.mode = Mode::Search;
    }

    /// Searches the listed articles for `q` and moves to the first hit at or after the current
    /// article, so typing narrows in place instead of jumping back to the top.
    pub(super) fn set_query(&mut self, q: String) {
        let hits = if q.is_empty() {
            Vec::new()
        } else {
            self.find(&q)
        };
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
        });
        self.goto_hit();
    }

    pub(super) fn find(&self, q: &str) -> Vec<Hit> {
        self.find_in(&self.visible, q)
    }

    /// Hits of `q` in the articles `order` lists, in that order.
    pub(super) fn find_in(&self, order: &[usize], q: &str) -> Vec<Hit> {
        let needle = normalise(q);
        let mut hits = Vec::new();
        if needle.is_empty() {
            return hits;
        }
        for &i in order {
            let a = &self.entries[i].article;
            let segs = (0..a.title.len())
                .map(Seg::Title)
                .chain((0..a.paragraphs.len()).map(Seg::Para))
                .chain((0..a.captions.len()).map(Seg::Caption))
                .chain(std::iter::once(Seg::Byline));
            for seg in segs {
                let Some(text) = doc::seg_text(a, seg) else {
                    continue;
                };
                let hay = normalise(&text);
                let mut k = 0;
                while k + needle.len() <= hay.len() {
                    if hay[k..k + needle.len()] == needle[..] {
                        hits.push(Hit {
                            entry: i,
                            seg,
                            start: k,
                            end: k + needle.len(),
                        });
                        k += needle.len();
                    } else {
                        k += 1;
                    }
                }
            }
        }
        hits
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

/// Search text: Traditional folded to Simplified, full-width to ASCII, lower case, one char per
/// source char so that positions stay offsets into the original.
pub(super) fn normalise(s: &str) -> Vec<char> {
    let folded = fold(s);
    let mut out: Vec<char> = folded
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    // `fold` keeps the char count; guard anyway so offsets never point past the text.
    out.truncate(s.chars().count());
    out
}
