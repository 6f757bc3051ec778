//! A zone written with its city's `市` is the zone written without it, and a time word before a
//! short name is no place (stop 50's probe pages).

#[path = "support/extract.rs"]
mod support;
use support::{facts, names};

use dubao::model::FactKind;

#[test]
fn a_citys_shi_names_the_same_zone() {
    let f = facts("合肥高新技术产业开发区新增高新技术企业120家。合肥市高新区管委会表示，合肥市经开区也新增85家。");
    assert_eq!(
        names(&f, FactKind::Zone),
        ["合肥高新技术产业开发区", "合肥经济技术开发区"]
    );
}

#[test]
fn a_time_word_is_no_zones_place() {
    let f = facts("银川经开区党工委书记杨东表示，今年经开区将围绕“六新”产业布局。");
    assert_eq!(names(&f, FactKind::Zone), ["银川经济技术开发区"]);
}
