//! The list as a newspaper: articles grouped by edition date and page under a header row, in a
//! sort order the user cycles; filters by zone, date range and search hits; moving by page.

use super::{App, Entry, Input, Mode, ZoneFilter};
use crate::cli::zones_match;
use crate::ingest::edition::range::DateRange;
use crate::model::{Article, Page};
use crate::tui::head::Head;
use crate::tui::packed::PackedFacts;

/// The list's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest edition first, pages in order, a page's articles in page order.
    #[default]
    DateDesc,
    /// Oldest edition first.
    DateAsc,
    /// The order the files were loaded in.
    Load,
}

impl Sort {
    /// `s` cycles: date ↓ → date ↑ → load order → date ↓.
    pub fn next(self) -> Sort {
        match self {
            Sort::DateDesc => Sort::DateAsc,
            Sort::DateAsc => Sort::Load,
            Sort::Load => Sort::DateDesc,
        }
    }

    /// The order's name in the interface language.
    pub fn label(self, lang: crate::tui::i18n::Lang) -> &'static str {
        use crate::tui::i18n::Msg;
        match self {
            Sort::DateDesc => Msg::SortDateDesc,
            Sort::DateAsc => Msg::SortDateAsc,
            Sort::Load => Msg::SortLoad,
        }
        .text(lang)
    }
}

/// What the list and the reading pane show of an article's page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageInfo {
    /// Position of the page among the loaded pages: the group the article belongs to.
    pub index: usize,
    /// Position of the page's file in path order (the reader loads newest first, so this can
    /// differ from `index`): what the load-order sort follows.
    pub order: usize,
    pub paper: Option<String>,
    pub date: Option<String>,
    pub page_no: Option<u32>,
    pub section: Option<String>,
    /// The date the page sorts by: its edition date, else its first article's date.
    pub sort_date: Option<String>,
    /// How many articles the page has.
    pub articles: usize,
    /// The version of the page's text when it was left in the cache, to be read back on
    /// demand (see [`crate::tui::text`]); `None` when its articles keep their text.
    pub version: Option<u64>,
}

impl PageInfo {
    pub fn of(index: usize, page: &Page) -> PageInfo {
        PageInfo {
            index,
            order: index,
            paper: page.paper.clone(),
            date: page.date.clone(),
            page_no: page.page_no,
            section: page.section.clone(),
            sort_date: page
                .date
                .clone()
                .or_else(|| page.articles.iter().find_map(|a| a.date.clone())),
            articles: page.articles.len(),
            version: None,
        }
    }

    /// [`PageInfo::of`] a page listed with its articles' heads left in bytes (its `articles`
    /// are empty): its count and the date it sorts by come from the heads. Counted from the
    /// page's empty articles, such a page had none: the extractor never wrote their facts
    /// back into the cache, and an undated page sorted apart from its whole reading.
    pub fn listed(index: usize, page: &Page, heads: &crate::cache::LazyHeads) -> PageInfo {
        PageInfo {
            sort_date: page
                .date
                .clone()
                .or_else(|| heads.first_date().map(str::to_owned)),
            articles: heads.len(),
            ..PageInfo::of(index, page)
        }
    }

    /// `2025-12-24 · 第 3 版 · 园区经济 · 科学导报`; a page that says none of it is known by its
    /// source.
    pub fn label(&self, source: &str) -> String {
        let parts: Vec<String> = [
            self.date.clone(),
            self.page_no.map(|n| format!("第 {n} 版")),
            self.section.clone(),
            self.paper.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            source.to_owned()
        } else {
            parts.join(" · ")
        }
    }
}

/// One screen line of the list: a page's header, or one line of an article's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListLine {
    /// The header of the page of entry `entry`.
    Header { entry: usize },
    /// Line `part` of the row of the article at list position `pos`.
    Article { pos: usize, part: usize },
}

impl Entry {
    /// An entry for article `slot` of a page: its facts kept packed beside the shared article.
    /// `packed` are the facts a cached page brought, packed by the loading thread (then they
    /// are ready, even when there are none); otherwise the article's own facts, if any, are.
    pub fn new(
        mut a: Article,
        year: Option<i32>,
        source: std::sync::Arc<str>,
        page: std::sync::Arc<PageInfo>,
        slot: usize,
        packed: Option<PackedFacts>,
    ) -> Entry {
        let own = std::mem::take(&mut a.facts);
        let packed = packed.or_else(|| (!own.is_empty()).then(|| PackedFacts::pack(&own)));
        Entry::with_head(a.into(), year, source, page, slot, packed)
    }

    /// An entry for a head without facts of its own (one listed from the archive's summary):
    /// `packed` are the facts its page's cache entry holds, if any (then they are ready).
    pub fn with_head(
        article: Head,
        year: Option<i32>,
        source: std::sync::Arc<str>,
        page: std::sync::Arc<PageInfo>,
        slot: usize,
        packed: Option<PackedFacts>,
    ) -> Entry {
        Entry {
            facts_ready: packed.is_some(),
            facts: packed.unwrap_or_default(),
            slot,
            article,
            year,
            source,
            page,
        }
    }

    /// The name its page is known by where it states no edition: the path its ids are built from
    /// (`misc/notes.txt` of `misc/notes.txt#2`), shorter than the full source path.
    pub fn page_name(&self) -> &str {
        self.article
            .id
            .rsplit_once('#')
            .map_or(&*self.source, |(name, _)| name)
    }
}

impl App {
    /// Whether an entry passes the zone and date filters.
    pub(super) fn passes(&self, e: &Entry) -> bool {
        let zone = match &self.filter {
            ZoneFilter::All => true,
            ZoneFilter::NoZone => {
                let (zone, zones) = e.article.zone_fields();
                zone.is_none() && zones.is_empty()
            }
            ZoneFilter::Query(q) => {
                let (zone, zones) = e.article.zone_fields();
                zones_match(zone, zones, q)
            }
        };
        // An open range reads no article: a listed head is decoded only when something asks
        // for its fields (see `tui::head`), and without filters nothing does.
        zone && (self.dates.is_open() || self.dates.contains(e.article.date.as_deref()))
    }

    /// Entries that pass the filters, in the sort order.
    pub(super) fn base_order(&self) -> Vec<usize> {
        self.sorted_in(0..self.entries.len())
    }

    /// The entries of `range` that pass the filters, in the sort order. A page's articles are
    /// neighbours in `entries` and share every sort key but their index (see
    /// [`Self::order_cmp`]), so the page runs are sorted by their first entry and then spread
    /// out: for any two entries of different runs the order is that of their runs' first
    /// entries, so this is exactly the sort of the entries, at the cost of a sort of 10,000
    /// pages rather than of 100,000 articles.
    fn sorted_in(&self, range: std::ops::Range<usize>) -> Vec<usize> {
        let len = range.len();
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for i in range {
            match runs.last_mut() {
                Some(r)
                    if std::sync::Arc::ptr_eq(
                        &self.entries[r.start].page,
                        &self.entries[i].page,
                    ) =>
                {
                    r.end = i + 1;
                }
                _ => runs.push(i..i + 1),
            }
        }
        runs.sort_by(|a, b| self.order_cmp(a.start, b.start));
        let mut order = Vec::with_capacity(len);
        for r in runs {
            order.extend(r.filter(|&i| self.passes(&self.entries[i])));
        }
        order
    }

    /// [`Self::base_order`] when the entries from `first` on are new and `visible` is the base
    /// order of those before (nothing narrows it): only the new ones are sorted, then merged in,
    /// so a batch of pages arriving into a list of 100,000 articles costs a walk of the list,
    /// not a sort of it. The order is total (it ends with the entry index), so the merge gives
    /// exactly what the full sort gives.
    fn base_order_after(&self, first: usize) -> Vec<usize> {
        let new = self.sorted_in(first..self.entries.len());
        let old = &self.visible;
        let mut out = Vec::with_capacity(old.len() + new.len());
        // Everything before the first new entry is copied as it is, found by a binary search:
        // pages arrive newest first, so in the default order a batch mostly goes at the end,
        // and comparing it with every entry listed cost a walk of the list per batch.
        let mut i = match new.first() {
            Some(&n) => old.partition_point(|&o| self.order_cmp(o, n).is_lt()),
            None => old.len(),
        };
        let mut j = 0;
        out.extend_from_slice(&old[..i]);
        while i < old.len() && j < new.len() {
            if self.order_cmp(new[j], old[i]).is_lt() {
                out.push(new[j]);
                j += 1;
            } else {
                out.push(old[i]);
                i += 1;
            }
        }
        out.extend_from_slice(&old[i..]);
        out.extend_from_slice(&new[j..]);
        out
    }

    /// The list's sort order between two entries: a total order (ties end on the index).
    fn order_cmp(&self, a: usize, b: usize) -> std::cmp::Ordering {
        // Articles of one page share every key but their index: most comparisons of a batch
        // are of such neighbours, and comparing their equal dates, papers and sources was the
        // better part of a warm open's sort.
        if std::sync::Arc::ptr_eq(&self.entries[a].page, &self.entries[b].page) {
            return a.cmp(&b);
        }
        // Borrowed, not cloned: a sort compares n·log n times (a second for 100,000 articles).
        let key = |i: usize| {
            let p = &self.entries[i].page;
            (
                &p.paper,
                p.page_no.unwrap_or(u32::MAX),
                &self.entries[i].source,
                i,
            )
        };
        match self.sort {
            Sort::Load => (self.entries[a].page.order, a).cmp(&(self.entries[b].page.order, b)),
            Sort::DateDesc | Sort::DateAsc => {
                let (da, db) = (
                    &self.entries[a].page.sort_date,
                    &self.entries[b].page.sort_date,
                );
                // Undated pages last in either direction.
                let by_date = match (da, db) {
                    (Some(x), Some(y)) if self.sort == Sort::DateDesc => y.cmp(x),
                    (Some(x), Some(y)) => x.cmp(y),
                    (x, y) => x.is_none().cmp(&y.is_none()),
                };
                by_date.then_with(|| key(a).cmp(&key(b)))
            }
        }
    }

    /// Recomputes the visible list after a filter, sort or search change, keeping the current
    /// article when it still shows. A kept search keeps only the articles with hits.
    pub(super) fn refilter(&mut self) {
        let keep = self.current();
        self.compute_visible();
        let pos = keep.and_then(|k| self.visible.iter().position(|&v| v == k));
        if pos != Some(self.selected) || keep.is_none() {
            self.selected = pos.unwrap_or(0);
            self.scroll = 0;
            self.fact_sel = 0;
            self.fact_active = false;
        }
        self.list_offset = 0;
        self.keep_list_visible();
    }

    /// Recomputes `visible` (and a kept search's hits) from the filters, leaving the selection
    /// to the caller.
    pub(super) fn compute_visible(&mut self) {
        self.compute_visible_after(None);
    }

    /// [`Self::compute_visible`]; `Some(first)` when the entries from `first` on just arrived
    /// and nothing else changed, which merges them in instead of sorting the whole list.
    pub(super) fn compute_visible_after(&mut self, first: Option<usize>) {
        let base = match first {
            Some(first) if !self.narrowed && first <= self.entries.len() => {
                self.base_order_after(first)
            }
            _ => self.base_order(),
        };
        if self.search.is_some() {
            // Articles that joined the list are searched too (by the worker, in the reader);
            // the hits found so far are placed at once, no article scanned here.
            self.ask(&base);
            self.arrange_hits(&base);
        }
        self.visible = match (&self.search, self.narrowed) {
            (Some(s), true) => base.into_iter().filter(|&i| s.count(i) > 0).collect(),
            _ => base,
        };
    }

    /// The list's screen lines for rows of `per` lines each: a header wherever the page changes.
    /// Lazy: drawing a screen or finding the selected row walks the list only that far, so a
    /// frame near the top of 100,000 articles costs what one of 100 does.
    pub fn list_lines(&self, per: usize) -> impl Iterator<Item = ListLine> + '_ {
        let mut last_page = None;
        self.visible.iter().enumerate().flat_map(move |(pos, &i)| {
            let page = self.entries.get(i).map(|e| e.page.index);
            let header = (last_page != Some(page)).then_some(ListLine::Header { entry: i });
            last_page = Some(page);
            header
                .into_iter()
                .chain((0..per).map(move |part| ListLine::Article { pos, part }))
        })
    }

    /// The screen line of the first line of the row at list position `pos`, and whether a page
    /// header stands right above it.
    pub(super) fn row_line(&self, per: usize, pos: usize) -> Option<(usize, bool)> {
        let mut header_above = false;
        for (k, l) in self.list_lines(per).enumerate() {
            match l {
                ListLine::Article { pos: p, part: 0 } if p == pos => {
                    return Some((k, header_above))
                }
                ListLine::Header { .. } => header_above = true,
                ListLine::Article { .. } => header_above = false,
            }
        }
        None
    }

    /// The list's inner area: its height in lines and the lines per row.
    pub(super) fn list_geometry(&self) -> (usize, usize) {
        use crate::tui::layout::{self, Focus};
        let r = self
            .panes()
            .list
            .or_else(|| layout::panes(self.area(), Focus::List, self.sidebar).list)
            .unwrap_or_default();
        let inner = layout::inner(r);
        (inner.height as usize, layout::rows_per_entry(inner.width))
    }

    /// Scrolls the list so that the selected row shows, with its page's header when it is the
    /// page's first article.
    pub(super) fn keep_list_visible(&mut self) {
        let (h, per) = self.list_geometry();
        let h = h.max(1);
        let Some((first, header_above)) = self.row_line(per, self.selected) else {
            self.list_offset = 0;
            return;
        };
        let top = if header_above { first - 1 } else { first };
        let last = first + per - 1;
        if top < self.list_offset {
            self.list_offset = top;
        } else if last >= self.list_offset + h {
            self.list_offset = last + 1 - h;
        }
        // No blank screen past the end: count the lines only as far as a full screen needs.
        let shown = self.list_lines(per).take(self.list_offset + h).count();
        self.list_offset = self.list_offset.min(shown.saturating_sub(h));
    }

    /// The list position of the article on screen line `row` of the list's inner area.
    pub(super) fn list_pos_at(&self, row: usize) -> Option<usize> {
        let (_, per) = self.list_geometry();
        match self.list_lines(per).nth(self.list_offset + row)? {
            ListLine::Article { pos, .. } => Some(pos),
            ListLine::Header { .. } => None,
        }
    }

    /// `}` / `{`: the first article of the next or previous page in the list.
    pub(super) fn jump_page(&mut self, forward: bool) {
        let page_at = |pos: usize| {
            self.visible
                .get(pos)
                .and_then(|&i| self.entries.get(i))
                .map(|e| e.page.index)
        };
        let Some(here) = page_at(self.selected) else {
            return;
        };
        let mut start = self.selected;
        while start > 0 && page_at(start - 1) == Some(here) {
            start -= 1;
        }
        let target = if forward {
            (self.selected..self.visible.len()).find(|&p| page_at(p) != Some(here))
        } else if start == 0 {
            None
        } else {
            let prev = page_at(start - 1);
            let mut p = start - 1;
            while p > 0 && page_at(p - 1) == prev {
                p -= 1;
            }
            Some(p)
        };
        match target {
            Some(p) => {
                self.select(p);
                let label = self.page_label(p);
                self.say(label);
            }
            None => {
                let m = if forward {
                    crate::tui::i18n::Msg::LastPage
                } else {
                    crate::tui::i18n::Msg::FirstPage
                };
                self.say(m.text(self.lang).to_owned());
            }
        }
    }

    /// The header label of the page of the article at list position `pos`.
    pub fn page_label(&self, pos: usize) -> String {
        self.visible
            .get(pos)
            .and_then(|&i| self.entries.get(i))
            .map(|e| e.page.label(e.page_name()))
            .unwrap_or_default()
    }

    /// `s`: the next sort order.
    pub(super) fn cycle_sort(&mut self) {
        self.sort = self.sort.next();
        self.refilter();
        let lang = self.lang;
        self.say(format!(
            "{}: {}",
            crate::tui::i18n::Msg::Sort.text(lang),
            self.sort.label(lang)
        ));
    }

    /// The `d` prompt: Enter applies a range (empty clears it), Esc closes without change.
    pub(super) fn dates_input(&mut self, mut d: String, i: Input) {
        match i {
            Input::Char(c) => d.push(c),
            Input::Backspace => {
                d.pop();
            }
            Input::Clear => d.clear(),
            Input::Esc => return,
            Input::Up | Input::Down | Input::Tab => {}
            Input::Enter => match DateRange::parse(&d) {
                Ok(r) => {
                    self.dates = r;
                    self.refilter();
                    let what = if self.dates.is_open() {
                        crate::tui::i18n::Msg::AllDates.text(self.lang).to_owned()
                    } else {
                        self.dates.label()
                    };
                    self.say(format!(
                        "{} · {what}",
                        crate::tui::i18n::article_count(self.visible.len(), self.lang)
                    ));
                    return;
                }
                Err(crate::error::Error::BadDate(what)) => {
                    self.warn(crate::tui::i18n::not_a_date(&what, self.lang));
                }
                Err(e) => self.warn(e.to_string()),
            },
        }
        self.mode = Mode::Dates(d);
    }

    /// Search hits per entry, for the list's counts.
    pub fn hits_of(&self, entry: usize) -> usize {
        self.search.as_ref().map_or(0, |s| s.count(entry))
    }
}

#[cfg(test)]
mod tests;
