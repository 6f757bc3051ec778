//! A project referred back to (`该项目总投资32亿元`): reports name a project once and then say
//! `该项目` of it, so its cost, size and stage are often only in a later sentence. Where an
//! article names one project, `该项目` after that name is that project.

use super::mentions::{ArticleText, Span};

/// Words that refer back to the project named before them.
const REFERRING: &[&str] = &["该项目", "这一项目", "此项目"];

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
