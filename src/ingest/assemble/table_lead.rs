//! A short line right above a table's rows (`2025年前三季度全省开发区主要经济指标` over
//! `太原经开区  1,286.5  12.3`): the table's lead-in, a heading inside the article, never a line
//! of the title group above it.

use super::Walk;
use crate::ingest::classify::{Class, Rule};
use crate::ingest::shape::is_pad;
use crate::lexicon::names::is_han;

impl Walk<'_> {
    /// Whether the title-like block at `i` is a table's lead-in under a title: it stands on the
    /// line right above a table row, and title lines wait above it. Read into their group it
    /// would be the main title (it is often the longest line) or a subtitle.
    ///
    /// With no title lines above it (the page's first lines, or after an article its byline
    /// closed) such a line may as well be the title of a table printed as an item of its own:
    /// that is left as it was, a title line (or a sub-head inside an open article).
    pub(super) fn leads_in_table(&self, i: usize) -> bool {
        let (Some(this), Some(next)) = (self.blocks.get(i), self.blocks.get(i + 1)) else {
            return false;
        };
        !self.pending.is_empty()
            && matches!(next.mark.1, Rule::TableRow | Rule::TableUnit)
            && next.first == this.last + 1
    }

    /// Opens the article of the title lines above a table's lead-in ([`Walk::leads_in_table`])
    /// with the lead-in as its first paragraph, a sub-head.
    ///
    /// The lines start a new article as they did when the lead-in was read with them: two or
    /// more short lines before a body are a title however the article above ended. A dateline
    /// under the table stays in the article, as under a summary box: the table was printed
    /// between the title and the dateline, and had made the dateline a new article with no
    /// title.
    pub(super) fn table_lead_in(&mut self, i: usize) {
        let text = self.take_text(i);
        self.marks[i] = (Class::SubHead, Rule::TableLeadIn);
        let d = self.start_article();
        d.summary_box = true;
        d.paragraphs.push(text);
        d.box_end = d.paragraphs.len();
    }
}

impl Walk<'_> {
    /// Whether the one pending line numbers the table whose row is at `i` (`表2 全省开发区新签约
    /// 项目情况`): a numbered table is one of its article's, printed under its paragraphs, never
    /// the title of a story of its own, however it reads (a zone's name in it had made it one).
    pub(super) fn pending_numbers_table(&self, i: usize) -> bool {
        matches!(self.blocks[i].mark.1, Rule::TableRow | Rule::TableUnit)
            && matches!(self.pending.as_slice(), [p] if is_numbered_table(self.text(*p)))
    }
}

/// `表2 …`, `表 3：…`, `表二　…`, `附表1 …`: a table's number opening its title line.
fn is_numbered_table(line: &str) -> bool {
    let t = line.trim_start_matches(is_pad);
    let Some(rest) = t.strip_prefix("附表").or_else(|| t.strip_prefix('表')) else {
        return false;
    };
    let rest = rest.trim_start_matches(is_pad);
    let digits = rest
        .chars()
        .take_while(|&c| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十".contains(c)
        })
        .count();
    (1..=2).contains(&digits)
        && rest
            .chars()
            .nth(digits)
            .is_none_or(|c| is_pad(c) || matches!(c, '：' | ':' | '.' | '．' | '、') || is_han(c))
}

#[cfg(test)]
mod tests {
    use super::is_numbered_table;
    use crate::ingest::classify::{Class, Rule};
    use crate::ingest::page::parse;

    const TABLE_UNDER_TITLE: &str = "\
山西科技报  2025年12月2日  第5版

全省开发区前三季度运行平稳

2025年前三季度全省开发区主要经济指标
开发区  营业收入（亿元）  增速（%）
太原经开区  1,286.5  12.3
晋中高新区  856.2  9.8

　　本报讯 省商务厅日前发布前三季度全省开发区运行情况。
";

    #[test]
    fn a_tables_lead_in_under_a_title_is_no_title_line() {
        let parsed = parse(TABLE_UNDER_TITLE, "t.txt", 1);
        let page = &parsed.page;
        assert_eq!(page.articles.len(), 1, "{:?}", page.articles);
        let a = &page.articles[0];
        assert_eq!(a.title, ["全省开发区前三季度运行平稳"]);
        // The dateline under the table is the article's, not a new article's with no title.
        assert_eq!(a.dateline.as_deref(), Some("本报讯"));
        assert_eq!(a.paragraphs[0], "2025年前三季度全省开发区主要经济指标");
        assert_eq!(a.paragraphs[1], "开发区  营业收入（亿元）  增速（%）");
        assert_eq!(
            a.paragraphs.last().map(String::as_str),
            Some("省商务厅日前发布前三季度全省开发区运行情况。")
        );
        let lead = parsed
            .lines
            .iter()
            .find(|l| l.text.starts_with("2025年前三季度"))
            .map(|l| (l.class, l.rule));
        assert_eq!(lead, Some((Class::SubHead, Rule::TableLeadIn)));
    }

    #[test]
    fn a_lead_in_apart_from_the_table_or_alone_is_left_as_it_was() {
        // A blank line between the line and the table: the line is read with the title group.
        let apart = TABLE_UNDER_TITLE.replace("指标\n开发区", "指标\n\n开发区");
        let parsed = parse(&apart, "t.txt", 1);
        assert!(parsed.lines.iter().all(|l| l.rule != Rule::TableLeadIn));
        // The first line over a table with no title over it may title a table item.
        let alone = TABLE_UNDER_TITLE.replace("全省开发区前三季度运行平稳\n\n", "");
        let parsed = parse(&alone, "t.txt", 1);
        assert_eq!(
            parsed.page.articles[0].title,
            ["2025年前三季度全省开发区主要经济指标"]
        );
    }

    #[test]
    fn a_title_line_and_a_lead_in_after_an_open_article() {
        // One short line and the lead-in after an article that is still open: a new article
        // under the line (as the two lines had made one), with the lead-in its first paragraph,
        // and the dateline under the table in it.
        let text = "\
全省开发区前三季度运行平稳

　　本报讯 省商务厅日前发布前三季度全省开发区运行情况。

晋中高新区运行情况
前三季度主要经济指标
太原经开区  1,286.5  12.3
晋中高新区  856.2  9.8

　　本报讯 晋中高新区前三季度营业收入同比增长9.8%。
";
        let page = parse(text, "t.txt", 1).page;
        assert_eq!(page.articles.len(), 2, "{:?}", page.articles);
        let b = &page.articles[1];
        assert_eq!(b.title, ["晋中高新区运行情况"]);
        assert_eq!(b.paragraphs[0], "前三季度主要经济指标");
        assert_eq!(b.dateline.as_deref(), Some("本报讯"));
        assert_eq!(b.paragraphs.len(), 4);
    }

    #[test]
    fn a_tables_number() {
        for line in [
            "表2 全省开发区新签约项目情况",
            "表 3：主要指标",
            "表二　签约项目",
            "附表1 名单",
            "表12",
        ] {
            assert!(is_numbered_table(line), "{line}");
        }
        for line in ["表示，园区将", "表彰大会", "表123 数据", "2 表", "代表团"] {
            assert!(!is_numbered_table(line), "{line}");
        }
    }
}
