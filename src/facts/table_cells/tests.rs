use super::*;
use crate::facts::Extractor;
use crate::model::FactKind;

fn article(title: &str, paragraphs: &[&str]) -> Article {
    Article {
        id: "1-1".to_owned(),
        title: vec![title.to_owned()],
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        ..Article::default()
    }
}

/// (kind, text, value, attribute, counted, paragraph) of the facts of numbers.
type Row = (
    FactKind,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<usize>,
);

fn figures(a: &Article) -> Vec<Row> {
    let ex = Extractor::new();
    ex.extract(a, None)
        .into_iter()
        .filter(|f| {
            matches!(
                f.kind,
                FactKind::Money | FactKind::Percent | FactKind::Quantity
            )
        })
        .map(|f| {
            let value = f.value.map(|v| match v {
                FactValue::Number(n) => n.to_string(),
                FactValue::Text(t) => t,
            });
            (
                f.kind,
                f.text,
                value.unwrap_or_default(),
                f.attribute,
                f.counted,
                f.paragraph,
            )
        })
        .collect()
}

fn row(kind: FactKind, text: &str, value: &str, attr: Option<&str>, para: usize) -> Row {
    (
        kind,
        text.to_owned(),
        value.to_owned(),
        attr.map(str::to_owned),
        None,
        Some(para),
    )
}

#[test]
fn a_figure_takes_its_columns_unit_and_attribute() {
    let a = article(
        "全省开发区前三季度主要指标",
        &[
            "开发区  营业收入（亿元）  增速（%）",
            "太原经开区  1,286.5  12.3",
            "晋中高新区  856.2  12.3",
            "据统计，全省开发区实现营业收入1.2万亿元。",
        ],
    );
    use FactKind::*;
    assert_eq!(
        figures(&a),
        [
            row(Money, "1,286.5", "128650000000", Some("营业收入"), 1),
            row(Percent, "12.3", "12.3", Some("增速"), 1),
            row(Money, "856.2", "85620000000", Some("营业收入"), 2),
            // The same growth in another row is another fact.
            row(Percent, "12.3", "12.3", Some("增速"), 2),
            row(Money, "1.2万亿元", "1200000000000", Some("营业收入"), 3),
        ]
    );
}

#[test]
fn cell_facts_span_their_cell() {
    let ex = Extractor::new();
    let a = article("指标", &["园区  产值（亿元）", "太原经开区    1,286.5"]);
    let facts = ex.extract(&a, None);
    let money = facts
        .iter()
        .find(|f| f.kind == FactKind::Money)
        .expect("a money fact");
    let text: String = a.paragraphs[1]
        .chars()
        .skip(money.start)
        .take(money.end - money.start)
        .collect();
    assert_eq!(text, "1,286.5");
    assert_eq!(money.unit.as_deref(), Some("元"));
}

#[test]
fn a_row_label_gives_the_unit_under_columns_of_years() {
    let a = article(
        "主要经济指标",
        &[
            "指标  2024年  2025年1-9月",
            "营业收入（亿元）  1,100  1,286.5",
            "规上企业（家）  312  350",
        ],
    );
    let f = figures(&a);
    use FactKind::*;
    assert_eq!(
        f[0],
        row(Money, "1,100", "110000000000", Some("营业收入"), 1)
    );
    assert_eq!(
        f[1],
        row(Money, "1,286.5", "128650000000", Some("营业收入"), 1)
    );
    // A count names what it counts.
    assert_eq!(f[2].0, Quantity);
    assert_eq!(f[2].2, "312");
    assert_eq!(f[2].4.as_deref(), Some("规上企业"));
    assert_eq!(f.len(), 4);
}

#[test]
fn the_tables_stated_unit_serves_heads_without_one() {
    let a = article(
        "各开发区税收情况（单位：万元）",
        &["园区  税收  利润", "太原经开区  86.1  80"],
    );
    use FactKind::*;
    assert_eq!(
        figures(&a),
        [
            row(Money, "86.1", "861000", Some("税收"), 1),
            row(Money, "80", "800000", Some("利润"), 1),
        ]
    );
    let a = article(
        "各开发区税收情况",
        &["单位：亿元", "园区  税收", "太原经开区  86.1"],
    );
    assert_eq!(
        figures(&a),
        [row(Money, "86.1", "8610000000", Some("税收"), 2)]
    );
}

#[test]
fn under_a_year_the_rows_label_says_what_unless_it_names_a_subject() {
    let a = article(
        "主要指标（单位：亿元）",
        &["指标  2024年  2025年", "营业收入  1,100  1,286.5"],
    );
    let f = figures(&a);
    assert_eq!(f.len(), 2);
    assert!(
        f.iter().all(|r| r.3.as_deref() == Some("营业收入")),
        "{f:?}"
    );
    let a = article(
        "各园区营业收入（单位：亿元）",
        &["园区  2024年  2025年", "太原经开区  1,100  1,286.5"],
    );
    let f = figures(&a);
    assert_eq!(f.len(), 2);
    assert!(f.iter().all(|r| r.3.is_none()), "{f:?}");
}

#[test]
fn columns_of_zones_take_the_measure_from_the_row() {
    let a = article(
        "对比",
        &[
            "指标  太原经开区  晋中高新区",
            "营业收入（亿元）  1,286.5  856.2",
        ],
    );
    let f = figures(&a);
    assert_eq!(f.len(), 2);
    assert!(
        f.iter().all(|r| r.3.as_deref() == Some("营业收入")),
        "{f:?}"
    );
}

#[test]
fn no_unit_no_fact() {
    let a = article(
        "排名",
        &[
            "园区  得分  名次",
            "太原经开区  96.5  1",
            "晋中高新区  94.0  2",
        ],
    );
    assert!(figures(&a).is_empty());
}

#[test]
fn a_row_that_does_not_line_up_is_left_alone() {
    let a = article(
        "指标",
        &[
            "园区  营业收入（亿元）  增速（%）",
            "太原经开区  1,286.5  12.3  7  8",
        ],
    );
    assert!(figures(&a).is_empty());
}

#[test]
fn an_unnamed_label_column_still_lines_up() {
    let a = article(
        "指标",
        &["营业收入（亿元）  增速（%）", "太原经开区  1,286.5  12.3"],
    );
    use FactKind::*;
    assert_eq!(
        figures(&a),
        [
            row(Money, "1,286.5", "128650000000", Some("营业收入"), 1),
            row(Percent, "12.3", "12.3", Some("增速"), 1),
        ]
    );
}

#[test]
fn a_figure_with_its_own_mark_gets_its_columns_attribute() {
    let a = article(
        "指标",
        &["园区  增速", "太原经开区  12.3%", "晋中高新区  -3.2%"],
    );
    let f = figures(&a);
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f
        .iter()
        .all(|r| r.0 == FactKind::Percent && r.3.as_deref() == Some("增速")));
}

#[test]
fn heads_read_their_units() {
    let h = head("营业收入（亿元）");
    assert_eq!(h.attribute.as_deref(), Some("营业收入"));
    assert_eq!(h.unit.as_deref(), Some("亿元"));
    assert_eq!(head("增速%").unit.as_deref(), Some("%"));
    assert_eq!(head("企业数/家").unit.as_deref(), Some("家"));
    assert_eq!(head("投资额(单位：万元)").unit.as_deref(), Some("万元"));
    assert_eq!(head("园区（片区）").unit, None);
    assert_eq!(head("园区（片区）").attribute.as_deref(), Some("园区"));
    assert!(is_period("2025年1-9月") && is_period("前三季度") && !is_period("年产值"));
    assert_eq!(stated_unit("（单位：亿元、%）").as_deref(), Some("亿元"));
    assert_eq!(stated_unit("计量单位不统一"), None);
}

#[test]
fn prose_is_no_table() {
    let a = article(
        "新闻",
        &[
            "本报记者  王强",
            "今年以来，园区新签约项目46个，总投资286亿元。",
        ],
    );
    let f = figures(&a);
    assert!(f.iter().all(|r| r.5 == Some(1)), "{f:?}");
}

#[test]
fn a_hostile_line_of_gaps_is_no_table() {
    // Thousands of cells in a head row and a data row: turned down at once, no facts.
    let head = vec!["营业收入（亿元）"; 5000].join("  ");
    let row = format!("太原经开区  {}", vec!["1.5"; 5000].join("  "));
    let a = article("指标", &[&head, &row]);
    assert!(figures(&a).is_empty());
}

/// A signing list's sums carry their own unit (`50亿元`): read where they stand, they take what
/// their column says they are (`投资额`), so the ledger files them as the projects' investment.
#[test]
fn a_sum_with_its_own_unit_takes_its_columns_attribute() {
    let a = article(
        "招商引资项目签约一览",
        &[
            "序号  项目名称  投资额  落户园区",
            "1  新能源电池项目  50亿元  晋中开发区",
            "2  半导体材料项目  30亿元  太原经开区",
        ],
    );
    assert_eq!(
        figures(&a),
        [
            row(FactKind::Money, "50亿元", "5000000000", Some("投资额"), 1),
            row(FactKind::Money, "30亿元", "3000000000", Some("投资额"), 2),
        ]
    );
}
