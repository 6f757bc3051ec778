//! Lines printed above a title that belong to the article under it, not to the one above: a
//! text-and-photo credit (`文/图 张三`) that some papers print over the headline, and an
//! editor's note (`编者按：…本报今起推出“走进经开区”系列报道。`) over a series label and the
//! title. The walk holds such a line until the article it belongs to starts: the credit as the
//! article's byline, the note as its first paragraphs.

use super::{next_is_body, Walk};
use crate::ingest::classify::{Block, Class, Placed, Rule, TextBlock};
use crate::ingest::credit::{is_bullet, is_name_sep};
use crate::ingest::shape::is_pad;

/// Whether the line of names at `i` (its text `line`) is the credit of the article under it
/// (rule `credit-over-title`) rather than the byline of the article above.
///
/// A paper that signs its articles at the end prints `文/图 张三` right under the last
/// paragraph, or apart from the next title; one that prints the credit over the headline sets
/// it apart from the article above and right on top of the title it belongs to. So the credit
/// is the next article's when all of these hold:
/// - it names its role as text or photo by (`文/图`, `图/文`, `文 张三 图 李四`,
///   [`opens_with_text_or_photo_role`]): a bare line of names (`陈勤 田浩东`) is how an article
///   is signed at its end, and stays the byline of the article above;
/// - a blank line (or page furniture, or nothing) is above it;
/// - a title line follows on the very next line, with no blank line between;
/// - the title group under it is followed by a body (a dateline, a paragraph, a summary box).
///
/// A credit with a blank line on both sides, or none on either, is read as it was: it closes
/// the article above.
pub(super) fn credits_next_article(blocks: &[Placed], line: &str, i: usize) -> bool {
    if !opens_with_text_or_photo_role(line) {
        return false;
    }
    let Some(this) = blocks.get(i) else {
        return false;
    };
    let apart_above = match i.checked_sub(1).and_then(|k| blocks.get(k)) {
        None => true,
        Some(above) => matches!(above.block, Block::Furniture(_)) || above.last + 1 < this.first,
    };
    let title_right_under = blocks
        .get(i + 1)
        .is_some_and(|next| next.first == this.last + 1 && is_title_line(next));
    if !apart_above || !title_right_under {
        return false;
    }
    let after_titles = blocks
        .iter()
        .skip(i + 1)
        .position(|b| !is_title_line(b))
        .map_or(blocks.len(), |k| i + 1 + k);
    next_is_body(blocks, after_titles)
}

/// A line of a title group: title-like, neither names nor a dateline.
fn is_title_line(p: &Placed) -> bool {
    matches!(&p.block, Block::Text(t) if t.title_like && t.names.is_none() && t.dateline.is_none())
}

/// Whether a line of names opens with the role `文` (text by), `图` (photo by) or both
/// (`文/图`, `图文`, `文　张三　图　李四`): the credit of a reported piece with its photos.
///
/// Only the first token is looked at, and only when its first char is one of the roles: a name
/// that opens with the surname 文 (`文欣`) is a token of more than the roles' chars and fails.
fn opens_with_text_or_photo_role(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| is_pad(c) || is_bullet(c));
    if !t.starts_with(['文', '图', '圖']) {
        return false;
    }
    let first = t.split(is_name_sep).next().unwrap_or(t);
    let mut n = 0;
    first.chars().all(|c| {
        n += 1;
        matches!(c, '文' | '图' | '圖')
    }) && n <= 2
}

impl Walk<'_> {
    /// An editor's note: `编者按：…` at `i`, or `编者按` alone (`alone`) with its text in the
    /// next paragraph.
    ///
    /// A note introduces the article it stands with, never the one above it. Under a title (title
    /// lines pending) it opens that title's article as a summary box (`核心阅读`) does: its first
    /// paragraph, and a dateline after it stays in the article. Over a title it is held and
    /// becomes the first paragraph of the next article that starts; held, it makes the title
    /// under it a new article's, never a sub-head of the article above. A summary box, not an
    /// article of its own with no title, which is what the note had been read as.
    pub(super) fn editor_note(&mut self, i: usize, alone: bool) {
        let text = self.take_text(i);
        if self.pending.is_empty() {
            self.pending_note.push(text);
            self.note_text_next = alone;
            return;
        }
        let d = self.start_article();
        d.paragraphs.push(text);
        d.summary_box = true;
        d.summary_left = usize::from(alone);
        d.box_end = d.paragraphs.len();
    }

    /// Whether a text block right after a held `编者按` alone is the note's text: a paragraph (not
    /// a title line, not a dateline), with no title lines waiting before it.
    pub(super) fn holds_note_text(&self, tb: &TextBlock) -> bool {
        !tb.title_like && tb.dateline.is_none() && self.pending.is_empty()
    }

    /// Holds the paragraph at `i` with the note over it, marked as a summary box's paragraph.
    pub(super) fn hold_note_text(&mut self, i: usize) {
        self.marks[i] = (Class::SummaryBox, Rule::SummaryParagraph);
        let text = self.take_text(i);
        self.pending_note.push(text);
    }

    /// Whether an editor's note is held for the article under the pending title lines.
    pub(super) fn noted(&self) -> bool {
        !self.pending_note.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::classify::{Class, Rule};
    use crate::ingest::page::{parse, parse_page};

    #[test]
    fn text_and_photo_roles() {
        for line in [
            "文/图 张三",
            "文／图：张三",
            "图/文 李四",
            "文 张三 图 李四",
            "文图：王五",
            "■ 圖/文 李四",
            "文/张三",
        ] {
            assert!(opens_with_text_or_photo_role(line), "{line}");
        }
        for line in [
            "文欣",
            "张三 李四",
            "本报记者 张三",
            "图为座谈会现场",
            "文化",
        ] {
            assert!(!opens_with_text_or_photo_role(line), "{line}");
        }
    }

    /// The rule of each line of a page, by its text.
    fn rule_of(text: &str, line: &str) -> Rule {
        let parsed = parse(text, "t.txt", 1);
        let l = parsed
            .lines
            .iter()
            .find(|l| l.text == line)
            .unwrap_or_else(|| panic!("no line {line}"));
        l.rule
    }

    const OVER_TITLE: &str = "\
晋中高新区新材料项目投产

　　本报讯 12月1日，晋中高新区年产5万吨新材料项目正式投产。

文/图 张三
太原经开区：数字经济跑出加速度
　　近日，太原经开区数字经济产业园迎来第100家入驻企业。
";

    #[test]
    fn a_credit_over_a_title_signs_the_article_under_it() {
        let page = parse_page(OVER_TITLE, "t.txt", 1);
        assert_eq!(page.articles.len(), 2);
        assert!(page.articles[0].byline.is_empty());
        assert_eq!(page.articles[1].byline, ["张三"]);
        assert_eq!(page.articles[1].title, ["太原经开区：数字经济跑出加速度"]);
        assert_eq!(rule_of(OVER_TITLE, "文/图 张三"), Rule::CreditOverTitle);
        let parsed = parse(OVER_TITLE, "t.txt", 1);
        assert!(parsed
            .lines
            .iter()
            .any(|l| l.text == "文/图 张三" && l.class == Class::Byline));
    }

    #[test]
    fn a_credit_apart_from_the_next_title_closes_the_article_above() {
        // A blank line on both sides: the credit closes the article above, as before.
        let both = OVER_TITLE.replace("文/图 张三\n", "文/图 张三\n\n");
        // No blank line on either side: the same.
        let neither = OVER_TITLE.replace("。\n\n文/图", "。\n文/图");
        for text in [both, neither] {
            let page = parse_page(&text, "t.txt", 1);
            assert_eq!(page.articles.len(), 2, "{text}");
            assert_eq!(page.articles[0].byline, ["张三"], "{text}");
            assert!(page.articles[1].byline.is_empty(), "{text}");
            assert_eq!(rule_of(&text, "文/图 张三"), Rule::NamesAfterBody);
        }
    }

    #[test]
    fn a_bare_line_of_names_over_a_title_stays_the_byline_above() {
        let text = OVER_TITLE.replace("文/图 张三", "张三 李四");
        let page = parse_page(&text, "t.txt", 1);
        assert_eq!(page.articles[0].byline, ["张三", "李四"]);
        assert!(page.articles[1].byline.is_empty());
    }

    #[test]
    fn a_credit_over_a_title_with_no_body_under_it_is_not_moved() {
        // The title over the credit has no body after it: it is the page's last line.
        let text = "\
晋中高新区新材料项目投产

　　本报讯 12月1日，晋中高新区年产5万吨新材料项目正式投产。

文/图 张三
太原经开区数字经济产业园
";
        let page = parse_page(text, "t.txt", 1);
        assert_eq!(page.articles[0].byline, ["张三"]);
    }

    #[test]
    fn a_credit_over_the_first_title_and_after_a_signed_article() {
        // Under the page header, and after an article its byline already closed: the credit
        // signs the article under it, never a kicker of its title.
        let text = "\
山西科技报  2025年12月2日  第5版

文/图 张三
太原经开区：数字经济跑出加速度
　　近日，太原经开区数字经济产业园迎来第100家入驻企业。

吕梁经开区项目签约

　　本报讯 吕梁经开区12月签约项目8个，总投资30亿元。（李明）

图/文 王五
云网经开区
污水处理厂提标改造完成
　　12月1日，云网经开区污水处理厂提标改造工程通过验收。
";
        let page = parse_page(text, "t.txt", 1);
        assert_eq!(page.articles.len(), 3);
        assert_eq!(page.articles[0].title, ["太原经开区：数字经济跑出加速度"]);
        assert_eq!(page.articles[0].byline, ["张三"]);
        assert_eq!(page.articles[1].byline, ["李明"]);
        assert_eq!(
            page.articles[2].title,
            ["云网经开区", "污水处理厂提标改造完成"]
        );
        assert_eq!(page.articles[2].byline, ["王五"]);
    }

    const NOTE_OVER_SERIES: &str = "\
经济日报  2025年11月20日  星期四  第 6 版  区域

　　园区建设稳步推进，各项指标好于预期。

编者按：为展示开发区发展成效，本报今起推出“走进经开区”系列报道。
走进经开区·合肥篇
合肥经开区：新能源汽车产业链加速集聚

　　11月19日，在合肥经济技术开发区的一家整车工厂，每分钟就有一辆新车下线。
";

    #[test]
    fn an_editors_note_over_a_series_title_opens_the_article_under_it() {
        let parsed = parse(NOTE_OVER_SERIES, "t.txt", 1);
        let page = &parsed.page;
        assert_eq!(page.articles.len(), 2, "{:?}", page.articles);
        let a = &page.articles[1];
        assert_eq!(
            a.title,
            ["走进经开区·合肥篇", "合肥经开区：新能源汽车产业链加速集聚"]
        );
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.paragraphs[0].starts_with("编者按："));
        // The article above keeps only its own paragraph.
        assert_eq!(page.articles[0].paragraphs.len(), 1);
        let note = parsed.lines.iter().find(|l| l.text.starts_with("编者按"));
        assert_eq!(
            note.map(|l| (l.class, l.rule)),
            Some((Class::SummaryBox, Rule::EditorNote))
        );
    }

    #[test]
    fn an_editors_note_alone_and_its_paragraph_over_one_title_line() {
        // `编者按` alone, its paragraph under it, then a one-line title: the title opens a new
        // article (it would otherwise be a sub-head of the open article above).
        let text = "\
晋中高新区新材料项目投产

　　本报讯 12月1日，晋中高新区年产5万吨新材料项目正式投产。

【编者按】

　　创新是引领发展的第一动力。本报推出系列报道。

苏州工业园区：打造科创高地

　　本报讯 苏州工业园区持续加大研发投入。
";
        let parsed = parse(text, "t.txt", 1);
        let page = &parsed.page;
        assert_eq!(page.articles.len(), 2, "{:?}", page.articles);
        assert_eq!(page.articles[0].paragraphs.len(), 1);
        let b = &page.articles[1];
        assert_eq!(b.title, ["苏州工业园区：打造科创高地"]);
        assert_eq!(b.dateline.as_deref(), Some("本报讯"));
        assert_eq!(
            b.paragraphs,
            [
                "【编者按】",
                "创新是引领发展的第一动力。本报推出系列报道。",
                "苏州工业园区持续加大研发投入。"
            ]
        );
        let note_text = parsed.lines.iter().find(|l| l.text.contains("创新是"));
        assert_eq!(
            note_text.map(|l| (l.class, l.rule)),
            Some((Class::SummaryBox, Rule::SummaryParagraph))
        );
    }

    #[test]
    fn an_editors_note_under_a_title_keeps_the_dateline_in_its_article() {
        let text = "\
走进经开区·合肥篇
合肥经开区：新能源汽车产业链加速集聚
编者按：本报今起推出“走进经开区”系列报道。
　　本报讯 11月19日，在合肥经济技术开发区的一家整车工厂，每分钟就有一辆新车下线。
";
        let page = parse_page(text, "t.txt", 1);
        assert_eq!(page.articles.len(), 1, "{:?}", page.articles);
        assert_eq!(page.articles[0].dateline.as_deref(), Some("本报讯"));
        assert_eq!(page.articles[0].paragraphs.len(), 2);
    }

    #[test]
    fn an_editors_note_on_an_indented_page_is_never_the_paragraph_above() {
        // An unindented line on an indented page continues the paragraph above; a note does not.
        let text = NOTE_OVER_SERIES.replace("\n\n编者按", "\n编者按");
        let page = parse_page(&text, "t.txt", 1);
        assert_eq!(
            page.articles[0].paragraphs,
            ["园区建设稳步推进，各项指标好于预期。"]
        );
        assert!(page.articles[1].paragraphs[0].starts_with("编者按："));
    }

    #[test]
    fn a_note_with_no_title_under_it_stays_where_it_was_printed() {
        let text = "\
晋中高新区新材料项目投产

　　本报讯 12月1日，晋中高新区年产5万吨新材料项目正式投产。

编者按：项目投产标志着园区新材料产业链初步成形。

　　该项目总投资8亿元，建成后将带动就业500余人。
";
        let page = parse_page(text, "t.txt", 1);
        assert_eq!(page.articles.len(), 1, "{:?}", page.articles);
        assert_eq!(page.articles[0].paragraphs.len(), 3);
        assert!(page.articles[0].paragraphs[1].starts_with("编者按："));
    }
}
