//! Lines that open a turn or an item of their own: an interview's speaker before a colon
//! (`记者：…`, `问：…`, `《21世纪》：…`) and a numbered item (`1. …`, `（2）…`, `③…`).

use super::{is_pad, more_chars_than};

/// Who speaks in an interview or an editor's note, before a colon.
const SPEAKERS: &[&str] = &[
    "记者",
    "本报记者",
    "新华社记者",
    "主持人",
    "嘉宾",
    "小编",
    "问",
    "答",
    "编者按",
    "编者的话",
    "Q",
    "A",
];

/// The first chars of the [`SPEAKERS`] and of a publication that speaks (`《`): a test checks.
const SPEAKER_FIRST_CHARS: &[char] = &[
    '记', '本', '新', '主', '嘉', '小', '问', '答', '编', 'Q', 'A', '《',
];

/// A line of an interview or an editor's note (`记者：下一步有何打算？`, `问：…`, `编者按：…`):
/// what follows the speaker is said, not a title, however short.
///
/// A reporter with only names after the colon (`记者：陈秋燕`) is a byline, not a turn.
pub(super) fn opens_with_speaker(line: &str) -> bool {
    let t = line.trim_start_matches(is_pad);
    // Asked of most short lines: one that opens with no speaker's first char (nor a
    // publication's `《`) is turned down before the speakers are compared one by one.
    if !t.starts_with(SPEAKER_FIRST_CHARS) {
        return false;
    }
    let said = |rest: &str| rest.starts_with(['：', ':']);
    match SPEAKERS
        .iter()
        .find(|s| t.strip_prefix(*s).is_some_and(said))
    {
        Some(s) => !(s.ends_with("记者") && names_only(&t[s.len()..])),
        None => publication_speaks(t).is_some_and(said),
    }
}

/// Whether a text is only names after its colon (`：陈秋燕`, `：张三、李四`): what a byline says
/// after its role.
fn names_only(text: &str) -> bool {
    let names = text.trim_start_matches([':', '：']);
    let mut names = names
        .split(crate::ingest::credit::is_name_sep)
        .filter(|n| !n.is_empty())
        .peekable();
    names.peek().is_some() && names.all(crate::lexicon::names::looks_like_name)
}

/// Whether a line opens an item of its own: a speaker's turn (`问：…`, `答：…`) or a numbered
/// item (`1. …`, `2、…`, `（3）…`, `④…`; not a figure, `3.5亿元…`). Such a line set flush
/// under a finished paragraph of an indented page is the next item, not the paragraph's next
/// column.
pub(in crate::ingest) fn opens_item(line: &str) -> bool {
    let t = line.trim_start_matches(is_pad);
    opens_with_speaker(t) || item_number(t).is_some_and(|(style, _)| style != ItemStyle::HanComma)
}

/// How a list numbers its items: a list goes on only in the style it began in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::ingest) enum ItemStyle {
    /// `1.`, `1．`
    Dot,
    /// `1、`
    Comma,
    /// `（1）`, `(1)`
    Bracket,
    /// `（一）`
    BracketHan,
    /// `①`
    Circled,
    /// `一、`: a numbered part's head, mostly.
    HanComma,
}

/// The number a numbered item opens with, and its style (`2、新增…` → (Comma, 2)); `None` for a
/// figure (`3.5亿元…`, `2025年…`) or a line that opens no item. Numbers run to 99 (`⑳` for circled ones).
pub(in crate::ingest) fn item_number(line: &str) -> Option<(ItemStyle, u32)> {
    let t = line.trim_start_matches(is_pad);
    // Asked of every line: its first char says which kind of number it may open with, and
    // most lines open with none.
    match t.chars().next()? {
        c @ '①'..='⑳' => Some((ItemStyle::Circled, u32::from(c) - u32::from('①') + 1)),
        '0'..='9' => digits_item(t),
        '（' | '(' => bracketed_item(t),
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' => {
            han_item(t)
        }
        _ => None,
    }
}

/// The Han numerals a part's number is written in.
const HAN_NUMERALS: &str = "一二三四五六七八九十";

/// `1.`, `2、` (one or two digits; not a figure, `3.5亿元`).
fn digits_item(t: &str) -> Option<(ItemStyle, u32)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let mut rest = t[digits..].chars();
    let style = match rest.next()? {
        '.' | '．' => ItemStyle::Dot,
        '、' => ItemStyle::Comma,
        _ => return None,
    };
    if rest.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((style, t[..digits].parse().ok()?))
}

/// `一、`, `十二、`: one or two Han numerals right before the 、.
fn han_item(t: &str) -> Option<(ItemStyle, u32)> {
    let han = t
        .char_indices()
        .take_while(|(_, c)| HAN_NUMERALS.contains(*c))
        .take(3)
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    if (1..=2).contains(&t[..han].chars().count()) && t[han..].starts_with('、') {
        return han_below_100(&t[..han]).map(|v| (ItemStyle::HanComma, v));
    }
    None
}

/// `（3）`, `(3)`, `（三）`.
fn bracketed_item(t: &str) -> Option<(ItemStyle, u32)> {
    let inner = t.strip_prefix(['（', '('])?;
    let n: String = inner
        .chars()
        .take_while(|c| c.is_ascii_digit() || HAN_NUMERALS.contains(*c))
        .take(3)
        .collect();
    let count = n.chars().count();
    if !(1..=2).contains(&count) || !inner[n.len()..].starts_with(['）', ')']) {
        return None;
    }
    match n.parse() {
        Ok(v) => Some((ItemStyle::Bracket, v)),
        Err(_) => han_below_100(&n).map(|v| (ItemStyle::BracketHan, v)),
    }
}

/// The value of a part's number in one or two Han numerals (`三` 3, `十二` 12, `二十` 20).
fn han_below_100(n: &str) -> Option<u32> {
    use crate::facts::numbers::chinese_digit;
    let mut cs = n.chars();
    match (cs.next()?, cs.next()) {
        ('十', None) => Some(10),
        ('十', Some(d)) => Some(10 + chinese_digit(d)?),
        (d, Some('十')) => Some(chinese_digit(d)? * 10),
        (d, None) => chinese_digit(d),
        _ => None,
    }
}

/// Longest publication's name in `《》` that asks an interview's questions (`《中国经营报》`).
const PUBLICATION_SPEAKER_MAX_CHARS: usize = 10;

/// What follows a publication's name in `《》` at the start of a line, when that name is short
/// enough to be the interviewer (`《21世纪》：今年有哪些新特点？`): business papers ask their
/// questions so.
fn publication_speaks(t: &str) -> Option<&str> {
    let inner = t.strip_prefix('《')?;
    let (name, rest) = inner.split_once('》')?;
    (!name.is_empty() && !more_chars_than(name, PUBLICATION_SPEAKER_MAX_CHARS)).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every speaker opens with one of the chars a line is turned down without.
    #[test]
    fn every_speaker_opens_with_a_listed_char() {
        for s in SPEAKERS {
            assert!(s.starts_with(SPEAKER_FIRST_CHARS), "{s}");
        }
        assert!(opens_with_speaker("《人民日报》：评论"));
        assert!(!opens_with_speaker("人民日报：评论"));
    }

    #[test]
    fn items_open_their_own_paragraphs() {
        for line in [
            "问：下一步？",
            "答：明年。",
            "记者：下一步有何打算？",
            "记者：好",
            "1. 签约",
            "2、新增",
            "（3）开园",
            "(4)开园",
            "⑤开园",
        ] {
            assert!(opens_item(line), "{line}");
        }
        for line in [
            "3.5亿元投资到位",
            "2025年新增",
            "12月1日签约",
            "（记者 张三）",
            "开园",
            "记者：陈秋燕",
            "本报记者: 张三、李四",
        ] {
            assert!(!opens_item(line), "{line}");
        }
    }

    #[test]
    fn items_say_their_number() {
        assert_eq!(item_number("12.光伏"), Some((ItemStyle::Dot, 12)));
        assert_eq!(item_number("　2、新增"), Some((ItemStyle::Comma, 2)));
        assert_eq!(item_number("（3）开园"), Some((ItemStyle::Bracket, 3)));
        assert_eq!(
            item_number("（十二）开园"),
            Some((ItemStyle::BracketHan, 12))
        );
        assert_eq!(item_number("④开园"), Some((ItemStyle::Circled, 4)));
        assert_eq!(item_number("十二、开园"), Some((ItemStyle::HanComma, 12)));
        assert_eq!(item_number("一二、开园"), None);
        assert_eq!(item_number("3.5亿元"), None);
        assert_eq!(item_number("123.开园"), None);
    }
}
