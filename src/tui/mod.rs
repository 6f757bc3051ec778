//! The interactive reader: three panes (article list, reading pane, facts sidebar) over a loaded
//! corpus.
//!
//! This module owns the terminal: it enters raw mode and the alternate screen, restores them on
//! quit, on panic and on SIGTERM/SIGHUP, turns terminal events into [`app::Action`]s and carries
//! out the [`app::Effect`]s that `update` asks for. Facts are extracted on a background thread
//! (jieba takes 100+ ms to load) so that the first screen never waits for them. The terminal's
//! set-up and restoring, the event loop, the reading of events as actions and the carrying out
//! of effects each have a module of their own (`terminal`, `event_loop`, `input`, `effects`).

pub mod app;
pub mod backend;
pub mod config;
pub mod doc;
mod effects;
mod event_loop;
pub mod extract;
pub mod facts_fmt;
pub mod head;
pub mod i18n;
mod input;
pub mod keys;
pub mod layout;
pub mod ledger_worker;
pub mod packed;
pub mod problems;
pub mod read_back;
pub mod save;
pub mod search_worker;
pub mod stream;
mod terminal;
pub mod text;
pub mod theme;
pub mod view;
pub mod zone_stats;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use crossbeam_channel::Sender;
use ratatui::Terminal;

use self::app::{Action, App, Settings};
use self::event_loop::{draw, event_loop, spawn_input, Workers};
use self::keys::KeyMap;
use self::problems::Problems;
use self::terminal::{
    install_panic_hook, signal_status, watch_signals, TerminalGuard, FRAME_BUFFER,
};
use crate::loader::Loader;
use crate::model::Corpus;

/// Options the TUI starts with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Start filtered to this zone (canonical name or alias).
    pub zone: Option<String>,
    /// Start with this date range (`--since`/`--until`).
    pub dates: crate::ingest::edition::range::DateRange,
    /// Overrides the config's ambiguous width.
    pub ambiguous_width: Option<crate::text::AmbiguousWidth>,
    /// Config file to read instead of the default location.
    pub config: Option<PathBuf>,
}

/// Runs the reader on a loaded corpus until the user quits. Returns the exit status: 0, or
/// 128 + the signal number when SIGINT, SIGQUIT, SIGTERM or SIGHUP ended it (the terminal is
/// restored either way).
pub fn run(corpus: Corpus, problems: Problems, options: Options) -> anyhow::Result<u8> {
    start(corpus, problems, &options, None, None, None, |_, _, _| {
        Ok(())
    })
}

/// The interface language the config sets, for what is said before the reader starts (the
/// problems of a load it was handed).
pub fn interface_lang(options: &Options) -> i18n::Lang {
    settings(options).lang
}

/// Runs the reader while `loader` loads `paths` (the sample when none) in the background: the
/// first screen shows as soon as the first pages are in, the list fills in as the rest arrive
/// (see [`stream`]), and no key waits for them.
pub fn run_loading(loader: Loader, paths: Vec<PathBuf>, options: Options) -> anyhow::Result<u8> {
    // The search index lives beside the page cache, and nowhere without one (`--no-cache`).
    let index_dir = loader.cache().map(crate::cache::Cache::index_dir);
    // Facts the cache holds come with their pages; the extractor writes the others back.
    let loader = loader.with_cached_facts();
    let cache = loader.cache().cloned();
    // With a cache, pages' text stays there and is read back on demand (`--no-cache`: it is
    // kept in memory).
    let texts = cache.is_some().then(|| loader.sibling());
    // The extractor refreshes the archive's summary (kept for these paths) once it has
    // written facts into the cache.
    let cache = cache.map(|c| (c, paths.clone()));
    start(
        Corpus::default(),
        Problems::default(),
        &options,
        index_dir,
        Some(cache),
        texts,
        move |tx, texts, lang| {
            // Mark the load as begun: the status line says so until the first batch.
            tx.send(Action::pages_loaded(Vec::new(), 0, 0))
                .context("cannot start the page loader")?;
            // The text of pages left in the cache goes to the search worker while in hand.
            stream::spawn(loader, paths, tx, Some(texts), lang)
                .context("cannot start the page loader")
        },
    )
}

/// Sets up the terminal and the background workers (`background` gets the event channel and,
/// when `loading` is given, loads the pages and extracted facts go into the cache it holds, if
/// any; the search index is kept in `index_dir`; `texts` reads back the text of pages left in
/// the cache) and runs the event loop.
fn start(
    corpus: Corpus,
    problems: Problems,
    options: &Options,
    index_dir: Option<PathBuf>,
    loading: Option<Option<(crate::cache::Cache, Vec<PathBuf>)>>,
    texts: Option<Loader>,
    background: impl FnOnce(Sender<Action>, search_worker::TextSink, i18n::Lang) -> anyhow::Result<()>,
) -> anyhow::Result<u8> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!("the reader needs a terminal; use `dubao list` or `dubao dump` in pipes");
    }
    // The reader runs long and idles: freed memory goes back on a thread of jemalloc's.
    crate::allocator::purge_in_background();
    let settings = settings(options);
    let mut app = App::new(corpus, problems.skipped, settings);
    app.notes = problems.notes;
    let page_texts = |kept: usize| {
        texts
            .as_ref()
            .map(|l| text::PageTexts::new(l.sibling(), kept))
    };
    if let Some(t) = page_texts(UI_PAGES) {
        app = app.with_texts(t);
    }

    let stop = Arc::new(AtomicI32::new(0));
    watch_signals(Arc::clone(&stop))?;
    let _guard = TerminalGuard::enter()?;
    install_panic_hook();
    // One write per frame: a full CJK screen is tens of kilobytes of cursor moves, and the
    // terminal (tmux) shows nothing until it has parsed them, so don't dribble it out line by line.
    let out = std::io::BufWriter::with_capacity(FRAME_BUFFER, std::io::stdout());
    let mut term = Terminal::new(backend::LeanBackend::new(out))?;
    let size = term.size()?;
    app.update(Action::Resize(size.width, size.height));
    draw(&mut term, &app)?;

    let events = spawn_input()?;
    let (tx, rx) = crossbeam_channel::unbounded();
    let is_loading = loading.is_some();
    let cache = loading.flatten();
    let published = cache.as_ref().map(|(c, _)| c.clone());
    let back = cache.map(|(c, roots)| Arc::new(Mutex::new(extract::WriteBack::new(c, roots))));
    let jobs = extract::spawn_extractor(
        tx.clone(),
        back.clone(),
        || page_texts(EXTRACTOR_PAGES),
        extract::worker_count(),
    );
    extract::send_jobs(&jobs, &app, extract::initial_jobs(&app));
    if !is_loading {
        // Every page is in already: the extractor may take every core at once.
        jobs.widen();
    }
    // Searches run on the worker from the first key on, while pages still load.
    app.background_search = true;
    let mut searcher = search_worker::Searcher::spawn(index_dir, page_texts(SEARCH_PAGES));
    searcher.begin(&app, is_loading);
    let stats = zone_stats::spawn(tx.clone(), page_texts(STATS_PAGES));
    let ledger = ledger_worker::spawn(tx.clone(), page_texts(LEDGER_PAGES));
    background(tx, searcher.text_sink(), app.lang)?;
    let mut workers = Workers {
        events,
        rx,
        jobs,
        searcher,
        stats,
        ledger,
    };
    let ended = event_loop(&mut app, &mut term, &mut workers, &stop);
    // The loader and the extractor may still be running: what they stored so far is kept,
    // and the archive's summary learns of the facts stored (else the next open would load
    // each of those pages whole again).
    if let Some(c) = published {
        c.publish();
        // The loading thread may still be writing the archive's summary (it announces the end
        // of the load first): quitting right after the list is whole must not lose it.
        drop(c.summary_lock());
    }
    if let Some(Ok(mut b)) = back.as_ref().map(|b| b.lock()) {
        b.refresh_summary();
    }
    ended?;
    Ok(signal_status(stop.load(Ordering::Relaxed)))
}

/// Pages read back kept by the UI thread (the shown article's and its neighbours', moving
/// through the list and a scan search), the search worker and the fact extractor (which
/// takes articles page by page).
const UI_PAGES: usize = 16;
const SEARCH_PAGES: usize = 16;
const EXTRACTOR_PAGES: usize = 4;
/// The zone picker's worker reads each project article's page back (text and facts: the
/// ledger attaches amounts and dates by the text); a page's articles come in a row.
const STATS_PAGES: usize = 1;
/// The ledger worker (the Projects view, the mentions) likewise reads a page at a time.
const LEDGER_PAGES: usize = 1;

/// The page size limit the config sets for the reader (`max_page_size`), if any; a bad value
/// is reported with the other config problems once the reader is up.
pub fn config_page_size(config: Option<&std::path::Path>) -> Option<u64> {
    let path = config
        .map(std::path::Path::to_path_buf)
        .or_else(config::default_path)?;
    config::load(&path, false)
        .0
        .max_page_size
        .and_then(|s| s.bytes())
}

/// The reader's settings from the config file, the command line and the environment.
fn settings(options: &Options) -> Settings {
    let named = options.config.is_some();
    let path = options.config.clone().or_else(config::default_path);
    let (cfg, mut warnings) = match &path {
        Some(p) => config::load(p, named),
        None => (config::Config::default(), Vec::new()),
    };
    let (keymap, key_warnings) = KeyMap::with_overrides(&cfg.keys);
    // The keys' problems are in the same file: named like the others.
    let file = path.as_ref().map(|p| p.display().to_string());
    let named_file = |w: config::Warning| match &file {
        Some(f) => w.in_file(f),
        None => w,
    };
    warnings.extend(key_warnings.into_iter().map(named_file));
    let amb = options
        .ambiguous_width
        .or_else(|| {
            let a = cfg
                .ambiguous_width
                .and_then(crate::text::AmbiguousWidth::from_columns);
            if a.is_none() && cfg.ambiguous_width.is_some() {
                warnings.push(named_file(config::Warning::at(
                    None,
                    config::What::MustBe {
                        key: "ambiguous_width".to_owned(),
                        expected: config::Expected::OneOrTwo,
                    },
                )));
            }
            a
        })
        .unwrap_or_default();
    let theme = theme::Theme::resolve(
        cfg.theme.unwrap_or_default(),
        std::env::var("NO_COLOR").ok().as_deref(),
    );
    Settings {
        lang: cfg.lang.unwrap_or_default(),
        zone: options.zone.clone(),
        dates: options.dates.clone(),
        amb,
        theme,
        keymap,
        warnings,
    }
}
