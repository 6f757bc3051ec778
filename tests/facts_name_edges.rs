//! Where the names of projects, companies and people start and end in zone news: the tail of a
//! function word and a list's number are no part of a name, a person's name ends before the
//! verb of the visit, a company named once is no person, and a body's unit written after it
//! is one name with it. Found reading zone news from other provinces (stops 46 and 47).

#[path = "support/extract.rs"]
mod support;
use support::{facts, names, people};

use dubao::model::FactKind;

/// A project's or a company's name does not open with the tail of a function word before it
/// (`其中湖南华辰…项目` had been `中湖南华辰…项目`; `此外` gave `外…`), nor with the function
/// word itself (`另外`, `其余`), and a stop char inside a name's own word stays in it
/// (`华为云数据中心项目` had been `云数据中心项目`).
#[test]
fn a_name_does_not_open_with_a_function_words_tail() {
    let cases = [
        (
            "其中湖南华辰智通科技有限公司年产5000台智能装备项目总投资15亿元。",
            "湖南华辰智通科技有限公司年产5000台智能装备项目",
        ),
        (
            "此外湖南长缆电工科技股份有限公司新型电缆附件项目计划年底投产。",
            "湖南长缆电工科技股份有限公司新型电缆附件项目",
        ),
        (
            "另外湖南长缆电工科技股份有限公司新型电缆附件项目总投资3亿元。",
            "湖南长缆电工科技股份有限公司新型电缆附件项目",
        ),
        (
            "其余山西建投集团年产20万吨装配式建筑构件项目已开工。",
            "山西建投集团年产20万吨装配式建筑构件项目",
        ),
        ("一是华为云数据中心项目总投资8亿元。", "华为云数据中心项目"),
    ];
    for (text, project) in cases {
        let f = facts(text);
        assert_eq!(names(&f, FactKind::Project), [project], "{text}");
        let orgs = names(&f, FactKind::Organization);
        assert!(
            orgs.iter()
                .all(|o| !"中外余".contains(o.chars().next().unwrap_or(' '))),
            "{text}: {orgs:?}"
        );
    }
}

/// A list's number or marker is no part of the name of the project listed after it
/// (`1.一汽解放新能源重卡项目`, `（1）`, `①`, `一是`); a figure opening the name stays
/// (`3.5万吨…项目`, `2×35万千瓦…项目`).
#[test]
fn a_lists_number_is_no_part_of_a_project_name() {
    let text = "签约项目有：1.一汽解放新能源重卡项目，总投资30亿元；2.宁德时代储能电池项目，总投资20亿元；12.长城汽车零部件项目，总投资6亿元。";
    let f = facts(text);
    assert_eq!(
        names(&f, FactKind::Project),
        [
            "一汽解放新能源重卡项目",
            "宁德时代储能电池项目",
            "长城汽车零部件项目"
        ]
    );
    for (text, project) in [
        (
            "（1）比亚迪刀片电池项目总投资10亿元。",
            "比亚迪刀片电池项目",
        ),
        ("①中联重科高端装备项目总投资5亿元。", "中联重科高端装备项目"),
        ("一是吉利汽车零部件项目总投资6亿元。", "吉利汽车零部件项目"),
        (
            "1. 一汽解放新能源重卡项目总投资30亿元。",
            "一汽解放新能源重卡项目",
        ),
        ("3.5万吨高纯铝项目总投资8亿元。", "3.5万吨高纯铝项目"),
        (
            "2×35万千瓦热电联产项目总投资20亿元。",
            "2×35万千瓦热电联产项目",
        ),
    ] {
        let f = facts(text);
        assert_eq!(names(&f, FactKind::Project), [project], "{text}");
    }
}

/// An official's visit (`副市长杜飞赴西安航天基地调研`: a title, the name, `赴`, `到`, `来` or
/// `深入`, a place, then `调研` or `考察`) names the official with the title; the name ends before
/// the verb of going (it had been no person, or `杜飞赴`). A name ending in `来` stays whole
/// where no place stands between it and the visit (`王春来调研`).
#[test]
fn an_officials_visit_names_the_official() {
    for text in [
        "12月22日，副市长杜飞赴西安航天基地调研重点项目建设情况。",
        "12月22日，副市长杜飞来西安航天基地调研。",
        "12月22日，副市长杜飞到西安航天基地考察。",
        "12月22日，副市长杜飞深入西安航天基地调研。",
    ] {
        let f = facts(text);
        assert_eq!(
            people(&f),
            [("杜飞".to_owned(), "副市长".to_owned())],
            "{text}"
        );
    }
    let f = facts("副县长王春来调研园区项目建设。");
    assert_eq!(people(&f), [("王春来".to_owned(), "副县长".to_owned())]);
    let f = facts("12月22日，市长李明来太原调研。");
    assert_eq!(people(&f), [("李明".to_owned(), "市长".to_owned())]);
}

/// A company named once with nothing else to tell (`比亚迪与园区签署合作协议`) is no person:
/// an untitled name that signs with a zone or a body is a company (it had been a person). A
/// titled name stays a person.
#[test]
fn a_company_that_signs_with_a_zone_is_no_person() {
    for text in [
        "12月19日，比亚迪与园区签署合作协议。",
        "比亚迪与西安高新区管委会签约。",
        "12月19日，宁德时代与宜宾市政府签订战略合作协议。",
    ] {
        let f = facts(text);
        assert!(people(&f).is_empty(), "{text}: {f:?}");
    }
    let f = facts("12月19日，比亚迪与园区签署合作协议。");
    assert_eq!(names(&f, FactKind::Organization), ["比亚迪"]);
    let f = facts("董事长王传福与园区签署合作协议。");
    assert_eq!(people(&f), [("王传福".to_owned(), "董事长".to_owned())]);
    let f = facts("12月19日，王传福与园区签署合作协议。");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
}

/// A body's unit named with its region after it (`中国电信西北数据中心`) is one body; it had
/// been split into the body and a place, or read as the place `西北数据中心…`.
#[test]
fn a_bodys_regional_centre_is_one_body() {
    for text in [
        "12月19日，中国电信西北数据中心在园区建成投用。",
        "项目由中国电信西北数据中心负责运营。",
    ] {
        let f = facts(text);
        assert_eq!(
            names(&f, FactKind::Organization),
            ["中国电信西北数据中心"],
            "{text}"
        );
        assert!(names(&f, FactKind::Place).is_empty(), "{text}: {f:?}");
    }
}

/// `任命张伟为主任`: after a verb of appointing or removing, the name ends before the `为`
/// that opens the post (`张伟为` had been read), before the `的` of the post removed
/// (`免去王五的…职务`) and before `同志` (`张伟同志任…`); a name that ends in `为` itself
/// keeps it when a second `为` follows (`任命刘大为为主任`).
#[test]
fn an_appointed_name_ends_before_the_post() {
    let cases = [
        ("会议决定任命张伟为主任。", "张伟"),
        ("决定任命李强为市财政局局长。", "李强"),
        ("任命张伟为市发展改革委主任。", "张伟"),
        ("会议决定聘任赵刚为总经理。", "赵刚"),
        ("提名王芳为副市长候选人。", "王芳"),
        ("会议决定免去王五的市商务局局长职务。", "王五"),
        ("张伟同志任市委常委。", "张伟"),
        ("任命刘大为为主任。", "刘大为"),
    ];
    for (text, name) in cases {
        let f = facts(text);
        let got = names(&f, FactKind::Person);
        assert!(
            got.iter().all(|n| !n.ends_with('为') || n == "刘大为"),
            "{text}: {got:?}"
        );
        assert!(got.iter().any(|n| n == name), "{text}: {got:?}");
    }
}

/// A parent's word for its subsidiary (`公司全资子公司`, `控股子公司`, an announcement's way) is no
/// part of the subsidiary's name.
#[test]
fn a_subsidiary_is_named_without_its_parents_word_for_it() {
    let cases = [
        (
            "宁德时代公告称，公司全资子公司宁德时代（江苏）新能源科技有限公司拟投资建设基地。",
            "宁德时代（江苏）新能源科技有限公司",
        ),
        (
            "万华化学公告，公司控股子公司万华化学（福建）有限公司乙烯项目开车成功。",
            "万华化学（福建）有限公司",
        ),
    ];
    for (text, name) in cases {
        let f = facts(text);
        let got = names(&f, FactKind::Organization);
        assert!(got.iter().any(|n| n == name), "{text}: {got:?}");
        assert!(!got.iter().any(|n| n.contains("子公司")), "{text}: {got:?}");
    }
}

/// A company named after the preposition `由` keeps its whole name: jieba's guess that `由云`
/// is one word had let the tagger's `产业发展有限公司` replace `云上贵州大数据产业发展有限公司`.
#[test]
fn a_guessed_word_across_the_names_edge_cuts_no_name() {
    let f = facts(
        "苹果iCloud（贵州）数据中心扩容项目由云上贵州大数据产业发展有限公司建设，投资15亿元。",
    );
    let orgs = names(&f, FactKind::Organization);
    assert!(
        orgs.contains(&"云上贵州大数据产业发展有限公司".to_owned()),
        "{orgs:?}"
    );
}

/// A subsidiary written after its parent's `旗下` is named without it (`富士康旗下鸿富锦…` had
/// been one name).
#[test]
fn a_subsidiary_after_qixia_is_named_without_its_parent() {
    let f = facts("富士康旗下鸿富锦精密电子（郑州）有限公司4月2日宣布增资。");
    let orgs = names(&f, FactKind::Organization);
    assert!(
        orgs.contains(&"鸿富锦精密电子（郑州）有限公司".to_owned()),
        "{orgs:?}"
    );
}
