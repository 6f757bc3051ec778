//! Commands as a whole: the help overlay and its keys, and every command on an empty reader.

use super::*;
use crate::tui::keys;

#[test]
fn help_opens_scrolls_and_other_keys_close() {
    let mut a = app();
    a.update(Action::Cmd(Command::Help));
    assert_eq!(a.mode, Mode::Help);
    // Moving keys scroll the help (issue 11 item 20) …
    a.update(Action::Cmd(Command::Down));
    assert_eq!(a.mode, Mode::Help);
    assert_eq!(a.help_scroll, 1);
    // … any other key closes it and does nothing else.
    a.update(Action::Cmd(Command::NextArticle));
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.selected, 0, "the closing key does nothing else");
    a.update(Action::Cmd(Command::Quit));
    assert!(a.quit);
}

#[test]
fn empty_corpus_does_not_panic() {
    let mut a = App::new(Corpus::default(), vec![], Settings::default());
    for c in keys::COMMANDS.iter().map(|c| c.0) {
        if c != Command::Quit {
            a.update(Action::Cmd(c));
            a.update(Action::Input(Input::Enter));
            a.update(Action::Input(Input::Esc));
        }
    }
    assert_eq!(a.current(), None);
}
