//! Zones by their full names in running text, and the areas that are no development zone:
//! found reading zone news from other provinces (stop 46).

#[path = "support/extract.rs"]
mod support;
use support::{facts, names, page_articles};

use dubao::model::FactKind;

/// A zone's name headed by a place and longer than a place name alone keeps its head after
/// a stop word (`记者从郑州航空港…`: it had been the zone `空港经济综合实验区`).
#[test]
fn a_zone_keeps_its_place_head_after_a_stop_word() {
    for text in [
        "记者从郑州航空港经济综合实验区获悉，项目已封顶。",
        "代表团赴郑州航空港经济综合实验区考察。",
        "郑州航空港经济综合实验区今年引进项目30个。",
    ] {
        let f = facts(text);
        assert_eq!(
            names(&f, FactKind::Zone),
            ["郑州航空港经济综合实验区"],
            "{text}"
        );
    }
}

/// A national high-tech zone whose official name writes no 高 (`武汉东湖新技术开发区`) is a
/// zone, named as written; one of the 新技术产业开发区 shape too.
#[test]
fn high_tech_zones_named_without_gao() {
    let f = facts("记者从武汉东湖新技术开发区获悉，项目已投产。");
    assert_eq!(names(&f, FactKind::Zone), ["武汉东湖新技术开发区"]);
    let f = facts("杭州新技术产业开发区举行活动。");
    assert_eq!(names(&f, FactKind::Zone), ["杭州新技术产业开发区"]);
    let f = facts("重庆两路寸滩综合保税区进出口额增长。");
    assert_eq!(names(&f, FactKind::Zone), ["重庆两路寸滩综合保税区"]);
}

/// A city's 高新区 and 经开区 are two zones (`太原高新区和太原经开区`: the 经开区 had been read
/// as the 高新区 the page named first).
#[test]
fn a_citys_high_tech_and_econ_zones_are_two() {
    let f = facts("太原高新区和太原经开区举行活动。");
    assert_eq!(
        names(&f, FactKind::Zone),
        ["太原高新技术产业开发区", "太原经济技术开发区"]
    );
}

/// The national new areas (国家级新区) are zones to the readers of zone news, who follow their
/// projects as they follow a 经开区's: each is named officially (`两江新区` → `重庆两江新区`).
/// Shanghai's and Tianjin's (`浦东新区`, `滨海新区`) are districts first and stay places, and the
/// kind itself (`国家级新区`) names none. Until stop 54 every new area was a place only; two
/// probe rounds of other papers' pages (stops 53 and 54) expected them as zones.
#[test]
fn national_new_areas_are_zones_by_their_official_names() {
    let f = facts("浦东新区、两江新区、雄安新区、天府新区和西咸新区均为国家级新区。");
    assert_eq!(
        names(&f, FactKind::Zone),
        [
            "重庆两江新区",
            "河北雄安新区",
            "四川天府新区",
            "陕西西咸新区"
        ]
    );
    assert_eq!(names(&f, FactKind::Place), ["浦东新区"]);
    let f = facts("重庆两江新区今年引进项目30个。");
    assert_eq!(names(&f, FactKind::Zone), ["重庆两江新区"], "{f:?}");
}

/// The zones of a page's articles (a fact per zone and article) and each article's zone.
fn zone_names_on(page: &str) -> Vec<String> {
    page_articles(page)
        .iter()
        .flat_map(|a| {
            names(&a.facts, FactKind::Zone)
                .into_iter()
                .chain(a.zone.clone())
        })
        .collect()
}

/// A zone headed by its province and city before its own name (`四川宜宾临港…`) keeps the
/// whole head: after a word that is no stop word (`12月19日四川…`: it had been cut to
/// `临港…`), and where the page also writes it short (`宜宾临港经开区`: the full mention had been
/// cut to `宜宾临港…` to agree with it, and the committee's name with it). A head whose last
/// place names the zone (`湖南宁乡…`: 宁乡) is that place's zone, as before.
#[test]
fn a_zone_headed_by_its_province_and_city_keeps_its_head() {
    let f = facts("12月19日四川宜宾临港经济技术开发区举行项目签约仪式。");
    assert_eq!(names(&f, FactKind::Zone), ["四川宜宾临港经济技术开发区"]);
    let page = "测试报 2025年12月20日 第1版 要闻\n\n项目签约\n　　本报讯 公司拟与四川宜宾临港经济技术开发区管理委员会签署项目投资协议，在宜宾临港经开区投资建设零碳电池产业园项目。\n";
    let articles = page_articles(page);
    assert_eq!(
        articles[0].zone.as_deref(),
        Some("四川宜宾临港经济技术开发区")
    );
    let f = &articles[0].facts;
    // One name: the short mention is the same zone (a fact per zone and article).
    assert_eq!(names(f, FactKind::Zone), ["四川宜宾临港经济技术开发区"]);
    assert_eq!(
        names(f, FactKind::Organization),
        ["四川宜宾临港经济技术开发区管理委员会"]
    );
    // The full name in one article of the page, the short one in the next: the next
    // article's zone and its fact are the page's full name.
    let page = "测试报 2025年12月20日 第1版 要闻\n\n项目签约\n　　本报讯 公司拟与四川宜宾临港经济技术开发区管理委员会签署项目投资协议。\n\n园区动态\n　　本报讯 宜宾临港经开区今年新签约项目12个。\n";
    let articles = page_articles(page);
    assert_eq!(articles.len(), 2);
    assert_eq!(
        articles[1].zone.as_deref(),
        Some("四川宜宾临港经济技术开发区")
    );
    assert_eq!(
        names(&articles[1].facts, FactKind::Zone),
        ["四川宜宾临港经济技术开发区"]
    );
    let f = facts("公司拟在湖南宁乡经济技术开发区投资。");
    assert_eq!(names(&f, FactKind::Zone), ["宁乡经济技术开发区"]);
}

/// A short name follows the full name the page writes for that zone (`东湖高新区` on a page
/// naming `武汉东湖新技术开发区` is that zone, not an invented `东湖高新技术产业开发区`); with no
/// full name on the page it takes the usual expansion.
#[test]
fn a_short_name_follows_the_full_name_the_page_writes() {
    let page = "测试报 2025年12月20日 第1版 要闻\n\n东湖高新区：光谷再添新项目\n　　本报讯 记者从武汉东湖新技术开发区获悉，东湖高新区今年引进项目30个。\n";
    assert_eq!(
        zone_names_on(page),
        ["武汉东湖新技术开发区", "武汉东湖新技术开发区"]
    );
    let page = "测试报 2025年12月20日 第1版 要闻\n\n东湖高新区：光谷再添新项目\n　　本报讯 东湖高新区今年引进项目30个。\n";
    assert_eq!(
        zone_names_on(page),
        ["东湖高新技术产业开发区", "东湖高新技术产业开发区"]
    );
    let f = facts("东湖新技术开发区今年引进项目30个，东湖高新区表示将加大招商力度。");
    assert_eq!(names(&f, FactKind::Zone), ["东湖新技术开发区"]);
}

/// Industrial parks and cooperation zones named by a place are zones a reader of zone news
/// looks for (`苏州工业园区`, `深圳前海深港现代服务业合作区`, `横琴粤澳深度合作区`, the border
/// zones `满洲里边境经济合作区`); their bodies take the whole zone name (`…合作区管理局` had
/// been `区管理局`). A park or a cooperation named by no place is none (`入驻工业园区`,
/// `深化合作区域`, `两国边境经济合作区`), and a park whose head is no known place stays the place
/// it was (`王桥工业园区`, as the sample's gold has it).
#[test]
fn parks_and_cooperation_zones_named_by_a_place() {
    let f = facts("项目落户苏州工业园区，总投资10亿元。");
    assert_eq!(names(&f, FactKind::Zone), ["苏州工业园区"]);
    let f = facts("（记者 李明）深圳前海深港现代服务业合作区管理局23日举行港资项目集中签约仪式。");
    assert_eq!(names(&f, FactKind::Zone), ["深圳前海深港现代服务业合作区"]);
    assert_eq!(
        names(&f, FactKind::Organization),
        ["深圳前海深港现代服务业合作区管理局"]
    );
    let f = facts("措施发布后，横琴粤澳深度合作区执委会22日召开会议。");
    assert_eq!(names(&f, FactKind::Zone), ["横琴粤澳深度合作区"]);
    let f = facts("记者从满洲里边境经济合作区获悉，口岸货运量增长。");
    assert_eq!(names(&f, FactKind::Zone), ["满洲里边境经济合作区"]);
    for text in [
        "企业陆续入驻工业园区。",
        "全省工业园区规上工业增加值增长。",
        "山西工业园区建设步伐加快。",
        "双方将深化合作区域发展。",
        "两国边境经济合作区建设稳步推进。",
    ] {
        let f = facts(text);
        assert!(names(&f, FactKind::Zone).is_empty(), "{text}: {f:?}");
    }
    let f = facts("建成后将缓解王桥工业园区交通压力。");
    assert!(names(&f, FactKind::Zone).is_empty(), "{f:?}");
    assert_eq!(names(&f, FactKind::Place), ["王桥工业园区"]);
}

/// A bare kind of zone after a word for all or many of them (`全省开发区工作会议`, `各经开区`,
/// `全市高新区`) is the zones of the province as a whole, not the article's own zone; a bare
/// one otherwise still is (`开发区党工委`).
#[test]
fn a_bare_zone_word_for_all_zones_is_not_the_articles_own() {
    let zone_texts = |page: &str| -> Vec<(String, String)> {
        let articles = page_articles(page);
        assert_eq!(articles[0].zone.as_deref(), Some("运城经济技术开发区"));
        articles[0]
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Zone)
            .map(|f| (f.text.clone(), f.name.clone().unwrap_or_default()))
            .collect()
    };
    let head = "山西日报 2025年12月24日 第10版 开发区\n\n运城经开区：全省开发区工作会议召开\n";
    let page = format!("{head}　　本报讯 12月23日，全省开发区工作会议召开。全市高新区、各经开区负责人参加，全国开发区代表列席，国家级经济技术开发区经验得到推广。\n");
    assert_eq!(
        zone_texts(&page),
        [("运城经开区".to_owned(), "运城经济技术开发区".to_owned())]
    );
    let page = format!("{head}　　本报讯 12月23日，开发区党工委书记主持会议。\n");
    assert_eq!(
        zone_texts(&page),
        [("开发区".to_owned(), "运城经济技术开发区".to_owned())]
    );
}

/// A zone's level written between its place and its kind (`贵阳国家高新区`,
/// `晋中国家级经济技术开发区`) is no part of its name: the page writing it both ways names one
/// zone (it had been two, `贵阳国家高新技术产业开发区` and `贵阳高新技术产业开发区`), and the
/// `国家级` form is a zone at all (it had been none).
#[test]
fn a_zones_level_is_no_part_of_its_name() {
    let page = "测试报 2026年6月19日 第3版 要闻\n\n贵阳高新区签下一批项目\n　　6月18日，贵阳国家高新区签约项目12个。贵阳高新区管委会主任表示，将做好服务。\n";
    let mut zones = zone_names_on(page);
    zones.dedup();
    assert_eq!(zones, ["贵阳高新技术产业开发区"]);
    let f = facts("1月6日，晋中国家级经济技术开发区举行项目集中签约活动。");
    assert_eq!(names(&f, FactKind::Zone), ["晋中经济技术开发区"]);
}

/// A short name headed by its city (`惠州仲恺高新区`) and the same without the city
/// (`仲恺高新区`, in the page's next article) are one zone: the page's longer name.
#[test]
fn a_short_name_headed_by_its_city_is_the_same_zone() {
    let page = "测试报 2025年10月28日 A06 经济\n\n园区道路为何还没通\n　　我是惠州仲恺高新区的一名企业职工。\n\n仲恺高新区回应\n　　本报讯 记者来到仲恺高新区实地探访。\n";
    let mut zones = zone_names_on(page);
    zones.sort();
    zones.dedup();
    assert_eq!(zones, ["惠州仲恺高新技术产业开发区"]);
}

/// The country's regions by compass compared (`中西部高新区增速快于东部`) are no zone; the zone
/// named in the same sentence is.
#[test]
fn a_region_of_the_country_names_no_zone() {
    let f = facts("从区域看，中西部高新区增速快于东部，西安高新区增速超过10%。");
    assert_eq!(names(&f, FactKind::Zone), ["西安高新技术产业开发区"]);
    let f = facts("土地资源紧张是东部经开区面临的共同问题。");
    assert!(names(&f, FactKind::Zone).is_empty(), "{f:?}");
}

/// A district's zone written after its city with the city's `市` (`芜湖市三山经开区`) is named
/// without it, as `合肥市经开区` is `合肥经济技术开发区`.
#[test]
fn a_districts_zone_after_its_city_drops_the_city_word() {
    let f = facts("长沙市望城经开区今年新增企业85家。");
    assert_eq!(
        names(&f, FactKind::Zone),
        ["长沙望城经济技术开发区"],
        "{f:?}"
    );
}
