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

/// A line of an interview or an editor's note (`记者：下一步有何打算？`, `问：…`, `编者按：…`):
/// what follows the speaker is said, not a title, however short.
///
/// A reporter with only names after the colon (`记者：陈秋燕`) is a byline, not a turn.
pub(super) fn opens_with_speaker(line: &str) -> bool {
    let t = line.trim_start_matches(is_pad);
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
    if opens_with_speaker(t) || t.starts_with(|c| ('①'..='⑳').contains(&c)) {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let mut rest = t[digits..].chars();
        return matches!(rest.next(), Some('.' | '．' | '、'))
            && !rest.next().is_some_and(|c| c.is_ascii_digit());
    }
    let inner = t.strip_prefix(['（', '(']).unwrap_or("");
    let n = inner
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .count();
    (1..=2).contains(&n)
        && inner
            .chars()
            .nth(n)
            .is_some_and(|c| matches!(c, '）' | ')'))
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
}
