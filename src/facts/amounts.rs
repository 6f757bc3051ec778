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
pub mod mentions;
pub mod units;

use super::charset::{next_of, CharSet};
use super::numbers::{
    chinese_digit, is_chinese_numeral, number_at, parse_chinese, Decimal, NumberSpan, NUMBER_STARTS,
};
use super::{at, skip_spaces};
use crate::model::FactKind;
use forms::*;
use spaced::*;
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

/// Every unit word the extractor knows, in folded (Simplified, ASCII) form. The line breaker
/// keeps a number with these (spec §12.7), so wrapping and extraction agree on what a unit is.
pub fn unit_words() -> impl Iterator<Item = &'static str> {
    units::UNITS.iter().map(|(u, _)| *u)
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
        // Only the chars that change the state are visited: the scan jumps between them, and
        // never past `end`, so no char is read twice however many amounts ask.
        while self.pos < end {
            let Some(k) = BREAKDOWN_CHARS.next_in(&f[..end], self.pos) else {
                self.pos = end;
                break;
            };
            match f[k] {
                '其' => {
                    if f.get(k + 1) == Some(&'中') {
                        self.inside = true;
                    }
                }
                _ => self.inside = false,
            }
            self.pos = k + 1;
        }
        self.inside
    }
}

/// The chars [`Breakdown::at`] reacts to: the sentence ends and the `其` of `其中`.
static BREAKDOWN_CHARS: CharSet = CharSet::of(&['。', '；', ';', '！', '？', '其']);

/// Spans of Latin runs that are addresses (`https://…`, `www.…`): their digits and `%xx`
/// escapes are no amounts. One pass over the text.
fn url_spans(f: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // An address holds the `:` of `://` or the `w` of `www.`: a text with neither (most
    // Chinese text) holds none, and is not walked char by char.
    if next_of(f, 0, ':', 'w').is_none() {
        return out;
    }
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

/// Every amount in folded text, left to right. Spaces inside a written number are read
/// through (the offsets stay those of `f`).
pub fn scan(f: &[char]) -> Vec<Amount> {
    if !f
        .iter()
        .enumerate()
        .any(|(k, &c)| c == ' ' && inner_space(f, k))
    {
        return scan_compact(f);
    }
    let mut compact = Vec::with_capacity(f.len());
    let mut map = Vec::with_capacity(f.len() + 1);
    for k in 0..f.len() {
        // Most chars are no space: tested here, they cost no call.
        if !(f[k] == ' ' && inner_space(f, k)) {
            compact.push(f[k]);
            map.push(k);
        }
    }
    map.push(f.len());
    let mut out = scan_compact(&compact);
    for a in &mut out {
        let last = a.end.saturating_sub(1);
        a.start = map.get(a.start).copied().unwrap_or(f.len());
        a.end = map.get(last).map_or(f.len(), |&e| e + 1);
    }
    out
}

/// [`scan`] over text without inner spaces.
fn scan_compact(f: &[char]) -> Vec<Amount> {
    let words = share_words(f);
    let numbers = scan_numbers(f);
    if words.is_empty() {
        return numbers;
    }
    // Both lists run left to right: merge them, a word giving way to an amount it overlaps.
    let mut out = Vec::with_capacity(numbers.len() + words.len());
    let mut numbers = numbers.into_iter().peekable();
    for w in words {
        while let Some(a) = numbers.next_if(|a| a.end <= w.start) {
            out.push(a);
        }
        if numbers.peek().is_none_or(|a| w.end <= a.start) {
            out.push(w);
        }
    }
    out.extend(numbers);
    out
}

/// Amounts that open with a number.
fn scan_numbers(f: &[char]) -> Vec<Amount> {
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
            units_times(f, &mut a);
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

/// `2×35万千瓦`: that many units of the amount (two 350 MW sets are 700 MW). A whole count of
/// one or two digits and `×` right before the amount multiply it; the text then opens with
/// the count. An overflow keeps the text and drops the value.
fn units_times(f: &[char], a: &mut Amount) {
    let Some(times) = a.start.checked_sub(1).filter(|&t| f[t] == '×') else {
        return;
    };
    let mut s = times;
    while s > 0 && times - s < 2 && f[s - 1].is_ascii_digit() {
        s -= 1;
    }
    if s == times || (s > 0 && (f[s - 1].is_ascii_alphanumeric() || f[s - 1] == '.')) {
        return;
    }
    let n: i128 = f[s..times]
        .iter()
        .fold(0, |n, c| n * 10 + i128::from(c.to_digit(10).unwrap_or(0)));
    if n < 1 {
        return;
    }
    a.start = s;
    a.value = a.value.and_then(|v| v.times(n));
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
    if let Some(mut u) = unit_at(f, j) {
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
    let n = unit_inside(f, number_at(f, i)?);
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

fn worth_reporting(f: &[char], n: &NumberSpan, unit: &Unit) -> bool {
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
    let mut approx = approx || APPROX_BEFORE.iter().any(|w| super::ends_with(before, w));
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
    if let Some((_, flag)) = CAPACITY.iter().find(|(w, _)| super::ends_with(before, w)) {
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

mod forms;
mod spaced;
#[cfg(test)]
mod tests;
