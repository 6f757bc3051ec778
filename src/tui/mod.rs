//! The interactive reader: three panes (article list, reading pane, facts sidebar) over a loaded
//! corpus.
//!
//! This module owns the terminal: it enters raw mode and the alternate screen, restores them on
//! quit, on panic and on SIGTERM/SIGHUP, turns terminal events into [`app::Action`]s and carries
//! out the [`app::Effect`]s that `update` asks for. Facts are extracted on a background thread
//! (jieba takes 100+ ms to load) so that the first screen never waits for them.

pub mod app;
pub mod backend;
pub mod config;
pub mod doc;
pub mod extract;
pub mod facts_fmt;
pub mod head;
pub mod i18n;
pub mod keys;
pub mod layout;
pub mod ledger_worker;
pub mod packed;
pub mod problems;
pub mod read_back;
pub mod save;
pub mod search_worker;
pub mod stream;
pub mod text;
pub mod theme;
pub mod view;
pub mod zone_stats;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use crossbeam_channel::{Receiver, Sender};
use crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::{execute, terminal};
use ratatui::Terminal;

use self::app::{Action, App, Effect, Input, Mode, Settings};
use self::keys::{Command, KeyMap};
use self::problems::Problems;
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

/// The shell's convention for a process ended by a signal: 128 + its number (0: no signal).
fn signal_status(signal: i32) -> u8 {
    if signal <= 0 {
        return 0;
    }
    u8::try_from(signal.saturating_add(128)).unwrap_or(u8::MAX)
}

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

type Term = Terminal<backend::LeanBackend<std::io::BufWriter<std::io::Stdout>>>;

/// How long the fact extractor's helpers wait after a key before their next article (see
/// [`extract::Jobs::hold`]): a typed search's next key comes within it, so the cores stay the
/// UI's, the search's and the terminal's while the user types.
const KEY_HOLD: Duration = Duration::from_millis(300);

/// How long the event loop takes background results before it draws and reads keys again.
const DRAIN_BUDGET: Duration = Duration::from_millis(15);

/// Background results (pages, facts, index progress) are drawn at most this often; keys and
/// search answers are drawn at once.
const BACKGROUND_FRAME: Duration = Duration::from_millis(30);

/// The longest the event loop sleeps: the signal flag is checked at least this often.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// Output buffer large enough for a whole frame of a big terminal.
const FRAME_BUFFER: usize = 256 * 1024;

/// The ends the event loop holds: terminal events (read on their own thread, so that a key
/// wakes the loop at once), the background workers' results (as actions) and the fact
/// extractor's job queue. A channel whose sender is gone is replaced by one that never
/// delivers, so the loop never spins on it.
struct Workers {
    events: Receiver<std::io::Result<Event>>,
    rx: Receiver<Action>,
    jobs: extract::Jobs,
    searcher: search_worker::Searcher,
    /// The zone picker's figures are computed there.
    stats: mpsc::Sender<zone_stats::Job>,
    /// The Projects view's ledger and the mentions are built there.
    ledger: ledger_worker::Asker,
}

/// Starts the thread that reads terminal events and hands them to the event loop; a read error
/// ends it after being handed on.
fn spawn_input() -> anyhow::Result<Receiver<std::io::Result<Event>>> {
    let (tx, rx) = crossbeam_channel::unbounded();
    std::thread::Builder::new()
        .name("dubao-input".to_owned())
        .spawn(move || loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(ev).is_err() || failed {
                return;
            }
        })
        .context("cannot start the terminal reader")?;
    Ok(rx)
}

/// What one turn of the event loop has to draw.
#[derive(Default)]
struct Dirty {
    /// Something the user waits for (a key's effect, a search answer, the first pages).
    now: bool,
    /// Background progress, drawn when the next background frame is due.
    later: bool,
}

fn event_loop(
    app: &mut App,
    term: &mut Term,
    workers: &mut Workers,
    stop: &AtomicI32,
) -> anyhow::Result<()> {
    let mut last_draw = Instant::now();
    let mut dirty = Dirty::default();
    loop {
        if stop.load(Ordering::Relaxed) != 0 {
            return Ok(());
        }
        // Sleep until something arrives: a key, a search answer or a background result (or the
        // moment a background frame is due, or the signal check).
        let wait = if dirty.later {
            BACKGROUND_FRAME.saturating_sub(last_draw.elapsed())
        } else {
            SIGNAL_CHECK
        };
        crossbeam_channel::select_biased! {
            recv(workers.events) -> ev => match ev {
                Ok(ev) => on_event(app, term, workers, ev?, &mut dirty),
                Err(_) => anyhow::bail!("the terminal's input is gone"),
            },
            recv(workers.searcher.results) -> found => match found {
                Ok(found) => on_found(app, term, workers, found, &mut dirty),
                Err(_) => workers.searcher.results = crossbeam_channel::never(),
            },
            recv(workers.rx) -> action => match action {
                Ok(action) => on_background(app, term, workers, action, &mut dirty),
                Err(_) => workers.rx = crossbeam_channel::never(),
            },
            default(wait) => {}
        }
        drain(app, term, workers, &mut dirty)?;
        if app.quit {
            return Ok(());
        }
        if dirty.now || (dirty.later && last_draw.elapsed() >= BACKGROUND_FRAME) {
            draw(term, app)?;
            last_draw = Instant::now();
            dirty = Dirty::default();
        }
    }
}

/// Takes what else is queued before drawing once: every key (a burst of wheel events), then
/// search answers and background results for a frame's worth of time at most (a warm cache
/// delivers pages faster than they can be listed; that must not hold back a key).
fn drain(
    app: &mut App,
    term: &mut Term,
    workers: &mut Workers,
    dirty: &mut Dirty,
) -> anyhow::Result<()> {
    let started = Instant::now();
    loop {
        if app.quit {
            return Ok(());
        }
        if let Ok(ev) = workers.events.try_recv() {
            on_event(app, term, workers, ev?, dirty);
            continue;
        }
        if started.elapsed() >= DRAIN_BUDGET {
            return Ok(());
        }
        if let Ok(found) = workers.searcher.results.try_recv() {
            on_found(app, term, workers, found, dirty);
            continue;
        }
        // The first pages are drawn alone, at once.
        if app.entries.is_empty() || !dirty.now {
            if let Ok(action) = workers.rx.try_recv() {
                on_background(app, term, workers, action, dirty);
                continue;
            }
        }
        return Ok(());
    }
}

/// A terminal event: applied, and drawn at once.
fn on_event(app: &mut App, term: &mut Term, workers: &mut Workers, ev: Event, dirty: &mut Dirty) {
    workers.jobs.hold(KEY_HOLD);
    for ev in split_alt(&app.keymap, ev) {
        if let Some(action) = to_action(app, ev) {
            apply(app, term, workers, action);
            dirty.now = true;
        }
    }
}

/// Esc and a key typed together (tmux passes `Esc q` on as one sequence when they arrive at
/// once) reach the reader as one Alt-key: unless the key map binds that Alt-key, it is read as
/// the two keys it was, Esc first (so `Esc q` closes a prompt and quits, as typed slowly).
fn split_alt(keymap: &KeyMap, ev: Event) -> Vec<Event> {
    match ev {
        Event::Key(k)
            if k.modifiers == KeyModifiers::ALT
                && k.kind != KeyEventKind::Release
                && matches!(k.code, KeyCode::Char(_))
                && keymap.lookup(&k).is_none() =>
        {
            vec![
                Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                Event::Key(KeyEvent::new(k.code, KeyModifiers::NONE)),
            ]
        }
        ev => vec![ev],
    }
}

/// A search answer: applied, and drawn at once (the hit count is what the user waits for).
fn on_found(
    app: &mut App,
    term: &mut Term,
    workers: &mut Workers,
    found: Action,
    dirty: &mut Dirty,
) {
    apply(app, term, workers, found);
    dirty.now = true;
}

/// A background result: pages go on to the search worker to be indexed (and searched); the
/// first pages are drawn at once, the rest with the next background frame.
fn on_background(
    app: &mut App,
    term: &mut Term,
    workers: &mut Workers,
    action: Action,
    dirty: &mut Dirty,
) {
    let done = matches!(action, Action::LoadDone { .. });
    let empty = app.entries.is_empty();
    apply(app, term, workers, action);
    workers.searcher.feed(app);
    if done {
        workers.searcher.load_done();
        // Every page is in: the extractor may take every core (see `extract::spawn_extractor`).
        workers.jobs.widen();
    }
    if empty && !app.entries.is_empty() {
        dirty.now = true;
    } else {
        dirty.later = true;
    }
}

/// Applies an action and carries out the effects it asks for.
fn apply(app: &mut App, term: &mut Term, workers: &mut Workers, action: Action) {
    for effect in app.update(action) {
        if let Effect::Search(req) = effect {
            // The worker must hold every article the search names.
            workers.searcher.feed(app);
            workers.searcher.send(req);
            continue;
        }
        if let Some(result) = perform(effect, term, workers, app) {
            app.update(result);
        }
    }
}

/// Draws a frame as one synchronized update, so terminals that support it never show half a
/// frame (others ignore the request).
fn draw(term: &mut Term, app: &App) -> anyhow::Result<()> {
    execute!(term.backend_mut(), terminal::BeginSynchronizedUpdate)?;
    let drawn = term.draw(|f| view::draw(f, app)).map(|_| ());
    execute!(term.backend_mut(), terminal::EndSynchronizedUpdate)?;
    Ok(drawn?)
}

/// Maps a terminal event to an action: prompts take typed text, the normal mode goes through
/// the key map.
fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => key_action(app, &k),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                col: m.column,
                row: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                col: m.column,
                row: m.row,
                down: false,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

fn key_action(app: &App, k: &KeyEvent) -> Option<Action> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    match app.mode {
        Mode::Picker(_) | Mode::Search | Mode::Export(_) | Mode::Dates(_) => {
            let input = match k.code {
                KeyCode::Char('c') if ctrl => return Some(Action::Cmd(Command::Quit)),
                KeyCode::Char('u') if ctrl => Input::Clear,
                KeyCode::Char('n') if ctrl => Input::Down,
                KeyCode::Char('p') if ctrl => Input::Up,
                KeyCode::Char(c) if !ctrl => Input::Char(c),
                KeyCode::Backspace => Input::Backspace,
                KeyCode::Enter => Input::Enter,
                KeyCode::Esc => Input::Esc,
                KeyCode::Up => Input::Up,
                KeyCode::Down => Input::Down,
                KeyCode::Tab => Input::Tab,
                _ => return None,
            };
            Some(Action::Input(input))
        }
        // Any key closes the help.
        Mode::Help | Mode::Failures(_) => {
            Some(Action::Cmd(app.keymap.lookup(k).unwrap_or(Command::Help)))
        }
        Mode::Normal | Mode::Projects(_) | Mode::Mentions(_) | Mode::Profile(_) => {
            app.keymap.lookup(k).map(Action::Cmd)
        }
    }
}

/// Carries out an effect and reports back as an action, if it has something to report.
fn perform(effect: Effect, term: &mut Term, workers: &Workers, app: &App) -> Option<Action> {
    use crate::tui::i18n::notices as words;
    Some(match effect {
        Effect::Extract(entries) => {
            extract::send_jobs(&workers.jobs, app, entries);
            return None;
        }
        Effect::ExtractFirst(entry) => {
            extract::send_first(&workers.jobs, app, entry);
            return None;
        }
        Effect::ZoneStats(job) => {
            let _ = workers.stats.send(job);
            return None;
        }
        Effect::Ledger(job) => {
            workers.ledger.ask(job);
            return None;
        }
        Effect::LedgerCancel => {
            workers.ledger.cancel();
            return None;
        }
        Effect::Copy { text, what } => {
            let done = crate::clipboard::copy(&text, term.backend_mut());
            if !done.osc52 && done.system.is_none() {
                Action::Exported {
                    message: words::copy_too_large(&what, app.lang),
                    failed: true,
                }
            } else {
                Action::Copied(words::copied(&what, &done.describe(), app.lang))
            }
        }
        Effect::WriteFile {
            path,
            bytes,
            what,
            overwrite,
        } => match save::write_atomic(&path, &bytes, overwrite) {
            Ok(()) => Action::Exported {
                message: words::wrote(&what, &path.display().to_string(), app.lang),
                failed: false,
            },
            Err(save::SaveError::Exists(_)) => Action::ExportExists(path),
            Err(e) => Action::Exported {
                message: words::not_written(&path.display().to_string(), &e, app.lang),
                failed: true,
            },
        },
        // The event loop hands searches to the worker before they get here; an answer for
        // generation 0 is never the current one, so this one is dropped.
        Effect::Search(_) => Action::SearchCounts {
            gen: 0,
            counts: Vec::new(),
            done: true,
        },
        Effect::Export {
            path,
            format,
            entries,
            overwrite,
        } => {
            // Only articles with facts are exported: only they are copied with them.
            // An export writes facts and article heads, never paragraphs: no page text is
            // read back for it.
            let owned: Vec<(&str, crate::model::Article)> = entries
                .iter()
                .filter_map(|&i| Some((app.entries.get(i)?, i)))
                .filter(|(e, _)| !e.facts.is_empty())
                .filter_map(|(e, i)| Some((&*e.source, app.head_with_facts(i)?)))
                .collect();
            let articles: Vec<(&str, &crate::model::Article)> =
                owned.iter().map(|(s, a)| (*s, a)).collect();
            let n: usize = articles.iter().map(|(_, a)| a.facts.len()).sum();
            match save::export(&path, format, &articles, overwrite) {
                Ok(()) => {
                    let (done, all) = app.facts_progress();
                    Action::Exported {
                        message: words::wrote_facts(
                            n,
                            articles.len(),
                            &path.display().to_string(),
                            done < all,
                            app.lang,
                        ),
                        failed: false,
                    }
                }
                Err(save::SaveError::Exists(_)) => Action::ExportExists(path),
                Err(e) => Action::Exported {
                    message: words::export_failed(&e, app.lang),
                    failed: true,
                },
            }
        }
    })
}

/// SIGINT and SIGQUIT from outside (in raw mode Ctrl-c is a key, not a signal), SIGTERM and
/// SIGHUP ask the event loop to stop, which restores the terminal and exits with 128 + the
/// signal. If it has not stopped a moment later (after a hang-up crossterm can spin on the
/// closed tty and never return to the loop), this thread restores the terminal and ends the
/// process itself, so no reader outlives its terminal or leaves it raw.
fn watch_signals(stop: Arc<AtomicI32>) -> anyhow::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGQUIT, SIGTERM, SIGHUP])
        .context("cannot watch for signals")?;
    std::thread::Builder::new()
        .name("signals".to_owned())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                stop.store(sig, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(1000));
                restore_terminal();
                std::process::exit(i32::from(signal_status(sig)));
            }
        })
        .context("cannot start the signal watcher")?;
    Ok(())
}

struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> anyhow::Result<TerminalGuard> {
        terminal::enable_raw_mode().context("cannot switch the terminal to raw mode")?;
        let guard = TerminalGuard;
        execute!(
            std::io::stdout(),
            terminal::EnterAlternateScreen,
            event::EnableMouseCapture
        )?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Puts the terminal back as the shell expects it; safe to call more than once.
fn restore_terminal() {
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        event::DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// On a panic in the UI thread, restore the terminal before the message is printed, so that
/// the message is readable and the shell usable. Panics elsewhere (a fact extractor thread) are
/// caught there and must not tear the screen down.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    let ui = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui {
            restore_terminal();
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `ev` as the event loop does, without a terminal.
    fn press(app: &mut App, ev: Event) {
        for ev in split_alt(&app.keymap, ev) {
            if let Some(a) = to_action(app, ev) {
                app.update(a);
            }
        }
    }

    fn sample() -> App {
        let loaded = crate::ingest::load_source_with(
            &crate::ingest::sample_source(),
            1,
            &crate::ingest::LoadOptions::default(),
        )
        .expect("the sample loads");
        let corpus = Corpus {
            pages: vec![loaded.page],
        };
        App::new(corpus, Vec::new(), Settings::default())
    }

    fn alt(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT))
    }

    #[test]
    fn esc_and_q_arriving_together_quit() {
        let mut app = sample();
        press(&mut app, alt('q'));
        assert!(app.quit);
    }

    #[test]
    fn esc_and_q_arriving_together_close_a_search_and_quit() {
        let mut app = sample();
        press(
            &mut app,
            Event::Key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE)),
        );
        press(
            &mut app,
            Event::Key(KeyEvent::new(KeyCode::Char('项'), KeyModifiers::NONE)),
        );
        assert_eq!(app.mode, Mode::Search);
        press(&mut app, alt('q'));
        assert!(app.quit, "q was not typed into the query");
    }

    /// An Alt-key the config binds keeps its command.
    #[test]
    fn a_bound_alt_key_is_not_split() {
        let o = keys::Override {
            command: "help".to_owned(),
            keys: vec!["Alt-q".to_owned()],
            line: None,
        };
        let (keymap, warnings) = KeyMap::with_overrides(&[o]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(split_alt(&keymap, alt('q')).len(), 1);
        assert_eq!(split_alt(&KeyMap::default(), alt('q')).len(), 2);
    }
}
