//! A project referred back to (`该项目总投资32亿元`): reports name a project once and then say
//! `该项目` of it, so its cost, size and stage are often only in a later sentence. Where an
//! article names one project, `该项目` after that name is that project; in any article, a
//! sentence that opens with `项目` or `该项目` speaks of the project its paragraph named just
//! before (`…三期项目投产。项目总投资50亿元，年产…20万辆`).

use super::mentions::{ArticleText, Span};

/// Words that refer back to the project named before them.
const REFERRING: &[&str] = &["该项目", "这一项目", "此项目"];

/// Words a sentence opens with to speak of the project named just before it.
const OPENING: &[&str] = &["该项目", "这一项目", "此项目", "项目"];

/// The spans after the first of `mentions` that refer back to its project, overlapping none
/// of them. Only for an article that names one project: with two, `该项目` may be either.
pub fn referring(at: &ArticleText, mentions: &[Span]) -> Vec<Span> {
    let Some(first) = mentions.iter().min_by_key(|m| (m.text, m.start)) else {
        return Vec::new();
    };
    REFERRING
        .iter()
        .flat_map(|w| at.find(w))
        .filter(|s| (s.text, s.start) > (first.text, first.start))
        .filter(|s| !mentions.iter().any(|m| m.overlaps(s)))
        .collect()
}

/// The sentence openings (`。项目总投资…`, `。该项目…`) that refer back to the project of
/// `mentions`: the nearest project named before them in their paragraph is this one, in a
/// sentence that names no other (`甲项目和乙项目开工。项目总投资…` may be either's). With
/// several projects in an article, the one just named is the one a reader takes it for;
/// until stop 54 such a sentence's cost and size went to no project.
pub fn opening(at: &ArticleText, mentions: &[Span], others: &[Span]) -> Vec<Span> {
    OPENING
        .iter()
        .flat_map(|w| at.find(w))
        .filter(|s| opens_sentence(at, s))
        .filter(|s| !mentions.iter().chain(others).any(|m| m.overlaps(s)))
        .filter(|s| {
            let before = |m: &&Span| m.text == s.text && m.end <= s.start;
            let ours = mentions.iter().filter(before).max_by_key(|m| m.end);
            let theirs = others.iter().filter(before).max_by_key(|m| m.end);
            match (ours, theirs) {
                (Some(m), t) if t.is_none_or(|t| t.end < m.start) => {
                    let named = at.sentence(m);
                    !others.iter().any(|o| named.contains(o))
                }
                _ => false,
            }
        })
        .collect()
}

/// Whether a span is the first thing its sentence says (only spaces before it).
fn opens_sentence(at: &ArticleText, s: &Span) -> bool {
    let sentence = at.sentence(s);
    at.folded(&Span {
        end: s.start,
        ..sentence
    })
    .iter()
    .all(|c| c.is_whitespace())
}
