//! China's place names: a hand-made list (Shanxi in full, the provinces and the big cities,
//! short forms people write without a suffix) and the national list of administrative divisions
//! (provinces, prefecture- and county-level divisions with their suffix).
//!
//! Zone names start with a place (`大同经济技术开发区`), and the fact extractor reports places, so
//! both ask here; the lists are looked up by slices of folded text, never by building strings.

use std::sync::OnceLock;

const HAND_MADE: &str = include_str!("../../assets/places.txt");
const DIVISIONS: &str = include_str!("../../assets/divisions.txt");

/// Every name of both lists, once each.
pub fn names() -> impl Iterator<Item = &'static str> {
    [HAND_MADE, DIVISIONS]
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// The names as sorted char sequences, for binary search by slice.
fn sorted() -> &'static [Vec<char>] {
    static S: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<Vec<char>> = names().map(|w| w.chars().collect()).collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Whether a slice of folded text is a place name.
pub fn is_place(word: &[char]) -> bool {
    sorted()
        .binary_search_by(|g| g.as_slice().cmp(word))
        .is_ok()
}

/// Longest place name, in chars (`积石山保安族东乡族撒拉族自治县`).
pub fn max_len() -> usize {
    static M: OnceLock<usize> = OnceLock::new();
    *M.get_or_init(|| sorted().iter().map(Vec::len).max().unwrap_or(0))
}

/// The longest place name the run of text ends with, of at least two chars.
pub fn place_at_end(run: &[char]) -> Option<&[char]> {
    (2..=run.len().min(max_len()))
        .rev()
        .map(|n| &run[run.len() - n..])
        .find(|tail| is_place(tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn both_lists_are_read() {
        assert!(is_place(&chars("兴县")));
        assert!(is_place(&chars("大同")));
        assert!(is_place(&chars("昆山市")));
        assert!(is_place(&chars("江宁区")));
        assert!(!is_place(&chars("城区")));
        assert!(!is_place(&chars("发展")));
    }

    #[test]
    fn longest_place_ending_a_run() {
        let run = chars("工人在石家庄");
        assert_eq!(place_at_end(&run), Some(&chars("石家庄")[..]));
        assert_eq!(place_at_end(&chars("山西运城")), Some(&chars("运城")[..]));
        assert_eq!(place_at_end(&chars("云网")), None);
    }
}
