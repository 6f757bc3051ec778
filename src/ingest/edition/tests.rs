use super::header::{
    header_candidates, is_pad, read_header_line, HEAD_LINES, SENTENCE_MARKS, TAIL_LINES,
};
use super::ids::is_article_id;
use super::path::valid_date;
use std::path::Path;

use super::*;
use crate::model::Corpus;

fn ed(paper: Option<&str>, date: &str, page_no: Option<u32>, section: Option<&str>) -> Edition {
    Edition {
        paper: paper.map(str::to_owned),
        date: Some(date.to_owned()),
        page_no,
        section: section.map(str::to_owned),
    }
}

#[test]
fn header_lines() {
    let cases = [
        (
            "2024年12月6日 星期五 3 园区经济",
            ed(None, "2024-12-06", Some(3), Some("园区经济")),
        ),
        (
            "南方日报 2024年3月8日 A05 区域",
            ed(Some("南方日报"), "2024-03-08", Some(5), Some("区域")),
        ),
        (
            "经济日报 2025年12月24日 第A5版 产业",
            ed(Some("经济日报"), "2025-12-24", Some(5), Some("产业")),
        ),
        (
            "2025年12月24日 星期三 第B03版 财经",
            ed(None, "2025-12-24", Some(3), Some("财经")),
        ),
        (
            "南方都市报　2025年12月3日　星期三　AA08版　科技",
            ed(Some("南方都市报"), "2025-12-03", Some(8), Some("科技")),
        ),
        (
            "河南日报　2025年11月20日　星期四　第 07 版　经济·开发区",
            ed(Some("河南日报"), "2025-11-20", Some(7), Some("经济·开发区")),
        ),
        (
            "21世纪经济报道　2026年4月7日　星期二　第 08 版",
            ed(Some("21世纪经济报道"), "2026-04-07", Some(8), None),
        ),
        (
            "常州国家高新区管委会办公室　　　　　　　　2026年2月27日",
            Edition {
                paper: Some("常州国家高新区管委会办公室".to_owned()),
                date: Some("2026-02-27".to_owned()),
                page_no: None,
                section: None,
            },
        ),
        (
            "南方日报 2024年3月8日 星期五 B12",
            ed(Some("南方日报"), "2024-03-08", Some(12), None),
        ),
        (
            "山西经济日报　2026年1月8日　星期四　第 3 版　园区经济",
            ed(
                Some("山西经济日报"),
                "2026-01-08",
                Some(3),
                Some("园区经济"),
            ),
        ),
        (
            "科学导报 2025 年 12 月 26 日 4 版",
            ed(Some("科学导报"), "2025-12-26", Some(4), None),
        ),
        (
            "２０２５年１２月５日　星期五",
            ed(None, "2025-12-05", None, None),
        ),
        (
            "2025年12月26日 星期五 第4版 开发区",
            ed(None, "2025-12-26", Some(4), Some("开发区")),
        ),
        (
            "二〇二六年一月八日 星期四 第十二版 要闻",
            ed(None, "2026-01-08", Some(12), Some("要闻")),
        ),
        (
            "2025-12-24 | 第03版：园区经济 | 科学导报",
            ed(Some("科学导报"), "2025-12-24", Some(3), Some("园区经济")),
        ),
    ];
    for (line, want) in cases {
        assert_eq!(parse_header_line(line), Some(want), "{line}");
    }
}

/// Header forms written after the parser was, not tuned on beforehand.
#[test]
fn other_header_forms() {
    let cases = [
        (
            "第03版　要闻　2025年12月24日　星期三　科学导报",
            ed(Some("科学导报"), "2025-12-24", Some(3), Some("要闻")),
        ),
        (
            "2025年12月24日（星期三）　第 3 版",
            ed(None, "2025-12-24", Some(3), None),
        ),
        (
            "2025年12月24日 星期三 第3版 责任编辑：张三",
            ed(None, "2025-12-24", Some(3), None),
        ),
        (
            "2025年12月24日 农历乙巳年十一月初五 星期三",
            ed(None, "2025-12-24", None, None),
        ),
        (
            "要闻 2025年12月24日 第3版",
            ed(None, "2025-12-24", Some(3), Some("要闻")),
        ),
        (
            "科学导报　２０２５年１２月２４日　星期三　第３版",
            ed(Some("科学导报"), "2025-12-24", Some(3), None),
        ),
        (
            // A website's date and time and its source over an article it copied.
            "2025-12-23 18:30:25　来源：新华网",
            ed(None, "2025-12-23", None, None),
        ),
        (
            // The source line under an article copied from a paper's website (人民网).
            "《 人民日报 》（ 2025年12月24日   第 01 版）",
            ed(Some("人民日报"), "2025-12-24", Some(1), None),
        ),
        (
            "2025年12月22日　第 A3 版　高新区",
            ed(None, "2025-12-22", Some(3), Some("高新区")),
        ),
        (
            // A Taiwan paper's tag under its story: date, then the paper.
            "【2025-12-24/經濟日報】",
            ed(Some("經濟日報"), "2025-12-24", None, None),
        ),
        (
            // A WeChat post's meta line under its title: author, account, time, province.
            "原创 太原经开区发布 太原经开区发布 2025年12月20日 18:30 山西",
            ed(Some("太原经开区发布"), "2025-12-20", None, None),
        ),
        (
            "原创 张三 太原经开区发布 2025年12月20日 18:30",
            ed(Some("太原经开区发布"), "2025-12-20", None, None),
        ),
    ];
    for (line, want) in cases {
        assert_eq!(parse_header_line(line), Some(want), "{line}");
    }
}

#[test]
fn sentences_and_titles_are_no_headers() {
    for line in [
        "2025年12月26日，运城经开区召开会议。",
        "12 月 22 日 运城召开会议",
        "召开 2025 年度经济运行分析暨招商引资项目建设调度会",
        "2025年12月26日 运城经济技术开发区召开经济运行分析会 项目建设 再提速",
        "数字政府 2.0 版正式上线",
        "《山西省开发区条例》2025年1月1日起施行",
    ] {
        assert_eq!(parse_header_line(line), None, "{line}");
    }
}

#[test]
fn header_found_at_the_top_or_the_bottom() {
    let top = "科学导报　2025年12月24日　星期三　第 3 版　园区经济\n\n标题\n\n科学导报讯 正文。\n";
    assert_eq!(
        from_header(top),
        ed(Some("科学导报"), "2025-12-24", Some(3), Some("园区经济"))
    );
    let mut body = String::from("标题\n");
    for _ in 0..10 {
        body.push_str("正文很长的一段话。\n");
    }
    body.push_str("2025年12月24日 星期三 第3版\n责任编辑：王五\n");
    assert_eq!(from_header(&body), ed(None, "2025-12-24", Some(3), None));
    // A date line in the middle of a page is body text.
    let mut mid = String::from("标题\n");
    for _ in 0..6 {
        mid.push_str("正文很长的一段话。\n");
    }
    mid.push_str("2025年12月24日 星期三\n");
    for _ in 0..6 {
        mid.push_str("正文很长的一段话。\n");
    }
    assert_eq!(from_header(&mid), Edition::default());
}

#[test]
fn paths() {
    let want = ed(None, "2025-12-24", Some(3), None);
    for p in [
        "archive/2025/12/24/03.txt",
        "2025-12-24/03.txt",
        "x/20251224-03.txt",
        "2025-12-24/第3版.txt",
    ] {
        assert_eq!(from_path(p), want, "{p}");
    }
    assert_eq!(
        from_path("科学导报_20251224_03.txt"),
        ed(Some("科学导报"), "2025-12-24", Some(3), None)
    );
    assert_eq!(
        from_path("papers/科学导报/2025-12-24/A03.txt"),
        ed(Some("科学导报"), "2025-12-24", Some(3), None)
    );
    assert_eq!(
        from_path("2025-12-24.txt"),
        ed(None, "2025-12-24", None, None)
    );
    assert_eq!(from_path("pages/sample.txt"), Edition::default());
    assert_eq!(from_path("2025/13/45/03.txt"), Edition::default());
    assert_eq!(from_path("12345678901.txt"), Edition::default());
}

fn article(dateline: Option<&str>, paragraphs: &[&str]) -> Article {
    Article {
        title: vec!["标题".into()],
        dateline: dateline.map(str::to_owned),
        paragraphs: paragraphs.iter().map(|s| (*s).to_owned()).collect(),
        ..Default::default()
    }
}

#[test]
fn news_dates() {
    let a = article(Some("科学导报讯"), &["12 月 22 日，运城经开区召开会议。"]);
    assert_eq!(news_date(&a, Some(2025)).as_deref(), Some("2025-12-22"));
    // Without a year the date cannot be told.
    assert_eq!(news_date(&a, None), None);
    let a = article(Some("新华社太原12月3日电"), &["近日，会议召开。"]);
    assert_eq!(news_date(&a, Some(2025)).as_deref(), Some("2025-12-03"));
    // A date mentioned later in the body is not the news date.
    let a = article(
        Some("科学导报讯"),
        &["近日，运城经开区召开会议，项目将于 2026 年 3 月 1 日投产。"],
    );
    assert_eq!(news_date(&a, Some(2025)), None);
    let a = article(None, &["该项目建成後年產值可达 5 亿元。"]);
    assert_eq!(news_date(&a, Some(2025)), None);
}

fn page(source: &str, date: Option<&str>, page_no: Option<u32>, paper: Option<&str>) -> Page {
    Page {
        source: source.into(),
        year: None,
        paper: paper.map(str::to_owned),
        date: date.map(str::to_owned),
        page_no,
        section: None,
        articles: vec![article(None, &["一。"]), article(None, &["二。"])],
    }
}

fn ids(c: &Corpus) -> Vec<Vec<String>> {
    c.pages
        .iter()
        .map(|p| p.articles.iter().map(|a| a.id.clone()).collect())
        .collect()
}

#[test]
fn ids_from_editions_and_paths() {
    let mut c = Corpus {
        pages: vec![
            page("a/x.txt", Some("2025-12-24"), Some(3), Some("科学导报")),
            page("a/y.txt", Some("2025-12-24"), Some(3), Some("山西日报")),
            page("a/z.txt", Some("2025-12-25"), Some(1), None),
            page("./a/w.txt", None, None, None),
            page("a/v.txt", Some("2025-12-26"), Some(2), None),
            page("a/u.txt", Some("2025-12-26"), Some(2), None),
        ],
    };
    assign_ids(&mut c, &[] as &[&str]);
    assert_eq!(
        ids(&c),
        [
            ["科学导报/2025-12-24/03/1", "科学导报/2025-12-24/03/2"],
            ["山西日报/2025-12-24/03/1", "山西日报/2025-12-24/03/2"],
            ["2025-12-25/01/1", "2025-12-25/01/2"],
            ["a/w.txt#1", "a/w.txt#2"],
            // The same edition twice: the paths tell them apart.
            ["a/v.txt#1", "a/v.txt#2"],
            ["a/u.txt#1", "a/u.txt#2"],
        ]
    );
}

/// `dubao list a/ b/` with `x.txt` in both: each was `x.txt#1`, two articles under one id.
#[test]
fn the_same_name_under_two_folders_keeps_ids_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for d in [&a, &b] {
        std::fs::create_dir_all(d).expect("mkdir");
    }
    let src = |d: &Path, f: &str| d.join(f).to_string_lossy().into_owned();
    let mut c = Corpus {
        pages: vec![
            page(&src(&a, "x.txt"), None, None, None),
            page(&src(&b, "x.txt"), None, None, None),
            page(&src(&b, "y.txt"), None, None, None),
        ],
    };
    assign_ids(&mut c, &[&a, &b]);
    let got = ids(&c);
    assert_eq!(got[0][0], format!("{}#1", src(&a, "x.txt")));
    assert_eq!(got[1][0], format!("{}#1", src(&b, "x.txt")));
    // A name no other file has stays short.
    assert_eq!(got[2][0], "y.txt#1");
}

#[test]
fn finish_fills_page_and_articles() {
    let text = "2025年12月24日 星期三 第3版 园区经济\n标题\n科学导报讯 12 月 22 日，运城经开区召开会议。\n";
    let mut p = crate::ingest::page::parse_page(text, "archive/x.txt", 1);
    finish(&mut p, text);
    assert_eq!(
        (p.date.as_deref(), p.page_no, p.section.as_deref(), p.year),
        (Some("2025-12-24"), Some(3), Some("园区经济"), Some(2025))
    );
    // The edition date is the article's date.
    assert_eq!(p.articles[0].date.as_deref(), Some("2025-12-24"));
    assert_eq!(p.articles[0].zones, ["运城经济技术开发区"]);
    // No header: the path's date, and the year from it.
    let text = "标题\n科学导报讯 近日，会议召开。\n";
    let mut p = crate::ingest::page::parse_page(text, "2024/03/05/02.txt", 1);
    finish(&mut p, text);
    assert_eq!(
        (p.date.as_deref(), p.page_no, p.year),
        (Some("2024-03-05"), Some(2), Some(2024))
    );
}

proptest::proptest! {
    /// Any line and any path: no panic, and a date found is a calendar date.
    #[test]
    fn never_panics(line in "\\PC{0,80}", path in "[0-9/_\\-.a-z科学导报第版]{0,40}") {
        if let Some(e) = parse_header_line(&line) {
            let d = e.date.unwrap_or_default();
            proptest::prop_assert_eq!(d.len(), 10);
        }
        let e = from_path(&path);
        // What `Edition::or_else` relies on: a path names no section.
        proptest::prop_assert!(e.section.is_none());
        if let Some(d) = e.date {
            let (y, m, dd): (i32, u32, u32) = (
                d[..4].parse().unwrap(),
                d[5..7].parse().unwrap(),
                d[8..].parse().unwrap(),
            );
            proptest::prop_assert!(valid_date(y, m, dd));
        }
        let _ = from_header(&format!("{line}\n{path}\n{line}"));
    }
}

/// Header candidates read from both ends are the lines the whole-page filter gave: the first
/// five and the last four non-empty lines, each once, for pages of every length.
#[test]
fn header_candidates_are_the_head_and_the_tail() {
    for n in 0..16 {
        let lines: Vec<String> = (0..n).map(|i| format!("　第{i}行 ")).collect();
        let text = lines.join("\n\n \n");
        let all: Vec<&str> = text
            .lines()
            .map(|l| l.trim_matches(is_pad))
            .filter(|l| !l.is_empty())
            .collect();
        let tail_start = all.len().saturating_sub(TAIL_LINES).max(HEAD_LINES);
        let expected: Vec<&str> = all
            .iter()
            .take(HEAD_LINES)
            .chain(all.iter().skip(tail_start))
            .copied()
            .collect();
        assert_eq!(header_candidates(&text), expected, "{n} lines");
    }
}

/// What the header's early test relies on: folding, alone or beside a char of fast2s's context
/// rules, turns no char into sentence punctuation and no sentence punctuation into another char.
#[test]
fn folding_keeps_sentence_punctuation() {
    for c in (0x20..=0xFFFFu32).filter_map(char::from_u32) {
        for text in [c.to_string(), format!("{c}藉")] {
            let f = crate::text::fold::fold(&text).chars().next().unwrap_or(c);
            assert_eq!(
                SENTENCE_MARKS.contains(&f),
                SENTENCE_MARKS.contains(&c),
                "{c:?} folds to {f:?}"
            );
        }
    }
}

proptest::proptest! {
    /// The quick test of [`parse_header_line`] (no digit, no 年: no header) turns down only lines
    /// the full reading finds no header in: lines of date words, numerals and header marks
    /// without a written year, and any text.
    #[test]
    fn lines_without_a_year_hold_no_header(
        words in "[月日号星期周礼拜天一二三四五六七八九十〇零两廿卅今明昨去前后本上下旬初第版次报刊社网 　.\\-/：:（）()ＡＢ年0-9０-９]{0,30}",
        any in "\\PC{0,40}",
    ) {
        for line in [words.as_str(), any.as_str()] {
            proptest::prop_assert_eq!(parse_header_line(line), read_header_line(line), "{}", line);
        }
    }
}

/// The same over every line of the sample and the test pages, as printed and with their digits
/// and 年 taken out.
#[test]
fn page_lines_without_a_year_hold_no_header() {
    let texts = crate::ingest::test_page_texts();
    let mut asked = 0;
    for text in &texts {
        for line in text.lines() {
            let bare: String = line
                .chars()
                .filter(|&c| !(c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '年'))
                .collect();
            for l in [line, bare.as_str()] {
                assert_eq!(parse_header_line(l), read_header_line(l), "{l}");
                asked += 1;
            }
        }
    }
    assert!(asked > 1000, "{asked}");
}

/// `is_article_id` agrees with `article_id` and with nothing else: ids whose number has
/// another value, a sign, leading zeros or a tail, or whose base differs.
#[test]
fn an_article_id_is_recognised_exactly() {
    for base in ["2025-12-24/03/", "notes.txt#", "", "甲报/2025-12-24/03/"] {
        for k in [0, 1, 8, 9, 10, 99, 123] {
            let id = article_id(base, k);
            assert!(is_article_id(&id, base, k), "{id}");
            for other in [k + 1, k.saturating_sub(1) + 2 * usize::from(k == 0)] {
                assert!(!is_article_id(&id, base, other), "{id} as {other}");
            }
        }
        let k = 4;
        for wrong in ["05", "+5", "5 ", "5a", "", "-5", "٥"] {
            let id = format!("{base}{wrong}");
            assert!(!is_article_id(&id, base, k), "{id:?}");
        }
    }
    assert!(!is_article_id("2025-12-24/04/5", "2025-12-24/03/", 4));
    assert!(!is_article_id("x", "2025-12-24/03/", usize::MAX));
}

/// An OCR'd page prints its masthead and section letter-spaced: each spelled word is one name,
/// and two one-char fields set further apart stay two.
#[test]
fn letter_spaced_masthead_and_section() {
    assert_eq!(
        parse_header_line("湖 南 日 报  2026年3月12日  星期四  第 5 版  经 济"),
        Some(ed(Some("湖南日报"), "2026-03-12", Some(5), Some("经济")))
    );
    assert_eq!(
        parse_header_line("湖南日报　2026年3月12日　星期四　第5版　经　济"),
        Some(ed(Some("湖南日报"), "2026-03-12", Some(5), Some("经济")))
    );
}
