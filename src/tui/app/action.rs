//! What goes into `App::update` and what comes out: keys typed into prompts ([`Input`]), every
//! event and background result ([`Action`]), and the work left to the event loop ([`Effect`]).

use std::path::PathBuf;

use crate::export::Format;
use crate::tui::keys::Command;

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
    /// Facts of entry `entry` extracted in the background, packed there.
    FactsReady {
        entry: usize,
        facts: crate::tui::packed::PackedFacts,
    },
    /// The facts of page `page` (arrival index), entries `entries`, were written into its
    /// cache entry: a page whose text is read back from there needs no copy of them.
    FactsStored {
        page: usize,
        entries: std::ops::Range<usize>,
    },
    /// A batch of pages loaded in the background (`done` of `total` files so far), each with
    /// its file's position in path order and its ids given; `renamed` are earlier pages (by
    /// arrival position) whose id base changed (see [`crate::tui::stream`]).
    /// `facts` are the facts the cache held for them, packed by the loading thread, one list
    /// per page in `pages` order (missing or empty for a page without). `versions` says, per
    /// page, whether its text was left in the cache to be read back on demand (see
    /// [`crate::tui::text`]), with the version of that text; missing means kept in the page.
    /// `listed` holds, per page that came from the archive's summary, its articles' heads,
    /// still in the summary's bytes (its `articles` are empty then; missing means loaded).
    PagesLoaded {
        pages: Vec<(usize, crate::model::Page)>,
        facts: Vec<Vec<crate::tui::packed::PackedFacts>>,
        versions: Vec<Option<u64>>,
        listed: Vec<Option<std::sync::Arc<crate::cache::LazyHeads>>>,
        renamed: Vec<(usize, String)>,
        done: usize,
        total: usize,
    },
    /// The walk is done: the pages sent before it (by arrival position) take their files'
    /// positions in path order, which the load-order sort follows.
    PagesPlaced(Vec<(usize, usize)>),
    /// The background load finished; these files could not be read (or were skipped), and
    /// these notes are on pages read all the same and on the cache (see
    /// [`crate::tui::problems::Problems`]).
    LoadDone {
        failures: Vec<String>,
        notes: Vec<String>,
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
    /// How many hits the search worker found for the query of generation `gen` in each of
    /// these entries (those with none left out); `done` ends the answer to one request.
    SearchCounts {
        gen: u64,
        counts: Vec<(usize, u32)>,
        done: bool,
    },
    /// The search index could not be kept as asked (rebuilt, or in memory this run).
    IndexNotice(crate::index::store::IndexNotice),
    /// The search index holds `done` of the `total` pages loaded so far.
    IndexProgress {
        done: usize,
        total: usize,
    },
    /// The zone picker's figures for the reader's state `key` (see `zone_stats`).
    ZoneStats {
        key: (usize, usize),
        stats: super::ZoneStats,
    },
    /// What the ledger worker built for request `gen` (see `ledger_worker`): taken only by
    /// the view still waiting for that request.
    Ledger {
        gen: u64,
        built: crate::tui::ledger_worker::Built,
    },
}

/// Work for the event loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Extract the facts of these entries in the background (they just arrived).
    Extract(Vec<usize>),
    /// Extract the facts of this entry ahead of the others: it is shown and they are not in.
    ExtractFirst(usize),
    /// Put `text` on the clipboard; `what` describes it for the notice.
    Copy { text: String, what: String },
    /// Write `bytes` to `path` (over an existing file only when `overwrite`); `what` for the
    /// notice.
    WriteFile {
        path: PathBuf,
        bytes: Vec<u8>,
        what: String,
        overwrite: bool,
    },
    /// Write the facts of `entries` to `path`.
    Export {
        path: PathBuf,
        format: Format,
        entries: Vec<usize>,
        overwrite: bool,
    },
    /// Run a search off the UI thread (see `search_worker`).
    Search(SearchRequest),
    /// Compute the zone picker's figures off the UI thread (see `zone_stats`).
    ZoneStats(crate::tui::zone_stats::Job),
    /// Build the Projects view's ledger or a fact's mentions off the UI thread (see
    /// `ledger_worker`).
    Ledger(crate::tui::ledger_worker::Job),
    /// The view waiting for the ledger worker closed: what it builds is no longer wanted.
    LedgerCancel,
}

impl Action {
    /// [`Action::PagesLoaded`] of pages parsed from their files, with nothing beside them: no
    /// facts from the cache, their text kept in the pages, none listed from a summary, no id
    /// renamed. With no page and `0` of `0`, it marks a load as begun.
    pub fn pages_loaded(
        pages: Vec<(usize, crate::model::Page)>,
        done: usize,
        total: usize,
    ) -> Self {
        Action::PagesLoaded {
            pages,
            facts: Vec::new(),
            versions: Vec::new(),
            listed: Vec::new(),
            renamed: Vec::new(),
            done,
            total,
        }
    }
}

/// A search for the worker: the query, the articles to search in list order, and its
/// generation (a newer request supersedes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub gen: u64,
    pub query: String,
    pub order: Vec<usize>,
}
