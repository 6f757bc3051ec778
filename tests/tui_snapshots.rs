//! What the reader shows, as text snapshots (ratatui `TestBackend` + insta): the main screens at
//! 80×24 and 160×48 with Chinese text, the zone picker, the help overlay and a search; and that
//! no size from 1×1 up panics or draws outside the screen.
//!
//! The articles are built by hand, so the snapshots change only when the reader (or the line
//! breaker) changes, not when the page parser or the fact extractor improves.

use dubao::model::{Article, Caption, Corpus, Fact, FactKind, FactValue, Location, Page};
use dubao::tui::app::{Action, App, Input, Settings};
use dubao::tui::keys::Command;
use dubao::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn fact(kind: FactKind, text: &str, p: usize, start: usize) -> Fact {
    Fact {
        kind,
        attribute: None,
        counted: None,
        text: text.into(),
        value: None,
        unit: None,
        name: None,
        role: None,
        flags: vec![],
        paragraph: Some(p),
        location: None,
        start,
        end: start + text.chars().count(),
    }
}

fn num(n: u64) -> Option<FactValue> {
    Some(FactValue::Number(n.into()))
}

fn corpus() -> Corpus {
    let a1 = Article {
        id: "1-1".into(),
        title: vec!["山西中润 4 万吨铸造合金项目在兴县投产".into()],
        dateline: Some("科学导报讯".into()),
        paragraphs: vec![
            "近日，兴县瓦塘镇山西中润铸造合金生产车间内炉火通红，随着火红的铝水缓缓流入结晶轮，第一块 A356.2 合金锭稳稳下线，标志着山西省重点转型项目、总投资 1233 万元的 4 万吨铸造合金项目顺利投产。".into(),
            "项目开工后，该公司装备部统筹安排，联合施工、设计、监理等多方力量，以“高标准、高效率、高质量”为原则，全力保障建设进度。".into(),
        ],
        byline: vec!["刘少伟".into()],
        facts: vec![
            Fact {
                value: num(12_330_000),
                unit: Some("元".into()),
                ..fact(FactKind::Money, "1233 万元", 0, 77)
            },
            Fact {
                value: num(40_000),
                unit: Some("吨".into()),
                ..fact(FactKind::Quantity, "4 万吨", 0, 86)
            },
            Fact {
                name: Some("山西中润".into()),
                ..fact(FactKind::Organization, "山西中润", 0, 8)
            },
            Fact {
                name: Some("兴县".into()),
                ..fact(FactKind::Place, "兴县", 0, 3)
            },
        ],
        ..Default::default()
    };
    let a2 = Article {
        id: "1-2".into(),
        title: vec![
            "运城经济技术开发区".into(),
            "召开 2025 年度经济运行分析暨招商引资项目建设调度会".into(),
        ],
        dateline: Some("科学导报讯".into()),
        reporters: vec!["王波".into()],
        zone: Some("运城经济技术开发区".into()),
        paragraphs: vec![
            "12 月 22 日，运城经济技术开发区党工委、管委会主任赵自成主持召开 2025 年度经济运行分析暨招商引资项目建设调度会。".into(),
            "会议强调，一要抓好经济指标运行，二要认真谋划项目，总投资 3.04 亿元，增长 12.6%。".into(),
        ],
        byline: vec!["刘记明".into()],
        captions: vec![Caption {
            text: Some("调度会现场".into()),
            credit: Some("张丽".into()),
        }],
        facts: vec![
            Fact {
                value: Some(FactValue::Text("2025-12-22".into())),
                ..fact(FactKind::Date, "12 月 22 日", 0, 0)
            },
            Fact {
                name: Some("赵自成".into()),
                role: Some("党工委、管委会主任".into()),
                ..fact(FactKind::Person, "赵自成", 0, 28)
            },
            Fact {
                value: num(304_000_000),
                unit: Some("元".into()),
                ..fact(FactKind::Money, "3.04 亿元", 1, 29)
            },
            Fact {
                value: serde_json::Number::from_f64(12.6).map(FactValue::Number),
                ..fact(FactKind::Percent, "12.6%", 1, 40)
            },
            Fact {
                name: Some("运城经济技术开发区".into()),
                paragraph: None,
                location: Some(Location::Title),
                ..fact(FactKind::Zone, "运城经济技术开发区", 0, 0)
            },
            Fact {
                name: Some("刘记明".into()),
                role: Some("author".into()),
                paragraph: None,
                location: Some(Location::Byline),
                ..fact(FactKind::Person, "刘记明", 0, 0)
            },
        ],
        ..Default::default()
    };
    let a3 = Article {
        id: "1-3".into(),
        title: vec![
            "上党经开区与深农投凯吉星公司一行".into(),
            "围绕长治党参、小米等特色农产品举行座谈".into(),
        ],
        dateline: Some("科学导报讯".into()),
        zone: Some("上党经济技术开发区".into()),
        paragraphs: vec![
            "近日，上党经开区与深农投凯吉星公司一行围绕长治党参、小米等特色农产品举行座谈。".into(),
        ],
        facts: vec![Fact {
            name: Some("上党经济技术开发区".into()),
            ..fact(FactKind::Zone, "上党经开区", 0, 3)
        }],
        ..Default::default()
    };
    Corpus {
        pages: vec![Page {
            source: "pages/a.txt".into(),
            year: Some(2025),
            articles: vec![a1, a2, a3],
            ..Page::default()
        }],
    }
}

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(
        corpus(),
        vec!["pages/broken.bin: binary file, not a text page".into()],
        Settings::default(),
    );
    app.update(Action::Resize(w, h));
    app
}

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    let drawn = term.draw(|f| view::draw(f, app));
    assert!(drawn.is_ok());
    term.backend().to_string()
}

fn cmd(app: &mut App, c: Command) {
    app.update(Action::Cmd(c));
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(Input::Char(c)));
    }
}

#[test]
fn main_screen_80x24() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::Open);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn main_screen_160x48_with_facts() {
    let mut a = app(160, 48);
    cmd(&mut a, Command::Down);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn selected_fact_is_highlighted_and_shown_160x48() {
    let mut a = app(160, 48);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::FocusPrev);
    cmd(&mut a, Command::Down);
    let s = screen(&a);
    assert!(s.contains("3.04 亿元  ¥304,000,000"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn facts_pane_at_80x24() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::FocusPrev);
    insta::assert_snapshot!(screen(&a));
}

/// Issue 11 item 13: a value cut with `…` in its row is shown whole, with its sentence, in the
/// detail area under the sidebar.
#[test]
fn selected_fact_in_full_in_the_detail_area_70x24() {
    let mut a = app(70, 24);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::FocusPrev);
    for _ in 0..3 {
        cmd(&mut a, Command::Down);
    }
    let s = screen(&a);
    assert!(
        s.contains("赵自成  党工委、管委会主…"),
        "the row is cut: {s}"
    );
    assert!(
        s.contains("赵自成  党工委、管委会主任"),
        "the detail is not: {s}"
    );
    assert!(s.contains("──────"), "a rule above the detail: {s}");
    insta::assert_snapshot!(s);
}

/// Issue 11 item 20: at 60×20 the help did not fit and could not scroll, hiding `y Y e n N ? q`.
#[test]
fn help_scrolls_at_60x20() {
    let mut a = app(60, 20);
    cmd(&mut a, Command::Help);
    let top = screen(&a);
    assert!(top.contains("j/k 滚动"), "{top}");
    insta::assert_snapshot!("help_60x20_top", top);
    for _ in 0..3 {
        cmd(&mut a, Command::PageDown);
    }
    let bottom = screen(&a);
    for what in ["退出", "复制该事实", "导出所列事实"] {
        assert!(bottom.contains(what), "{what} not reachable: {bottom}");
    }
    insta::assert_snapshot!("help_60x20_bottom", bottom);
    // Scrolling keeps the help open; another key closes it.
    cmd(&mut a, Command::Up);
    assert!(screen(&a).contains("读报 dubao"));
    cmd(&mut a, Command::Search);
    assert!(!screen(&a).contains("读报 dubao — 按键"));
}

/// Issue 11 item 20: at 100 columns the reading pane had 19 characters a line.
#[test]
fn layout_100x24_reader_readable() {
    let mut a = app(100, 24);
    cmd(&mut a, Command::Down);
    let s = screen(&a);
    assert!(s.contains("? 帮助"), "{s}");
    insta::assert_snapshot!(s);
    let r = a.reader_text_area();
    assert!(r.width >= 56, "reader text {} wide", r.width);
}

/// Issue 11 item 20: below 80 columns the `? help` hint stays on the status line.
#[test]
fn help_hint_below_80_columns() {
    for w in [60u16, 64, 70, 79] {
        let a = app(w, 20);
        let s = screen(&a);
        assert!(
            s.lines().last().is_some_and(|l| l.contains("? 帮助")),
            "{w}: {s}"
        );
    }
}

/// The reader's top text line as (segment, first char offset).
fn top_place(a: &App) -> (Option<dubao::tui::doc::Seg>, isize, usize) {
    let d = a.doc().unwrap_or_default();
    let l = d.get(a.scroll).cloned();
    l.map_or((None, 0, 0), |l| (l.seg, l.origin, l.text.chars().count()))
}

/// Issue 11 item 20: the reading position survives tabbing to the facts and resizing, though
/// the reader's width (and so every line) changes.
#[test]
fn reading_position_survives_focus_and_resize() {
    let mut a = app(80, 12);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::Open);
    for _ in 0..6 {
        cmd(&mut a, Command::Down);
    }
    assert!(a.scroll > 0, "the article scrolls at 80×12");
    // Each step: the new top line holds what the top line started with before it.
    let check = |a: &App, before: (Option<dubao::tui::doc::Seg>, isize, usize), when: &str| {
        let (seg, origin, _) = before;
        assert!(seg.is_some(), "{when}");
        let (s, o, n) = top_place(a);
        assert_eq!(s, seg, "{when}");
        let origin = origin.max(0);
        assert!(
            o <= origin && origin < o + n as isize,
            "{when}: {o}+{n} vs {origin}"
        );
    };
    let before = top_place(&a);
    cmd(&mut a, Command::FocusNext);
    assert_eq!(a.focus, dubao::tui::layout::Focus::Facts);
    check(&a, before, "after Tab to the facts");
    let before = top_place(&a);
    a.update(Action::Resize(100, 12));
    check(&a, before, "after resizing to 100");
    let before = top_place(&a);
    a.update(Action::Resize(70, 12));
    check(&a, before, "after resizing to 70");
}

/// Issue 11 item 21: one interface language per setting, never `日期 date` or `1 articles`.
#[test]
fn interface_language_is_one_language() {
    let mut a = app(120, 30);
    cmd(&mut a, Command::Down);
    let zh = screen(&a);
    assert!(zh.contains("日期 (1)") && zh.contains("3/3 篇"), "{zh}");
    // (The list's sort label is the archive view's, not yet translated.)
    for en in ["date (", "articles", "author", "money (", "help"] {
        assert!(!zh.contains(en), "{en:?} in the Chinese interface: {zh}");
    }
    let settings = Settings {
        lang: dubao::tui::i18n::Lang::En,
        ..Settings::default()
    };
    let mut a = App::new(corpus(), Vec::new(), settings);
    a.update(Action::Resize(120, 30));
    cmd(&mut a, Command::Down);
    let en = screen(&a);
    assert!(
        en.contains("date (1)") && en.contains("3/3 articles"),
        "{en}"
    );
    for zh in ["日期", "金额", "作者", "事实"] {
        assert!(!en.contains(zh), "{zh:?} in the English interface: {en}");
    }
}

#[test]
fn zone_picker_narrowed_by_alias() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::ZoneFilter);
    insta::assert_snapshot!("zone_picker_all", screen(&a));
    typed(&mut a, "上党");
    let s = screen(&a);
    assert!(s.contains("上党经济技术开发区"));
    insta::assert_snapshot!("zone_picker_shangdang", s);
    a.update(Action::Input(Input::Enter));
    insta::assert_snapshot!("zone_filtered", screen(&a));
}

#[test]
fn help_overlay_80x24_and_160x48() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Help);
    insta::assert_snapshot!("help_80x24", screen(&a));
    let mut a = app(160, 48);
    cmd(&mut a, Command::Help);
    insta::assert_snapshot!("help_160x48", screen(&a));
}

#[test]
fn search_highlights_and_counts_hits() {
    let mut a = app(80, 24);
    cmd(&mut a, Command::Search);
    typed(&mut a, "项目");
    insta::assert_snapshot!("search_typing", screen(&a));
    a.update(Action::Input(Input::Enter));
    cmd(&mut a, Command::NextHit);
    insta::assert_snapshot!("search_next", screen(&a));
}

#[test]
fn narrow_60_and_tiny_screens() {
    let mut a = app(50, 20);
    insta::assert_snapshot!("one_pane_list_50x20", screen(&a));
    cmd(&mut a, Command::Open);
    insta::assert_snapshot!("one_pane_reader_50x20", screen(&a));
}

/// Every size from 1×1 up, in every mode: no panic, and nothing drawn outside the buffer
/// (TestBackend would panic on that).
#[test]
fn no_size_panics() {
    let widths: Vec<u16> = (0..=24)
        .chain([30, 45, 59, 60, 61, 79, 99, 100, 101, 160])
        .collect();
    let heights: Vec<u16> = (0..=7).chain([12, 24]).collect();
    let setups: [&[Command]; 6] = [
        &[],
        &[Command::Down, Command::Open, Command::Bottom],
        &[Command::Down, Command::FocusPrev],
        &[Command::Help],
        &[Command::ZoneFilter],
        &[Command::Search],
    ];
    for setup in setups {
        let mut a = app(80, 24);
        for c in setup {
            cmd(&mut a, *c);
        }
        for &w in &widths {
            for &h in &heights {
                a.update(Action::Resize(w, h));
                if w > 0 && h > 0 {
                    let _ = screen(&a);
                }
            }
        }
    }
}

/// An overlay that starts on the right half of a wide character: the terminal would draw that
/// character across the overlay's border, so the cell left of the overlay must not hold one.
#[test]
fn overlay_border_survives_wide_characters() {
    use unicode_width::UnicodeWidthStr;
    // A list full of Chinese headlines under the picker.
    let mut c = corpus();
    let page = &mut c.pages[0];
    let extra: Vec<Article> = (0..12)
        .map(|i| Article {
            id: format!("2-{i}"),
            ..page.articles[2].clone()
        })
        .collect();
    page.articles.extend(extra);
    for w in 60..=90 {
        let mut a = App::new(c.clone(), vec![], Settings::default());
        a.update(Action::Resize(w, 24));
        cmd(&mut a, Command::ZoneFilter);
        let Ok(mut term) = Terminal::new(TestBackend::new(w, 24));
        assert!(term.draw(|f| view::draw(f, &a)).is_ok());
        let buf = term.backend().buffer();
        let top = (0..24).find(|&y| (0..w).any(|x| buf[(x, y)].symbol() == "园"));
        let Some(top) = top else {
            panic!("{w}: no picker")
        };
        let Some(px) = (0..w).find(|&x| buf[(x, top)].symbol() == "┌") else {
            panic!("{w}: picker border missing")
        };
        for y in 0..24 {
            let left = buf[(px - 1, y)].symbol();
            let under = buf[(px, y)].symbol();
            if under == "│" || under == "┌" || under == "└" {
                assert!(
                    left.width() <= 1,
                    "{w}: {left:?} overlaps the border at row {y}"
                );
            }
        }
    }
}

/// An archive of four pages (two papers, three dates, one page without a header): the same
/// hand-built articles spread over editions, to show grouping by edition date and page.
fn archive() -> Corpus {
    let base = corpus().pages.remove(0).articles;
    let page = |source: &str,
                paper: Option<&str>,
                date: Option<&str>,
                page_no: Option<u32>,
                section: Option<&str>,
                picks: &[usize]| {
        let articles = picks
            .iter()
            .enumerate()
            .map(|(k, &i)| Article {
                id: match (date, page_no) {
                    (Some(d), Some(n)) => format!("{d}/{n:02}/{}", k + 1),
                    _ => format!("{source}#{}", k + 1),
                },
                date: date.map(Into::into),
                ..base[i].clone()
            })
            .collect();
        Page {
            source: source.into(),
            year: Some(2025),
            paper: paper.map(Into::into),
            date: date.map(Into::into),
            page_no,
            section: section.map(Into::into),
            articles,
        }
    };
    Corpus {
        pages: vec![
            page(
                "archive/2025/12/01/02.txt",
                Some("科学导报"),
                Some("2025-12-01"),
                Some(2),
                Some("要闻"),
                &[0, 1],
            ),
            page(
                "archive/2025/12/24/03.txt",
                Some("科学导报"),
                Some("2025-12-24"),
                Some(3),
                Some("园区经济"),
                &[1, 2, 0],
            ),
            page("archive/notes/loose.txt", None, None, None, None, &[2]),
            page(
                "archive/2026/01/08/01.txt",
                Some("山西经济日报"),
                Some("2026-01-08"),
                Some(1),
                None,
                &[2, 1],
            ),
        ],
    }
}

fn archive_app(w: u16, h: u16) -> App {
    let failures = vec![
        "archive/2025/12/02/01.txt: binary file, not a text page".into(),
        "archive/big5.txt: unsupported encoding (Big5)".into(),
    ];
    let mut a = App::new(archive(), failures, Settings::default());
    a.update(Action::Resize(w, h));
    a
}

#[test]
fn archive_grouped_by_edition_newest_first() {
    let a = archive_app(100, 24);
    insta::assert_snapshot!("archive_grouped_100x24", screen(&a));
    let mut a = archive_app(160, 30);
    cmd(&mut a, Command::Down);
    cmd(&mut a, Command::Down);
    insta::assert_snapshot!("archive_grouped_160x30_reader_header", screen(&a));
}

#[test]
fn archive_page_keys_and_sort() {
    let mut a = archive_app(100, 24);
    cmd(&mut a, Command::NextPage);
    cmd(&mut a, Command::NextPage);
    insta::assert_snapshot!("archive_next_page_twice", screen(&a));
    cmd(&mut a, Command::PrevPage);
    cmd(&mut a, Command::Sort);
    insta::assert_snapshot!("archive_prev_page_then_oldest_first", screen(&a));
}

#[test]
fn archive_date_filter() {
    let mut a = archive_app(100, 24);
    cmd(&mut a, Command::DateFilter);
    typed(&mut a, "2025-12-01..2025-12-24");
    insta::assert_snapshot!("archive_date_prompt", screen(&a));
    a.update(Action::Input(Input::Enter));
    insta::assert_snapshot!("archive_date_filtered", screen(&a));
}

#[test]
fn archive_failures_list() {
    let mut a = archive_app(80, 24);
    cmd(&mut a, Command::Failures);
    insta::assert_snapshot!("archive_failures_80x24", screen(&a));
}

/// `? help` (`? 帮助`) is the way to every other key: it stays on the status line at 80 and 60 columns
/// when a zone filter and skipped files make the summary long (it used to vanish with every
/// other hint), and when a notice is showing; the less important hints go first.
#[test]
fn help_hint_stays_when_the_status_line_is_long() {
    for w in [80, 60, 40] {
        let mut a = archive_app(w, 24);
        cmd(&mut a, Command::ZoneFilter);
        typed(&mut a, "运城");
        a.update(Action::Input(Input::Enter));
        // The notice saying what the filter kept, then the summary once a key clears it.
        for _ in 0..2 {
            let s = screen(&a);
            let status = s.lines().last().unwrap_or_default();
            assert!(status.contains("? "), "{w}: {status}");
            cmd(&mut a, Command::Down);
        }
        if w >= 60 {
            let s = screen(&a);
            let status = s.lines().last().unwrap_or_default();
            assert!(status.contains("跳过"), "{w}: {status}");
        }
    }
}
