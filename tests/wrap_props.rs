//! Property tests of `wrap` over random mixes of Han, CJK punctuation, quotes, digits, Latin and
//! spaces at widths 1–80 (spec §3, §5, §6): nothing is lost, nothing overflows except a lone wide
//! cluster, prohibitions hold outside emergency splits, and every line is as full as allowed.

use dubao::text::linebreak::{cluster_class, Class};
use dubao::text::wrap::break_opportunities_at;
use dubao::text::{wrap, AmbiguousWidth, WrappedLine};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces news text is made of; words and numbers come as runs so that R6/R7 units appear.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[\u{4e00}-\u{4e3f}\u{7ecf}\u{5f00}\u{533a}\u{9879}\u{76ee}\u{4ebf}\u{5143}\u{5e74}\u{5428}]{1,6}",
        3 => prop::sample::select(vec![
            "，", "。", "、", "；", "：", "？", "！", "（", "）", "《", "》", "「", "」", "【", "】",
            "……", "——", "—", "·", "～", "％", "￥", "℃",
        ])
        .prop_map(str::to_owned),
        2 => prop::sample::select(vec!["“", "”", "‘", "’", "\"", "'"]).prop_map(str::to_owned),
        2 => "[0-9]{1,5}([.,:\\-/][0-9]{1,3})?%?",
        2 => "[A-Za-z]{1,12}(-[A-Z0-9]{1,3})?",
        1 => "[０-９Ａ-Ｚ]{1,4}([．，－＋][０-９]{1,3})?",
        1 => "[0-9]{1,4}[×+²][0-9]{0,3}",
        1 => "(https?://|www\\.)[a-z]{1,8}(\\.[a-z]{2,3})?(/[a-z0-9?=]{1,6}){0,4}",
        1 => prop::sample::select(vec!["$", "¥", "(", ")", "/", "-", ".", ",", "+", "«", "»", "－"]).prop_map(str::to_owned),
        2 => prop::sample::select(vec![" ", "  ", "\u{3000}", "\u{3000}\u{3000}"]).prop_map(str::to_owned),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn width_of(s: &str, amb: AmbiguousWidth) -> usize {
    s.graphemes(true).map(|g| amb.width(g)).sum()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t')
}

/// Source chars `range` as a string.
fn slice(chars: &[char], range: std::ops::Range<usize>) -> String {
    chars[range].iter().collect()
}

/// Whether the boundary before line `i + 1` is a rule break (not an emergency split).
fn regular_break(lines: &[WrappedLine], i: usize, breaks: &[usize]) -> bool {
    breaks.binary_search(&lines[i + 1].range.start).is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn no_character_is_lost(text in paragraph(), width in 1usize..=80, wide in any::<bool>()) {
        let amb = if wide { AmbiguousWidth::Wide } else { AmbiguousWidth::Narrow };
        let chars: Vec<char> = text.chars().collect();
        let lines = wrap(&text, width, amb);
        prop_assert!(!lines.is_empty());
        if chars.iter().all(|&c| is_space(c)) {
            prop_assert_eq!(lines.len(), 1);
            prop_assert_eq!(lines[0].text.as_str(), "");
            return Ok(());
        }
        let mut pos = 0;
        for line in &lines {
            prop_assert!(line.range.start >= pos && line.range.end <= chars.len());
            prop_assert!(!line.text.is_empty());
            // Whatever lies between two lines was dropped, and only spaces may be dropped.
            prop_assert!(chars[pos..line.range.start].iter().all(|&c| is_space(c)),
                "dropped non-space in {:?}", slice(&chars, pos..line.range.start));
            prop_assert_eq!(&line.text, &slice(&chars, line.range.clone()));
            pos = line.range.end;
        }
        prop_assert!(chars[pos..].iter().all(|&c| is_space(c)));
    }

    #[test]
    fn no_line_is_too_wide_and_none_has_edge_spaces(text in paragraph(), width in 1usize..=80, wide in any::<bool>()) {
        let amb = if wide { AmbiguousWidth::Wide } else { AmbiguousWidth::Narrow };
        let lines = wrap(&text, width, amb);
        for (i, line) in lines.iter().enumerate() {
            let w = width_of(&line.text, amb);
            prop_assert!(w <= width || line.text.graphemes(true).count() == 1,
                "line {:?} is {} wide at W={}", line.text, w, width);
            prop_assert!(!line.text.ends_with(is_space), "trailing space in {:?}", line.text);
            if i > 0 {
                prop_assert!(!line.text.starts_with(is_space), "leading space in {:?}", line.text);
            }
        }
    }

    #[test]
    fn prohibitions_hold_outside_emergency_splits(text in paragraph(), width in 1usize..=80) {
        let chars: Vec<char> = text.chars().collect();
        let lines = wrap(&text, width, AmbiguousWidth::Narrow);
        let breaks = break_opportunities_at(&text, width, AmbiguousWidth::Narrow);
        for i in 0..lines.len().saturating_sub(1) {
            if !regular_break(&lines, i, &breaks) {
                continue;
            }
            let next = &lines[i + 1].text;
            if let Some(first) = next.graphemes(true).next() {
                prop_assert!(!cluster_class(first).no_start(), "line starts with {:?}: {:?}", first, next);
            }
            let line = &lines[i];
            if let Some(last) = line.text.graphemes(true).next_back() {
                let class = cluster_class(last);
                // R2: a prefix or solidus followed by a space may end a line ("¥ 5").
                let spaced = chars.get(line.range.end).is_some_and(|&c| is_space(c))
                    && matches!(class, Class::Pr | Class::Sy);
                prop_assert!(!class.no_end() || spaced, "line ends with {:?}: {:?}", last, line.text);
            }
        }
    }

    #[test]
    fn splits_off_the_rules_are_genuine_emergencies(text in paragraph(), width in 1usize..=80) {
        let chars: Vec<char> = text.chars().collect();
        let lines = wrap(&text, width, AmbiguousWidth::Narrow);
        let breaks = break_opportunities_at(&text, width, AmbiguousWidth::Narrow);
        for i in 0..lines.len().saturating_sub(1) {
            if regular_break(&lines, i, &breaks) {
                continue;
            }
            let start = lines[i].range.start;
            let next_start = lines[i + 1].range.start;
            // §6.2: only when the first unit of the line cannot fit on its own …
            let unit_end = breaks.iter().copied().find(|&b| b > start).unwrap_or(chars.len());
            let unit = slice(&chars, start..unit_end);
            prop_assert!(width_of(unit.trim_end_matches(is_space), AmbiguousWidth::Narrow) > width,
                "split inside {:?} although it fits in {}", unit, width);
            // … and then at the longest prefix that fits (at least one cluster), or after a `/`
            // inside a URL (§12.4).
            let next_cluster = lines[i + 1].text.graphemes(true).next().unwrap_or("");
            let longer = slice(&chars, start..next_start) + next_cluster;
            prop_assert!(width_of(&longer, AmbiguousWidth::Narrow) > width
                || lines[i].text.graphemes(true).count() == 1
                || lines[i].text.ends_with('/'),
                "emergency line {:?} could have taken {:?}", lines[i].text, next_cluster);
        }
    }

    #[test]
    fn every_line_is_as_full_as_the_rules_allow(text in paragraph(), width in 1usize..=80) {
        let chars: Vec<char> = text.chars().collect();
        let lines = wrap(&text, width, AmbiguousWidth::Narrow);
        let breaks = break_opportunities_at(&text, width, AmbiguousWidth::Narrow);
        for i in 0..lines.len().saturating_sub(1) {
            if !regular_break(&lines, i, &breaks) {
                continue;
            }
            // The line extended by the next line's first unit (up to its next break) must not fit.
            let next_start = lines[i + 1].range.start;
            let unit_end = breaks.iter().copied().find(|&b| b > next_start).unwrap_or(chars.len());
            let extended = slice(&chars, lines[i].range.start..unit_end);
            let extended = extended.trim_end_matches(is_space);
            prop_assert!(width_of(extended, AmbiguousWidth::Narrow) > width,
                "{:?} would have fit in {} columns (line was {:?})", extended, width, lines[i].text);
        }
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in any::<String>(), width in 0usize..=8, wide in any::<bool>()) {
        let amb = if wide { AmbiguousWidth::Wide } else { AmbiguousWidth::Narrow };
        let lines = wrap(&text, width, amb);
        prop_assert!(!lines.is_empty());
        let total = text.chars().count();
        prop_assert!(lines.windows(2).all(|w| w[0].range.end <= w[1].range.start));
        prop_assert!(lines.iter().all(|l| l.range.end <= total));
    }
}
