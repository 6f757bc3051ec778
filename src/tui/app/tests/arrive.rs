//! Pages arriving while the reader runs: facts the cache held, extraction once the load is
//! done, and pages listed from the archive's summary.

use super::*;

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

/// A page from the archive's summary (`listed`) lists its articles from their heads, decoded
/// only when one is read; a page whose text was left in the cache otherwise keeps a copy of
/// each head (its text dropped). Either way its page counts its articles (the extractor writes
/// a page's facts back once it has that many) and an undated page sorts by the first date an
/// article has.
#[test]
fn listed_pages_decode_their_heads_when_read() {
    let mut infos = Vec::new();
    for listed in [false, true] {
        let mut a = app();
        let first = a.entries.len();
        let mut page = corpus().pages.remove(0);
        page.articles.truncate(2);
        page.articles[0].paragraphs = vec!["正文".to_owned()];
        page.date = None;
        page.articles[0].date = None;
        page.articles[1].date = Some("2025-01-02".to_owned());
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
        let info = (*a.entries[first].page).clone();
        assert_eq!(info.articles, 2, "listed {listed}");
        assert_eq!(
            info.sort_date.as_deref(),
            Some("2025-01-02"),
            "listed {listed}"
        );
        infos.push(info);
    }
    assert_eq!(infos[0], infos[1]);
}
