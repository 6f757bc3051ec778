//! The reader's state and `update`, the only place it changes. Keys, mouse, resizes and
//! background results all arrive as [`Action`]s; anything that touches the outside world
//! (clipboard, files) leaves as an [`Effect`] for the event loop to carry out.

use std::path::PathBuf;

use ratatui::layout::Rect;

use super::doc::{self, Cache, DocLine, Seg};
use super::facts_fmt;
use super::keys::{Command, KeyMap};
use super::layout::{self, Focus, Panes};
use super::theme::Theme;
use crate::export::Format;
use crate::ingest::edition::range::DateRange;
use crate::lexicon::zone;
use crate::model::{Article, Corpus, Fact};

mod listing;
use crate::text::fold::fold;
use crate::text::AmbiguousWidth;
pub use listing::{ListLine, PageInfo, Sort};

/// One loaded article with what the reader needs to know about it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub article: Article,
    pub year: Option<i32>,
    pub source: String,
    /// The article's page: edition date, page number, section, paper.
    pub page: PageInfo,
    /// Whether facts have been extracted (they arrive after the first screen).
    pub facts_ready: bool,
}

/// Which articles the list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ZoneFilter {
    #[default]
    All,
    /// A zone query: canonical name or alias, matched with [`zone::matches`].
    Query(String),
    /// Articles about no zone.
    NoZone,
}

/// Text typed into a prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Char(char),
    Backspace,
    /// Ctrl-U: clear the whole input.
    Clear,
    Enter,
    Esc,
    Up,
    Down,
    Tab,
}

/// Everything that can happen to the reader.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Cmd(Command),
    Input(Input),
    Resize(u16, u16),
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    Click {
        col: u16,
        row: u16,
    },
    /// Facts of entry `entry` extracted in the background.
    FactsReady {
        entry: usize,
        facts: Vec<Fact>,
    },
    /// A copy was carried out; the text says where it went.
    Copied(String),
    /// An export finished: the message to show, and whether it failed.
    Exported {
        message: String,
        failed: bool,
    },
    /// The export target exists: ask before overwriting.
    ExportExists(PathBuf),
}

/// Work for the event loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Put `text` on the clipboard; `what` describes it for the notice.
    Copy { text: String, what: String },
    /// Write the facts of `entries` to `path`.
    Export {
        path: PathBuf,
        format: Format,
        entries: Vec<usize>,
        overwrite: bool,
    },
}

/// The zone picker's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picker {
    pub query: String,
    pub selected: usize,
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

/// An incremental search over the listed articles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub current: Option<usize>,
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
    pub warnings: Vec<String>,
}

/// The whole reader state.
#[derive(Debug)]
pub struct App {
    pub entries: Vec<Entry>,
    pub failures: Vec<String>,
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
    pub notice: Option<Notice>,
    pub size: (u16, u16),
    pub lang: super::i18n::Lang,
    pub amb: AmbiguousWidth,
    pub theme: Theme,
    pub keymap: KeyMap,
    pub cache: Cache,
    pub quit: bool,
}

impl App {
    pub fn new(corpus: Corpus, failures: Vec<String>, settings: Settings) -> App {
        let entries = corpus
            .pages
            .into_iter()
            .enumerate()
            .flat_map(|(k, p)| {
                let page = PageInfo::of(k, &p);
                let (year, source) = (p.year, p.source);
                p.articles.into_iter().map(move |a| Entry {
                    facts_ready: !a.facts.is_empty(),
                    article: a,
                    year,
                    source: source.clone(),
                    page: page.clone(),
                })
            })
            .collect();
        let filter = match settings.zone.as_deref().map(str::trim) {
            Some(z) if !z.is_empty() => ZoneFilter::Query(z.to_owned()),
            _ => ZoneFilter::All,
        };
        let notice = (!settings.warnings.is_empty()).then(|| Notice {
            text: settings.warnings.join("; "),
            error: true,
        });
        let mut app = App {
            entries,
            failures,
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
            notice,
            size: (80, 24),
            lang: settings.lang,
            amb: settings.amb,
            theme: settings.theme,
            keymap: settings.keymap,
            cache: Cache::default(),
            quit: false,
        };
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
        let e = self.entries.get(i)?;
        let w = self.reader_text_area().width.max(1) as usize;
        Some(self.cache.get(i, &e.article, w, self.amb))
    }

    fn reader_height(&self) -> usize {
        self.reader_text_area().height as usize
    }

    fn max_scroll(&self) -> usize {
        let n = self.doc().map_or(0, |d| d.len());
        n.saturating_sub(self.reader_height().max(1))
    }

    fn list_height(&self) -> usize {
        let r = self
            .panes()
            .list
            .or_else(|| layout::panes(self.area(), Focus::List, self.sidebar).list)
            .unwrap_or_default();
        let inner = layout::inner(r);
        inner.height as usize / layout::rows_per_entry(inner.width)
    }

    /// Fact indices of the current article in sidebar order.
    pub fn fact_order(&self) -> Vec<usize> {
        self.current_entry()
            .map(|e| facts_fmt::order(&e.article.facts))
            .unwrap_or_default()
    }

    pub fn selected_fact(&self) -> Option<&Fact> {
        let e = self.current_entry()?;
        let i = *self.fact_order().get(self.fact_sel)?;
        e.article.facts.get(i)
    }

    /// Zones of all loaded articles with counts, plus "no zone", narrowed by the picker query:
    /// an alias or place name matches its zone (`上党` → 上党经济技术开发区), and so does any part
    /// of the name.
    pub fn picker_items(&self, query: &str) -> Vec<PickerItem> {
        let articles: Vec<&Article> = self.entries.iter().map(|e| &e.article).collect();
        let q = fold(query.trim());
        let mut items = vec![PickerItem {
            filter: ZoneFilter::All,
            label: "all articles".to_owned(),
            count: articles.len(),
        }];
        for (z, count) in crate::cli::zone_counts(&articles) {
            let item = match z {
                Some(z) => PickerItem {
                    filter: ZoneFilter::Query(z.clone()),
                    label: z,
                    count,
                },
                None => PickerItem {
                    filter: ZoneFilter::NoZone,
                    label: "no zone".to_owned(),
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

    // ----- update -----

    /// Applies one action; returns the effects the event loop must carry out.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
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
                if let Some(e) = self.entries.get_mut(entry) {
                    e.article.facts = facts;
                    e.facts_ready = true;
                }
                if self.current() == Some(entry) {
                    self.fact_sel = self.fact_sel.min(self.fact_order().len().saturating_sub(1));
                }
            }
            Action::Copied(text) => self.say(text),
            Action::Exported { message, failed } => {
                self.mode = Mode::Normal;
                self.notice = Some(Notice {
                    text: message,
                    error: failed,
                });
            }
            Action::ExportExists(path) => {
                self.mode = Mode::Export(ExportPrompt {
                    path: path.display().to_string(),
                    confirm: true,
                });
            }
        }
        Vec::new()
    }

    fn say(&mut self, text: String) {
        self.notice = Some(Notice { text, error: false });
    }

    fn warn(&mut self, text: String) {
        self.notice = Some(Notice { text, error: true });
    }

    fn command(&mut self, c: Command) -> Vec<Effect> {
        if let Mode::Failures(top) = self.mode {
            // Up and down scroll the list of failures; anything else closes it.
            self.mode = match c {
                Command::Down => Mode::Failures(top.saturating_add(1).min(self.failures.len())),
                Command::Up => Mode::Failures(top.saturating_sub(1)),
                Command::PageDown => {
                    Mode::Failures(top.saturating_add(10).min(self.failures.len()))
                }
                Command::PageUp => Mode::Failures(top.saturating_sub(10)),
                _ => Mode::Normal,
            };
            self.quit = c == Command::Quit;
            return Vec::new();
        }
        if self.mode == Mode::Help {
            // Moving keys scroll the help (a small screen cannot show it all); any other command
            // closes it, and quitting still quits.
            let last = self
                .keymap
                .help()
                .iter()
                .map(|(_, rows)| rows.len() + 1)
                .sum::<usize>();
            let s = self.help_scroll;
            match c {
                Command::Down => self.help_scroll = (s + 1).min(last),
                Command::Up => self.help_scroll = s.saturating_sub(1),
                Command::PageDown => self.help_scroll = (s + 10).min(last),
                Command::PageUp => self.help_scroll = s.saturating_sub(10),
                Command::Top => self.help_scroll = 0,
                Command::Bottom => self.help_scroll = last,
                _ => {
                    self.mode = Mode::Normal;
                    self.quit = c == Command::Quit;
                }
            }
            return Vec::new();
        }
        match c {
            Command::Quit => self.quit = true,
            Command::Help => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
            }
            Command::Down => self.move_by(1),
            Command::Up => self.move_by(-1),
            Command::PageDown => self.page(1),
            Command::PageUp => self.page(-1),
            Command::Top => self.jump(false),
            Command::Bottom => self.jump(true),
            Command::NextArticle => self.select(self.selected.saturating_add(1)),
            Command::PrevArticle => self.select(self.selected.saturating_sub(1)),
            Command::NextPage => self.jump_page(true),
            Command::PrevPage => self.jump_page(false),
            Command::Sort => self.cycle_sort(),
            Command::DateFilter => {
                let current = if self.dates.is_open() {
                    String::new()
                } else {
                    self.dates.label()
                };
                self.mode = Mode::Dates(current);
            }
            Command::Failures => {
                if self.failures.is_empty() {
                    self.say("every file was read".to_owned());
                } else {
                    self.mode = Mode::Failures(0);
                }
            }
            Command::FocusNext => self.set_focus(self.focus.next()),
            Command::FocusPrev => self.set_focus(self.focus.prev()),
            Command::Open => match self.focus {
                Focus::List => self.set_focus(Focus::Reader),
                Focus::Facts => self.scroll_to_fact(),
                Focus::Reader => {}
            },
            Command::Back => self.back(),
            Command::ToggleFacts => {
                self.sidebar = !self.sidebar;
                if self.focus == Focus::Facts && self.panes().facts.is_none() {
                    self.focus = Focus::Reader;
                }
            }
            Command::ZoneFilter => {
                let mut p = Picker::default();
                // Start on the active filter so that Enter keeps it.
                let items = self.picker_items("");
                p.selected = items
                    .iter()
                    .position(|it| it.filter == self.filter)
                    .unwrap_or(0);
                self.mode = Mode::Picker(p);
            }
            Command::Search => {
                self.mode = Mode::Search;
                self.search = Some(Search::default());
                if self.narrowed {
                    self.narrowed = false;
                    self.refilter();
                }
            }
            Command::NextHit => self.step_hit(true),
            Command::PrevHit => self.step_hit(false),
            Command::CopyFact => return self.copy_fact(),
            Command::CopyAll => return self.copy_all(),
            Command::Export => {
                self.mode = Mode::Export(ExportPrompt {
                    path: "dubao-facts.csv".to_owned(),
                    confirm: false,
                });
            }
        }
        Vec::new()
    }

    fn set_focus(&mut self, f: Focus) {
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
    fn reading_anchor(&self) -> Option<(doc::Seg, usize, usize)> {
        let d = self.doc()?;
        let (k, line) = d
            .iter()
            .skip(self.scroll)
            .enumerate()
            .find(|(_, l)| l.seg.is_some())?;
        Some((line.seg?, usize::try_from(line.origin).unwrap_or(0), k))
    }

    /// Scrolls back to a place found by [`Self::reading_anchor`] (at whatever width now).
    fn restore_anchor(&mut self, anchor: Option<(doc::Seg, usize, usize)>) {
        let (Some((seg, offset, above)), Some(d)) = (anchor, self.doc()) else {
            return;
        };
        if let Some(line) = doc::line_of(&d, seg, offset) {
            self.scroll = line.saturating_sub(above).min(self.max_scroll());
        }
    }

    /// Keeps the selected fact when it is in view; otherwise selects the first fact (in
    /// sidebar order) shown in the reader. With none in view, nothing moves.
    fn select_fact_in_view(&mut self) {
        let (Some(e), Some(d)) = (self.current_entry(), self.doc()) else {
            return;
        };
        let h = self.reader_height().max(1);
        let view = self.scroll..self.scroll + h;
        let line_of_fact = |i: usize| {
            let f = e.article.facts.get(i)?;
            let (seg, start, _) = doc::fact_seg(&e.article, f)?;
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

    fn back(&mut self) {
        if self.search.is_some() {
            self.search = None;
            if self.narrowed {
                self.narrowed = false;
                self.refilter();
                self.say(format!("{} articles", self.visible.len()));
            }
        } else if self.fact_active && self.focus != Focus::Facts {
            self.fact_active = false;
        } else {
            self.set_focus(Focus::List);
        }
    }

    fn move_by(&mut self, d: isize) {
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

    fn page(&mut self, dir: isize) {
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

    fn jump(&mut self, end: bool) {
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
    fn select(&mut self, pos: usize) {
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
    fn reveal(&mut self, line: usize) {
        let h = self.reader_height().max(1);
        if line < self.scroll || line >= self.scroll + h {
            self.scroll = line.saturating_sub(h / 3).min(self.max_scroll());
        }
    }

    fn scroll_to_fact(&mut self) {
        let (Some(e), Some(doc)) = (self.current_entry(), self.doc()) else {
            return;
        };
        let Some(f) = self.selected_fact() else {
            return;
        };
        if let Some((seg, start, _)) = doc::fact_seg(&e.article, f) {
            if let Some(line) = doc::line_of(&doc, seg, start) {
                self.reveal(line);
            }
        }
    }

    fn wheel(&mut self, col: u16, row: u16, down: bool) {
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

    fn click(&mut self, col: u16, row: u16) {
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

    // ----- prompts -----

    fn input(&mut self, i: Input) -> Vec<Effect> {
        match std::mem::take(&mut self.mode) {
            Mode::Normal => {}
            Mode::Help => {}
            Mode::Picker(p) => self.picker_input(p, i),
            Mode::Search => self.search_input(i),
            Mode::Export(e) => return self.export_input(e, i),
            Mode::Dates(d) => self.dates_input(d, i),
            Mode::Failures(_) => {}
        }
        Vec::new()
    }

    fn picker_input(&mut self, mut p: Picker, i: Input) {
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
                    self.say(format!("{} articles: {}", self.visible.len(), item.label));
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

    fn search_input(&mut self, i: Input) {
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
                        self.say(format!(
                            "“{q}”: {n} hits in {k} articles · n/N next/previous · Esc all"
                        ));
                    } else {
                        self.warn(format!("“{q}”: no hits"));
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
    fn set_query(&mut self, q: String) {
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

    fn find(&self, q: &str) -> Vec<Hit> {
        self.find_in(&self.visible, q)
    }

    /// Hits of `q` in the articles `order` lists, in that order.
    fn find_in(&self, order: &[usize], q: &str) -> Vec<Hit> {
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

    fn step_hit(&mut self, forward: bool) {
        let Some(s) = &mut self.search else {
            self.say("no search: press / to search".to_owned());
            return;
        };
        let n = s.hits.len();
        if n == 0 {
            let q = s.query.clone();
            self.warn(format!("“{q}”: no hits"));
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

    fn goto_hit(&mut self) {
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

    fn export_input(&mut self, mut e: ExportPrompt, i: Input) -> Vec<Effect> {
        match i {
            Input::Char(c) => {
                e.path.push(c);
                e.confirm = false;
            }
            Input::Backspace => {
                e.path.pop();
                e.confirm = false;
            }
            Input::Clear => {
                e.path.clear();
                e.confirm = false;
            }
            Input::Tab => {
                e.path = cycle_extension(&e.path);
                e.confirm = false;
            }
            Input::Up | Input::Down => {}
            Input::Esc => {
                self.say("export cancelled".to_owned());
                return Vec::new();
            }
            Input::Enter => {
                let path = PathBuf::from(e.path.trim());
                let Some(format) = super::save::format_for(&path) else {
                    self.warn(format!(
                        "{}: unknown format — end the name in .csv, .json, .md or .tsv (Tab cycles)",
                        path.display()
                    ));
                    self.mode = Mode::Export(e);
                    return Vec::new();
                };
                let overwrite = e.confirm;
                self.mode = Mode::Export(e);
                return vec![Effect::Export {
                    path,
                    format,
                    entries: self.visible.clone(),
                    overwrite,
                }];
            }
        }
        self.mode = Mode::Export(e);
        Vec::new()
    }

    // ----- copying -----

    fn copy_fact(&mut self) -> Vec<Effect> {
        match self.selected_fact() {
            Some(f) => vec![Effect::Copy {
                text: facts_fmt::copy_one(f),
                what: format!("{} “{}”", f.kind, f.text),
            }],
            None => {
                self.nothing_to_copy();
                Vec::new()
            }
        }
    }

    fn copy_all(&mut self) -> Vec<Effect> {
        let Some(e) = self.current_entry() else {
            self.nothing_to_copy();
            return Vec::new();
        };
        if e.article.facts.is_empty() {
            self.nothing_to_copy();
            return Vec::new();
        }
        vec![Effect::Copy {
            text: facts_fmt::copy_all(&e.article, &e.source),
            what: format!("{} facts of {}", e.article.facts.len(), e.article.id),
        }]
    }

    fn nothing_to_copy(&mut self) {
        let loading = self.current_entry().is_some_and(|e| !e.facts_ready);
        self.warn(if loading {
            "facts are still being extracted; try again in a moment".to_owned()
        } else {
            "no facts to copy".to_owned()
        });
    }

    /// Counts for the status line: extracted / all.
    pub fn facts_progress(&self) -> (usize, usize) {
        (
            self.entries.iter().filter(|e| e.facts_ready).count(),
            self.entries.len(),
        )
    }
}

/// Search text: Traditional folded to Simplified, full-width to ASCII, lower case, one char per
/// source char so that positions stay offsets into the original.
fn normalise(s: &str) -> Vec<char> {
    let folded = fold(s);
    let mut out: Vec<char> = folded
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    // `fold` keeps the char count; guard anyway so offsets never point past the text.
    out.truncate(s.chars().count());
    out
}

/// `x.csv` → `x.json` → `x.md` → `x.csv`; any other name gets `.csv`.
fn cycle_extension(path: &str) -> String {
    let (stem, ext) = match path.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && !e.contains('/') => (s, e),
        _ => (path, ""),
    };
    let next = match ext.to_ascii_lowercase().as_str() {
        "csv" => "json",
        "json" => "md",
        "md" => "tsv",
        _ => "csv",
    };
    format!("{stem}.{next}")
}

#[cfg(test)]
mod tests;
