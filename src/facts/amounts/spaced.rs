//! Shares written without a number (`打对折`, `半成`) and spaces inside a written number (`一 百 五 十 个 百 分 点`).

use super::*;
use crate::facts::charset::CharSet;

/// Shares written without a number: `对折` (after `打`), `半折`, `半成`, `百分之百`.
pub(super) const SHARE_WORDS: &[(&str, i128, &str)] = &[
    ("打对折", 50, "discount"),
    ("半折", 50, "discount"),
    ("半成", 5, ""),
    ("百分之百", 100, ""),
];

/// The chars [`SHARE_WORDS`] open with: the scan jumps between them, eight chars a step.
static SHARE_STARTS: CharSet = CharSet::of(&['打', '半', '百']);

/// [`SHARE_WORDS`] in the text: one pass over the chars that open them.
pub(super) fn share_words(f: &[char]) -> Vec<Amount> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = SHARE_STARTS.next_in(f, from) {
        from = i + 1;
        if let Some((w, v, flag)) = SHARE_WORDS.iter().find(|(w, _, _)| at(f, i, w)) {
            let start = if w.starts_with('打') { i + 1 } else { i };
            let flags = if flag.is_empty() {
                vec![]
            } else {
                vec![(*flag).to_owned()]
            };
            let mut a = plain(
                FactKind::Percent,
                start,
                i + w.chars().count(),
                Decimal::int(*v),
                "%",
                flags,
            );
            a.attribute = attribute::attribute_before(f, start);
            out.push(a);
        }
    }
    out
}

/// Whether a space at `k` sits inside a written number (`一 百 五 十 个 百 分 点`, `7 2 折`,
/// `四点 五个百分点`): both neighbours are numerals or the words of a percentage.
pub(super) fn inner_space(f: &[char], k: usize) -> bool {
    let numeric = |c: char| {
        c.is_ascii_digit()
            || is_chinese_numeral(c)
            || matches!(c, '.' | '个' | '分' | '之' | '折' | '成')
    };
    f[k] == ' '
        && k > 0
        && numeric(f[k - 1])
        && f.get(k + 1).is_some_and(|&c| numeric(c))
        && !(f[k - 1].is_ascii_digit() && group_of_three(f, k + 1))
}

/// Exactly three digits at `j` and then no digit: a thousands group (`1 233`), which the
/// numeral reader reads itself.
pub(super) fn group_of_three(f: &[char], j: usize) -> bool {
    (0..3).all(|d| f.get(j + d).is_some_and(char::is_ascii_digit))
        && !f.get(j + 3).is_some_and(char::is_ascii_digit)
}
