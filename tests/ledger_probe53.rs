//! Ledger defects a probe round of unseen papers found (stop 53), each on a small invented page
//! in the style of the pages: a brief item's zone, money in other currencies and added to a
//! total, a figure that qualifies another name, a stock exchange as owner, the stage of a
//! second clause, a batch counted in a paragraph, names of kinds and parks, a phase after
//! `项目`, `落地`.

use dubao::ledger::{Record, Stage};

#[path = "support/ledger.rs"]
mod support;
use support::{ledger_of, record};

const HEAD: &str = "江南日报　2026年3月18日　星期三　第4版　经济\n\n";

fn page(title: &str, paras: &[&str]) -> Vec<Record> {
    let mut text = format!("{HEAD}{title}\n\n");
    for p in paras {
        text.push_str("\u{3000}\u{3000}");
        text.push_str(p);
        text.push('\n');
    }
    ledger_of(&text)
}

fn stages(r: &Record) -> Vec<Stage> {
    r.stages.iter().map(|e| e.stage).collect()
}

fn names(records: &[Record]) -> Vec<&str> {
    records.iter().map(|r| r.name.as_str()).collect()
}

/// An item of a brief list takes the zone its own words name, or none: not the zone the next
/// item names.
#[test]
fn a_brief_items_zone_is_its_own() {
    let records = page(
        "开发区简讯",
        &[
            "▲青石湾科技园四期项目日前竣工，总投资21亿元。",
            "▲常州经济技术开发区年产3万吨电解液项目开工，总投资12亿元。",
        ],
    );
    assert_eq!(record(&records, "青石湾科技园四期项目").zone, None);
    let next = records
        .iter()
        .find(|r| r.name.contains("电解液项目"))
        .expect("the next item's project");
    assert_eq!(next.zone.as_deref(), Some("常州经济技术开发区"));
}

/// Dollars are no yuan: the investment stays empty and the amount is a measure with its unit;
/// an amount added to an earlier total is marked as added.
#[test]
fn money_in_another_currency_or_added_is_no_total_in_yuan() {
    let records = page(
        "外资项目开工",
        &["3月17日，美光半导体（西安）有限公司存储芯片封测扩产项目开工，项目总投资8亿美元。"],
    );
    let r = record(&records, "美光半导体（西安）有限公司存储芯片封测扩产项目");
    assert_eq!(r.investment, None);
    let m = r
        .measures
        .iter()
        .find(|m| m.attribute == "投资")
        .expect("the dollars as a measure");
    assert_eq!(m.unit.as_deref(), Some("美元"));

    let records = page(
        "外资企业加码投资",
        &["今年，西门子医疗深圳影像设备扩产项目追加投资5亿元，新增产线2条。"],
    );
    let r = record(&records, "西门子医疗深圳影像设备扩产项目");
    assert_eq!(r.investment, None);
    assert!(
        r.measures.iter().any(|m| m.attribute == "追加投资"),
        "{:?}",
        r.measures
    );
}

/// `总投资42亿元的甲项目、总投资18亿元的乙项目`: each its own figure.
#[test]
fn a_figure_qualifying_one_name_is_not_the_next_ones() {
    let records = page(
        "常州经开区新开工项目20个",
        &["今年，总投资36亿元的常州新松精密轴承产业园项目、总投资14亿元的江苏华兴高端线缆项目相继开工。"],
    );
    let money = |n: &str| {
        record(&records, n)
            .investment
            .as_ref()
            .map(ToString::to_string)
    };
    assert_eq!(
        money("常州新松精密轴承产业园项目").as_deref(),
        Some("3600000000")
    );
    assert_eq!(money("江苏华兴高端线缆项目").as_deref(), Some("1400000000"));
}

/// A company announcing on an exchange: the exchange owns nothing.
#[test]
fn a_stock_exchange_is_no_owner() {
    let records = page(
        "公司公告",
        &["3月16日，该公司在深交所公告，拟投资8亿元在常州经开区建设新型储能电池项目。"],
    );
    let r = record(&records, "新型储能电池项目");
    assert!(
        !r.owners.iter().any(|o| o.contains("交所")),
        "{:?}",
        r.owners
    );
}

/// `开工了…的甲项目，竣工了…乙`: the 竣工 is not 甲's.
#[test]
fn the_stage_of_a_second_clause_is_not_the_first_projects() {
    let records = page(
        "常州经开区重大项目进展",
        &["去年我们开工了总投资40亿元的常州星辰智能装备产业园项目，竣工了总投资9亿元的恒立液压常州三期厂房。"],
    );
    let r = record(&records, "常州星辰智能装备产业园项目");
    assert_eq!(stages(r), [Stage::Started]);
}

/// `本次集中开工项目9个…其中，甲项目…；乙项目…`: the batch's stage holds for the projects
/// named after the count, with no `集中开工` in the title.
#[test]
fn a_batch_counted_in_a_paragraph_gives_its_stage() {
    let records = page(
        "一、我区一季度重大项目建设情况",
        &[
            "3月16日，常州经济技术开发区一季度重大项目集中开工仪式举行。本次集中开工项目9个，总投资88亿元。",
            "其中，总投资30亿元的江苏天合储能科技有限公司年产10吉瓦储能电池项目，占地面积300亩；总投资12亿元的常州精研汽车零部件产业园项目，新建厂房8万平方米。",
        ],
    );
    for n in [
        "江苏天合储能科技有限公司年产10吉瓦储能电池项目",
        "常州精研汽车零部件产业园项目",
    ] {
        let r = record(&records, n);
        assert_eq!(stages(r), [Stage::Started], "{n}");
        assert_eq!(r.stages[0].date.as_deref(), Some("2026-03-16"), "{n}");
    }
}

/// Kinds, batches and parks are no records.
#[test]
fn kinds_batches_and_parks_are_no_records() {
    let records = page(
        "常州经开区新签约项目40个",
        &[
            "今年经开区新签约智能制造项目40个，总投资160亿元。明年将力争引进央企项目8个以上。",
            "在常州经济技术开发区青龙园区，总投资20亿元的常州华瑞新能源电池基地二期项目现场一片繁忙。",
        ],
    );
    let n = names(&records);
    assert!(!n.iter().any(|x| x.ends_with("园区")), "{n:?}");
    assert!(!n.contains(&"智能制造项目"), "{n:?}");
    assert!(!n.contains(&"央企项目"), "{n:?}");
}

/// `…一体化项目二期开工`: the name keeps its phase.
#[test]
fn a_phase_after_xiangmu_stays_in_the_name() {
    let records = page(
        "常州经开区项目开工",
        &["3月15日，格林美常州循环再生一体化项目二期开工，总投资46亿元。"],
    );
    let n = names(&records);
    assert!(n.iter().any(|x| x.ends_with("项目二期")), "{n:?}");
}

/// `年内落地` is a plan; nothing is 投产 because the title's facility went into use.
#[test]
fn landing_within_the_year_is_no_production() {
    let records = page(
        "常州经开区创新中心二期投用",
        &["3月17日，创新中心二期正式投入使用。东软集团股份有限公司常州智慧医疗基地项目年内落地。"],
    );
    let r = record(&records, "东软集团股份有限公司常州智慧医疗基地项目");
    assert!(!stages(r).contains(&Stage::Operating), "{:?}", r.stages);
}
