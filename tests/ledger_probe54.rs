//! Ledger defects a probe round of unseen papers found (stop 54), each on a small invented page
//! in the style of the pages: a sentence opening with `项目` that speaks of the project just
//! named, a headquarters as a project, stages of the frame done and of a building
//! inaugurated, and a table of projects.

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

fn measure<'a>(r: &'a Record, attribute: &str) -> Option<&'a dubao::ledger::Measure> {
    r.measures.iter().find(|m| m.attribute == attribute)
}

/// `…项目竣工。项目总投资…`: the sentence after the name that opens with `项目` speaks of it,
/// its cost and size included.
#[test]
fn a_sentence_opening_with_xiangmu_is_the_project_just_named() {
    let records = page(
        "重型机械基地二期竣工",
        &["3月16日，位于青石湾经济技术开发区的华岳重工智能装备产业园二期项目竣工。项目总投资42亿元，新建厂房15万平方米，将形成年产3万台起重机的产能。"],
    );
    let r = record(&records, "华岳重工智能装备产业园二期项目");
    assert_eq!(
        r.investment.as_ref().map(ToString::to_string).as_deref(),
        Some("4200000000")
    );
    assert_eq!(
        measure(r, "建筑面积")
            .and_then(|m| m.value.as_ref())
            .map(ToString::to_string)
            .as_deref(),
        Some("150000")
    );
    assert!(measure(r, "产能").is_some(), "{:?}", r.measures);
}

/// With two projects in the article the opening `项目` is the one its paragraph named just
/// before, and not the other; after a sentence naming both it is neither's.
#[test]
fn the_opening_xiangmu_goes_to_the_nearest_name_only() {
    let records = page(
        "汽车产业园三期投产",
        &[
            "3月15日，瑞丰汽车产业园三期项目投产。项目总投资36亿元，年产整车15万辆。",
            "同日，总投资9亿元的瑞丰电驱配套项目开工。",
        ],
    );
    let third = record(&records, "瑞丰汽车产业园三期项目");
    assert_eq!(
        third
            .investment
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("3600000000")
    );
    let other = record(&records, "瑞丰电驱配套项目");
    assert_eq!(
        other
            .investment
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("900000000")
    );

    let records = page(
        "两个项目开工",
        &["3月15日，瑞丰汽车产业园三期项目和青石湾冷链物流基地项目同时开工。项目总投资36亿元。"],
    );
    assert_eq!(records.len(), 2, "{:?}", names(&records));
    for r in &records {
        assert_eq!(r.investment, None, "{}", r.name);
    }
}

/// A company's headquarters (`…研发总部项目`) that money builds is a project, its cost and
/// builder with it.
#[test]
fn a_headquarters_is_a_project() {
    let records = page(
        "滨江区打造研发集聚区",
        &["3月12日，华岳精密机械股份有限公司投资18亿元建设的精密轴承研发生产总部项目落户滨江街道。"],
    );
    let r = record(&records, "精密轴承研发生产总部项目");
    assert_eq!(
        r.investment.as_ref().map(ToString::to_string).as_deref(),
        Some("1800000000")
    );
    assert_eq!(r.owners, vec!["华岳精密机械股份有限公司"]);
}

/// The frame or main works done (`主体结构完工`) leave the works still building; a building
/// inaugurated (`落成`) is complete.
#[test]
fn frame_done_is_building_and_inaugurated_is_complete() {
    let records = page(
        "枢纽改造提速",
        &["3月10日，青石湾客运枢纽改造工程主体结构完工，项目总投资约12亿元。"],
    );
    assert_eq!(
        stages(record(&records, "青石湾客运枢纽改造工程")),
        vec![Stage::Building]
    );
    let records = page(
        "研发中心落成",
        &["3月10日，青石湾大学位于滨江的智能制造实训基地项目日前落成，建筑面积3万平方米。"],
    );
    let r = records
        .iter()
        .find(|r| r.name.contains("实训基地项目"))
        .unwrap_or_else(|| panic!("{:?}", names(&records)));
    assert_eq!(stages(r), vec![Stage::Completed]);
}

/// A table under a `项目名称` head lists one project a row, whatever its words: each row's
/// cost, zone and stage cell are its own (`在建` too), and a row's full name without `项目`
/// is the project the prose names by its end.
#[test]
fn a_tables_rows_are_projects() {
    let text = format!(
        "{HEAD}新能源项目加速集聚\n\n\u{3000}\u{3000}3月12日，华岳新能源科技股份有限公司公告称，其在青石湾经济技术开发区投资建设的储能电池制造基地三期项目已开工，总投资40亿元。\n\n表：3月部分新能源项目进展\n项目名称\t所在园区\t投资主体\t总投资（亿元）\t进度\n华岳新能源江南储能电池制造基地三期\t青石湾经济技术开发区\t华岳新能源科技股份有限公司\t40\t开工\n瑞丰电驱滨江高新区电机扩产项目\t滨江高新区\t瑞丰电驱股份有限公司\t18\t投产\n明远汽车滨江工厂技改项目\t临川经济技术开发区\t明远汽车股份有限公司\t6.5\t在建\n"
    );
    let records = ledger_of(&text);
    let row = record(&records, "瑞丰电驱滨江高新区电机扩产项目");
    assert_eq!(
        row.investment.as_ref().map(ToString::to_string).as_deref(),
        Some("1800000000")
    );
    assert_eq!(stages(row), vec![Stage::Operating]);
    let building = record(&records, "明远汽车滨江工厂技改项目");
    assert_eq!(stages(building), vec![Stage::Building]);
    let joined = record(&records, "华岳新能源江南储能电池制造基地三期");
    assert!(
        joined
            .aliases
            .iter()
            .any(|a| a == "储能电池制造基地三期项目"),
        "{:?}",
        names(&records)
    );
    assert_eq!(
        joined.stages.first().and_then(|e| e.date.as_deref()),
        Some("2026-03-12")
    );
    assert_eq!(records.len(), 3, "{:?}", names(&records));
}

/// A table row that names a place and no zone (`…基地二期  河南洛阳  18`) is outside the zone
/// the article's prose names: its project takes no zone rather than the article's.
#[test]
fn a_row_naming_a_place_takes_no_zone_of_the_article() {
    let text = format!(
        "{HEAD}新能源项目加速集聚\n\n\u{3000}\u{3000}3月12日，青石湾经济技术开发区一批项目开工。\n\n项目名称\t地点\t总投资（亿元）\n华岳新能源江南储能电池制造基地三期\t福建宁德\t40\n瑞丰电驱电机扩产基地\t河南洛阳\t18\n"
    );
    let records = ledger_of(&text);
    assert_eq!(records.len(), 2, "{:?}", names(&records));
    for r in &records {
        assert_eq!(r.zone, None, "{}", r.name);
    }
}

/// `研究` before the facility it names the use of is part of the name, not the verb that cuts
/// it (`…研究设施二期项目`); a science city is an area, no owner.
#[test]
fn a_research_facility_keeps_its_name_and_an_area_owns_nothing() {
    let records = page(
        "科学城装置集群初具规模",
        &["明年，滨江科学城将推进海洋生态研究设施二期项目开工建设，计划总投资16亿元。"],
    );
    let r = record(&records, "海洋生态研究设施二期项目");
    assert!(r.owners.is_empty(), "{:?}", r.owners);
    assert_eq!(
        r.investment.as_ref().map(ToString::to_string).as_deref(),
        Some("1600000000")
    );
}
