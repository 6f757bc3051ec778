//! Line classification: every line of a page gets a [`Class`] and the [`Rule`] that decided it.
//!
//! This pass reads lines by their shape and their neighbours and turns them into blocks
//! (paragraphs rejoined across column breaks, credits, bylines, labels, furniture); the assembly
//! pass ([`super::assemble`]) settles what the short title-like lines are (title, kicker,
//! subtitle, sub-head, caption) from what follows them. `dubao dump --explain` prints the result.
//!
//! Every convention the parser knows is one named [`Rule`]: the table of them, with what each
//! matches, is in [`marks`]'s module docs (`dubao dump --explain` names them).
//!
//! Nothing a page says is lost: furniture is only a header, footer, page credit, end mark or a
//! website's chrome, and every other line lands in an article (title, paragraph, caption,
//! byline, dateline).

use super::chart::is_chart_credit;
use super::credit::{
    closing_credit, credits_a_body, is_photo_source, parse_credit, parse_names, wrote_and_shot,
    Credited,
};
use super::dateline::{self, Dateline};
use super::directory;
use super::fields::Heading;
use super::furniture;
use super::inline::next_inline_paragraph;
use super::kinds::{Kinds, DEGREE, NAVIGATION, SHOT};
use super::labels::{label_line, may_be_label_line, opens_with_editor_note, Label};
use super::page_index;
use super::run_in;
use super::shape::{
    in_round_brackets, is_column_label, is_title_like, more_chars_than, trim_pad, Line,
    TITLE_MAX_CHARS,
};
use super::sign_off;
use super::speech;
use super::web_chrome;

mod captions;
mod labelled;
mod lists;
mod marks;
mod masthead;
mod page_layout;
mod page_number;
mod push;
mod separator;
mod tables;
mod text;
mod trailers;
mod weather;
use captions::{looks_like_caption, mark_caption_above};
pub(super) use labelled::heading_class;
use labelled::{labelled_field, push_labelled_body, Labelled};
use lists::ListLine;
pub use marks::{Class, Mark, Rule};
use masthead::{mark_letterhead, mark_masthead, mark_outlet_over};
pub(super) use page_layout::PageLayout;
pub(super) use page_number::number_in_dashes;
use push::{
    push_caption_alone, push_furniture, push_original_title, push_own_paragraph, push_run_in,
};
use separator::is_separator;
use text::{push_editor_note, push_text, text_mark, Piece};
pub(super) use trailers::has_trailing_byline;
use trailers::split_trailers;

/// A rejoined run of text lines.
#[derive(Debug, Clone)]
pub(super) struct TextBlock {
    pub(super) text: String,
    pub(super) title_like: bool,
    /// Present when the block is a line of names only (a byline, or a title that looks like one).
    pub(super) names: Option<Vec<Credited>>,
    /// Present when the block starts with a dateline: it starts an article.
    pub(super) dateline: Option<Dateline>,
    /// Present when a label named the line's role in the headline (`引题：…`).
    pub(super) heading: Option<Heading>,
}

#[derive(Debug, Clone)]
pub(super) enum Block {
    Text(TextBlock),
    Label(Label, String),
    /// A photo's credit (`张三摄`), with caption text on its line; or, with no credit, a
    /// photo's source line that names no photographer (`（资料图片）`), held as its caption.
    Credit {
        caption: Option<String>,
        credit: Option<String>,
    },
    Byline(Vec<Credited>),
    /// A chart's source and maker (`数据来源：国家统计局　制图：张芳`), as printed.
    ChartCredit(String),
    /// Page header, footer or page credit (the line as printed): belongs to no article.
    Furniture(String),
}

/// A block with the lines it came from and its class so far.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub(super) block: Block,
    /// First and last input line (0-based) of the block.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) mark: Mark,
    /// What the block's later lines are, when not a column break of it (a column label line, a
    /// list item's details).
    pub(super) tail: Option<Mark>,
}

impl Placed {
    pub(super) fn new(block: Block, line: usize, mark: Mark) -> Self {
        Placed {
            block,
            first: line,
            last: line,
            mark,
            tail: None,
        }
    }
}

/// Lines → classified blocks, rejoining paragraphs broken at column ends.
pub(super) fn classify(lines: &[Line<'_>]) -> Vec<Placed> {
    classify_in(lines, PageLayout::of(lines))
}

/// [`classify`] by a layout read elsewhere ([`PageLayout::of_or`]).
pub(super) fn classify_in(lines: &[Line<'_>], layout: PageLayout) -> Vec<Placed> {
    let PageLayout {
        indent_mode,
        wrap,
        wrap_chars,
    } = layout;
    // About a block a line: made once at that size rather than grown and copied.
    let mut blocks: Vec<Placed> = Vec::with_capacity(lines.len());
    let mut link_list = false;
    // Where the page's last line that no list of links holds is, once a link-list label asks:
    // every later label is answered from it, so a page of labels is read once, not once each.
    let mut last_prose: Option<Option<usize>> = None;
    let mut list = lists::ListRun::default();
    for (no, this) in lines.iter().enumerate() {
        let line = this.text;
        if line.is_empty() {
            continue;
        }
        let chrome = web_chrome::chrome_words(line, this.kinds.chars);
        if let Some(words) = chrome.as_deref().filter(|_| !link_list) {
            if web_chrome::is_link_list_label(words) {
                let prose = *last_prose.get_or_insert_with(|| {
                    lines.iter().rposition(|l| {
                        !web_chrome::is_link_like(l.text)
                            && !web_chrome::is_site_footer(l.text, l.kinds.chars)
                    })
                });
                let links_after = lines[no + 1..].iter().any(|l| !l.text.is_empty());
                link_list = prose.is_none_or(|p| p < no) && links_after;
            }
        }
        if chrome.as_deref().is_some_and(web_chrome::is_release_label) {
            mark_letterhead(&mut blocks, lines);
        }
        if link_list
            || chrome.as_deref().is_some_and(web_chrome::is_button)
            || web_chrome::is_end_mark(line)
            || web_chrome::is_notice(line)
            || (this.kinds.may_hold(NAVIGATION)
                && web_chrome::is_navigation(line, this.kinds.chars))
            || (web_chrome::is_counter(line) && blocks.last().is_some_and(is_web_chrome))
            || web_chrome::is_follow_line(
                line,
                this.kinds.chars,
                blocks.last().is_some_and(is_web_chrome),
            )
        {
            push_furniture(&mut blocks, line, no, Rule::WebChrome);
            continue;
        }
        // A pointed line under a picture's place is its caption: a paragraph of the post.
        if web_chrome::is_pointed(line) && blocks.last().is_some_and(is_placeholder) {
            push_own_paragraph(&mut blocks, line, no, Rule::Paragraph);
            continue;
        }
        if is_separator(line) {
            push_furniture(&mut blocks, line, no, Rule::Separator);
            continue;
        }
        if page_number::is_page_number(lines, no) {
            push_furniture(&mut blocks, line, no, Rule::PageFooter);
            continue;
        }
        if captions::under_shooters_byline(lines, no) {
            push_caption_alone(&mut blocks, line, no);
            continue;
        }
        // A forecast holds `℃`, a forecaster's line stands in round brackets.
        if (this.kinds.may_hold(DEGREE) || line.starts_with(['（', '(']))
            && weather::is_weather_line(line, this.kinds.chars)
        {
            push_own_paragraph(&mut blocks, line, no, Rule::WeatherLine);
            continue;
        }
        if let Some(title) = opening_original_title(&blocks, lines, line) {
            push_original_title(&mut blocks, title, no);
            continue;
        }
        if may_close_source(line) && dateline::is_closing_source(line) {
            push_own_paragraph(&mut blocks, line, no, Rule::ClosingSource);
            continue;
        }
        if directory::is_entry(lines, no) {
            push_own_paragraph(&mut blocks, line, no, Rule::DirectoryEntry);
            continue;
        }
        if joins_directory_entry(&mut blocks, line, no) {
            continue;
        }
        if sign_off::in_sign_off(lines, no)
            || sign_off::is_contact_line(line)
            || sign_off::is_attachment(line, this.kinds.chars)
            || lists_attachments(&blocks, line)
            || answers_contact_label(&blocks, line)
        {
            push_own_paragraph(&mut blocks, line, no, Rule::SignOff);
            continue;
        }
        if let Some(rule) = furniture::furniture_of(line, &this.kinds) {
            if rule == Rule::PageHeader {
                mark_outlet_over(&mut blocks, lines, line);
            }
            push_furniture(&mut blocks, line, no, rule);
            continue;
        }
        // After the footers: `新闻热线：…` and `声明：…转载请注明出处` are a paper's too.
        if web_chrome::is_outlet_line(line, this.kinds.chars)
            || web_chrome::is_site_footer(line, this.kinds.chars)
        {
            push_furniture(&mut blocks, line, no, Rule::WebChrome);
            continue;
        }
        if credits_a_body(line) {
            push_furniture(&mut blocks, line, no, Rule::PageCredit);
            continue;
        }
        if let Some(row) = tables::table_row(lines, no) {
            push_own_paragraph(&mut blocks, &row, no, Rule::TableRow);
            continue;
        }
        if tables::states_units(lines, no) {
            push_own_paragraph(&mut blocks, line, no, Rule::TableUnit);
            continue;
        }
        if page_index::in_index(lines, no) {
            push_own_paragraph(&mut blocks, line, no, Rule::PageIndex);
            continue;
        }
        match list.takes(lines, no, &blocks) {
            Some(ListLine::Detail) if lists::push_detail(&mut blocks, line, no) => continue,
            Some(_) => {
                push_own_paragraph(&mut blocks, line, no, Rule::ListItem);
                continue;
            }
            None => {}
        }
        if let Some((title, text)) = run_in::run_in_title(lines, no) {
            push_run_in(&mut blocks, title, text, no, layout);
            continue;
        }
        let (mut rest, mut body_label) = match labelled_field(&mut blocks, line, no) {
            Labelled::No => (line, false),
            Labelled::Placed => continue,
            Labelled::Body(text) => (text, true),
        };
        let mut inline = false;
        while !rest.is_empty() {
            // Paragraphs run into one line are set apart by `　　`: a line without an ideographic
            // space (most) is one piece, and is not searched for one again.
            let (piece, after) = if this.gaps.ideographic {
                next_inline_paragraph(rest)
            } else {
                (rest, "")
            };
            let cx = Context {
                no,
                indented: this.indented || inline,
                inline,
                // The first piece, when it is the whole line, was read with it.
                kinds: (!inline && piece.len() == line.len()).then_some(this.kinds),
                indent: if inline { 0 } else { this.indent },
                wrap,
                at_char_edge: !inline && wrap_chars.is_some_and(|n| this.reach_chars() >= n),
                indent_mode,
                after_indented: blocks
                    .last()
                    .is_some_and(|b| lines.get(b.first).is_some_and(|l| l.indented)),
                // Only a short line can be a speaker's: most are turned down on their length.
                beside_occasion: !inline
                    && this.kinds.chars <= speech::SPEAKER_MAX_CHARS
                    && speech::beside_occasion(lines, no),
                after_blank: !inline
                    && no
                        .checked_sub(1)
                        .and_then(|k| lines.get(k))
                        .is_some_and(|l| l.text.is_empty()),
            };
            if std::mem::take(&mut body_label) {
                push_labelled_body(&mut blocks, piece, &cx);
            } else {
                classify_piece(&mut blocks, piece, &cx);
            }
            rest = after;
            inline = true;
        }
    }
    mark_masthead(&mut blocks, lines);
    super::bulletin::mark_masthead(&mut blocks, lines);
    split_trailers(blocks)
}

/// The title after `原标题：` on a line no text precedes on the page (only furniture: an app's
/// masthead and date line): copy taken from a news app prints its original title so, and no
/// title of its own. Under a story, the line closes it ([`dateline::is_closing_source`]).
fn opening_original_title<'a>(
    blocks: &[Placed],
    lines: &[Line<'_>],
    line: &'a str,
) -> Option<&'a str> {
    if !line.starts_with("原") {
        return None;
    }
    let furniture = |b: &Placed| matches!(b.block, Block::Furniture(_));
    // The masthead is marked once the page is read: here it is still a title line, over the
    // date line.
    let masthead = |b: &Placed, header: &Placed| {
        let text = |p: &Placed| lines.get(p.first).map(|l| l.text);
        header.mark == (Class::Furniture, Rule::PageHeader)
            && b.first == b.last
            && text(b)
                .zip(text(header))
                .is_some_and(|(l, h)| super::edition::masthead_over(l, h).is_some())
    };
    let above_ok = match blocks {
        [first, second, rest @ ..] if !furniture(first) => {
            masthead(first, second) && rest.iter().all(furniture)
        }
        _ => blocks.iter().all(furniture),
    };
    above_ok.then(|| dateline::original_title(line)).flatten()
}

/// Whether a line may be a closing source ([`dateline::is_closing_source`]), told from its
/// first and last chars: each such line is `原标题：…` or stands in round brackets. Asked of
/// every line, which most are turned down on.
fn may_close_source(line: &str) -> bool {
    let b = line.as_bytes();
    match (b.first(), b.last()) {
        // `原`'s lead byte, or `（` (EF BC 88) and `）` (EF BC 89) or their ASCII forms.
        (Some(0xE5), _) => line.starts_with('原'),
        (Some(0xEF | b'('), Some(0x89 | b')')) => true,
        _ => false,
    }
}

/// Whether a line lists a notice's attachments (`附件：1.…`, then `2.…` under it): the notice's
/// closing paragraphs, not its title lines.
fn lists_attachments(blocks: &[Placed], line: &str) -> bool {
    if line.starts_with('附') {
        return sign_off::lists_attachments(line, false);
    }
    // Asked of every line: only one opening with a digit can go on a list.
    line.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && blocks.last().is_some_and(|b| {
            b.mark.1 == Rule::SignOff
                && matches!(&b.block, Block::Text(tb) if sign_off::lists_attachments(&tb.text, false) || tb.text.as_bytes().first().is_some_and(u8::is_ascii_digit))
        })
        && sign_off::lists_attachments(line, true)
}

/// Whether a line is the value of a contact label alone in the block above (`媒体联系人：`
/// over `王晓雯`): a contact line too, not a byline.
fn answers_contact_label(blocks: &[Placed], line: &str) -> bool {
    blocks.last().is_some_and(|b| {
        b.mark.1 == Rule::SignOff
            && matches!(&b.block, Block::Text(tb) if sign_off::answers_contact_label(&tb.text, line))
    })
}

/// Whether a block is a picture's place in copied text (`[图片]`).
fn is_placeholder(b: &Placed) -> bool {
    is_web_chrome(b)
        && matches!(&b.block, Block::Furniture(line) if web_chrome::chrome_words(line, line.chars().count()).is_some_and(|w| web_chrome::is_placeholder(&w)))
}

/// Whether a block is a site's or an app's chrome.
fn is_web_chrome(b: &Placed) -> bool {
    b.mark == (Class::Furniture, Rule::WebChrome)
}

/// A contact line right under a directory's entry (`地址：…` under `…有限公司`, or under its
/// contact line before) is the entry's: joined to it by an ideographic space, as a record's
/// fields are. As a notice's contact lines they had closed the article at each entry.
fn joins_directory_entry(blocks: &mut [Placed], line: &str, no: usize) -> bool {
    let Some(prev) = blocks.last_mut() else {
        return false;
    };
    // The last block's mark first: asked of every line, nearly all are turned down on it
    // before the line is read as a contact.
    if prev.mark.1 != Rule::DirectoryEntry
        || prev.last + 1 != no
        || !sign_off::is_contact_line(line)
    {
        return false;
    }
    let Block::Text(entry) = &mut prev.block else {
        return false;
    };
    entry.text.push('\u{3000}');
    entry.text.push_str(trim_pad(line));
    prev.last = no;
    prev.tail = Some((Class::Body, Rule::DirectoryEntry));
    true
}

/// Where a piece of a line sits and how the page is laid out.
struct Context {
    no: usize,
    indented: bool,
    /// The piece follows `　　` inside its line.
    inline: bool,
    /// The piece's width, length and kinds of chars, when it is the whole line (read with it).
    kinds: Option<Kinds>,
    /// Columns of the line's indent before the piece (none for a piece inside the line).
    indent: usize,
    wrap: Option<usize>,
    /// The line holds the count of chars its page was wrapped at ([`PageLayout::wrap_chars`]).
    at_char_edge: bool,
    indent_mode: bool,
    /// The block before the piece opens with an indented line.
    after_indented: bool,
    /// The line is right beside a speech's occasion line (`——…在…会议上`): a post and a name
    /// on it are the speaker's ([`speech`]).
    beside_occasion: bool,
    /// A blank line is right above the piece's line.
    after_blank: bool,
}

/// Classifies one paragraph's worth of a line and appends it to the blocks.
fn classify_piece(blocks: &mut Vec<Placed>, line: &str, cx: &Context) {
    let no = cx.no;
    let chars = cx.kinds.map(|k| k.chars);
    if let Some((label, rule)) = may_be_label_line(line, chars)
        .then(|| label_line(line))
        .flatten()
    {
        let class = match label {
            Label::Summary | Label::EditorNote => Class::SummaryBox,
            Label::AuthorNote => Class::Byline,
            Label::Box | Label::Part => Class::SubHead,
        };
        blocks.push(Placed::new(
            Block::Label(label, line.to_owned()),
            no,
            (class, rule),
        ));
        return;
    }
    if opens_with_editor_note(line) {
        push_editor_note(blocks, line, cx);
        return;
    }
    if is_chart_credit(line) {
        blocks.push(Placed::new(
            Block::ChartCredit(line.to_owned()),
            no,
            (Class::Caption, Rule::ChartCredit),
        ));
        return;
    }
    if let Some(names) = closing_credit(line) {
        blocks.push(Placed::new(
            Block::Byline(names),
            no,
            (Class::Byline, Rule::ClosingCredit),
        ));
        return;
    }
    if let Some(prev) = column_label_target(blocks, line) {
        prev.last = no;
        prev.tail = Some((Class::ColumnLabel, Rule::ColumnLabelLine));
        if let Block::Text(tb) = &mut prev.block {
            tb.text.push_str(line);
        }
        return;
    }
    // A reporter who wrote the text and shot the photos (`晚报记者 郝杰 文/摄`) signs a byline.
    // A credit holds 摄: a line whose kinds were read whole and hold none is turned down unread.
    let may_credit = cx.kinds.is_none_or(|k| k.may_hold(SHOT));
    let credit = may_credit
        .then(|| parse_credit(line))
        .flatten()
        .filter(|(caption, _)| caption.is_some() || !wrote_and_shot(line))
        .map(|(caption, credit)| (caption, Some(credit)));
    // A photo's source that credits no one (`（资料图片）`, `（新华社发）`) ends the photo as a
    // credit does; the line is kept as printed, as the photo's caption, and names no one.
    let credit = credit.or_else(|| {
        (is_photo_source(line) || captions::caption_with_source(line)).then_some((None, None))
    });
    match credit {
        Some((None, None)) => {
            mark_caption_above(blocks);
            push_caption_alone(blocks, line, no);
        }
        // A long "caption" before a credit, or a sentence right after body text, is the
        // body of a photo item or an article's last paragraph; but on a page whose paragraphs
        // are indented, a line set flush with its credit under an indented paragraph is a
        // photo's caption, however long.
        Some((Some(caption), credit))
            if !looks_like_caption(line, &caption)
                && !flush_under_indented(cx)
                && (more_chars_than(&caption, TITLE_MAX_CHARS)
                    || (!is_title_like(&caption) && follows_body(blocks))) =>
        {
            push_text(blocks, Piece::new(&caption, cx), cx);
            blocks.push(Placed::new(
                Block::Credit {
                    caption: None,
                    credit,
                },
                no,
                (Class::PhotoCredit, Rule::PhotoCredit),
            ));
        }
        Some((caption, credit)) => {
            if caption.is_none() {
                mark_caption_above(blocks);
            }
            let mark = if caption.is_some() {
                (Class::Caption, Rule::CaptionWithCredit)
            } else {
                (Class::PhotoCredit, Rule::PhotoCredit)
            };
            blocks.push(Placed::new(Block::Credit { caption, credit }, no, mark));
        }
        None => push_text(blocks, Piece::new(line, cx), cx),
    }
}

/// Whether the piece is set flush under an indented paragraph of a page whose paragraphs are
/// indented: set apart as a photo's caption is.
fn flush_under_indented(cx: &Context) -> bool {
    cx.indent_mode && !cx.indented && cx.after_indented
}

/// The title block a column label line (`（经济聚焦）` alone) belongs to: the title-like line
/// right above it.
fn column_label_target<'a>(blocks: &'a mut [Placed], line: &str) -> Option<&'a mut Placed> {
    let inner = in_round_brackets(line)?;
    if !is_column_label(inner) || parse_names(line).is_some() {
        return None;
    }
    let prev = blocks.last_mut()?;
    match &prev.block {
        Block::Text(tb) if tb.title_like && tb.names.is_none() && prev.tail.is_none() => Some(prev),
        _ => None,
    }
}

/// Whether the last block is body text (not a title-like line or a byline).
fn follows_body(blocks: &[Placed]) -> bool {
    matches!(blocks.last(), Some(Placed { block: Block::Text(t), .. }) if !t.title_like && t.names.is_none())
}
