//! Facts of each kind on real-world variants beyond the sample: Traditional characters,
//! full-width and Chinese numerals, explicit and relative years, long titles, nested
//! organisation names, and words jieba mistakes for names.

use std::sync::OnceLock;

use dubao::facts::Extractor;
use dubao::model::{Article, Caption, Fact, FactKind, FactValue, Location};

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn article(paragraphs: &[&str]) -> Article {
    Article {
        id: "1-1".into(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        ..Article::default()
    }
}

fn facts(p: &str, year: Option<i32>) -> Vec<Fact> {
    ex().extract(&article(&[p]), year)
}

fn of(facts: &[Fact], kind: FactKind) -> Vec<Fact> {
    facts.iter().filter(|f| f.kind == kind).cloned().collect()
}

fn names(facts: &[Fact], kind: FactKind) -> Vec<String> {
    of(facts, kind).into_iter().filter_map(|f| f.name).collect()
}

fn people(facts: &[Fact]) -> Vec<(String, String)> {
    of(facts, FactKind::Person)
        .into_iter()
        .map(|f| (f.name.unwrap_or_default(), f.role.unwrap_or_default()))
        .collect()
}

fn value(f: &Fact) -> String {
    match &f.value {
        Some(FactValue::Number(n)) => n.to_string(),
        Some(FactValue::Text(t)) => t.clone(),
        None => String::new(),
    }
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}

/// Asserts that `text` names each of `want` as a place; returns every place it names.
fn finds_places(text: &str, want: &[&str]) -> Vec<String> {
    let p = names(&facts(text, None), FactKind::Place);
    for w in want {
        assert!(p.contains(&(*w).to_owned()), "{w} in {p:?}");
    }
    p
}

#[test]
fn people_with_long_titles_and_shared_titles() {
    let f = facts("1月8日，市委常委、副市长李建国带队到晋城经济技术开发区调研，区党工委书记、管委会主任张伟陪同。", Some(2025));
    assert_eq!(
        people(&f),
        [
            pair("李建国", "市委常委、副市长"),
            // Both posts in the zone's two bodies (stop 51; before, the last only).
            pair("张伟", "区党工委书记、管委会主任")
        ]
    );
    let f = facts(
        "晋能控股集团有限公司党委书记、董事长李世军一行来到大同市考察。",
        None,
    );
    assert_eq!(people(&f), [pair("李世军", "党委书记、董事长")]);
    let f = facts(
        "山西省工业和信息化厅厅长刘彦军、太原市人民政府副市长陈佳出席活动并致辞。",
        None,
    );
    assert_eq!(
        people(&f),
        [
            pair("刘彦军", "山西省工业和信息化厅厅长"),
            pair("陈佳", "太原市人民政府副市长")
        ]
    );
}

#[test]
fn people_in_traditional_characters_get_simplified_names() {
    let f = facts(
        "晉城經濟技術開發區管委會副主任王曉明表示，該區將持續優化營商環境。",
        None,
    );
    assert_eq!(names(&f, FactKind::Person), ["王晓明"]);
    let p = &of(&f, FactKind::Person)[0];
    assert_eq!(p.text, "王曉明");
    assert_eq!(p.role.as_deref(), Some("管委會副主任"));
}

#[test]
fn speakers_without_a_title_and_words_that_are_not_names() {
    let f = facts("“我们要抓住机遇。”周明华说。", None);
    assert_eq!(names(&f, FactKind::Person), ["周明华"]);
    let f = facts(
        "召开专题会补充完善施工方案和安全措施，推进智慧交通、农林植保等领域应用。",
        None,
    );
    assert!(names(&f, FactKind::Person).is_empty(), "{f:?}");
    let f = facts("部门负责人介绍，项目已完成。", None);
    assert!(names(&f, FactKind::Person).is_empty(), "{f:?}");
}

#[test]
fn credits_take_their_roles() {
    let mut a = article(&["近日，某地举行活动。"]);
    a.byline = vec!["刘少伟".into()];
    a.reporters = vec!["王波".into()];
    a.captions = vec![Caption {
        text: Some("活动现场".into()),
        credit: Some("梁栋".into()),
    }];
    let f = ex().extract(&a, None);
    let mut p = people(&f);
    p.sort();
    assert_eq!(
        p,
        [
            pair("刘少伟", "author"),
            pair("梁栋", "photographer"),
            pair("王波", "记者")
        ]
    );
    assert!(of(&f, FactKind::Person)
        .iter()
        .all(|f| f.paragraph.is_none() && f.location.is_some()));
    assert!(of(&f, FactKind::Person)
        .iter()
        .any(|f| f.location == Some(Location::Caption)));
}

#[test]
fn nested_and_long_organisation_names() {
    let f = facts(
        "中国铁建股份有限公司山西分公司承建的太原至忻州城际铁路工程，全长约 65 公里。",
        None,
    );
    assert_eq!(
        names(&f, FactKind::Organization),
        ["中国铁建股份有限公司山西分公司"]
    );
    assert_eq!(names(&f, FactKind::Project), ["太原至忻州城际铁路工程"]);
    let f = facts("晋能控股集团有限公司党委书记李世军讲话。", None);
    assert_eq!(names(&f, FactKind::Organization), ["晋能控股集团有限公司"]);
    let f = facts("太原理工大学与阳泉市人民政府签署战略合作协议。", None);
    assert_eq!(
        names(&f, FactKind::Organization),
        ["太原理工大学", "阳泉市人民政府"]
    );
}

#[test]
fn vague_organisations_are_not_reported() {
    let f = facts(
        "各单位、运营公司及招商专班负责人参加。该公司装备部结合公司实际，做好布局。",
        None,
    );
    assert!(
        names(&f, FactKind::Organization).is_empty(),
        "{:?}",
        names(&f, FactKind::Organization)
    );
}

#[test]
fn zones_resolve_to_canonical_simplified_names() {
    let mut a = article(&[
        "晉城經開區管委會召開會議。",
        "针对云网经开区污水处理厂当前运营情况。",
    ]);
    a.zone = Some("云网经济技术开发区".into());
    let f = ex().extract(&a, None);
    assert_eq!(
        names(&f, FactKind::Zone),
        ["晋城经济技术开发区", "云网经济技术开发区"]
    );
}

#[test]
fn places_from_gazetteer_towns_and_parks() {
    let f = facts("近日，兴县瓦塘镇山西中润铸造合金生产车间内炉火通红。", None);
    let p = names(&f, FactKind::Place);
    assert!(
        p.contains(&"兴县".to_owned()) && p.contains(&"瓦塘镇".to_owned()),
        "{p:?}"
    );
    let f = facts("将缓解王桥工业园区交通压力，襄垣县地处上党盆地北缘。", None);
    let p = names(&f, FactKind::Place);
    assert!(
        p.contains(&"王桥工业园区".to_owned()) && p.contains(&"襄垣县".to_owned()),
        "{p:?}"
    );
    let f = facts("祝愿国家长治久安。", None);
    assert!(names(&f, FactKind::Place).is_empty());
    // Places outside Shanxi come from the national list of divisions.
    finds_places(
        "考察团先后前往江苏省昆山市、浙江省义乌市和广东省佛山市南海区。",
        &["江苏省", "昆山市", "浙江省", "义乌市", "南海区"],
    );
}

/// World cities beyond the time-zone exemplars (GeoNames' cities of 300,000 people or more),
/// some listed only in Traditional characters (`開普敦`), are read from folded text.
#[test]
fn world_cities_from_geonames_in_either_script() {
    finds_places(
        "法国队12日在马赛战胜南非队后，代表团转机前往美丽的开普敦，又到新德里。",
        &["马赛", "开普敦", "新德里"],
    );
    let f = facts("他們轉機前往開普敦。", None);
    assert_eq!(names(&f, FactKind::Place), ["开普敦"]);
    // A common word that is also a city's name in GeoNames stays a word.
    let f = facts("这项工作要大分工、大协作。", None);
    assert!(names(&f, FactKind::Place).is_empty());
    let f = facts("她爱吃汉堡和麻辣烫。", None);
    assert!(names(&f, FactKind::Place).is_empty());
    // A city's name running on into an island's or a person's is neither.
    let f = facts("长滩岛的日落让人念念不忘。", None);
    assert!(!names(&f, FactKind::Place).contains(&"长滩".to_owned()));
}

#[test]
fn projects_need_a_specific_name() {
    let f = facts(
        "标志着山西省重点转型项目、总投资 1233 万元的 4 万吨铸造合金项目顺利投产。",
        None,
    );
    assert_eq!(names(&f, FactKind::Project), ["4 万吨铸造合金项目"]);
    let f = facts(
        "要全面科学谋划储备 2026 年重大项目，包联项目进展情况，培养卓越工程师。",
        None,
    );
    assert!(
        names(&f, FactKind::Project).is_empty(),
        "{:?}",
        names(&f, FactKind::Project)
    );
    let f = facts(
        "工作人员正在实时查看年产 8 万吨焦炉煤气制 LNG 项目运行情况。",
        None,
    );
    assert_eq!(
        names(&f, FactKind::Project),
        ["年产 8 万吨焦炉煤气制 LNG 项目"]
    );
    let q = of(&f, FactKind::Quantity);
    assert_eq!(
        (value(&q[0]), q[0].unit.as_deref(), q[0].flags.clone()),
        ("80000".into(), Some("吨"), vec!["annual".to_owned()])
    );
    // A phase makes a name specific; a company named after its trade is no project.
    let f = facts(
        "位于太原高新区的新能源汽车零部件产业园一期项目主体结构全部完工。山西建投第三建筑工程有限公司承建该项目，下一步将加快推进二期工程建设。",
        None,
    );
    assert_eq!(
        names(&f, FactKind::Project),
        ["新能源汽车零部件产业园一期项目"]
    );
    assert!(names(&f, FactKind::Organization).contains(&"山西建投第三建筑工程有限公司".to_owned()));
}

#[test]
fn amounts_in_full_width_and_chinese_numerals() {
    let f = facts(
        "該區簽約項目１２個，總投資５６．８億元，投入两千三百万元用于设备更新。",
        None,
    );
    let m = of(&f, FactKind::Money);
    assert_eq!(
        m.iter().map(value).collect::<Vec<_>>(),
        ["5680000000", "23000000"]
    );
    assert_eq!(m[0].text, "５６．８億元");
    let q = of(&f, FactKind::Quantity);
    assert_eq!(
        (value(&q[0]), q[0].unit.as_deref()),
        ("12".into(), Some("个"))
    );
}

#[test]
fn dates_explicit_relative_and_partial() {
    let f = facts(
        "２０２６年１月８日，去年同期，明年投产，12 月 22 日开工。",
        Some(2025),
    );
    let d: Vec<String> = of(&f, FactKind::Date).iter().map(value).collect();
    assert_eq!(d, ["2026-01-08", "2024", "2026", "2025-12-22"]);
    let f = facts("12 月 22 日开工。", None);
    let d = &of(&f, FactKind::Date)[0];
    assert_eq!(value(d), "--12-22");
    assert!(d.flags.contains(&"partial".to_owned()));
}

#[test]
fn offsets_are_chars_into_the_paragraph() {
    let p = "近日，總投資３．０４億元的项目开工。";
    let f = facts(p, None);
    for fact in &f {
        let text: String = p
            .chars()
            .skip(fact.start)
            .take(fact.end - fact.start)
            .collect();
        assert_eq!(text, fact.text);
        assert_eq!(fact.paragraph, Some(0));
    }
    assert_eq!(value(&of(&f, FactKind::Money)[0]), "304000000");
}

#[test]
fn facts_are_deduplicated_per_article() {
    let a = article(&[
        "总投资 3.04 亿元。",
        "项目总投资 3.04 亿元，河津经济技术开发区。",
        "河津经济技术开发区",
    ]);
    let f = ex().extract(&a, None);
    assert_eq!(of(&f, FactKind::Money).len(), 1);
    assert_eq!(of(&f, FactKind::Zone).len(), 1);
}

#[test]
fn any_input_is_safe() {
    for p in [
        "",
        " ",
        "第",
        "万亿",
        "1.",
        "百分之",
        "12 月 40 日",
        "９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９億元",
        "■",
        "主任",
        "、、、主任王",
        "项目",
        "公司",
        "镇",
    ] {
        let _ = facts(p, Some(2025));
    }
}

#[test]
fn organisations_do_not_start_with_a_date_or_a_clause_verb() {
    let facts = facts("他于2006年9月出任TCL集团总裁。", Some(2025));
    let orgs: Vec<&str> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Organization)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(orgs, vec!["TCL集团"], "{facts:?}");
}

#[test]
fn organisations_do_not_start_with_a_quantifier_pronoun_or_preposition() {
    let f = facts(
        "不少银行和大多数银行都提高了利率，消费者用招商银行的信用卡付款。",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"招商银行".to_owned()), "{orgs:?}");
    assert!(
        !orgs
            .iter()
            .any(|o| ["不少", "大多数", "用"].iter().any(|p| o.starts_with(p))),
        "{orgs:?}"
    );
}

#[test]
fn long_transliterated_names_are_read_whole_after_a_title() {
    let f = facts(
        "以色列总理内塔尼亚胡昨天在这里说，内务部长斯捷帕申也参加了会谈。",
        Some(2025),
    );
    let people = names(&f, FactKind::Person);
    assert!(people.contains(&"内塔尼亚胡".to_owned()), "{people:?}");
    assert!(people.contains(&"斯捷帕申".to_owned()), "{people:?}");
    assert!(!people.contains(&"斯捷".to_owned()), "{people:?}");
}

#[test]
fn a_project_name_does_not_open_with_the_amount_invested() {
    let f = facts(
        "山西潞宝集团投资 12 亿元建设年产 20 万吨针状焦项目；乙公司投资 3 亿元打造智能装备产业园项目。",
        Some(2025),
    );
    assert_eq!(
        names(&f, FactKind::Project),
        ["年产 20 万吨针状焦项目", "智能装备产业园项目"]
    );
}

#[test]
fn a_name_money_or_a_signature_is_committed_to_is_a_project() {
    let f = facts(
        "甲公司投资 5.1 亿元建设单晶硅片项目；乙集团与开发区签约煤基特种油品项目，总投资 20 亿元；丙公司的设施农业项目总投资 1.8 亿元。开发区将为签约项目提供服务。",
        Some(2025),
    );
    assert_eq!(
        names(&f, FactKind::Project),
        ["单晶硅片项目", "煤基特种油品项目", "设施农业项目"]
    );
}

#[test]
fn a_compound_of_divisions_is_a_place_beside_its_parts() {
    let p = finds_places(
        "考察团前往广东省佛山市南海区和江苏省昆山市。",
        &["广东省佛山市南海区", "广东省", "佛山市", "南海区", "昆山市"],
    );
    // The whole run is the address; its first two divisions are not one more.
    assert!(!p.contains(&"广东省佛山市".to_owned()), "{p:?}");
    // A run that ends in no division (the place runs on into a company's name) is none.
    let f = facts("近日，兴县瓦塘镇山西中润铸造合金生产车间内炉火通红。", None);
    assert!(!names(&f, FactKind::Place).contains(&"兴县瓦塘镇山西".to_owned()));
}

/// A region ends in `区` and a province's short name in no suffix, yet both head a run.
#[test]
fn a_region_or_a_province_short_name_heads_a_compound() {
    for (text, whole) in [
        ("李时珍故里湖北蕲春县首发。", "湖北蕲春县"),
        (
            "内蒙古自治区赤峰市克什克腾旗建成新园区。",
            "内蒙古自治区赤峰市克什克腾旗",
        ),
    ] {
        let p = names(&facts(text, None), FactKind::Place);
        assert!(p.contains(&whole.to_owned()), "{whole} in {p:?}");
    }
}

#[test]
fn a_body_drops_a_head_that_opens_with_no_noun_or_name() {
    let f = facts("据了解，当地公安局已经立案调查。", None);
    assert_eq!(names(&f, FactKind::Organization), ["公安局"]);
    let f = facts("双方签约后，当地税务局表示支持。", None);
    assert_eq!(names(&f, FactKind::Organization), ["税务局"]);
}

#[test]
fn a_body_named_from_its_place_drops_the_clause_before_it() {
    // The rules read a name back from its suffix; where the tagger's name opens with a place and
    // the head before it names none, the head is the clause's (`严格遵守`).
    let f = facts("各企业必须严格遵守山西省市场监督管理局发布的新规定。", None);
    assert_eq!(names(&f, FactKind::Organization), ["山西省市场监督管理局"]);
    // A party to a lawsuit is no part of its name.
    let f = facts("原告中国建设银行太原分行的代理人当天出庭。", None);
    assert_eq!(names(&f, FactKind::Organization), ["中国建设银行太原分行"]);
}

#[test]
fn a_group_sent_somewhere_is_no_body() {
    let f = facts("随后代表团前往北京，考察团一行来到太原。", None);
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
}

#[test]
fn a_club_named_as_its_city_or_country_is_a_body() {
    let f = facts("本轮比赛，罗马客场不胜，阿根廷主场迎战荷兰。", None);
    let o = names(&f, FactKind::Organization);
    assert!(
        o.contains(&"罗马".to_owned()) && o.contains(&"阿根廷".to_owned()),
        "{o:?}"
    );
    assert!(!names(&f, FactKind::Place).contains(&"罗马".to_owned()));
}

#[test]
fn a_named_body_inside_a_role_is_a_body() {
    // A body jieba's dictionary knows, or one ending in a body suffix, is a body even where it
    // opens a person's role; a department (`技术中心研发部`) stays part of the role.
    let f = facts("据新华社记者张伟报道，会议于昨日闭幕。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"新华社".to_owned()),
        "{f:?}"
    );
    let f = facts("商务部副部长李明率调研组赴广东调研。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"商务部".to_owned()),
        "{f:?}"
    );
}

#[test]
fn a_body_written_into_a_title_word_is_a_body() {
    // jieba writes `内政部长` as one word; the body ends inside it, where the title starts.
    let f = facts("内政部长将不得不与警察工会展开谈判。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"内政部".to_owned()),
        "{f:?}"
    );
}

#[test]
fn one_char_abbreviations_in_a_pair_are_places() {
    let f = facts("中美两国元首在北京举行会谈。", None);
    let places = names(&f, FactKind::Place);
    assert!(
        places.contains(&"中".to_owned()) && places.contains(&"美".to_owned()),
        "{f:?}"
    );
}

#[test]
fn a_body_freed_by_a_later_proposal_is_kept() {
    // The rules read one body from `美联储` to `花旗银行` across the verbs; the tagger's
    // `花旗银行` drops it, which frees its `美联储`, proposed before.
    let f = facts("美联储出面调停花旗银行收购案。", None);
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"美联储".to_owned()), "{f:?}");
    assert!(orgs.contains(&"花旗银行".to_owned()), "{f:?}");
}

#[test]
fn a_code_the_tagger_reads_as_a_body_is_no_product() {
    let f = facts("而bet365、威廉希尔等公司看好主队。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"bet365".to_owned()),
        "{f:?}"
    );
    assert!(of(&f, FactKind::Product).is_empty(), "{f:?}");
}

#[test]
fn a_company_inside_a_role_is_a_body() {
    let f = facts("接下来有请华润集团董事长王诚做主题发言。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"华润集团".to_owned()),
        "{f:?}"
    );
}

#[test]
fn a_common_word_before_a_suffix_names_no_body() {
    // `国内银行` says what kind of bank, `工商银行` (a word jieba knows) which one.
    let f = facts("国内银行纷纷下调利率，工商银行也已跟进。", None);
    let orgs = names(&f, FactKind::Organization);
    assert!(!orgs.contains(&"国内银行".to_owned()), "{f:?}");
    assert!(orgs.contains(&"工商银行".to_owned()), "{f:?}");
}

#[test]
fn a_time_word_after_a_title_is_no_name() {
    // `周` is a surname, but `周二晚` ends in a char a name rarely ends in.
    let f = facts("若斯潘总理周二晚表示，协议为和平带来希望。", None);
    assert!(
        !names(&f, FactKind::Person).contains(&"周二晚".to_owned()),
        "{f:?}"
    );
}

#[test]
fn an_area_named_within_a_place_is_a_place_beside_it() {
    let f = facts("他在伦敦西区的剧院演出。", None);
    let places = names(&f, FactKind::Place);
    assert!(places.contains(&"伦敦西区".to_owned()), "{f:?}");
    assert!(places.contains(&"伦敦".to_owned()), "{f:?}");
}

#[test]
fn a_street_is_a_place_a_postal_address_is_not() {
    let f = facts("市民在长安街观看阅兵。", None);
    assert!(
        names(&f, FactKind::Place).contains(&"长安街".to_owned()),
        "{f:?}"
    );
    let f = facts("地址：幸福路88号", None);
    assert!(
        !names(&f, FactKind::Place).iter().any(|p| p.ends_with('号')),
        "{f:?}"
    );
}

#[test]
fn a_sure_body_stands_where_jieba_cuts_across_it() {
    // jieba reads `vsac` as one word; the tagger is sure of the club `ac米兰`.
    let f = facts("本周末切尔西vsac米兰的比赛备受关注。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"ac米兰".to_owned()),
        "{f:?}"
    );
}

#[test]
fn a_place_name_inside_a_persons_name_is_no_place() {
    // `大庆` and `海东` are cities, here the given names of `毛大庆` and `孟海东`.
    let f = facts("总经理毛大庆指出，副会长孟海东也表示赞同。", None);
    let places = names(&f, FactKind::Place);
    assert!(!places.contains(&"大庆".to_owned()), "{f:?}");
    assert!(!places.contains(&"海东".to_owned()), "{f:?}");
}

#[test]
fn a_stop_word_inside_a_longer_word_is_part_of_the_name() {
    // `联合` is a verb that stops a body's name, but in `联合国` and `联合体` it is no word.
    let f = facts("联合国维和行动已有五十年。", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"联合国".to_owned()),
        "{f:?}"
    );
    let f = facts("该项目由中国航天保险联合体承保。", None);
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"中国航天保险联合体".to_owned()), "{f:?}");
}

#[test]
fn a_conjunction_after_no_suffix_joins_one_name() {
    let f = facts("指责印度情报部门“调查和分析局”策划了事件", None);
    assert!(
        names(&f, FactKind::Organization).contains(&"调查和分析局".to_owned()),
        "{f:?}"
    );
    let f = facts("太原理工大学与阳泉市人民政府签约", None);
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"太原理工大学".to_owned()), "{f:?}");
    assert!(!orgs.iter().any(|o| o.contains('与')), "{f:?}");
}

#[test]
fn a_date_read_inside_a_names_word_is_none() {
    let f = facts("光明日报总编辑王晨表示支持。", None);
    assert!(of(&f, FactKind::Date).is_empty(), "{f:?}");
    assert!(
        names(&f, FactKind::Organization).contains(&"光明日报".to_owned()),
        "{f:?}"
    );
}

#[test]
fn a_place_jieba_tags_as_a_name_or_keeps_in_a_longer_word_is_a_place() {
    // jieba tags `新德里` as a person's name and keeps `韩国政府` as one word.
    let f = facts("新德里道路宽敞，道路两旁绿树成荫。", None);
    assert!(
        names(&f, FactKind::Place).contains(&"新德里".to_owned()),
        "{f:?}"
    );
    let f = facts("韩国政府决定，今后每年春季延长假期。", None);
    assert!(
        names(&f, FactKind::Place).contains(&"韩国".to_owned()),
        "{f:?}"
    );
}

#[test]
fn a_name_the_tagger_is_sure_of_stands_though_it_is_a_word() {
    // jieba knows `罗本` and `桥本` as words; the tagger reads both as names here.
    let f = facts(
        "近期表现出色的罗本所受膝伤已经确诊。而桥本则在会谈中提出了新建议。",
        None,
    );
    let people = names(&f, FactKind::Person);
    assert!(
        people.contains(&"罗本".to_owned()) || people.contains(&"桥本".to_owned()),
        "{f:?}"
    );
}

#[test]
fn the_place_of_a_clock_is_no_place() {
    let f = facts("他于北京时间昨晚抵达上海，参演《南京！南京！》。", None);
    let p = names(&f, FactKind::Place);
    assert_eq!(p, ["上海", "南京"], "{p:?}");
}

/// A place in the name of a newspaper or magazine is part of that name; the same place
/// written outside it is a place.
#[test]
fn a_place_in_a_newspapers_name_is_no_place() {
    let f = facts("据《洛杉矶时报》报道，警方昨天逮捕了两名嫌疑人。", None);
    let p = names(&f, FactKind::Place);
    assert!(!p.contains(&"洛杉矶".to_owned()), "{p:?}");
    let f = facts("据《洛杉矶时报》报道，洛杉矶昨天下了大雨。", None);
    let p = names(&f, FactKind::Place);
    assert!(p.contains(&"洛杉矶".to_owned()), "{p:?}");
}

#[test]
fn two_one_char_country_names_side_by_side_are_places() {
    let f = facts("而桥本则在会谈中就日俄和约提出了新建议。", None);
    let p = names(&f, FactKind::Place);
    assert!(
        p.contains(&"日".to_owned()) && p.contains(&"俄".to_owned()),
        "{p:?}"
    );
    // Not inside a longer word that merely opens with such chars.
    let f = facts("中华人民共和国成立以来，集中美化了城区。", None);
    let p = names(&f, FactKind::Place);
    assert!(!p.iter().any(|n| n.chars().count() == 1), "{p:?}");
}

/// A word saying what kind of firm a body is (`知名企业`, `龙头企业`) is no part of its name;
/// a body named with `企业` in it keeps it.
#[test]
fn a_kind_of_firm_before_a_name_is_no_part_of_it() {
    let f = facts(
        "知名企业太原重工集团参加签约，龙头企业山西建投集团也来了。",
        None,
    );
    let o = names(&f, FactKind::Organization);
    assert!(o.contains(&"太原重工集团".to_owned()), "{o:?}");
    assert!(o.contains(&"山西建投集团".to_owned()), "{o:?}");
    assert!(!o.iter().any(|n| n.contains("企业")), "{o:?}");
    let f = facts("中国企业联合会发布榜单。", None);
    assert_eq!(names(&f, FactKind::Organization), ["中国企业联合会"]);
}

/// A street with a word placing something beside it is an address, no place.
#[test]
fn a_spot_beside_a_street_is_no_place() {
    let f = facts("项目位于长江一路东侧，占地120亩。", None);
    let p = names(&f, FactKind::Place);
    assert!(!p.iter().any(|n| n.contains("东侧")), "{p:?}");
}

/// A count of bodies (`几家`, `7家`, `2个`) is no part of a body's name: the rules read the
/// name from after it, or find none.
#[test]
fn a_count_of_bodies_is_no_part_of_a_name() {
    let f = facts(
        "去年美国几家大银行先后宣布裁员，超过2个银行受到影响。",
        None,
    );
    let o = names(&f, FactKind::Organization);
    assert!(
        !o.iter().any(|n| n.contains("家") || n.contains('个')),
        "{o:?}"
    );
}

/// A verb of saying and `原` (former) belong to the clause before a body, not to its name.
#[test]
fn a_speaker_and_former_are_no_part_of_a_name() {
    let f = facts("媒体称建设银行率先执行新政，一位原招商银行员工说。", None);
    let o = names(&f, FactKind::Organization);
    assert!(
        !o.iter().any(|n| n.contains('称') || n.starts_with('原')),
        "{o:?}"
    );
    let f = facts("原告招商银行蛇口支行的代理律师到场。", None);
    assert_eq!(names(&f, FactKind::Organization), ["招商银行蛇口支行"]);
}

/// A body jieba's dictionary names (`nt`) stands bare; kinds of body jieba tags so do not.
#[test]
fn bodies_jieba_names_stand_bare_but_kinds_of_body_do_not() {
    // Bare names the press writes of bodies (jieba's `nt`), which no suffix rule reads.
    let f = facts(
        "致公党要切实搞好领导班子建设。联合国维和行动已有五十年。",
        None,
    );
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"致公党".to_owned()), "{orgs:?}");
    assert!(orgs.contains(&"联合国".to_owned()), "{orgs:?}");
    // Kinds of bank, gathering and place, which jieba tags so too, are no bodies.
    let f = facts("商业银行在公共场所办了一场音乐会。", None);
    let orgs = names(&f, FactKind::Organization);
    assert!(
        !orgs
            .iter()
            .any(|o| ["商业银行", "公共场所", "音乐会"].contains(&o.as_str())),
        "{orgs:?}"
    );
}

/// A stop char that opens a word of the name stays in it (`经济日报社`, not `济日报社`), and a
/// profile's subtitle (`——记…`) is no part of the body it portrays.
#[test]
fn a_name_keeps_its_first_word_and_leaves_a_profiles_mark() {
    let f = facts("成立大会上，经济日报社社长徐心华讲话。", Some(2025));
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"经济日报社".to_owned()), "{orgs:?}");
    let f = facts(
        "用爱，去编织温馨———记四川有线电视台妇女儿童频道",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"四川有线电视台".to_owned()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.starts_with('记')), "{orgs:?}");
    // `经` on its own still ends a name read back (`经省政府批准`, `经济南市政府批准`).
    for text in [
        "经省发展改革委批准，项目开工。",
        "经济南市政府批准，项目开工。",
    ] {
        let orgs = names(&facts(text, Some(2025)), FactKind::Organization);
        assert!(!orgs.iter().any(|o| o.starts_with('经')), "{orgs:?}");
    }
}

/// Asserts that `text` names the person `name`, with no role.
fn finds_person(text: &str, name: &str) {
    let p = people(&facts(text, None));
    assert!(p.contains(&pair(name, "")), "{name} in {text}: {p:?}");
}

/// Asserts that `text` names nobody.
fn finds_nobody(text: &str) {
    let p = people(&facts(text, None));
    assert!(p.is_empty(), "{text}: {p:?}");
}

/// A name that opens a profile, followed by its holder's sex (`常建良，男，`), is a person with
/// no title or verb around it; a common word in that place is not.
#[test]
fn a_profile_names_its_person() {
    finds_person("常建良，男，汉族，1965年生，大学学历。", "常建良");
    finds_person("拟任人选：欧阳明华（女，1972年生）。", "欧阳明华");
    // Not every clause before `，男，` opens with a name.
    finds_nobody("参加人员，男，女各半。");
}

/// A speaker right after the clause's opening preposition (`当汪精卫说出`: jieba tags `当` a
/// time word) or conjunction (`和王强说的一样`) is found as one at the clause's start is.
#[test]
fn a_speaker_after_an_opening_preposition_is_found() {
    finds_person("当汪精卫说出这句话时，会场安静了。", "汪精卫");
    finds_person("结果和王强说的一样。", "王强");
    // The opener is no part of the name, and a pronoun after it is no name.
    finds_nobody("当我说出这句话时，会场安静了。");
}

/// An adverb or a pronoun opening the clause is no preposition before a speaker: `再简单说说`
/// and `我那时就说` name nobody.
#[test]
fn an_adverb_or_pronoun_opens_no_speaker() {
    for (text, not) in [
        ("姜山：再简单说说西甲吧。", "简单说"),
        ("我那时就说我以后一定要做。", "那时就"),
    ] {
        let p = people(&facts(text, None));
        assert!(!p.iter().any(|(name, _)| name == not), "{text}: {p:?}");
    }
}

/// Rivers, mountains and landmarks named bare are places (`泰山`, `人民大会堂`, `汾河`).
#[test]
fn landmarks_rivers_and_mountains_are_places() {
    finds_places(
        "游客登上泰山，代表们走进人民大会堂，汾河两岸绿树成荫。",
        &["泰山", "人民大会堂", "汾河"],
    );
}

/// CLDR's test regions and its unknown place are in its territory and city lists but name no
/// place (`伪地区` is the pseudo-locale XA's region): the world list leaves them out.
#[test]
fn cldr_test_regions_are_no_places() {
    for text in [
        "开发者可在伪地区下检查界面文字是否溢出。",
        "时区设置显示为未知地点。",
    ] {
        let p = names(&facts(text, None), FactKind::Place);
        assert!(p.is_empty(), "{text}: {p:?}");
    }
}

/// `黄委会` is the Yellow River Commission's short name, not a person `黄委` (the tagger read it
/// so once the commission's full name came earlier in the text); `鲁政委` is a person.
#[test]
fn a_committees_short_name_is_nobody() {
    finds_nobody("记者从水利部黄河水利委员会获悉，今年以来黄河流域新增治理面积。黄委会有关负责人表示，将持续推进。");
    finds_person("鲁政委表示，货币政策仍有空间。", "鲁政委");
}

/// Asserts that `text` names each of `want` as an organisation; returns every one it names.
fn finds_bodies(text: &str, want: &[&str]) -> Vec<String> {
    let b = names(&facts(text, None), FactKind::Organization);
    for w in want {
        assert!(b.contains(&(*w).to_owned()), "{w} in {text}: {b:?}");
    }
    b
}

/// A surname the tagger proposes alone, before an honorific or a title or after `老`
/// (`李老师`, `陈教授`, `老于`), is the person, as People's Daily marks it.
#[test]
fn a_surname_before_an_honorific_is_a_person() {
    finds_person("李老师看了以后，微笑着对她说：“下次再来吧。”", "李");
    finds_person("我在成都见到他时，他刚和陈教授从川西考察回来。", "陈");
}

/// A factory is a body (`城南纺纱厂`), but not a kind of factory jieba knows as one word
/// (`发电厂`), nor one read back over a verb of the clause (`独立办水泥厂`).
#[test]
fn factories_are_bodies() {
    finds_bodies("城关纺纱厂的职工昨天全部上岗。", &["城关纺纱厂"]);
    let b = finds_bodies("这家发电厂今年投产，他独立办水泥厂也有七年了。", &[]);
    assert!(!b.iter().any(|n| n.ends_with('厂')), "{b:?}");
}

/// `局` after a count is a round of a game (`苦战五局`, `第二局`), and `政局` a political
/// situation: no bureau.
#[test]
fn rounds_of_a_game_are_no_bureau() {
    let b = finds_bodies("金泽洙苦战五局后晋级，第二局他以11比9取胜。", &[]);
    assert!(!b.iter().any(|n| n.ends_with('局')), "{b:?}");
    let b = finds_bodies("分析人士认为俄罗斯政局仍不稳定。", &[]);
    assert!(!b.iter().any(|n| n.ends_with('局')), "{b:?}");
}

/// A consortium is a body (`中国航天保险联合体`).
#[test]
fn consortia_are_bodies() {
    finds_bodies("该卫星由华北航天保险联合体承保。", &["华北航天保险联合体"]);
}

/// Ministries the press names bare, which jieba's dictionary tags a common noun (`教育部`,
/// `人事部`), are bodies; one inside a person's role stays in the role.
#[test]
fn ministries_named_bare_are_bodies() {
    finds_bodies(
        "记者日前从教育部了解到，今年招生规模继续扩大。",
        &["教育部"],
    );
    finds_bodies("培训班由中组部、人事部共同组织。", &["人事部"]);
}

#[test]
fn a_kind_of_area_is_no_place_but_the_place_beside_it_is() {
    let found = names(
        &facts(
            "上海今年启动城市更新项目30个，涉及老旧小区改造面积500万平方米，中心城区和居民小区面貌一新。",
            None,
        ),
        FactKind::Place,
    );
    assert_eq!(found, vec!["上海".to_owned()]);
}

#[test]
fn international_and_state_titles_give_their_people_roles() {
    let p = people(&facts(
        "世界卫生组织总干事谭德塞表示，疫情仍在持续。众议院议长约翰逊和加利福尼亚州州长纽森出席。",
        None,
    ));
    assert!(p.contains(&pair("谭德塞", "世界卫生组织总干事")), "{p:?}");
    assert!(
        p.iter().any(|(n, r)| n == "约翰逊" && r.ends_with("议长")),
        "{p:?}"
    );
    assert!(
        p.iter().any(|(n, r)| n == "纽森" && r.ends_with("州长")),
        "{p:?}"
    );
}

#[test]
fn a_relation_between_countries_is_no_organisation() {
    let f = facts(
        "中美经贸高层会谈10日在日内瓦举行，中俄能源合作委员会召开会议。",
        None,
    );
    assert_eq!(
        names(&f, FactKind::Organization),
        vec!["中俄能源合作委员会".to_owned()]
    );
}

#[test]
fn an_investment_or_service_company_keeps_its_trade() {
    for name in [
        "中信证券投资有限公司",
        "大众汽车（中国）投资有限公司",
        "万科物业服务有限公司",
    ] {
        let f = facts(&format!("{name}总裁李明出席签约仪式。"), None);
        assert_eq!(names(&f, FactKind::Organization), vec![name.to_owned()]);
    }
    // Elsewhere 投资 is the clause's verb, never part of the name read back.
    let f = facts("山西潞宝集团投资14亿元建设针状焦项目。", None);
    assert_eq!(
        names(&f, FactKind::Organization),
        vec!["山西潞宝集团".to_owned()]
    );
}

#[test]
fn what_an_official_does_is_neither_name_nor_project() {
    let f = facts(
        "县委书记王刚主持开工仪式，县长周丽作动员讲话并宣布项目开工。",
        None,
    );
    let p = people(&f);
    assert!(p.contains(&pair("周丽", "县长")), "{p:?}");
    assert!(p.contains(&pair("王刚", "县委书记")), "{p:?}");
    let projects = names(&f, FactKind::Project);
    assert!(
        projects
            .iter()
            .all(|n| !n.contains("宣布") && !n.contains("周丽")),
        "{projects:?}"
    );
}

#[test]
fn what_a_place_does_on_getting_projects_names_none() {
    let f = facts("前海深港现代服务业合作区再迎重大项目。", None);
    assert_eq!(names(&f, FactKind::Project), Vec::<String>::new());
}

/// A kind of zone or area named bare (`综合保税区`, `新区` in a headline's sentence) is no
/// place and no body: the tagger proposed them as such. A named one is a zone or a place.
#[test]
fn a_kind_of_zone_named_bare_is_no_place_or_body() {
    for text in ["综合保税区进出口额创新高。", "新区建设跑出加速度。"] {
        let f = facts(text, Some(2025));
        assert!(names(&f, FactKind::Place).is_empty(), "{text}: {f:?}");
        assert!(
            names(&f, FactKind::Organization).is_empty(),
            "{text}: {f:?}"
        );
    }
    let f = facts("太原综合保税区进出口额创新高。", Some(2025));
    assert_eq!(names(&f, FactKind::Zone), ["太原综合保税区"]);
    let f = facts("浦东新区建设跑出加速度。", Some(2025));
    assert_eq!(names(&f, FactKind::Place), ["浦东新区"]);
}

/// A body's name never ends at the place in its brackets: `中德（沈阳）` cut from a park's name
/// (`中德（沈阳）高端装备制造产业园`) is no body, where `国新控股（重庆）有限公司` is one.
#[test]
fn a_body_cut_after_its_bracketed_place_is_none() {
    let f = facts(
        "12月22日，中德（沈阳）高端装备制造产业园与德国西门子股份公司签署合作协议。",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.iter().all(|o| !o.ends_with('）')), "{orgs:?}");
    assert!(orgs.contains(&"德国西门子股份公司".to_owned()), "{orgs:?}");
}

/// A project named by its line of business is a project where a sum commits it: in prose
/// (`新能源电池项目总投资50亿元`) and in a signing list's row, the sum in the next cell.
#[test]
fn a_signing_lists_row_commits_its_project() {
    for text in [
        "1  新能源电池项目  50亿元  晋中开发区",
        "晋中开发区新能源电池项目总投资50亿元。",
    ] {
        let f = facts(text, Some(2025));
        assert_eq!(names(&f, FactKind::Project), ["新能源电池项目"], "{text}");
    }
    // With no sum, no signature, nothing but its line of business, it is no project.
    let f = facts("1  新能源电池项目  晋中开发区  在建", Some(2025));
    assert!(names(&f, FactKind::Project).is_empty(), "{f:?}");
}

/// Found reading a provincial daily (stop 45): a list called multinationals is a list of
/// companies, and the word itself is no company; a count of projects by their size names none.
#[test]
fn multinationals_in_a_list_and_projects_counted_by_size() {
    let f = facts(
        "今年以来，宝马、巴斯夫、西门子等跨国公司先后在该区追加投资。",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    for company in ["宝马", "巴斯夫", "西门子"] {
        assert!(orgs.contains(&company.to_owned()), "{company} in {orgs:?}");
    }
    assert!(!orgs.contains(&"跨国公司".to_owned()), "{orgs:?}");
    assert!(names(&f, FactKind::Person).is_empty(), "{f:?}");

    let f = facts(
        "一季度共签约项目38个，其中，投资超10亿元项目9个，亿元以上项目21个。",
        Some(2025),
    );
    assert!(names(&f, FactKind::Project).is_empty(), "{f:?}");
    let f = facts("投资10亿元的新能源电池项目落户该区。", Some(2025));
    assert_eq!(names(&f, FactKind::Project), ["新能源电池项目"]);
}

/// Found reading zone news (stop 45): a bureau's name with `和` or a verb in it is one body,
/// and a ministry named in full is not cut to the tagger's tail.
#[test]
fn bureaus_with_conjunctions_and_verbs_in_their_names() {
    let f = facts(
        "县自然资源和规划局、县商务和投资促进局负责人参加。市经济和信息化局与园区签约。",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    for body in [
        "县自然资源和规划局",
        "县商务和投资促进局",
        "市经济和信息化局",
    ] {
        assert!(orgs.contains(&body.to_owned()), "{body} in {orgs:?}");
    }
    assert_eq!(orgs.len(), 3, "{orgs:?}");
    let f = facts(
        "据工业和信息化部消息，县投资促进局将赴深圳招商。",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    assert!(orgs.contains(&"工业和信息化部".to_owned()), "{orgs:?}");
    assert!(orgs.contains(&"县投资促进局".to_owned()), "{orgs:?}");
    assert!(!orgs.contains(&"信息化部".to_owned()), "{orgs:?}");
}

/// A duration is no count, `签约` no approximation, and an officer's name stops before `率`.
#[test]
fn durations_signings_and_leading_officers() {
    let f = facts(
        "该项目历时19个月建成，园区集中签约18个重大项目。",
        Some(2025),
    );
    let q = of(&f, FactKind::Quantity);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(value(&q[0]), "18");
    assert!(q[0].flags.is_empty(), "{q:?}");
    let f = facts("区长马俊率相关部门负责人参加。", Some(2025));
    assert_eq!(people(&f), [pair("马俊", "区长")]);
}

/// Companies' registered names kept whole (stop 45): a brand opening with an adjective, a
/// group's form in brackets after a province's company, a Japanese company's form; and a
/// project's name starts after the verb that brings it in.
#[test]
fn registered_company_names_and_projects_after_their_verbs() {
    let f = facts(
        "正大天晴药业集团股份有限公司、陕西延长石油（集团）有限责任公司和东丽株式会社在园区投资。",
        Some(2025),
    );
    let orgs = names(&f, FactKind::Organization);
    for body in [
        "正大天晴药业集团股份有限公司",
        "陕西延长石油（集团）有限责任公司",
        "东丽株式会社",
    ] {
        assert!(orgs.contains(&body.to_owned()), "{body} in {orgs:?}");
    }
    let f = facts(
        "舍弗勒计划新建年产120万套新能源汽车轴承项目。双方正式签署年产20万吨再生铝项目合作协议。太原南站道路建设项目开工。",
        Some(2025),
    );
    assert_eq!(
        names(&f, FactKind::Project),
        [
            "年产120万套新能源汽车轴承项目",
            "年产20万吨再生铝项目",
            "太原南站道路建设项目"
        ]
    );
}

/// A region written with `地区` (`中东地区`) is the region's name as a place; a country opening
/// with a char the roles stop at (`以色列`) stays whole in a role.
#[test]
fn a_region_is_named_without_diqu_and_a_country_stays_in_a_role() {
    let f = facts("耶路撒冷扩建计划将有损中东地区的和平与稳定。", Some(1998));
    let places = names(&f, FactKind::Place);
    assert!(places.contains(&"中东".to_owned()), "{places:?}");
    assert!(!places.contains(&"中东地区".to_owned()), "{places:?}");
    let f = facts(
        "以色列总理内塔尼亚胡24日在这里说，和平进程不会中断。",
        Some(1998),
    );
    let p = people(&f);
    assert!(p.iter().all(|(_, r)| r == "以色列总理"), "{p:?}");
    assert!(!p.is_empty(), "{f:?}");
}
