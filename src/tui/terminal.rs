//! The terminal the reader owns: raw mode and the alternate screen entered and restored (on
//! quit, on panic, on SIGTERM/SIGHUP), and the exit status a signal leaves.

use std::io::Write;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use crossterm::{event, execute, terminal};
use ratatui::Terminal;

use super::backend;

pub(super) type Term = Terminal<backend::LeanBackend<std::io::BufWriter<std::io::Stdout>>>;

/// Output buffer large enough for a whole frame of a big terminal.
pub(super) const FRAME_BUFFER: usize = 256 * 1024;

/// The shell's convention for a process ended by a signal: 128 + its number (0: no signal).
pub(super) fn signal_status(signal: i32) -> u8 {
    if signal <= 0 {
        return 0;
    }
    u8::try_from(signal.saturating_add(128)).unwrap_or(u8::MAX)
}

/// SIGINT and SIGQUIT from outside (in raw mode Ctrl-c is a key, not a signal), SIGTERM and
/// SIGHUP ask the event loop to stop, which restores the terminal and exits with 128 + the
/// signal. If it has not stopped a moment later (after a hang-up crossterm can spin on the
/// closed tty and never return to the loop), this thread restores the terminal and ends the
/// process itself, so no reader outlives its terminal or leaves it raw.
pub(super) fn watch_signals(stop: Arc<AtomicI32>) -> anyhow::Result<()> {
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

pub(super) struct TerminalGuard;

impl TerminalGuard {
    pub(super) fn enter() -> anyhow::Result<TerminalGuard> {
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
pub(super) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    let ui = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui {
            restore_terminal();
            previous(info);
        }
    }));
}
