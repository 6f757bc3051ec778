//! Search: finding hits across articles, stepping through them, and the background search
//! worker's answers (the newest kept, arriving pages handed over, `Enter` while it scans).

use super::*;
use crate::tui::doc;

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
