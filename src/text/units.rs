//! Numbers kept with their unit (spec §12.7): `1.3亿元`, `4 万吨`, `28.29 平方公里` do not break
//! between the number and what it counts when the whole run fits on a line, because `1.3亿` /
//! `元` misreads as another amount at a glance.
//!
//! The unit words are the facts extractor's (`facts::amounts`), plus 年/月/日, so that what the
//! reader keeps together is what `dubao facts` reads as one amount.

use std::sync::OnceLock;

use super::fold::{fold, may_fold};
use crate::facts::amounts::{multiplier_words, unit_words};

/// Unit and multiplier words as char vectors, each list longest first.
struct Words {
    units: Vec<Vec<char>>,
    multipliers: Vec<Vec<char>>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let longest_first = |it: &mut dyn Iterator<Item = &str>| {
            let mut v: Vec<Vec<char>> = it.map(|w| w.chars().collect()).collect();
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
            v.dedup();
            v
        };
        let mut units = unit_words().chain(["年", "月", "日"]);
        Words {
            units: longest_first(&mut units),
            multipliers: longest_first(&mut multiplier_words()),
        }
    })
}

/// Longest word of `list` that `s` starts with, in chars (0 when none). Words are compared
/// only when their first char matches: this runs after every number of every paragraph.
fn longest_prefix(list: &[Vec<char>], s: &[char]) -> usize {
    let Some(&first) = s.first() else {
        return 0;
    };
    list.iter()
        .filter(|w| w.first() == Some(&first))
        .find(|w| s.starts_with(w))
        .map_or(0, |w| w.len())
}

/// Most chars a multiplier plus a unit can take (`万亿` + `个百分点`).
pub const MAX_UNIT_CHARS: usize = 6;

/// Length in chars of the unit that `after` (the text right after a number and its spaces)
/// starts with: an optional multiplier and an optional unit word, at least one of them, the
/// longest combination. `after` may be Traditional or full-width (it is folded first).
pub fn unit_len(after: &str) -> usize {
    let mut buf = ['\0'; MAX_UNIT_CHARS];
    let mut n = 0;
    let mut fold_needed = false;
    for (slot, c) in buf.iter_mut().zip(after.chars()) {
        *slot = c;
        n += 1;
        fold_needed |= may_fold(c);
    }
    if !fold_needed {
        return match_unit(&buf[..n]);
    }
    let folded: Vec<char> = fold(after).chars().take(MAX_UNIT_CHARS).collect();
    match_unit(&folded)
}

/// [`unit_len`] on folded chars.
fn match_unit(s: &[char]) -> usize {
    let w = words();
    let bare = longest_prefix(&w.units, s);
    let multiplied = match longest_prefix(&w.multipliers, s) {
        0 => 0,
        m => m + longest_prefix(&w.units, &s[m..]),
    };
    bare.max(multiplied)
}

/// Whether a unit may start with `c`: a CJK ideograph or a percent sign. Lets the wrapper skip
/// the lookup after most numbers.
#[inline]
pub fn may_start_unit(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '%' | '％')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiplier_and_unit_longest_match() {
        assert_eq!(unit_len("亿元，"), 2);
        assert_eq!(unit_len("亿美元"), 3);
        assert_eq!(unit_len("万千瓦的"), 3);
        assert_eq!(unit_len("平方公里"), 4);
        assert_eq!(unit_len("万吨铸造"), 2);
        assert_eq!(unit_len("亿"), 1);
        assert_eq!(unit_len("年12月"), 1);
        assert_eq!(unit_len("%"), 1);
        assert_eq!(unit_len("个百分点"), 4);
    }

    #[test]
    fn traditional_and_full_width_units_fold() {
        assert_eq!(unit_len("億元"), 2);
        assert_eq!(unit_len("萬噸"), 2);
        assert_eq!(unit_len("％"), 1);
    }

    #[test]
    fn no_unit_no_glue() {
        assert_eq!(unit_len("的项目"), 0);
        assert_eq!(unit_len(""), 0);
        assert_eq!(unit_len("abc"), 0);
    }
}
