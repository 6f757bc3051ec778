//! Where an article names something: its texts (title lines, paragraphs, captions) in reading
//! order, searched in a compact form (folded to Simplified, ASCII digits, no spaces), so
//! `新质生产力 创新基地`, `新質生產力創新基地` and `新质生产力创新基地` are one name, while every
//! span found points back at the chars the page printed.
//!
//! The ledger reads facts; the text is only read here, to find each further mention of a fact the
//! extractor reported once (facts are deduplicated per article), and the sentence around it.
//!
//! Two modules hold the searchable text: `text` one text in its compact form (the matching
//! [`key`], [`Span`]s and the search in it), `article_text` an article's texts together (the
//! sentence or clause around a span, where a fact is). This file finds an entity's mentions
//! across articles with them.

mod article_text;
mod text;

pub use article_text::ArticleText;
pub use text::{key, Part, Span, Text};

use crate::model::Article;

/// One sentence that mentions an entity, for `dubao mentions` and the reader.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    pub article: String,
    pub date: Option<String>,
    pub source: String,
    pub sentence: String,
    /// Where the name is, for highlighting: the part of the article and char offsets in it.
    #[serde(skip)]
    pub part: Part,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

/// The sentences of one article that mention any of the given names (compact keys), one per
/// sentence, in reading order.
pub fn sentences_naming(at: &ArticleText, keys: &[String]) -> Vec<(Span, Span)> {
    let mut spans: Vec<Span> = Vec::new();
    let mut sorted: Vec<&String> = keys.iter().filter(|k| !k.is_empty()).collect();
    sorted.sort_by_key(|k| std::cmp::Reverse(k.chars().count()));
    for k in sorted {
        for s in at.find(k) {
            if !spans.iter().any(|o| o.overlaps(&s)) {
                spans.push(s);
            }
        }
    }
    spans.sort();
    let mut out: Vec<(Span, Span)> = Vec::new();
    for s in spans {
        let sent = at.sentence(&s);
        if out.last().is_none_or(|(last, _)| *last != sent) {
            out.push((sent, s));
        }
    }
    out
}

/// The compact names an entity goes by: the name asked for, and when it is a project in the
/// ledger (and no other kind was asked for), every name and alias of it.
pub fn entity_keys(
    records: &[super::Record],
    name: &str,
    kind: Option<crate::model::FactKind>,
) -> Vec<String> {
    let k = key(name);
    let mut keys = vec![k.clone()];
    if kind.is_none_or(|kd| kd == crate::model::FactKind::Project) {
        for r in records {
            let forms: Vec<String> = std::iter::once(&r.name)
                .chain(&r.aliases)
                .map(|n| key(n))
                .collect();
            if forms.contains(&k) {
                for f in forms {
                    if !keys.contains(&f) {
                        keys.push(f);
                    }
                }
            }
        }
    }
    keys
}

/// Whether an article has a fact of the kind by one of the names.
fn has_fact(a: &Article, kind: crate::model::FactKind, keys: &[String]) -> bool {
    a.facts.iter().any(|f| {
        f.kind == kind
            && (keys.contains(&key(&f.text))
                || f.name.as_deref().is_some_and(|n| keys.contains(&key(n))))
    })
}

/// One loaded article with where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub article: &'a Article,
    pub source: &'a str,
    /// The page's edition date, when the article has no date of its own.
    pub page_date: Option<&'a str>,
}

/// Every sentence of the articles that names an entity (see [`entity_keys`]); with a kind, only
/// an entity the facts know as that kind somewhere in the articles.
pub fn find(
    articles: &[Source<'_>],
    records: &[super::Record],
    name: &str,
    kind: Option<crate::model::FactKind>,
) -> Vec<Mention> {
    let mut finder = Finder::new(records, name, kind);
    for s in articles {
        finder.add(s);
    }
    finder.finish()
}

/// [`find`] an article at a time, so `dubao mentions` streams an archive: the sentences found so
/// far are kept (not the articles), and whether any article knows the entity as the kind asked.
#[derive(Debug)]
pub struct Finder {
    keys: Vec<String>,
    kind: Option<crate::model::FactKind>,
    known: bool,
    found: Vec<Mention>,
}

impl Finder {
    /// A finder for `name` (and its ledger aliases from `records`), of `kind` if given.
    pub fn new(
        records: &[super::Record],
        name: &str,
        kind: Option<crate::model::FactKind>,
    ) -> Finder {
        Finder {
            keys: entity_keys(records, name, kind),
            kind,
            known: kind.is_none(),
            found: Vec::new(),
        }
    }

    /// The sentences of one article that name the entity.
    pub fn add(&mut self, s: &Source<'_>) {
        if let Some(kd) = self.kind {
            self.known = self.known || has_fact(s.article, kd, &self.keys);
        }
        let at = ArticleText::new(s.article);
        for (sentence, hit) in sentences_naming(&at, &self.keys) {
            self.found.push(Mention {
                article: s.article.id.clone(),
                date: s
                    .article
                    .date
                    .clone()
                    .or_else(|| s.page_date.map(str::to_owned)),
                source: s.source.to_owned(),
                sentence: at.slice(&sentence).trim().to_owned(),
                part: at.texts[hit.text].part,
                start: hit.start,
                end: hit.end,
            });
        }
    }

    /// The mentions in article order; none when a kind was asked and no article's facts know
    /// the entity as that kind.
    pub fn finish(self) -> Vec<Mention> {
        if self.known {
            self.found
        } else {
            Vec::new()
        }
    }
}
