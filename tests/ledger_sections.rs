//! What the ledger reads around a project beyond its sentence (stop 51): the section heading
//! over it (a review's year, a plan), the dateline's day a `今天` refers to, the company that
//! builds it (`…新建的`), and a zone's company as its builder.

use dubao::ledger::Record;

#[path = "support/ledger.rs"]
mod support;
use support::{ledger_of, record};

/// Each stage event of a record as `stage date`.
fn events(r: &Record) -> Vec<String> {
    r.stages
        .iter()
        .map(|e| format!("{} {}", e.stage, e.date.as_deref().unwrap_or("-")))
        .collect()
}

/// Under `一、2025年工作回顾` an undated start is of 2025, not of the edition's day; under
/// `二、2026年重点工作` (and its sub-heads) a start is a target, no event.
#[test]
fn a_section_headings_year_and_plan_reach_its_sentences() {
    let records = ledger_of(
        "荆州日报　2026年3月5日　星期四　第3版　特别报道\n\n\
         荆州经济技术开发区管委会工作报告（摘要）\n\n\
         一、2025年工作回顾\n\n\
         \u{3000}\u{3000}全年完成固定资产投资210亿元。长江重型装备产业园项目开工建设，总投资35亿元。\n\n\
         二、2026年重点工作\n\n\
         （一）抓好项目建设。\n\n\
         \u{3000}\u{3000}荆楚新能源电池材料项目二季度开工，总投资28亿元。\n",
    );
    assert_eq!(
        events(record(&records, "长江重型装备产业园项目")),
        ["开工 2025"]
    );
    assert!(
        record(&records, "荆楚新能源电池材料项目").stages.is_empty(),
        "{records:?}"
    );
}

/// `今天` in an article whose dateline names the 4th is the 4th, not the edition's 5th; with
/// `本报讯` alone it is the edition's day.
#[test]
fn today_is_the_datelines_day() {
    let records = ledger_of(
        "山东日报　2026年3月5日　星期四　第1版\n\n青岛高新区项目集中开工\n\n\
         \u{3000}\u{3000}本报青岛3月4日讯（记者　孙　岩）今天上午，青岛高新区18个项目集中开工，\
         其中海尔智能家电产业园三期项目总投资40亿元。\n",
    );
    assert_eq!(
        events(record(&records, "海尔智能家电产业园三期项目")),
        ["开工 2026-03-04"]
    );
    let records = ledger_of(
        "山东日报　2026年3月5日　星期四　第1版\n\n青岛高新区项目集中开工\n\n\
         \u{3000}\u{3000}本报讯（记者　孙　岩）今天上午，青岛高新区18个项目集中开工，\
         其中海尔智能家电产业园三期项目总投资40亿元。\n",
    );
    assert_eq!(
        events(record(&records, "海尔智能家电产业园三期项目")),
        ["开工 2026-03-05"]
    );
}

/// The company before `新建的` builds the works after it; a time, a pronoun or a governing body
/// there does not.
#[test]
fn the_company_before_xinjian_de_owns_the_works() {
    let records = ledger_of(
        "江苏日报　2026年3月5日　星期四　第4版　园区\n\n园区生物医药产业加速集聚\n\n\
         \u{3000}\u{3000}本报讯（记者　周　文）3月4日，康宁生物新建的疫苗灌装生产基地正式投产，\
         总投资12亿元。今年新建的细胞治疗产业园项目同日开工。\
         园区管委会新建的邻里中心项目开业。\n",
    );
    assert!(record(&records, "邻里中心项目").owners.is_empty());
    assert_eq!(record(&records, "疫苗灌装生产基地").owners, ["康宁生物"]);
    assert!(record(&records, "细胞治疗产业园项目").owners.is_empty());
}

/// A zone's investment group (`…经开区城投集团`) that builds a project is its owner: a company,
/// not a body that governs.
#[test]
fn a_zones_company_that_builds_is_the_owner() {
    let records = ledger_of(
        "江西日报　2026年3月5日　星期四　第4版　开放\n\n九江经开区集中签约\n\n\
         \u{3000}\u{3000}本报讯（记者　唐　燕）3月4日，九江经济技术开发区举行项目集中签约活动。\
         签约的重点项目有：光伏组件产业园标准厂房项目，总投资9亿元，由九江经开区城投集团建设。\n",
    );
    let r = record(&records, "光伏组件产业园标准厂房项目");
    assert_eq!(r.owners.len(), 1, "{r:?}");
    assert!(r.owners[0].ends_with("城投集团"), "{r:?}");
}

/// A name only ever written after a count (`签约6个锂电材料项目`) is the kind of a batch, no
/// project; the one project the batch's sentence names (`其中…项目`) still is.
#[test]
fn a_name_after_a_count_is_a_batch() {
    let records = ledger_of(
        "江西日报　2026年3月5日　星期四　第4版　开放\n\n宜春经开区签约6个锂电材料项目\n\n\
         \u{3000}\u{3000}本报讯（记者　唐　燕）3月4日，宜春经济技术开发区集中签约6个锂电材料项目，\
         总投资52亿元。其中，江西赣锋锂业股份有限公司锂电池正极材料项目总投资15亿元。\n",
    );
    let names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["江西赣锋锂业股份有限公司锂电池正极材料项目"],
        "{records:?}"
    );
}

/// A kind of works that opens with an industry (`储能电池材料产业园项目`) is named with the zone
/// written before it, in the form the text writes it (`九江经开区…`); a named works
/// (`滨江五路道路工程`) is named without it, the zone only where it is.
#[test]
fn a_zone_before_a_kind_of_works_is_part_of_its_name() {
    let records = ledger_of(
        "江西日报　2026年3月5日　星期四　第4版　开放\n\n九江经开区项目建设提速\n\n\
         \u{3000}\u{3000}本报讯（记者　唐　燕）3月4日，九江经济技术开发区召开项目推进会。\
         会议要求，九江经开区储能电池材料产业园项目要加快建设，\
         九江经开区滨江五路道路工程要确保年内完工。\n",
    );
    let names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    assert!(
        names.contains(&"九江经开区储能电池材料产业园项目"),
        "{names:?}"
    );
    assert!(names.contains(&"滨江五路道路工程"), "{names:?}");
}
