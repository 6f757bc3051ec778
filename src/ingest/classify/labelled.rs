//! Lines of a database export that label their field (`引题：…`, `【作者】…`, `【正文】…`): each is
//! placed as its label says (see [`crate::ingest::fields`]).

use super::{text_mark, Block, Class, Context, Piece, Placed, Rule, TextBlock};
use crate::ingest::credit::parse_credited;
use crate::ingest::fields::{field_of, Field, Heading};

/// What [`labelled_field`] made of a line.
pub(super) enum Labelled<'a> {
    /// No export's label: the line is read as any other.
    No,
    /// Placed: a headline line, an author line, or furniture (a label alone, an edition field).
    Placed,
    /// `【正文】` and text after it: the text is the body's, read from here.
    Body(&'a str),
}

/// A whole line of a database export that labels its field (`引题：…`, `【作者】…`, `【正文】`),
/// appended as what its label says.
pub(super) fn labelled_field<'a>(
    blocks: &mut Vec<Placed>,
    line: &'a str,
    no: usize,
) -> Labelled<'a> {
    let Some((field, rest)) = field_of(line) else {
        return Labelled::No;
    };
    let text_block = |text: &str, heading, names| TextBlock {
        text: text.to_owned(),
        title_like: true,
        names,
        dateline: None,
        heading,
    };
    let placed = match field {
        Field::Body if !rest.is_empty() => return Labelled::Body(rest),
        Field::Heading(h) if !rest.is_empty() => Placed::new(
            Block::Text(text_block(rest, Some(h), None)),
            no,
            (heading_class(h), Rule::HeadingLabel),
        ),
        Field::Author if !rest.is_empty() => match parse_credited(rest) {
            Some(names) => Placed::new(
                Block::Text(text_block(rest, None, Some(names))),
                no,
                (Class::Byline, Rule::AuthorUnderTitle),
            ),
            None => return Labelled::No,
        },
        // A label alone (`【正文】`), or an edition field: the export's, not the page's.
        _ => Placed::new(
            Block::Furniture(line.to_owned()),
            no,
            (Class::Furniture, Rule::FieldLabel),
        ),
    };
    blocks.push(placed);
    Labelled::Placed
}

/// The class a headline label gives its line.
pub(in crate::ingest) fn heading_class(h: Heading) -> Class {
    match h {
        Heading::Kicker => Class::Kicker,
        Heading::Title => Class::Title,
        Heading::Subtitle => Class::Subtitle,
    }
}

/// The body's first paragraph, after its label on the same line (`【正文】本报讯…`): a block of
/// its own, never joined to the text above (the label stood between them).
pub(super) fn push_labelled_body(blocks: &mut Vec<Placed>, piece: &str, cx: &Context) {
    let p = Piece::new(piece, cx);
    let tb = TextBlock {
        text: piece.to_owned(),
        title_like: false,
        names: None,
        dateline: p.dateline,
        heading: None,
    };
    let class = text_mark(&tb, cx).0;
    blocks.push(Placed::new(
        Block::Text(tb),
        cx.no,
        (class, Rule::FieldLabel),
    ));
}
