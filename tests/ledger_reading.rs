//! What the ledger reads from a page's text around a project (stop 50): the day a same-day word
//! refers back to, a tender notice's fields, the company a project's name opens with.

use dubao::facts::{self, Extractor};
use dubao::ledger::{self, Record};

/// The ledger of a page written from its text.
fn ledger_of(text: &str) -> Vec<Record> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("page.txt"), text).expect("write");
    let (mut corpus, errors) = dubao::ingest::load_paths(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    facts::fill(&mut corpus, &Extractor::new());
    ledger::build(&corpus)
}

/// The record of the project named `name`.
fn record<'a>(records: &'a [Record], name: &str) -> &'a Record {
    let names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    records
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no {name} in {names:?}"))
}

/// The dates of a record's stage events.
fn dates(r: &Record) -> Vec<Option<&str>> {
    r.stages.iter().map(|e| e.date.as_deref()).collect()
}

/// `当天` after a sentence dated `6月18日` is the 18th, not the edition's 19th.
#[test]
fn a_same_day_word_takes_the_day_an_earlier_sentence_names() {
    let records = ledger_of(
        "贵州日报　2026年6月19日　星期五　第3版　要闻\n\n贵阳高新区签约一批项目\n\n\
         \u{3000}\u{3000}本报讯（记者 吴 涛）6月18日，贵安新区举行招商引资集中签约仪式。\n\n\
         \u{3000}\u{3000}此外，贵阳高新区当天也签下一批项目：宁德时代贵州储能电池项目落户贵阳高新区，\
         投资额150亿元。\n",
    );
    let r = record(&records, "宁德时代贵州储能电池项目");
    assert_eq!(dates(r), [Some("2026-06-18")]);
}

/// With no day named before it, `当日` is the edition's day; `同日而语` is no same-day word (the
/// 10th, named before it, is not the signing's day).
#[test]
fn a_same_day_word_with_nothing_before_it_is_the_editions_day() {
    let records = ledger_of(
        "贵州日报　2026年6月19日　星期五　第3版　要闻\n\n项目签约\n\n\
         \u{3000}\u{3000}当日，宁德时代贵州储能电池项目在贵阳高新区签约，投资额150亿元。\n\n\
         \u{3000}\u{3000}6月10日，园区召开会议。如今的园区与过去不可同日而语，\
         比亚迪贵阳动力电池项目签约落地。\n",
    );
    assert_eq!(
        dates(record(&records, "宁德时代贵州储能电池项目")),
        [Some("2026-06-19")]
    );
    assert_eq!(
        dates(record(&records, "比亚迪贵阳动力电池项目")),
        [Some("2026-06-19")]
    );
}

/// A tender notice's `采购人：` owns its project and `预算金额：` is its cost (not the ceiling
/// price); the court's and the police's notices after it are no projects.
#[test]
fn a_tender_notices_fields_are_its_projects() {
    let records = ledger_of(
        "西安日报　2025年8月22日　星期五　第12版　公告\n\n\
         西安高新区第三污水处理厂提标改造工程招标公告\n\n\
         \u{3000}\u{3000}项目编号：XAGX-2025-ZB-0147\n\
         \u{3000}\u{3000}采购人：西安高新区市政工程管理中心\n\
         \u{3000}\u{3000}采购代理机构：陕西中正招标有限公司\n\
         \u{3000}\u{3000}预算金额：8,650.00万元\n\
         \u{3000}\u{3000}最高限价：8,600.00万元\n\
         \u{3000}\u{3000}投标截止时间：2025年9月12日9时30分\n\n\
         西安市中级人民法院公告\n\n\
         \u{3000}\u{3000}陕西某某置业有限公司：本院受理原告西安经开区城市建设投资有限公司诉你方建设工程\
         施工合同纠纷一案，现依法向你方公告送达起诉状副本。本案定于2025年11月10日9时在本院\
         第十二法庭公开开庭审理。\n\n\
         西安市公安局高新分局关于征集宋某某等人违法犯罪线索的通告\n\n\
         \u{3000}\u{3000}现公开征集宋某某等人在西安高新区从事非法集资活动的违法犯罪线索。\n",
    );
    assert_eq!(records.len(), 1, "{records:?}");
    let r = &records[0];
    assert_eq!(r.name, "第三污水处理厂提标改造工程");
    assert_eq!(r.owners, ["西安高新区市政工程管理中心"]);
    assert_eq!(
        r.investment.as_ref().map(|n| n.to_string()).as_deref(),
        Some("86500000")
    );
}

/// A company's short name before a place in a project's name owns the project
/// (`华勤技术南昌智能制造基地项目`), though the extractor knows no organisation there; a place
/// before a place (`南昌高新区…`) or an industry owns nothing.
#[test]
fn a_company_opening_a_projects_name_owns_it() {
    let records = ledger_of(
        "江西日报　2026年5月14日　星期四　第4版　园区\n\n南昌高新区重点项目加快推进\n\n\
         \u{3000}\u{3000}——华勤技术南昌智能制造基地项目：总投资60亿元，去年9月开工，目前一期厂房主体封顶。\n\n\
         \u{3000}\u{3000}——新能源南昌产业园项目：总投资8亿元，已完工。\n",
    );
    assert_eq!(
        record(&records, "华勤技术南昌智能制造基地项目").owners,
        ["华勤技术"]
    );
    assert!(record(&records, "新能源南昌产业园项目").owners.is_empty());
}
