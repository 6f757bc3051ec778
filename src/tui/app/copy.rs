//! Copying one fact or all facts of the article to the clipboard.

use super::{App, Effect};
use crate::tui::facts_fmt;
use crate::tui::i18n::{self, notices as words};

impl App {
    pub(super) fn copy_fact(&mut self) -> Vec<Effect> {
        match self.selected_fact() {
            Some(f) => vec![Effect::Copy {
                text: facts_fmt::copy_one(&f),
                what: words::fact_what(i18n::kind_label(f.kind, self.lang), &f.text, self.lang),
            }],
            None => {
                self.nothing_to_copy();
                Vec::new()
            }
        }
    }

    pub(super) fn copy_all(&mut self) -> Vec<Effect> {
        let Some(e) = self.current_entry() else {
            self.nothing_to_copy();
            return Vec::new();
        };
        if e.facts.is_empty() {
            self.nothing_to_copy();
            return Vec::new();
        }
        let facts = self.current_facts();
        vec![Effect::Copy {
            text: facts_fmt::copy_all(&e.article, &facts, &e.source),
            what: words::facts_of(e.facts.len(), &e.article.id, self.lang),
        }]
    }

    pub(super) fn nothing_to_copy(&mut self) {
        let loading = self.current_entry().is_some_and(|e| !e.facts_ready);
        let m = if loading {
            crate::tui::i18n::Msg::FactsStillExtracting
        } else {
            crate::tui::i18n::Msg::NoFactsToCopy
        };
        self.warn(m.text(self.lang).to_owned());
    }
}
