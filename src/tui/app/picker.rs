//! The zone picker: the zones to choose from for a query, and typing in it.

use super::{App, Input, Mode, Picker, PickerItem, ZoneFilter};
use crate::lexicon::zone;
use crate::text::fold::fold;
use crate::tui::i18n::Msg;
use std::rc::Rc;

impl App {
    /// Zones of all loaded articles with counts, plus "no zone", narrowed by the picker query:
    /// an alias or place name matches its zone (`上党` → 上党经济技术开发区), and so does any part
    /// of the name.
    pub fn picker_items(&self, query: &str) -> Vec<PickerItem> {
        let q = fold(query.trim());
        let mut items = vec![PickerItem {
            filter: ZoneFilter::All,
            label: Msg::AllArticles.text(self.lang).to_owned(),
            count: self.entries.len(),
        }];
        for (z, count) in self.counted_zones().iter().cloned() {
            let item = match z {
                Some(z) => PickerItem {
                    filter: ZoneFilter::Query(z.clone()),
                    label: z,
                    count,
                },
                None => PickerItem {
                    filter: ZoneFilter::NoZone,
                    label: Msg::NoZone.text(self.lang).to_owned(),
                    count,
                },
            };
            items.push(item);
        }
        if q.is_empty() {
            return items;
        }
        items
            .into_iter()
            .filter(|it| match &it.filter {
                ZoneFilter::Query(z) => {
                    zone::matches(&q, z) || zone::of_kind(&q, z) || fold(z).contains(&q)
                }
                _ => {
                    it.label.contains(&q.to_lowercase())
                        || (it.filter == ZoneFilter::NoZone && q == "无")
                }
            })
            .collect()
    }

    /// Every zone with its article count (see [`crate::cli::zone_counts`]), counted once for
    /// the entries loaded so far and kept until more arrive.
    pub(super) fn counted_zones(&self) -> super::ZoneCounts {
        let n = self.entries.len();
        if let Some((at, counts)) = &*self.zone_counts.borrow() {
            if *at == n {
                return Rc::clone(counts);
            }
        }
        let fields = self.entries.iter().map(|e| e.article.zone_fields());
        let counts = Rc::new(crate::cli::zone_counts_of(fields));
        *self.zone_counts.borrow_mut() = Some((n, Rc::clone(&counts)));
        counts
    }

    pub(super) fn picker_input(&mut self, mut p: Picker, i: Input) {
        let n = self.picker_items(&p.query).len();
        match i {
            Input::Char(c) => {
                p.query.push(c);
                p.selected = 0;
            }
            Input::Backspace => {
                p.query.pop();
                p.selected = 0;
            }
            Input::Clear => {
                p.query.clear();
                p.selected = 0;
            }
            Input::Up => p.selected = p.selected.saturating_sub(1),
            Input::Down | Input::Tab => p.selected = (p.selected + 1).min(n.saturating_sub(1)),
            Input::Enter => {
                if let Some(item) = self.picker_items(&p.query).into_iter().nth(p.selected) {
                    self.filter = item.filter;
                    self.refilter();
                    let n = crate::tui::i18n::article_count(self.visible.len(), self.lang);
                    self.say(format!("{n}: {}", item.label));
                }
                return;
            }
            // Esc only closes: the active filter stays.
            Input::Esc => return,
        }
        // When the typing narrows to a single match of a longer name, Enter takes that match.
        let items = self.picker_items(&p.query);
        if !p.query.is_empty()
            && p.selected == 0
            && items.len() > 1
            && items[0].filter == ZoneFilter::All
        {
            p.selected = 1;
        }
        self.mode = Mode::Picker(p);
    }
}
