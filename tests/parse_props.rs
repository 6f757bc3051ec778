//! The parser never panics and never invents text, whatever the page holds.

use dubao::ingest::page::parse_page;
use proptest::prelude::*;

/// Pieces real pages are made of, so random pages hit the parser's interesting paths.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("科学导报讯 ".to_owned()),
        Just("本报讯（记者 张三 通讯员 李四）".to_owned()),
        Just("新华社太原12月3日电（记者 刘翔宇）".to_owned()),
        Just("记者王波 ".to_owned()),
        Just("■ 梁栋摄".to_owned()),
        Just("（朱怡舟）".to_owned()),
        Just("运城经济技术开发区".to_owned()),
        Just("襄垣经开区".to_owned()),
        Just("2025年12月26日 星期五 第4版".to_owned()),
        Just("责任编辑：陈静".to_owned()),
        Just("陈勤 田浩东 王佳琪".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
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
}
