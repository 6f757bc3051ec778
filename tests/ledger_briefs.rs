//! What the ledger reads of headlines, briefs and interviews (stop 52): a title's short form of
//! the body's project, a stage said after a name its signing describes, a column of briefs
//! whose items are stories of their own, a count or a region read as a project, a figure's unit
//! read as a builder, and an interview's `还有`.

use dubao::ledger::Record;

#[path = "support/ledger.rs"]
mod support;
use support::{ledger_of, record};

fn stages(r: &Record) -> Vec<(&str, Option<&str>)> {
    r.stages
        .iter()
        .map(|e| (e.stage.as_str(), e.date.as_deref()))
        .collect()
}

fn names(records: &[Record]) -> Vec<&str> {
    records.iter().map(|r| r.name.as_str()).collect()
}

/// `万华化学40万吨聚醚项目投产` over `…万华化学集团股份有限公司年产40万吨聚醚多元醇项目正式投产`
/// is one project: the title names the body's capacity.
#[test]
fn a_titles_short_form_is_the_bodys_project() {
    let records = ledger_of(
        "大众日报　2025年12月22日　星期一　第3版　经济新闻\n\n万华化学40万吨聚醚项目投产\n\n\
         \u{3000}\u{3000}本报烟台12月20日讯　记者　李　娜　12月19日，烟台经济技术开发区万华化学集团\
         股份有限公司年产40万吨聚醚多元醇项目正式投产，项目总投资32亿元。\n\n\
         新乡经开区年产10万吨锂电材料项目投产\n\n\
         \u{3000}\u{3000}本报讯（记者 张浩）12月21日，河南天力锂能科技股份有限公司年产10万吨磷酸铁锂\
         正极材料项目在新乡经济技术开发区投产，总投资22亿元。\n",
    );
    assert_eq!(records.len(), 2, "{:?}", names(&records));
    let r = record(&records, "万华化学集团股份有限公司年产40万吨聚醚多元醇项目");
    assert!(
        r.aliases.iter().any(|a| a == "万华化学40万吨聚醚项目"),
        "{r:?}"
    );
    assert_eq!(stages(r), [("投产", Some("2025-12-19"))]);
    let r = record(
        &records,
        "河南天力锂能科技股份有限公司年产10万吨磷酸铁锂正极材料项目",
    );
    assert!(
        r.aliases.iter().any(|a| a == "年产10万吨锂电材料项目"),
        "{r:?}"
    );
}

/// Two body projects of the title's figure: the title's is neither's.
#[test]
fn a_titles_figure_two_body_projects_share_joins_neither() {
    let records = ledger_of(
        "大众日报　2025年12月22日　星期一　第3版　经济新闻\n\n两个10万吨锂电材料项目投产\n\n\
         \u{3000}\u{3000}12月21日，甲锂能公司年产10万吨磷酸铁锂项目投产；\
         乙新材料公司年产10万吨三元正极材料项目同日投产。\n",
    );
    for r in &records {
        assert!(
            r.aliases.iter().all(|a| !a.contains("锂电材料")),
            "{:?}",
            names(&records)
        );
    }
}

/// `今年5月签约的智能传感器产业园项目，7月即开工建设，预计明年6月竣工投产`: started in July,
/// signed in May; the completion is still a plan.
#[test]
fn a_stage_after_a_name_its_signing_describes_counts() {
    let records = ledger_of(
        "经济日报　2025年12月24日　星期三　第04版　产业\n\n合肥高新区项目建设提速\n\n\
         \u{3000}\u{3000}今年5月签约的智能传感器产业园项目，7月即开工建设，预计明年6月竣工投产。\n",
    );
    let r = record(&records, "智能传感器产业园项目");
    assert_eq!(
        stages(r),
        [("签约", Some("2025-05")), ("开工", Some("2025-07"))]
    );
    assert_eq!(r.stage.map(|s| s.as_str()), Some("开工"));
}

/// In a column of briefs the place item 2 names is not the place of items 1 and 3.
#[test]
fn a_briefs_place_stays_in_its_item() {
    let records = ledger_of(
        "新华日报 2025年12月25日 星期四 第5版 经济观察\n\n短讯\n\n\
         \u{3000}\u{3000}▲昆山开发区光电产业园三期项目12月22日竣工，总投资26亿元。（记者　徐　超）\n\
         \u{3000}\u{3000}▲常州国家高新区（新北区）与宁德时代签约，投资60亿元建设储能电池生产基地。（记者　唐　颖）\n\
         \u{3000}\u{3000}▲南通经济技术开发区年产3万吨高性能纤维项目近日开工。（记者　吴　琼）\n",
    );
    for r in &records {
        assert_eq!(r.place, None, "{r:?}");
    }
    assert!(records.len() >= 2, "{:?}", names(&records));
}

/// `香港新世界發展有限公司投資120億元人民幣建設的…項目`: the company owns it, not the money's
/// unit; `舉行粵港澳大灣區項目簽約活動` names a region and `簽約12項目` a count, no projects.
#[test]
fn a_figures_unit_owns_nothing_and_counts_and_regions_are_no_projects() {
    let records = ledger_of(
        "大公報\n2025年12月22日　星期一　A10　經濟\n\n前海港企投資額創新高\n\
         大公報記者　盧　靜　深圳報道\n\n\
         \u{3000}\u{3000}前海管理局副局長王錦俠表示，香港新世界發展有限公司投資120億元人民幣建設的\
         前海國際金融中心項目，已於11月底竣工。\n\n\
         南沙粵港合作園簽約12項目\n大公報記者　黃　寧\n\n\
         \u{3000}\u{3000}【大公報訊】記者黃寧報道：廣州南沙經濟技術開發區12月20日舉行粵港澳大灣區項目\
         簽約活動，12個項目現場簽約，總投資超過300億元人民幣。\n",
    );
    assert_eq!(names(&records), ["前海國際金融中心項目"]);
    assert_eq!(records[0].owners, ["香港新世界發展有限公司"]);
}

/// `還有德國舍弗勒嘉興三期項目`: the `有` is the verb, no part of the name or its owner; a
/// name that opens with `有` where no adverb comes before it keeps it.
#[test]
fn an_adverbs_you_is_no_part_of_the_name() {
    let records = ledger_of(
        "21世纪经济报道　2025年12月16日　星期二　第 07 版　区域经济\n\n“外资项目看中的是产业配套”\n\n\
         \u{3000}\u{3000}周斌：最大的是日本电产（尼得科）新能源汽车驱动电机项目，总投资3.8亿美元，\
         10月已经开工；还有德国舍弗勒嘉兴三期项目，增资2亿美元。\n",
    );
    let r = record(&records, "德国舍弗勒嘉兴三期项目");
    assert!(r.owners.iter().all(|o| !o.starts_with('有')), "{r:?}");
}

/// `恒力石化子公司签约大连长兴岛项目` over the body's `年产160万吨高端新材料项目` in the
/// `大连长兴岛经济技术开发区`: the title says where the project is, it names no second one.
#[test]
fn a_titles_zone_and_project_word_is_no_second_project() {
    let records = ledger_of(
        "证券时报\n2025年12月18日 星期四 A5 公司\n\n恒力石化子公司签约大连长兴岛项目\n证券时报记者 王小伟\n\n\
         \u{3000}\u{3000}恒力石化（600346）12月17日晚间公告，公司全资子公司恒力石化（大连）新材料科技\
         有限公司与大连长兴岛经济技术开发区管委会签订投资协议，拟投资158亿元建设年产160万吨高端\
         新材料项目。\n",
    );
    assert_eq!(names(&records), ["年产160万吨高端新材料项目"]);
}
