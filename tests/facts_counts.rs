//! What a count counts, and amounts written with a bare multiplier: found reading zone news
//! from other provinces (stop 46).

#[path = "support/extract.rs"]
mod support;
use support::facts;

use dubao::model::{Fact, FactKind, FactValue};

/// The noun the count written `text` counts.
fn counted(f: &[Fact], text: &str) -> Option<String> {
    f.iter()
        .find(|f| f.text == text)
        .unwrap_or_else(|| panic!("no fact {text} in {f:?}"))
        .counted
        .clone()
}

/// A count's noun is the whole noun phrase after it: a place or an adjective qualifying the
/// noun (`12家德国企业`: it had counted `德国`; `5个重大产业项目`: nothing), and a second noun
/// that is what the measure word counts (`产业项目`), not what of the counted things is meant
/// (`项目现场`, `企业负责人`, `项目总投资`).
#[test]
fn a_count_counts_the_noun_phrase_after_it() {
    let f = facts("巴斯夫、西门子、博世、舍弗勒等12家德国企业参加推介会。");
    assert_eq!(counted(&f, "12家").as_deref(), Some("德国企业"));
    let f = facts("今年引进5个重大产业项目。");
    assert_eq!(counted(&f, "5个").as_deref(), Some("重大产业项目"));
    let f = facts("引进5个产业项目。");
    assert_eq!(counted(&f, "5个").as_deref(), Some("产业项目"));
    let f = facts("园区集中签约18个重大项目。");
    assert_eq!(counted(&f, "18个").as_deref(), Some("重大项目"));
    let f = facts("全市12个项目现场观摩。");
    assert_eq!(counted(&f, "12个").as_deref(), Some("项目"));
    let f = facts("3家企业负责人参加。");
    assert_eq!(counted(&f, "3家").as_deref(), Some("企业"));
    let f = facts("签约12个项目总投资50亿元。");
    assert_eq!(counted(&f, "12个").as_deref(), Some("项目"));
    let f = facts("年产3000台起重机项目开工。");
    assert_eq!(counted(&f, "3000台").as_deref(), Some("起重机"));
}

/// The money facts of `text`: (text, value, flags, attribute).
fn money(text: &str) -> Vec<(String, String, Vec<String>, Option<String>)> {
    facts(text)
        .into_iter()
        .filter(|f| f.kind == FactKind::Money)
        .map(|f| {
            let value = match &f.value {
                Some(FactValue::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            (f.text, value, f.flags, f.attribute)
        })
        .collect()
}

fn sum(
    text: &str,
    value: &str,
    flags: &[&str],
    attribute: Option<&str>,
) -> (String, String, Vec<String>, Option<String>) {
    (
        text.to_owned(),
        value.to_owned(),
        flags.iter().map(|f| (*f).to_owned()).collect(),
        attribute.map(str::to_owned),
    )
}

/// A bare 千 or 百 before 亿 or 万 and a unit of money is one of it: `千亿元` is a hundred
/// billion yuan (it had been no amount), and `千亿元级` a sum's class, approximate. A vague
/// multiple (`数千亿元`), a word (`千万不要`) and a class with no unit of money (`千亿级`) are
/// none; a multiple (`1.2倍`) has no kind in the contract and stays no fact.
#[test]
fn sums_written_with_a_bare_order_of_magnitude() {
    assert_eq!(
        money("到2030年，园区产值将突破千亿元。"),
        [sum("千亿元", "100000000000", &[], Some("产值"))]
    );
    assert_eq!(
        money("打造千亿元级产业集群。"),
        [sum("千亿元", "100000000000", &["approx"], None)]
    );
    assert_eq!(
        money("产值突破百亿元。"),
        [sum("百亿元", "10000000000", &[], Some("产值"))]
    );
    assert_eq!(
        money("总投资近千万元。"),
        [sum("千万元", "10000000", &["approx"], Some("总投资"))]
    );
    for none in [
        "投资数千亿元。",
        "千万不要忘记。",
        "打造千亿级产业集群。",
        "产值增长1.2倍。",
    ] {
        assert!(money(none).is_empty(), "{none}");
    }
    let f = facts("产值是去年的1.2倍。");
    assert!(
        f.iter().all(|f| !f.text.contains('倍')),
        "a multiple is no fact: {f:?}"
    );
}
