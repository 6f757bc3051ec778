//! A full-text index of the articles (tantivy), answering what the reader's search answers: any
//! substring of one or more chars, Traditional/Simplified and full-width folded, lower-cased.
//! It counts a query's hits in every article that holds it (see [`counts`]); the reader then
//! finds the positions in the article it shows only.
//!
//! Documents are grouped by source file: each carries the file's key (the hash of its absolute
//! path, as the page cache names its entries), the version of the page's text it was made from
//! and the article's number in the page. A file is re-indexed by deleting its documents and
//! adding the new ones, so an index kept in the cache directory (see [`store`]) is brought up to
//! date file by file, and a search only trusts documents whose version matches the loaded page.

mod counts;
mod query;
pub mod scan;
mod schema;
pub mod store;
pub mod tokenizer;
mod version;
mod writer;

use std::collections::HashMap;

use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use self::schema::Fields;
pub use self::version::page_version;
use self::version::REMOVED;
use self::writer::background_writer;
use crate::model::Article;

/// What can go wrong building or asking the index (tantivy's own errors, e.g. out of memory).
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// One indexed article: its file's key, the page version it was made from, its place in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocRef {
    pub file: u64,
    pub version: u64,
    pub article: u64,
}

/// The articles' index, in memory or in a directory; see the module docs.
pub struct SearchIndex {
    reader: IndexReader,
    writer: IndexWriter,
    fields: Fields,
    /// Each file's committed page version.
    committed: HashMap<u64, u64>,
    /// Files re-indexed since the last commit, with their new version.
    pending: HashMap<u64, u64>,
    persistent: bool,
    /// Each committed document's reference, by segment (in the searcher's order) and doc id:
    /// read once a commit rather than from three fast fields per document counted (a few
    /// milliseconds a keystroke for a common char over 10,000 pages).
    refs: Vec<Vec<Option<DocRef>>>,
    /// Counts the commits: a table made from [`Self::doc_refs`] holds until it moves on.
    generation: u64,
}

impl SearchIndex {
    /// An empty index in memory.
    pub fn in_memory() -> Result<SearchIndex, IndexError> {
        let (schema, _) = Fields::schema();
        SearchIndex::from_index(Index::create_in_ram(schema), false)
    }

    /// Wraps an opened (or new) index of this schema: takes its writer (which fails when another
    /// process holds it) and reads which file versions it holds.
    fn from_index(index: Index, persistent: bool) -> Result<SearchIndex, IndexError> {
        let fields = Fields::of(&index.schema()).ok_or_else(|| {
            tantivy::TantivyError::SchemaError("not a dubao search index".to_owned())
        })?;
        index
            .tokenizers()
            .register(tokenizer::NAME, TextAnalyzer::from(tokenizer::FoldedChars));
        let writer = background_writer(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let mut me = SearchIndex {
            reader,
            writer,
            fields,
            committed: HashMap::new(),
            pending: HashMap::new(),
            persistent,
            refs: Vec::new(),
            generation: 0,
        };
        me.committed = me.versions()?;
        me.refs = me.read_refs()?;
        Ok(me)
    }

    /// Indexes `articles` in memory, each as a one-article file keyed by the caller's key.
    pub fn build<'a>(
        articles: impl IntoIterator<Item = (u64, &'a Article)>,
    ) -> Result<SearchIndex, IndexError> {
        let mut idx = SearchIndex::in_memory()?;
        for (k, a) in articles {
            idx.add_page(k, 0, "", &[a])?;
        }
        idx.commit()?;
        Ok(idx)
    }

    /// Whether the index lives in a directory (kept between runs).
    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    /// The page version committed for `file`, if any.
    pub fn version(&self, file: u64) -> Option<u64> {
        self.committed.get(&file).copied()
    }

    /// Number of files with committed documents.
    pub fn files(&self) -> usize {
        self.committed.len()
    }

    /// Replaces the documents of `file` with the page's `articles` (visible after [`commit`]).
    ///
    /// [`commit`]: SearchIndex::commit
    pub fn add_page(
        &mut self,
        file: u64,
        version: u64,
        path: &str,
        articles: &[&Article],
    ) -> Result<(), IndexError> {
        let f = self.fields;
        self.writer.delete_term(Term::from_field_u64(f.file, file));
        for (k, a) in articles.iter().enumerate() {
            let (titles, texts) = scan::texts(a);
            let mut doc = TantivyDocument::default();
            doc.add_u64(f.file, file);
            doc.add_u64(f.version, version);
            doc.add_u64(f.article, k as u64);
            if k == 0 {
                doc.add_text(f.path, path);
            }
            // One value per segment: tantivy leaves a position gap between values, so no
            // phrase spans two segments (the scan does not either).
            for t in &titles {
                doc.add_text(f.title, t);
            }
            for t in &texts {
                doc.add_text(f.body, t);
            }
            self.writer.add_document(doc)?;
        }
        self.pending.insert(file, version);
        Ok(())
    }

    /// Deletes the documents of `file` (visible after [`commit`](SearchIndex::commit)).
    pub fn remove(&mut self, file: u64) {
        self.writer
            .delete_term(Term::from_field_u64(self.fields.file, file));
        self.pending.insert(file, REMOVED);
    }

    /// Whether changes wait for a commit.
    pub fn is_dirty(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Makes the changes so far durable (in a directory) and visible to searches.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        self.writer.commit()?;
        self.reader.reload()?;
        self.refs = self.read_refs()?;
        self.generation += 1;
        for (file, v) in self.pending.drain() {
            if v == REMOVED {
                self.committed.remove(&file);
            } else {
                self.committed.insert(file, v);
            }
        }
        Ok(())
    }

    /// The committed files not in `seen` whose path no longer exists: documents of deleted or
    /// renamed files, to [`remove`](SearchIndex::remove).
    pub fn gone(&self, seen: &std::collections::HashSet<u64>) -> Vec<u64> {
        let searcher = self.reader.searcher();
        self.committed
            .keys()
            .filter(|f| !seen.contains(f))
            .copied()
            .filter(|&file| {
                let q = TermQuery::new(
                    Term::from_field_u64(self.fields.file, file),
                    IndexRecordOption::Basic,
                );
                let Ok(docs) = searcher.search(&q, &DocSetCollector) else {
                    return false;
                };
                docs.into_iter().any(|d| {
                    searcher
                        .doc::<TantivyDocument>(d)
                        .ok()
                        .and_then(|doc| {
                            use tantivy::schema::document::Value;
                            doc.get_first(self.fields.path)
                                .and_then(|v| v.as_str().map(str::to_owned))
                        })
                        .is_some_and(|p| !p.is_empty() && !std::path::Path::new(&p).exists())
                })
            })
            .collect()
    }

    /// Every document's reference, by segment and doc id (see [`SearchIndex::doc_refs`]).
    fn read_refs(&self) -> Result<Vec<Vec<Option<DocRef>>>, IndexError> {
        let searcher = self.reader.searcher();
        let mut out = Vec::new();
        for seg in searcher.segment_readers() {
            let ff = seg.fast_fields();
            let (file, version, article) =
                (ff.u64("file")?, ff.u64("version")?, ff.u64("article")?);
            let refs = (0..seg.max_doc())
                .map(|d| {
                    Some(DocRef {
                        file: file.first(d)?,
                        version: version.first(d)?,
                        article: article.first(d)?,
                    })
                })
                .collect();
            out.push(refs);
        }
        Ok(out)
    }

    /// The committed documents' references, by segment and doc id, as [`Self::counts_by_doc`]
    /// names documents (`None` for one without them: never written so).
    pub fn doc_refs(&self) -> &[Vec<Option<DocRef>>] {
        &self.refs
    }

    /// Moves on with every commit: what was made from [`Self::doc_refs`] is stale.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Each committed file's page version.
    fn versions(&self) -> Result<HashMap<u64, u64>, IndexError> {
        let searcher = self.reader.searcher();
        let mut out = HashMap::new();
        for seg in searcher.segment_readers() {
            let files = seg.fast_fields().u64("file")?;
            let versions = seg.fast_fields().u64("version")?;
            for d in seg.doc_ids_alive() {
                if let (Some(f), Some(v)) = (files.first(d), versions.first(d)) {
                    out.insert(f, v);
                }
            }
        }
        Ok(out)
    }
}

/// The key of a source file in the index: the page cache's key for its absolute path.
pub fn file_key(source: &str) -> u64 {
    let abs = std::path::absolute(source).unwrap_or_else(|_| source.into());
    crate::cache::file_key(&abs) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn article(title: &str, paras: &[&str]) -> Article {
        Article {
            title: vec![title.to_owned()],
            paragraphs: paras.iter().map(|p| (*p).to_owned()).collect(),
            ..Article::default()
        }
    }

    #[test]
    fn a_page_re_added_replaces_its_documents() {
        let a = article("经开区", &[]);
        let b = article("高新区", &[]);
        let mut idx = SearchIndex::in_memory().expect("index");
        idx.add_page(1, 10, "", &[&a, &b]).expect("add");
        idx.commit().expect("commit");
        assert_eq!(idx.version(1), Some(10));
        assert_eq!(idx.docs("区").expect("q").len(), 2);
        idx.add_page(1, 11, "", &[&b]).expect("add");
        idx.commit().expect("commit");
        assert_eq!(idx.version(1), Some(11));
        let docs = idx.docs("区").expect("q");
        assert_eq!(
            docs,
            vec![DocRef {
                file: 1,
                version: 11,
                article: 0
            }]
        );
        idx.remove(1);
        idx.commit().expect("commit");
        assert_eq!(idx.version(1), None);
        assert!(idx.docs("区").expect("q").is_empty());
    }
}
