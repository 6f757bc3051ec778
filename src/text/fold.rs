//! A matching form of text: Traditional → Simplified, full-width digits and letters → ASCII.
//!
//! The fold keeps one char per char, so offsets found in the folded text are offsets in the
//! original: patterns are written once, in Simplified with ASCII digits, and still match
//! `１２月２２日` or `經濟技術開發區` while the page keeps what it printed.
//!
//! Most pages are Simplified already, and fast2s looks every char up in hash maps, so a text is
//! first checked against a bitmap of the chars fast2s can change; only a text holding one of
//! them goes through fast2s (whose few context rules, like 藉口 → 借口, then still apply).

use std::sync::OnceLock;

/// Folds text for matching; `fold(s).chars().count() == s.chars().count()` always.
pub fn fold(s: &str) -> String {
    let bits = convertible();
    if !s
        .chars()
        .any(|c| fold_width(c) != c || may_convert(bits, c))
    {
        return s.to_owned();
    }
    let half: String = s.chars().map(fold_width).collect();
    if half.chars().any(|c| may_convert(bits, c)) {
        fast2s::convert(&half)
    } else {
        half
    }
}

/// Full-width digits and Latin letters, and the ideographic space, to their ASCII forms.
/// Full-width punctuation (，。：) stays: it is Chinese punctuation, not a wide ASCII.
pub fn fold_width(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '．' | '％' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// Chars fast2s converts only next to certain neighbours (`藉口`, `看著`, `苧麻`), which a
/// char-by-char probe cannot see; from fast2s's table of special cases.
const CONTEXT_ONLY: &[char] = &['藉', '著', '苧'];

/// The block fast2s converts: every Traditional char it knows is a CJK Unified Ideograph of
/// the Basic Multilingual Plane (a test checks all other three-byte chars stay as they are).
const CJK: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// Whether fast2s may change `c`; `bits` is [`convertible`], fetched once per text.
fn may_convert(bits: &[u64], c: char) -> bool {
    let n = c as u32;
    if !CJK.contains(&n) {
        return false;
    }
    let i = (n - CJK.start()) as usize;
    bits.get(i / 64)
        .is_some_and(|bits| bits & (1 << (i % 64)) != 0)
}

/// One bit per char of [`CJK`]: set when fast2s changes the char on its own, or when it is
/// one of the [`CONTEXT_ONLY`] chars. Built once (about a millisecond) by running fast2s over
/// the block, each char followed by an ASCII letter so no context rule fires.
fn convertible() -> &'static [u64] {
    static BITS: OnceLock<Vec<u64>> = OnceLock::new();
    BITS.get_or_init(|| {
        let mut bits = vec![0u64; (CJK.end() - CJK.start()) as usize / 64 + 1];
        let mut set = |c: char| {
            let i = (c as u32 - CJK.start()) as usize;
            bits[i / 64] |= 1 << (i % 64);
        };
        let probe: String = CJK
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'a'])
            .collect();
        let converted = fast2s::convert(&probe);
        for (before, after) in probe.chars().zip(converted.chars()) {
            if before != after {
                set(before);
            }
        }
        CONTEXT_ONLY.iter().copied().for_each(set);
        bits
    })
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_width};

    #[test]
    fn folds_traditional_and_fullwidth_keeping_length() {
        let s = "晉城經濟技術開發區１２月２２日";
        let f = fold(s);
        assert_eq!(f, "晋城经济技术开发区12月22日");
        assert_eq!(f.chars().count(), s.chars().count());
    }

    #[test]
    fn simplified_text_is_left_as_is() {
        let s = "运城经济技术开发区 2025 年完成投资 3.04 亿元，增长 12%。";
        assert_eq!(fold(s), s);
    }

    #[test]
    fn context_rules_of_fast2s_still_apply() {
        for s in [
            "他以此為藉口",
            "看著辦",
            "苧麻",
            "显著成效",
            "著名企业",
            "计畫",
        ] {
            let half: String = s.chars().map(fold_width).collect();
            assert_eq!(fold(s), fast2s::convert(&half), "{s}");
        }
    }

    /// The bitmap path gives what fast2s alone gives, for every three-byte char between two
    /// neighbours drawn from the chars fast2s treats specially and some common ones.
    #[test]
    fn same_as_fast2s_for_every_bmp_char() {
        let neighbours = [
            '0', '口', '看', '麻', '著', '藉', '計', '家', '答', '慰', '乾', '隆', '一',
        ];
        let chars: Vec<char> = (0x800u32..=0xFFFF).filter_map(char::from_u32).collect();
        for (i, &c) in chars.iter().enumerate() {
            let a = neighbours[i % neighbours.len()];
            let b = neighbours[(i / neighbours.len()) % neighbours.len()];
            for s in [format!("{a}{c}{b}"), format!("{c}{a}"), format!("{b}{c}")] {
                let half: String = s.chars().map(fold_width).collect();
                assert_eq!(fold(&s), fast2s::convert(&half), "{s:?}");
            }
        }
    }
}
