//! Facts misread on news pages written after the rules (stop 52's probe round): companies named
//! by their brand in a deal, a zone of a kind of its own, a name before a time word, a company
//! with its place in brackets or sited in a zone, a firm's other name in brackets, energy units,
//! a product's name as what a count counts, and heads of a clause read into a name.

use std::sync::OnceLock;

use dubao::facts::Extractor;
use dubao::model::{Article, Fact, FactKind};

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn facts_in(p: &str, zone: Option<&str>) -> Vec<Fact> {
    let article = Article {
        id: "1-1".into(),
        paragraphs: vec![p.to_owned()],
        zone: zone.map(str::to_owned),
        ..Article::default()
    };
    ex().extract(&article, Some(2025))
}

fn facts(p: &str) -> Vec<Fact> {
    facts_in(p, None)
}

fn names(facts: &[Fact], kind: FactKind) -> Vec<String> {
    facts
        .iter()
        .filter(|f| f.kind == kind)
        .filter_map(|f| f.name.clone())
        .collect()
}

fn has(facts: &[Fact], kind: FactKind, name: &str) -> bool {
    names(facts, kind).iter().any(|n| n == name)
}

/// A brand with a place's head (`宁德时代`) is a company where a deal names it: the partner a
/// zone signs with, the subject of an investment; never a person `宁德`. A player signing
/// (`与张伟签约`) stays no company.
#[test]
fn a_brand_in_a_deal_is_a_company() {
    let f = facts("常州国家高新区与宁德时代签约，投资60亿元建设储能电池生产基地。");
    assert!(has(&f, FactKind::Organization, "宁德时代"), "{f:?}");
    assert!(names(&f, FactKind::Person).is_empty(), "{f:?}");
    let f = facts("12月17日晚间，宁德时代拟斥资130亿元扩产。");
    assert!(has(&f, FactKind::Organization, "宁德时代"), "{f:?}");
    let f = facts("俱乐部与张伟签约三年。");
    assert!(!has(&f, FactKind::Organization, "张伟"), "{f:?}");
    let f = facts("，该项目拟投资10亿元。");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
}

/// `…新兴技术开发区` is a kind of zone: the full name is one zone, and its bare `开发区` tail is
/// never the article's own zone.
#[test]
fn an_emerging_technology_zone_is_one_zone() {
    let f = facts_in(
        "12月15日，上海漕河泾新兴技术开发区发布“漕河泾人才十条”。",
        Some("杭州经济技术开发区"),
    );
    let zones = names(&f, FactKind::Zone);
    assert_eq!(zones, ["上海漕河泾新兴技术开发区"], "{f:?}");
    assert!(!has(&f, FactKind::Place, "上海漕河泾"), "{f:?}");
}

/// A bare `开发区` written right after a kind stem is the tail of a zone's name the index did
/// not read, not the article's zone.
#[test]
fn a_bare_tail_of_another_zone_is_not_the_own_zone() {
    let f = facts_in("某某科技开发区发布人才政策。", Some("杭州经济技术开发区"));
    assert!(!has(&f, FactKind::Zone, "杭州经济技术开发区"), "{f:?}");
    let f = facts_in("开发区党工委召开会议。", Some("杭州经济技术开发区"));
    assert!(has(&f, FactKind::Zone, "杭州经济技术开发区"), "{f:?}");
}

/// A name ends before a time word (`魏哲家日前表示`), and `主委` (Taiwan's 主任委员) is a role.
#[test]
fn a_name_ends_before_a_time_word_and_zhuwei_is_a_role() {
    let f = facts("台积电董事长魏哲家日前在法说会上表示，2纳米需求强劲。");
    assert!(has(&f, FactKind::Person, "魏哲家"), "{f:?}");
    let f = facts("国科会主委吴诚文出席。");
    let p: Vec<(String, String)> = f
        .iter()
        .filter(|f| f.kind == FactKind::Person)
        .map(|f| {
            (
                f.name.clone().unwrap_or_default(),
                f.role.clone().unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        p.iter().any(|(n, r)| n == "吴诚文" && r.ends_with("主委")),
        "{p:?}"
    );
}

/// A company sited in a zone (`烟台经济技术开发区万华化学集团股份有限公司`) is its own
/// organisation beside the zone; a zone's own company (`…开发区诚信建设投资（集团）有限公司`)
/// keeps the zone in its name.
#[test]
fn a_company_sited_in_a_zone_is_apart_from_it() {
    let f = facts(
        "12月19日，烟台经济技术开发区万华化学集团股份有限公司年产40万吨聚醚多元醇项目正式投产。",
    );
    assert!(has(&f, FactKind::Zone, "烟台经济技术开发区"), "{f:?}");
    assert!(
        has(&f, FactKind::Organization, "万华化学集团股份有限公司"),
        "{f:?}"
    );
    let f = facts("安徽巢湖经济开发区诚信建设投资（集团）有限公司");
    assert!(
        names(&f, FactKind::Organization)
            .iter()
            .any(|n| n.starts_with("安徽巢湖经济开发区")),
        "{f:?}"
    );
}

/// A name filling brackets inside a noun phrase (`日本电产（尼得科）新能源汽车…`) is the firm's
/// other name, no person.
#[test]
fn a_bracketed_alias_after_a_company_is_no_person() {
    let f = facts("周斌：最大的是日本电产（尼得科）新能源汽车驱动电机项目，总投资3.8亿美元。");
    assert!(!has(&f, FactKind::Person, "尼得科"), "{f:?}");
}

/// `吉瓦时` is energy (GWh), not the power `吉瓦`; a plant's count counts the product it makes
/// (`年产1000万只智能启停电池项目`), not the product's first word.
#[test]
fn energy_units_and_a_products_count() {
    let f = facts("比亚迪襄阳产业园三期项目正式投产，新增动力电池产能20吉瓦时。");
    let q = f
        .iter()
        .find(|f| f.kind == FactKind::Quantity)
        .expect("a quantity");
    assert_eq!(q.unit.as_deref(), Some("吉瓦时"), "{f:?}");
    let f = facts("湖北骆驼蓄电池年产1000万只智能启停电池项目总投资28亿元。");
    let q = f
        .iter()
        .find(|f| f.kind == FactKind::Quantity)
        .expect("a quantity");
    assert_eq!(q.counted.as_deref(), Some("智能启停电池"), "{f:?}");
}

/// A date inside the clause before `公司` is no name's (`预计2026年公司电池出货量`).
#[test]
fn a_date_before_a_bare_suffix_names_no_body() {
    let f = facts("预计2026年公司电池出货量同比增长25%左右。");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
}

/// A company with its registered place in brackets mid-name is one organisation, though jieba
/// cuts the place into chars (`（大连）`: `大/连`, `连` an adverb).
#[test]
fn a_bracketed_place_inside_a_company_name_stays_in_it() {
    let f = facts("公司全资子公司恒力石化（大连）新材料科技有限公司签订投资协议。");
    assert!(
        has(
            &f,
            FactKind::Organization,
            "恒力石化（大连）新材料科技有限公司"
        ),
        "{f:?}"
    );
}

/// Names cut out of other words: `中科大` of `其中科大讯飞`, a bare `新园区`; and a joint
/// venture's dash stays in a project's name (`一汽—大众`).
#[test]
fn names_cut_out_of_words_and_a_joint_ventures_dash() {
    let f = facts("新开工项目73个，其中科大讯飞星火产业园二期总投资超过20亿元。");
    assert!(!has(&f, FactKind::Organization, "中科大"), "{f:?}");
    let f = facts("在国仪量子新园区建设现场，工人们正在施工。");
    assert!(!has(&f, FactKind::Place, "新园区"), "{f:?}");
    let f = facts("一汽—大众华北基地新增产能项目已经开工。");
    assert!(
        has(&f, FactKind::Project, "一汽—大众华北基地新增产能项目"),
        "{f:?}"
    );
}

/// A listed company written with its stock code in brackets is a company, whatever it does
/// next (`恒力石化（600346）12月17日晚间公告`); a year or a count in brackets names none.
#[test]
fn a_company_with_its_stock_code_is_a_company() {
    let f = facts("恒力石化（600346）12月17日晚间公告，拟投资158亿元建设新材料项目。");
    assert!(has(&f, FactKind::Organization, "恒力石化"), "{f:?}");
    let f = facts("12月17日晚间，宁德时代（300750.SZ）公告称，公司拟在福建投资建设生产基地。");
    assert!(has(&f, FactKind::Organization, "宁德时代"), "{f:?}");
    assert!(names(&f, FactKind::Person).is_empty(), "{f:?}");
    let f = facts("记者从腾讯控股（股票代码：0700）获悉，新园区将于明年启用。");
    assert!(has(&f, FactKind::Organization, "腾讯控股"), "{f:?}");
    let f = facts("规划纲要（2025）提出，园区面积扩大到12平方公里。");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
}

/// A zone's body keeps the zone's whole name, city first: jieba cuts `大连` of
/// `大连长兴岛经济技术开发区` into two chars that had read as adverbs and been trimmed.
#[test]
fn a_zone_body_keeps_its_city() {
    let f = facts("公司全资子公司与大连长兴岛经济技术开发区管委会签订投资协议。");
    assert!(
        has(&f, FactKind::Organization, "大连长兴岛经济技术开发区管委会"),
        "{f:?}"
    );
}

/// Facilities listed as projects keep their phase (`…产业园二期`), and the first item starts
/// after the word that opens the list even where jieba cuts across it (`其/中科大/讯飞`).
#[test]
fn listed_facilities_keep_their_phase_and_lose_the_opener() {
    let f = facts("新开工项目73个，其中科大讯飞星火产业园二期、长鑫存储配套材料产业园等10个项目总投资均超过20亿元。");
    let projects = names(&f, FactKind::Project);
    assert!(
        projects.contains(&"科大讯飞星火产业园二期".to_owned()),
        "{projects:?}"
    );
    assert!(
        projects.contains(&"长鑫存储配套材料产业园".to_owned()),
        "{projects:?}"
    );
    let f = facts("新开工项目73个，其中科大讯飞星火产业园二期总投资超过20亿元。");
    assert_eq!(
        names(&f, FactKind::Project),
        ["科大讯飞星火产业园二期"],
        "{f:?}"
    );
}

/// Heads of a clause read into a name (stop 53's probe): a count of a kind of zone after a
/// verb of having (`全国共有综合保税区163个`) names no zone, and `全国` is never cut into
/// `国…`; a verb before a bare `公司` is the clause's (`缓解公司交付压力`), no company; a
/// science city written bare (`张江将…`) is no person.
#[test]
fn heads_of_a_clause_are_no_names() {
    let f = facts("截至2025年11月，全国共有综合保税区163个。");
    assert!(names(&f, FactKind::Zone).is_empty(), "{f:?}");
    let f = facts("分析人士指出，扩产有助于缓解公司交付压力。");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
    let f = facts("“张江将以模速空间为牵引。”张江科学城新落户企业10家。");
    assert!(names(&f, FactKind::Person).is_empty(), "{f:?}");
    // A company named by its trade before the suffix stays one.
    let f = facts("上海国有资本投资有限公司与园区签约。");
    assert!(
        has(&f, FactKind::Organization, "上海国有资本投资有限公司"),
        "{f:?}"
    );
}

/// `数十台`, `几百家`: a vague multiple is no amount (as `数千亿元` is none), never a precise
/// ten; `最后一公里` is an idiom, no length. A count with digits of its own stays one.
#[test]
fn vague_multiples_and_the_last_mile_are_no_amounts() {
    let amounts = |p: &str| -> Vec<String> {
        facts(p)
            .into_iter()
            .filter(|f| matches!(f.kind, FactKind::Quantity | FactKind::Money))
            .map(|f| f.text)
            .collect()
    };
    assert!(amounts("数十台机械臂有序运转。").is_empty());
    assert!(amounts("园区集聚几百家企业。").is_empty());
    assert!(amounts("打通服务企业“最后一公里”。").is_empty());
    assert_eq!(amounts("新建道路一公里。"), ["一公里"]);
    assert_eq!(amounts("园区新增十台机械臂。"), ["十台"]);
}

/// A role read back from its title to a stop char inside a zone's name (`自由` of `中国（上海）
/// 自由贸易试验区`) starts after the zone, as a role opening with the zone does, not mid-word.
#[test]
fn a_role_does_not_start_inside_a_zone() {
    let f = facts("中国（上海）自由贸易试验区临港新片区管委会常务副主任吴晓华介绍，签约项目32个。");
    let role = f
        .iter()
        .find(|f| f.kind == FactKind::Person)
        .and_then(|f| f.role.clone());
    assert_eq!(role.as_deref(), Some("临港新片区管委会常务副主任"), "{f:?}");
}

/// Singapore's dollar (`新元`, `新加坡元`) is a currency, as `美元` and `港元` are.
#[test]
fn singapore_dollars_are_money() {
    let f = facts("投资8亿元人民币（约1.5亿新元）建设综合能源服务项目。");
    let sgd: Vec<_> = f
        .iter()
        .filter(|f| f.kind == FactKind::Money && f.unit.as_deref() == Some("新元"))
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(sgd, ["1.5亿新元"], "{f:?}");
    let f = facts("项目投资2000万新加坡元。");
    assert!(
        f.iter()
            .any(|f| f.kind == FactKind::Money && f.unit.as_deref() == Some("新元")),
        "{f:?}"
    );
}

/// A company written with its Latin name in brackets (`胜科工业（Sembcorp Industries）`) is a
/// company by its Chinese name; a term glossed in English (`区块链技术（Blockchain
/// Technology）`) stays none. `創新及科技` joins two fields inside one body's name.
#[test]
fn a_chinese_name_before_its_latin_company_name_is_a_company() {
    let f = facts(
        "胜科工业（Sembcorp Industries）同日与苏州工业园区管委会签约。三星电子（Samsung Electronics）追加投资3亿美元。",
    );
    assert!(has(&f, FactKind::Organization, "胜科工业"), "{f:?}");
    assert!(has(&f, FactKind::Organization, "三星电子"), "{f:?}");
    let f = facts("园区推广区块链技术（Blockchain Technology）应用。");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
    let f = facts("港深創新及科技園有限公司主席黃克強稱，首期工程明年完成。");
    assert!(
        has(&f, FactKind::Organization, "港深创新及科技园有限公司"),
        "{f:?}"
    );
}

/// A stock code's exchange (`0522.HK`) is no person; a Latin name the tagger cut at its space
/// (`Robin` of `Robin Ng`) is read whole.
#[test]
fn latin_names_whole_and_no_code_is_a_person() {
    let f = facts("ASM Pacific Technology Limited（ASMPT，0522.HK）12月18日公告，ASMPT集团首席执行官Robin Ng表示，项目进展顺利。");
    let people = names(&f, FactKind::Person);
    assert!(!people.iter().any(|n| n == "HK"), "{f:?}");
    assert!(people.iter().any(|n| n == "Robin Ng"), "{f:?}");
}

/// A company with its area in brackets heads a project's name (`华为（沈抚）人工智能创新中心
/// 项目`, as `云南白药集团（云南）…项目`): `沈抚` is a place, no body of its own.
#[test]
fn a_company_with_its_area_in_brackets_heads_a_project() {
    let f = facts("华为（沈抚）人工智能创新中心项目年内落地。");
    assert!(
        has(&f, FactKind::Project, "华为（沈抚）人工智能创新中心项目"),
        "{f:?}"
    );
    assert!(!has(&f, FactKind::Organization, "沈抚"), "{f:?}");
}

/// A registered company whose trade name jieba tags a verb (`安踏`, a dictionary verb; `峰飞`,
/// a word it guesses) before only its trade's nouns keeps that name: the word is its trade
/// name, not the clause's verb. A clause verb before a company with a name of its own still
/// goes (`入股宁德时代新能源科技有限公司`).
#[test]
fn a_trade_name_tagged_a_verb_opens_the_company() {
    let f = facts("12月17日，安踏体育用品集团有限公司投资8.6亿元建设的运动科学中心项目正式投用。");
    assert!(
        has(&f, FactKind::Organization, "安踏体育用品集团有限公司"),
        "{f:?}"
    );
    let f = facts("其中，峰飞航空科技有限公司投资12亿元建设的eVTOL总装基地项目计划明年开工。");
    assert!(
        has(&f, FactKind::Organization, "峰飞航空科技有限公司"),
        "{f:?}"
    );
    let f = facts("该基金入股宁德时代新能源科技股份有限公司。");
    assert!(
        !names(&f, FactKind::Organization)
            .iter()
            .any(|n| n.starts_with("入股")),
        "{f:?}"
    );
}

/// A company's trade may run on past `投资` to its suffix (`澳门投资发展有限公司`, `…投资管理有限公司`):
/// `投资` there is the trade, not the clause's verb, and the name had been no fact at all. A
/// clause's `投资` before a company with words of its own still ends the name before it.
#[test]
fn a_trade_runs_on_past_investment_to_the_suffix() {
    let f = facts(
        "由澳门投资发展有限公司投资二十二亿元建设的横琴澳门青年创业谷三期项目已于十二月动工。",
    );
    assert!(
        has(&f, FactKind::Organization, "澳门投资发展有限公司"),
        "{f:?}"
    );
    let f = facts("该公司投资宁德时代新能源科技股份有限公司。");
    assert!(
        !names(&f, FactKind::Organization)
            .iter()
            .any(|n| n.contains("投资")),
        "{f:?}"
    );
}
