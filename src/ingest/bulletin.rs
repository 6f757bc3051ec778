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
/// or its issue (see the module docs).
pub(super) fn mark_masthead(blocks: &mut [Placed], lines: &[Line<'_>]) {
    let Some(header) = blocks
        .iter()
        .take(MASTHEAD_MAX_BLOCKS + 1)
        .position(|b| b.mark == (Class::Furniture, Rule::PageHeader))
    else {
        return;
    };
    let above = &blocks[..header];
    let text_of = |b: &Placed| lines.get(b.first).map(|l| l.text);
    let title_line = |b: &Placed| {
        b.first == b.last
            && matches!(&b.block, Block::Text(tb) if tb.title_like && tb.dateline.is_none())
    };
    if above.is_empty()
        || !above.iter().all(title_line)
        || !above
            .iter()
            .filter_map(text_of)
            .any(|t| names_a_bulletin(t) || is_issue_line(t))
    {
        return;
    }
    for b in &mut blocks[..header] {
        if let Some(line) = text_of(b) {
            b.block = Block::Furniture(line.to_owned());
            b.mark = (Class::Furniture, Rule::Masthead);
        }
    }
}

/// Whether a line is a bulletin's name (`工　作　简　报`, `信息专报`), its pads left out.
fn names_a_bulletin(line: &str) -> bool {
    let name: String = line.chars().filter(|&c| !is_pad(c)).collect();
    let n = name.chars().count();
    (4..=NAME_MAX_CHARS).contains(&n)
        && name.chars().all(crate::lexicon::names::is_han)
        && BULLETIN_ENDS.iter().any(|e| name.ends_with(e))
}

/// Whether a line is a bulletin's issue (`第 3 期`, `总第125期`, `（第十二期）`).
fn is_issue_line(line: &str) -> bool {
    let t: String = line.chars().filter(|&c| !is_pad(c)).collect();
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
        .unwrap_or(&t);
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
    }
}
