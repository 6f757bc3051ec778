//! The reader's first frame: building the app state from a loaded corpus, laying out the first
//! article and drawing every pane. This is what stands between `dubao` and its first screen.

use criterion::{criterion_group, criterion_main, Criterion};
use dubao::tui::app::{Action, App, Settings};
use dubao::tui::keys::Command;
use dubao::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn first_frame(c: &mut Criterion) {
    let (corpus, _) = dubao::ingest::load_paths(&[]);
    c.bench_function("load_sample", |b| b.iter(|| dubao::ingest::load_paths(&[])));
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        c.bench_function(&format!("first_frame_{w}x{h}"), |b| {
            b.iter(|| {
                let mut app = App::new(corpus.clone(), Vec::new(), Settings::default());
                app.update(Action::Resize(w, h));
                let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
                let _ = term.draw(|f| view::draw(f, &app));
                app
            })
        });
    }
    let mut app = App::new(corpus.clone(), Vec::new(), Settings::default());
    app.update(Action::Resize(120, 40));
    let Ok(mut term) = Terminal::new(TestBackend::new(120, 40));
    c.bench_function("next_article_and_redraw_120x40", |b| {
        b.iter(|| {
            app.update(Action::Cmd(Command::NextArticle));
            let _ = term.draw(|f| view::draw(f, &app));
        })
    });
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
