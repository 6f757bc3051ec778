//! A full-text index of the loaded articles (tantivy, in RAM), answering what the reader's
//! search answers: any substring of one or more chars, Traditional/Simplified and full-width
//! folded, lower-cased. It narrows a search to the articles that hold the query; the reader
//! then finds the positions in those articles only.

pub mod scan;
pub mod tokenizer;

use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TantivyDocument, TextFieldIndexing, TextOptions, FAST,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy, Term};

use crate::model::Article;
use crate::text::fold::search_form;

/// What can go wrong building or asking the index (tantivy's own errors, e.g. out of memory).
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Memory the writer may buffer before it flushes a segment (tantivy's minimum is 15 MB).
const WRITER_BUDGET: usize = 64_000_000;

/// The articles' index; each document carries the caller's key for its article.
pub struct SearchIndex {
    reader: IndexReader,
    title: Field,
    body: Field,
}

impl SearchIndex {
    /// Indexes `articles`, each under its key (the reader uses its entry number).
    pub fn build<'a>(
        articles: impl IntoIterator<Item = (u64, &'a Article)>,
    ) -> Result<SearchIndex, IndexError> {
        let mut sb = Schema::builder();
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer::NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let title = sb.add_text_field("title", opts.clone());
        let body = sb.add_text_field("text", opts);
        let key = sb.add_u64_field("key", FAST);
        let index = Index::create_in_ram(sb.build());
        index
            .tokenizers()
            .register(tokenizer::NAME, TextAnalyzer::from(tokenizer::FoldedChars));
        let mut writer = index.writer_with_num_threads(1, WRITER_BUDGET)?;
        for (k, a) in articles {
            let (titles, texts) = scan::texts(a);
            let mut doc = TantivyDocument::default();
            doc.add_u64(key, k);
            // One value per segment: tantivy leaves a position gap between values, so no
            // phrase spans two segments (the scan does not either).
            for t in &titles {
                doc.add_text(title, t);
            }
            for t in &texts {
                doc.add_text(body, t);
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            title,
            body,
        })
    }

    /// The keys of the articles holding `q` anywhere (title or body), ascending.
    pub fn keys(&self, q: &str) -> Result<Vec<u64>, IndexError> {
        let needle = search_form(q);
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::union(vec![
            field_query(self.title, &needle),
            field_query(self.body, &needle),
        ]);
        let searcher = self.reader.searcher();
        let docs = searcher.search(&query, &DocSetCollector)?;
        let mut columns = Vec::new();
        for seg in searcher.segment_readers() {
            columns.push(seg.fast_fields().u64("key")?);
        }
        let mut keys: Vec<u64> = docs
            .into_iter()
            .filter_map(|d| columns.get(d.segment_ord as usize)?.first(d.doc_id))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        Ok(keys)
    }
}

/// A term query for one char, a phrase of the chars for more.
fn field_query(field: Field, needle: &[char]) -> Box<dyn Query> {
    let mut terms: Vec<Term> = needle
        .iter()
        .map(|c| Term::from_field_text(field, c.encode_utf8(&mut [0; 4])))
        .collect();
    if terms.len() == 1 {
        let t = terms.remove(0);
        Box::new(TermQuery::new(t, IndexRecordOption::Basic))
    } else {
        Box::new(PhraseQuery::new(terms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, paras: &[&str]) -> Article {
        Article {
            id: String::new(),
            title: vec![title.to_owned()],
            dateline: None,
            reporters: vec![],
            date: None,
            zone: None,
            zones: Vec::new(),
            kind: crate::model::ArticleKind::News,
            paragraphs: paras.iter().map(|p| (*p).to_owned()).collect(),
            byline: vec![],
            captions: vec![],
            facts: vec![],
        }
    }

    #[test]
    fn substrings_folded_and_not_across_segments() {
        let a = article("经开区建设", &["投资１２亿元", "ab cd"]);
        let b = article("運城", &["亿元"]);
        let idx = SearchIndex::build([(7, &a), (9, &b)]).expect("index");
        let keys = |q: &str| idx.keys(q).expect("query");
        assert_eq!(keys("經開"), vec![7]);
        assert_eq!(keys("12亿"), vec![7]);
        assert_eq!(keys("亿元"), vec![7, 9]);
        assert_eq!(keys("运"), vec![9]);
        assert_eq!(keys("B C"), vec![7]);
        // 设 ends the title and 投 starts the first paragraph; 元 and a two paragraphs.
        assert!(keys("设投").is_empty());
        assert!(keys("元a").is_empty());
        assert!(keys("").is_empty());
    }
}
