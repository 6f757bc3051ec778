//! What classification says of a line: its [`Class`] and the [`Rule`] that decided it.
//!
//! Every convention the parser knows is one named rule:
//!
//! | rule | class | what it matches |
//! |---|---|---|
//! | `blank` | blank | an empty line |
//! | `page-header` | furniture | a short line with a date and a weekday or page number (`2025年12月26日 星期五 第4版`) |
//! | `masthead` | furniture | the paper's name alone on the page's first line, next to its header (`经济日报`); an outlet's over an app's date line with its time (`澎湃新闻` over `2025-12-21 18:42 来自上海`); a company's letterhead over a press release's label (`…股份有限公司` over `新闻稿`) |
//! | `page-footer` | furniture | `责任编辑：`, `校对：`, `美编：` … |
//! | `page-credit` | furniture | a credit of the whole page: `本版制图：`, `本版责编：`, `本版摄影：`, `版式设计：` |
//! | `end-mark` | furniture | `（完）`, `（全文完）` |
//! | `jump-line` | furniture | `（上接第一版）`, `（下转第4版）` alone on a line |
//! | `dateline` | dateline | a paragraph opening with `本报讯`, `科学导报讯（记者 …）`, `新华社太原12月3日电`: it starts an article (or ends a summary box) |
//! | `paragraph` | body | a line that is no title: long, or ending a sentence or a clause |
//! | `date-opening` | body | a paragraph opening with a full date (`2025年6月24日，…`): body, never a header, never the page's year |
//! | `short-sentence` | body | a short line ending in `！`/`…` (or a long `？`) with a clause inside: a paragraph, not a title |
//! | `column-break` | same as its paragraph | a line continuing the paragraph above (an unfinished sentence, or an unindented line on an indented page) |
//! | `inline-paragraph` | body | a paragraph after `　　` (two U+3000) inside a line: one line holding several paragraphs |
//! | `title-group` | title, kicker, subtitle | short lines before a body: the longest is the title, the ones above are kickers, below subtitles |
//! | `title-column-label` | title | a title ending with a column label in brackets (`…（经济聚焦）`, `（人民时评）`), kept in the title line |
//! | `column-label-line` | column label | a column label alone on the line under a title: appended to that title line |
//! | `summary-label` | summary box | `核心阅读`, `导读`, `阅读提示` (also in 【】): opens the article's summary box |
//! | `summary-paragraph` | summary box | up to two paragraphs after a summary label (one after an editor's note label alone), before the dateline |
//! | `editor-note` | summary box | an editor's note: `编者按：…`, `【编者按】…`, or `编者按` alone over its paragraph; a paragraph of its own, never the end of the one above. Over a title (`编者按：…本报今起推出“走进经开区”系列报道。` then `走进经开区·合肥篇`) it is the first paragraph of the article under it; under a title it opens that article's summary box |
//! | `sub-head` | sub-head | one short line inside an open article followed by body text (`5G赋能：…`, `…怎么看？`) |
//! | `box-label` | sub-head | `■链接`, `相关链接`, `记者手记`, `短评` …: a box inside the article, even after its byline |
//! | `numbered-part` | sub-head | `一`, `二`, `（三）`, `四、` alone on a line: a part of the article, never a title |
//! | `photo-credit` | photo credit | `■ 张丽摄`, `（梁栋 摄）`, `张三摄（影像中国）`, `李四 摄（人民视觉）`: ends a photo item or a caption |
//! | `caption-with-credit` | caption | caption text and its credit on one line (`图为…。张丽 摄`) |
//! | `caption-lines` | caption | short lines right before a photo credit |
//! | `names-after-body` | byline | a line of names after an article's body (`陈勤 田浩东`) |
//! | `author-under-title` | byline | a line of names between the title and the body (`本报记者 赵鹏`) |
//! | `credit-over-title` | byline | a text-and-photo credit (`文/图 张三`, `图/文 李四`, `文 张三 图 李四`) apart from the text above by a blank line and right above a title group and its body: the byline of the article under it, as some papers print it over the headline |
//! | `closing-credit` | byline | a credit in brackets alone on a line: `（某某参与采写）`, `（本报记者 某某）` |
//! | `trailing-byline` | byline | names in brackets at the end of a paragraph: `…。（朱怡舟）` (the line stays body) |
//! | `author-note` | byline | `（作者为某某大学教授）` alone on a line: kept as the commentary's last paragraph |
//! | `trailing-title` | title | short lines at the end of the page with no body after them: kept as a title-only article |
//! | `chart-credit` | caption | a chart's source and maker (`数据来源：国家统计局　制图：张芳`): the chart's caption, in the article above |
//! | `heading-label` | kicker, title, subtitle | a database export's labelled headline line (`引题：…`, `【主题】…`, `副题：…`), or `原标题：…` opening an app's copy (only its masthead and date line above): the label says its role, and is dropped |
//! | `field-label` | furniture, or body | an export's label alone on its line (`【正文】`) or an edition field of it (`【日期】2025-12-24`); text after `【正文】` is the body's first paragraph |
//! | `table-row` | body | a row of a table, its cells apart by two or more spaces, a tab or ideographic spaces (`太原经开区  1,286.5  12.3`), next to another row: a paragraph of its own, never a title, never joined to the lines around it |
//! | `table-lead-in` | sub-head | a short line right above a table's rows, under title lines (`2025年前三季度全省开发区主要经济指标`): the table's heading in the article, never a line of the title group; a dateline under the table stays in the article |
//! | `table-unit` | body | a table's unit line right above or below its rows (`单位：亿元`, `（金额单位：万元）`): a paragraph of its own in the table's article, never a title |
//! | `separator` | furniture | a rule line between articles (`————`, `＊＊＊`, `■■■`, `-----`): it says nothing, and ends what is open above it |
//! | `weather-line` | body | a weather box's forecast line (`济南：晴转多云　3℃～15℃　南风3级`: a range of temperatures and the sky) or its issuer (`（山东省气象台3月11日17时发布）`): a paragraph of its own under the box's head (`天气预报`), never a title |
//! | `page-index` | body | an entry of a front page's index of the edition (`2版 ▶ 太原经开区…`, `…（5版）`), next to another: a paragraph of its own under the index's label (`本版导读`), never a title |
//! | `directory-entry` | body | a company's name in a directory, over its contact lines (`郑州富士康精密电子有限公司` over `地址：…`, `电话：…`): a paragraph of its own in the article that prints the directory, never a title |
//! | `sign-off` | body | a notice's issuer over a date alone (`太原经济技术开发区管理委员会` / `2025年12月20日`) under its text: its last paragraphs, and they close it; so are its contact lines (`联系人：…`, `媒体联系人：` over a name) and its attached files (`1.…要点.docx`, `附件：1.…` and the numbered lines under it) |
//! | `closing-source` | body | a wire story's source alone in brackets under its text (`（新华社北京12月23日电）`, `（据新华社电）`, `（来源：山西日报）`), the title a copied story first had (`原标题：…`), or a notice's release note (`（此件公开发布）`): its last paragraph, and it closes it |
//! | `web-chrome` | furniture | a news website's buttons copied with its article (`小字号`, `分享让更多人看到`, `【打印】`, `【关闭窗口】`), its footer (`主办单位：…`, `苏ICP备…号`), their counters under them (`+1`), its list of links closing the page (`推荐阅读`, `相关链接` and the titles or rows of links under it), an outlet's terms of reuse, tip line and app (`未经授权不得转载`, `澎湃新闻报料：021-962866`, `尽在新浪财经APP`), a press release's labels and end (`新闻稿`, `即时发布`, `###`) |
//! | `list-item` | body | an item of a numbered list under its lead-in (`签约项目名单如下：` over `1.年产10万吨高纯硅材料项目`, `2.…`) with the short lines of details under it (`投资方：…　总投资：45亿元`, joined to the item by an ideographic space): a paragraph of its own, never a title, never joined to the lines around it |
//! | `field-line` | body | a record's field on its own line (`项目名称：…`, `总投资：18.5亿元`, `姓名：陈浩`: a label naming a field, a colon, a value): never a title; a record's fields on lines in a row are one paragraph, apart by an ideographic space |

/// What a line is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Blank,
    /// Header, footer, page credit, end mark: belongs to no article.
    Furniture,
    Kicker,
    Title,
    Subtitle,
    ColumnLabel,
    Dateline,
    SummaryBox,
    SubHead,
    Body,
    Caption,
    PhotoCredit,
    Byline,
}

impl Class {
    /// The name `--explain` prints.
    pub fn name(self) -> &'static str {
        match self {
            Class::Blank => "blank",
            Class::Furniture => "furniture",
            Class::Kicker => "kicker",
            Class::Title => "title",
            Class::Subtitle => "subtitle",
            Class::ColumnLabel => "column-label",
            Class::Dateline => "dateline",
            Class::SummaryBox => "summary",
            Class::SubHead => "sub-head",
            Class::Body => "body",
            Class::Caption => "caption",
            Class::PhotoCredit => "photo-credit",
            Class::Byline => "byline",
        }
    }
}

/// The rule that classified a line; see the table in the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Blank,
    PageHeader,
    Masthead,
    PageFooter,
    PageCredit,
    EndMark,
    JumpLine,
    Dateline,
    Paragraph,
    DateOpening,
    ShortSentence,
    ColumnBreak,
    InlineParagraph,
    TitleGroup,
    TitleColumnLabel,
    ColumnLabelLine,
    SummaryLabel,
    SummaryParagraph,
    EditorNote,
    SubHead,
    BoxLabel,
    NumberedPart,
    PhotoCredit,
    CaptionWithCredit,
    CaptionLines,
    NamesAfterBody,
    AuthorUnderTitle,
    CreditOverTitle,
    ClosingCredit,
    TrailingByline,
    AuthorNote,
    TrailingTitle,
    ChartCredit,
    HeadingLabel,
    FieldLabel,
    TableRow,
    TableLeadIn,
    TableUnit,
    Separator,
    WeatherLine,
    PageIndex,
    DirectoryEntry,
    SignOff,
    ClosingSource,
    WebChrome,
    ListItem,
    FieldLine,
}

impl Rule {
    /// Every rule, in the order of the module docs' table.
    pub const ALL: [Rule; 47] = [
        Rule::Blank,
        Rule::PageHeader,
        Rule::Masthead,
        Rule::PageFooter,
        Rule::PageCredit,
        Rule::EndMark,
        Rule::JumpLine,
        Rule::Dateline,
        Rule::Paragraph,
        Rule::DateOpening,
        Rule::ShortSentence,
        Rule::ColumnBreak,
        Rule::InlineParagraph,
        Rule::TitleGroup,
        Rule::TitleColumnLabel,
        Rule::ColumnLabelLine,
        Rule::SummaryLabel,
        Rule::SummaryParagraph,
        Rule::EditorNote,
        Rule::SubHead,
        Rule::BoxLabel,
        Rule::NumberedPart,
        Rule::PhotoCredit,
        Rule::CaptionWithCredit,
        Rule::CaptionLines,
        Rule::NamesAfterBody,
        Rule::AuthorUnderTitle,
        Rule::CreditOverTitle,
        Rule::ClosingCredit,
        Rule::TrailingByline,
        Rule::AuthorNote,
        Rule::TrailingTitle,
        Rule::ChartCredit,
        Rule::HeadingLabel,
        Rule::FieldLabel,
        Rule::TableRow,
        Rule::TableLeadIn,
        Rule::TableUnit,
        Rule::Separator,
        Rule::WeatherLine,
        Rule::PageIndex,
        Rule::DirectoryEntry,
        Rule::SignOff,
        Rule::ClosingSource,
        Rule::WebChrome,
        Rule::ListItem,
        Rule::FieldLine,
    ];

    /// The rule's name, as in the module docs' table and `--explain`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Blank => "blank",
            Rule::PageHeader => "page-header",
            Rule::Masthead => "masthead",
            Rule::PageFooter => "page-footer",
            Rule::PageCredit => "page-credit",
            Rule::EndMark => "end-mark",
            Rule::JumpLine => "jump-line",
            Rule::Dateline => "dateline",
            Rule::Paragraph => "paragraph",
            Rule::DateOpening => "date-opening",
            Rule::ShortSentence => "short-sentence",
            Rule::ColumnBreak => "column-break",
            Rule::InlineParagraph => "inline-paragraph",
            Rule::TitleGroup => "title-group",
            Rule::TitleColumnLabel => "title-column-label",
            Rule::ColumnLabelLine => "column-label-line",
            Rule::SummaryLabel => "summary-label",
            Rule::SummaryParagraph => "summary-paragraph",
            Rule::EditorNote => "editor-note",
            Rule::SubHead => "sub-head",
            Rule::BoxLabel => "box-label",
            Rule::NumberedPart => "numbered-part",
            Rule::PhotoCredit => "photo-credit",
            Rule::CaptionWithCredit => "caption-with-credit",
            Rule::CaptionLines => "caption-lines",
            Rule::NamesAfterBody => "names-after-body",
            Rule::AuthorUnderTitle => "author-under-title",
            Rule::CreditOverTitle => "credit-over-title",
            Rule::ClosingCredit => "closing-credit",
            Rule::TrailingByline => "trailing-byline",
            Rule::AuthorNote => "author-note",
            Rule::TrailingTitle => "trailing-title",
            Rule::ListItem => "list-item",
            Rule::FieldLine => "field-line",
            Rule::ChartCredit => "chart-credit",
            Rule::HeadingLabel => "heading-label",
            Rule::FieldLabel => "field-label",
            Rule::TableRow => "table-row",
            Rule::TableLeadIn => "table-lead-in",
            Rule::TableUnit => "table-unit",
            Rule::Separator => "separator",
            Rule::WeatherLine => "weather-line",
            Rule::PageIndex => "page-index",
            Rule::DirectoryEntry => "directory-entry",
            Rule::SignOff => "sign-off",
            Rule::ClosingSource => "closing-source",
            Rule::WebChrome => "web-chrome",
        }
    }
}

/// A class and the rule that gave it.
pub type Mark = (Class, Rule);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule is documented, once, in the table at the top of this module.
    #[test]
    fn every_rule_is_in_the_table() {
        let docs: Vec<&str> = include_str!("marks.rs")
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .filter(|l| l.starts_with("//! | `"))
            .collect();
        assert_eq!(docs.len(), Rule::ALL.len());
        for (rule, line) in Rule::ALL.iter().zip(&docs) {
            assert!(
                line.starts_with(&format!("//! | `{}` |", rule.name())),
                "{rule:?}: {line}"
            );
        }
    }
}
