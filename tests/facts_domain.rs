//! Facts of development-zone news beyond the sample: companies registered with a place in
//! brackets, projects named after such a company, institutes with their nested units, and the
//! short company names of a signing list.

use std::sync::OnceLock;

use dubao::facts::Extractor;
use dubao::model::{Article, FactKind};

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn names(text: &str, kind: FactKind) -> Vec<String> {
    let article = Article {
        id: "1-1".into(),
        paragraphs: vec![text.to_owned()],
        ..Article::default()
    };
    ex().extract(&article, Some(2023))
        .into_iter()
        .filter(|f| f.kind == kind)
        .filter_map(|f| f.name)
        .collect()
}

#[test]
fn a_place_in_brackets_stays_in_the_company_name() {
    let orgs = names(
        "国新控股（重庆）有限公司与区政府签订合作协议。",
        FactKind::Organization,
    );
    assert!(
        orgs.contains(&"国新控股（重庆）有限公司".to_owned()),
        "{orgs:?}"
    );
    // The place inside the name is no place of its own.
    let places = names(
        "国新控股（重庆）有限公司与区政府签订合作协议。",
        FactKind::Place,
    );
    assert!(!places.contains(&"重庆".to_owned()), "{places:?}");
}

#[test]
fn brackets_that_hold_no_place_end_the_name() {
    let orgs = names(
        "山西焦煤集团（以下简称焦煤）有限公司当天签约。",
        FactKind::Organization,
    );
    assert!(!orgs.iter().any(|o| o.contains("以下简称")), "{orgs:?}");
}

#[test]
fn a_project_keeps_its_owner_with_a_bracketed_place() {
    let projects = names(
        "其中，云南白药集团（云南）智慧生物医药生产基地项目计划总投资20亿元。",
        FactKind::Project,
    );
    assert_eq!(projects, ["云南白药集团（云南）智慧生物医药生产基地项目"]);
}

#[test]
fn an_institute_and_its_nested_units_are_one_body() {
    let orgs = names(
        "重庆大学国家重点实验室巴南分中心同日揭牌。",
        FactKind::Organization,
    );
    assert_eq!(orgs, ["重庆大学国家重点实验室巴南分中心"]);
    let places = names(
        "重庆大学国家重点实验室巴南分中心同日揭牌。",
        FactKind::Place,
    );
    assert!(places.is_empty(), "{places:?}");
}

#[test]
fn a_university_is_not_extended_across_the_sentence() {
    let orgs = names("他毕业于重庆大学，后在研究所工作。", FactKind::Organization);
    assert!(orgs.contains(&"重庆大学".to_owned()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.len() > "重庆大学".len()), "{orgs:?}");
}

#[test]
fn short_names_in_a_signing_list_are_organisations() {
    let orgs = names(
        "签约企业包括英飞源、鹏城新能、国新控股（重庆）有限公司等。",
        FactKind::Organization,
    );
    assert!(orgs.contains(&"鹏城新能".to_owned()), "{orgs:?}");
    assert!(
        orgs.contains(&"国新控股（重庆）有限公司".to_owned()),
        "{orgs:?}"
    );
}

#[test]
fn a_list_that_holds_places_adds_no_organisation() {
    let orgs = names(
        "山西焦煤集团有限公司在太原、大同、长治设立分支机构。",
        FactKind::Organization,
    );
    assert!(!orgs.iter().any(|o| o == "大同" || o == "长治"), "{orgs:?}");
}

#[test]
fn a_list_of_common_words_adds_no_organisation() {
    let orgs = names(
        "山西焦煤集团有限公司、政府、高校等共同参与。",
        FactKind::Organization,
    );
    assert!(!orgs.iter().any(|o| o == "政府" || o == "高校"), "{orgs:?}");
}

#[test]
fn a_place_inside_a_listed_company_name_is_part_of_the_name() {
    let text = "全区已引进广汽埃安、百济神州、宁德时代等龙头企业。";
    let orgs = names(text, FactKind::Organization);
    assert!(orgs.contains(&"百济神州".to_owned()), "{orgs:?}");
    assert!(orgs.contains(&"宁德时代".to_owned()), "{orgs:?}");
    assert!(!names(text, FactKind::Place).contains(&"神州".to_owned()));
}

#[test]
fn a_division_and_the_one_below_it_make_a_compound_place() {
    let places = names("5月11日，重庆市巴南区举行签约仪式。", FactKind::Place);
    for p in ["重庆市巴南区", "重庆市", "巴南区"] {
        assert!(places.contains(&p.to_owned()), "{p}: {places:?}");
    }
    // Two divisions of one level side by side are no compound.
    let places = names("山西省河北省两地签署协议。", FactKind::Place);
    assert!(!places.contains(&"山西省河北省".to_owned()), "{places:?}");
}

#[test]
fn a_verb_before_a_park_makes_no_compound_place() {
    let places = names(
        "这条全长 0.776 公里的园区道路，将成为串联王桥工业园区企业、完善县域产业配套的关键“毛细血管”。",
        FactKind::Place,
    );
    assert!(places.contains(&"王桥工业园区".to_owned()), "{places:?}");
    assert!(!places.iter().any(|p| p.starts_with("串联")), "{places:?}");
}

#[test]
fn a_name_opening_with_a_demonstrative_char_keeps_it() {
    // `本源` (origin) is a word: its `本` is no "this" to drop.
    let orgs = names(
        "本源量子计算科技（合肥）股份有限公司新建的生产线落户高新区。",
        FactKind::Organization,
    );
    assert!(
        orgs.contains(&"本源量子计算科技（合肥）股份有限公司".to_owned()),
        "{orgs:?}"
    );
    // A demonstrative standing as its own word still goes.
    let orgs = names(
        "该公司与本公司和这家科技有限公司签约。",
        FactKind::Organization,
    );
    assert!(
        !orgs
            .iter()
            .any(|o| o.starts_with('该') || o.starts_with('本') || o.starts_with("这家")),
        "{orgs:?}"
    );
}

/// A park named by a place in a list of zones is a zone since stop 47 (it had been a place),
/// and never a body the tagger proposes on its span.
#[test]
fn a_park_in_a_list_of_zones_is_a_zone() {
    let text = "与此同时，长沙经开区、苏州工业园区等地的企业也纷纷来皖考察。";
    let zones = names(text, FactKind::Zone);
    assert!(zones.contains(&"苏州工业园区".to_owned()), "{zones:?}");
    let orgs = names(text, FactKind::Organization);
    assert!(!orgs.contains(&"苏州工业园区".to_owned()), "{orgs:?}");
}

#[test]
fn a_subsidiary_written_after_its_group_is_one_company() {
    let orgs = names(
        "中国电建集团华南投资有限公司拟投资35亿元建设物流园。",
        FactKind::Organization,
    );
    assert!(
        orgs.contains(&"中国电建集团华南投资有限公司".to_owned()),
        "{orgs:?}"
    );
}

#[test]
fn a_campus_in_brackets_stays_in_the_name() {
    let orgs = names(
        "香港科技大学（广州）与南沙区政府合作共建研究院。",
        FactKind::Organization,
    );
    assert!(
        orgs.contains(&"香港科技大学（广州）".to_owned()),
        "{orgs:?}"
    );
}

#[test]
fn a_stop_word_inside_a_word_does_not_cut_a_project_name() {
    // `研究` in `研究院`, `服务` in `服务器`: no verbs there.
    let projects = names(
        "双方合作共建的智能制造研究院项目投资8亿元，信创服务器生产基地项目同日开工。",
        FactKind::Project,
    );
    assert!(
        projects.contains(&"智能制造研究院项目".to_owned()),
        "{projects:?}"
    );
    assert!(
        projects.contains(&"信创服务器生产基地项目".to_owned()),
        "{projects:?}"
    );
}

#[test]
fn a_list_called_companies_names_companies() {
    let orgs = names(
        "出席活动的还有来自比亚迪、小米汽车、华为等企业的代表200余人。",
        FactKind::Organization,
    );
    for o in ["比亚迪", "小米汽车", "华为"] {
        assert!(orgs.contains(&o.to_owned()), "{o}: {orgs:?}");
    }
    assert!(!orgs.iter().any(|o| o.contains("来自")), "{orgs:?}");
    // Cities, and entrepreneurs, are no companies.
    let orgs = names("来自北京、上海等城市的企业参加。", FactKind::Organization);
    assert!(orgs.is_empty(), "{orgs:?}");
    let orgs = names("赵甲、钱乙等企业家出席。", FactKind::Organization);
    assert!(orgs.is_empty(), "{orgs:?}");
    // Lines of business are no companies either.
    let orgs = names(
        "园区将重点引进大数据、人工智能等企业，力争明年入驻企业超过百家。",
        FactKind::Organization,
    );
    assert!(orgs.is_empty(), "{orgs:?}");
    let orgs = names("签约企业包括小米、华为等企业。", FactKind::Organization);
    assert!(orgs.contains(&"华为".to_owned()), "{orgs:?}");
}

#[test]
fn names_listed_after_a_titled_one_are_people() {
    let text = "出席活动的还有市领导程用文、陈邂馨，以及企业代表200余人。";
    let people = names(text, FactKind::Person);
    assert!(people.contains(&"程用文".to_owned()), "{people:?}");
    assert!(people.contains(&"陈邂馨".to_owned()), "{people:?}");
    // A title after the comma starts a reading of its own.
    let people = names("公司董事长张三、总经理李四出席。", FactKind::Person);
    assert_eq!(people, ["张三", "李四"]);
}

#[test]
fn a_list_called_projects_names_projects() {
    let projects = names(
        "下半年，该区还将开工建设清华大学山西清洁能源研究院中试基地、华为云晋中数据中心等12个重点项目。",
        FactKind::Project,
    );
    assert!(
        projects.contains(&"清华大学山西清洁能源研究院中试基地".to_owned()),
        "{projects:?}"
    );
    assert!(
        projects.contains(&"华为云晋中数据中心".to_owned()),
        "{projects:?}"
    );
}

#[test]
fn a_project_name_keeps_its_units_times_capacity() {
    let projects = names(
        "山西瑞光热电有限责任公司2×35万千瓦热电联产项目正式并网发电。",
        FactKind::Project,
    );
    assert!(
        projects
            .iter()
            .any(|p| p.contains("2×35万千瓦热电联产项目")),
        "{projects:?}"
    );
}

#[test]
fn a_road_being_built_is_the_project_not_a_place() {
    let article = Article {
        id: "1-1".into(),
        title: vec!["潞北三路开工".to_owned()],
        paragraphs: vec!["潞北三路道路工程开工建设，潞北三路全长0.776公里。".to_owned()],
        ..Article::default()
    };
    let facts = ex().extract(&article, Some(2025));
    assert!(
        !facts
            .iter()
            .any(|f| f.kind == FactKind::Place && f.text == "潞北三路"),
        "{facts:?}"
    );
    assert!(facts
        .iter()
        .any(|f| f.kind == FactKind::Project && f.text == "潞北三路道路工程"));
    // A road nobody builds here stays a place.
    let places = names("企业沿长安街布局。", FactKind::Place);
    assert!(places.contains(&"长安街".to_owned()), "{places:?}");
}

#[test]
fn a_correspondent_is_credited_as_one() {
    let article = Article {
        id: "1-1".into(),
        reporters: vec!["陈晓".into(), "黄埔宣".into()],
        reporter_roles: vec!["记者".into(), "通讯员".into()],
        paragraphs: vec!["3月7日，项目集中开工。".to_owned()],
        ..Article::default()
    };
    let roles: Vec<(String, Option<String>)> = ex()
        .extract(&article, Some(2024))
        .into_iter()
        .filter(|f| f.kind == FactKind::Person)
        .map(|f| (f.text, f.role))
        .collect();
    assert!(
        roles.contains(&("黄埔宣".into(), Some("通讯员".into()))),
        "{roles:?}"
    );
    assert!(
        roles.contains(&("陈晓".into(), Some("记者".into()))),
        "{roles:?}"
    );
}

#[test]
fn gatherings_are_no_bodies() {
    let orgs = names(
        "运用好招商推介会、家乡推介会等形式，做好元旦、春节期间的招商工作。",
        FactKind::Organization,
    );
    assert!(orgs.is_empty(), "{orgs:?}");
}

#[test]
fn a_list_of_company_heads_names_people_not_companies() {
    let orgs = names(
        "张明远、李华强等企业负责人参加了座谈。",
        FactKind::Organization,
    );
    assert!(orgs.is_empty(), "{orgs:?}");
}

#[test]
fn a_region_named_by_its_provinces_is_a_place() {
    let text = "粤港澳合作再提速，京津冀协同发展。";
    assert!(names(text, FactKind::Organization).is_empty());
    let places = names(text, FactKind::Place);
    assert!(places.contains(&"粤港澳".to_owned()), "{places:?}");
}

#[test]
fn a_name_listed_after_a_titled_one_ends_its_item() {
    let text = "营销总监吴礼文、尚卓集团董事长王红德参加。";
    let people = names(text, FactKind::Person);
    assert!(!people.contains(&"尚卓".to_owned()), "{people:?}");
    assert!(people.contains(&"王红德".to_owned()), "{people:?}");
}

/// A company named with its own place right after the zone it is sited in is the company, not
/// a body of the zone; the zone's own bodies keep the zone's name.
#[test]
fn a_company_after_its_zone_is_named_without_it() {
    let text = "在沁水经济技术开发区山西兆丰铝业有限公司高端铝合金项目施工现场，工人们正在作业。";
    let orgs = names(text, FactKind::Organization);
    assert_eq!(orgs, ["山西兆丰铝业有限公司"], "{orgs:?}");
    let orgs = names(
        "运城经济技术开发区党工委召开会议，研究部署招商工作。",
        FactKind::Organization,
    );
    assert!(
        orgs.contains(&"运城经济技术开发区党工委".to_owned()),
        "{orgs:?}"
    );
}
