//! Reading one amount at a position: its number, the approximation, multiplier and unit after
//! it, a sign before it, and whether it is worth reporting (no ordinal, no idiom). Apart from
//! the scan, which only says where to try, and from [`super::finish`], which reads around it.

use super::*;

/// A number with its unit.
pub(super) struct Unit {
    pub(super) end: usize,
    pub(super) value: Option<Decimal>,
    pub(super) unit: String,
    pub(super) kind: UnitKind,
    pub(super) approx: bool,
    pub(super) multiplied: bool,
}

/// Whether `多`/`余` (more than) stands at `j`.
pub(super) fn more_than_at(f: &[char], j: usize) -> bool {
    matches!(f.get(j), Some('多' | '余'))
}

/// Multiplies by a power of ten; a value already unknown stays unknown.
pub(super) fn shifted(v: Option<Decimal>, exp: u32) -> Option<Decimal> {
    v.and_then(|v| v.shift(exp))
}

/// Units of time a counter `个` may count (`19个月`, `3个工作日`): lengths of time, not counts.
const DURATIONS: &[&str] = &["月", "小时", "星期", "钟头", "工作日", "年头"];

/// After a number ending at `j`: approximation, multiplier and unit.
pub(super) fn unit_after(f: &[char], j: usize, value: Option<Decimal>) -> Option<Unit> {
    let mut j = skip_spaces(f, j);
    let mut approx = false;
    if more_than_at(f, j) {
        approx = true;
        j += 1;
    }
    if let Some(mut u) = unit_at(f, j) {
        // `历时19个月`, `3个工作日`: a length of time, no count of anything.
        if u.unit == "个" && DURATIONS.iter().any(|d| at(f, j + 1, d)) {
            return None;
        }
        // `20个比特币`: a counter right before a currency counts money.
        if u.unit == "个" {
            if let Some(m) = unit_at(f, j + 1).filter(|m| matches!(m.kind, UnitKind::Money(_))) {
                u = units::UnitHit {
                    len: m.len + 1,
                    ..m
                };
            }
        }
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
pub(super) fn sign_before(f: &[char], i: usize) -> Option<usize> {
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

/// Back over at most two spaces before `i`.
pub(super) fn back_spaces(f: &[char], i: usize) -> usize {
    let mut j = i;
    while j > 0 && i - j < 2 && f[j - 1] == ' ' {
        j -= 1;
    }
    j
}

/// Divides by `10^exp` exactly.
pub(super) fn divided(v: Decimal, exp: u32) -> Option<Decimal> {
    Some(Decimal {
        mantissa: v.mantissa,
        scale: v.scale.checked_add(exp)?,
    })
}

pub(super) fn plain(
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

pub(super) fn amount_at(f: &[char], i: usize) -> Option<Amount> {
    if let Some(a) = two_digit_discount(f, i) {
        return Some(a);
    }
    let n = match number_at(f, i) {
        Some(n) => arabic_pieces(f, unit_inside(f, n)),
        None => bare_order_of_money(f, i)?,
    };
    if is_ordinal(f, i) || is_vague_multiple(f, &n) {
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
                // `￥300`, `$20`, `￥3万`: the sign is the unit; so is a currency named
                // before a number and its multiplier (`澳门元3亿`).
                let (s, cur) = sign.or_else(|| {
                    multiplier_at(f, n.end).and_then(|_| currency_before(f, n.start))
                })?;
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
    if unit.unit == "位" && units::is_data_bit(f, unit.end) {
        unit.unit = "比特".to_owned();
        unit.kind = UnitKind::Measure;
    }
    if !worth_reporting(f, &n, &unit) {
        return None;
    }
    scale_share(&mut unit, &n)?;
    half_after(f, &mut unit);
    compound_money(f, &mut unit);
    // `人民币 50元`, `新台币500亿元`: the currency named before the number is the amount's,
    // where the unit after it is the plain `元` or that currency again.
    if let UnitKind::Money(written) = unit.kind {
        if let Some((s, cur)) =
            currency_before(f, start).filter(|&(_, c)| written == "元" || written == c)
        {
            start = s;
            unit.unit = cur.to_owned();
            unit.kind = UnitKind::Money(cur);
        }
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

pub(super) fn negate_if(v: Decimal, neg: bool) -> Decimal {
    if neg {
        Decimal {
            mantissa: -v.mantissa,
            ..v
        }
    } else {
        v
    }
}

/// `第一块`, `第 3 名`: ordinals are positions, not amounts.
pub(super) fn is_ordinal(f: &[char], i: usize) -> bool {
    let j = back_spaces(f, i);
    j > 0 && matches!(f[j - 1], '第' | '每')
}

/// `数十台`, `几百家`, `数十万吨`: `数` or `几` before a bare order of magnitude (only 十, 百,
/// 千, 万, 亿) makes it a vague multiple, no amount; read from the order alone it was a
/// precise ten (`十台`). A number with digits of its own after `数` is a noun's (`总数十二个`).
pub(super) fn is_vague_multiple(f: &[char], n: &NumberSpan) -> bool {
    n.chinese
        && n.start > 0
        && matches!(f[n.start - 1], '数' | '几')
        && f[n.start..n.end]
            .iter()
            .all(|c| matches!(c, '十' | '拾' | '百' | '佰' | '千' | '仟' | '万' | '亿'))
}

/// Words before a measure of one that make it an idiom (`打通“最后一公里”`, `最后一米`): the
/// last stretch of a task, no length.
const LAST_STRETCH: &[&str] = &["最后", "最初", "最先"];

pub(super) fn worth_reporting(f: &[char], n: &NumberSpan, unit: &Unit) -> bool {
    let one = n.value == Some(Decimal::int(1));
    match unit.kind {
        UnitKind::Counter => {
            !n.chinese
                || unit.multiplied
                || n.value.and_then(Decimal::as_int).is_none_or(|v| v >= 10)
        }
        // `一成不变`, `一折腾`: idioms, not shares; `打一折`, `折扣一折` are discounts.
        UnitKind::Tenths => !(n.chinese && one),
        UnitKind::Discount => !(n.chinese && one) || discount_before(f, n.start),
        UnitKind::Measure => {
            !(n.chinese
                && one
                && LAST_STRETCH
                    .iter()
                    .any(|w| crate::facts::ends_with(&f[..n.start], w)))
        }
        _ => true,
    }
}
