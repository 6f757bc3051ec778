//! The reader's export prompt as drawn: a refused file name is explained beside the prompt.

use dubao::tui::app::{Action, App, Input, Settings};
use dubao::tui::keys::Command;
use dubao::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn screen(app: &App, w: u16, h: u16) -> String {
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    let drawn = term.draw(|f| view::draw(f, app));
    assert!(drawn.is_ok());
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn an_unknown_export_extension_is_named_on_screen() {
    let (corpus, _) = dubao::ingest::load_paths(&[]);
    let settings = Settings {
        lang: dubao::tui::i18n::Lang::En,
        ..Settings::default()
    };
    let mut app = App::new(corpus, Vec::new(), settings);
    app.update(Action::Resize(160, 20));
    app.update(Action::Cmd(Command::Export));
    app.update(Action::Input(Input::Clear));
    for c in "facts.txt".chars() {
        app.update(Action::Input(Input::Char(c)));
    }
    app.update(Action::Input(Input::Enter));
    let s = screen(&app, 160, 20);
    let last = s.lines().last().unwrap_or_default();
    assert!(last.contains("export to: facts.txt"), "{last}");
    assert!(last.contains("facts.txt: unknown format"), "{last}");
}
