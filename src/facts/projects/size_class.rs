//! Heads that size a class of projects rather than name one: `投资超10亿元项目9个`,
//! `亿元以上项目`, `百亿级项目`. Reports count projects by their size; such a head has figures,
//! which would otherwise make it read as a particular project.

use crate::facts::numbers::is_chinese_numeral;
use crate::facts::{at, ends_with};

/// Words before an amount that bound it (`超10亿元`, `超过5000万元`).
const BOUNDS_BEFORE: &[&str] = &[
    "超过",
    "超",
    "过",
    "逾",
    "近",
    "达",
    "单体",
    "单个",
    "总投资",
];
/// Words after an amount that bound it or make it a class (`亿元以上`, `百亿级`).
const BOUNDS_AFTER: &[&str] = &["以上", "以下", "左右", "级"];
/// Units of money a size is given in; `亿` alone for `百亿级`.
const MONEY_UNITS: &[&str] = &["亿美元", "万美元", "亿元", "万元", "美元", "元", "亿"];

/// Whether `head`, a project name before its suffix, is only a bounded sum of money.
pub(super) fn sizes_a_class(head: &[char]) -> bool {
    let head = trim_words(head, BOUNDS_BEFORE, true);
    let head = trim_words(head, BOUNDS_AFTER, false);
    let Some((unit, figure)) = MONEY_UNITS
        .iter()
        .find_map(|u| Some((u, strip_suffix(head, u)?)))
    else {
        return false;
    };
    // `亿元项目` alone is a size: a hundred million.
    (!figure.is_empty() || unit.starts_with(['亿', '万']))
        && figure
            .iter()
            .all(|&c| c.is_ascii_digit() || c == '.' || c == ' ' || is_chinese_numeral(c))
}

/// `text` without one of `words` at its front (`front`) or back.
fn trim_words<'a>(text: &'a [char], words: &[&str], front: bool) -> &'a [char] {
    let trimmed = words.iter().find_map(|w| {
        if front {
            strip_prefix(text, w)
        } else {
            strip_suffix(text, w)
        }
    });
    trimmed.unwrap_or(text)
}

fn strip_prefix<'a>(text: &'a [char], word: &str) -> Option<&'a [char]> {
    at(text, 0, word).then(|| &text[word.chars().count()..])
}

fn strip_suffix<'a>(text: &'a [char], word: &str) -> Option<&'a [char]> {
    ends_with(text, word).then(|| &text[..text.len() - word.chars().count()])
}

#[cfg(test)]
mod tests {
    use super::sizes_a_class;

    fn sizes(s: &str) -> bool {
        sizes_a_class(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn a_bounded_sum_is_a_class() {
        for head in [
            "超10亿元",
            "亿元以上",
            "10亿元以上",
            "百亿级",
            "超过5000万元",
            "5 亿元以上",
        ] {
            assert!(sizes(head), "{head}");
        }
    }

    #[test]
    fn a_name_with_figures_is_no_class() {
        for head in [
            "年产20万吨针状焦",
            "2×35万千瓦热电联产",
            "10亿元新能源",
            "智能制造基地",
            "",
            "元",
        ] {
            assert!(!sizes(head), "{head}");
        }
    }
}
