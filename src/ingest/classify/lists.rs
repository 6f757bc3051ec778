//! Numbered lists set line by line under their lead-in (`签约项目名单如下：` over
//! `1.年产10万吨高纯硅材料项目`, `2.…`, each item perhaps with a line of its own details under
//! it, `　投资方：…　总投资：45亿元`). Every such line is short and ends in no sentence mark,
//! so read alone each is a title: a list of twenty signed projects at a page's end had been one
//! forty-line title-only article, and in the middle of a page the title of the next one.

use super::{Block, Class, Placed, Rule};
use crate::ingest::shape::{item_number, ItemStyle, Line, TITLE_MAX_CHARS};

/// Non-blank lines looked at past an item (or a line of its details) for the next item: an item
/// has a line or two of details, never a paragraph.
const ITEM_LINES_MAX: usize = 3;

/// What a line of a list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ListLine {
    /// An item (`2.半导体碳化硅衬底项目`): a paragraph of its own.
    Item,
    /// A line of the details of the item above it (`投资方：…　总投资：30亿元`): part of that
    /// item's paragraph, so that what it says is said of the item.
    Detail,
}

/// The list the page is in, line by line.
#[derive(Debug, Default)]
pub(super) struct ListRun {
    /// The style and number of the last item, while a list is open.
    open: Option<(ItemStyle, u32)>,
    /// The padding of the last item's line: its details are set deeper.
    item_indent: usize,
}

impl ListRun {
    /// Whether line `no` is an item of a numbered list, or a line of the details of the item
    /// above it: the article's text, never a title.
    ///
    /// A list opens with its first item (`1.`, `（1）`, `①`; not a part's `（一）` or `一、`, which heads
    /// what follows it) right under a paragraph that ends in a colon, when its second item
    /// follows within a few short lines; it goes on while its items follow in order, in the
    /// style it began in. A short line under an item is its details when the next item follows
    /// it or it is set deeper than the item; anything else ends the list.
    pub(super) fn takes(
        &mut self,
        lines: &[Line<'_>],
        no: usize,
        blocks: &[Placed],
    ) -> Option<ListLine> {
        let line = lines.get(no)?;
        let number = item_number(line.text);
        let taken = match (number, self.open) {
            (Some((style, n)), Some((open, last)))
                if style == open && Some(n) == last.checked_add(1) =>
            {
                line.is_title_like()
            }
            (Some((style, 1)), _)
                if !matches!(style, ItemStyle::BracketHan | ItemStyle::HanComma) =>
            {
                line.is_title_like()
                    && under_lead_in(blocks)
                    && next_item_follows(lines, no, style, 1)
            }
            (Some(_), _) => false,
            (None, Some((style, last))) => {
                short_line(line)
                    && (line.indent > self.item_indent || next_item_follows(lines, no, style, last))
            }
            (None, None) => false,
        };
        match (taken, number) {
            (true, Some(item)) => {
                self.open = Some(item);
                self.item_indent = line.indent;
                Some(ListLine::Item)
            }
            (true, None) => Some(ListLine::Detail),
            (false, _) => {
                self.open = None;
                None
            }
        }
    }
}

/// Adds a line of details to its item's paragraph, apart from what is there by an ideographic
/// space as the page sets such fields apart (`2.半导体碳化硅衬底项目　投资方：…`).
pub(super) fn push_detail(blocks: &mut [Placed], line: &str, no: usize) -> bool {
    let Some(item) = blocks.last_mut().filter(|b| b.mark.1 == Rule::ListItem) else {
        return false;
    };
    let Block::Text(tb) = &mut item.block else {
        return false;
    };
    tb.text.push('\u{3000}');
    tb.text.push_str(line);
    item.last = no;
    item.tail = Some((Class::Body, Rule::ListItem));
    true
}

/// Whether the block above is text ending in a colon (`签约项目名单如下：`): what a list hangs
/// from.
fn under_lead_in(blocks: &[Placed]) -> bool {
    blocks.last().is_some_and(|b| {
        matches!(&b.block, Block::Text(tb) if tb.text.trim_end().ends_with(['：', ':']))
            && b.mark.1 != Rule::SignOff
    })
}

/// Whether the item after item `n` follows line `no` within [`ITEM_LINES_MAX`] short lines.
fn next_item_follows(lines: &[Line<'_>], no: usize, style: ItemStyle, n: u32) -> bool {
    let Some(next) = n.checked_add(1) else {
        return false;
    };
    for line in lines
        .iter()
        .skip(no + 1)
        .filter(|l| !l.text.is_empty())
        .take(ITEM_LINES_MAX)
    {
        if let Some(item) = item_number(line.text) {
            return item == (style, next);
        }
        if !short_line(line) {
            return false;
        }
    }
    false
}

/// A line short enough to be an item's details (`投资方：…　总投资：45亿元`), and no sentence.
fn short_line(line: &Line<'_>) -> bool {
    line.kinds.chars <= 2 * TITLE_MAX_CHARS && !line.text.ends_with(['。', '！', '？'])
}
