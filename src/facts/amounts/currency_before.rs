//! A currency named before an amount (`人民币 50元`, `新台币500亿元`, `港币20亿元`,
//! `澳门元3亿`): the amount is in that currency, and the name is part of its text. A plain
//! `元` after the number only counts the money; the name before it says whose.

use super::reading::back_spaces;
use super::units::{UnitKind, UNITS};
use crate::facts::ends_with;
use crate::facts::numbers::is_chinese_numeral;

/// Units written only after a number (`元人民币`), a coin (`美分`) and the colloquial `块钱`:
/// no currency named before one.
const AFTER_ONLY: &[&str] = &["元人民币", "美分", "块钱"];

/// The currency words that may open an amount: every money unit of two chars or more but
/// [`AFTER_ONLY`], each with the currency reported, longest first where one ends another
/// (`新台币` before `台币`).
fn names() -> &'static [(&'static str, &'static str)] {
    static N: std::sync::OnceLock<Vec<(&'static str, &'static str)>> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        let mut v: Vec<(&'static str, &'static str)> = UNITS
            .iter()
            .filter_map(|(w, kind)| match kind {
                UnitKind::Money(cur) if w.chars().count() >= 2 && !AFTER_ONLY.contains(w) => {
                    Some((*w, *cur))
                }
                _ => None,
            })
            .collect();
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        v
    })
}

/// The currency named right before `start` (a space or two aside): where its name starts and
/// the currency reported (`新台币` → `台币`, `人民币` → `元`). Not a name that is itself the
/// unit of an amount before it (`500亿新台币100亿元`: the `新台币` is the first amount's).
pub(super) fn currency_before(f: &[char], start: usize) -> Option<(usize, &'static str)> {
    let j = back_spaces(f, start);
    let before = f.get(..j)?;
    let (w, cur) = names().iter().find(|(w, _)| ends_with(before, w))?;
    let s = j.checked_sub(w.chars().count())?;
    let closes_an_amount = s
        .checked_sub(1)
        .and_then(|p| f.get(p))
        .is_some_and(|&c| c.is_ascii_digit() || is_chinese_numeral(c) || "多余".contains(c));
    (!closes_an_amount).then_some((s, *cur))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(s: &str) -> Option<(usize, &'static str)> {
        let f: Vec<char> = s.chars().collect();
        currency_before(&f, f.len())
    }

    #[test]
    fn a_currency_named_before_the_number_is_the_amounts() {
        assert_eq!(before("投资新台币"), Some((2, "台币")));
        assert_eq!(before("投资人民币 "), Some((2, "元")));
        assert_eq!(before("港币"), Some((0, "港元")));
        assert_eq!(before("澳门元"), Some((0, "澳门元")));
        assert_eq!(before("500亿新台币"), None);
        assert_eq!(before("投资"), None);
    }
}
