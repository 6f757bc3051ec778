//! The reader's ledger views over a cached archive, built off the UI thread (the zone
//! picker's worker, `dubao::tui::ledger_worker`): each opens at once, says it is being built,
//! and fills in with what the pages read whole give; an answer to an outdated request is
//! dropped. The workers are run here through their `build`/`stats` functions with a reader of
//! pages of their own, as in the running reader.

use std::sync::atomic::Ordering;

use dubao::ingest::LoadOptions;
use dubao::loader::{CacheMode, Loader};
use dubao::tui::app::{Action, App, Effect, Input, Mode};
use dubao::tui::keys::Command;
use dubao::tui::ledger_worker::{self, Built, Job};
use dubao::tui::text::PageTexts;

#[path = "support/reader.rs"]
mod support;
use support::{archive, cached_with_facts, open, open_counting, texts_loader};

/// The request `effects` hand to the ledger worker.
fn ledger_job(effects: Vec<Effect>) -> Job {
    effects
        .into_iter()
        .find_map(|e| match e {
            Effect::Ledger(job) => Some(job),
            _ => None,
        })
        .expect("the ledger worker is asked")
}

/// What the worker answers `job` with, reading pages back through `cache` as it does.
fn worker_answer(job: &Job, cache: &std::path::Path) -> Action {
    let mut texts = PageTexts::new(texts_loader(cache), 1);
    let built = ledger_worker::build(job, Some(&mut texts), || true).expect("built");
    Action::Ledger {
        gen: job.gen,
        built,
    }
}

/// The test archive with its pages' text and facts in a cache: the archive, the cache and
/// the pages as read whole (what the views must equal).
fn cached_archive() -> (tempfile::TempDir, tempfile::TempDir, dubao::model::Corpus) {
    let root = archive();
    let cache = tempfile::tempdir().expect("tempdir");
    let corpus = cached_with_facts(root.path(), cache.path());
    (root, cache, corpus)
}

/// Every article of `corpus` with its page's source, as the ledger takes them.
fn articles_of(corpus: &dubao::model::Corpus) -> Vec<(&str, &dubao::model::Article)> {
    corpus
        .pages
        .iter()
        .flat_map(|p| p.articles.iter().map(move |a| (p.source.as_str(), a)))
        .collect()
}

/// The reader as it runs: ledgers go to the worker.
fn running(root: &std::path::Path, cache: &std::path::Path) -> App {
    let mut app = open(root, Some(cache));
    app.background_search = true;
    app
}

/// The Projects view over pages whose text and facts stay in the cache is the ledger of the
/// pages read whole: owners, investment and measures attach by the text, which a head alone
/// does not have (every project had a bare name before). `p` opens it at once, before the
/// ledger is built (that took seconds on the UI thread over 10,000 pages), and it fills in.
#[test]
fn the_projects_view_reads_the_text_back_for_the_ledger() {
    let (root, cache, corpus) = cached_archive();
    let whole = dubao::ledger::build_from(articles_of(&corpus));
    let key = |r: &dubao::ledger::Record| {
        (
            r.name.clone(),
            r.owners.clone(),
            r.investment.as_ref().map(ToString::to_string),
            r.measures.len(),
        )
    };
    let mut want: Vec<_> = whole.iter().map(key).collect();
    assert!(
        whole
            .iter()
            .any(|r| r.investment.is_some() && !r.owners.is_empty()),
        "the pages hold projects with owners and investment"
    );
    let (mut lean, reads) = open_counting(root.path(), Some(cache.path()));
    lean.background_search = true;
    let before = reads.load(Ordering::Relaxed);
    let job = ledger_job(lean.update(Action::Cmd(Command::Projects)));
    assert_eq!(reads.load(Ordering::Relaxed), before, "p reads nothing");
    let Mode::Projects(v) = &lean.mode else {
        panic!("the Projects view is open at once");
    };
    assert!(v.building.is_some() && v.records.is_empty());
    assert!(
        lean.notice.is_some(),
        "the status line says it is being built"
    );
    // Keys work meanwhile.
    lean.update(Action::Cmd(Command::Down));
    lean.update(Action::Cmd(Command::Sort));
    lean.update(worker_answer(&job, cache.path()));
    let Mode::Projects(v) = &lean.mode else {
        panic!("the Projects view stays open");
    };
    assert!(v.building.is_none());
    let mut got: Vec<_> = v.records.iter().map(key).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    // Built here (no worker: tests, snapshots) it is the same ledger.
    let mut here = open(root.path(), Some(cache.path()));
    here.update(Action::Cmd(Command::Projects));
    let Mode::Projects(h) = &here.mode else {
        panic!("the Projects view is open");
    };
    assert!(h.building.is_none());
    assert_eq!(h.records, v.records);
}

/// An answer to a request the view no longer waits for (closed, opened anew, or another
/// view) is dropped; closing the view tells the worker to stop.
#[test]
fn a_stale_ledger_is_ignored() {
    let (root, cache, _) = cached_archive();
    let mut lean = running(root.path(), cache.path());
    let first = ledger_job(lean.update(Action::Cmd(Command::Projects)));
    let closed = lean.update(Action::Cmd(Command::Back));
    assert!(closed.contains(&Effect::LedgerCancel), "{closed:?}");
    let second = ledger_job(lean.update(Action::Cmd(Command::Projects)));
    assert!(second.gen > first.gen);
    let old = worker_answer(&first, cache.path());
    let Action::Ledger {
        built: Built::Projects(records),
        ..
    } = &old
    else {
        panic!("projects built");
    };
    assert!(!records.is_empty());
    lean.update(old.clone());
    assert!(
        matches!(&lean.mode, Mode::Projects(v) if v.building == Some(second.gen) && v.records.is_empty()),
        "the older answer is dropped"
    );
    lean.update(worker_answer(&second, cache.path()));
    assert!(
        matches!(&lean.mode, Mode::Projects(v) if v.building.is_none() && !v.records.is_empty())
    );
    // Closed: an answer that comes late leaves the list alone.
    lean.update(Action::Cmd(Command::Back));
    lean.update(old);
    assert_eq!(lean.mode, Mode::Normal);
}

/// The mentions of a fact, found by the worker over text read back from the cache, are
/// those found over the pages read whole (what `m` built on the UI thread before).
#[test]
fn mentions_found_off_the_ui_thread_equal_those_of_the_pages_read_whole() {
    use dubao::ledger::mentions::{self, Source};
    use dubao::model::FactKind;
    let (root, cache, corpus) = cached_archive();
    let mut lean = running(root.path(), cache.path());
    // The first listed article with a project: its first project selected.
    let (pos, fact) = (0..lean.visible.len())
        .find_map(|p| {
            lean.selected = p;
            let facts = lean.current_facts();
            let order = lean.fact_order();
            let k = order
                .iter()
                .position(|&i| facts[i].kind == FactKind::Project)?;
            Some((p, k))
        })
        .expect("an article with a project");
    lean.selected = pos;
    lean.fact_sel = fact;
    let f = lean.selected_fact().expect("a fact selected");
    let name = f.name.clone().unwrap_or_else(|| f.text.clone());
    let job = ledger_job(lean.update(Action::Cmd(Command::Mentions)));
    assert!(
        matches!(&lean.mode, Mode::Mentions(v) if v.building.is_some() && v.items.is_empty()),
        "m opens at once"
    );
    lean.update(worker_answer(&job, cache.path()));
    let Mode::Mentions(v) = &lean.mode else {
        panic!("the mentions stay open");
    };
    assert!(v.building.is_none());
    let articles = articles_of(&corpus);
    let records = dubao::ledger::build_from(articles.iter().copied());
    let sources: Vec<Source> = articles
        .iter()
        .map(|&(source, article)| Source {
            article,
            source,
            page_date: None,
        })
        .collect();
    let want = mentions::find(&sources, &records, &name, Some(FactKind::Project));
    assert!(!want.is_empty(), "{name}");
    assert_eq!(v.items, want);
}

/// The zone picker opens at once, reading nothing; its figures, computed off the UI thread,
/// read back the facts of pages with an article that names a project only (for the ledger), and
/// are kept for the next opening in the same state.
#[test]
fn the_zone_picker_opens_at_once_and_its_figures_read_only_project_facts() {
    let root = archive();
    // A page with facts (a date, an amount) and no project.
    let plain = root.path().join("2025/02/01/01.txt");
    std::fs::create_dir_all(plain.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &plain,
        "市里召开座谈会\n\n　　本报讯　2025年2月1日，市里召开座谈会，全年财政收入12.5亿元，同比增长8%。\n",
    )
    .expect("write");
    let cache = tempfile::tempdir().expect("tempdir");
    let x = dubao::facts::Extractor::new();
    let mode = CacheMode::Dir(cache.path().to_path_buf());
    let (corpus, _) = Loader::new(&mode, LoadOptions::default())
        .load_paths(&[root.path().to_path_buf()], Some(&x));
    let articles = articles_of(&corpus);
    let records = dubao::ledger::build_from(articles.iter().copied());
    let want: Vec<dubao::ledger::profile::Profile> =
        dubao::ledger::profile::profiles(articles.iter().map(|(_, a)| *a), &records);
    let (mut lean, reads) = open_counting(root.path(), Some(cache.path()));
    let pages_where = |f: &dyn Fn(&dubao::tui::app::Entry) -> bool| {
        let s: std::collections::HashSet<&str> = lean
            .entries
            .iter()
            .filter(|e| f(e))
            .map(|e| &*e.source)
            .collect();
        s.len()
    };
    let with_facts = pages_where(&|e| !e.facts.is_empty());
    let with_projects = pages_where(&|e| e.facts.has_projects());
    assert!(
        with_projects > 0 && with_projects < with_facts,
        "{with_projects} {with_facts}"
    );
    // As in the running reader: the picker opens at once, reading nothing, and asks for its
    // figures to be computed off the UI thread.
    lean.background_search = true;
    lean.update(Action::Resize(120, 40));
    let before = reads.load(Ordering::Relaxed);
    let effects = lean.update(Action::Cmd(Command::ZoneFilter));
    assert_eq!(
        reads.load(Ordering::Relaxed),
        before,
        "the picker opens without reading"
    );
    assert!(matches!(&lean.mode, Mode::Picker(p) if p.stats.is_empty()));
    let Some(dubao::tui::app::Effect::ZoneStats(job)) = effects.into_iter().next() else {
        panic!("the figures are asked for");
    };
    let mut texts = PageTexts::new(texts_loader(cache.path()), 1);
    let worker_reads = texts.reads();
    let stats = dubao::tui::zone_stats::stats(&job, Some(&mut texts));
    let read = worker_reads.load(Ordering::Relaxed);
    // Each project page's facts section, then its text: nothing of the other pages.
    assert!(
        read <= 2 * with_projects,
        "{read} pages' facts read, {with_projects} with projects, {with_facts} with facts"
    );
    lean.update(Action::ZoneStats {
        key: job.key,
        stats,
    });
    let Mode::Picker(p) = &lean.mode else {
        panic!("the picker stays open");
    };
    // Opened again in the same state: the figures kept, nothing asked for.
    let shown = p.stats.clone();
    lean.update(Action::Input(Input::Esc));
    let again = lean.update(Action::Cmd(Command::ZoneFilter));
    assert!(again.is_empty());
    assert!(matches!(&lean.mode, Mode::Picker(p) if p.stats == shown));
    // Every figure, amounts and dates too (the ledger attaches them by the articles' text,
    // which the worker reads back with their facts): what `dubao zones` says.
    let got: Vec<_> = shown.values().cloned().collect();
    let mut want = want;
    want.sort_by(|a, b| a.zone.cmp(&b.zone));
    assert_eq!(got, want);
    assert!(got.iter().any(|p| p.investment > 0), "{got:?}");
}
