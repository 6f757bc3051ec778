//! Bylines and credits in brackets at the end of a paragraph (`…新动能。（朱怡舟）`,
//! `…体系。（梁栋 摄）`), split off into blocks of their own.

use super::super::credit::{closing_credit, parse_credit};
use super::super::shape::{is_closer, is_pad};
use super::{Block, Class, Mark, Placed, Rule};

/// Splits a byline or credit in brackets off the end of a paragraph: `…新动能。（朱怡舟）`,
/// `…。（记者 张三 通讯员 李四）`, `…体系。（梁栋 摄）`.
///
/// Each block gives at most two, so the list is made at twice the blocks' count: growing it by
/// one trailer copied every block of the page.
pub(super) fn split_trailers(blocks: Vec<Placed>) -> Vec<Placed> {
    let mut out = Vec::with_capacity(blocks.len() * 2);
    for mut placed in blocks {
        let Block::Text(tb) = &mut placed.block else {
            out.push(placed);
            continue;
        };
        if tb.title_like || tb.names.is_some() {
            out.push(placed);
            continue;
        }
        match split_trailing_bracket(&tb.text) {
            Some((body_len, trailer, mark)) => {
                tb.text.truncate(body_len);
                let line = placed.last;
                out.push(placed);
                out.push(Placed::new(trailer, line, mark));
            }
            None => out.push(placed),
        }
    }
    out
}

/// A bracketed byline or credit after a finished sentence at the end of a paragraph: the byte
/// length of the body before it, the trailer block and its mark.
fn split_trailing_bracket(text: &str) -> Option<(usize, Block, Mark)> {
    let t = text.trim_end_matches(is_pad);
    let rest = t.strip_suffix(['）', ')'])?;
    let open = rest.rfind(['（', '('])?;
    let body = t[..open].trim_end_matches(is_pad);
    let ends_sentence = body
        .chars()
        .rev()
        .find(|c| !is_closer(*c))
        .is_some_and(|c| matches!(c, '。' | '！' | '？' | '…' | '!' | '?'));
    if !ends_sentence {
        return None;
    }
    let bracket = &t[open..];
    let (trailer, mark) = if let Some((caption, credit)) = parse_credit(bracket) {
        (
            Block::Credit {
                caption,
                credit: Some(credit),
            },
            (Class::PhotoCredit, Rule::PhotoCredit),
        )
    } else {
        (
            Block::Byline(closing_credit(bracket)?),
            (Class::Byline, Rule::TrailingByline),
        )
    };
    Some((body.len(), trailer, mark))
}

/// Whether a paragraph's text ends before a bracketed byline (`。（记者 王晓）`): such a
/// paragraph is finished.
pub(in crate::ingest) fn has_trailing_byline(text: &str) -> bool {
    split_trailing_bracket(text).is_some()
}
