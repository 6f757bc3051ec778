//! A front page's index of the edition (`本版导读`, `今日导读`, `要目`): one line an inner page's
//! story, with its page number (`2版 ▶ 太原经开区：新能源汽车产业链加速成形`, `第3版：…`,
//! `晋中高新区数字经济产业园一期竣工……4版`).
//!
//! Its lines are short and end in no sentence mark, so they read as a title group: the
//! longest became the title of an article with the others as kickers and subtitles, and the
//! group ran on into the next article's heading. Each entry is a line of the index: a
//! paragraph of its own (rule `page-index`), under the index's label as the title.

use super::credit::is_bullet;
use super::shape::{is_pad, more_chars_than, Line};

/// The longest index entry, in chars.
const ENTRY_MAX_CHARS: usize = 60;
/// The fewest chars of a story's title an entry holds beside its page number.
const TITLE_MIN_CHARS: usize = 4;

/// Whether line `no` is an index entry ([`is_entry`]) next to another: one line naming a
/// page is more likely a sentence or a jump line.
pub(super) fn in_index(lines: &[Line<'_>], no: usize) -> bool {
    // Asked of every line: a paragraph is turned down on its length, read with it.
    let entry = |k: usize| {
        lines
            .get(k)
            .is_some_and(|l| l.kinds.chars <= LINE_MAX_CHARS && is_entry(l.text))
    };
    entry(no) && ((no > 0 && entry(no - 1)) || entry(no + 1))
}

/// The longest line an entry is read in: the entry with its bullets and spacing.
const LINE_MAX_CHARS: usize = ENTRY_MAX_CHARS + 10;

/// A line that names an inner page and a story on it: the page first (`2版 ▶ …`, `第3版：…`,
/// `A3版 …`) or last (`…… 4版`, `…（5版）`, `… 见第6版`).
pub(super) fn is_entry(line: &str) -> bool {
    // Most lines are long paragraphs or open with a Han char: turned down before any parse.
    // Most lines open with a Han char that is no page number's and end in punctuation or a
    // Han char: turned down on their first and last bytes, before any char is decoded.
    if !may_be_entry(line.as_bytes()) {
        return false;
    }
    let t = line.trim_matches(|c: char| is_pad(c) || is_bullet(c) || is_arrow(c));
    let may_open = t.starts_with(|c: char| c == '第' || is_page_digit(c) || c.is_ascii_uppercase());
    let may_close = t.ends_with('版') || t.ends_with("版）") || t.ends_with("版)");
    if !(may_open || may_close) || more_chars_than(t, ENTRY_MAX_CHARS) || t.ends_with(SENTENCE_ENDS)
    {
        return false;
    }
    opens_with_page(t)
        .or_else(|| closes_with_page(t))
        .is_some_and(|title| {
            let title = title.trim_matches(|c: char| is_pad(c) || is_arrow(c) || is_sep(c));
            title.chars().nth(TITLE_MIN_CHARS - 1).is_some() && !is_dated(title)
        })
}

/// A page header's date and weekday (`2025年12月26日 星期五 第4版`): a header, not an entry.
fn is_dated(text: &str) -> bool {
    text.contains("星期") || (text.contains('年') && text.contains('月') && text.contains('日'))
}

/// Whether a line's last byte can end an entry (`版` ends in 88, `）` in 89, `)`, or spacing)
/// or its first bytes can open one (a digit, a letter, `第` or a Chinese numeral, or spacing, a
/// bullet, an arrow or a full-width form): Han text lines open with other chars and end in
/// `。` (82) or `，` (8C) mostly, and are turned down before any char is decoded.
fn may_be_entry(line: &[u8]) -> bool {
    let ends = matches!(line.last(), Some(0x88 | 0x89 | b')' | b' ' | 0x80 | 0xA0));
    ends || match line {
        [b'0'..=b'9' | b'A'..=b'Z' | b' ' | b'\t' | b'>' | 0xC2 | 0xE2 | 0xE3 | 0xEF, ..] => true,
        [a, b, c, ..] => PAGE_OPENINGS.contains(&[*a, *b, *c]),
        _ => false,
    }
}

/// `第` and the Chinese numerals, in UTF-8: the Han chars a page number opens with.
const PAGE_OPENINGS: [[u8; 3]; 11] = [
    *b"\xE7\xAC\xAC", // 第
    *b"\xE4\xB8\x80", // 一
    *b"\xE4\xBA\x8C", // 二
    *b"\xE4\xB8\x89", // 三
    *b"\xE5\x9B\x9B", // 四
    *b"\xE4\xBA\x94", // 五
    *b"\xE5\x85\xAD", // 六
    *b"\xE4\xB8\x83", // 七
    *b"\xE5\x85\xAB", // 八
    *b"\xE4\xB9\x9D", // 九
    *b"\xE5\x8D\x81", // 十
];

/// Marks a sentence ends with: an entry is a title.
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；', '.', ';'];

/// Arrows and pointers an index sets between page and title.
fn is_arrow(c: char) -> bool {
    matches!(
        c,
        '▶' | '►' | '▷' | '→' | '>' | '》' | '»' | '◆' | '◇' | '☆' | '★'
    )
}

/// Separators an index sets between page and title.
fn is_sep(c: char) -> bool {
    matches!(
        c,
        '：' | ':' | '|' | '｜' | '丨' | '·' | '…' | '—' | '-' | '、' | '.' | '．'
    )
}

/// The rest of `t` after a page number it opens with (`2版`, `第3版`, `A3版`, `第十二版`),
/// when a separator, an arrow or a space follows it.
fn opens_with_page(t: &str) -> Option<&str> {
    let t = t.strip_prefix('第').unwrap_or(t);
    let t = t
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .unwrap_or(t);
    let digits = t
        .char_indices()
        .find(|&(_, c)| !is_page_digit(c))
        .map_or(t.len(), |(i, _)| i);
    if digits == 0 || more_chars_than(&t[..digits], 3) {
        return None;
    }
    let rest = t[digits..].strip_prefix('版')?;
    rest.starts_with(|c: char| is_pad(c) || is_arrow(c) || is_sep(c))
        .then_some(rest)
}

/// The text of `t` before a page number it closes with (`…… 4版`, `…（5版）`, `… 见第6版`),
/// when a space, a separator or a bracket sets it off.
fn closes_with_page(t: &str) -> Option<&str> {
    let t = t.strip_suffix(['）', ')']).unwrap_or(t);
    let t = t.strip_suffix('版')?;
    let digits = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_page_digit(c))
        .last()
        .map(|(i, _)| i)?;
    let (head, number) = t.split_at(digits);
    if more_chars_than(number, 3) {
        return None;
    }
    let head = head.strip_suffix('第').unwrap_or(head);
    let head = head
        .strip_suffix(|c: char| c.is_ascii_uppercase())
        .unwrap_or(head);
    // `见第6版`, `详见第2版`, `参见第4版`.
    let head = ["详见", "参见", "见"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    head.ends_with(|c: char| is_pad(c) || is_sep(c) || matches!(c, '（' | '('))
        .then_some(head)
}

/// A digit of a page number: ASCII, full-width or a Chinese numeral.
fn is_page_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_name_a_page_and_a_story() {
        for line in [
            "2版 ▶ 太原经开区：新能源汽车产业链加速成形",
            "第3版：晋中高新区数字经济产业园一期竣工",
            "A3版　评论：让开发区成为改革开放的排头兵",
            "■ 第十二版 | 晋城经开区光机电产业园二期开工",
            "晋中高新区数字经济产业园一期竣工……4版",
            "大同经开区新能源产业集群加速成形（5版）",
            "让开发区成为改革开放的排头兵 见第６版",
            "▶ 长治高新区新增高新技术企业46家  7版",
            "▶ 合肥高新区：量子产业“链”上发力　　详见第3版",
        ] {
            assert!(is_entry(line), "{line}");
        }
    }

    #[test]
    fn sentences_jump_lines_and_headers_are_no_entries() {
        for line in [
            "（上接第一版）",
            "（下转第4版）",
            "第3版",
            "2版 ▶ 短",
            "2025年12月26日 星期五 第4版",
            "本报讯 详见2版。",
            "园区今年新增企业300家，详情见第3版。",
            "第二版面",
            "太原经开区项目开工",
            "",
        ] {
            assert!(!is_entry(line), "{line}");
        }
    }

    #[test]
    fn the_byte_openings_are_the_chars() {
        for (bytes, c) in PAGE_OPENINGS.iter().zip("第一二三四五六七八九十".chars()) {
            assert_eq!(
                std::str::from_utf8(bytes).ok(),
                Some(c.to_string().as_str())
            );
        }
    }

    #[test]
    fn an_entry_needs_a_neighbour() {
        let lines = [
            "本版导读",
            "2版 ▶ 太原经开区：新能源汽车产业链加速成形",
            "3版 ▶ 晋中高新区数字经济产业园一期竣工",
            "",
            "大同经开区新能源产业集群加速成形（5版）",
        ]
        .map(Line::of);
        assert!(!in_index(&lines, 0));
        assert!(in_index(&lines, 1));
        assert!(in_index(&lines, 2));
        assert!(!in_index(&lines, 4));
    }
}
