//! The plain scan the index must agree with: every searchable text of an article, and the
//! non-overlapping matches of a folded needle in it.

use crate::model::Article;
use crate::text::fold::search_form;

/// An article's searchable texts: its title lines, and its body (paragraphs, caption texts and
/// the byline as the reader shows it), one string per segment so no match spans two.
pub fn texts(a: &Article) -> (Vec<String>, Vec<String>) {
    let body = a
        .paragraphs
        .iter()
        .cloned()
        .chain(a.captions.iter().filter_map(|c| c.text.clone()))
        .chain(std::iter::once(byline_text(a)))
        .collect();
    (a.title.clone(), body)
}

/// The byline as one line, its parts ([`Article::byline_parts`]) separated by an ideographic
/// space.
pub fn byline_text(a: &Article) -> String {
    a.byline_parts().collect::<Vec<_>>().join("\u{3000}")
}

/// Start offsets (in chars) of the non-overlapping matches of `needle` in `hay`, left to right.
pub fn matches(hay: &[char], needle: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut k = 0;
    while k + needle.len() <= hay.len() {
        if hay[k..k + needle.len()] == needle[..] {
            out.push(k);
            k += needle.len();
        } else {
            k += 1;
        }
    }
    out
}

/// How many times the query `q` occurs in the article (as the reader counts hits).
pub fn count(a: &Article, q: &str) -> usize {
    let needle = search_form(q);
    let (titles, body) = texts(a);
    titles
        .iter()
        .chain(body.iter())
        .map(|t| matches(&search_form(t), &needle).len())
        .sum()
}
