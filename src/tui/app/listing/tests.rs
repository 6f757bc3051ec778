//! The list: sort orders, page headers, filters and pages arriving into it.

mod sorting {
    use super::super::*;

    #[test]
    fn sort_cycles_through_three_orders() {
        let s = Sort::default();
        assert_eq!(s, Sort::DateDesc);
        assert_eq!(s.next().next().next(), s);
        assert_eq!(s.next().label(crate::tui::i18n::Lang::En), "date ↑");
        assert_eq!(s.next().label(crate::tui::i18n::Lang::Zh), "日期 ↑");
    }

    #[test]
    fn page_labels() {
        let p = PageInfo {
            date: Some("2025-12-24".into()),
            page_no: Some(3),
            section: Some("园区经济".into()),
            paper: Some("科学导报".into()),
            ..PageInfo::default()
        };
        assert_eq!(
            p.label("x.txt"),
            "2025-12-24 · 第 3 版 · 园区经济 · 科学导报"
        );
        assert_eq!(PageInfo::default().label("a/x.txt"), "a/x.txt");
    }
}

mod app_tests {
    use super::super::*;
    use crate::model::{Article, Corpus};
    use crate::tui::app::{Action, Input, Mode, Settings};
    use crate::tui::keys::Command;

    fn article(id: &str, title: &str, body: &str, date: Option<&str>) -> Article {
        Article {
            id: id.into(),
            title: vec![title.into()],
            date: date.map(Into::into),
            paragraphs: vec![body.into()],
            ..Default::default()
        }
    }

    fn page(source: &str, date: Option<&str>, page_no: Option<u32>, n: usize) -> Page {
        Page {
            source: source.into(),
            year: Some(2025),
            paper: Some("科学导报".into()),
            date: date.map(Into::into),
            page_no,
            section: Some("园区经济".into()),
            articles: (1..=n)
                .map(|k| {
                    let body = if k == 1 {
                        "铝合金项目投产。"
                    } else {
                        "会议召开。"
                    };
                    article(
                        &format!("{source}#{k}"),
                        &format!("{source} 第{k}篇"),
                        body,
                        date,
                    )
                })
                .collect(),
        }
    }

    /// Loaded in this order: Dec 1 p2, Dec 24 p3, an undated page, Dec 24 p1.
    fn app() -> App {
        let corpus = Corpus {
            pages: vec![
                page("a", Some("2025-12-01"), Some(2), 2),
                page("b", Some("2025-12-24"), Some(3), 2),
                page("c", None, None, 1),
                page("d", Some("2025-12-24"), Some(1), 1),
            ],
        };
        let failures = vec!["bad.bin: binary file, not a text page".into()];
        let mut a = App::new(corpus, failures, Settings::default());
        a.update(Action::Resize(80, 24));
        a
    }

    fn sources(a: &App) -> Vec<&str> {
        a.visible.iter().map(|&i| &*a.entries[i].source).collect()
    }

    #[test]
    fn newest_edition_first_pages_in_order_then_undated() {
        let mut a = app();
        assert_eq!(sources(&a), ["d", "b", "b", "a", "a", "c"]);
        a.update(Action::Cmd(Command::Sort));
        assert_eq!(a.sort, Sort::DateAsc);
        assert_eq!(sources(&a), ["a", "a", "d", "b", "b", "c"]);
        a.update(Action::Cmd(Command::Sort));
        assert_eq!(sources(&a), ["a", "a", "b", "b", "c", "d"]);
        a.update(Action::Cmd(Command::Sort));
        assert_eq!(a.sort, Sort::DateDesc);
    }

    #[test]
    fn header_lines_wherever_the_page_changes() {
        let a = app();
        let headers: Vec<String> = a
            .list_lines(1)
            .filter_map(|l| match l {
                ListLine::Header { entry } => Some(a.entries[entry].page.label("")),
                ListLine::Article { .. } => None,
            })
            .collect();
        assert_eq!(
            headers,
            [
                "2025-12-24 · 第 1 版 · 园区经济 · 科学导报",
                "2025-12-24 · 第 3 版 · 园区经济 · 科学导报",
                "2025-12-01 · 第 2 版 · 园区经济 · 科学导报",
                "园区经济 · 科学导报",
            ]
        );
    }

    #[test]
    fn an_undated_page_is_named_by_its_path_under_the_folder() {
        let mut p = page("/home/u/archive/misc/x.txt", None, None, 1);
        p.paper = None;
        p.section = None;
        p.articles[0].id = "misc/x.txt#1".into();
        let a = App::new(Corpus { pages: vec![p] }, vec![], Settings::default());
        assert_eq!(a.page_label(0), "misc/x.txt");
    }

    #[test]
    fn braces_move_by_page() {
        let mut a = app();
        a.update(Action::Cmd(Command::NextPage));
        assert_eq!(a.selected, 1);
        a.update(Action::Cmd(Command::Down));
        assert_eq!(a.selected, 2);
        a.update(Action::Cmd(Command::NextPage));
        assert_eq!(a.selected, 3);
        a.update(Action::Cmd(Command::PrevPage));
        assert_eq!(a.selected, 1, "the first article of the previous page");
        a.update(Action::Cmd(Command::PrevPage));
        assert_eq!(a.selected, 0);
        a.update(Action::Cmd(Command::PrevPage));
        assert_eq!(a.selected, 0);
        assert!(a.notice.as_ref().is_some_and(|n| n.text == "已是第一版"));
    }

    fn typed(a: &mut App, s: &str) {
        for c in s.chars() {
            a.update(Action::Input(Input::Char(c)));
        }
    }

    #[test]
    fn date_prompt_filters_and_reports_bad_input() {
        let mut a = app();
        a.update(Action::Cmd(Command::DateFilter));
        assert_eq!(a.mode, Mode::Dates(String::new()));
        typed(&mut a, "2025-12-01..2025-12-23");
        a.update(Action::Input(Input::Enter));
        assert_eq!(a.mode, Mode::Normal);
        assert_eq!(sources(&a), ["a", "a"]);
        a.update(Action::Cmd(Command::DateFilter));
        a.update(Action::Input(Input::Clear));
        typed(&mut a, "2025-13");
        a.update(Action::Input(Input::Enter));
        assert!(
            matches!(a.mode, Mode::Dates(_)),
            "a bad range keeps the prompt"
        );
        assert!(a.notice.as_ref().is_some_and(|n| n.error));
        // Said in the interface's language (Chinese by default).
        assert!(
            a.notice
                .as_ref()
                .is_some_and(|n| n.text.starts_with("不是日期：2025-13")),
            "{:?}",
            a.notice
        );
        a.update(Action::Input(Input::Esc));
        assert_eq!(sources(&a), ["a", "a"], "Esc keeps the range");
        a.update(Action::Cmd(Command::DateFilter));
        a.update(Action::Input(Input::Clear));
        a.update(Action::Input(Input::Enter));
        assert_eq!(a.visible.len(), 6, "an empty range shows all");
    }

    #[test]
    fn search_enter_keeps_articles_with_hits_and_esc_restores() {
        let mut a = app();
        a.update(Action::Cmd(Command::Search));
        typed(&mut a, "铝合金");
        assert_eq!(a.visible.len(), 6);
        a.update(Action::Input(Input::Enter));
        assert_eq!(sources(&a), ["d", "b", "a", "c"]);
        assert_eq!(a.hits_of(a.visible[0]), 1);
        a.update(Action::Cmd(Command::Back));
        assert_eq!(a.visible.len(), 6);
        assert!(a.search.is_none());
    }

    #[test]
    fn failures_open_with_bang_and_close_with_any_key() {
        let mut a = app();
        a.update(Action::Cmd(Command::Failures));
        assert_eq!(a.mode, Mode::Failures(0));
        a.update(Action::Cmd(Command::Down));
        assert_eq!(a.mode, Mode::Failures(1));
        a.update(Action::Cmd(Command::Top));
        assert_eq!(a.mode, Mode::Normal);
        assert!(!a.quit);
    }
}

mod arrival_tests {
    use super::super::*;
    use crate::model::{Article, Corpus};
    use crate::tui::app::{Action, Settings};
    use crate::tui::keys::Command;

    /// A page of `n` articles; `zone` on every other one.
    fn page(k: usize, date: Option<String>, paper: &str, n: usize) -> Page {
        Page {
            source: format!("p{k}.txt"),
            year: None,
            paper: Some(paper.to_owned()),
            date: date.clone(),
            page_no: u32::try_from(k % 5).ok(),
            section: None,
            articles: (0..n)
                .map(|a| Article {
                    id: format!("{k}/{a}"),
                    title: vec![format!("第{k}版第{a}篇")],
                    date: date.clone(),
                    zone: (a % 2 == 0).then(|| "上党经济技术开发区".to_owned()),
                    ..Article::default()
                })
                .collect(),
        }
    }

    /// Pages arriving in batches are merged into the list; the list must be what sorting
    /// everything gives, in every order and under a filter.
    #[test]
    fn arriving_pages_merge_into_the_sorted_list() {
        for zone in [None, Some("上党")] {
            let settings = Settings {
                zone: zone.map(str::to_owned),
                ..Settings::default()
            };
            let mut a = App::new(Corpus::default(), Vec::new(), settings);
            for sorts in 0..3 {
                for _ in 0..sorts {
                    a.update(Action::Cmd(Command::Sort));
                }
                for batch in 0..6 {
                    let pages = (0..7)
                        .map(|j| {
                            let k = batch * 7 + j;
                            let date =
                                (k % 4 != 0).then(|| format!("2025-12-{:02}", 1 + k * 7 % 28));
                            (k, page(k, date, ["甲报", "乙报"][k % 2], 1 + k % 3))
                        })
                        .collect();
                    load(&mut a, pages, batch, 6);
                    assert_eq!(
                        a.visible,
                        a.base_order(),
                        "batch {batch}, sort {:?}",
                        a.sort
                    );
                }
                a = App::new(
                    Corpus::default(),
                    Vec::new(),
                    Settings {
                        zone: zone.map(str::to_owned),
                        ..Settings::default()
                    },
                );
            }
        }
    }

    /// Pages sent before the walk placed them (after every file) take the places it gives
    /// them: the load-order sort follows, their articles still share one page, and the
    /// loading label has no total until the walk gave one.
    #[test]
    fn pages_sent_before_the_walk_take_their_places() {
        let mut a = App::new(Corpus::default(), Vec::new(), Settings::default());
        a.update(Action::Cmd(Command::Sort));
        a.update(Action::Cmd(Command::Sort));
        assert_eq!(a.sort, Sort::Load);
        let unplaced = usize::MAX / 2;
        let early = (0..3)
            .map(|k| (unplaced + k, page(k, Some("2025-12-01".into()), "甲报", 2)))
            .collect();
        load(&mut a, early, 3, 0);
        assert_eq!(a.loading_label().as_deref(), Some("3/…"));
        a.update(Action::PagesPlaced(vec![(0, 5), (1, 0), (2, 3)]));
        let later = vec![(1, page(3, None, "乙报", 1)), (4, page(4, None, "乙报", 1))];
        load(&mut a, later, 5, 6);
        assert_eq!(a.loading_label().as_deref(), Some("5/6"));
        let sources: Vec<String> = a
            .visible
            .iter()
            .map(|&i| a.entries[i].source.to_string())
            .collect();
        let want = [
            "p1.txt", "p1.txt", "p3.txt", "p2.txt", "p2.txt", "p4.txt", "p0.txt", "p0.txt",
        ];
        assert_eq!(sources, want);
        assert!(std::sync::Arc::ptr_eq(
            &a.entries[0].page,
            &a.entries[1].page
        ));
        assert_eq!(a.entries[0].page.order, 5);
    }

    /// Pages arriving as the loader sends them (`done` of `total` loaded), nothing else with them.
    fn load(a: &mut App, pages: Vec<(usize, Page)>, done: usize, total: usize) {
        a.update(Action::pages_loaded(pages, done, total));
    }

    /// The list's order sorts pages, not articles (see `App::sorted_in`): it must be the sort
    /// of every article by the list's order, in every order and under a filter, also for
    /// pages that tie on every key (the same name, paper, date and number twice, and the same
    /// page twice), where the articles' positions decide.
    #[test]
    fn sorting_pages_gives_the_sort_of_their_articles() {
        for zone in [None, Some("上党")] {
            for sorts in 0..3 {
                let mut a = App::new(
                    Corpus::default(),
                    Vec::new(),
                    Settings {
                        zone: zone.map(str::to_owned),
                        ..Settings::default()
                    },
                );
                for _ in 0..sorts {
                    a.update(Action::Cmd(Command::Sort));
                }
                let mut pages: Vec<(usize, Page)> = (0..24)
                    .map(|k| {
                        let date = (k % 5 != 0).then(|| format!("2025-12-{:02}", 1 + k % 3));
                        (
                            23 - k,
                            page(k % 9, date, ["甲报", "乙报"][k % 2], 1 + k % 4),
                        )
                    })
                    .collect();
                let twin = pages[3].clone();
                pages.push(twin);
                load(&mut a, pages, 1, 1);
                let mut want: Vec<usize> = (0..a.entries.len())
                    .filter(|&i| a.passes(&a.entries[i]))
                    .collect();
                want.sort_by(|&x, &y| a.order_cmp(x, y));
                assert_eq!(a.visible, want, "sort {:?}, zone {zone:?}", a.sort);
                assert_eq!(a.base_order(), want);
            }
        }
    }
}
