//! Ranges (`2 至 3 亿元`): the low end takes the high end's multiplier and unit, and the high
//! end is kept as a flag. Apart from reading a single amount, which it falls back to.

use super::*;

pub(super) const RANGE_SEPS: &[char] = &['至', '到', '~', '～', '—', '–', '-', '－'];

/// `2 至 3 亿元`: the low end takes the high end's multiplier and unit when it has none.
pub(super) fn range_after(f: &[char], low: &NumberSpan) -> Option<(Unit, Vec<String>, usize)> {
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
pub(super) fn multiplier_exp(unit: &Unit, n: &NumberSpan) -> Option<u32> {
    let (v, u) = (n.value?, unit.value?);
    (0..=12).find(|&e| v.shift(e) == Some(u))
}
