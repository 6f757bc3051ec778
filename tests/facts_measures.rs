//! What the sample's numbers measure: every labelled money and quantity fact carries the
//! attribute its text states (what the ledger reads as a project's investment and measures),
//! and no count is a fact without the noun it counts.

use dubao::facts::{self, Extractor};
use dubao::model::{Fact, FactKind};

fn sample_facts() -> Vec<Fact> {
    let (mut corpus, errors) = dubao::ingest::load_paths(&[]);
    assert!(errors.is_empty());
    facts::fill(&mut corpus, &Extractor::new());
    corpus
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .flat_map(|a| a.facts.clone())
        .collect()
}

fn attribute_of(facts: &[Fact], text: &str) -> Option<String> {
    facts
        .iter()
        .find(|f| f.text == text)
        .unwrap_or_else(|| panic!("no fact {text}"))
        .attribute
        .clone()
}

#[test]
fn sample_amounts_say_what_they_measure() {
    let f = sample_facts();
    assert_eq!(attribute_of(&f, "1233 万元").as_deref(), Some("总投资"));
    assert_eq!(attribute_of(&f, "3.04 亿元").as_deref(), Some("项目总投资"));
    assert_eq!(attribute_of(&f, "0.776 公里").as_deref(), Some("全长"));
    assert_eq!(
        attribute_of(&f, "28.29 平方公里").as_deref(),
        Some("规划面积")
    );
    assert_eq!(attribute_of(&f, "8 万吨").as_deref(), Some("年产"));
    assert_eq!(attribute_of(&f, "4 万吨").as_deref(), Some("产能"));
    assert_eq!(
        attribute_of(&f, "5 万平方米").as_deref(),
        Some("建设总面积")
    );
}

#[test]
fn no_count_without_its_noun() {
    for f in sample_facts() {
        let count = f.kind == FactKind::Quantity
            && f.flags.is_empty()
            && matches!(
                f.unit.as_deref(),
                Some("个" | "家" | "项" | "名" | "层" | "栋" | "座")
            );
        if count {
            assert!(f.counted.is_some(), "bare count {f:?}");
        }
    }
}

#[test]
fn a_count_names_the_noun_before_a_linking_word() {
    let article = dubao::model::Article {
        id: "1-1".into(),
        paragraphs: vec![
            "南沙累计落户港资企业超过3000家，企业总数达到1200家，全年增长5个。".to_owned(),
        ],
        ..dubao::model::Article::default()
    };
    let facts = Extractor::new().extract(&article, Some(2024));
    let counted = |text: &str| {
        facts
            .iter()
            .find(|f| f.text == text)
            .and_then(|f| f.counted.clone())
    };
    assert_eq!(counted("3000家").as_deref(), Some("企业"));
    assert_eq!(counted("1200家").as_deref(), Some("企业"));
    // A count of nothing named is still no fact.
    assert!(!facts.iter().any(|f| f.text == "5个"), "{facts:?}");
}
