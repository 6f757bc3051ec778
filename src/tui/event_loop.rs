//! The reader's event loop: terminal events, search answers and background results taken as
//! they come, applied to the app, and drawn as frames at a pace that keeps keys first.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context;
use crossbeam_channel::Receiver;
use crossterm::event::{self, Event};
use crossterm::{execute, terminal};

use super::app::{Action, App, Effect};
use super::effects::perform;
use super::input::{split_alt, to_action};
use super::terminal::Term;
use super::{extract, ledger_worker, search_worker, view, zone_stats};

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

/// The ends the event loop holds: terminal events (read on their own thread, so that a key
/// wakes the loop at once), the background workers' results (as actions) and the fact
/// extractor's job queue. A channel whose sender is gone is replaced by one that never
/// delivers, so the loop never spins on it.
pub(super) struct Workers {
    pub(super) events: Receiver<std::io::Result<Event>>,
    pub(super) rx: Receiver<Action>,
    pub(super) jobs: extract::Jobs,
    pub(super) searcher: search_worker::Searcher,
    /// The zone picker's figures are computed there.
    pub(super) stats: mpsc::Sender<zone_stats::Job>,
    /// The Projects view's ledger and the mentions are built there.
    pub(super) ledger: ledger_worker::Asker,
}

/// Starts the thread that reads terminal events and hands them to the event loop; a read error
/// ends it after being handed on.
pub(super) fn spawn_input() -> anyhow::Result<Receiver<std::io::Result<Event>>> {
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

pub(super) fn event_loop(
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
pub(super) fn draw(term: &mut Term, app: &App) -> anyhow::Result<()> {
    execute!(term.backend_mut(), terminal::BeginSynchronizedUpdate)?;
    let drawn = term.draw(|f| view::draw(f, app)).map(|_| ());
    execute!(term.backend_mut(), terminal::EndSynchronizedUpdate)?;
    Ok(drawn?)
}
