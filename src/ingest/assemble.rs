//! Article assembly: classified blocks → articles, walking the page as a reader would.
//!
//! A group of short lines followed by a body is a title (kicker, main title, subtitle); a
//! dateline starts an article (unless it ends the article's summary box); names after a body are
//! its byline; short lines before a credit are a caption; one short line inside an open article
//! is a sub-head. Settling those also settles the short lines' classes (see [`super::classify`]).

use crate::lexicon::zone::ZoneIndex;
use crate::model::{Article, ArticleKind, Caption};

use super::classify::{Block, Class, Mark, Placed, Rule};
use super::credit::{split_credits, Credited};
use super::fields::Heading;
use super::labels::Label;

mod above_title;
mod captions;
mod item_date;
mod new_story;
mod pending;
mod table_lead;
mod title_group;

use new_story::{body_ends_with_credit, ends_untitled_photo, wire_title};
use title_group::{heading_of, mark_title_group, part_head_lines};

/// How many paragraphs after a summary label belong to the summary box.
const SUMMARY_MAX_PARAGRAPHS: usize = 2;

/// An article being assembled.
#[derive(Debug, Default)]
struct Draft {
    title: Vec<String>,
    /// Which of `title` is the main title ([`mark_title_group`]).
    main_title: Option<usize>,
    dateline: Option<String>,
    reporters: Vec<String>,
    reporter_roles: Vec<String>,
    paragraphs: Vec<String>,
    byline: Vec<Credited>,
    captions: Vec<Caption>,
    /// A byline or credit was seen: new body text after it likely starts something new.
    closed: bool,
    /// The article ended with a photo credit right after its body.
    credited: bool,
    /// The date printed under its title in a list of items ([`item_date`]).
    date: Option<String>,
    /// A box the dateline comes under was opened (a summary box, `核心阅读`; an editor's note
    /// under the title; a table under it) and no dateline has come since: the dateline is this
    /// article's, not a new one's.
    summary_box: bool,
    /// Summary paragraphs still expected (after `核心阅读`, before the dateline).
    summary_left: usize,
    /// The paragraphs the box holds (its own, and a summary's): past one more, the article's
    /// body has begun without a dateline, and a dateline after it opens a new story (a wire
    /// story under a feature that opened with `核心阅读` had been read into the feature, its
    /// dateline taken for the feature's).
    box_end: usize,
    /// The summary box's first paragraph sat right under its label: a box set tight ends at the
    /// blank line under it, and the paragraph after that blank is the article's body.
    summary_tight: bool,
}

impl Draft {
    /// A summary box with nothing else yet: no title, dateline, byline or photo. A page index's
    /// label (`导读`) heads the edition's contents, not the article under it, so it is none.
    fn is_lone_summary(&self) -> bool {
        self.summary_box
            && self.title.is_empty()
            && self.dateline.is_none()
            && self.byline.is_empty()
            && self.reporters.is_empty()
            && self.captions.is_empty()
            && self
                .paragraphs
                .first()
                .is_some_and(|label| !label.contains("导读") && !label.contains("導讀"))
    }

    fn is_empty(&self) -> bool {
        self.title.is_empty()
            && self.paragraphs.is_empty()
            && self.captions.is_empty()
            && self.byline.is_empty()
            && self.reporters.is_empty()
            && self.dateline.is_none()
    }

    fn into_article(self) -> Article {
        let kind = if self.dateline.is_none()
            && self.credited
            && self.paragraphs.len() <= new_story::PHOTO_ITEM_MAX_PARAGRAPHS
        {
            ArticleKind::Photo
        } else {
            ArticleKind::News
        };
        // Where the byline says its reporters filed from (`上海报道`) dates no story but is
        // where it comes from: the article's dateline when it has none.
        let filed_from = self.byline.iter().find_map(|c| c.filed_from.clone());
        let (byline, byline_credits) = split_credits(self.byline);
        Article {
            id: String::new(),
            title: self.title,
            main_title: self.main_title,
            dateline: self.dateline.or(filed_from),
            reporters: self.reporters,
            reporter_roles: self.reporter_roles,
            date: self.date,
            zone: None,
            zones: Vec::new(),
            kind,
            paragraphs: self.paragraphs,
            byline,
            byline_credits,
            captions: self.captions,
            facts: Vec::new(),
            lede: None,
        }
    }
}

/// The walk's state: finished articles, the open one, and short lines not yet placed.
struct Walk<'a> {
    blocks: &'a [Placed],
    /// The text of each text and label block, moved out of the blocks so that each goes into
    /// its article without a copy; a taken text is empty.
    texts: Vec<String>,
    marks: Vec<Mark>,
    done: Vec<Draft>,
    cur: Option<Draft>,
    /// Title-like blocks waiting for what follows them.
    pending: Vec<usize>,
    /// A date line under the pending title lines: the date of the item they title.
    pending_date: Option<String>,
    /// Names under a title (or a credit over it), waiting for the article they sign.
    pending_byline: Vec<Credited>,
    /// An editor's note over a title, waiting for the article it introduces: its first
    /// paragraphs ([`above_title`]).
    pending_note: Vec<String>,
    /// The next paragraph is the text of the editor's note held just now (`编者按` alone).
    note_text_next: bool,
    /// The page is an office's work bulletin ([`crate::ingest::bulletin::is_bulletin`]): its
    /// numbered headings (`二、…`) head reports of their own, not parts of one.
    bulletin: bool,
}

/// Walks the blocks and assembles articles; also returns each block's final class. The texts
/// of text and label blocks move into the articles: those blocks are left with empty texts.
pub(super) fn assemble(blocks: &mut [Placed]) -> (Vec<Article>, Vec<Mark>) {
    let texts = blocks
        .iter_mut()
        .map(|p| match &mut p.block {
            Block::Text(tb) => std::mem::take(&mut tb.text),
            Block::Label(_, text) => std::mem::take(text),
            _ => String::new(),
        })
        .collect();
    let blocks: &[Placed] = blocks;
    let mut w = Walk {
        blocks,
        texts,
        marks: blocks.iter().map(|p| p.mark).collect(),
        bulletin: crate::ingest::bulletin::is_bulletin(blocks),
        done: Vec::new(),
        cur: None,
        pending: Vec::new(),
        pending_date: None,
        pending_byline: Vec::new(),
        pending_note: Vec::new(),
        note_text_next: false,
    };
    for (i, placed) in blocks.iter().enumerate() {
        // Furniture between `编者按` and its paragraph leaves the paragraph the note's.
        let note_text_here = match placed.block {
            Block::Furniture(_) => false,
            _ => std::mem::take(&mut w.note_text_next),
        };
        match &placed.block {
            Block::Furniture(_) if placed.mark.1 == Rule::Separator => w.separate(),
            Block::Furniture(_) if placed.mark.1 == Rule::JumpLine => w.jump(),
            Block::Furniture(line)
                if placed.mark.1 == Rule::PageHeader && !w.pending.is_empty() =>
            {
                w.pending_date = item_date::item_date(line);
            }
            Block::Furniture(_) => {}
            Block::Text(tb) if note_text_here && w.holds_note_text(tb) => w.hold_note_text(i),
            Block::Text(_) if placed.mark.1 == Rule::EditorNote => w.editor_note(i, false),
            Block::Label(Label::EditorNote, _) => w.editor_note(i, true),
            // A byline in brackets under a title (`（记者 刘涛 通讯员 张华）`) is the byline of
            // the article that title opens, not of the one above.
            Block::Byline(names) if !w.pending.is_empty() && next_is_body(blocks, i + 1) => {
                w.pending_byline.extend(names.iter().cloned());
                w.marks[i] = (Class::Byline, Rule::AuthorUnderTitle);
            }
            Block::Byline(names) => match w.cur.as_mut() {
                Some(d) => {
                    add_to_byline(&mut d.byline, names);
                    d.closed = true;
                }
                None => w.pending_byline.extend(names.iter().cloned()),
            },
            Block::Credit { caption, credit } => w.credit(caption.as_deref(), credit.as_deref()),
            Block::ChartCredit(line) => w.chart_credit(line, i),
            Block::Label(label, _) => w.label(*label, i),
            Block::Text(tb) if tb.title_like || titles_a_dateline(blocks, i) => {
                let credit_over_title = tb.names.is_some()
                    && w.pending.is_empty()
                    && above_title::credits_next_article(blocks, w.text(i), i);
                let byline_here = tb.names.is_some()
                    && w.pending.is_empty()
                    && w.cur
                        .as_ref()
                        .is_some_and(|d| !d.paragraphs.is_empty() && !d.closed);
                // A wire story's reporters under the headline its dateline gave
                // (`新华社记者 王五` under `新华社北京12月23日电 题：…`); an outlet's credit
                // (`新华社记者`) is each reporter's role.
                let under_wire_title = w.pending.is_empty()
                    && w.cur.as_ref().is_some_and(|d| {
                        d.dateline.is_some()
                            && !d.title.is_empty()
                            && d.paragraphs.is_empty()
                            && d.reporters.is_empty()
                    });
                if credit_over_title {
                    w.pending_byline.extend(tb.names.iter().flatten().cloned());
                    w.marks[i] = (Class::Byline, Rule::CreditOverTitle);
                } else if let (true, Some(d), Some(names)) =
                    (under_wire_title, w.cur.as_mut(), &tb.names)
                {
                    d.reporters = names.iter().map(|n| n.name.clone()).collect();
                    d.reporter_roles =
                        super::dateline::reporter_roles(names.iter().map(|n| n.credit.clone()));
                    w.marks[i] = (Class::Byline, Rule::AuthorUnderTitle);
                } else if let (true, Some(d), Some(names)) =
                    (byline_here, w.cur.as_mut(), &tb.names)
                {
                    add_to_byline(&mut d.byline, names);
                    d.closed = true;
                    w.marks[i] = (Class::Byline, Rule::NamesAfterBody);
                } else if tb.names.is_some() && !w.pending.is_empty() && byline_ends(blocks, i + 1)
                {
                    w.pending_byline.extend(tb.names.iter().flatten().cloned());
                    w.marks[i] = (Class::Byline, Rule::AuthorUnderTitle);
                } else if w.leads_in_table(i) {
                    w.table_lead_in(i);
                } else {
                    w.pending.push(i);
                }
            }
            // A paragraph that says what a photo shows, over its credit: a caption line.
            Block::Text(_) if placed.mark.1 == Rule::CaptionLines => w.pending.push(i),
            Block::Text(_) => w.body(i),
        }
    }
    w.finish()
}

impl Walk<'_> {
    /// The text of a text or label block (title-like lines are text blocks).
    fn text(&self, i: usize) -> &str {
        &self.texts[i]
    }

    /// The text of a text or label block, moved out: each goes into one article.
    fn take_text(&mut self, i: usize) -> String {
        std::mem::take(&mut self.texts[i])
    }

    /// Closes the open article and opens a new one under the pending title lines.
    fn start_article(&mut self) -> &mut Draft {
        // A summary box over a title (`核心提示` and its paragraph, then the title) opens the
        // article under it, as an editor's note there does.
        let mut lead = Vec::new();
        match self.cur.take() {
            Some(d) if !self.pending.is_empty() && d.is_lone_summary() => lead = d.paragraphs,
            Some(d) => self.done.push(d),
            None => {}
        }
        let summary_box = !lead.is_empty();
        lead.append(&mut self.pending_note);
        let box_end = if summary_box { lead.len() } else { 0 };
        let mut pending = std::mem::take(&mut self.pending);
        let heads = pending.split_off(pending.len() - part_head_lines(&pending, &self.texts));
        for &i in &heads {
            self.marks[i] = (Class::SubHead, Rule::SubHead);
        }
        lead.extend(heads.iter().map(|&i| self.take_text(i)));
        let date = self.pending_date.take();
        let headings: Vec<Option<Heading>> = pending
            .iter()
            .map(|&i| heading_of(&self.blocks[i]))
            .collect();
        let main_title = mark_title_group(&mut self.marks, &pending, &self.texts, &headings);
        let title = pending.iter().map(|&i| self.take_text(i)).collect();
        self.cur.insert(Draft {
            title,
            main_title,
            byline: std::mem::take(&mut self.pending_byline),
            paragraphs: lead,
            summary_box,
            box_end,
            date,
            ..Draft::default()
        })
    }

    /// The open article, with pending short lines placed in it as sub-heads.
    fn open_with_subheads(&mut self) -> &mut Draft {
        // A labelled headline line is a title, never a sub-head: whatever comes after it (a
        // body, a box, a numbered part) opens its article.
        if self.cur.is_none() || self.pending_has_heading_label() {
            return self.start_article();
        }
        let pending = std::mem::take(&mut self.pending);
        // A date under a sub-head dates no item.
        self.pending_date = None;
        for &i in &pending {
            self.marks[i] = (Class::SubHead, Rule::SubHead);
        }
        let texts: Vec<String> = pending.iter().map(|&i| self.take_text(i)).collect();
        let note = std::mem::take(&mut self.pending_note);
        let d = self.cur.get_or_insert_with(Draft::default);
        // A held note that no title followed stays where it was printed.
        d.paragraphs.extend(note);
        d.paragraphs.extend(texts);
        d
    }

    /// A label line: summary box, box, numbered part or author's note.
    fn label(&mut self, label: Label, i: usize) {
        let text = self.take_text(i);
        // A summary box always opens an article: the lines above it are its title.
        let new_article = match label {
            Label::Summary => self.cur.is_none() || !self.pending.is_empty(),
            Label::Part => {
                self.cur.is_none() || (!self.pending.is_empty() && self.pending_starts_article())
            }
            // An editor's note is [`Walk::editor_note`]'s, never here.
            Label::Box | Label::AuthorNote | Label::EditorNote => false,
        };
        let d = if new_article {
            self.start_article()
        } else {
            self.open_with_subheads()
        };
        d.paragraphs.push(text);
        match label {
            Label::Summary => {
                d.summary_box = true;
                d.summary_left = SUMMARY_MAX_PARAGRAPHS;
                d.box_end = d.paragraphs.len();
            }
            // A box may follow the byline: what comes next is still this article's.
            Label::Box => d.closed = false,
            Label::AuthorNote => d.closed = true,
            Label::Part | Label::EditorNote => {}
        }
    }

    /// Whether the pending short lines title a new article rather than head a part of the open
    /// one: the open one is finished or has no body yet, there are several lines, an author
    /// stands under them ([`Walk::titled_by_author`]) or an editor's note over them.
    fn pending_starts_article(&self) -> bool {
        self.titled_by_author()
            || self.noted()
            || self
                .cur
                .as_ref()
                .is_none_or(|d| d.closed || d.paragraphs.is_empty() || self.pending.len() >= 2)
    }

    /// Whether the pending short lines have an author's line under them (`本报评论员`): a
    /// title, never a sub-head of the open article, which would leave the author an article
    /// of its own with no title.
    fn titled_by_author(&self) -> bool {
        !self.pending.is_empty() && !self.pending_byline.is_empty()
    }

    /// A body block: it continues the open article or starts a new one.
    fn body(&mut self, i: usize) {
        let blocks = self.blocks;
        let Block::Text(tb) = &blocks[i].block else {
            return;
        };
        let ends_summary = tb.dateline.is_some()
            && self.pending.is_empty()
            && self.cur.as_ref().is_some_and(|d| {
                d.dateline.is_none() && d.summary_box && d.paragraphs.len() <= d.box_end + 1
            });
        let starts_article = !ends_summary
            && (tb.dateline.is_some()
                || match &self.cur {
                    None => true,
                    Some(d) => {
                        !self.pending.is_empty()
                            && !self.pending_numbers_table(i)
                            && (self.pending_is_bulletin_report() || !self.pending_is_next_part())
                            && (d.closed
                                || self.pending_is_bulletin_report()
                                // An index's label (`本版导读`) heads the index.
                                || blocks[i].mark.1 == Rule::PageIndex
                                || self.pending_is_briefs_head()
                                || self.titled_by_author()
                                || self.noted()
                                || self.pending_has_column_label()
                                || self.pending.len() >= 2
                                || !ZoneIndex::default().find(&self.pending_text()).is_empty()
                                || body_ends_with_credit(self.blocks, i)
                                || self.dated_under_pending(i))
                            || (self.pending.is_empty() && ends_untitled_photo(d))
                    }
                });
        let may_summarise = !starts_article && tb.dateline.is_none() && self.pending.is_empty();
        if may_summarise {
            if let Some(d) = self.cur.as_mut().filter(|d| d.summary_left > 0) {
                let gap = i > 0 && blocks[i].first > blocks[i - 1].last + 1;
                if d.summary_left == SUMMARY_MAX_PARAGRAPHS {
                    d.summary_tight = !gap;
                } else if gap && d.summary_tight {
                    d.summary_left = 0;
                }
            }
        }
        let in_summary = may_summarise && self.cur.as_ref().is_some_and(|d| d.summary_left > 0);
        if in_summary {
            self.marks[i] = (Class::SummaryBox, Rule::SummaryParagraph);
        }
        let d = if starts_article {
            self.start_article()
        } else {
            self.open_with_subheads()
        };
        let dateline_here = tb.dateline.as_ref().filter(|_| d.dateline.is_none());
        if let Some(dl) = dateline_here {
            d.dateline = Some(dl.marker.clone());
            d.reporters.clone_from(&dl.reporters);
            d.reporter_roles.clone_from(&dl.reporter_roles);
            d.summary_box = false;
            d.summary_left = 0;
        }
        let mut body = std::mem::take(&mut self.texts[i]);
        if let Some(dl) = dateline_here {
            body.drain(..char_offset(&body, dl.body_start));
        }
        let d = self.cur.get_or_insert_with(Draft::default);
        if in_summary {
            d.summary_left -= 1;
        }
        let wire_title = dateline_here
            .filter(|_| d.title.is_empty() && d.paragraphs.is_empty())
            .and_then(|_| wire_title(&body));
        if let Some(title) = wire_title {
            d.title.push(title.to_owned());
        } else if !body.is_empty() {
            d.paragraphs.push(body);
        }
        // A summary's paragraphs, and the rows of a table under a title, are the box's. A
        // table that opens its article under the title is a box of its own: a dateline under
        // it is the article's, where it had opened one with no title.
        let of_table = matches!(blocks[i].mark.1, Rule::TableRow | Rule::TableUnit);
        if of_table && starts_article && d.dateline.is_none() && d.paragraphs.len() == 1 {
            d.summary_box = true;
        }
        let row_of_box = of_table && d.summary_box && d.box_end + 1 == d.paragraphs.len();
        if in_summary || row_of_box {
            d.box_end = d.paragraphs.len();
        }
        // A notice's issuer and date close it, as a byline closes an article; so does a wire
        // story's source under it.
        if matches!(blocks[i].mark.1, Rule::SignOff | Rule::ClosingSource) {
            d.closed = true;
        }
        // The date a notice is signed on is its own, as a listed item's date line is.
        if blocks[i].mark.1 == Rule::SignOff && d.date.is_none() {
            // Only a short line ending as a date ends (`2025年4月18日`, `2025-04-18`) is read
            // as one: most of a sign-off's lines are names and numbers.
            d.date = d
                .paragraphs
                .last()
                .filter(|p| {
                    p.len() <= SIGN_OFF_DATE_MAX_BYTES
                        && p.ends_with(|c: char| c == '日' || c.is_ascii_digit())
                })
                .and_then(|p| item_date::item_date(p));
        }
    }

    /// Short lines with no body after them become a title-only article rather than be lost.
    fn place_trailing_titles(&mut self) {
        if !self.pending.is_empty() {
            let pending = self.pending.clone();
            self.start_article();
            for i in pending {
                // A labelled line keeps the rule that read its label.
                if self.marks[i].1 != Rule::HeadingLabel {
                    self.marks[i].1 = Rule::TrailingTitle;
                }
            }
        } else if !self.pending_byline.is_empty() || !self.pending_note.is_empty() {
            self.start_article();
        }
    }

    /// A rule line between articles (`————`, `＊＊＊`): what is open ends there, and nothing
    /// after it joins what is above it.
    fn separate(&mut self) {
        self.place_trailing_titles();
        self.done.extend(self.cur.take());
    }

    /// A jump line (`（上接第一版）`, `（下转第六版）`) under an article's text: that article goes on
    /// on another page, or what follows came from one, so nothing after the line joins the
    /// article above. Under a title or a byline still waiting for its text, the line is where
    /// that article's text resumes, and changes nothing.
    fn jump(&mut self) {
        let has_text = self.cur.as_ref().is_some_and(|d| !d.paragraphs.is_empty());
        if self.pending.is_empty() && has_text {
            self.separate();
        }
    }

    fn finish(mut self) -> (Vec<Article>, Vec<Mark>) {
        self.place_trailing_titles();
        self.done.extend(self.cur.take());
        let articles = self
            .done
            .into_iter()
            .filter(|d| !d.is_empty())
            .map(Draft::into_article)
            .collect();
        (articles, self.marks)
    }
}

/// Longest sign-off date line read for the notice's date, in bytes (`2025年12月15日` is 17).
const SIGN_OFF_DATE_MAX_BYTES: usize = 40;

/// The byte offset of the `k`th char of a text (its length past its end).
fn char_offset(text: &str, k: usize) -> usize {
    text.char_indices().nth(k).map_or(text.len(), |(b, _)| b)
}

/// Whether the block at `i` starts a body (rather than more title lines); a numbered part or a
/// summary box may come between.
fn next_is_body(blocks: &[Placed], i: usize) -> bool {
    blocks
        .get(i..)
        .into_iter()
        .flatten()
        .find(|b| !matches!(b.block, Block::Furniture(_)))
        .is_some_and(|b| match &b.block {
            Block::Text(t) => !t.title_like,
            // An interview's box on its guest may stand between the byline and the text.
            Block::Label(l, _) => matches!(
                l,
                Label::Part | Label::Summary | Label::EditorNote | Label::Box
            ),
            _ => false,
        })
}

/// Whether a byline under a title ends at block `i`: the body follows, or one more line of
/// names and then the body (`◎本报记者 韩荣` over `实习记者 李丽`, as a paper prints a byline of
/// two ranks).
fn byline_ends(blocks: &[Placed], i: usize) -> bool {
    let next = (i..blocks.len()).find(|&k| !matches!(blocks[k].block, Block::Furniture(_)));
    match next.map(|k| (k, &blocks[k].block)) {
        Some((k, Block::Text(t))) if t.title_like && t.names.is_some() => {
            next_is_body(blocks, k + 1)
        }
        _ => next_is_body(blocks, i),
    }
}

/// A short sentence (`奋斗吧，青年！`) right above a dateline is that article's title.
fn titles_a_dateline(blocks: &[Placed], i: usize) -> bool {
    blocks[i].mark.1 == Rule::ShortSentence
        && blocks
            .get(i + 1..)
            .into_iter()
            .flatten()
            .find(|b| !matches!(b.block, Block::Furniture(_)))
            .is_some_and(|b| matches!(&b.block, Block::Text(t) if t.dateline.is_some()))
}

/// Adds a closing byline's names to the article's: a reporter already credited under the title
/// (`钱江晚报·小时新闻记者　黄　云`) who signs again at the end (`记者　黄　云　文/摄`) is one
/// author, kept with the credit the title's byline gave.
fn add_to_byline(byline: &mut Vec<Credited>, names: &[Credited]) {
    for n in names {
        if !byline.iter().any(|b| b.name == n.name) {
            byline.push(n.clone());
        }
    }
}
