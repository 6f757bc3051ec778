//! A statistics table in the reading pane: its rows in aligned columns, figures flush right, and
//! a table cell's fact, selected in the sidebar, highlighted on its figure.

use dubao::facts::{self, Extractor};
use dubao::ingest::{self, Source};
use dubao::tui::app::{Action, App, Settings};
use dubao::tui::keys::Command;
use dubao::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const PAGE: &str = "山西科技报  2025年12月2日  第5版\n\n全省开发区前三季度主要指标\n\n\
开发区\t营业收入（亿元）\t增速（%）\n\
太原经开区\t1,286.5\t12.3\n\
晋中高新区\t856.2\t9.8\n\n\
\u{3000}\u{3000}据省商务厅统计，前三季度全省开发区实现营业收入1.2万亿元。\n";

fn app(w: u16, h: u16) -> App {
    let source = Source::Bytes {
        name: "stats.txt".into(),
        bytes: PAGE.as_bytes().to_vec(),
    };
    let (mut corpus, errors) = ingest::load_all(&[source]);
    assert!(errors.is_empty(), "{errors:?}");
    facts::fill(&mut corpus, &Extractor::new());
    let mut app = App::new(corpus, Vec::new(), Settings::default());
    app.update(Action::Resize(w, h));
    app
}

/// The screen as text, and each screen line's text drawn in the fact highlight's style.
fn screen(app: &App) -> (String, Vec<String>) {
    let (w, h) = app.size;
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    assert!(term.draw(|f| view::draw(f, app)).is_ok());
    let buf = term.backend().buffer();
    let hl = app.theme.fact_hl.bg;
    let lines = buf
        .content()
        .chunks(usize::from(w))
        .map(|line| {
            line.iter()
                .filter(|c| hl.is_some() && c.style().bg == hl)
                .map(|c| c.symbol())
                .collect()
        })
        .collect();
    (term.backend().to_string(), lines)
}

#[test]
fn table_rows_show_in_aligned_columns_at_80x24_and_200x60() {
    for (w, h) in [(80, 24), (200, 60)] {
        let (s, _) = screen(&app(w, h));
        for row in [
            "开发区      营业收入（亿元）  增速（%）",
            "太原经开区           1,286.5       12.3",
            "晋中高新区             856.2        9.8",
        ] {
            assert!(s.contains(row), "{w}x{h}: no {row:?} in\n{s}");
        }
        // Prose keeps its indent.
        assert!(s.contains("\u{3000}\u{3000}据省商务厅统计"), "{s}");
    }
}

#[test]
fn a_cells_fact_is_highlighted_on_its_figure() {
    let mut a = app(200, 60);
    a.update(Action::Cmd(Command::FocusPrev));
    // The sidebar lists dates, then money: the first money fact is the first row's revenue;
    // walk down until the highlight sits on a figure of the table.
    let mut seen = Vec::new();
    for _ in 0..6 {
        a.update(Action::Cmd(Command::Down));
        let (s, hl) = screen(&a);
        // The reader's row of the zone: the sidebar draws its selected row in the same style.
        let rows = s
            .lines()
            .zip(hl)
            .filter(|(l, _)| l.contains("太原经开区  ") || l.contains("晋中高新区  "));
        seen.extend(rows.map(|(_, h)| h).filter(|h| !h.is_empty()));
    }
    // Each highlight sits on the figure alone, in the aligned row (the sidebar shows the fact
    // as `营业收入 1,286.5`, on another line).
    assert!(seen.iter().any(|h| h == "1,286.5"), "{seen:?}");
    assert!(seen.iter().any(|h| h == "856.2"), "{seen:?}");
}
