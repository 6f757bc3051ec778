//! What classification says of a line: its [`Class`] and the [`Rule`] that decided it (the
//! rules are listed, with what each matches, in the table of [`super`]'s module docs).

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
    WebChrome,
}

impl Rule {
    /// Every rule, in the order of the module docs' table.
    pub const ALL: [Rule; 38] = [
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
        Rule::WebChrome,
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
            Rule::ChartCredit => "chart-credit",
            Rule::HeadingLabel => "heading-label",
            Rule::FieldLabel => "field-label",
            Rule::TableRow => "table-row",
            Rule::TableLeadIn => "table-lead-in",
            Rule::WebChrome => "web-chrome",
        }
    }
}

/// A class and the rule that gave it.
pub type Mark = (Class, Rule);
