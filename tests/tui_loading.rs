//! The reader while pages load in the background (ratatui `TestBackend`): the first screen with
//! part of the pages and the progress in the status line, and the list growing around the
//! selected article without moving it.

use dubao::model::{Article, Page};
use dubao::tui::app::{Action, App, Effect, Settings};
use dubao::tui::keys::Command;
use dubao::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn article(id: &str, title: &str) -> Article {
    Article {
        id: id.into(),
        title: vec![title.into()],
        paragraphs: vec![format!("{title}：正文第一段。")],
        ..Default::default()
    }
}

/// A page of `n` articles titled `story <date> p<page> #k`; undated without a date.
fn page(date: Option<&str>, page_no: u32, n: usize) -> Page {
    let name = date.unwrap_or("undated");
    let base = match date {
        Some(d) => format!("{d}/{page_no:02}/"),
        None => format!("misc/{page_no}.txt#"),
    };
    Page {
        source: format!("{name}/{page_no:02}.txt"),
        year: Some(2025),
        paper: Some("科学导报".into()),
        date: date.map(str::to_owned),
        page_no: date.map(|_| page_no),
        section: None,
        articles: (1..=n)
            .map(|k| {
                article(
                    &format!("{base}{k}"),
                    &format!("story {name} p{page_no} #{k}"),
                )
            })
            .collect(),
    }
}

fn loading_app() -> App {
    let settings = Settings {
        lang: dubao::tui::i18n::Lang::En,
        ..Settings::default()
    };
    let mut app = App::new(Default::default(), Vec::new(), settings);
    app.update(Action::Resize(120, 30));
    app
}

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    assert!(term.draw(|f| view::draw(f, app)).is_ok());
    term.backend().to_string()
}

/// The screen line that shows `text`.
fn row_of(screen: &str, text: &str) -> Option<usize> {
    screen.lines().position(|l| l.contains(text))
}

#[test]
fn first_screen_shows_the_first_pages_and_the_progress() {
    let mut app = loading_app();
    let before = screen(&app);
    assert!(!before.contains("story"), "nothing loaded yet:\n{before}");
    let effects = app.update(Action::pages_loaded(
        vec![
            (3, page(Some("2025-12-24"), 1, 2)),
            (4, page(Some("2025-12-24"), 2, 1)),
        ],
        2,
        1234,
    ));
    // The new articles go to the fact extractor, the shown one asked for first too.
    assert_eq!(
        effects,
        vec![Effect::Extract(vec![0, 1, 2]), Effect::ExtractFirst(0)]
    );
    let s = screen(&app);
    assert!(s.contains("story 2025-12-24 p1 #1"), "{s}");
    assert!(s.contains("loading 2/1,234"), "{s}");
    // The first article is open in the reader.
    assert_eq!(
        app.current_entry().map(|e| e.article.id.as_str()),
        Some("2025-12-24/01/1")
    );
    app.update(Action::LoadDone {
        failures: vec!["x/broken.bin: binary file, not a text page".into()],
        notes: Vec::new(),
    });
    let s = screen(&app);
    assert!(!s.contains("loading"), "{s}");
    assert!(s.contains("1 skipped"), "{s}");
}

/// A page read with a note (damaged bytes replaced) is listed, so it is a note, not a file
/// skipped; `!` lists the skipped files, then the notes.
#[test]
fn a_page_read_with_a_note_is_not_counted_as_skipped() {
    let mut app = loading_app();
    app.update(Action::pages_loaded(
        vec![(1, page(Some("2025-12-24"), 1, 2))],
        1,
        2,
    ));
    app.update(Action::LoadDone {
        failures: vec!["x/broken.bin: binary file, not a text page".into()],
        notes: vec!["x/01.txt: read as UTF-8 with 2 damaged bytes replaced by U+FFFD".into()],
    });
    let s = screen(&app);
    assert!(s.contains("1 skipped · 1 note"), "{s}");
    app.update(Action::Cmd(Command::Failures));
    let s = screen(&app);
    assert!(s.contains("1 file not read · 1 note"), "{s}");
    let broken = row_of(&s, "✗ x/broken.bin").expect("the skipped file is listed");
    let noted = row_of(&s, "! x/01.txt").expect("the note is listed");
    assert!(broken < noted, "{s}");
    // With notes alone, nothing is said to be skipped.
    let mut app = loading_app();
    app.update(Action::LoadDone {
        failures: Vec::new(),
        notes: vec!["cache catalog damaged: ignored and rebuilt".into()],
    });
    let s = screen(&app);
    assert!(!s.contains("skipped"), "{s}");
    assert!(s.contains("1 note"), "{s}");
}

#[test]
fn the_list_grows_without_moving_the_selection() {
    let mut app = loading_app();
    app.update(Action::pages_loaded(
        vec![
            (1, page(Some("2025-12-24"), 1, 3)),
            (2, page(Some("2025-12-24"), 2, 3)),
        ],
        2,
        6,
    ));
    for _ in 0..4 {
        app.update(Action::Cmd(Command::Down));
    }
    let title = "story 2025-12-24 p2 #2";
    let chosen = app.current();
    assert_eq!(
        app.current_entry().and_then(|e| e.article.title.first()),
        Some(&title.to_owned())
    );
    let s = screen(&app);
    let row = row_of(&s, title);
    assert!(row.is_some(), "{s}");
    let (scroll, selected) = (app.scroll, app.selected);

    // A newer edition (sorted above), an older one and an undated page arrive.
    app.update(Action::pages_loaded(
        vec![
            (0, page(Some("2025-12-25"), 1, 4)),
            (3, page(Some("2025-12-10"), 1, 2)),
            (5, page(None, 7, 1)),
        ],
        5,
        6,
    ));
    assert_eq!(app.current(), chosen, "the same article stays selected");
    assert_ne!(app.selected, selected, "its list position moved down");
    assert_eq!(app.scroll, scroll);
    let s = screen(&app);
    assert_eq!(row_of(&s, title), row, "it stays on its screen row:\n{s}");
    assert!(s.contains("loading 5/6"), "{s}");
    // The list grew: the newest edition is first, the undated page last.
    let first = app
        .visible
        .first()
        .map(|&i| app.entries[i].article.id.clone());
    assert_eq!(first.as_deref(), Some("2025-12-25/01/1"));
    let last = app
        .visible
        .last()
        .map(|&i| app.entries[i].article.id.clone());
    assert_eq!(last.as_deref(), Some("misc/7.txt#1"));
    assert_eq!(app.visible.len(), 13);
}

#[test]
fn arriving_pages_pass_the_filters_and_renames_keep_the_selection() {
    let mut app = loading_app();
    app.update(Action::Cmd(Command::DateFilter));
    for c in "2025-12-24".chars() {
        app.update(Action::Input(dubao::tui::app::Input::Char(c)));
    }
    app.update(Action::Input(dubao::tui::app::Input::Enter));
    let mut dated = page(Some("2025-12-24"), 1, 2);
    for a in &mut dated.articles {
        a.date = Some("2025-12-24".into());
    }
    let mut other = page(Some("2025-12-20"), 1, 2);
    for a in &mut other.articles {
        a.date = Some("2025-12-20".into());
    }
    app.update(Action::pages_loaded(vec![(0, dated), (1, other)], 2, 3));
    assert_eq!(app.visible.len(), 2, "only the filtered date shows");
    app.update(Action::Cmd(Command::Down));
    let chosen = app.current();
    // A second paper's page of the same edition arrives: the first page's ids gain its paper.
    let mut twin = page(Some("2025-12-24"), 1, 1);
    twin.paper = Some("乙报".into());
    twin.articles[0].id = "乙报/2025-12-24/01/1".into();
    app.update(Action::PagesLoaded {
        pages: vec![(2, twin)],
        facts: Vec::new(),
        versions: Vec::new(),
        listed: Vec::new(),
        renamed: vec![(0, "科学导报/2025-12-24/01/".into())],
        done: 3,
        total: 3,
    });
    assert_eq!(app.current(), chosen);
    assert_eq!(
        app.current_entry().map(|e| e.article.id.as_str()),
        Some("科学导报/2025-12-24/01/2")
    );
}
