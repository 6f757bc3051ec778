//! What the ledger reads from a page's text around a project (stop 50): the day a same-day word
//! refers back to, a tender notice's fields, the company a project's name opens with.

use dubao::ledger::Record;

#[path = "support/ledger.rs"]
mod support;
use support::{ledger_of, record};

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

/// The stage names of a record's events.
fn stages(r: &Record) -> Vec<&str> {
    r.stages.iter().map(|e| e.stage.as_str()).collect()
}

/// A call to action (`要推动…早开工、早投产`) is no event, and a capacity inside one project's
/// name (`华圣铝业30万吨再生铝项目`) is not the next project's in the list.
#[test]
fn a_call_to_action_is_no_stage_and_a_names_figure_is_its_own() {
    let records = ledger_of(
        "运城日报　2026年3月12日　星期四　第1版　要闻\n\n全市开发区推进会召开\n\n\
         \u{3000}\u{3000}本报讯（记者 刘 芳）3月11日，全市开发区推进会召开。张海峰强调，\
         要推动华圣铝业30万吨再生铝项目、运城经开区氢能重卡产业园项目等重大项目早开工、早投产。\n",
    );
    let a = record(&records, "华圣铝业30万吨再生铝项目");
    // The zone's name makes the kind of works one project (stop 51, `merge::with_zone`).
    let b = record(&records, "运城经开区氢能重卡产业园项目");
    assert!(a.stages.is_empty() && b.stages.is_empty(), "{records:?}");
    assert_eq!(a.measures.len(), 1);
    assert!(b.measures.is_empty(), "{:?}", b.measures);
}

/// A project under a title that reports a stage is not at it when its sentence puts that stage
/// still to come (`正在洽谈中，预计4月份签约`; `將投資…建設…，預計2027年竣工` under `動工`), while
/// a signed project that only plans to start (`计划明年上半年开工`) is still signed.
#[test]
fn a_project_still_to_reach_the_titles_stage_is_not_at_it() {
    let records = ledger_of(
        "江西日报　2026年3月12日　星期四　第4版　开放\n\n赣州经开区集中签约\n\n\
         \u{3000}\u{3000}本报赣州讯（记者　唐　燕）3月11日，赣州经济技术开发区招商引资项目集中签约活动举行。\
         签约的重点项目有：孚能科技（赣州）股份有限公司年产30GWh动力电池项目，总投资80亿元，\
         计划明年上半年开工。另有3个总投资约8亿元的现代物流项目正在洽谈中，预计4月份签约。\n",
    );
    assert!(record(&records, "现代物流项目").stages.is_empty());
    assert_eq!(
        stages(record(
            &records,
            "孚能科技（赣州）股份有限公司年产30GWh动力电池项目"
        )),
        ["签约"]
    );
    let records = ledger_of(
        "香港文匯報　2026年3月12日　星期四　A14　中國經濟\n\n河套園區動工\n\n\
         \u{3000}\u{3000}【香港文匯報訊】深圳河套深港科技創新合作區深圳園區11日舉行動工儀式。\
         新華集團將投資15億港元建設大灣區總部大樓項目，預計2027年竣工。\n",
    );
    assert!(record(&records, "大灣區總部大樓項目").stages.is_empty());
}

/// A size band (`投资10亿元至50亿元项目9个`) is no project, and a total after a count of projects
/// (`共签约项目108个，总投资865亿元，其中…`) is the batch's, not the project's named after it.
#[test]
fn a_batch_is_no_project_and_its_total_no_projects_cost() {
    let records = ledger_of(
        "江西日报　2026年3月12日　星期四　第4版　开放\n\n赣州经开区集中签约\n\n\
         \u{3000}\u{3000}本报赣州讯（记者　唐　燕）3月11日，赣州经济技术开发区招商引资项目集中签约活动举行，\
         现场签约项目26个。其中，投资10亿元至50亿元项目9个。\n\n\
         \u{3000}\u{3000}据悉，2025年赣州经开区共签约项目108个，总投资865亿元，\
         其中孚能科技一期项目已于2025年10月投产。\n",
    );
    let names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["孚能科技一期项目"]);
    assert!(records[0].investment.is_none(), "{records:?}");
}

/// A region (`台湾地区`, `粤港澳大湾区`) is no project's county, nor is a place named only in an
/// interviewee's career (`曾任苏州市吴中区区长`).
#[test]
fn regions_and_careers_give_no_place() {
    let records = ledger_of(
        "福建日报　2026年3月12日　星期四　第5版　开发区\n\n厦门火炬高新区芯片产业\n\n\
         \u{3000}\u{3000}本报讯（记者 林 霞）3月11日，通富微电厦门先进封测基地项目总投资70亿元，\
         于今年2月正式投产。此外，高新区还与台湾地区多家半导体企业建立了常态化交流机制。\n",
    );
    assert_eq!(record(&records, "通富微电厦门先进封测基地项目").place, None);
    let records = ledger_of(
        "经济日报　2026年3月12日　星期四　第6版　产业\n\n开发区如何当好“排头兵”\n\n\
         \u{3000}\u{3000}沈觅，1972年生，江苏常熟人。曾任苏州市吴中区区长、苏州市副市长。\n\n\
         \u{3000}\u{3000}沈觅：今年，信达生物全球研发中心二期项目将开工，总投资45亿元。\n",
    );
    assert_eq!(record(&records, "信达生物全球研发中心二期项目").place, None);
}

/// A year before the stage word (`2026年一季度…签约活动`) is the period of the batch; the day
/// written before it that lies in that year (`3月11日`) dates the signing.
#[test]
fn a_day_before_a_year_in_its_sentence_dates_the_event() {
    let records = ledger_of(
        "江西日报　2026年3月12日　星期四　第4版　开放\n\n赣州经开区举行2026年首季招商引资项目集中签约活动\n\n\
         \u{3000}\u{3000}本报赣州讯（记者　唐　燕）3月11日，赣州经济技术开发区2026年一季度招商引资项目\
         集中签约活动举行，现场签约项目26个，总投资312.6亿元。\n\n\
         \u{3000}\u{3000}签约的重点项目有：孚能科技（赣州）股份有限公司年产30GWh动力电池项目，\
         总投资80亿元。\n",
    );
    let r = record(
        &records,
        "孚能科技（赣州）股份有限公司年产30GWh动力电池项目",
    );
    assert_eq!(dates(r), [Some("2026-03-11")]);
}
