//! Money, quantities with units, percentages and discounts: a number, an optional multiplier
//! (万, 亿), an optional approximation (多, 余) and a unit, with approximation words around it
//! (约, 左右), signs (`负`, `-`), currency signs (`￥300`, `$20`), compound sums (`五元三毛`),
//! ranges (`2 至 3 亿元`) and capacities (`年产 8 万吨`) kept as flags, and the word before it
//! that says what it measures ([`attribute`]).
//!
//! Scanning is linear in the text: each position is tried once, every look-back is bounded, and
//! the one look-back that is not (is this amount a part of a total, after `其中`?) is kept as
//! running state ([`Breakdown`]).

pub mod attribute;
pub mod units;

use super::numbers::{
    chinese_digit, is_chinese_numeral, number_at, Decimal, NumberSpan, NUMBER_STARTS,
};
use super::{at, skip_spaces};
use crate::model::FactKind;
use units::{sign_at, unit_at, UnitKind};

/// One amount found in folded text.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub kind: FactKind,
    pub start: usize,
    pub end: usize,
    /// `None` when the number is too large to represent exactly; the text is still reported.
    pub value: Option<Decimal>,
    pub unit: String,
    pub flags: Vec<String>,
    /// What the number measures, from the words before it (`总投资`), folded.
    pub attribute: Option<&'static str>,
    /// Whether the unit is a counter (`个`, `家`): the caller keeps the fact only with the noun
    /// it counts.
    pub counter: bool,
}

/// Multipliers after a number, as powers of ten.
const MULTIPLIERS: &[(&str, u32)] = &[
    ("万亿", 12),
    ("千万", 7),
    ("百万", 6),
    ("亿", 8),
    ("兆", 12),
    ("万", 4),
    ("千", 3),
];

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

/// Whether the amounts met so far sit after a `其中` in their sentence: updated as the scan moves
/// right, so asking costs the chars since the last question, not a walk back to the sentence
/// start (which made 40,000 amounts in one sentence quadratic).
#[derive(Debug, Default)]
struct Breakdown {
    pos: usize,
    inside: bool,
}

impl Breakdown {
    /// Whether `start` follows a `其中` of its sentence; `start` never moves left by much, and
    /// a question about an earlier position is answered with the state already reached.
    fn at(&mut self, f: &[char], start: usize) -> bool {
        let end = start.min(f.len());
        while self.pos < end {
            match f[self.pos] {
                '。' | '；' | ';' | '！' | '？' => self.inside = false,
                '其' if f.get(self.pos + 1) == Some(&'中') => self.inside = true,
                _ => {}
            }
            self.pos += 1;
        }
        self.inside
    }
}

/// Spans of Latin runs that are addresses (`https://…`, `www.…`): their digits and `%xx`
/// escapes are no amounts. One pass over the text.
fn url_spans(f: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        if !is_url_char(f[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < f.len() && is_url_char(f[i]) {
            i += 1;
        }
        let run = &f[start..i];
        let is_url =
            run.windows(3).any(|w| w == [':', '/', '/']) || run.starts_with(&['w', 'w', 'w', '.']);
        if is_url {
            out.push((start, i));
        }
    }
    out
}

fn is_url_char(c: char) -> bool {
    c.is_ascii_graphic()
}

/// Every amount in folded text, left to right.
pub fn scan(f: &[char]) -> Vec<Amount> {
    let mut out = Vec::new();
    let urls = url_spans(f);
    let mut url_k = 0;
    let mut breakdown = Breakdown::default();
    let mut i = 0;
    // An amount opens with a number, not inside a longer one or a code: only positions where
    // one can start are tried.
    let fresh = |p: usize| {
        p == 0
            || !(f[p - 1].is_ascii_alphanumeric()
                || f[p - 1] == '.'
                || f[p - 1] == '%'
                || is_chinese_numeral(f[p - 1]))
    };
    while let Some(p) = NUMBER_STARTS.next_in_where(f, i, fresh) {
        while urls.get(url_k).is_some_and(|&(_, e)| e <= p) {
            url_k += 1;
        }
        if let Some(&(_, e)) = urls.get(url_k).filter(|&&(s, _)| s <= p) {
            i = e;
            continue;
        }
        if let Some(mut a) = amount_at(f, p) {
            if breakdown.at(f, a.start) {
                a.flags.push("part".to_owned());
            }
            i = a.end.max(p + 1);
            out.push(a);
        } else {
            i = p + 1;
        }
    }
    out
}

/// A number with its unit.
struct Unit {
    end: usize,
    value: Option<Decimal>,
    unit: String,
    kind: UnitKind,
    approx: bool,
    multiplied: bool,
}

/// The multiplier written at `j`, if any.
fn multiplier_at(f: &[char], j: usize) -> Option<&'static (&'static str, u32)> {
    if !matches!(f.get(j), Some('万' | '千' | '百' | '亿' | '兆')) {
        return None;
    }
    MULTIPLIERS.iter().find(|(m, _)| at(f, j, m))
}

/// Whether `多`/`余` (more than) stands at `j`.
fn more_than_at(f: &[char], j: usize) -> bool {
    matches!(f.get(j), Some('多' | '余'))
}

/// Multiplies by a power of ten; a value already unknown stays unknown.
fn shifted(v: Option<Decimal>, exp: u32) -> Option<Decimal> {
    v.and_then(|v| v.shift(exp))
}

/// After a number ending at `j`: approximation, multiplier and unit.
fn unit_after(f: &[char], j: usize, value: Option<Decimal>) -> Option<Unit> {
    let mut j = skip_spaces(f, j);
    let mut approx = false;
    if more_than_at(f, j) {
        approx = true;
        j += 1;
    }
    if let Some(u) = unit_at(f, j) {
        return Some(Unit {
            end: j + u.len,
            value,
            unit: u.unit,
            kind: u.kind,
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
    let u = unit_at(f, k)?;
    Some(Unit {
        end: k + u.len,
        value: shifted(value, *exp),
        unit: u.unit,
        kind: u.kind,
        approx,
        multiplied: true,
    })
}

/// The start of a minus sign right before `i` (`负三十二`, `-5%`), not a dash between numbers.
fn sign_before(f: &[char], i: usize) -> Option<usize> {
    let s = i.checked_sub(1)?;
    let is_sign = match f[s] {
        '负' => true,
        '-' | '－' | '−' => {
            s == 0 || !(f[s - 1].is_ascii_alphanumeric() || is_chinese_numeral(f[s - 1]))
        }
        _ => false,
    };
    is_sign.then_some(s)
}

/// `百分之`, `千分之`, `万分之` right before `i`: its start and the power of ten it divides by
/// beyond a percentage (0, 1, 2).
fn fraction_prefix(f: &[char], i: usize) -> Option<(usize, u32)> {
    let j = back_spaces(f, i);
    let s = j.checked_sub(3)?;
    [("百分之", 0), ("千分之", 1), ("万分之", 2)]
        .iter()
        .find(|(w, _)| at(f, s, w))
        .map(|&(_, d)| (s, d))
}

/// Back over at most two spaces before `i`.
fn back_spaces(f: &[char], i: usize) -> usize {
    let mut j = i;
    while j > 0 && i - j < 2 && f[j - 1] == ' ' {
        j -= 1;
    }
    j
}

/// Divides by `10^exp` exactly.
fn divided(v: Decimal, exp: u32) -> Option<Decimal> {
    Some(Decimal {
        mantissa: v.mantissa,
        scale: v.scale.checked_add(exp)?,
    })
}

/// `九五折`, `五五折`: two Chinese digits before `折`, read as a percentage.
fn two_digit_discount(f: &[char], i: usize) -> Option<Amount> {
    let a = chinese_digit(*f.get(i)?)?;
    let b = chinese_digit(*f.get(i + 1)?)?;
    if f.get(i + 2) != Some(&'折') || a == 0 {
        return None;
    }
    Some(plain(
        FactKind::Percent,
        i,
        i + 3,
        Decimal::int(i128::from(a * 10 + b)),
        "%",
        vec!["discount".to_owned()],
    ))
}

fn plain(
    kind: FactKind,
    start: usize,
    end: usize,
    value: Decimal,
    unit: &str,
    flags: Vec<String>,
) -> Amount {
    Amount {
        kind,
        start,
        end,
        value: Some(value),
        unit: unit.to_owned(),
        flags,
        attribute: None,
        counter: false,
    }
}

fn amount_at(f: &[char], i: usize) -> Option<Amount> {
    if let Some(a) = two_digit_discount(f, i) {
        return Some(a);
    }
    let n = number_at(f, i)?;
    if is_ordinal(f, i) {
        return None;
    }
    if let Some((start, exp)) = fraction_prefix(f, i) {
        let (start, neg) = match sign_before(f, start) {
            Some(s) => (s, true),
            None => (start, false),
        };
        let value = n
            .value
            .and_then(|v| divided(v, exp))
            .map(|v| negate_if(v, neg));
        return Some(finish(
            f,
            start,
            n.end,
            value,
            "%".to_owned(),
            UnitKind::Percent,
            false,
            vec![],
        ));
    }
    let (mut start, neg) = match sign_before(f, i) {
        Some(s) => (s, true),
        None => (i, false),
    };
    let sign = start
        .checked_sub(1)
        .and_then(|s| sign_at(f, s).map(|c| (s, c)));
    let (mut unit, range_flags, low_start) = match unit_after(f, n.end, n.value) {
        Some(u) => (u, vec![], n.start),
        None => match range_after(f, &n) {
            Some(r) => r,
            None => {
                // `￥300`, `$20`, `￥3万`: the sign is the unit.
                let (s, cur) = sign?;
                start = s;
                let (end, value) = match multiplier_at(f, n.end) {
                    Some((m, exp)) => (n.end + m.chars().count(), shifted(n.value, *exp)),
                    None => (n.end, n.value),
                };
                (
                    Unit {
                        end,
                        value,
                        unit: cur.to_owned(),
                        kind: UnitKind::Money(cur),
                        approx: false,
                        multiplied: false,
                    },
                    vec![],
                    n.start,
                )
            }
        },
    };
    if let Some((s, _)) = sign.filter(|_| matches!(unit.kind, UnitKind::Money(_))) {
        start = s;
    }
    if !neg && sign.is_none() {
        start = low_start;
    }
    if !worth_reporting(&n, &unit) {
        return None;
    }
    scale_share(&mut unit, &n)?;
    half_after(f, &mut unit);
    compound_money(f, &mut unit);
    if matches!(unit.kind, UnitKind::Money("元")) {
        start = renminbi_before(f, start);
    }
    let value = unit.value.map(|v| negate_if(v, neg));
    Some(finish(
        f,
        start,
        unit.end,
        value,
        unit.unit,
        unit.kind,
        unit.approx,
        range_flags,
    ))
}

fn negate_if(v: Decimal, neg: bool) -> Decimal {
    if neg {
        Decimal {
            mantissa: -v.mantissa,
            ..v
        }
    } else {
        v
    }
}

/// `成` and `折` count tenths: `三成` is 30%, `九折` 90%, and a two-digit `75折` is 75%.
/// `None` for a share that is none (`十折`, `15成`).
fn scale_share(unit: &mut Unit, n: &NumberSpan) -> Option<()> {
    if !matches!(unit.kind, UnitKind::Tenths | UnitKind::Discount) {
        return Some(());
    }
    let v = unit.value?;
    let ten = Decimal::int(10);
    let below_ten = v.mantissa < ten.shift(v.scale)?.mantissa && v.mantissa > 0;
    match unit.kind {
        UnitKind::Tenths => {
            if !(below_ten || v == ten) || unit.multiplied {
                return None;
            }
            unit.value = v.shift(1);
        }
        UnitKind::Discount => {
            if below_ten && !unit.multiplied {
                unit.value = v.shift(1);
            } else if !n.chinese
                && n.end - n.start == 2
                && v.as_int().is_some_and(|x| (11..=99).contains(&x))
            {
                unit.value = Some(v);
            } else {
                return None;
            }
        }
        _ => {}
    }
    Some(())
}

/// `一吨半`, `两米半`, `三成半`: a `半` after the unit adds half a unit.
fn half_after(f: &[char], unit: &mut Unit) {
    if f.get(unit.end) != Some(&'半') || !matches!(unit.kind, UnitKind::Measure | UnitKind::Tenths)
    {
        return;
    }
    let half = match unit.kind {
        UnitKind::Tenths => Decimal::int(5),
        _ => Decimal {
            mantissa: 5,
            scale: 1,
        },
    };
    if let Some(v) = unit.value.and_then(|v| add(v, half)) {
        unit.value = Some(v);
        unit.end += 1;
    }
}

/// Exact sum of two decimals.
fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale.max(b.scale);
    let a2 = a.shift_scale(scale)?;
    let b2 = b.shift_scale(scale)?;
    Some(
        Decimal {
            mantissa: a2.checked_add(b2)?,
            scale,
        }
        .normalized(),
    )
}

/// `五元三毛`, `50元6角三分`, `两美元又三美分`: smaller coins after the main unit add up.
fn compound_money(f: &[char], unit: &mut Unit) {
    let coins: &[(&str, u32)] = match unit.kind {
        UnitKind::Money("元") => &[("角", 1), ("毛", 1), ("分", 2)],
        UnitKind::Money("美元") => &[("美分", 2)],
        _ => return,
    };
    let Some(mut total) = unit.value else { return };
    let mut end = unit.end;
    let mut last_exp = 0;
    loop {
        let mut j = skip_spaces(f, end);
        if matches!(f.get(j), Some('又' | '零')) {
            j += 1;
        }
        let Some(n) = number_at(f, j) else { break };
        let Some(v) = n
            .value
            .filter(|v| v.as_int().is_some_and(|x| (0..10).contains(&x)))
        else {
            break;
        };
        let k = skip_spaces(f, n.end);
        let Some(&(w, exp)) = coins.iter().find(|(w, e)| *e > last_exp && at(f, k, w)) else {
            break;
        };
        let Some(sum) = divided(v, exp).and_then(|c| add(total, c)) else {
            break;
        };
        total = sum;
        last_exp = exp;
        end = k + w.chars().count();
    }
    if end != unit.end {
        unit.value = Some(total);
        unit.end = end;
    }
}

/// `人民币 50元`: the currency named before the number belongs to the amount.
fn renminbi_before(f: &[char], start: usize) -> usize {
    let j = back_spaces(f, start);
    if j >= 3 && at(f, j - 3, "人民币") {
        j - 3
    } else {
        start
    }
}

/// `2 至 3 亿元`: the low end takes the high end's multiplier and unit when it has none.
fn range_after(f: &[char], low: &NumberSpan) -> Option<(Unit, Vec<String>, usize)> {
    let mut j = skip_spaces(f, low.end);
    let mut low_value = low.value;
    let mut low_exp = 0;
    if let Some((m, exp)) = multiplier_at(f, j) {
        low_value = shifted(low.value, *exp);
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
        low_value = shifted(low.value, exp);
    }
    let upper = unit.value.map_or("null".to_owned(), |v| v.to_string());
    let flags = vec!["range".to_owned(), format!("upper={upper}")];
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
    let (v, u) = (n.value?, unit.value?);
    (0..=12).find(|&e| v.shift(e) == Some(u))
}

/// `第一块`, `第 3 名`: ordinals are positions, not amounts.
fn is_ordinal(f: &[char], i: usize) -> bool {
    let j = back_spaces(f, i);
    j > 0 && matches!(f[j - 1], '第' | '每')
}

fn worth_reporting(n: &NumberSpan, unit: &Unit) -> bool {
    let one = n.value == Some(Decimal::int(1));
    match unit.kind {
        UnitKind::Counter => {
            !n.chinese
                || unit.multiplied
                || n.value.and_then(Decimal::as_int).is_none_or(|v| v >= 10)
        }
        // `一成不变`, `一折腾`: idioms, not shares.
        UnitKind::Tenths | UnitKind::Discount => !(n.chinese && one),
        _ => true,
    }
}

#[allow(clippy::too_many_arguments)]
fn finish(
    f: &[char],
    start: usize,
    end: usize,
    value: Option<Decimal>,
    unit: String,
    kind: UnitKind,
    approx: bool,
    mut flags: Vec<String>,
) -> Amount {
    let mut end = end;
    let trimmed = back_spaces(f, start);
    let before = &f[..trimmed];
    let mut approx = approx || APPROX_BEFORE.iter().any(|w| ends_with(before, w));
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
    if let Some((_, flag)) = CAPACITY.iter().find(|(w, _)| ends_with(before, w)) {
        flags.push((*flag).to_owned());
    }
    let counter = kind == UnitKind::Counter;
    let attribute =
        attribute::attribute_before(f, start).or_else(|| attribute::implied_after(f, end, &unit));
    let (kind, unit) = match kind {
        UnitKind::Money(_) => (FactKind::Money, unit),
        UnitKind::Percent => (FactKind::Percent, "%".to_owned()),
        UnitKind::Tenths => (FactKind::Percent, "%".to_owned()),
        UnitKind::Discount => {
            flags.push("discount".to_owned());
            (FactKind::Percent, "%".to_owned())
        }
        UnitKind::Points => {
            flags.push("points".to_owned());
            (FactKind::Percent, "百分点".to_owned())
        }
        UnitKind::Measure | UnitKind::Counter => (FactKind::Quantity, unit),
    };
    Amount {
        kind,
        start,
        end,
        value,
        unit,
        flags,
        attribute,
        counter,
    }
}

fn ends_with(f: &[char], w: &str) -> bool {
    let mut before = f.iter().rev();
    w.chars().rev().all(|c| before.next() == Some(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    fn amounts(s: &str) -> Vec<(FactKind, String, String, Vec<String>)> {
        let f: Vec<char> = fold(s).chars().collect();
        scan(&f)
            .into_iter()
            .map(|a| {
                (
                    a.kind,
                    a.value.map_or("null".to_owned(), |v| v.to_string()),
                    a.unit,
                    a.flags,
                )
            })
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

    #[test]
    fn compound_money_and_currencies() {
        assert_eq!(
            one("这个手机壳五元三毛"),
            (FactKind::Money, "5.3".into(), "元".into())
        );
        assert_eq!(
            one("50元6角三分"),
            (FactKind::Money, "50.63".into(), "元".into())
        );
        assert_eq!(
            one("两美元又三美分"),
            (FactKind::Money, "2.03".into(), "美元".into())
        );
        assert_eq!(
            one("央行到期定存单5306亿台币"),
            (FactKind::Money, "530600000000".into(), "台币".into())
        );
        assert_eq!(
            one("花费我三块"),
            (FactKind::Money, "3".into(), "元".into())
        );
        assert_eq!(one("4人民币"), (FactKind::Money, "4".into(), "元".into()));
        assert_eq!(
            one("8亿元人民币"),
            (FactKind::Money, "800000000".into(), "元".into())
        );
        assert_eq!(
            one("价格￥300，"),
            (FactKind::Money, "300".into(), "元".into())
        );
        assert_eq!(
            one("价格$20，"),
            (FactKind::Money, "20".into(), "美元".into())
        );
        let f: Vec<char> = "人民币 50元".chars().collect();
        assert_eq!(scan(&f)[0].start, 0);
    }

    #[test]
    fn units_halves_and_signs() {
        assert_eq!(
            one("一吨半"),
            (FactKind::Quantity, "1.5".into(), "吨".into())
        );
        assert_eq!(
            one("三斤半"),
            (FactKind::Quantity, "3.5".into(), "斤".into())
        );
        assert_eq!(
            one("一百千瓦"),
            (FactKind::Quantity, "100".into(), "千瓦".into())
        );
        assert_eq!(
            one("身高168CM"),
            (FactKind::Quantity, "168".into(), "cm".into())
        );
        assert_eq!(
            one("负0.2千米"),
            (FactKind::Quantity, "-0.2".into(), "千米".into())
        );
        assert_eq!(
            one("负3.9%"),
            (FactKind::Percent, "-3.9".into(), "%".into())
        );
        assert_eq!(one("-5%"), (FactKind::Percent, "-5".into(), "%".into()));
        assert_eq!(amounts("5-20%")[0].3, ["range", "upper=20"]);
    }

    #[test]
    fn discounts_tenths_and_fractions() {
        assert_eq!(one("打九折"), (FactKind::Percent, "90".into(), "%".into()));
        assert_eq!(one("75折"), (FactKind::Percent, "75".into(), "%".into()));
        assert_eq!(one("五五折"), (FactKind::Percent, "55".into(), "%".into()));
        assert_eq!(one("三成半"), (FactKind::Percent, "35".into(), "%".into()));
        assert_eq!(one("7.2成"), (FactKind::Percent, "72".into(), "%".into()));
        assert_eq!(
            one("千分之2.4"),
            (FactKind::Percent, "0.24".into(), "%".into())
        );
        assert_eq!(
            one("万分之三"),
            (FactKind::Percent, "0.03".into(), "%".into())
        );
        assert!(amounts("十折").is_empty());
        assert!(amounts("一成不变").is_empty());
    }

    #[test]
    fn url_escapes_are_no_percentages() {
        assert!(amounts("访问 https://www.test.com/search?q=30%25%2020% 吧").is_empty());
    }

    #[test]
    fn unrepresentable_amounts_keep_their_text_without_value() {
        let s = format!("总投资{}元", "九".repeat(39));
        let v = amounts(&s);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].1, "null");
        let v = amounts("一亿亿亿亿亿元");
        assert_eq!(v[0].1, "null");
    }

    #[test]
    fn attributes_come_from_the_words_before() {
        let f: Vec<char> = "项目总投资 73.9 亿元，规划面积 28.29 平方公里，同比增长 12.6%"
            .chars()
            .collect();
        let v: Vec<_> = scan(&f).into_iter().map(|a| a.attribute).collect();
        assert_eq!(v, [Some("项目总投资"), Some("规划面积"), Some("同比增长")]);
    }

    #[test]
    fn breakdown_state_ends_with_the_sentence() {
        let v = amounts("其中投资 2 亿元。另投资 3 亿元。");
        assert_eq!(v[0].3, ["part"]);
        assert!(v[1].3.is_empty());
    }
}
