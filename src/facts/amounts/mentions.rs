//! Currencies named with no amount (`人民币 美元`, `人民币国际化`, `美元走强`).
//!
//! The recogniser layer reports them, as Recognizers-Text does (a currency with a null value),
//! so a caller that asks "which currencies does this text talk about" gets them. The facts
//! layer does not call this: a currency without an amount says nothing a reader can add up,
//! and `人民币国际化` in a news sidebar would be noise, not a money fact.

use super::units::{unit_at, UnitKind};
use super::Amount;

/// A currency named outside any amount: char span in the folded text and the currency as
/// [`super::units::UNITS`] reports it (`人民币` → `元`, `美圆` → `美元`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrencyMention {
    pub start: usize,
    pub end: usize,
    pub unit: String,
}

/// Whether a written currency name can stand alone as a mention: a name of two chars or more
/// that does not open with `元` or `块`, since those open ordinary words (`元旦`, `元素`,
/// `一块儿`, `块钱` without a number is slang for small change, not a currency named).
fn stands_alone(f: &[char], start: usize, len: usize) -> bool {
    len >= 2 && !matches!(f.get(start), Some('元' | '块'))
}

/// Every currency named in `f` outside the spans of `amounts` (the [`super::scan`] of the
/// same text, left to right), left to right. One pass: amounts are skipped by a cursor, and
/// each position costs one char-set look-up ([`unit_at`]).
pub fn currency_mentions(f: &[char], amounts: &[Amount]) -> Vec<CurrencyMention> {
    let mut out = Vec::new();
    let mut k = 0;
    let mut i = 0;
    while i < f.len() {
        while amounts.get(k).is_some_and(|a| a.end <= i) {
            k += 1;
        }
        if let Some(a) = amounts.get(k).filter(|a| a.start <= i) {
            i = a.end.max(i + 1);
            continue;
        }
        match unit_at(f, i) {
            Some(u) if matches!(u.kind, UnitKind::Money(_)) && stands_alone(f, i, u.len) => {
                let end = i + u.len;
                // A name must not run into an amount that starts inside it.
                let clear = amounts.get(k).is_none_or(|a| end <= a.start);
                if clear {
                    out.push(CurrencyMention {
                        start: i,
                        end,
                        unit: u.unit,
                    });
                    i = end;
                    continue;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    fn mentions(s: &str) -> Vec<(String, String)> {
        let f: Vec<char> = fold(s).chars().collect();
        let amounts = super::super::scan(&f);
        currency_mentions(&f, &amounts)
            .into_iter()
            .map(|m| (f[m.start..m.end].iter().collect(), m.unit))
            .collect()
    }

    #[test]
    fn bare_currency_names_are_mentions() {
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(
            mentions("人民币 美元"),
            vec![pair("人民币", "元"), pair("美元", "美元")]
        );
        assert_eq!(
            mentions("人民币美元"),
            vec![pair("人民币", "元"), pair("美元", "美元")]
        );
        assert_eq!(mentions("推进人民币国际化"), vec![pair("人民币", "元")]);
    }

    #[test]
    fn currencies_inside_amounts_and_ordinary_words_are_not_mentions() {
        assert!(mentions("投资 3 亿美元").is_empty());
        assert!(mentions("5 元人民币").is_empty());
        assert!(mentions("元旦期间一块儿去").is_empty());
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(mentions("20 美元兑换人民币"), vec![pair("人民币", "元")]);
    }
}
