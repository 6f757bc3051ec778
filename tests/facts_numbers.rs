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

/// Money as (text, value, unit).
fn money(f: &[Fact]) -> Vec<(String, String, String)> {
    of_kind(f, FactKind::Money)
        .into_iter()
        .map(|(t, v, u)| {
            let v = match v {
                Some(FactValue::Number(n)) => n.to_string(),
                Some(FactValue::Text(s)) => s,
                None => String::new(),
            };
            (t, v, u.unwrap_or_default())
        })
        .collect()
}

fn m(t: &str, v: &str, u: &str) -> (String, String, String) {
    (t.to_owned(), v.to_owned(), u.to_owned())
}

/// An amount written in Arabic pieces under more than one multiplier is read whole
/// (`2兆3,560億元` had lost its `2兆`, `1亿2000万元` had been no money and `1亿2,000万元` had
/// been `000万元`): the leading pieces are part of the sum.
#[test]
fn an_amount_in_arabic_pieces_is_read_whole() {
    let cases = [
        (
            "两岸贸易额达2兆3,560億元。",
            m("2兆3,560億元", "2356000000000", "元"),
        ),
        ("总投资1亿2000万元。", m("1亿2000万元", "120000000", "元")),
        ("总投资1亿2,000万元。", m("1亿2,000万元", "120000000", "元")),
        ("奖金3万4000元。", m("3万4000元", "34000", "元")),
    ];
    for (text, want) in cases {
        assert_eq!(money(&facts(text, None)), [want], "{text}");
    }
}

/// The currencies of Taiwan, Hong Kong and Macao before or after an amount are its unit, as
/// `美元` is (`新台幣500億元`, `500億新台幣`, `港币20亿元`, `澳门元3亿`, `澳門幣8億元`), in the
/// form the money facts report them (`台币`, `港元`, `澳门元`).
#[test]
fn the_currencies_of_taiwan_hong_kong_and_macao_are_units() {
    let cases = [
        (
            "台湾投资新台幣500億元。",
            m("新台幣500億元", "50000000000", "台币"),
        ),
        ("另有500億新台幣。", m("500億新台幣", "50000000000", "台币")),
        (
            "收入新台币15亿元。",
            m("新台币15亿元", "1500000000", "台币"),
        ),
        ("融资港币20亿元。", m("港币20亿元", "2000000000", "港元")),
        ("融资港幣6億元。", m("港幣6億元", "600000000", "港元")),
        ("投资澳门元3亿。", m("澳门元3亿", "300000000", "澳门元")),
        ("投资澳門幣8億元。", m("澳門幣8億元", "800000000", "澳门元")),
        ("投资8亿澳门元。", m("8亿澳门元", "800000000", "澳门元")),
        ("投资8億澳門幣。", m("8億澳門幣", "800000000", "澳门元")),
    ];
    for (text, want) in cases {
        assert_eq!(money(&facts(text, None)), [want], "{text}");
    }
}
