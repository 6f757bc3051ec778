//! Fact extraction: dates, money, quantities, percentages, people and roles, organisations, zones,
//! places, projects and products.
//!
//! Rules find the facts; jieba-rs is one signal among them (word boundaries and its `nr`/`ns`
//! tags), loaded once per [`Extractor`] and shared. Every text is matched in its folded form
//! (Simplified, ASCII digits), which keeps one char per char, so offsets and the `text` of a fact
//! come from what the page printed.

mod agree;
pub mod amounts;
pub mod charset;
mod counted;
pub mod dates;
mod dedupe;
pub mod lists;
mod nesting;
pub mod numbers;
pub mod orgs;
pub mod people;
mod pipeline;
pub mod places;
pub mod projects;
mod seg;
mod span_index;
mod span_set;
mod table_cells;
mod table_projects;
pub mod tables;
pub mod tagger;
mod wordtags;
mod zones;

pub use dedupe::dedupe;
use dedupe::holds_longer;
pub use seg::{Place, Pos, Seg, Tok};
pub use span_set::SpanSet;
pub use zones::ZoneSpan;

use std::sync::OnceLock;

use jieba_rs::Jieba;

use crate::model::{Article, Corpus, Fact, FactValue, Page};
use crate::text::fold::fold;

/// Words jieba lacks or splits in development-zone news; added with a frequency high enough to
/// win segmentation. Tags only apply to new words (`add_word` keeps a known word's tag).
const DOMAIN_WORDS: &str = include_str!("../../assets/domain_words.txt");

/// Holds what extraction loads once per process (the jieba tokenizer and its domain words) and
/// shares between threads.
pub struct Extractor {
    /// Loaded on first use: a warm `dubao facts` reads every fact from the cache and never
    /// segments a word, and building jieba's dictionary was a fifth of its time.
    jieba: OnceLock<Jieba>,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether `f[i..]` starts with `w`.
pub fn at(f: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, c)| f.get(k) == Some(&c))
}

/// Whether folded chars end with `w`; walks both backwards, so `w` is never counted. The twin
/// of [`at`] for the end of a text (`ends_with(&f[..end], w)`: `w` ends at `end`).
pub fn ends_with(f: &[char], w: &str) -> bool {
    let mut before = f.iter().rev();
    w.chars().rev().all(|c| before.next() == Some(&c))
}

/// Whether `f` ends with one of `words` and holds more than it (`苏州工业园区` ends with a park
/// word; `工业园区` alone is only the word). The ends are compared first: most words fail on
/// their last char, and only a word that matches has its chars counted.
pub fn ends_with_longer(f: &[char], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| ends_with(f, w) && f.len() > w.chars().count())
}

/// The first index at or after `i` that is not a space.
pub fn skip_spaces(f: &[char], i: usize) -> usize {
    let mut j = i;
    while f.get(j).is_some_and(|c| *c == ' ' || *c == '\u{3000}') {
        j += 1;
    }
    j
}

/// A fact before it is placed: offsets in one [`Seg`].
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: Option<FactValue>,
    pub unit: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
    pub flags: Vec<String>,
    pub attribute: Option<String>,
    pub counted: Option<String>,
}

impl Found {
    /// A name found at `start..end` (a person, a place, a body, a zone, a project): what most
    /// rules report, with no value, unit or role.
    pub(crate) fn named(start: usize, end: usize, name: String) -> Found {
        Found {
            start,
            end,
            name: Some(name),
            ..Found::default()
        }
    }
}

impl Extractor {
    /// An extractor; jieba's dictionary and the domain words load on its first use.
    pub fn new() -> Self {
        Extractor {
            jieba: OnceLock::new(),
        }
    }

    /// jieba with the domain words, loaded on first use: tens of milliseconds, once per
    /// extractor.
    pub(crate) fn jieba(&self) -> &Jieba {
        self.jieba.get_or_init(|| {
            let mut jieba = Jieba::new();
            for line in DOMAIN_WORDS.lines().filter(|l| !l.starts_with('#')) {
                let mut parts = line.split_whitespace();
                let Some(word) = parts.next() else { continue };
                let tag = parts.next();
                jieba.add_word(word, Some(20_000), tag);
            }
            jieba
        })
    }

    /// jieba's words of folded text, in char offsets, untagged.
    pub fn words(&self, folded: &str) -> Vec<Tok> {
        self.jieba()
            .cut(folded, true)
            .into_iter()
            .map(|t| Tok::new(t.start, t.end))
            .collect()
    }

    /// jieba's part of speech for a word on its own: the dictionary's tag, or jieba's guess for
    /// a word it does not know (a name, a town). A word jieba would cut in two is `Other`.
    pub fn word_pos(&self, word: &str) -> Pos {
        match self.jieba().tag(word, true).as_slice() {
            [one] => Pos::from_tag(one.tag),
            _ => Pos::Other,
        }
    }

    /// Whether jieba knows `word` as an ordinary word (so it is no name).
    pub fn is_dictionary_word(&self, word: &str) -> bool {
        self.jieba().has_word(word)
    }

    /// Facts of one article, deduplicated; `year` is the page year used to resolve partial dates.
    pub fn extract(&self, article: &Article, year: Option<i32>) -> Vec<Fact> {
        self.extract_on(article, &dates::Context::new(year, None))
    }

    /// [`Extractor::extract`] knowing the edition date (`Page.date`, `YYYY-MM-DD`) too, against
    /// which relative dates (`明天`, `下周三`) and bare days (`21日`) resolve.
    pub fn extract_dated(
        &self,
        article: &Article,
        year: Option<i32>,
        edition: Option<&str>,
    ) -> Vec<Fact> {
        self.extract_on(article, &dates::Context::new(year, edition))
    }
}

/// Fills every article of the corpus with its facts, using each page's year.
pub fn fill(corpus: &mut Corpus, extractor: &Extractor) {
    for page in &mut corpus.pages {
        fill_page(page, extractor);
    }
}

/// The facts of every article of one page; relative dates (`明天`, `21日`) resolve against the
/// page's edition date when it has one, else its year.
pub fn fill_page(page: &mut Page, extractor: &Extractor) {
    let when = dates::Context::new(page.year, page.date.as_deref());
    for article in &mut page.articles {
        article.facts = extractor.extract_on(article, &when);
    }
}

/// The article's date for listings without loading jieba: its first full date in the body,
/// else its first date of any precision, else one from the title.
pub fn article_date(article: &Article, year: Option<i32>) -> Option<String> {
    let mut all = Vec::new();
    for text in article.paragraphs.iter().chain(&article.title) {
        let f: Vec<char> = fold(text).chars().collect();
        all.extend(
            dates::scan(&f, year)
                .into_iter()
                // `明天` on an undated page is only its year, approximately: no article date.
                .filter(|d| !d.flags.iter().any(|f| f == "approx"))
                .map(|d| d.value)
                .filter(|v| !v.is_empty() && !v.contains('/')),
        );
    }
    all.iter()
        .find(|v| v.len() == 10 && !v.starts_with('-'))
        .or(all.first())
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
