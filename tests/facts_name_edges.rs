//! Where the names of projects, companies and people start and end in zone news: the tail of a
//! function word and a list's number are no part of a name, a person's name ends before the
//! verb of the visit, a company named once is no person, and a body's unit written after it
//! is one name with it. Found reading zone news from other provinces (stops 46 and 47).

#[path = "support/extract.rs"]
mod support;
use support::{facts, names};

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
