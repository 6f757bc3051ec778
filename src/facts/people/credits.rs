//! The article's credits as people: byline authors, reporters and photographers, read from
//! the fields ingest fills rather than from the text, so apart from the text rules.

use crate::lexicon::names::{is_han, looks_like_name};
use crate::model::{Article, Fact, FactKind, Location};
use crate::text::fold::fold;

/// Byline authors, photo credits and reporters, as people with their credit role.
pub fn credits(article: &Article) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut push = |name: &str, role: &str, location: Location| {
        let name = name.trim();
        let folded = fold(name);
        // `本报记者 来到`: what a reporter did is no name, wherever ingest found it.
        if super::opens_with_reporters_verb(&folded) {
            return;
        }
        if looks_like_name(&folded)
            || (name.chars().count() <= 4 && name.chars().count() >= 2 && name.chars().all(is_han))
        {
            out.push(Fact {
                kind: FactKind::Person,
                attribute: None,
                counted: None,
                text: name.to_owned(),
                value: None,
                unit: None,
                name: Some(folded),
                role: Some(role.to_owned()),
                flags: vec![],
                paragraph: None,
                location: Some(location),
                start: 0,
                end: name.chars().count(),
            });
        }
    };
    for (k, r) in article.reporters.iter().enumerate() {
        let role = article.reporter_roles.get(k).map_or("记者", String::as_str);
        push(r, role, Location::Byline);
    }
    for b in &article.byline {
        push(b, "author", Location::Byline);
    }
    for c in &article.captions {
        if let Some(credit) = &c.credit {
            // `张三（影像中国）`: the photo agency follows the photographer in brackets.
            let name = credit.split(['（', '(']).next().unwrap_or(credit);
            push(name, "photographer", Location::Caption);
        }
    }
    out
}
