//! The rest of a page beside its head (see [`super::head_codec`]): each article's dateline,
//! reporters and their credits, paragraphs, byline and captions, in the cache's own layout
//! ([`super::layout`]). An entry keeps the head and this body; together they are the page
//! without its facts.
//!
//! Before, an entry kept the whole page as MessagePack with field names: every article's
//! fields named again, its head written twice, and the strings checked for UTF-8 one at a
//! time on the way back. Here nothing is repeated and a page's text is checked at once.
//!
//! Layout (structure): the article count; per article its bits ([`Bit`]), the dateline when
//! present, then reporters, reporter credits, paragraphs and byline (each a count and
//! strings), the caption count and each caption's bits and strings.

use super::layout::{Cursor, Out};
use crate::model::{Article, Caption, Page};

/// Which of an article's or a caption's optional strings follow.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Bit {
    Dateline = 1,
    CaptionText = 2,
    CaptionCredit = 4,
}

/// Encodes what `page`'s head leaves out, appending the section to `into`.
#[cfg(test)]
pub fn encode_into(page: &Page, into: &mut Vec<u8>) {
    encode(page).finish_into(into);
}

/// What `page`'s head leaves out, as a section not yet appended to an entry: its size is known
/// before the entry is made, so the entry is made at its size.
pub(super) fn encode(page: &Page) -> Out {
    let text: usize = page
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(String::len)
        .sum();
    let mut out = Out::with_capacity(16 + 8 * page.articles.len(), text + 256);
    out.len(page.articles.len());
    for a in &page.articles {
        out.push(if a.dateline.is_some() {
            Bit::Dateline as u8
        } else {
            0
        });
        if let Some(d) = &a.dateline {
            out.string(d);
        }
        for list in [
            &a.reporters,
            &a.reporter_roles,
            &a.paragraphs,
            &a.byline,
            &a.byline_credits,
        ] {
            out.strings(list);
        }
        out.len(a.captions.len());
        for c in &a.captions {
            out.push(
                (u8::from(c.text.is_some()) * Bit::CaptionText as u8)
                    | (u8::from(c.credit.is_some()) * Bit::CaptionCredit as u8),
            );
            for s in [&c.text, &c.credit].into_iter().flatten() {
                out.string(s);
            }
        }
    }
    out
}

/// Fills `head`'s articles (decoded from the entry's head section) with their bodies from
/// `bytes` ([`encode_into`]); `None` when the bytes are damaged in any way, bytes left over or
/// an article count other than the head's included.
pub fn decode_onto(mut head: Page, bytes: &[u8]) -> Option<Page> {
    let mut r = Cursor::open(bytes)?;
    if r.count()? != head.articles.len() {
        return None;
    }
    for a in &mut head.articles {
        body(&mut r, a)?;
    }
    r.is_done().then_some(head)
}

/// One article's body fields, read into `a`.
fn body(r: &mut Cursor<'_>, a: &mut Article) -> Option<()> {
    let bits = r.byte()?;
    a.dateline = optional(r, bits, Bit::Dateline)?;
    a.reporters = r.strings()?;
    a.reporter_roles = r.strings()?;
    a.paragraphs = r.strings()?;
    a.byline = r.strings()?;
    a.byline_credits = r.strings()?;
    let n = r.count()?;
    a.captions = (0..n)
        .map(|_| {
            let bits = r.byte()?;
            Some(Caption {
                text: optional(r, bits, Bit::CaptionText)?,
                credit: optional(r, bits, Bit::CaptionCredit)?,
            })
        })
        .collect::<Option<_>>()?;
    // A whole article has its text, and no lede: the head's stood in for it.
    a.lede = None;
    Some(())
}

/// The next string when `bits` has `bit`; `None` when it is damaged.
fn optional(r: &mut Cursor<'_>, bits: u8, bit: Bit) -> Option<Option<String>> {
    if bits & bit as u8 == 0 {
        return Some(None);
    }
    r.string().map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::head_of;
    use crate::ingest;

    fn round_trip(page: &Page) -> Option<Page> {
        let mut bytes = Vec::new();
        encode_into(page, &mut bytes);
        let head = head_codec_round_trip(page);
        decode_onto(head, &bytes)
    }

    fn head_codec_round_trip(page: &Page) -> Page {
        let head = super::super::head_codec::encode(&head_of(page));
        super::super::head_codec::decode(&head, &page.source).expect("head decodes")
    }

    fn sample_without_facts() -> Page {
        ingest::load_source(&ingest::sample_source(), 1).expect("the sample loads")
    }

    #[test]
    fn the_sample_page_comes_back_whole() {
        let page = sample_without_facts();
        assert_eq!(round_trip(&page).as_ref(), Some(&page));
    }

    #[test]
    fn every_optional_field_comes_back_present_and_absent() {
        let mut page = sample_without_facts();
        let a = &mut page.articles[0];
        a.dateline = None;
        a.reporter_roles = vec!["通讯员".into()];
        a.byline_credits = vec!["经济日报记者".into()];
        a.captions = vec![
            Caption {
                text: Some("图为园区".into()),
                credit: None,
            },
            Caption {
                text: None,
                credit: Some("张丽".into()),
            },
            Caption {
                text: None,
                credit: None,
            },
        ];
        assert_eq!(round_trip(&page).as_ref(), Some(&page));
    }

    #[test]
    fn damage_anywhere_is_none_never_a_panic() {
        let page = sample_without_facts();
        let mut bytes = Vec::new();
        encode_into(&page, &mut bytes);
        let head = head_codec_round_trip(&page);
        for cut in 0..bytes.len() {
            assert_eq!(
                decode_onto(head.clone(), &bytes[..cut]),
                None,
                "cut at {cut}"
            );
        }
        for i in (0..bytes.len()).step_by(7) {
            let mut bad = bytes.clone();
            bad[i] ^= 0xa5;
            // Flipped bytes may still decode (a string's text changed): only no panic counts.
            let _ = decode_onto(head.clone(), &bad);
        }
    }

    #[test]
    fn a_head_with_another_article_count_is_damage() {
        let page = sample_without_facts();
        let mut bytes = Vec::new();
        encode_into(&page, &mut bytes);
        let mut head = head_codec_round_trip(&page);
        head.articles.pop();
        assert_eq!(decode_onto(head, &bytes), None);
    }
}
