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
use breakdown::*;
use currency_before::currency_before;
use finish::*;
use forms::*;
use pieces::arabic_pieces;
use ranges::*;
use reading::*;
use spaced::*;
use units::{sign_at, unit_at, UnitKind};
use urls::*;

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

/// The multiplier written at `j`, if any.
fn multiplier_at(f: &[char], j: usize) -> Option<&'static (&'static str, u32)> {
    if !matches!(f.get(j), Some('万' | '千' | '百' | '亿' | '兆')) {
        return None;
    }
    MULTIPLIERS.iter().find(|(m, _)| at(f, j, m))
}

mod breakdown;
mod currency_before;
mod finish;
mod forms;
mod pieces;
mod ranges;
mod reading;
mod spaced;
#[cfg(test)]
mod tests;
mod urls;
