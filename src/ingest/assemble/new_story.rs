//! What tells a new story from more of the open one, beyond a dateline or a run of title lines:
//! a column's name before a bar, a date under a title, the credit that ends an untitled photo
//! item or a photo item under a title, and a wire story's headline after its dateline.

use super::{Draft, Walk};
use crate::ingest::classify::{Block, Class, Placed, Rule};
use crate::ingest::shape::{is_pad, more_chars_than, TITLE_MAX_CHARS};

impl Walk<'_> {
    /// Whether a date stands alone between the pending title lines and the body at block `i`
    /// (`2025年12月23日` under `园区观察｜新质生产力在开发区加速集聚`, as a copy from a site
    /// dates each story): the lines are a new story's title, not a sub-head of the open one.
    pub(super) fn dated_under_pending(&self, i: usize) -> bool {
        let Some(&last) = self.pending.last() else {
            return false;
        };
        self.blocks.get(last + 1..i).is_some_and(|between| {
            between
                .iter()
                .any(|b| b.mark == (Class::Furniture, Rule::PageHeader))
        })
    }
}

/// The headline a wire story gives after its dateline (`新华社北京12月23日电 题：开发区改革再出发`,
/// the agency's form, reprinted as it came): the story's title, its label (`题：`) dropped as an
/// export's labels are. Read as printed, it had been the first paragraph of a story with no
/// title.
pub(super) fn wire_title(body: &str) -> Option<&str> {
    let rest = body
        .trim_start_matches(is_pad)
        .strip_prefix(['题', '題'])?
        .strip_prefix(['：', ':'])?
        .trim_matches(is_pad);
    let short = !more_chars_than(rest, TITLE_MAX_CHARS);
    (short && !rest.is_empty() && !rest.contains('。')).then_some(rest)
}

/// Whether a line opens with a column's name before a bar (`园区观察｜新质生产力加速集聚`,
/// `聚焦|开发区改革`), as papers and sites head a column's story: a story's title, never a
/// sub-head.
pub(super) fn opens_with_bar_label(line: &str) -> bool {
    line.split_once(['｜', '|']).is_some_and(|(label, rest)| {
        let n = label.chars().count();
        (BAR_LABEL_MIN_CHARS..=BAR_LABEL_MAX_CHARS).contains(&n)
            && label.chars().all(crate::lexicon::names::is_han)
            && rest.chars().count() >= BAR_LABEL_MIN_CHARS * 2
    })
}

/// A column's name before a bar is two to six chars (`聚焦`, `园区观察`, `开发区新观察`).
const BAR_LABEL_MIN_CHARS: usize = 2;
const BAR_LABEL_MAX_CHARS: usize = 6;

/// Whether an article is an untitled photo item that its credit ended: a photo page's
/// description, then its credit (`新华社记者　詹彦　摄`), with no title and no dateline. The
/// next paragraph describes the next photo; it had been read into this one, and a page of
/// photos had been one item.
pub(super) fn ends_untitled_photo(d: &Draft) -> bool {
    // The title last: asked for every paragraph, it is the one test that reads text.
    d.dateline.is_none()
        && d.credited
        && d.closed
        && d.captions.last().is_some_and(|c| c.credit.is_some())
        && d.paragraphs.len() <= PHOTO_ITEM_MAX_PARAGRAPHS
        && (d.title.is_empty() || d.title.iter().all(|t| is_photo_label(t)))
}

/// What a page of photos is headed (`图片新闻`, `■图片新闻`): a label over the photos, each its
/// own item, not the first photo's title. Read as that title, the label had kept the photos
/// under it one item, their captions one after another.
const PHOTO_LABELS: &[&str] = &[
    "图片新闻",
    "新闻图片",
    "图片报道",
    "图说新闻",
    "图说",
    "看图",
    "新闻图说",
    "影像新闻",
];

/// Whether a title line is a photo page's label ([`PHOTO_LABELS`]), its bullets and pads left
/// out.
fn is_photo_label(line: &str) -> bool {
    let t = line.trim_matches(|c: char| is_pad(c) || matches!(c, '■' | '□' | '●' | '◆' | '▲'));
    PHOTO_LABELS.contains(&crate::text::fold::fold_cow(t).as_ref())
}

/// The most paragraphs of a photo item (as its kind is read: [`Draft::into_article`]).
pub(super) const PHOTO_ITEM_MAX_PARAGRAPHS: usize = 3;

/// Whether the run of body blocks starting at `i` ends with a photo credit: a photo item.
pub(super) fn body_ends_with_credit(blocks: &[Placed], i: usize) -> bool {
    for b in &blocks[i..] {
        match &b.block {
            Block::Text(t) if !t.title_like => continue,
            Block::Credit { caption: None, .. } | Block::Credit { credit: None, .. } => {
                return true
            }
            _ => return false,
        }
    }
    false
}
