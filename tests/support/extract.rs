//! Facts of one paragraph, read by one extractor shared by a test binary's tests: the helpers
//! the sentence-level facts tests (`facts_counts`, `facts_lists`, `facts_zone_names`) share.

use std::sync::OnceLock;

use dubao::facts::Extractor;
use dubao::model::{Article, Fact, FactKind};

/// The extractor, built once (loading its lexicons and tagger is the slow part).
pub fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

/// The facts of an article holding `p` as its one paragraph, on a page of 2025.
#[allow(dead_code)] // not every test binary that includes this reads one paragraph
pub fn facts(p: &str) -> Vec<Fact> {
    let article = Article {
        id: "1-1".into(),
        paragraphs: vec![p.to_owned()],
        ..Article::default()
    };
    ex().extract(&article, Some(2025))
}

/// The names of the facts of one kind, in order.
#[allow(dead_code)] // not every test binary that includes this asks for names
pub fn names(facts: &[Fact], kind: FactKind) -> Vec<String> {
    facts
        .iter()
        .filter(|f| f.kind == kind)
        .filter_map(|f| f.name.clone())
        .collect()
}

/// The articles of a page written out in full (header, titles, paragraphs), each with its
/// facts: for rules that read an article's own zone or the page's full names.
#[allow(dead_code)] // not every test binary that includes this reads whole pages
pub fn page_articles(text: &str) -> Vec<Article> {
    let mut page = dubao::ingest::sheets::parse_page(text, "page.txt", 1);
    dubao::facts::fill_page(&mut page, ex());
    page.articles
}

/// Each person fact's name and role, in order (`("冯安文", "市长")`).
#[allow(dead_code)]
pub fn people(facts: &[Fact]) -> Vec<(String, String)> {
    facts
        .iter()
        .filter(|f| f.kind == FactKind::Person)
        .map(|f| {
            (
                f.name.clone().unwrap_or_default(),
                f.role.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// A name and its role as [`people`] gives them.
#[allow(dead_code)]
pub fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}
