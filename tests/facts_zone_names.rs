//! Zones by their full names in running text, and the areas that are no development zone:
//! found reading zone news from other provinces (stop 46).

#[path = "support/extract.rs"]
mod support;
use support::{facts, names};

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

/// The national new areas (国家级新区) are places, as the divisions list has them, not
/// development zones: each holds zones of its own, and the zone lexicon has no 新区 suffix.
#[test]
fn national_new_areas_are_places() {
    let f = facts("浦东新区、两江新区、雄安新区、天府新区和西咸新区均为国家级新区。");
    assert!(names(&f, FactKind::Zone).is_empty(), "{f:?}");
    assert_eq!(
        names(&f, FactKind::Place),
        ["浦东新区", "两江新区", "雄安新区", "天府新区", "西咸新区"]
    );
    let f = facts("重庆两江新区今年引进项目30个。");
    let places = names(&f, FactKind::Place);
    assert!(places.contains(&"两江新区".to_owned()), "{places:?}");
    assert!(names(&f, FactKind::Zone).is_empty(), "{f:?}");
}
