//! What the assembly walk asks of its pending short lines (the lines read so far that are no
//! body): whether they hold a labelled headline or a column label, are the open article's next
//! numbered part, or head a column of news in brief.

use super::new_story::opens_with_bar_label;
use super::title_group::heading_of;
use super::Walk;
use crate::ingest::classify::Rule;
use crate::ingest::labels::is_briefs_head;
use crate::ingest::shape::{item_number, ItemStyle};

impl Walk<'_> {
    /// A labelled headline line (`主题：…`) is an article's title, never a sub-head.
    pub(super) fn pending_has_heading_label(&self) -> bool {
        self.pending
            .iter()
            .any(|&i| heading_of(&self.blocks[i]).is_some())
    }

    /// A column label (`（人民时评）`) marks an article's title, never a sub-head.
    pub(super) fn pending_has_column_label(&self) -> bool {
        self.pending.iter().any(|&i| {
            matches!(self.blocks[i].tail, Some((_, Rule::ColumnLabelLine)))
                || self.blocks[i].mark.1 == Rule::TitleColumnLabel
                || opens_with_bar_label(self.text(i))
        })
    }

    /// Whether the pending line is the next numbered part of the open article (`二、汽车电子产业园
    /// 项目` under one that has `一、…`): a part of it, as the first was, even after a part that
    /// closed with its contact lines (a promotion page's projects, each with its `联系人：`).
    pub(super) fn pending_is_next_part(&self) -> bool {
        let [i] = self.pending.as_slice() else {
            return false;
        };
        let Some((style, n)) = item_number(self.text(*i)) else {
            return false;
        };
        let Some(before) = n.checked_sub(1).filter(|b| *b > 0) else {
            return false;
        };
        self.cur.as_ref().is_some_and(|d| {
            d.paragraphs
                .iter()
                .any(|p| item_number(p) == Some((style, before)))
        })
    }

    /// Whether the pending line is a numbered report's heading in a work bulletin (`二、惠科光电
    /// …竣工投产`): each report is an item of its own, where in a paper the same heading is the
    /// next part of one article ([`Self::pending_is_next_part`]).
    pub(super) fn pending_is_bulletin_report(&self) -> bool {
        self.bulletin
            && matches!(self.pending.as_slice(), [i]
                if matches!(item_number(self.text(*i)), Some((ItemStyle::HanComma, _))))
    }

    /// Whether the pending line is the head of a column of news in brief (`简讯`): its items
    /// are an article of their own, not a part of the open one.
    pub(super) fn pending_is_briefs_head(&self) -> bool {
        matches!(self.pending.as_slice(), [i] if is_briefs_head(self.text(*i)))
    }

    pub(super) fn pending_text(&self) -> String {
        self.pending.iter().map(|&i| self.text(i)).collect()
    }
}
