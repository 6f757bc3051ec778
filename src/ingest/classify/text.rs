//! Lines of text into paragraphs: whether a line continues the paragraph above (a column or
//! line break inside it) or opens a block of its own, and what a text block is marked.

use super::captions::may_open_caption;
use super::{Block, Class, Context, Mark, Placed, Rule, TextBlock};
use crate::ingest::credit::{parse_credited, Credited, NAMES_LINE_MAX_CHARS};
use crate::ingest::dateline::{english_dateline, split_dateline, Dateline};
use crate::ingest::kinds::{DATELINE_MARK, NAME};
use crate::ingest::shape::{
    is_field_line, is_short_sentence, is_title_like_counted, is_unfinished, line_width,
    more_chars_than, opens_item, strip_column_label, TITLE_MAX_CHARS, WRAP_SLACK,
};
use crate::ingest::speech;
use crate::ingest::web_chrome::is_pointed;

/// Appends a text line: to the previous paragraph when it continues it (its text copied once,
/// onto the paragraph's), else as a new block.
pub(super) fn push_text(blocks: &mut Vec<Placed>, next: Piece<'_>, cx: &Context) {
    let at = blocks
        .len()
        .checked_sub(1 + usize::from(over_running_head(blocks)));
    if let Some(prev) = at.and_then(|k| blocks.get_mut(k)) {
        if let Block::Text(pt) = &mut prev.block {
            let after_row = matches!(
                prev.mark.1,
                Rule::TableRow
                    | Rule::TableUnit
                    | Rule::PageIndex
                    | Rule::SignOff
                    | Rule::ClosingSource
                    | Rule::ListItem
                    | Rule::DirectoryEntry
            );
            // A record's next field, right under its last, is said of the same record: one
            // paragraph, the fields apart by an ideographic space as a page sets them.
            if next.field && prev.mark.1 == Rule::FieldLine && prev.last + 1 == cx.no {
                pt.text.push('\u{3000}');
                pt.text.push_str(next.text);
                prev.last = cx.no;
                prev.tail = Some((Class::Body, Rule::FieldLine));
                return;
            }
            // A picture's pointed caption (`▲ 大运…总装车间`) is a line of its own.
            let after_caption = prev.mark.1 == Rule::Paragraph && is_pointed(&pt.text);
            if prev.tail.is_none()
                && !after_row
                && !after_caption
                && continues(pt, &next, cx.indent_mode)
            {
                let was_title = pt.title_like;
                pt.text.push_str(next.text);
                pt.title_like = false;
                pt.names = None;
                reread_cut_dateline(pt);
                if was_title {
                    // A short line cut mid-word is the opening of the paragraph it joins.
                    prev.mark = text_mark(pt, cx);
                }
                prev.last = cx.no;
                return;
            }
        }
    }
    let next = TextBlock {
        text: next.text.to_owned(),
        title_like: next.title_like,
        names: next.names,
        dateline: next.dateline,
        heading: None,
    };
    let mark = text_mark(&next, cx);
    blocks.push(Placed::new(Block::Text(next), cx.no, mark));
}

/// Whether the last block is a running head or foot a PDF copy prints at its page break (the
/// page's header line again, word for word, or a folio with the paper and date:
/// `-4-　　陕西日报 2025.12.23`), right under an unfinished paragraph, on a page whose header
/// was read before: the paragraph goes on under it (`…激光装备2万台` / the head / `套。`), where
/// it had been cut in two.
fn over_running_head(blocks: &[Placed]) -> bool {
    let [.., before, head] = blocks else {
        return false;
    };
    let (Block::Furniture(text), Block::Text(tb)) = (&head.block, &before.block) else {
        return false;
    };
    // A running foot differs from the page's header; a running head repeats it.
    let foot = crate::ingest::edition::opens_with_folio(text);
    head.mark.1 == Rule::PageHeader
        && !tb.title_like
        && is_unfinished(&tb.text)
        && blocks[..blocks.len() - 2].iter().any(|b| {
            b.mark.1 == Rule::PageHeader
                && matches!(&b.block, Block::Furniture(t) if foot || t == text)
        })
}

/// Reads a paragraph's dateline again when the line's end had cut its reporters' bracket
/// (`本报讯（记者 梁晓玲 通讯员 何` over `嘉欣）12月18日，…`, a hard-wrapped page) and the next
/// line has joined it: read on its first line alone, the bracket had stayed in the text and
/// its reporters had been no one.
fn reread_cut_dateline(tb: &mut TextBlock) {
    let Some(d) = &tb.dateline else {
        return;
    };
    let cut = d.reporters.is_empty()
        && tb
            .text
            .chars()
            .nth(d.body_start)
            .is_some_and(|c| matches!(c, '（' | '('));
    if let Some(again) = cut.then(|| split_dateline(&tb.text)).flatten() {
        if !again.reporters.is_empty() {
            tb.dateline = Some(again);
        }
    }
}

/// Appends an editor's note (`编者按：…`) as a paragraph of its own: it never continues the
/// paragraph above (on an indented page an unindented line would), and however short it is no
/// title. Lines after it may continue it.
pub(super) fn push_editor_note(blocks: &mut Vec<Placed>, line: &str, cx: &Context) {
    let note = TextBlock {
        text: line.to_owned(),
        title_like: false,
        names: None,
        dateline: None,
        heading: None,
    };
    blocks.push(Placed::new(
        Block::Text(note),
        cx.no,
        (Class::SummaryBox, Rule::EditorNote),
    ));
}

/// The class of a text block before assembly: title-like lines are provisionally titles.
pub(super) fn text_mark(tb: &TextBlock, cx: &Context) -> Mark {
    if tb.dateline.is_some() {
        (Class::Dateline, Rule::Dateline)
    } else if tb.title_like {
        let rule = if strip_column_label(&tb.text).1.is_some() {
            Rule::TitleColumnLabel
        } else {
            Rule::TitleGroup
        };
        (Class::Title, rule)
    } else if cx.inline {
        (Class::Body, Rule::InlineParagraph)
    } else if is_field_line(&tb.text) {
        (Class::Body, Rule::FieldLine)
    } else if opens_with_full_date(&tb.text) {
        (Class::Body, Rule::DateOpening)
    } else if is_short_sentence(&tb.text) && !more_chars_than(&tb.text, TITLE_MAX_CHARS) {
        (Class::Body, Rule::ShortSentence)
    } else {
        (Class::Body, Rule::Paragraph)
    }
}

/// `2025年6月24日，…`: a paragraph that opens with a full date.
fn opens_with_full_date(text: &str) -> bool {
    let mut head = text.chars().take(14);
    if !head
        .next()
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return false;
    }
    let (year, day) = head.fold((false, false), |(y, d), c| (y || c == '年', d || c == '日'));
    year && day
}

/// A line (or an inline paragraph) read as text, before it is known whether it continues the
/// paragraph above: it borrows the line, which is copied only into the block it ends in.
pub(super) struct Piece<'a> {
    pub(super) text: &'a str,
    pub(super) indented: bool,
    /// A blank line is right above it.
    pub(super) after_blank: bool,
    pub(super) title_like: bool,
    /// A record's field (`总投资：18.5亿元`): it opens a paragraph of its own.
    pub(super) field: bool,
    pub(super) names: Option<Vec<Credited>>,
    pub(super) dateline: Option<Dateline>,
}

impl<'a> Piece<'a> {
    /// A line as text; on a hard-wrapped page (`wrap` is its width) a line reaching the right
    /// edge is a piece of a paragraph, never a title, whatever its punctuation.
    pub(super) fn new(line: &'a str, cx: &Context) -> Self {
        let kinds = cx.kinds;
        // A line without a 讯 or 电 has no dateline, and one with a char no name holds is no
        // line of names: turned down on the kinds of chars it was read with.
        let dateline = if kinds.is_some_and(|k| !k.any(DATELINE_MARK)) {
            english_dateline(line)
        } else {
            split_dateline(line)
        };
        let at_edge = cx.at_char_edge
            || cx.wrap.is_some_and(|w| {
                cx.indent + kinds.map_or_else(|| line_width(line), |k| k.width) + WRAP_SLACK >= w
            });
        // The cheap tests first: a line at the wrap edge (most of a paragraph's) is never read
        // for a title.
        let title_like =
            dateline.is_none() && !at_edge && is_title_like_counted(line, kinds.map(|k| k.chars));
        let short = kinds.map_or_else(
            || !more_chars_than(line, NAMES_LINE_MAX_CHARS),
            |k| k.chars <= NAMES_LINE_MAX_CHARS,
        );
        // An outlet whose name opens with digits signs as others do (`21世纪经济报道记者 王晓红`).
        let outlet_digits =
            || line.as_bytes().first().is_some_and(u8::is_ascii_digit) && line.contains("记者");
        let names = if short && (kinds.is_none_or(|k| k.all(NAME)) || outlet_digits()) {
            parse_credited(line)
        } else {
            None
        };
        // A speech's speaker under its occasion line signs it (`…管委会主任　刘志刚`).
        let names = names.or_else(|| {
            cx.beside_occasion
                .then(|| speech::speaker(line))
                .flatten()
                .map(|s| vec![s])
        });
        Piece {
            text: line,
            indented: cx.indented,
            after_blank: cx.after_blank,
            title_like,
            field: dateline.is_none() && is_field_line(line),
            names,
            dateline,
        }
    }
}

/// Whether `next` continues the paragraph `prev` (a column or line break inside it).
fn continues(prev: &TextBlock, next: &Piece<'_>, indent_mode: bool) -> bool {
    if prev.names.is_some() || next.names.is_some() {
        return false;
    }
    if prev.title_like {
        // Right under it, unindented where paragraphs are indented.
        return !next.after_blank
            && (!indent_mode || !next.indented)
            && next.dateline.is_none()
            && opens_with_a_words_tail(next.text);
    }
    if next.dateline.is_some() {
        return false;
    }
    // A record's field opens a paragraph, and a title-like line under one is no part of it.
    if next.field || (next.title_like && is_field_line(&prev.text)) {
        return false;
    }
    if !next.indented && cuts_a_decimal(&prev.text, next.text) {
        return true;
    }
    if indent_mode {
        // An unindented `图为…` under a finished paragraph is a photo's caption, not the
        // paragraph's next column.
        // Nor is a speaker's turn or a numbered item (`答：…`, `2. …`). Nor, after a blank
        // line, anything under a finished paragraph (a pull quote, `附件：`): the blank ended it.
        !next.indented
            && (is_unfinished(&prev.text)
                || !next.after_blank
                    && !next.title_like
                    && !may_open_caption(next.text)
                    && !opens_item(next.text))
    } else {
        is_unfinished(&prev.text)
    }
}

/// Whether a line opens with the last char of a word cut at the line above and goes on with a
/// clause mark (`示，岳麓高新区将…` under `…副主任谢 鹏表`): an OCR'd page breaks a paragraph
/// after a short line, and the short line had read as a sub-head. A numeral or a word of reply
/// (`一，`, `对，`, `好，`) may open a line of its own.
fn opens_with_a_words_tail(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(c), Some('，' | '。' | '、' | '；'))
            if crate::lexicon::names::is_han(c) && !"一二三四五六七八九十对是好嗯哦啊喂".contains(c)
    )
}

/// Whether a line break cut a decimal number (`…总投资8.` over `6亿元，…`): the point, read as
/// a sentence's full stop, had ended the paragraph, and its two halves were two amounts.
fn cuts_a_decimal(prev: &str, next: &str) -> bool {
    let mut tail = prev.chars().rev();
    matches!(tail.next(), Some('.' | '．'))
        && tail.next().is_some_and(|c| c.is_ascii_digit())
        && next.starts_with(|c: char| c.is_ascii_digit())
        // The fraction runs into its unit (`6亿元`, `5%`), not into a name (`09_list.txt`).
        && next
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(|c: char| !c.is_ascii() || c == '%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_cut_by_a_break() {
        assert!(cuts_a_decimal("总投资8.", "6亿元，计划"));
        assert!(!cuts_a_decimal("总投资8亿元。", "6月开工"));
        assert!(!cuts_a_decimal("It opened in 2025.", "In 2026 it grew."));
        assert!(!cuts_a_decimal("总投资8.", "亿元"));
        assert!(!cuts_a_decimal("see r1.", "09_list.txt"));
    }

    #[test]
    fn a_words_tail_opens_a_line() {
        assert!(opens_with_a_words_tail("示，岳麓高新区将打造产业生态。"));
        assert!(!opens_with_a_words_tail("对，我们今年还要再建一座。"));
        assert!(!opens_with_a_words_tail("岳麓高新区将打造产业生态。"));
        assert!(!opens_with_a_words_tail("1，2"));
    }

    #[test]
    fn full_date_openings() {
        assert!(opens_with_full_date("2025年6月24日，会议召开。"));
        assert!(!opens_with_full_date("6月24日，会议召开。"));
    }
}
