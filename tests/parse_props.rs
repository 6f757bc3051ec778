//! The parser never panics, never invents text and never loses any, whatever the page holds.

use std::collections::HashMap;

use dubao::ingest::classify::{Class, Rule};
// Through the sheets' entry points: a form feed (one of the pieces) splits a file into pages.
use dubao::ingest::sheets::{parse, parse_page};
use dubao::Page;
use proptest::prelude::*;

/// Pieces real pages are made of, so random pages hit the parser's interesting paths.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("科学导报讯 ".to_owned()),
        Just("本报讯（记者 张三 通讯员 李四）".to_owned()),
        Just("新华社太原12月3日电（记者 刘翔宇）".to_owned()),
        Just("新华社北京12月23日电 题：".to_owned()),
        Just("记者王波 ".to_owned()),
        Just("经济日报记者 王波 摄".to_owned()),
        Just("■ 梁栋摄".to_owned()),
        Just("（朱怡舟）".to_owned()),
        Just("运城经济技术开发区".to_owned()),
        Just("襄垣经开区".to_owned()),
        Just("2025年12月26日 星期五 第4版".to_owned()),
        Just("责任编辑：陈静".to_owned()),
        Just("陈勤 田浩东 王佳琪".to_owned()),
        Just("2025年6月24日，".to_owned()),
        Just("（张三参与采写）".to_owned()),
        Just("（本报记者 李四）".to_owned()),
        Just("张三摄（影像中国）".to_owned()),
        Just("李四 摄（人民视觉）".to_owned()),
        Just("核心阅读".to_owned()),
        Just("■链接".to_owned()),
        Just("本版制图：王五".to_owned()),
        Just("版式设计：赵六".to_owned()),
        Just("（经济聚焦）".to_owned()),
        Just("（作者为北京大学教授）".to_owned()),
        Just("本报评论员".to_owned()),
        Just("二".to_owned()),
        Just("引题：".to_owned()),
        Just("【主题】".to_owned()),
        Just("副题:".to_owned()),
        Just("作者：".to_owned()),
        Just("【正文】".to_owned()),
        Just("【日期】".to_owned()),
        Just("经济日报".to_owned()),
        Just("（上接第一版）".to_owned()),
        Just("数据来源：国家统计局".to_owned()),
        Just("制图：张芳".to_owned()),
        Just("编者按：".to_owned()),
        Just("【编者按】".to_owned()),
        Just("文/图 张三".to_owned()),
        Just("图/文 李四".to_owned()),
        Just("  ".to_owned()),
        Just("运 城 经 开 区 优 化 营 商 环 境 ".to_owned()),
        Just(" ".to_owned()),
        Just("\t".to_owned()),
        Just("          ".to_owned()),
        Just("1,286.5".to_owned()),
        Just("！".to_owned()),
        Just("？".to_owned()),
        "[\\u4e00-\\u9fa5]{40,90}",
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\u{c}".to_owned()),
        Just("＊＊＊".to_owned()),
        Just("　　".to_owned()),
        Just("。".to_owned()),
        Just("，".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("）".to_owned()),
        Just("（".to_owned()),
        "[\\u4e00-\\u9fa5]{1,30}",
        "[0-9 .]{1,6}",
        "[a-zA-Z ]{1,8}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_pages_parse_without_panic(pieces in proptest::collection::vec(piece(), 0..60)) {
        let text: String = pieces.concat();
        let page = parse_page(&text, "random.txt", 1);
        // Every paragraph and title is text of the page (modulo line joins), never invented.
        let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        for a in &page.articles {
            for p in a.title.iter().chain(&a.paragraphs) {
                let squeezed: String = p.chars().filter(|c| !c.is_whitespace()).collect();
                prop_assert!(flat.contains(&squeezed), "{p:?} not in page");
            }
            prop_assert!(!a.id.is_empty());
        }
    }

    /// Nothing a page says is lost: every character of a line that is not page furniture is in
    /// the output (titles, paragraphs, captions, bylines, datelines, reporters and their credits), except the
    /// labels the credit and dateline rules consume (role words, brackets, separators, bullets).
    /// Furniture is only a short header, a footer, a page credit or an end mark.
    #[test]
    fn nothing_a_page_says_is_lost(pieces in proptest::collection::vec(piece(), 0..60)) {
        let text: String = pieces.concat();
        let parsed = parse(&text, "random.txt", 1);
        let mut have = HashMap::new();
        for s in output_texts(&parsed.page) {
            for c in s.chars() {
                *have.entry(c).or_insert(0i64) += 1;
            }
        }
        for line in &parsed.lines {
            if line.class == Class::Furniture {
                prop_assert!(
                    matches!(
                        line.rule,
                        Rule::PageHeader
                            | Rule::PageFooter
                            | Rule::PageCredit
                            | Rule::EndMark
                            | Rule::Masthead
                            | Rule::JumpLine
                            | Rule::FieldLabel
                            | Rule::WebChrome
                            | Rule::Separator
                    ),
                    "{line:?}"
                );
                if line.rule == Rule::Separator {
                    // A rule line says nothing: one char repeated, spaces between.
                    let mut chars = line.text.chars().filter(|c| !c.is_whitespace());
                    let first = chars.next();
                    prop_assert!(first.is_some() && chars.all(|c| Some(c) == first), "{line:?}");
                }
                if line.rule == Rule::FieldLabel {
                    // An export's label alone or an edition field: short, and a label first.
                    let t = line.text.trim();
                    prop_assert!(t.chars().count() <= 70 && !t.contains('。'), "{line:?}");
                }
                if line.rule == Rule::PageHeader {
                    // Short, a run of spaces (a PDF converter's layout) counting once.
                    let squeezed = line.text.trim().split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
                    prop_assert!(squeezed.chars().count() <= 60 && !line.text.contains('。'), "{line:?}");
                }
                continue;
            }
            // A labelled line keeps its text, not the export's label (`引题：`, `【正文】`).
            let text = label_dropped(line.text);
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                let n = have.entry(c).or_insert(0);
                *n -= 1;
                prop_assert!(*n >= 0 || CONSUMED.contains(c), "{c:?} of line {} lost: {:?}", line.no, line.text);
            }
        }
    }
}

/// Characters of the labels that credit, byline and dateline rules consume: role words
/// (记者, 通讯员, 摄, 参与采写 …, also Traditional), a wire headline's label after its dateline
/// (`题：`), brackets, separators and bullets.
const CONSUMED: &str = "本报记者新华社特约见习实通讯员生作撰稿摄影文图参与采写整理执笔道调研供题\
    報記見習實訊員攝圖與參採寫調執筆題\
    （）()【】[]〔〕、，,/／:：|｜·■□▲△●○◆◇★☆▼▽\u{3000}\u{a0}";

/// A line without the export's label it opens with, if any (the labels [`piece`] writes).
fn label_dropped(line: &str) -> &str {
    let t = line.trim_start();
    LABELS
        .iter()
        .find_map(|l| t.strip_prefix(l))
        .unwrap_or(line)
}

/// The labels of a database export that [`piece`] writes.
const LABELS: [&str; 6] = [
    "引题：",
    "【主题】",
    "副题:",
    "作者：",
    "【正文】",
    "【日期】",
];

/// Every text the model keeps of a page.
fn output_texts(page: &Page) -> Vec<&str> {
    let mut out = Vec::new();
    for a in &page.articles {
        out.extend(a.title.iter().map(String::as_str));
        out.extend(a.dateline.as_deref());
        out.extend(a.reporters.iter().map(String::as_str));
        // A reporter's credit as printed (`经济日报记者`): an outlet's name is kept there.
        out.extend(a.reporter_roles.iter().map(String::as_str));
        out.extend(a.paragraphs.iter().map(String::as_str));
        out.extend(a.byline.iter().map(String::as_str));
        out.extend(a.byline_credits.iter().map(String::as_str));
        for c in &a.captions {
            out.extend(c.text.as_deref());
            out.extend(c.credit.as_deref());
        }
    }
    out
}
