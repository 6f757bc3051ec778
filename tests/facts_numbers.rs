//! The facts layer over the number reader: what becomes a fact in the sidebar and what the
//! recogniser alone reports.

use dubao::facts::Extractor;
use dubao::model::{Article, Fact, FactKind, FactValue};

fn facts(text: &str, edition: Option<&str>) -> Vec<Fact> {
    let article = Article {
        id: "1".to_owned(),
        paragraphs: vec![text.to_owned()],
        ..Article::default()
    };
    let year = edition.and_then(|e| e.get(..4)?.parse().ok());
    Extractor::new().extract_dated(&article, year, edition)
}

fn of_kind(facts: &[Fact], kind: FactKind) -> Vec<(String, Option<FactValue>, Option<String>)> {
    facts
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| (f.text.clone(), f.value.clone(), f.unit.clone()))
        .collect()
}

#[test]
fn a_currency_named_without_an_amount_is_no_money_fact() {
    let f = facts("推进人民币国际化，美元走弱，欧元区经济放缓。", None);
    assert!(of_kind(&f, FactKind::Money).is_empty(), "{f:?}");
    // With an amount it is one.
    let f = facts("投资 3 亿美元推进人民币国际化。", None);
    let money = of_kind(&f, FactKind::Money);
    assert_eq!(money.len(), 1, "{money:?}");
    assert_eq!(money[0].2.as_deref(), Some("美元"));
}

#[test]
fn wei_is_a_bit_only_about_data() {
    let f = facts("一位是最小的存储单位。", None);
    let q = of_kind(&f, FactKind::Quantity);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("比特"));
    let f = facts("一位代表在数据存储论坛上发言。", None);
    assert!(of_kind(&f, FactKind::Quantity).is_empty(), "{f:?}");
}

#[test]
fn parts_of_a_month_are_their_days() {
    let f = facts("项目将于3月下旬开工，5月第二周验收。", Some("2019-09-03"));
    let dates: Vec<_> = of_kind(&f, FactKind::Date)
        .into_iter()
        .map(|(t, v, _)| (t, v))
        .collect();
    assert_eq!(
        dates,
        vec![
            (
                "3月下旬".to_owned(),
                Some(FactValue::Text("2019-03-21/2019-03-31".to_owned()))
            ),
            (
                "5月第二周".to_owned(),
                Some(FactValue::Text("2019-05-06/2019-05-12".to_owned()))
            ),
        ]
    );
}
