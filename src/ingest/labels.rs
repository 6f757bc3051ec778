//! Lines with a fixed meaning inside an article: summary labels (`核心阅读`), box labels
//! (`相关链接`, `记者手记`), numbered parts (`一`, `二`), the author's closing note
//! (`（作者为某某大学教授）`) and the editor's note (`编者按`).

use super::classify::Rule;
use super::credit::{is_bullet, NAMES_LINE_MAX_CHARS};
use super::shape::{in_round_brackets, is_pad, more_chars_than, trim_pad};
use crate::text::fold::fold_cow;

/// Lines with a fixed meaning inside an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    /// `核心阅读`: summary paragraphs follow, then the dateline.
    Summary,
    /// `相关链接`, `记者手记`: a box inside the article.
    Box,
    /// `一`, `二`: a numbered part.
    Part,
    /// `（作者为某某大学教授）`: the commentary's closing note.
    AuthorNote,
    /// `编者按` alone: the editor's note on the article under it; its paragraph follows.
    EditorNote,
}

/// Words that label a summary box before the body.
const SUMMARY_LABELS: &[&str] = &[
    "核心阅读",
    "核心提示",
    "导读",
    "阅读提示",
    "内容提要",
    "摘要",
];
/// Words that label an editor's note, which introduces the article (or the series) it stands
/// over.
const EDITOR_NOTE_LABELS: &[&str] = &["编者按", "编者的话"];
/// Words that label a box inside an article.
const BOX_LABELS: &[&str] = &[
    "链接",
    "相关链接",
    "新闻链接",
    "背景链接",
    "知识链接",
    "延伸阅读",
    "记者手记",
    "采访手记",
    "记者观察",
    "短评",
    "小贴士",
    "新闻背景",
    "编后",
    "编后语",
    // An interview's box on the person it talks to.
    "人物简介",
    "人物名片",
    "人物档案",
    "个人简历",
    "简历",
];

/// Heads of a column of news in brief (and of a weather box): the short items under one are
/// news of their own, not a part of the article above.
const BRIEFS_HEADS: &[&str] = &[
    "简讯",
    "快讯",
    "短讯",
    "简报",
    // `新闻简讯`, `要闻简报`, `园区动态` and the like are named columns
    // ([`is_named_briefs_column`]).
    "一句话新闻",
    "动态",
    "资讯",
    "速览",
    "图片新闻",
    // A page's weather box is no part of the story above it either.
    "天气预报",
    "今日天气",
    "明日天气",
    // A correction or a notice to readers is an item of its own, not the end of the story
    // printed above it (`更　正` over `本报3月10日第3版…一文中，…应为…`).
    "更正",
    "更正声明",
    "勘误",
    "致歉",
    "致歉声明",
    "启事",
];

/// A column head of news in brief alone on its line (`简讯`, `【快讯】`, `■ 园区动态`): it heads
/// an article of its own.
pub(super) fn is_briefs_head(line: &str) -> bool {
    let bare = bare_label(line);
    if more_chars_than(bare, 12) {
        return false;
    }
    let folded = unspaced(&fold_cow(bare));
    BRIEFS_HEADS.contains(&folded.as_str()) || is_named_briefs_column(&folded)
}

/// A short label printed letter-spaced (`更　正`, `天 气 预 报`) as it reads unspaced; a label
/// with no pad inside is returned as it is.
fn unspaced(label: &str) -> String {
    label.chars().filter(|&c| !is_pad(c)).collect()
}

/// How a column of news in brief ends its name after a word of its own (`园区快讯`, `招商速递`,
/// `项目播报`).
const BRIEFS_ENDS: &[&str] = &[
    "简讯", "快讯", "短讯", "速递", "快递", "动态", "资讯", "速览", "简报", "播报", "一览", "集锦",
    // `经济短波`, `园区传真`, `产业扫描`, `财经快报`: columns of short items too.
    "短波", "传真", "扫描", "快报", "速读",
];
/// How a weekly column opens its name (`一周观察`, `本周要闻`).
const WEEKLY_OPENERS: &[&str] = &["一周", "本周"];

/// A column of news in brief named with a word of its own (a folded, short label of Han chars):
/// one of [`BRIEFS_ENDS`] after one to four chars, or a weekly column's name.
fn is_named_briefs_column(folded: &str) -> bool {
    let n = folded.chars().count();
    (3..=6).contains(&n)
        && folded.chars().all(crate::lexicon::names::is_han)
        && (BRIEFS_ENDS.iter().any(|e| folded.ends_with(e))
            || WEEKLY_OPENERS.iter().any(|o| folded.starts_with(o)))
}

/// A label's words without its bullets, brackets, closing colon and padding (`■ 【链接】：` →
/// `链接`).
fn bare_label(line: &str) -> &str {
    line.trim_matches(|c: char| is_pad(c) || is_bullet(c))
        .trim_start_matches(['【', '[', '〔'])
        .trim_end_matches(['】', ']', '〕', '：', ':'])
        .trim_matches(is_pad)
}

/// The longest line a label is read in.
const LABEL_LINE_MAX_CHARS: usize = NAMES_LINE_MAX_CHARS * 2;

/// Whether a line `chars` long (when known) may be a [`label_line`], told from its length and
/// its first and last chars: a label is at most six chars once the marks at its ends (pads,
/// bullets, brackets, a colon) are trimmed, and an author's note opens with a round bracket.
/// A longer line with no such mark at either end is none; asked of every line, which most
/// are turned down on, before its ends are trimmed char by char.
pub(super) fn may_be_label_line(line: &str, chars: Option<usize>) -> bool {
    if chars.is_none_or(|n| n <= 6) {
        return true;
    }
    let opens = line
        .chars()
        .next()
        .is_some_and(|c| is_pad(c) || is_bullet(c) || matches!(c, '【' | '[' | '〔' | '（' | '('));
    opens
        || line.chars().next_back().is_some_and(|c| {
            is_pad(c) || is_bullet(c) || matches!(c, '】' | ']' | '〕' | '：' | ':')
        })
}

/// A line with a fixed meaning (summary label, box label, numbered part, author's note).
pub(super) fn label_line(line: &str) -> Option<(Label, Rule)> {
    // No label is read in a line of more than [`LABEL_LINE_MAX_CHARS`] chars. Counting a long
    // line's chars costs more than the tests that turn it down first: an author's note opens
    // with a bracket, and the other labels are a few chars once their marks are trimmed.
    // A line of more bytes than the longest label line's chars can take (a long paragraph's)
    // is turned down before its ends are trimmed of marks or its chars counted.
    if line.len() > LABEL_LINE_MAX_CHARS * 4 {
        return None;
    }
    if line.starts_with(['（', '(']) {
        if more_chars_than(line, LABEL_LINE_MAX_CHARS) {
            return None;
        }
        if is_author_note(line) {
            return Some((Label::AuthorNote, Rule::AuthorNote));
        }
    }
    // Labels are short: fold only then.
    let bare = bare_label(line);
    if more_chars_than(bare, 6) || more_chars_than(line, LABEL_LINE_MAX_CHARS) {
        return None;
    }
    let f = fold_cow(bare);
    if SUMMARY_LABELS.contains(&&*f) {
        return Some((Label::Summary, Rule::SummaryLabel));
    }
    if BOX_LABELS.contains(&&*f) {
        return Some((Label::Box, Rule::BoxLabel));
    }
    if EDITOR_NOTE_LABELS.contains(&&*f) {
        return Some((Label::EditorNote, Rule::EditorNote));
    }
    is_part_number(trim_pad(line)).then_some((Label::Part, Rule::NumberedPart))
}

/// Whether a paragraph opens with an editor's note label and goes on with the note
/// (`编者按：为深入…`, `【编者按】开发区是…`, `編者按　…`): the note is a paragraph of its own,
/// never the end of the paragraph above. The label alone on its line is [`label_line`]'s.
///
/// Turned down on its first char (after bullets, pads and an opening bracket) unless that is
/// the label's; only the label's few chars are folded.
pub(super) fn opens_with_editor_note(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| is_pad(c) || is_bullet(c));
    let t = t.strip_prefix(['【', '[', '〔']).unwrap_or(t);
    if !t.starts_with(['编', '編']) {
        return false;
    }
    EDITOR_NOTE_LABELS.iter().any(|word| {
        let n = word.chars().count();
        let end = t.char_indices().nth(n).map_or(t.len(), |(b, _)| b);
        let (head, rest) = t.split_at(end);
        let mut after = rest.chars();
        let sep = after.next();
        fold_cow(head) == *word
            && sep.is_some_and(|c| is_pad(c) || matches!(c, '】' | ']' | '〕' | '：' | ':'))
            && !trim_pad(after.as_str()).is_empty()
    })
}

/// `一`, `十二`, `三、`, `（四）`, `(五)` alone: the number of a part. So is a zero-padded
/// section number (`01`, `０２`): a WeChat post prints one over each section's heading, and
/// read as a kicker it had split one post into an article a section.
fn is_part_number(line: &str) -> bool {
    let inner = in_round_brackets(line)
        .unwrap_or_else(|| line.strip_suffix(['、', '.', '．']).unwrap_or(line));
    let n = inner.chars().count();
    ((1..=3).contains(&n) && inner.chars().all(|c| "一二三四五六七八九十".contains(c)))
        || is_padded_section_number(inner)
}

/// `01` to `09`, ASCII or full-width: two digits, the first a zero. A bare `1` or `12` alone
/// on a line is as likely a page number or a table's cell, so only the padded form counts.
fn is_padded_section_number(s: &str) -> bool {
    let mut chars = s.chars();
    let (Some(zero), Some(digit), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    matches!(zero, '0' | '０') && matches!(digit, '1'..='9' | '１'..='９')
}

/// `（作者为某某大学教授）`, `（作者系…）`, `（作者单位：…）`: a commentary's closing note.
fn is_author_note(line: &str) -> bool {
    let Some(inner) = in_round_brackets(line) else {
        return false;
    };
    let inner = inner.trim_start_matches(is_pad);
    [
        "作者为",
        "作者系",
        "作者是",
        "作者单位",
        "作者分别",
        "作者均",
        "作者係",
        "作者為",
    ]
    .iter()
    .any(|p| inner.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`may_be_label_line`] lets every label line through: the labels with each mark they are
    /// printed with, part numbers, author's notes, and every line of the pages in `tests/pages`
    /// that [`label_line`] reads as one (written in many spellings, so the gate is asked of
    /// lines it did not see written).
    #[test]
    fn every_label_line_passes_the_gate() {
        let marks = [
            ("", ""),
            ("【", "】"),
            ("[", "]"),
            ("〔", "〕"),
            ("", "："),
            ("", ":"),
            ("●", ""),
            ("■", "："),
            ("（", "）"),
            ("\u{3000}", "\u{3000}"),
        ];
        let mut lines: Vec<String> = Vec::new();
        let words = SUMMARY_LABELS
            .iter()
            .chain(BOX_LABELS)
            .chain(EDITOR_NOTE_LABELS);
        for w in words.chain(&["一", "十二", "01", "０３", "三、", "7."]) {
            for (a, b) in marks {
                lines.push(format!("{a}{w}{b}"));
            }
        }
        lines.push("（作者系山西大学经济与管理学院教授）".to_owned());
        let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
        for entry in std::fs::read_dir(pages).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                lines.extend(text.lines().map(|l| trim_pad(l).to_owned()));
            }
        }
        let mut labels = 0;
        for line in &lines {
            if label_line(line).is_some() {
                labels += 1;
                let chars = Some(line.chars().count());
                assert!(may_be_label_line(line, chars), "{line}");
            }
        }
        assert!(labels > 100, "{labels}");
        // And a long line with plain ends is turned down.
        assert!(!may_be_label_line("开发区召开经济运行分析会", Some(11)));
    }

    #[test]
    fn labels() {
        assert_eq!(
            label_line("核心阅读"),
            Some((Label::Summary, Rule::SummaryLabel))
        );
        assert_eq!(
            label_line("【导读】"),
            Some((Label::Summary, Rule::SummaryLabel))
        );
        assert_eq!(label_line("■链接"), Some((Label::Box, Rule::BoxLabel)));
        assert_eq!(label_line("记者手记"), Some((Label::Box, Rule::BoxLabel)));
        for head in [
            "简讯",
            "【快讯】",
            "■ 园区动态",
            "一句话新闻：",
            "园区快讯",
            "【招商速递】",
            "项目播报",
            "一周观察",
            "本周要闻",
        ] {
            assert!(is_briefs_head(head), "{head}");
        }
        for line in [
            "简讯一则",
            "动态监测系统上线",
            "短讯。",
            "开发区最新动态汇总发布",
            "一周",
            "观察",
            "5G动态",
        ] {
            assert!(!is_briefs_head(line), "{line}");
        }
        assert_eq!(label_line("二"), Some((Label::Part, Rule::NumberedPart)));
        for part in ["01", "０２", "09.", "（03）"] {
            assert_eq!(
                label_line(part),
                Some((Label::Part, Rule::NumberedPart)),
                "{part}"
            );
        }
        for not_part in ["00", "1", "12", "010", "0a"] {
            assert_eq!(label_line(not_part), None, "{not_part}");
        }
        assert_eq!(
            label_line("（三）"),
            Some((Label::Part, Rule::NumberedPart))
        );
        assert_eq!(
            label_line("（作者为北京大学教授）"),
            Some((Label::AuthorNote, Rule::AuthorNote))
        );
        assert_eq!(label_line("一路向前"), None);
        // Past the longest label line nothing is a label, however it is trimmed.
        let marks = "■".repeat(LABEL_LINE_MAX_CHARS);
        assert_eq!(label_line(&format!("{marks}导读")), None);
        assert_eq!(
            label_line(&format!("■{}导读", "■".repeat(LABEL_LINE_MAX_CHARS - 3))),
            Some((Label::Summary, Rule::SummaryLabel))
        );
        let note = format!("（作者为{}）", "某".repeat(LABEL_LINE_MAX_CHARS));
        assert_eq!(label_line(&note), None);
        assert_eq!(label_line("导读员上岗"), None);
        for alone in ["编者按", "【编者按】", "編者按：", "编者的话"] {
            assert_eq!(
                label_line(alone),
                Some((Label::EditorNote, Rule::EditorNote)),
                "{alone}"
            );
        }
    }

    #[test]
    fn editor_notes_opening_a_paragraph() {
        for line in [
            "编者按：为深入展示开发区发展成效，本报今起推出系列报道。",
            "【编者按】开发区是改革开放的试验田。",
            "　　編者按　创新是引领发展的第一动力。",
            "编者的话：本期聚焦园区建设。",
        ] {
            assert!(opens_with_editor_note(line), "{line}");
        }
        for line in [
            "编者按",
            "【编者按】",
            "编者按：",
            "编者按语很长",
            "编辑：王芳",
            "为深入展示开发区发展成效，编者按：",
        ] {
            assert!(!opens_with_editor_note(line), "{line}");
        }
    }
}
