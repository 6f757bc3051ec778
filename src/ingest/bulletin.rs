//! A bulletin's masthead: an office's work bulletin (工作简报, 信息专报) prints its name, its
//! issue and its issuer over the date at the top of its first page:
//!
//! ```text
//! 常州国家高新区（新北区）
//! 工　作　简　报
//! 第 3 期
//! 常州国家高新区管委会办公室　　　　　　　　2026年2月27日
//! ```
//!
//! The issuer's line is read as the page's header ([`super::edition`]); the lines over it had
//! been a title group, the first report's title pushed under them. When one of them names a
//! bulletin or its issue, every title line over the header is the masthead: furniture.

use super::classify::{Block, Class, Placed, Rule};
use super::shape::{is_pad, Line};

/// What a bulletin's name ends with (`工作简报`, `信息专报`, `园区动态`).
const BULLETIN_ENDS: &[&str] = &[
    "简报", "快报", "专报", "动态", "要情", "周报", "月报", "通讯", "信息",
];

/// The longest bulletin name, in chars (pads left out).
const NAME_MAX_CHARS: usize = 12;

/// The blocks a masthead may hold above the header.
const MASTHEAD_MAX_BLOCKS: usize = 4;

/// Makes the title lines over the page's header furniture when one of them names a bulletin
/// or its issue (see the module docs). A masthead set without blank lines (`开发区工作简报` over
/// `2025年第24期（总第186期）`) is one title block of several lines: each becomes a line of
/// furniture, as each is in a masthead set apart.
pub(super) fn mark_masthead(blocks: &mut Vec<Placed>, lines: &[Line<'_>]) {
    let Some(header) = blocks
        .iter()
        .take(MASTHEAD_MAX_BLOCKS + 1)
        .position(|b| b.mark == (Class::Furniture, Rule::PageHeader))
    else {
        return;
    };
    let above = &blocks[..header];
    let lines_of = |b: &Placed| (b.first..=b.last).filter_map(|k| lines.get(k).map(|l| l.text));
    let title_block =
        |b: &Placed| matches!(&b.block, Block::Text(tb) if tb.title_like && tb.dateline.is_none());
    if above.is_empty()
        || !above.iter().all(title_block)
        || !above
            .iter()
            .flat_map(lines_of)
            .any(|t| names_a_bulletin(t) || is_issue_line(t))
    {
        return;
    }
    let masthead: Vec<Placed> = above
        .iter()
        .flat_map(|b| b.first..=b.last)
        .filter_map(|k| {
            let line = lines.get(k)?;
            Some(Placed::new(
                Block::Furniture(line.text.to_owned()),
                k,
                (Class::Furniture, Rule::Masthead),
            ))
        })
        .collect();
    let masthead_end = masthead.len() + 1;
    blocks.splice(..header, masthead);
    mark_contents(blocks, lines, masthead_end);
}

/// The most lines of furniture a bulletin's masthead is looked for in.
const BULLETIN_HEAD_MAX_LINES: usize = 12;

/// What a bulletin's contents box is headed (`【本期要目】`), brackets and pads left out.
const CONTENTS_LABELS: &[&str] = &[
    "本期要目",
    "要目",
    "本期目录",
    "目录",
    "本期导读",
    "本期内容",
];

/// The most title blocks a contents box is read in: its label and each entry may be a block.
const CONTENTS_MAX_BLOCKS: usize = 12;

/// Makes a bulletin's contents box furniture: under its masthead, a label (`【本期要目】`) over
/// lines each of which is a heading printed again further down the page. Read as printed the
/// box was the first report's title group, the reports' own headings its sub-heads; what it
/// says the page says again, so nothing is lost. `masthead_end` is the index of the block
/// after the page's header.
fn mark_contents(blocks: &mut Vec<Placed>, lines: &[Line<'_>], masthead_end: usize) {
    let title_block = |b: &Placed| matches!(&b.block, Block::Text(tb) if tb.title_like);
    // The box's blocks follow one another with no blank line: a blank ends it.
    let mut next_line = None;
    let boxed = blocks
        .iter()
        .skip(masthead_end)
        .take(CONTENTS_MAX_BLOCKS)
        .take_while(|b| {
            let touching = next_line.is_none_or(|n| b.first == n);
            next_line = Some(b.last + 1);
            touching && title_block(b)
        })
        .count();
    let Some(last) = boxed.checked_sub(1).map(|k| blocks[masthead_end + k].last) else {
        return;
    };
    let first = blocks[masthead_end].first;
    let text = |k: usize| lines.get(k).map_or("", |l| l.text.trim_matches(is_pad));
    let later: Vec<&str> = (last + 1..lines.len()).map(text).collect();
    let entries = first + 1..=last;
    if !is_contents_label(text(first))
        || entries.is_empty()
        || !entries.clone().all(|k| later.contains(&text(k)))
    {
        return;
    }
    let contents: Vec<Placed> = (first..=last)
        .filter(|&k| !text(k).is_empty())
        .map(|k| {
            Placed::new(
                Block::Furniture(lines.get(k).map_or("", |l| l.text).to_owned()),
                k,
                (Class::Furniture, Rule::Masthead),
            )
        })
        .collect();
    blocks.splice(masthead_end..masthead_end + boxed, contents);
}

/// Whether a line heads a bulletin's contents (`【本期要目】`, `目　录`).
fn is_contents_label(line: &str) -> bool {
    let t: String = line
        .chars()
        .filter(|&c| !is_pad(c) && !"【】[]（）()".contains(c))
        .collect();
    CONTENTS_LABELS.contains(&t.as_str())
}

/// Whether the page's furniture holds a bulletin's masthead (its name or its issue), which
/// [`mark_masthead`] marked: its numbered reports are then items of their own.
pub(super) fn is_bulletin(blocks: &[Placed]) -> bool {
    blocks
        .iter()
        .take_while(|b| b.mark.0 == Class::Furniture)
        .take(BULLETIN_HEAD_MAX_LINES)
        .any(|b| {
            b.mark.1 == Rule::Masthead
                && matches!(&b.block, Block::Furniture(l) if names_a_bulletin(l) || is_issue_line(l))
        })
}

/// Whether a line is a bulletin's name (`工　作　简　报`, `信息专报`), its pads left out.
fn names_a_bulletin(line: &str) -> bool {
    let name: String = line.chars().filter(|&c| !is_pad(c)).collect();
    let n = name.chars().count();
    (4..=NAME_MAX_CHARS).contains(&n)
        && name.chars().all(crate::lexicon::names::is_han)
        && BULLETIN_ENDS.iter().any(|e| name.ends_with(e))
}

/// Whether a line is a bulletin's issue (`第 3 期`, `总第125期`, `（第十二期）`), perhaps in its
/// year and with its running count after it (`2025年第24期（总第186期）`).
fn is_issue_line(line: &str) -> bool {
    let t: String = line.chars().filter(|&c| !is_pad(c)).collect();
    let t = after_year(&t);
    match t.find(['（', '(']).filter(|&at| at > 0) {
        // `第24期（总第186期）`: both must be issues.
        Some(at) => is_issue(&t[..at]) && is_issue(&t[at..]),
        None => is_issue(t),
    }
}

/// `t` past a year written before the issue (`2025年第24期`), or as it is.
fn after_year(t: &str) -> &str {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    match t[digits..].strip_prefix('年') {
        Some(rest) if digits == 4 => rest,
        _ => t,
    }
}

/// Whether `t` is one issue's number: `第 3 期`, `总第125期`, `（第十二期）` (pads left out).
fn is_issue(t: &str) -> bool {
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
        .unwrap_or(t);
    let t = t.strip_prefix('总').unwrap_or(t);
    t.strip_prefix('第')
        .and_then(|t| t.strip_suffix('期'))
        .is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十百".contains(c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bulletins_name_and_issue() {
        assert!(names_a_bulletin("工　作　简　报"));
        assert!(names_a_bulletin("信息专报"));
        assert!(!names_a_bulletin("简报"));
        assert!(!names_a_bulletin("开发区发布一季度经济运行简报"));
        assert!(is_issue_line("第 3 期"));
        assert!(is_issue_line("总第125期"));
        assert!(is_issue_line("（第十二期）"));
        assert!(!is_issue_line("第三期工程开工"));
        assert!(!is_issue_line("第期"));
        assert!(is_issue_line("2025年第24期（总第186期）"));
        assert!(is_issue_line("2025年第24期"));
        assert!(!is_issue_line("2025年第24期工程开工"));
        assert!(!is_issue_line("（总第186期）第24期开工"));
    }
}
