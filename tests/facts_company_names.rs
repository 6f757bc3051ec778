//! Companies' and bureaus' names read whole (stop 50's probe pages: a 公示 of high-tech firms, a
//! zone's company directory, a Hong Kong paper): a brand jieba splits at a verb, a trade word
//! before a group's bracketed form, a company named after its zone, a Hong Kong bureau joining
//! two portfolios with `及`; a certificate number is no product, a short word for a kind of firm
//! no body.

#[path = "support/extract.rs"]
mod support;
use support::{facts, names, people};

use dubao::model::FactKind;

#[test]
fn a_brand_split_at_a_verb_stays_whole() {
    let f = facts("近日，超聚变数字技术有限公司在郑州航空港区投资建设。");
    assert!(
        names(&f, FactKind::Organization).contains(&"超聚变数字技术有限公司".to_owned()),
        "{f:?}"
    );
}

/// `…建设投资（集团）有限公司`: the trade word before the group's form is the name's; the zone
/// that opens it is part of the name, no zone of the text.
#[test]
fn a_company_named_after_its_zone() {
    let f = facts("安徽巢湖经济开发区诚信建设投资（集团）有限公司拟认定为高新技术企业。");
    assert_eq!(
        names(&f, FactKind::Organization),
        ["安徽巢湖经济开发区诚信建设投资（集团）有限公司"]
    );
    assert!(names(&f, FactKind::Zone).is_empty(), "{f:?}");
    assert!(names(&f, FactKind::Place).is_empty(), "{f:?}");
}

#[test]
fn a_certificate_number_is_no_product() {
    let f = facts("1　GR202534000028　合肥汇通控股股份有限公司　合肥市肥西县");
    assert!(names(&f, FactKind::Product).is_empty(), "{f:?}");
    let f = facts("公司生产的A356.2铝合金锭供不应求。");
    assert_eq!(names(&f, FactKind::Product), ["A356.2"]);
}

#[test]
fn a_hong_kong_bureau_joins_two_portfolios() {
    let f = facts("香港特區政府創新科技及工業局局長孫東出席。松山湖願為港科企提供服務。");
    let orgs = names(&f, FactKind::Organization);
    assert!(
        orgs.iter().any(|o| o.ends_with("创新科技及工业局")),
        "{orgs:?}"
    );
    assert!(
        !orgs.iter().any(|o| o == "工业局" || o == "港科企"),
        "{orgs:?}"
    );
    assert!(
        people(&f)
            .iter()
            .any(|(n, r)| n == "孙东" && r.ends_with("創新科技及工業局局長")),
        "{f:?}"
    );
}

/// A branch written right after its company (`…有限公司郑州分公司`) is one body with it, as a
/// subsidiary after its group is, and a brand opening the sentence keeps its first char.
#[test]
fn a_branch_after_its_company_is_one_body() {
    let f = facts("近日，华通汽车工业有限公司郑州分公司在郑州投资建设。");
    assert_eq!(
        names(&f, FactKind::Organization),
        ["华通汽车工业有限公司郑州分公司"],
        "{f:?}"
    );
    let f = facts("比亚迪汽车工业有限公司郑州分公司、超聚变数字技术有限公司在郑州投资。");
    let orgs = names(&f, FactKind::Organization);
    assert!(
        orgs.contains(&"比亚迪汽车工业有限公司郑州分公司".to_owned()),
        "{orgs:?}"
    );
    assert!(!orgs.iter().any(|o| o == "郑州分公司"), "{orgs:?}");
}

/// A registered partnership's name ends in its form in brackets (`（有限合伙）`), whatever unit
/// word comes before it.
#[test]
fn a_partnership_is_named_with_its_form() {
    let f = facts("宁波睿远恒达企业管理中心合伙企业（有限合伙）拟认定为高新技术企业。");
    assert_eq!(
        names(&f, FactKind::Organization),
        ["宁波睿远恒达企业管理中心合伙企业（有限合伙）"],
        "{f:?}"
    );
    assert!(names(&f, FactKind::Place).is_empty(), "{f:?}");
    let f = facts("杭州云栖创投股权投资中心（普通合伙）参与本轮融资。");
    assert_eq!(
        names(&f, FactKind::Organization),
        ["杭州云栖创投股权投资中心（普通合伙）"],
        "{f:?}"
    );
}
