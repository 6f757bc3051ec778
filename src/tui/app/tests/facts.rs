//! The shown article's facts: arriving after the text, selected and copied, counted, asked for
//! first, and unpacked once.

use super::*;
use crate::tui::doc;

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
