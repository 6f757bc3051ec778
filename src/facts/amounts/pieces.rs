//! Amounts written in Arabic pieces under more than one multiplier (`1亿2000万元`,
//! `3万4000元`, Taiwan's `2兆3,560亿元` with `兆` for 10^12): the number reader's compound
//! form ([`compound_at`]) reads the whole sum, where the plain number (`1`) with one multiplier
//! (`亿`) and no unit after it gave no amount, and the last piece (`3,560亿元`) was read alone.

use crate::facts::numbers::{compound_at, NumberSpan};

/// Whether `c` is a multiplier that an Arabic piece may follow inside one sum.
fn is_multiplier(c: char) -> bool {
    matches!(c, '万' | '亿' | '兆' | '千')
}

/// The Arabic number `n` read on over its multiplier and the Arabic pieces after it, when a
/// multiplier right after it is followed by another Arabic piece (`1亿2000万`): the span and
/// value of the whole sum, which still ends before the unit. Any other number is returned as
/// it was; so is one the compound reading does not take further (or cannot value).
pub(super) fn arabic_pieces(f: &[char], n: NumberSpan) -> NumberSpan {
    let mut k = n.end;
    while f.get(k).is_some_and(|&c| is_multiplier(c)) {
        k += 1;
    }
    if n.chinese || k == n.end || !f.get(k).is_some_and(char::is_ascii_digit) {
        return n;
    }
    match compound_at(f, n.start) {
        Some((end, Some(value))) if end > k => NumberSpan {
            end,
            value: Some(value),
            ..n
        },
        _ => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::numbers::{number_at, Decimal};

    fn read(s: &str) -> (usize, Option<Decimal>) {
        let f: Vec<char> = s.chars().collect();
        let n = number_at(&f, 0).map(|n| arabic_pieces(&f, n));
        n.map_or((0, None), |n| (n.end, n.value))
    }

    #[test]
    fn arabic_pieces_under_several_multipliers_are_one_sum() {
        assert_eq!(read("1亿2000万元"), (7, Some(Decimal::int(120_000_000))));
        assert_eq!(read("3万4000元"), (6, Some(Decimal::int(34_000))));
        assert_eq!(
            read("2兆3,560亿元"),
            (8, Some(Decimal::int(2_356_000_000_000)))
        );
        // One multiplier and a unit: the plain number, the multiplier left to the unit.
        assert_eq!(read("3万元"), (1, Some(Decimal::int(3))));
        assert_eq!(read("3万，4000元"), (1, Some(Decimal::int(3))));
    }
}
