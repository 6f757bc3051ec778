//! Figures in tables: a page with a statistics table (units in the column heads, tab-separated
//! as a spreadsheet copy gives them) and a page listing projects in a table (investment and zone
//! per row), read end to end: parse, facts, ledger.

use dubao::facts::{self, Extractor};
use dubao::ingest::{self, Source};
use dubao::ledger;
use dubao::model::{Corpus, Fact, FactKind, FactValue};

fn corpus(name: &str, text: &str) -> Corpus {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
    };
    let (mut corpus, errors) = ingest::load_all(&[source]);
    assert!(errors.is_empty(), "{errors:?}");
    facts::fill(&mut corpus, &Extractor::new());
    corpus
}

fn value(f: &Fact) -> String {
    match &f.value {
        Some(FactValue::Number(n)) => n.to_string(),
        Some(FactValue::Text(t)) => t.clone(),
        None => String::new(),
    }
}

/// A figure's fact as the test compares it: kind, text, value, attribute, paragraph.
type Cell<'a> = (FactKind, String, String, Option<&'a str>, Option<usize>);

const STATISTICS: &str = "山西科技报  2025年12月2日  第5版\n\n全省开发区前三季度主要指标\n\n\
开发区\t营业收入（亿元）\t增速（%）\n\
太原经开区\t1,286.5\t12.3\n\
晋中高新区\t856.2\t9.8\n\
运城经开区\t612.0\t12.3\n\n\u{3000}\u{3000}据省商务厅统计，前三季度全省开发区实现营业收入1.2万亿元，同比增长10.6%。\n";

#[test]
fn every_cell_of_a_statistics_table_is_a_fact_with_its_columns_measure() {
    let c = corpus("stats.txt", STATISTICS);
    let a = &c.pages[0].articles[0];
    let cells: Vec<Cell<'_>> = a
        .facts
        .iter()
        .filter(|f| matches!(f.kind, FactKind::Money | FactKind::Percent))
        .filter(|f| f.paragraph.is_some_and(|p| a.paragraphs[p].contains("  ")))
        .map(|f| {
            (
                f.kind,
                f.text.clone(),
                value(f),
                f.attribute.as_deref(),
                f.paragraph,
            )
        })
        .collect();
    let m = |t: &str, v: &str, p| {
        (
            FactKind::Money,
            t.into(),
            v.into(),
            Some("营业收入"),
            Some(p),
        )
    };
    let g = |t: &str, p| (FactKind::Percent, t.into(), t.into(), Some("增速"), Some(p));
    assert_eq!(
        cells,
        [
            m("1,286.5", "128650000000", 1),
            g("12.3", 1),
            m("856.2", "85620000000", 2),
            g("9.8", 2),
            m("612.0", "61200000000", 3),
            // The same growth as the first row's: a fact of its own.
            g("12.3", 3),
        ]
    );
    // Each row's zone is found beside its figures.
    let zones: Vec<_> = a
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Zone)
        .map(|f| (f.name.as_deref(), f.paragraph))
        .collect();
    assert_eq!(zones[0], (Some("太原经济技术开发区"), Some(1)));
    // Facts stay in paragraph order.
    let order: Vec<_> = a
        .facts
        .iter()
        .map(|f| f.paragraph.unwrap_or(usize::MAX))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

const PROJECTS: &str = "山西科技报  2025年12月9日  第3版  园区经济\n\n全省第四季度重点项目集中开工\n\n\u{3000}\u{3000}本报讯（记者 李明）12月8日，全省第四季度重点项目集中开工活动举行，各开发区共有126个项目集中开工，总投资1260亿元。部分项目如下：\n\n\
序号  项目名称  总投资（亿元）  所在园区\n\
1  年产10万吨锂电池正极材料项目  35  太原经开区\n\
2  高端装备制造产业园项目  12.5  晋中高新区\n\
3  数据中心二期项目  8  大同经开区\n\n\u{3000}\u{3000}省发展改革委有关负责人表示，将加强要素保障，推动项目早竣工、早投产。\n";

#[test]
fn a_table_of_projects_gives_each_its_investment_and_zone() {
    let c = corpus("projects.txt", PROJECTS);
    let records = ledger::build(&c);
    let got: Vec<(&str, Option<&str>, Option<String>)> = records
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.zone.as_deref(),
                r.investment.as_ref().map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "年产10万吨锂电池正极材料项目",
                Some("太原经济技术开发区"),
                Some("3500000000".to_owned())
            ),
            (
                "高端装备制造产业园项目",
                Some("晋中高新技术产业开发区"),
                Some("1250000000".to_owned())
            ),
            (
                "数据中心二期项目",
                Some("大同经济技术开发区"),
                Some("800000000".to_owned())
            ),
        ]
    );
    assert!(records
        .iter()
        .all(|r| r.stage == Some(ledger::Stage::Started)));
}

#[test]
fn a_table_without_units_gives_no_figures() {
    let page = "排名\n\n园区  得分  名次\n太原经开区  96.5  1\n晋中高新区  94.0  2\n";
    let c = corpus("rank.txt", page);
    let figures = c.pages[0]
        .articles
        .iter()
        .flat_map(|a| &a.facts)
        .filter(|f| {
            matches!(
                f.kind,
                FactKind::Money | FactKind::Percent | FactKind::Quantity
            )
        })
        .count();
    assert_eq!(figures, 0);
}
