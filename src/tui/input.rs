//! Terminal events read as the reader's actions: prompts take typed text, the normal mode
//! goes through the key map, and an Esc typed together with a key is read as the two keys.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::app::{Action, App, Input, Mode};
use super::keys::{Command, KeyMap};

/// Esc and a key typed together (tmux passes `Esc q` on as one sequence when they arrive at
/// once) reach the reader as one Alt-key: unless the key map binds that Alt-key, it is read as
/// the two keys it was, Esc first (so `Esc q` closes a prompt and quits, as typed slowly).
pub(super) fn split_alt(keymap: &KeyMap, ev: Event) -> Vec<Event> {
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

/// Maps a terminal event to an action: prompts take typed text, the normal mode goes through
/// the key map.
pub(super) fn to_action(app: &App, ev: Event) -> Option<Action> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Corpus;
    use crate::tui::app::Settings;
    use crate::tui::keys;

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
