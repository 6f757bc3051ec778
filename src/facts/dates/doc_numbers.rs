//! Government document numbers (文号): `晋政发〔2023〕7号`, `国办发〔2024〕15号`,
//! `晋政办发[2023]12号`, `（2023）第5号`. The issuer's abbreviation, the year in brackets and
//! the serial with `号` make one number that files the document; neither the year nor the
//! serial dates anything, so the serial is no day of the edition's month (`7号` had been read
//! as the 7th).

use super::years::back_over_spaces;
use crate::facts::numbers::number_at;

/// Brackets a document number writes its year in, as pairs (folded text keeps `〔〕`,
/// `［］`, `【】` and the full-width round brackets; ASCII `[]` and `()` come from typing).
const BRACKETS: &[(char, char)] = &[
    ('〔', '〕'),
    ('[', ']'),
    ('［', '］'),
    ('【', '】'),
    ('(', ')'),
    ('（', '）'),
];

/// Whether the number at `i` is a document number's serial: a bracketed year of four digits
/// closes right before it (`〔2023〕7号`; spaces and an ordinal `第` between, `（2023）第5号`)
/// and `号` follows it. No issuer is asked for: `（2023）第5号` is written without one, and a
/// day is never written after a year in brackets.
pub(super) fn is_serial(f: &[char], i: usize) -> bool {
    let mut k = back_over_spaces(f, i);
    if k > 0 && f[k - 1] == '第' {
        k = back_over_spaces(f, k - 1);
    }
    bracketed_year_before(f, k) && serial_number_at(f, i)
}

/// Whether `〔YYYY〕` ends right before `k`: an opening bracket, four digits of a year of
/// the last two centuries (documents this reader meets) and the matching closing bracket.
fn bracketed_year_before(f: &[char], k: usize) -> bool {
    let Some(close) = k.checked_sub(1) else {
        return false;
    };
    let Some(open) = close.checked_sub(5) else {
        return false;
    };
    let (Some(&o), Some(&c), Some(year)) = (f.get(open), f.get(close), f.get(open + 1..close))
    else {
        return false;
    };
    BRACKETS.contains(&(o, c))
        && year.iter().all(char::is_ascii_digit)
        && matches!(year, ['1', '9', ..] | ['2', '0', ..])
}

/// Whether a number at `i` is followed (a space or two aside) by `号`.
fn serial_number_at(f: &[char], i: usize) -> bool {
    let Some(n) = number_at(f, i) else {
        return false;
    };
    let j = crate::facts::skip_spaces(f, n.end);
    f.get(j) == Some(&'号')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serial(s: &str, at: &str) -> bool {
        let f: Vec<char> = s.chars().collect();
        let a: Vec<char> = at.chars().collect();
        let i = f.windows(a.len()).position(|w| w == a.as_slice());
        i.is_some_and(|i| is_serial(&f, i))
    }

    #[test]
    fn the_serial_after_a_bracketed_year_is_a_documents() {
        assert!(serial("晋政发〔2023〕7号", "7号"));
        assert!(serial("晋政办发[2023]12号", "12号"));
        assert!(serial("（2023）第5号", "5号"));
        assert!(serial("国办发〔2024〕 15 号", "15 号"));
        // No year in the brackets, no `号`, brackets that do not pair: no document number.
        assert!(!serial("（周五）7号", "7号"));
        assert!(!serial("〔2023〕7件", "7件"));
        assert!(!serial("〔2023）7号", "7号"));
        assert!(!serial("（3023）7号", "7号"));
        assert!(!serial("7号", "7号"));
    }
}
