//! A matching form of text: Traditional → Simplified, full-width digits and letters → ASCII.
//!
//! The fold keeps one char per char, so offsets found in the folded text are offsets in the
//! original: patterns are written once, in Simplified with ASCII digits, and still match
//! `１２月２２日` or `經濟技術開發區` while the page keeps what it printed.
//!
//! Most pages are Simplified already, and fast2s looks every char up in hash maps (three per
//! char), so dubao keeps its own table of what fast2s does to each char of the CJK block, filled
//! the first time a char is met (each char asked about once). fast2s changes a char by its
//! neighbours only for the few chars of its context rules (`藉口`, `看著`, `計畫`,
//! [`CONTEXT_KEYS`]); every other char folds alone, so a text without those folds char by char
//! from the table, in one pass; a text holding one goes through fast2s whole, as it always did.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// Folds text for matching; `fold(s).chars().count() == s.chars().count()` always.
pub fn fold(s: &str) -> String {
    fold_cow(s).into_owned()
}

/// [`fold`], borrowing the text when folding changes nothing (a Simplified page): most callers
/// match a few words against the result and need no copy of their own.
pub fn fold_cow(s: &str) -> Cow<'_, str> {
    let table = table();
    let mut out: Option<String> = None;
    for (b, c) in s.char_indices() {
        let Some(f) = fold_alone(table, c) else {
            return Cow::Owned(fold_in_context(s));
        };
        match &mut out {
            Some(o) => o.push(f),
            None if f != c => {
                let mut o = String::with_capacity(s.len());
                o.push_str(&s[..b]);
                o.push(f);
                out = Some(o);
            }
            None => {}
        }
    }
    out.map_or(Cow::Borrowed(s), Cow::Owned)
}

/// The folded chars of `s`, one per char of `s`: what `fold(s).chars().collect()` gives, without
/// building the string first.
pub fn fold_chars(s: &str) -> Vec<char> {
    let chars: Vec<char> = s.chars().collect();
    fold_decoded(s, &chars).unwrap_or(chars)
}

/// The folded chars of `s`, given its chars `chars` already decoded, or `None` when folding
/// changes none of them (a Simplified text, the common case): the caller keeps its own chars
/// and the text itself, so most texts are decoded once and copied by nobody.
pub fn fold_decoded(s: &str, chars: &[char]) -> Option<Vec<char>> {
    let table = table();
    let mut same = 0;
    loop {
        let c = *chars.get(same)?;
        match fold_alone(table, c) {
            Some(f) if f == c => same += 1,
            Some(_) => break,
            None => return Some(fold_in_context(s).chars().collect()),
        }
    }
    let mut out = Vec::with_capacity(chars.len());
    out.extend_from_slice(&chars[..same]);
    for &c in &chars[same..] {
        match fold_alone(table, c) {
            Some(f) => out.push(f),
            None => return Some(fold_in_context(s).chars().collect()),
        }
    }
    Some(out)
}

/// Whether `c` is known to fold to itself, answered without decoding the table's slot: a
/// char outside the CJK block and the full-width forms (punctuation, ASCII, kana), or a CJK
/// char whose slot holds the char itself. `false` only sends the char to [`fold_slot`]
/// (a Traditional char, a full-width form, a char not asked about yet): most chars of a
/// Simplified text pass here with one compare or one load.
#[inline]
fn stays(table: &[AtomicU32], c: char) -> bool {
    let n = c as u32;
    match n
        .checked_sub(*CJK.start())
        .and_then(|k| table.get(k as usize))
    {
        Some(slot) => slot.load(Ordering::Relaxed) == n,
        None => !FULL_WIDTH.contains(&n),
    }
}

/// The block of the full-width forms, where [`fold_width`] finds every char it changes.
const FULL_WIDTH: std::ops::RangeInclusive<u32> = 0xFF00..=0xFFEF;

/// fast2s over the whole text, for a text holding a char of its context rules.
fn fold_in_context(s: &str) -> String {
    let half: String = s.chars().map(fold_width).collect();
    fast2s::convert(&half)
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
#[inline]
pub fn may_fold(c: char) -> bool {
    fold_alone(table(), c) != Some(c)
}

/// What `c` folds to on its own, whatever its neighbours, or `None` for a char of fast2s's
/// context rules ([`CONTEXT_KEYS`]), whose fold depends on them: lets a caller fold the few
/// chars it reads of a long text instead of the whole text.
#[inline]
pub fn fold_alone_char(c: char) -> Option<char> {
    fold_alone(table(), c)
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

/// The chars fast2s 0.3 converts by their neighbours (the keys of its tables of exceptions and
/// special conversions: `兒寬`, `答覆`, `慰藉`, `藉口`, `看著`, `計畫` …): a text holding one is
/// folded by fast2s whole. A test checks that every other char folds alone.
const CONTEXT_KEYS: &[char] = &[
    '兒', '覆', '夥', '藉', '瞭', '麽', '幺', '於', '乾', '著', '苧', '闔', '鍾', '讎', '畫',
];

/// The block fast2s converts: every Traditional char it knows is a CJK Unified Ideograph of
/// the Basic Multilingual Plane (a test checks all other three-byte chars stay as they are).
const CJK: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// A slot of [`table`]: not asked yet, or a char of [`CONTEXT_KEYS`]; any other value is the
/// char the slot's char folds to (itself when fast2s leaves it).
const UNKNOWN: u32 = 0;
const CONTEXT: u32 = 1;

/// One slot per char of [`CJK`], filled the first time the char is met: a page uses a few
/// thousand distinct chars, so asking fast2s about each once is cheaper at start-up than
/// probing all 21,000 (the reader draws its first screen after the page is folded). Threads
/// may race to fill a slot; they write the same answer.
fn table() -> &'static [AtomicU32] {
    static SLOTS: OnceLock<Box<[AtomicU32]>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        (0..=CJK.end() - CJK.start())
            .map(|_| AtomicU32::new(UNKNOWN))
            .collect()
    })
}

/// What `c` folds to on its own, or `None` for a char of [`CONTEXT_KEYS`], whose fold depends
/// on its neighbours. `table` is [`table`], fetched once per text.
#[inline]
fn fold_alone(table: &[AtomicU32], c: char) -> Option<char> {
    if stays(table, c) {
        return Some(c);
    }
    fold_slot(table, c)
}

/// [`fold_alone`] read from `c`'s slot of `table` (asking fast2s the first time), or
/// [`fold_width`] outside the table's block.
fn fold_slot(table: &[AtomicU32], c: char) -> Option<char> {
    let n = c as u32;
    let Some(slot) = n
        .checked_sub(*CJK.start())
        .and_then(|k| table.get(k as usize))
    else {
        return Some(fold_width(c));
    };
    match slot.load(Ordering::Relaxed) {
        UNKNOWN => {
            let answer = probe(c);
            slot.store(answer.map_or(CONTEXT, u32::from), Ordering::Relaxed);
            answer
        }
        CONTEXT => None,
        f => Some(char::from_u32(f).unwrap_or(c)),
    }
}

/// Asks fast2s about one char, followed by an ASCII letter so no context rule fires.
fn probe(c: char) -> Option<char> {
    if CONTEXT_KEYS.contains(&c) {
        return None;
    }
    let mut s = String::with_capacity(4);
    s.push(c);
    s.push('a');
    Some(fast2s::convert(&s).chars().next().unwrap_or(c))
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_chars, fold_decoded, fold_width, CJK, CONTEXT_KEYS};

    /// A char [`super::stays`] passes is one its slot ([`super::fold_slot`]) leaves as it is.
    #[test]
    fn a_char_that_stays_folds_to_itself() {
        let table = super::table();
        for c in (0u32..=0x2_FFFF).filter_map(char::from_u32) {
            if super::stays(table, c) {
                assert_eq!(super::fold_slot(table, c), Some(c), "{c:?}");
            }
        }
        for c in ['０', '９', 'Ａ', 'ｚ', '．', '％'] {
            assert!(!super::stays(table, c), "{c:?}");
        }
    }

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

    /// Every char of the CJK block but the [`CONTEXT_KEYS`] folds alone: fast2s gives it the
    /// same form beside every char its context rules name (the keys and their partners), on
    /// either side. A key fast2s added in a new version would fail here.
    #[test]
    fn only_the_context_keys_depend_on_their_neighbours() {
        let partners: Vec<char> =
            "兒寬覆答批回夥甚藉慰狼瞭望麽幺於樊乾隆坤卦口憑著看苧麻闔家鍾書讎校定仇畫計企0a"
                .chars()
                .collect();
        for c in CJK.filter_map(char::from_u32) {
            if CONTEXT_KEYS.contains(&c) {
                continue;
            }
            let alone = fold(&c.to_string());
            for &p in &partners {
                let before: String = fast2s::convert(&format!("{p}{c}"))
                    .chars()
                    .skip(1)
                    .collect();
                let after: String = fast2s::convert(&format!("{c}{p}"))
                    .chars()
                    .take(1)
                    .collect();
                assert_eq!((&before, &after), (&alone, &alone), "{p}{c}");
            }
        }
    }

    #[test]
    fn folded_chars_are_the_folded_text() {
        for s in [
            "晉城經濟技術開發區１２月２２日",
            "他以此為藉口",
            "计畫",
            "",
            "abc",
            "显著成效",
            "运城经济技术开发区",
            "运城經濟",
        ] {
            assert_eq!(fold_chars(s), fold(s).chars().collect::<Vec<_>>(), "{s}");
            let chars: Vec<char> = s.chars().collect();
            let decoded = fold_decoded(s, &chars).unwrap_or_else(|| chars.clone());
            assert_eq!(decoded, fold_chars(s), "{s}");
        }
    }

    /// The table path gives what fast2s alone gives, for every three-byte char between two
    /// neighbours drawn from the chars fast2s treats specially and some common ones.
    #[test]
    fn same_as_fast2s_for_every_bmp_char() {
        let neighbours = [
            '0', '口', '看', '麻', '著', '藉', '計', '家', '答', '慰', '乾', '隆', '一', '於',
            '樊', '畫', '企', '兒', '寬', '幺', '麽',
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
