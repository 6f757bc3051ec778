//! Captions in the assembly walk: the pending short lines over a photo's credit or a chart's
//! source line become that picture's caption in the open article.

use super::{Block, Caption, Class, Draft, Rule, Walk};

/// Marks a caption opens with to point at its photo (`▲3月11日，…`).
const POINTERS: [char; 3] = ['▲', '△', '↑'];

impl Walk<'_> {
    /// The pending short lines as the caption of the credit that follows them (marked caption
    /// lines, their texts joined); `None` when there are none. Labelled headline lines are a
    /// title, never a caption: they open the article the credit is then in.
    pub(super) fn take_caption_lines(&mut self) -> Option<String> {
        if self.pending_has_heading_label() {
            self.start_article();
        }
        // A caption pointing at its photo (`▲3月11日，…`) starts there: the short lines above it
        // are the photo's title, which had been read into the caption's text.
        let pointed = self
            .pending
            .iter()
            .rposition(|&i| {
                self.text(i)
                    .trim_start_matches(crate::ingest::shape::is_pad)
                    .starts_with(POINTERS)
            })
            .filter(|&k| k > 0);
        if let Some(k) = pointed {
            let caption = self.pending.split_off(k);
            self.start_article();
            self.pending = caption;
        }
        let pending = std::mem::take(&mut self.pending);
        self.pending_date = None;
        if pending.is_empty() {
            return None;
        }
        for &i in &pending {
            self.marks[i] = (Class::Caption, Rule::CaptionLines);
        }
        let text: String = pending.iter().map(|&i| self.text(i)).collect();
        // The pointer is left out, as a caption with its credit on the line reads it.
        Some(text.trim_start_matches(POINTERS).to_owned())
    }

    /// A photo credit: the pending short lines are its caption.
    pub(super) fn credit(&mut self, caption: Option<&str>, credit: Option<&str>) {
        let lines = self.take_caption_lines();
        // A photo's source with no credit (`（资料图片）`) is held as a caption, but, as a credit
        // alone, it makes no caption of its own: the photo is the item.
        let credit_only = lines.is_none() && (caption.is_none() || credit.is_none());
        let text = match lines {
            None => caption.map(str::to_owned),
            Some(mut t) => {
                t.push_str(caption.unwrap_or(""));
                Some(t)
            }
        };
        let d = self.cur.get_or_insert_with(Draft::default);
        if credit_only && !d.closed {
            d.credited = true;
        }
        d.captions.push(Caption {
            text,
            credit: credit.map(str::to_owned),
        });
        d.closed = true;
    }

    /// A chart's source and maker line: the caption of a chart in the open article, with the
    /// pending short lines (the chart's title) before it. It closes the article's text as a
    /// photo credit does: a title and body after it start a new article.
    pub(super) fn chart_credit(&mut self, line: &str, i: usize) {
        // `数据来源：国家统计局` over `制图：张芳`: one chart's credit on two lines.
        let follows_chart_credit = self.pending.is_empty()
            && self.blocks[..i]
                .iter()
                .rev()
                .find(|b| !matches!(b.block, Block::Furniture(_)))
                .is_some_and(|b| matches!(b.block, Block::ChartCredit(_)));
        if let Some(text) = self
            .cur
            .as_mut()
            .filter(|_| follows_chart_credit)
            .and_then(|d| d.captions.last_mut())
            .and_then(|c| c.text.as_mut())
        {
            text.push('\u{3000}');
            text.push_str(line);
            return;
        }
        let mut text = self.take_caption_lines().unwrap_or_default();
        text.push_str(line);
        let d = self.cur.get_or_insert_with(Draft::default);
        d.captions.push(Caption {
            text: Some(text),
            credit: None,
        });
        d.closed = true;
    }
}
