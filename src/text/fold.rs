//! A matching form of text: Traditional → Simplified, full-width digits and letters → ASCII.
//!
//! The fold keeps one char per char, so offsets found in the folded text are offsets in the
//! original: patterns are written once, in Simplified with ASCII digits, and still match
//! `１２月２２日` or `經濟技術開發區` while the page keeps what it printed.
//!
//! Most pages are Simplified already, and fast2s looks every char up in hash maps, so a text is
//! first checked against a table of the chars fast2s can change (each char asked about once);
//! only a text holding one of them goes through fast2s (whose few context rules, like 藉口 →
//! 借口, then still apply).

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

/// Folds text for matching; `fold(s).chars().count() == s.chars().count()` always.
pub fn fold(s: &str) -> String {
    let slots = known();
    if !s
        .chars()
        .any(|c| fold_width(c) != c || may_convert(slots, c))
    {
        return s.to_owned();
    }
    let half: String = s.chars().map(fold_width).collect();
    if half.chars().any(|c| may_convert(slots, c)) {
        fast2s::convert(&half)
    } else {
        half
    }
}

/// The search's form of text: [`fold`]ed and lower-cased, one char per source char so that
/// positions found in it are offsets into the original. Shared by the reader's scan and the
/// index's tokenizer, so both answer the same.
pub fn search_form(s: &str) -> Vec<char> {
    let folded = fold(s);
    let mut out: Vec<char> = folded
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    // `fold` keeps the char count; guard anyway so offsets never point past the text.
    out.truncate(s.chars().count());
    out
}

/// Whether [`fold`] may change `c` (a full-width form or a Traditional char). Lets a caller
/// that matches a few chars against Simplified words skip the fold, and its allocation, when
/// none of them would change.
pub fn may_fold(c: char) -> bool {
    fold_width(c) != c || may_convert(known(), c)
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

/// What is known of a char of [`CJK`]: not asked yet, left alone by fast2s, or changed by it.
const UNKNOWN: u8 = 0;
const KEPT: u8 = 1;
const CHANGED: u8 = 2;

/// One slot per char of [`CJK`], filled the first time the char is met: a page uses a few
/// thousand distinct chars, so asking fast2s about each once is cheaper at start-up than
/// probing all 21,000 (the reader draws its first screen after the page is folded). Threads
/// may race to fill a slot; they write the same answer.
fn known() -> &'static [AtomicU8] {
    static SLOTS: OnceLock<Box<[AtomicU8]>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        (0..=CJK.end() - CJK.start())
            .map(|_| AtomicU8::new(UNKNOWN))
            .collect()
    })
}

/// Whether fast2s may change `c`; `slots` is [`known`], fetched once per text.
fn may_convert(slots: &[AtomicU8], c: char) -> bool {
    let n = c as u32;
    if !CJK.contains(&n) {
        return false;
    }
    let Some(slot) = slots.get((n - CJK.start()) as usize) else {
        return false;
    };
    match slot.load(Ordering::Relaxed) {
        KEPT => false,
        CHANGED => true,
        _ => {
            let changed = probe(c);
            slot.store(if changed { CHANGED } else { KEPT }, Ordering::Relaxed);
            changed
        }
    }
}

/// Asks fast2s about one char, followed by an ASCII letter so no context rule fires.
fn probe(c: char) -> bool {
    if CONTEXT_ONLY.contains(&c) {
        return true;
    }
    let mut s = String::with_capacity(4);
    s.push(c);
    s.push('a');
    !fast2s::convert(&s).starts_with(c)
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
