//! Appending a line's block: the constructors every rule of [`super::classify_in`] ends with
//! (a line of furniture, a paragraph of its own, a photo's caption alone, an opening original
//! title, a brief's run-in title over its text).

use super::super::fields::Heading;
use super::super::shape::trim_pad;
use super::{classify_piece, Block, Class, Context, PageLayout, Placed, Rule, TextBlock};

/// Appends a brief's run-in title as a title line of its own and the text after it as the
/// brief's paragraph (see [`run_in`]).
pub(super) fn push_run_in(
    blocks: &mut Vec<Placed>,
    title: &str,
    text: &str,
    no: usize,
    layout: PageLayout,
) {
    let heading = TextBlock {
        text: title.to_owned(),
        title_like: true,
        names: None,
        dateline: None,
        heading: None,
    };
    blocks.push(Placed::new(
        Block::Text(heading),
        no,
        (Class::Title, Rule::TitleGroup),
    ));
    let cx = Context {
        no,
        indented: true,
        inline: true,
        kinds: None,
        indent: 0,
        wrap: layout.wrap,
        at_char_edge: false,
        indent_mode: layout.indent_mode,
        after_indented: false,
        beside_occasion: false,
        after_blank: false,
    };
    classify_piece(blocks, text, &cx);
}

/// Appends an opening original title as the article's title line, its label dropped as a
/// labelled headline's is (rule `heading-label`).
pub(super) fn push_original_title(blocks: &mut Vec<Placed>, title: &str, no: usize) {
    let heading = TextBlock {
        text: title.to_owned(),
        title_like: true,
        names: None,
        dateline: None,
        heading: Some(Heading::Title),
    };
    blocks.push(Placed::new(
        Block::Text(heading),
        no,
        (Class::Title, Rule::HeadingLabel),
    ));
}

/// Appends a line that belongs to no article (header, footer, chrome, a rule line).
pub(super) fn push_furniture(blocks: &mut Vec<Placed>, line: &str, no: usize, rule: Rule) {
    blocks.push(Placed::new(
        Block::Furniture(line.to_owned()),
        no,
        (Class::Furniture, rule),
    ));
}

/// Appends a table row (or an entry of a page's index, or a line of a sign-off: `rule` says
/// which) as a paragraph of its own: a row is never a title (it is short and ends in no
/// sentence mark) and never continues the row above (it does not end a sentence either).
pub(super) fn push_own_paragraph(blocks: &mut Vec<Placed>, line: &str, no: usize, rule: Rule) {
    let row = TextBlock {
        text: line.to_owned(),
        title_like: false,
        names: None,
        dateline: None,
        heading: None,
    };
    blocks.push(Placed::new(Block::Text(row), no, (Class::Body, rule)));
}

/// A photo's caption that credits no one (`（资料图片）`, or `图为…` under a byline of the
/// reporter who shot it): kept as printed, it ends the photo as a credit does.
pub(super) fn push_caption_alone(blocks: &mut Vec<Placed>, line: &str, no: usize) {
    let source = Block::Credit {
        caption: Some(trim_pad(line).to_owned()),
        credit: None,
    };
    blocks.push(Placed::new(
        source,
        no,
        (Class::PhotoCredit, Rule::PhotoCredit),
    ));
}
