//! Moving around: the first selection and focus, scrolling the reader and the list, resizes,
//! the one-pane narrow screen and clicks.

use super::*;

#[test]
fn starts_on_the_first_article_with_the_list_focused() {
    let a = app();
    assert_eq!(a.visible, vec![0, 1, 2]);
    assert_eq!(a.current(), Some(0));
    assert_eq!(a.focus, Focus::List);
    assert_eq!(a.failures.len(), 1);
}

#[test]
fn reader_scrolls_within_bounds() {
    let mut a = app();
    a.update(Action::Cmd(Command::Open));
    assert_eq!(a.focus, Focus::Reader);
    a.update(Action::Cmd(Command::Up));
    assert_eq!(a.scroll, 0);
    a.update(Action::Cmd(Command::PageDown));
    assert!(a.scroll > 0);
    a.update(Action::Cmd(Command::Bottom));
    let bottom = a.scroll;
    a.update(Action::Cmd(Command::Down));
    assert_eq!(a.scroll, bottom, "cannot scroll past the end");
    a.update(Action::Cmd(Command::Top));
    assert_eq!(a.scroll, 0);
    // The wheel scrolls the pane under the pointer.
    let r = a.panes().reader.unwrap_or_default();
    a.update(Action::Wheel {
        col: r.x + 2,
        row: r.y + 2,
        down: true,
    });
    assert_eq!(a.scroll, 3.min(bottom));
}

#[test]
fn resize_rewraps_and_clamps_scroll() {
    let mut a = app();
    a.update(Action::Cmd(Command::Open));
    a.update(Action::Cmd(Command::Bottom));
    let narrow_lines = a.doc().map_or(0, |d| d.len());
    a.update(Action::Resize(200, 60));
    let wide_lines = a.doc().map_or(0, |d| d.len());
    assert!(wide_lines < narrow_lines);
    assert!(a.scroll <= wide_lines);
    for (w, h) in [(1, 1), (0, 0), (2, 50), (300, 2)] {
        a.update(Action::Resize(w, h));
        a.update(Action::Cmd(Command::Bottom));
        a.update(Action::Cmd(Command::PageDown));
    }
}

#[test]
fn narrow_screen_shows_one_pane_and_tab_cycles() {
    let mut a = app();
    a.update(Action::Resize(50, 20));
    let p = a.panes();
    assert!(p.list.is_some() && p.reader.is_none());
    a.update(Action::Cmd(Command::FocusNext));
    let p = a.panes();
    assert!(p.reader.is_some() && p.list.is_none());
    a.update(Action::Cmd(Command::FocusNext));
    assert!(a.panes().facts.is_some());
    a.update(Action::Cmd(Command::FocusNext));
    assert_eq!(a.focus, Focus::List);
}

#[test]
fn click_selects_an_article() {
    let mut a = app();
    let list = a.panes().list.unwrap_or_default();
    let per = layout::rows_per_entry(layout::inner(list).width) as u16;
    // The page's header row comes first.
    a.update(Action::Click {
        col: list.x + 2,
        row: list.y + 1 + 1 + 2 * per,
    });
    assert_eq!(a.current(), Some(2));
    // A click on the header selects nothing new.
    a.update(Action::Click {
        col: list.x + 2,
        row: list.y + 1,
    });
    assert_eq!(a.current(), Some(2));
}

/// A long list of one-article pages, each its own group (a header above every row).
fn long_app(pages: usize) -> App {
    let corpus = Corpus {
        pages: (0..pages)
            .map(|k| Page {
                source: format!("p{k}.txt"),
                articles: vec![article(&format!("{k}"), None, &["标题"], &["正文。"])],
                ..Page::default()
            })
            .collect(),
    };
    let mut a = App::new(corpus, Vec::new(), Settings::default());
    a.update(Action::Resize(80, 24));
    a
}

/// The list is walked only as far as the screen needs; the scroll position must still be the
/// one a full walk gives: the selected row and its header in view, no blank screen at the end.
#[test]
fn the_list_scrolls_to_the_selection_and_stops_at_the_end() {
    let mut a = long_app(500);
    let (h, per) = a.list_geometry();
    let total = a.list_lines(per).count();
    assert_eq!(total, 500 * (per + 1));
    a.update(Action::Cmd(Command::Bottom));
    assert_eq!(a.selected, 499);
    assert_eq!(a.list_offset, total - h, "the last screen is full");
    a.update(Action::Cmd(Command::Top));
    assert_eq!(a.list_offset, 0);
    for _ in 0..40 {
        a.update(Action::Cmd(Command::NextArticle));
    }
    let (line, header) = a.row_line(per, a.selected).expect("the selected row");
    assert!(header, "every page's only article sits under its header");
    assert!(line > a.list_offset && line + per <= a.list_offset + h);
    assert_eq!(
        a.list_pos_at(line - a.list_offset),
        Some(a.selected),
        "the row on screen is the selected article"
    );
    assert_eq!(a.list_pos_at(line - 1 - a.list_offset), None, "its header");
}
