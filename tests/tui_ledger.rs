//! The reader's ledger views as a person sees them (ratatui `TestBackend` + insta): the Projects
//! view at 80×24 and 200×60, sorted, opened on a project; the mentions of a fact; a zone's
//! profile chart; and no size panicking. The pages are the sample and the four-article page of
//! one project, read through the real parser and extractor.

use dubao::facts::{fill, Extractor};
use dubao::ledger::table;
use dubao::model::FactKind;
use dubao::tui::app::{Action, App, Effect, Input, Mode, Settings};
use dubao::tui::keys::Command;
use dubao::tui::layout::Focus;
use dubao::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn app(w: u16, h: u16) -> App {
    // Relative paths (tests run in the package root): ids hold the path as given, and an
    // absolute one would differ between machines.
    let (mut corpus, errors) = dubao::ingest::load_paths(&[
        "assets/sample.txt".into(),
        "tests/pages/ledger_progress.txt".into(),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    for p in &mut corpus.pages {
        // Paths differ between machines; the screen shows the file name only.
        p.source = p.source.rsplit('/').next().unwrap_or("").to_owned();
    }
    // The ids too: they were made from the paths as loaded (/work/wt/ledger/… in the snapshots).
    dubao::ingest::edition::assign_ids(&mut corpus, &[] as &[&str]);
    fill(&mut corpus, &Extractor::new());
    let mut app = App::new(corpus, vec![], Settings::default());
    app.update(Action::Resize(w, h));
    app
}

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    assert!(term.draw(|f| view::draw(f, app)).is_ok());
    term.backend().to_string()
}

fn cmd(app: &mut App, c: Command) -> Vec<Effect> {
    app.update(Action::Cmd(c))
}

#[test]
fn projects_view_lists_the_ledger_80x24() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Projects);
    let Mode::Projects(v) = &a.mode else {
        panic!("p opens the Projects view");
    };
    assert_eq!(v.order.len(), 5);
    insta::assert_snapshot!("projects_80x24", screen(&a));
}

#[test]
fn projects_view_sorted_by_investment_200x60() {
    let mut a = app(200, 60);
    cmd(&mut a, Command::Projects);
    cmd(&mut a, Command::Sort);
    cmd(&mut a, Command::Top);
    let Mode::Projects(v) = &a.mode else {
        panic!("still in the Projects view");
    };
    let first = v.current().map(|r| r.name.clone()).unwrap_or_default();
    assert!(
        first.contains("高端铝合金") || first.contains("高端鋁合金"),
        "{first}"
    );
    insta::assert_snapshot!("projects_by_investment_200x60", screen(&a));
}

#[test]
fn the_ledger_views_leave_their_notices_in_sight() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Projects);
    cmd(&mut a, Command::Sort);
    let shown = screen(&a);
    let last = shown.lines().last().unwrap_or_default();
    assert!(last.contains("项目按投资额排序"), "{shown}");
}

#[test]
fn enter_opens_the_article_with_the_name_highlighted() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Projects);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::Open);
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.focus, Focus::Reader);
    let hit = a
        .search
        .as_ref()
        .and_then(|s| s.current)
        .and_then(|(e, k)| {
            assert_eq!(k, 0);
            a.placed_hits(e).first().copied()
        });
    let hit = hit.expect("the mention is highlighted as a hit");
    let e = &a.entries[hit.entry];
    assert_eq!(a.current(), Some(hit.entry));
    assert!(e
        .article
        .paragraphs
        .iter()
        .chain(&e.article.title)
        .any(|t| t.contains("潞北三路")));
    insta::assert_snapshot!("project_opened_80x24", screen(&a));
}

#[test]
fn y_and_big_y_copy_records_as_tsv() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Projects);
    let one = cmd(&mut a, Command::CopyFact);
    let Mode::Projects(v) = &a.mode else {
        panic!("copying keeps the view");
    };
    let want = table::tsv_line(v.current().expect("a record"));
    assert!(matches!(&one[..], [Effect::Copy { text, .. }] if *text == want));
    let all = cmd(&mut a, Command::CopyAll);
    let [Effect::Copy { text, .. }] = &all[..] else {
        panic!("Y copies");
    };
    assert_eq!(text.lines().count(), 6, "header and five records");
}

/// Types `name` into the open prompt and presses Enter.
fn answer(app: &mut App, name: &str) -> Vec<Effect> {
    app.update(Action::Input(Input::Clear));
    for c in name.chars() {
        app.update(Action::Input(Input::Char(c)));
    }
    app.update(Action::Input(Input::Enter))
}

#[test]
fn e_asks_for_a_file_name_whose_extension_picks_the_ledger_format() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Projects);
    cmd(&mut a, Command::Export);
    assert!(
        matches!(&a.mode, Mode::Export(p) if p.path == "dubao-projects.tsv"),
        "e opens the export prompt with a default name"
    );
    // The view stays in sight above the prompt.
    let shown = screen(&a);
    assert!(shown.contains("项目台账"), "{shown}");
    let e = answer(&mut a, "ledger.csv");
    let [Effect::WriteFile {
        path,
        bytes,
        overwrite: false,
        ..
    }] = &e[..]
    else {
        panic!("Enter writes the ledger: {e:?}");
    };
    assert!(path.ends_with("ledger.csv"));
    let text = String::from_utf8_lossy(bytes);
    assert!(
        text.lines().next().is_some_and(|h| h.contains(',')),
        "CSV: {text}"
    );
    assert_eq!(text.lines().count(), 6, "header and five records");
    // The file exists: the prompt asks again and keeps what it writes.
    a.update(Action::ExportExists(path.clone()));
    let again = a.update(Action::Input(Input::Enter));
    assert!(
        matches!(
            &again[..],
            [Effect::WriteFile {
                overwrite: true,
                ..
            }]
        ),
        "{again:?}"
    );
    a.update(Action::Exported {
        message: "wrote".into(),
        failed: false,
    });
    assert!(
        matches!(a.mode, Mode::Projects(_)),
        "the Projects view comes back after writing"
    );
    cmd(&mut a, Command::Export);
    a.update(Action::Input(Input::Esc));
    assert!(
        matches!(a.mode, Mode::Projects(_)),
        "Esc goes back to the view"
    );
}

#[test]
fn m_lists_the_articles_that_mention_the_selected_fact() {
    let mut a = app(120, 30);
    // The four-article page: the second article's facts, its organisation selected.
    let k = a
        .entries
        .iter()
        .position(|e| e.article.title.iter().any(|t| t.contains("開工")))
        .expect("the second report");
    let pos = a.visible.iter().position(|&v| v == k).expect("listed");
    for _ in 0..pos {
        cmd(&mut a, Command::Down);
    }
    cmd(&mut a, Command::ToggleFacts);
    cmd(&mut a, Command::FocusNext);
    cmd(&mut a, Command::FocusNext);
    let order = a.fact_order();
    let facts = a.facts_of(k);
    let want = order
        .iter()
        .position(|&i| facts[i].kind == FactKind::Organization)
        .expect("an organisation fact");
    for _ in 0..want {
        cmd(&mut a, Command::Down);
    }
    cmd(&mut a, Command::Mentions);
    let Mode::Mentions(v) = &a.mode else {
        panic!("m opens the mentions: {:?}", a.notice);
    };
    let articles: std::collections::BTreeSet<&str> =
        v.items.iter().map(|m| m.article.as_str()).collect();
    assert_eq!(articles.len(), 4, "{:?}", v.items);
    insta::assert_snapshot!("mentions_120x30", screen(&a));
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::Open);
    assert_eq!(a.focus, Focus::Reader);
    assert!(a.search.as_ref().is_some_and(|s| s.total == 1));
}

#[test]
fn zone_profile_charts_investment_per_month() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Projects);
    cmd(&mut a, Command::Sort);
    cmd(&mut a, Command::Top);
    cmd(&mut a, Command::Profile);
    let Mode::Profile(v) = &a.mode else {
        panic!("P opens the profile: {:?}", a.notice);
    };
    assert_eq!(v.profile.zone.as_deref(), Some("沁水经济技术开发区"));
    assert_eq!(v.profile.investment, 1_500_000_000);
    insta::assert_snapshot!("profile_80x24", screen(&a));
}

/// `p` in the running reader: the Projects view opens and asks the ledger worker, run here
/// (the pages are whole), for its ledger.
fn projects_from_the_worker(a: &mut App) {
    let Some(Effect::Ledger(job)) = cmd(a, Command::Projects).into_iter().next() else {
        panic!("the ledger is asked for");
    };
    let built = dubao::tui::ledger_worker::build(&job, None, || true).expect("built");
    a.update(Action::Ledger {
        gen: job.gen,
        built,
    });
}

/// In the running reader `P` opens at once and asks the zone picker's worker for the figures
/// (the ledger over a big archive took seconds on the UI thread); they fill in when they come.
#[test]
fn zone_profile_opens_at_once_and_fills_in() {
    let mut a = app(80, 24);
    a.background_search = true;
    projects_from_the_worker(&mut a);
    cmd(&mut a, Command::Sort);
    cmd(&mut a, Command::Top);
    let effects = cmd(&mut a, Command::Profile);
    let Mode::Profile(v) = &a.mode else {
        panic!("P opens the profile: {:?}", a.notice);
    };
    assert!(v.pending, "no figures kept yet: they are being counted");
    assert_eq!(v.profile.investment, 0);
    let shown = screen(&a);
    assert!(
        shown.contains("统计中") && !shown.contains("0 个项目"),
        "{shown}"
    );
    let Some(Effect::ZoneStats(job)) = effects.into_iter().next() else {
        panic!("the figures are asked for");
    };
    let stats = dubao::tui::zone_stats::stats(&job, None);
    a.update(Action::ZoneStats {
        key: job.key,
        stats,
    });
    let Mode::Profile(v) = &a.mode else {
        panic!("the profile stays open");
    };
    assert!(!v.pending);
    assert_eq!(v.profile.zone.as_deref(), Some("沁水经济技术开发区"));
    assert_eq!(v.profile.investment, 1_500_000_000);
    // Opened again in the same state: the figures kept, nothing asked for.
    cmd(&mut a, Command::Back);
    projects_from_the_worker(&mut a);
    cmd(&mut a, Command::Sort);
    cmd(&mut a, Command::Top);
    assert!(cmd(&mut a, Command::Profile).is_empty());
    assert!(
        matches!(&a.mode, Mode::Profile(v) if !v.pending && v.profile.investment == 1_500_000_000)
    );
}

#[test]
fn ledger_views_draw_at_any_size() {
    for (w, h) in [(1, 1), (3, 2), (10, 5), (20, 8), (40, 12), (80, 24)] {
        let mut a = app(w, h);
        cmd(&mut a, Command::Projects);
        screen(&a);
        cmd(&mut a, Command::Profile);
        screen(&a);
        cmd(&mut a, Command::Back);
        cmd(&mut a, Command::Back);
        cmd(&mut a, Command::Mentions);
        screen(&a);
    }
}

#[test]
fn zone_picker_shows_each_zones_projects_investment_and_latest_date() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::ZoneFilter);
    let Mode::Picker(p) = &a.mode else {
        panic!("z opens the picker");
    };
    let qinshui = &p.stats[&Some("沁水经济技术开发区".to_owned())];
    assert_eq!((qinshui.projects, qinshui.investment), (1, 1_500_000_000));
    assert_eq!(qinshui.latest.as_deref(), Some("2025-12-20"));
    insta::assert_snapshot!("zone_picker_80x24", screen(&a));
}
