use super::*;
use crate::model::{Article, ArticleKind, FactKind, FactValue, Page};
use crate::tui::doc;
use crate::tui::keys;

fn article(id: &str, zone: Option<&str>, title: &[&str], paras: &[&str]) -> Article {
    Article {
        id: id.into(),
        title: title.iter().map(|s| s.to_string()).collect(),
        main_title: None,
        dateline: Some("科学导报讯".into()),
        reporters: vec![],
        reporter_roles: Vec::new(),
        date: None,
        zone: zone.map(Into::into),
        zones: Vec::new(),
        kind: ArticleKind::News,
        paragraphs: paras.iter().map(|s| s.to_string()).collect(),
        byline: vec!["刘记明".into()],
        captions: vec![],
        facts: vec![],
    }
}

fn money(p: usize, start: usize) -> Fact {
    Fact {
        kind: FactKind::Money,
        attribute: None,
        counted: None,
        text: "3.04 亿元".into(),
        value: Some(FactValue::Number(304_000_000u64.into())),
        unit: Some("元".into()),
        name: None,
        role: None,
        flags: vec![],
        paragraph: Some(p),
        location: None,
        start,
        end: start + 7,
    }
}

fn corpus() -> Corpus {
    let long: String = "项目建设稳步推进，".repeat(40);
    Corpus {
        pages: vec![Page {
            source: "a.txt".into(),
            year: Some(2025),
            articles: vec![
                article(
                    "1-1",
                    None,
                    &["山西中润铸造合金项目投产"],
                    &["近日，项目顺利投产。", &long],
                ),
                article(
                    "1-2",
                    Some("上党经济技术开发区"),
                    &["上党经开区", "举行座谈"],
                    &[&long, "总投资 3.04 亿元的项目开工。"],
                ),
                article(
                    "1-3",
                    Some("运城经济技术开发区"),
                    &["运城召开会议"],
                    &["會議強調，抓好經濟指標。"],
                ),
            ],
            ..Page::default()
        }],
    }
}

fn app() -> App {
    let mut a = App::new(
        corpus(),
        vec!["bad.bin: binary file".into()],
        Settings::default(),
    );
    a.update(Action::Resize(80, 24));
    a
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(Input::Char(c)));
    }
}

#[test]
fn starts_on_the_first_article_with_the_list_focused() {
    let a = app();
    assert_eq!(a.visible, vec![0, 1, 2]);
    assert_eq!(a.current(), Some(0));
    assert_eq!(a.focus, Focus::List);
    assert_eq!(a.failures.len(), 1);
}

#[test]
fn zone_option_starts_filtered_by_alias() {
    let settings = Settings {
        zone: Some("上党".into()),
        ..Settings::default()
    };
    let a = App::new(corpus(), vec![], settings);
    assert_eq!(a.visible, vec![1]);
}

#[test]
fn picker_narrows_by_alias_and_enter_applies() {
    let mut a = app();
    a.update(Action::Cmd(Command::ZoneFilter));
    assert!(matches!(a.mode, Mode::Picker(_)));
    // all, two zones, no zone
    assert_eq!(a.picker_items("").len(), 4);
    typed(&mut a, "上党");
    let items = a.picker_items("上党");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].label, "上党经济技术开发区");
    a.update(Action::Input(Input::Enter));
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.visible, vec![1]);
    assert_eq!(a.filter, ZoneFilter::Query("上党经济技术开发区".into()));
}

#[test]
fn picker_offers_no_zone_and_esc_only_closes() {
    let mut a = app();
    a.update(Action::Cmd(Command::ZoneFilter));
    // The interface speaks Chinese by default: the item is 无园区.
    typed(&mut a, "无园区");
    a.update(Action::Input(Input::Enter));
    assert_eq!(a.visible, vec![0]);
    a.update(Action::Cmd(Command::ZoneFilter));
    a.update(Action::Input(Input::Esc));
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(
        a.visible,
        vec![0],
        "Esc closes the picker and keeps the filter"
    );
    assert_eq!(a.filter, ZoneFilter::NoZone);
}

#[test]
fn picker_lists_every_zone_of_a_kind() {
    let a = app();
    let labels =
        |q: &str| -> Vec<String> { a.picker_items(q).into_iter().map(|it| it.label).collect() };
    assert_eq!(
        labels("经开区"),
        ["上党经济技术开发区", "运城经济技术开发区"]
    );
    assert!(labels("高新区").is_empty());
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
fn search_finds_across_articles_and_folds_traditional() {
    let mut a = app();
    a.update(Action::Cmd(Command::Search));
    typed(&mut a, "会议");
    let s = a.search.clone().unwrap_or_default();
    // 會議 in Traditional in 1-3 matches the Simplified query; 会议 also in 1-3's title.
    assert!(s.count(2) > 0);
    assert!(a.placed_hits(2).iter().any(|h| h.seg == Seg::Para(0)));
    assert_eq!(a.current(), Some(2), "moves to the first hit");
    a.update(Action::Input(Input::Enter));
    assert_eq!(a.mode, Mode::Normal);
    let before = a.search.as_ref().and_then(|s| s.current);
    a.update(Action::Cmd(Command::NextHit));
    assert_ne!(a.search.as_ref().and_then(|s| s.current), before);
    a.update(Action::Cmd(Command::PrevHit));
    assert_eq!(a.search.as_ref().and_then(|s| s.current), before);
    a.update(Action::Cmd(Command::Back));
    assert!(a.search.is_none());
}

#[test]
fn search_hit_is_scrolled_into_view() {
    let mut a = app();
    a.update(Action::Cmd(Command::Search));
    typed(&mut a, "3.04");
    assert_eq!(a.current(), Some(1));
    let doc = a.doc().unwrap_or_default();
    let line = doc::line_of(&doc, Seg::Para(1), 4).unwrap_or(0);
    let h = a.reader_text_area().height as usize;
    assert!(
        line >= a.scroll && line < a.scroll + h,
        "line {line} scroll {}",
        a.scroll
    );
}

#[test]
fn facts_arrive_later_and_selecting_one_scrolls_to_it() {
    let mut a = app();
    a.update(Action::Cmd(Command::NextArticle));
    assert_eq!(a.current(), Some(1));
    assert!(!a.entries[1].facts_ready);
    let effects = a.update(Action::Cmd(Command::CopyAll));
    assert!(effects.is_empty());
    assert!(a
        .notice
        .as_ref()
        .is_some_and(|n| n.text.contains("仍在提取")));
    a.update(Action::FactsReady {
        entry: 1,
        facts: crate::tui::packed::PackedFacts::pack(&[money(1, 4)]),
    });
    a.update(Action::Cmd(Command::FocusNext));
    a.update(Action::Cmd(Command::FocusNext));
    assert_eq!(a.focus, Focus::Facts);
    assert!(a.fact_active);
    // Tabbing keeps the reading position (issue 11 item 20); selecting a fact scrolls to it.
    a.update(Action::Cmd(Command::Down));
    let doc = a.doc().unwrap_or_default();
    let line = doc::line_of(&doc, Seg::Para(1), 4).unwrap_or(0);
    let h = a.reader_text_area().height as usize;
    assert!(line >= a.scroll && line < a.scroll + h);
    let effects = a.update(Action::Cmd(Command::CopyFact));
    assert_eq!(
        effects,
        vec![Effect::Copy {
            text: "3.04 亿元\t304000000 元".into(),
            what: "金额“3.04 亿元”".into()
        }]
    );
    let effects = a.update(Action::Cmd(Command::CopyAll));
    assert!(
        matches!(&effects[..], [Effect::Copy { text, .. }] if text.starts_with("1-2\tmoney\t3.04 亿元\t304000000\t元") && text.ends_with("p1\t4-11\t\t\ta.txt\n"))
    );
}

#[test]
fn export_asks_before_overwriting() {
    let mut a = app();
    a.update(Action::Cmd(Command::Export));
    a.update(Action::Input(Input::Clear));
    typed(&mut a, "out.txt.bad");
    let e = a.update(Action::Input(Input::Enter));
    assert!(e.is_empty(), "unknown extension is refused");
    a.update(Action::Input(Input::Tab));
    assert!(matches!(&a.mode, Mode::Export(p) if p.path == "out.txt.csv"));
    let e = a.update(Action::Input(Input::Enter));
    assert!(
        matches!(&e[..], [Effect::Export { overwrite: false, entries, .. }] if entries.len() == 3)
    );
    a.update(Action::Exported {
        message: "wrote".into(),
        failed: false,
    });
    a.update(Action::Cmd(Command::Export));
    a.update(Action::Input(Input::Clear));
    typed(&mut a, "out.txt.csv");
    let e = a.update(Action::Input(Input::Enter));
    assert!(
        matches!(&e[..], [Effect::Export { overwrite: false, entries, .. }] if entries.len() == 3)
    );
    a.update(Action::ExportExists("out.txt.csv".into()));
    let e = a.update(Action::Input(Input::Enter));
    assert!(matches!(
        &e[..],
        [Effect::Export {
            overwrite: true,
            ..
        }]
    ));
    a.update(Action::Exported {
        message: "wrote".into(),
        failed: false,
    });
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn export_tab_cycles_all_four_formats_and_an_unknown_one_is_named() {
    let mut a = app();
    a.update(Action::Cmd(Command::Export));
    a.update(Action::Input(Input::Clear));
    typed(&mut a, "facts.txt");
    assert!(a.update(Action::Input(Input::Enter)).is_empty());
    let notice = a.notice.clone().map(|n| n.text).unwrap_or_default();
    assert!(notice.starts_with("facts.txt: 未知格式"), "{notice}");
    a.lang = crate::tui::i18n::Lang::En;
    a.update(Action::Input(Input::Enter));
    let notice = a.notice.clone().map(|n| n.text).unwrap_or_default();
    assert!(notice.starts_with("facts.txt: unknown format"), "{notice}");
    assert!(matches!(&a.mode, Mode::Export(_)), "the prompt stays open");
    let mut seen = Vec::new();
    for _ in 0..4 {
        a.update(Action::Input(Input::Tab));
        if let Mode::Export(p) = &a.mode {
            seen.push(p.path.clone());
        }
    }
    assert_eq!(seen, ["facts.csv", "facts.json", "facts.md", "facts.tsv"]);
}

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

/// `n` walks every hit once, article by article in list order and within an article in
/// reading order (each placed where the scan finds it), counting 1, 2, … as it goes; `N`
/// walks back the same way; both wrap round.
#[test]
fn next_and_previous_hit_walk_every_hit_in_list_order() {
    let mut a = app();
    a.update(Action::Cmd(Command::Search));
    typed(&mut a, "项目");
    a.update(Action::Input(Input::Enter));
    let s = a.search.clone().unwrap_or_default();
    assert!(s.total >= 3 && s.with_hits.len() >= 2, "{s:?}");
    let first = s.current;
    let mut walked = Vec::new();
    for _ in 0..s.total {
        let s = a.search.clone().unwrap_or_default();
        let (entry, k) = s.current.expect("a current hit");
        assert_eq!(s.ordinal(), walked.len() + 1);
        assert_eq!(
            a.current(),
            Some(entry),
            "the reader shows the hit's article"
        );
        walked.push(a.placed_hits(entry)[k]);
        a.update(Action::Cmd(Command::NextHit));
    }
    assert_eq!(a.search.as_ref().and_then(|s| s.current), first, "round");
    let want: Vec<Hit> = s
        .with_hits
        .iter()
        .flat_map(|&e| {
            crate::tui::search_worker::find_hits(|i| a.article(i), &[e], "项目", || true)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(walked, want);
    let mut back = Vec::new();
    for _ in 0..s.total {
        a.update(Action::Cmd(Command::PrevHit));
        let (entry, k) = a.search.as_ref().and_then(|s| s.current).expect("current");
        back.push(a.placed_hits(entry)[k]);
    }
    back.reverse();
    assert_eq!(back, want);
}

/// In the running reader a keystroke asks the worker and waits for nothing: the hits arrive as
/// an action, and an answer for an older keystroke is dropped.
#[test]
fn background_search_keeps_only_the_newest_answer() {
    let mut a = app();
    a.background_search = true;
    a.update(Action::Cmd(Command::Search));
    let first = a.update(Action::Input(Input::Char('会')));
    let second = a.update(Action::Input(Input::Char('议')));
    let (Some(Effect::Search(old)), Some(Effect::Search(new))) = (first.first(), second.first())
    else {
        panic!("keystrokes ask the worker: {first:?} {second:?}");
    };
    assert!(new.gen > old.gen);
    assert_eq!(new.query, "会议");
    assert!(a.search.as_ref().is_some_and(|s| s.pending && s.total == 0));
    let (stale, fresh) = (worker_counts(&a, old), worker_counts(&a, new));
    a.update(Action::SearchCounts {
        gen: old.gen,
        counts: stale,
        done: true,
    });
    assert!(
        a.search.as_ref().is_some_and(|s| s.pending),
        "stale answer dropped"
    );
    a.update(Action::SearchCounts {
        gen: new.gen,
        counts: fresh.clone(),
        done: true,
    });
    let s = a.search.clone().unwrap_or_default();
    assert!(!s.pending);
    assert_eq!(
        s.total,
        fresh.iter().map(|&(_, n)| n as usize).sum::<usize>()
    );
    assert!(s.count(2) > 0);
    assert_eq!(a.current(), Some(2), "moves to the first hit");
}

/// Pages that arrive while a search runs are asked of the worker (only they, under the same
/// generation): nothing is scanned on the UI thread and the older answers stay.
#[test]
fn pages_arriving_during_a_search_are_handed_to_the_worker() {
    let mut a = app();
    a.background_search = true;
    a.update(Action::Cmd(Command::Search));
    let fx = a.update(Action::Input(Input::Char('项')));
    let Some(Effect::Search(first)) = fx.first() else {
        panic!("asks the worker: {fx:?}");
    };
    let before = a.entries.len();
    let page = corpus().pages.remove(0);
    let fx = a.update(Action::pages_loaded(vec![(9, page)], 2, 3));
    let req = fx
        .iter()
        .find_map(|e| match e {
            Effect::Search(r) => Some(r.clone()),
            _ => None,
        })
        .expect("the new articles are searched too");
    assert_eq!(req.gen, first.gen);
    let mut order = req.order.clone();
    order.sort_unstable();
    assert_eq!(order, (before..a.entries.len()).collect::<Vec<_>>());
    let s = a.search.clone().unwrap_or_default();
    assert_eq!(s.outstanding, 2);
    assert!(s.pending && s.total == 0, "nothing scanned here");
}

/// The counts the search worker answers `req` with.
fn worker_counts(a: &App, req: &SearchRequest) -> Vec<(usize, u32)> {
    crate::tui::search_worker::find_counts(
        |i| a.entries.get(i).map(|e| &*e.article),
        &req.order,
        &req.query,
        || true,
    )
    .unwrap_or_default()
}

/// A reader searching in the background for `c`, and the request its key sent the worker.
fn searching_for(c: char) -> (App, SearchRequest) {
    let mut a = app();
    a.background_search = true;
    a.update(Action::Cmd(Command::Search));
    let fx = a.update(Action::Input(Input::Char(c)));
    let Some(Effect::Search(req)) = fx.first().cloned() else {
        panic!("asks the worker: {fx:?}");
    };
    (a, req)
}

/// Enter while the worker still scans keeps the articles with hits so far, and the kept list
/// grows as more hits come in; the count ends without a `+`.
#[test]
fn enter_while_searching_narrows_and_fills_in() {
    let (mut a, req) = searching_for('项');
    let counts = worker_counts(&a, &req);
    let total: usize = counts.iter().map(|&(_, n)| n as usize).sum();
    let entries: std::collections::BTreeSet<usize> = counts.iter().map(|&(i, _)| i).collect();
    assert!(entries.len() >= 2, "{entries:?}");
    let first = *entries.iter().next().unwrap_or(&0);
    let (early, late): (Vec<_>, Vec<_>) = counts.iter().partition(|&&(i, _)| i == first);
    a.update(Action::SearchCounts {
        gen: req.gen,
        counts: early.clone(),
        done: false,
    });
    let early_total: usize = early.iter().map(|&(_, n)| n as usize).sum();
    assert_eq!(a.search.as_ref().map(|s| s.total), Some(early_total));
    a.update(Action::Input(Input::Enter));
    assert!(a.narrowed);
    assert_eq!(a.visible, vec![first]);
    a.update(Action::SearchCounts {
        gen: req.gen,
        counts: late,
        done: true,
    });
    let s = a.search.clone().unwrap_or_default();
    assert!(!s.pending);
    assert_eq!(s.total, total);
    let mut shown = a.visible.clone();
    shown.sort_unstable();
    assert_eq!(shown, entries.into_iter().collect::<Vec<_>>());
    assert_eq!(a.current(), Some(first), "the selection stays");
    // The summary the key put on the status line follows the hits to the end.
    let notice = a
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    let want = crate::tui::i18n::search_hits("项", total, a.visible.len(), a.lang);
    assert_eq!(notice, want);
}

/// Enter before the worker's first answer (a query typed and kept in one go): the status line
/// does not freeze at `0 处 · searching` once the hits come in.
#[test]
fn enter_before_the_first_answer_shows_the_final_count() {
    let (mut a, req) = searching_for('项');
    a.update(Action::Input(Input::Enter));
    let searching = crate::tui::i18n::Msg::Searching.text(a.lang);
    assert!(a
        .notice
        .as_ref()
        .is_some_and(|n| n.text.contains(searching)));
    let counts = worker_counts(&a, &req);
    let total: usize = counts.iter().map(|&(_, n)| n as usize).sum();
    assert!(total > 0);
    a.update(Action::SearchCounts {
        gen: req.gen,
        counts,
        done: true,
    });
    let notice = a
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(!notice.contains(searching), "{notice}");
    assert_eq!(
        notice,
        crate::tui::i18n::search_hits("项", total, a.visible.len(), a.lang)
    );
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

/// The facts count is kept as facts arrive (not recounted per frame): an article whose facts
/// arrive twice counts once, pages arriving later count in.
#[test]
fn the_facts_count_follows_arrivals() {
    let mut a = app();
    assert_eq!(a.facts_progress(), (0, 3));
    for _ in 0..2 {
        a.update(Action::FactsReady {
            entry: 1,
            facts: crate::tui::packed::PackedFacts::pack(&[money(1, 4)]),
        });
    }
    assert_eq!(a.facts_progress(), (1, 3));
    let mut page = corpus().pages.remove(0);
    page.articles[0].facts = vec![money(0, 0)];
    a.update(Action::pages_loaded(vec![(1, page)], 2, 2));
    assert_eq!(a.facts_progress(), (2, 6));
}

/// A page whose facts the cache held arrives with them packed: its articles are ready (also
/// one without facts), nothing is extracted again, and the shown article's facts unpack.
#[test]
fn cached_facts_arrive_ready_and_are_not_extracted_again() {
    let mut a = app();
    let first = a.entries.len();
    let mut page = corpus().pages.remove(0);
    page.articles.truncate(2);
    let packed = vec![
        crate::tui::packed::PackedFacts::pack(&[money(0, 1)]),
        crate::tui::packed::PackedFacts::default(),
    ];
    let fx = a.update(Action::PagesLoaded {
        pages: vec![(0, page.clone())],
        facts: vec![packed],
        versions: Vec::new(),
        listed: Vec::new(),
        renamed: Vec::new(),
        done: 2,
        total: 2,
    });
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Extract(_))),
        "{fx:?}"
    );
    assert!(a.entries[first].facts_ready && a.entries[first + 1].facts_ready);
    assert_eq!(*a.facts_of(first), vec![money(0, 1)]);
    assert!(a.facts_of(first + 1).is_empty());
    // The same page without cached facts is extracted, once the load is done (the list
    // comes first).
    let fx = a.update(Action::pages_loaded(vec![(1, page)], 2, 2));
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Extract(_))),
        "{fx:?}"
    );
    let n = a.entries.len();
    let fx = a.update(Action::LoadDone {
        failures: Vec::new(),
        notes: Vec::new(),
    });
    assert!(fx
        .iter()
        .any(|e| matches!(e, Effect::Extract(v) if *v == vec![n - 2, n - 1])));
}

/// The first pages' facts are extracted as they arrive (the first screen's), later pages' once
/// the load is done, only those still without facts then.
#[test]
fn later_pages_are_extracted_once_the_load_is_done() {
    let mut a = App::new(Corpus::default(), Vec::new(), Settings::default());
    a.update(Action::Resize(80, 24));
    let loaded = |k: usize| Action::pages_loaded(vec![(k, corpus().pages.remove(0))], k + 1, 3);
    let extracted = |fx: &[Effect]| -> Vec<usize> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::Extract(v) => Some(v.clone()),
                _ => None,
            })
            .flatten()
            .collect()
    };
    let fx = a.update(loaded(0));
    let per_page = a.entries.len();
    assert!(per_page > 1);
    assert_eq!(extracted(&fx), (0..per_page).collect::<Vec<_>>());
    assert!(extracted(&a.update(loaded(1))).is_empty());
    assert!(extracted(&a.update(loaded(2))).is_empty());
    // One of them got its facts meanwhile (asked for first): not asked again.
    a.update(Action::FactsReady {
        entry: per_page,
        facts: crate::tui::packed::PackedFacts::default(),
    });
    let fx = a.update(Action::LoadDone {
        failures: Vec::new(),
        notes: Vec::new(),
    });
    assert_eq!(
        extracted(&fx),
        (per_page + 1..3 * per_page).collect::<Vec<_>>()
    );
}

/// Showing an article whose facts are not in asks for them ahead of the others, once; an
/// article whose facts are in asks for nothing.
#[test]
fn the_shown_article_without_facts_is_asked_for_first_once() {
    let mut a = app();
    let first = |fx: &[Effect]| {
        fx.iter()
            .filter_map(|e| match e {
                Effect::ExtractFirst(i) => Some(*i),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let fx = a.update(Action::Cmd(Command::NextArticle));
    assert_eq!(a.current(), Some(1));
    assert_eq!(first(&fx), vec![1]);
    // Asked already: any other update while it is shown asks nothing more.
    assert!(first(&a.update(Action::Resize(100, 30))).is_empty());
    // Its facts arrive; back and forth to it asks nothing.
    a.update(Action::FactsReady {
        entry: 1,
        facts: crate::tui::packed::PackedFacts::pack(&[money(1, 4)]),
    });
    a.update(Action::Cmd(Command::PrevArticle));
    assert!(first(&a.update(Action::Cmd(Command::NextArticle))).is_empty());
    // The next one without facts is asked for.
    let fx = a.update(Action::Cmd(Command::NextArticle));
    assert_eq!(first(&fx), vec![2]);
}

/// The shown article's facts are unpacked once and follow new facts for it.
#[test]
fn the_shown_articles_facts_follow_new_facts() {
    let mut a = app();
    let i = a.current().expect("an article");
    let before = a.facts_of(i);
    assert!(
        std::rc::Rc::ptr_eq(&before, &a.facts_of(i)),
        "kept unpacked"
    );
    a.update(Action::FactsReady {
        entry: i,
        facts: crate::tui::packed::PackedFacts::pack(&[money(0, 2), money(0, 5)]),
    });
    assert_eq!(a.current_facts().len(), 2);
    assert_eq!(a.fact_order().len(), 2);
}

/// A page from the archive's summary (`listed`) lists its articles from their heads, decoded
/// only when one is read; a page whose text was left in the cache otherwise keeps a copy of
/// each head (its text dropped).
#[test]
fn listed_pages_decode_their_heads_when_read() {
    for listed in [false, true] {
        let mut a = app();
        let first = a.entries.len();
        let mut page = corpus().pages.remove(0);
        page.articles.truncate(2);
        page.articles[0].paragraphs = vec!["正文".to_owned()];
        let heads = std::sync::Arc::new(crate::cache::LazyHeads::of(&page));
        let pages = if listed {
            vec![(
                1,
                Page {
                    articles: Vec::new(),
                    ..page.clone()
                },
            )]
        } else {
            vec![(1, page.clone())]
        };
        a.update(Action::PagesLoaded {
            pages,
            facts: Vec::new(),
            versions: vec![Some(7)],
            listed: vec![listed.then(|| std::sync::Arc::clone(&heads))],
            renamed: Vec::new(),
            done: 2,
            total: 2,
        });
        assert_eq!(a.entries.len(), first + 2, "listed {listed}");
        if listed {
            assert!(!heads.is_decoded(), "listing them read no head");
        }
        let kept = &a.entries[first].article;
        assert_eq!(kept.title, page.articles[0].title);
        assert!(kept.paragraphs.is_empty(), "listed {listed}");
        assert_eq!(heads.is_decoded(), listed);
        assert_eq!(a.entries[first + 1].article.id, page.articles[1].id);
    }
}
