//! The reader's state and `update`, the only place it changes. Keys, mouse, resizes and
//! background results all arrive as [`Action`]s; anything that touches the outside world
//! (clipboard, files) leaves as an [`Effect`] for the event loop to carry out.

use ratatui::layout::Rect;
use std::rc::Rc;
use std::sync::Arc;

use super::doc::{Cache, DocLine, Seg};
use super::facts_fmt;
use super::head::Head;
use super::keys::{Command, KeyMap};
use super::layout::{self, Focus, Panes};
use super::packed::PackedFacts;
use super::text::PageTexts;
use super::theme::Theme;
use crate::ingest::edition::range::DateRange;
use crate::model::{Corpus, Fact};
use crate::text::AmbiguousWidth;

// `update` below dispatches; each concept's handling lives in its own file.
mod action;
mod arrive;
mod commands;
mod copy;
mod export;
mod facts;
mod listing;
mod navigation;
mod picker;
mod search;
mod texts;
pub use action::{Action, Effect, Input, SearchRequest};
pub use listing::{ListLine, PageInfo, Sort};

/// One loaded article with what the reader needs to know about it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The article as parsed, facts left out: shared with the search worker and the fact
    /// extractor, which read its text without a copy of their own. When its page's text was
    /// left in the cache (`page.version` is set) this is the article's head (see
    /// [`crate::tui::text`]): [`App::article`] reads the whole article back.
    pub article: Head,
    /// The article's facts, packed (none until extracted; see `facts_ready`): unpacked only for
    /// the shown article ([`App::facts_of`]) and while a view or an export is built.
    pub facts: PackedFacts,
    pub year: Option<i32>,
    /// The page's source, shared by its articles (an archive has a hundred thousand).
    pub source: Arc<str>,
    /// The article's page: edition date, page number, section, paper; shared by its articles.
    pub page: Arc<PageInfo>,
    /// Whether facts have been extracted (they arrive after the first screen).
    pub facts_ready: bool,
    /// The article's position on its page.
    pub slot: usize,
}

/// Which articles the list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ZoneFilter {
    #[default]
    All,
    /// A zone query: canonical name or alias, matched with [`zone::matches`](crate::lexicon::zone::matches).
    Query(String),
    /// Articles about no zone.
    NoZone,
}

/// The zone picker's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picker {
    pub query: String,
    pub selected: usize,
    /// Each zone's projects, announced investment and latest date, from the ledger of all
    /// loaded articles (taken when the picker opens).
    pub stats: projects::ZoneStats,
}

/// One choice in the zone picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerItem {
    pub filter: ZoneFilter,
    pub label: String,
    pub count: usize,
}

/// The export prompt's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPrompt {
    pub path: String,
    /// The file exists and the user was asked whether to replace it.
    pub confirm: bool,
    /// What the file gets: the listed articles' facts, or the Projects view's ledger.
    pub what: ExportWhat,
}

/// What an export prompt writes. The Projects view is kept in the prompt so that the view comes
/// back, as it was, when the prompt closes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ExportWhat {
    #[default]
    Facts,
    Projects(Box<ProjectsView>),
}

impl ExportWhat {
    /// The mode to go back to when the prompt closes.
    fn into_mode(self) -> Mode {
        match self {
            ExportWhat::Facts => Mode::Normal,
            ExportWhat::Projects(v) => Mode::Projects(*v),
        }
    }
}

/// What has the keyboard besides the panes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Normal,
    Help,
    Picker(Picker),
    /// Typing a search query.
    Search,
    Export(ExportPrompt),
    /// The project ledger of the listed articles.
    Projects(projects::ProjectsView),
    /// The sentences that mention the selected fact.
    Mentions(projects::MentionsView),
    /// A zone's profile as bar charts.
    Profile(projects::ProfileView),
    /// Typing a date range (`2025-12`, `2025-12-01..2025-12-24`).
    Dates(String),
    /// The files that could not be read, scrolled by this many lines.
    Failures(usize),
}

/// A search hit in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub seg: Seg,
    pub start: usize,
    pub end: usize,
}

/// An incremental search over the listed articles. Each article's hits are counted (by the
/// worker, from the index or a scan); only those of the article shown are placed, by scanning
/// it ([`App::placed_hits`]): placing every hit of a common char over an archive cost more
/// than the rest of a keystroke.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    /// Hits per entry, of every entry searched so far (0: none, or not searched yet).
    pub found: Vec<u32>,
    /// The listed articles (before a kept search narrows them) with hits, in list order.
    pub with_hits: Vec<usize>,
    /// Hits in those articles.
    pub total: usize,
    /// The current hit: its entry and its number among that article's hits.
    pub current: Option<(usize, usize)>,
    /// The worker has not answered every request yet: more hits may come.
    pub pending: bool,
    /// The entries searched (or asked of the worker) for this query.
    pub asked: Vec<bool>,
    /// Requests the worker has not finished.
    pub outstanding: usize,
    /// The hits of the article placed last: drawing asks for them every frame.
    placed: std::cell::RefCell<Option<(usize, Rc<Vec<Hit>>)>>,
}

/// A one-line message in the status line until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// What the reader starts with besides the corpus.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Interface language (`lang` in config.toml).
    pub lang: super::i18n::Lang,
    pub zone: Option<String>,
    /// `--since`/`--until`.
    pub dates: DateRange,
    pub amb: AmbiguousWidth,
    pub theme: Theme,
    pub keymap: KeyMap,
    /// Config problems to show once at start.
    pub warnings: Vec<super::config::Warning>,
}

/// The whole reader state.
#[derive(Debug)]
pub struct App {
    pub entries: Vec<Entry>,
    pub failures: Vec<String>,
    /// Notes on pages read all the same and on the cache: counted on the status line, listed
    /// by `!` after the failures.
    pub notes: Vec<String>,
    pub filter: ZoneFilter,
    pub dates: DateRange,
    pub sort: Sort,
    /// A search's `Enter` keeps only the articles with hits until `Esc`.
    pub narrowed: bool,
    /// Indices into `entries` that pass the filters, in the sort order.
    pub visible: Vec<usize>,
    /// Position in `visible`.
    pub selected: usize,
    pub list_offset: usize,
    pub focus: Focus,
    /// The `f` toggle (see [`layout::panes`]).
    pub sidebar: bool,
    pub mode: Mode,
    /// First reader line shown.
    pub scroll: usize,
    /// First line of the help overlay shown (it scrolls on small screens).
    pub help_scroll: usize,
    /// Position of the selected fact in the sidebar order.
    pub fact_sel: usize,
    /// Whether the selected fact is highlighted in the text.
    pub fact_active: bool,
    pub search: Option<Search>,
    /// Generation of the newest search asked of the worker; older answers are dropped.
    pub search_gen: u64,
    /// Typing a query sends it to the search worker instead of scanning here (the event loop
    /// sets it; tests and snapshots search synchronously).
    pub background_search: bool,
    /// Searches to hand to the worker with the effects of the current update.
    outbox: Vec<SearchRequest>,
    /// The entry whose facts were last asked for ahead of the others (see
    /// [`App::facts_first`]).
    asked_first: Option<usize>,
    /// Entries that arrived while pages load, waiting for the end of the load to be extracted
    /// (see [`App::extract_the_rest`]).
    extract_later: Vec<usize>,
    pub notice: Option<Notice>,
    /// The notice is a kept search's summary (`“经开区”：3 篇中 21 处`) while hits still arrive:
    /// it follows them instead of freezing at the count the key saw.
    live_summary: bool,
    pub size: (u16, u16),
    pub lang: super::i18n::Lang,
    pub amb: AmbiguousWidth,
    pub theme: Theme,
    pub keymap: KeyMap,
    pub cache: Cache,
    pub quit: bool,
    /// Files loaded / in all while pages load in the background.
    pub loading: Option<(usize, usize)>,
    /// Pages the search index holds / pages loaded, while it catches up (searches are slower).
    pub indexing: Option<(usize, usize)>,
    /// Pages received so far (the next page's group index).
    pub pages: usize,
    /// Entries whose facts are in: counted as they arrive, so the status line does not walk
    /// every entry on every frame.
    facts_done: usize,
    /// The last entry whose facts were unpacked, with them: the sidebar, the reader's
    /// highlights and the keys ask for the shown article's facts many times a frame.
    unpacked: std::cell::RefCell<Option<(usize, Rc<Vec<Fact>>)>>,
    /// Reads back the text of pages left in the cache (none: every page keeps its text).
    texts: Option<std::cell::RefCell<PageTexts>>,
    /// The zone picker's zones with their article counts, for the entries loaded when they
    /// were counted (the picker asks for them on every frame and key; counting 120,000
    /// articles' zones each time made typing in it lag).
    zone_counts: std::cell::RefCell<Option<(usize, ZoneCounts)>>,
    /// The zone picker's figures last computed, with the state they were computed for (see
    /// [`crate::tui::zone_stats`]).
    zone_stats: Option<((usize, usize), ZoneStats)>,
    /// Generation of the newest request to the ledger worker (see
    /// [`crate::tui::ledger_worker`]); answers to older ones are dropped.
    ledger_gen: u64,
}

/// Zones with their article counts (see [`crate::cli::zone_counts`]), shared.
pub type ZoneCounts = Rc<Vec<(Option<String>, usize)>>;

impl App {
    pub fn new(corpus: Corpus, failures: Vec<String>, settings: Settings) -> App {
        let pages = corpus.pages.len();
        let entries = corpus
            .pages
            .into_iter()
            .enumerate()
            .flat_map(|(k, p)| {
                let page = Arc::new(PageInfo::of(k, &p));
                let (year, source): (_, Arc<str>) = (p.year, p.source.into());
                p.articles
                    .into_iter()
                    .enumerate()
                    .map(move |(k, a)| Entry::new(a, year, source.clone(), page.clone(), k, None))
            })
            .collect();
        let filter = match settings.zone.as_deref().map(str::trim) {
            Some(z) if !z.is_empty() => ZoneFilter::Query(z.to_owned()),
            _ => ZoneFilter::All,
        };
        let notice = (!settings.warnings.is_empty()).then(|| Notice {
            text: super::i18n::config::warnings(&settings.warnings, settings.lang),
            error: true,
        });
        let mut app = App {
            entries,
            failures,
            notes: Vec::new(),
            filter,
            dates: settings.dates,
            sort: Sort::default(),
            narrowed: false,
            visible: Vec::new(),
            selected: 0,
            list_offset: 0,
            focus: Focus::List,
            sidebar: false,
            mode: Mode::Normal,
            scroll: 0,
            help_scroll: 0,
            fact_sel: 0,
            fact_active: false,
            search: None,
            search_gen: 0,
            background_search: false,
            outbox: Vec::new(),
            asked_first: None,
            extract_later: Vec::new(),
            notice,
            live_summary: false,
            size: (80, 24),
            lang: settings.lang,
            amb: settings.amb,
            theme: settings.theme,
            keymap: settings.keymap,
            cache: Cache::default(),
            quit: false,
            loading: None,
            indexing: None,
            pages,
            facts_done: 0,
            unpacked: std::cell::RefCell::new(None),
            texts: None,
            zone_counts: Default::default(),
            zone_stats: None,
            ledger_gen: 0,
        };
        app.facts_done = app.entries.iter().filter(|e| e.facts_ready).count();
        app.refilter();
        app
    }

    // ----- derived state, shared by update and the views -----

    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    pub fn panes(&self) -> Panes {
        layout::panes(self.area(), self.focus, self.sidebar)
    }

    /// The reader's text area: where it is, or where it would be once focused (narrow screens),
    /// so that scrolling to a hit works before the reader is shown.
    pub fn reader_text_area(&self) -> Rect {
        let r = self
            .panes()
            .reader
            .or_else(|| layout::panes(self.area(), Focus::Reader, self.sidebar).reader)
            .unwrap_or_default();
        layout::reader_text(r)
    }

    pub fn current(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    pub fn current_entry(&self) -> Option<&Entry> {
        self.current().and_then(|i| self.entries.get(i))
    }

    /// The current article laid out at the reader's width.
    pub fn doc(&self) -> Option<std::rc::Rc<Vec<DocLine>>> {
        let i = self.current()?;
        let w = self.reader_text_area().width.max(1) as usize;
        Some(self.cache.get(i, || self.article(i), w, self.amb))
    }

    fn reader_height(&self) -> usize {
        self.reader_text_area().height as usize
    }

    fn max_scroll(&self) -> usize {
        let n = self.doc().map_or(0, |d| d.len());
        n.saturating_sub(self.reader_height().max(1))
    }

    fn list_height(&self) -> usize {
        let (rows, per_entry) = self.list_geometry();
        rows / per_entry.max(1)
    }

    // ----- update -----

    /// Applies one action; returns the effects the event loop must carry out.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let awaited = self.awaited_ledger();
        let mut effects = self.apply(action);
        // The view waiting for the ledger worker closed (and asked for nothing new): what the
        // worker builds for it is not wanted any more.
        let asked = effects.iter().any(|e| matches!(e, Effect::Ledger(_)));
        if awaited.is_some() && self.awaited_ledger() != awaited && !asked {
            effects.push(Effect::LedgerCancel);
        }
        effects.extend(self.outbox.drain(..).map(Effect::Search));
        effects.extend(self.facts_first().map(Effect::ExtractFirst));
        self.text_notices();
        effects
    }

    fn apply(&mut self, action: Action) -> Vec<Effect> {
        let is_user = matches!(
            action,
            Action::Cmd(_) | Action::Input(_) | Action::Click { .. } | Action::Wheel { .. }
        );
        if is_user && self.notice.is_some() {
            self.notice = None;
        }
        match action {
            Action::Cmd(c) => return self.command(c),
            Action::Input(i) => return self.input(i),
            Action::Resize(w, h) => {
                let anchor = self.reading_anchor();
                self.size = (w, h);
                self.restore_anchor(anchor);
                self.scroll = self.scroll.min(self.max_scroll());
                self.keep_list_visible();
            }
            Action::Wheel { col, row, down } => self.wheel(col, row, down),
            Action::Click { col, row } => self.click(col, row),
            Action::FactsReady { entry, facts } => {
                self.forget_unpacked(entry);
                if let Some(e) = self.entries.get_mut(entry) {
                    e.facts = facts;
                    self.facts_done += usize::from(!e.facts_ready);
                    e.facts_ready = true;
                }
                if self.current() == Some(entry) {
                    self.fact_sel = self.fact_sel.min(self.fact_order().len().saturating_sub(1));
                }
            }
            Action::FactsStored { page, entries } => self.facts_stored(page, entries),
            Action::PagesLoaded {
                pages,
                facts,
                versions,
                listed,
                renamed,
                done,
                total,
            } => {
                let batch = arrive::Batch {
                    pages,
                    packed: facts,
                    versions,
                    listed,
                };
                return self.pages_loaded(batch, &renamed, done, total);
            }
            Action::PagesPlaced(places) => self.place(&places),
            Action::LoadDone { failures, notes } => {
                self.failures.extend(failures);
                self.notes.extend(notes);
                self.loading = None;
                return self.extract_the_rest();
            }
            Action::Copied(text) => self.say(text),
            Action::Exported { message, failed } => {
                // The prompt closes; the Projects view it came from comes back.
                if let Mode::Export(p) = &mut self.mode {
                    let what = std::mem::take(&mut p.what);
                    self.mode = what.into_mode();
                }
                self.notice = Some(Notice {
                    text: message,
                    error: failed,
                });
            }
            Action::SearchCounts { gen, counts, done } => self.search_counts(gen, counts, done),
            Action::IndexNotice(n) => self.warn(super::i18n::problems::index_notice(&n, self.lang)),
            Action::ZoneStats { key, stats } => {
                if let Mode::Picker(p) = &mut self.mode {
                    p.stats = stats.clone();
                }
                self.profile_stats(&stats);
                self.zone_stats = Some((key, stats));
            }
            Action::Ledger { gen, built } => self.ledger_built(gen, built),
            Action::IndexProgress { done, total } => {
                self.indexing = (done < total).then_some((done, total));
            }
            Action::ExportExists(path) => {
                let what = match &mut self.mode {
                    Mode::Export(p) => std::mem::take(&mut p.what),
                    _ => ExportWhat::Facts,
                };
                self.mode = Mode::Export(ExportPrompt {
                    path: path.display().to_string(),
                    confirm: true,
                    what,
                });
            }
        }
        Vec::new()
    }

    fn say(&mut self, text: String) {
        self.notice = Some(Notice { text, error: false });
        self.live_summary = false;
    }

    fn warn(&mut self, text: String) {
        self.notice = Some(Notice { text, error: true });
        self.live_summary = false;
    }

    // ----- prompts -----

    fn input(&mut self, i: Input) -> Vec<Effect> {
        match std::mem::take(&mut self.mode) {
            Mode::Normal => {}
            Mode::Help => {}
            Mode::Picker(p) => self.picker_input(p, i),
            Mode::Search => return self.search_input(i),
            Mode::Export(e) => return self.export_input(e, i),
            m @ (Mode::Projects(_) | Mode::Mentions(_) | Mode::Profile(_)) => self.mode = m,
            Mode::Dates(d) => self.dates_input(d, i),
            Mode::Failures(_) => {}
        }
        Vec::new()
    }
}

mod projects;
pub use projects::{MentionsView, ProfileView, ProjectsView, SortBy, ZoneStats};

#[cfg(test)]
mod tests;
