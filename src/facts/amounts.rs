//! Money, quantities with units, and percentages: a number, an optional multiplier (万, 亿),
//! an optional approximation (多, 余) and a unit, with approximation words around it (约, 左右),
//! ranges (`2 至 3 亿元`) and capacities (`年产 8 万吨`) kept as flags.

use super::charset::CharSet;
use super::numbers::{is_chinese_numeral, number_at, Decimal, NumberSpan, NUMBER_STARTS};
use super::{at, skip_spaces};
use crate::model::FactKind;

/// One amount found in folded text.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub kind: FactKind,
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    pub unit: String,
    pub flags: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Money,
    /// A measure worth reporting whatever the number: area, length, mass, energy, floors.
    Measure,
    /// A counter (个, 家, 名): only with Arabic digits or a large Chinese number, since
    /// `一家`, `三个方面` are articles and idioms, not figures.
    Counter,
    Percent,
    Points,
}

/// Units in folded form, longest first within shared prefixes.
const UNITS: &[(&str, UnitKind)] = &[
    ("美元", UnitKind::Money),
    ("欧元", UnitKind::Money),
    ("港元", UnitKind::Money),
    ("港币", UnitKind::Money),
    ("日元", UnitKind::Money),
    ("韩元", UnitKind::Money),
    ("英镑", UnitKind::Money),
    ("元", UnitKind::Money),
    ("个百分点", UnitKind::Points),
    ("百分点", UnitKind::Points),
    ("%", UnitKind::Percent),
    ("平方公里", UnitKind::Measure),
    ("平方千米", UnitKind::Measure),
    ("平方米", UnitKind::Measure),
    ("平米", UnitKind::Measure),
    ("立方米", UnitKind::Measure),
    ("公里", UnitKind::Measure),
    ("千米", UnitKind::Measure),
    ("厘米", UnitKind::Measure),
    ("毫米", UnitKind::Measure),
    ("米", UnitKind::Measure),
    ("公顷", UnitKind::Measure),
    ("亩", UnitKind::Measure),
    ("吨", UnitKind::Measure),
    ("千克", UnitKind::Measure),
    ("公斤", UnitKind::Measure),
    ("千瓦时", UnitKind::Measure),
    ("千瓦", UnitKind::Measure),
    ("兆瓦", UnitKind::Measure),
    ("吉瓦", UnitKind::Measure),
    ("千伏", UnitKind::Measure),
    ("标准箱", UnitKind::Measure),
    ("标方", UnitKind::Measure),
    ("层", UnitKind::Measure),
    ("套", UnitKind::Measure),
    ("人次", UnitKind::Counter),
    ("车次", UnitKind::Counter),
    ("架次", UnitKind::Counter),
    ("个", UnitKind::Counter),
    ("家", UnitKind::Counter),
    ("项", UnitKind::Counter),
    ("名", UnitKind::Counter),
    ("人", UnitKind::Counter),
    ("位", UnitKind::Counter),
    ("户", UnitKind::Counter),
    ("台", UnitKind::Counter),
    ("辆", UnitKind::Counter),
    ("栋", UnitKind::Counter),
    ("座", UnitKind::Counter),
    ("间", UnitKind::Counter),
    ("张", UnitKind::Counter),
    ("架", UnitKind::Counter),
    ("艘", UnitKind::Counter),
    ("条", UnitKind::Counter),
    ("件", UnitKind::Counter),
    ("批", UnitKind::Counter),
    ("株", UnitKind::Counter),
    ("棵", UnitKind::Counter),
    ("头", UnitKind::Counter),
    ("只", UnitKind::Counter),
    ("所", UnitKind::Counter),
    ("场", UnitKind::Counter),
    ("次", UnitKind::Counter),
    ("款", UnitKind::Counter),
    ("种", UnitKind::Counter),
];

/// Multipliers after a number, as powers of ten.
const MULTIPLIERS: &[(&str, u32)] = &[
    ("万亿", 12),
    ("千万", 7),
    ("百万", 6),
    ("亿", 8),
    ("万", 4),
    ("千", 3),
];

/// Every unit word the extractor knows, in folded (Simplified, ASCII) form. The line breaker
/// keeps a number with these (spec §12.7), so wrapping and extraction agree on what a unit is.
pub fn unit_words() -> impl Iterator<Item = &'static str> {
    UNITS.iter().map(|(u, _)| *u)
}

/// Every multiplier word (`万`, `亿`, …) in folded form; see [`unit_words`].
pub fn multiplier_words() -> impl Iterator<Item = &'static str> {
    MULTIPLIERS.iter().map(|(m, _)| *m)
}

/// Words before a number that make it approximate.
const APPROX_BEFORE: &[&str] = &[
    "大约", "将近", "接近", "超过", "约", "近", "逾", "超", "约合",
];
/// Words after an amount that make it approximate.
const APPROX_AFTER: &[&str] = &["左右", "上下", "以上", "许"];
/// Words before an amount that make it a rate per year or day (`年产 8 万吨`).
const CAPACITY: &[(&str, &str)] = &[
    ("年产能", "annual"),
    ("年产", "annual"),
    ("年处理", "annual"),
    ("年加工", "annual"),
    ("年吞吐", "annual"),
    ("年发电", "annual"),
    ("日产", "daily"),
    ("日处理", "daily"),
];
const RANGE_SEPS: &[char] = &['至', '到', '~', '～', '—', '–', '-', '－'];

/// Every amount in folded text, left to right.
pub fn scan(f: &[char]) -> Vec<Amount> {
    let mut out = Vec::new();
    let mut i = 0;
    // An amount opens with a number, not inside a longer one or a code: only positions where
    // one can start are tried.
    let fresh = |p: usize| {
        p == 0
            || !(f[p - 1].is_ascii_alphanumeric()
                || f[p - 1] == '.'
                || is_chinese_numeral(f[p - 1]))
    };
    while let Some(p) = NUMBER_STARTS.next_in_where(f, i, fresh) {
        if let Some(a) = amount_at(f, p) {
            i = a.end.max(p + 1);
            out.push(a);
        } else {
            i = p + 1;
        }
    }
    out
}

/// A number with its unit: (end, value, unit, kind, approx, had_multiplier).
struct Unit {
    end: usize,
    value: Decimal,
    unit: &'static str,
    kind: UnitKind,
    approx: bool,
    multiplied: bool,
}

/// [`UNITS`] in chars, in the same order (so the first match is still the longest).
fn unit_table() -> &'static [(Vec<char>, &'static str, UnitKind)] {
    static T: std::sync::OnceLock<Vec<(Vec<char>, &'static str, UnitKind)>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        UNITS
            .iter()
            .map(|(u, kind)| (u.chars().collect(), *u, *kind))
            .collect()
    })
}

/// The unit written at `j`: most numbers are followed by no unit, and one char tells.
fn unit_at(f: &[char], j: usize) -> Option<(&'static str, UnitKind)> {
    static FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    let c = *f.get(j)?;
    let firsts = FIRSTS.get_or_init(|| CharSet::firsts(UNITS.iter().map(|(u, _)| *u)));
    if !firsts.contains(c) {
        return None;
    }
    unit_table()
        .iter()
        .find(|(u, _, _)| u.first() == Some(&c) && f[j..].starts_with(u))
        .map(|(_, u, kind)| (*u, *kind))
}

/// The multiplier written at `j`, if any.
fn multiplier_at(f: &[char], j: usize) -> Option<&'static (&'static str, u32)> {
    if !matches!(f.get(j), Some('万' | '千' | '百' | '亿')) {
        return None;
    }
    MULTIPLIERS.iter().find(|(m, _)| at(f, j, m))
}

/// Whether `多`/`余` (more than) stands at `j`.
fn more_than_at(f: &[char], j: usize) -> bool {
    matches!(f.get(j), Some('多' | '余'))
}

/// After a number ending at `j`: approximation, multiplier and unit.
fn unit_after(f: &[char], j: usize, value: Decimal) -> Option<Unit> {
    let mut j = skip_spaces(f, j);
    let mut approx = false;
    if more_than_at(f, j) {
        approx = true;
        j += 1;
    }
    if let Some((u, kind)) = unit_at(f, j) {
        return Some(Unit {
            end: j + u.chars().count(),
            value,
            unit: u,
            kind,
            approx,
            multiplied: false,
        });
    }
    let (m, exp) = multiplier_at(f, j)?;
    let mut k = j + m.chars().count();
    if more_than_at(f, k) {
        approx = true;
        k += 1;
    }
    let k = skip_spaces(f, k);
    let (u, kind) = unit_at(f, k)?;
    Some(Unit {
        end: k + u.chars().count(),
        value: value.shift(*exp)?,
        unit: u,
        kind,
        approx,
        multiplied: true,
    })
}

fn amount_at(f: &[char], i: usize) -> Option<Amount> {
    let percent_prefix = i >= 3 && at(f, i - 3, "百分之");
    let n = number_at(f, i)?;
    if is_ordinal(f, i) {
        return None;
    }
    if percent_prefix {
        return Some(finish(
            f,
            n.start - 3,
            n.end,
            n.value,
            "%",
            UnitKind::Percent,
            false,
            vec![],
        ));
    }
    let (unit, range_flags, start) = match unit_after(f, n.end, n.value) {
        Some(u) => (u, vec![], n.start),
        None => range_after(f, &n)?,
    };
    if !worth_reporting(&n, &unit) {
        return None;
    }
    Some(finish(
        f,
        start,
        unit.end,
        unit.value,
        unit.unit,
        unit.kind,
        unit.approx,
        range_flags,
    ))
}

/// `2 至 3 亿元`: the low end takes the high end's multiplier and unit when it has none.
fn range_after(f: &[char], low: &NumberSpan) -> Option<(Unit, Vec<String>, usize)> {
    let mut j = skip_spaces(f, low.end);
    let mut low_value = low.value;
    let mut low_exp = 0;
    if let Some((m, exp)) = multiplier_at(f, j) {
        low_value = low.value.shift(*exp)?;
        low_exp = *exp;
        j = skip_spaces(f, j + m.chars().count());
    }
    if !f.get(j).is_some_and(|c| RANGE_SEPS.contains(c)) {
        return None;
    }
    let k = skip_spaces(f, j + 1);
    let high = number_at(f, k)?;
    let unit = unit_after(f, high.end, high.value)?;
    if unit.multiplied && low_exp == 0 {
        let exp = multiplier_exp(&unit, &high)?;
        low_value = low.value.shift(exp)?;
    }
    let flags = vec!["range".to_owned(), format!("upper={}", unit.value)];
    Some((
        Unit {
            value: low_value,
            ..unit
        },
        flags,
        low.start,
    ))
}

/// The multiplier exponent a unit applied to its number.
fn multiplier_exp(unit: &Unit, n: &NumberSpan) -> Option<u32> {
    (0..=12).find(|&e| n.value.shift(e) == Some(unit.value))
}

/// `第一块`, `第 3 名`: ordinals are positions, not amounts.
fn is_ordinal(f: &[char], i: usize) -> bool {
    let before = f[..i].iter().rev().find(|c| **c != ' ');
    matches!(before, Some('第') | Some('每'))
}

fn worth_reporting(n: &NumberSpan, unit: &Unit) -> bool {
    match unit.kind {
        UnitKind::Counter => {
            !n.chinese || unit.multiplied || n.value.as_int().is_some_and(|v| v >= 10)
        }
        UnitKind::Measure => !(n.chinese && n.value == Decimal::int(1) && unit.unit == "层"),
        _ => true,
    }
}

#[allow(clippy::too_many_arguments)]
fn finish(
    f: &[char],
    start: usize,
    end: usize,
    value: Decimal,
    unit: &str,
    kind: UnitKind,
    approx: bool,
    mut flags: Vec<String>,
) -> Amount {
    let mut end = end;
    let before = &f[..start];
    let trimmed = before.len() - before.iter().rev().take_while(|c| **c == ' ').count();
    let mut approx = approx || APPROX_BEFORE.iter().any(|w| ends_with(&f[..trimmed], w));
    let after = skip_spaces(f, end);
    if let Some(w) = APPROX_AFTER.iter().find(|w| at(f, after, w)) {
        approx = true;
        if *w != "以上" {
            end = after + w.chars().count();
        }
    }
    if approx {
        flags.insert(0, "approx".to_owned());
    }
    if let Some((_, flag)) = CAPACITY.iter().find(|(w, _)| ends_with(&f[..trimmed], w)) {
        flags.push((*flag).to_owned());
    }
    if in_breakdown(f, start) {
        flags.push("part".to_owned());
    }
    let (kind, unit) = match kind {
        UnitKind::Money => (FactKind::Money, unit.to_owned()),
        UnitKind::Percent => (FactKind::Percent, "%".to_owned()),
        UnitKind::Points => {
            flags.push("points".to_owned());
            (FactKind::Percent, "百分点".to_owned())
        }
        UnitKind::Measure | UnitKind::Counter => (FactKind::Quantity, unit.to_owned()),
    };
    Amount {
        kind,
        start,
        end,
        value,
        unit,
        flags,
    }
}

fn ends_with(f: &[char], w: &str) -> bool {
    let mut before = f.iter().rev();
    w.chars().rev().all(|c| before.next() == Some(&c))
}

/// Whether the amount follows a `其中` in the same sentence: a part of a total stated before.
fn in_breakdown(f: &[char], start: usize) -> bool {
    // Back from the amount to the sentence's start only, not through the whole paragraph.
    for k in (0..start.min(f.len())).rev() {
        match f[k] {
            '。' | '；' | ';' | '！' | '？' => return false,
            '其' if f.get(k + 1) == Some(&'中') => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    fn amounts(s: &str) -> Vec<(FactKind, String, String, Vec<String>)> {
        let f: Vec<char> = fold(s).chars().collect();
        scan(&f)
            .into_iter()
            .map(|a| (a.kind, a.value.to_string(), a.unit, a.flags))
            .collect()
    }

    fn one(s: &str) -> (FactKind, String, String) {
        let v = amounts(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        (v[0].0, v[0].1.clone(), v[0].2.clone())
    }

    #[test]
    fn money_with_multipliers_is_exact() {
        assert_eq!(
            one("总投资 3.04 亿元，"),
            (FactKind::Money, "304000000".into(), "元".into())
        );
        assert_eq!(
            one("总投资 1233 万元的"),
            (FactKind::Money, "12330000".into(), "元".into())
        );
        assert_eq!(
            one("投资一千二百三十三万元"),
            (FactKind::Money, "12330000".into(), "元".into())
        );
        assert_eq!(
            one("合同额 1,250 万美元"),
            (FactKind::Money, "12500000".into(), "美元".into())
        );
        assert_eq!(
            one("投資３．０４億元"),
            (FactKind::Money, "304000000".into(), "元".into())
        );
    }

    #[test]
    fn quantities_keep_the_unit_without_multiplier() {
        assert_eq!(
            one("4 万吨铸造合金"),
            (FactKind::Quantity, "40000".into(), "吨".into())
        );
        assert_eq!(
            one("全长 0.776 公里的"),
            (FactKind::Quantity, "0.776".into(), "公里".into())
        );
        assert_eq!(
            one("面积 28.29 平方公里，"),
            (FactKind::Quantity, "28.29".into(), "平方公里".into())
        );
        assert_eq!(
            one("总面积达 5 万平方米。"),
            (FactKind::Quantity, "50000".into(), "平方米".into())
        );
        assert_eq!(
            one("流转土地两千亩"),
            (FactKind::Quantity, "2000".into(), "亩".into())
        );
        assert_eq!(
            one("長１２公里"),
            (FactKind::Quantity, "12".into(), "公里".into())
        );
    }

    #[test]
    fn capacity_and_approximation_flags() {
        let v = amounts("年产 8 万吨焦炉煤气制 LNG 项目");
        assert_eq!(v[0].3, ["annual"]);
        let v = amounts("投资约 1000 余万元");
        assert_eq!(v[0].1, "10000000");
        assert_eq!(v[0].3, ["approx"]);
        let v = amounts("吸纳就业 300 人左右");
        assert_eq!(v[0].3, ["approx"]);
        let v = amounts("总投资 5 亿元，其中一期投资 2 亿元。");
        assert!(v[0].3.is_empty());
        assert_eq!(v[1].3, ["part"]);
    }

    #[test]
    fn ranges_share_multiplier_and_unit() {
        let v = amounts("预计投资 2 至 3 亿元");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].1, "200000000");
        assert_eq!(v[0].3, ["range", "upper=300000000"]);
    }

    #[test]
    fn percentages() {
        assert_eq!(
            one("同比增长 12.6%"),
            (FactKind::Percent, "12.6".into(), "%".into())
        );
        assert_eq!(
            one("增长百分之十二点六"),
            (FactKind::Percent, "12.6".into(), "%".into())
        );
        assert_eq!(
            one("提高 3 个百分点"),
            (FactKind::Percent, "3".into(), "百分点".into())
        );
        assert_eq!(
            one("占比１５％"),
            (FactKind::Percent, "15".into(), "%".into())
        );
    }

    #[test]
    fn ordinals_counters_and_idioms_are_not_amounts() {
        for s in [
            "第一块 A356.2 合金锭",
            "第 3 名",
            "一栋地上",
            "三大指标",
            "一区两园",
            "每一架无人机",
            "三个方面",
            "A356.2",
            "二十届四中全会",
        ] {
            assert!(amounts(s).is_empty(), "{s}: {:?}", amounts(s));
        }
        assert_eq!(
            one("签约项目 12 个"),
            (FactKind::Quantity, "12".into(), "个".into())
        );
        assert_eq!(
            one("地上 18 层"),
            (FactKind::Quantity, "18".into(), "层".into())
        );
    }

    #[test]
    fn dates_are_not_amounts() {
        assert!(amounts("2025 年 12 月 22 日").is_empty());
    }
}
