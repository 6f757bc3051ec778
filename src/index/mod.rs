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
pub mod scan;
pub mod store;
pub mod tokenizer;

use std::collections::HashMap;

use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TantivyDocument, TextFieldIndexing, TextOptions, FAST,
    INDEXED, STORED,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use crate::model::Article;
use crate::text::fold::search_form;

/// What can go wrong building or asking the index (tantivy's own errors, e.g. out of memory).
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Memory each writer thread may buffer before it flushes a segment. It was 48 MB, a third of
/// the reader's whole memory target on 10,000 pages, then tantivy's minimum (15 MB); but one
/// token per character and one per pair fill 15 MB fast, and the many small segments cost
/// more to make and then to merge than the memory saved: `examples/index_speed` over 3,000
/// pages took 3.7 s of CPU to add them at 15 MB, 2.0–2.3 s at 30 MB, 1.7 s at 50 MB; a cold
/// open of 10,000 pages spent 27–28 s of CPU instead of 33–37 s (the merges 1.3–1.5 s instead
/// of 4.4–5.3 s), its index complete 6–7 s after the start instead of 11. It costs memory: a
/// cold open's peak once loaded and indexed rose from 282–320 MB to 318–352 MB
/// (`tools/bench-reader.sh`); 22 MB measured the same as 30 MB on both counts.
const WRITER_BUDGET: usize = 30_000_000;

/// Indexing threads: two when the machine has two cores. A cold open builds the whole index
/// while the loader and the fact extractor compete for the cores, and searches scan every
/// page the index does not hold yet (reading its text back): a second writer thread takes a
/// fairer share, and once the load is done uses the core it frees. Each thread has its own
/// [`WRITER_BUDGET`], held only while it indexes.
fn writer_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(2))
}

/// The index's writer, its threads started at a lower priority ([`crate::priority::lower`]):
/// tantivy starts them when the writer is made and they inherit the priority of the thread that
/// makes it, so the writer is made on a short-lived thread of low priority. A first index build
/// on a cold open then takes the cores the loader leaves over instead of slowing the list down,
/// while searches keep the caller's thread and its priority.
///
/// Only until the first commit: a commit ends tantivy's indexing threads and starts new ones on
/// the committing thread (the reader's search worker), whose priority they then have. That is
/// kept on purpose: committing from a low-priority thread instead, so that they stayed low, was
/// tried, and a cold open's index then shared the cores with the fact extractor and took about
/// twice as long to complete (26 s against 12–18 s for 10,000 pages on a loaded machine), with
/// no measurable gain for the list.
fn background_writer(index: &Index) -> Result<IndexWriter, IndexError> {
    let threads = writer_threads();
    let index = index.clone();
    let made = std::thread::spawn(move || {
        crate::priority::lower();
        index.writer_with_num_threads(threads, WRITER_BUDGET * threads)
    })
    .join();
    match made {
        Ok(writer) => Ok(writer?),
        Err(_) => Err(tantivy::TantivyError::SystemError(
            "the index writer could not be started".to_owned(),
        )
        .into()),
    }
}

/// One indexed article: its file's key, the page version it was made from, its place in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocRef {
    pub file: u64,
    pub version: u64,
    pub article: u64,
}

/// The schema's fields.
#[derive(Clone, Copy)]
struct Fields {
    title: Field,
    body: Field,
    file: Field,
    version: Field,
    article: Field,
    path: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut sb = Schema::builder();
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer::NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            title: sb.add_text_field("title", opts.clone()),
            body: sb.add_text_field("text", opts),
            file: sb.add_u64_field("file", INDEXED | FAST),
            version: sb.add_u64_field("version", FAST),
            article: sb.add_u64_field("article", FAST),
            path: sb.add_text_field("path", STORED),
        };
        (sb.build(), fields)
    }

    /// The fields of an opened index, `None` when its schema is not this one (another dubao).
    fn of(schema: &Schema) -> Option<Fields> {
        let (want, _) = Fields::schema();
        if *schema != want {
            return None;
        }
        Some(Fields {
            title: schema.get_field("title").ok()?,
            body: schema.get_field("text").ok()?,
            file: schema.get_field("file").ok()?,
            version: schema.get_field("version").ok()?,
            article: schema.get_field("article").ok()?,
            path: schema.get_field("path").ok()?,
        })
    }
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

    /// The committed documents holding `q` anywhere (title or body).
    pub fn docs(&self, q: &str) -> Result<Vec<DocRef>, IndexError> {
        let needle = search_form(q);
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::union(vec![
            field_query(self.fields.title, &needle),
            field_query(self.fields.body, &needle),
        ]);
        let searcher = self.reader.searcher();
        let docs = searcher.search(&query, &DocSetCollector)?;
        let mut columns = Vec::new();
        for seg in searcher.segment_readers() {
            let ff = seg.fast_fields();
            columns.push((ff.u64("file")?, ff.u64("version")?, ff.u64("article")?));
        }
        let mut out: Vec<DocRef> = docs
            .into_iter()
            .filter_map(|d| {
                let (f, v, a) = columns.get(d.segment_ord as usize)?;
                Some(DocRef {
                    file: f.first(d.doc_id)?,
                    version: v.first(d.doc_id)?,
                    article: a.first(d.doc_id)?,
                })
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// The committed documents holding `q`, each with how many times (as the reader's scan
    /// counts hits: non-overlapping, in titles and body), segment after segment.
    pub fn counts(&self, q: &str) -> Result<Vec<(DocRef, u32)>, IndexError> {
        let refs = self.doc_refs();
        Ok(self
            .counts_by_doc(q)?
            .into_iter()
            .filter_map(|(seg, doc, n)| {
                let r = refs.get(seg)?.get(usize::try_from(doc).ok()?)?;
                Some(((*r)?, n))
            })
            .collect())
    }

    /// [`Self::counts`] with each document named by its segment and doc id (see
    /// [`Self::doc_refs`]), in that order. The segments are counted in parallel.
    pub fn counts_by_doc(&self, q: &str) -> Result<Vec<(usize, DocId, u32)>, IndexError> {
        use rayon::prelude::*;
        let needle = search_form(q);
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let per_segment: Vec<Vec<(usize, DocId, u32)>> = searcher
            .segment_readers()
            .par_iter()
            .enumerate()
            .map(|(k, seg)| {
                let titles = counts::phrase_counts(seg, self.fields.title, &needle)?;
                let bodies = counts::phrase_counts(seg, self.fields.body, &needle)?;
                Ok(merge_counts(&titles, &bodies)
                    .into_iter()
                    .map(|(d, n)| (k, d, n))
                    .collect())
            })
            .collect::<tantivy::Result<_>>()?;
        Ok(per_segment.into_iter().flatten().collect())
    }

    /// The file keys of the documents holding `q`, ascending (with [`build`](SearchIndex::build),
    /// the articles' keys).
    pub fn keys(&self, q: &str) -> Result<Vec<u64>, IndexError> {
        let mut keys: Vec<u64> = self.docs(q)?.into_iter().map(|d| d.file).collect();
        keys.dedup();
        Ok(keys)
    }
}

/// Two documents-and-counts lists in document order made one, the counts of a document in
/// both added.
fn merge_counts(a: &[(DocId, u32)], b: &[(DocId, u32)]) -> Vec<(DocId, u32)> {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&(da, na)), Some(&(db, nb))) if da == db => {
                out.push((da, na.saturating_add(nb)));
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&(db, _))) if x.0 < db => {
                out.push(x);
                i += 1;
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (_, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// The pending version that marks a removed file.
const REMOVED: u64 = u64::MAX;

/// The version of a page's searchable text: documents made from another version are stale.
pub fn page_version(articles: &[&Article]) -> u64 {
    // The bytes of each of `scan::texts`'s strings, each followed by 0xff, gathered in a buffer
    // the thread keeps and hashed at once (the reader takes the version of every page it
    // loads): fed piece by piece to xxh3's streaming state, a paragraph and a byte at a time, it
    // cost a cold open's loader 3.7 % of its time. The hash is the same either way.
    thread_local! {
        static BYTES: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let hash = |bytes: &mut Vec<u8>| {
        bytes.clear();
        push_page(bytes, articles);
        xxhash_rust::xxh3::xxh3_64(bytes)
    };
    let digest = BYTES.with(|b| match b.try_borrow_mut() {
        Ok(mut bytes) => {
            let digest = hash(&mut bytes);
            // A page far larger than most leaves no buffer of its size behind.
            if bytes.capacity() > KEPT_BYTES {
                *bytes = Vec::new();
            }
            digest
        }
        // Never expected (nothing here calls back in); a buffer of its own then.
        Err(_) => hash(&mut Vec::new()),
    });
    // Never the value that marks a removal.
    digest.min(REMOVED - 1)
}

/// The largest buffer [`page_version`] keeps between pages.
const KEPT_BYTES: usize = 1 << 20;

/// Appends the bytes [`page_version`] hashes to `out`.
fn push_page(out: &mut Vec<u8>, articles: &[&Article]) {
    for a in articles {
        for t in a.title.iter().chain(&a.paragraphs) {
            push_segment(out, std::iter::once(t.as_str()));
        }
        for t in a.captions.iter().filter_map(|c| c.text.as_deref()) {
            push_segment(out, std::iter::once(t));
        }
        push_segment(out, a.byline.iter().map(String::as_str));
        out.push(0xfe);
    }
}

/// Appends one searchable segment: its parts joined as [`scan::byline_text`] joins a byline
/// (one part for any other segment), then 0xff.
fn push_segment<'a>(out: &mut Vec<u8>, parts: impl Iterator<Item = &'a str>) {
    for (k, t) in parts.enumerate() {
        if k > 0 {
            out.extend_from_slice("\u{3000}".as_bytes());
        }
        out.extend_from_slice(t.as_bytes());
    }
    out.push(0xff);
}

/// The key of a source file in the index: the page cache's key for its absolute path.
pub fn file_key(source: &str) -> u64 {
    let abs = std::path::absolute(source).unwrap_or_else(|_| source.into());
    crate::cache::file_key(&abs) as u64
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

    pub(crate) fn article(title: &str, paras: &[&str]) -> Article {
        Article {
            title: vec![title.to_owned()],
            paragraphs: paras.iter().map(|p| (*p).to_owned()).collect(),
            ..Article::default()
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

    #[test]
    fn counts_from_the_index_are_the_scans() {
        let caption = |t: Option<&str>| crate::model::Caption {
            text: t.map(str::to_owned),
            credit: None,
        };
        let a = Article {
            title: vec!["哈哈哈经开区".into(), "".into(), "經開區".into()],
            paragraphs: vec!["".into(), "经开区经开区，哈哈哈哈".into(), "开区经".into()],
            captions: vec![
                caption(Some("经开")),
                caption(None),
                caption(Some("区经开区")),
            ],
            byline: vec!["经开".into(), "区".into()],
            ..Article::default()
        };
        let b = article("无关", &["经", "开区"]);
        let c = article("经经经", &["哈哈哈"]);
        let mut idx = SearchIndex::in_memory().expect("index");
        idx.add_page(3, 1, "", &[&b, &a, &c]).expect("add");
        idx.commit().expect("commit");
        for q in [
            "经开区",
            "哈哈",
            "经",
            "区经",
            "开",
            "经开",
            "ＡＢ",
            "区 经",
            "经经",
            "哈哈哈哈",
        ] {
            let mut got: Vec<(u64, u32)> = idx
                .counts(q)
                .expect("counts")
                .into_iter()
                .map(|(d, n)| (d.article, n))
                .collect();
            got.sort_unstable();
            let want: Vec<(u64, u32)> = [(0u64, &b), (1, &a), (2, &c)]
                .into_iter()
                .map(|(k, x)| (k, scan::count(x, q) as u32))
                .filter(|(_, n)| *n > 0)
                .collect();
            assert_eq!(got, want, "{q}");
        }
    }

    #[test]
    fn merged_counts_add_up_in_document_order() {
        let got = merge_counts(&[(1, 2), (4, 1), (9, 3)], &[(0, 5), (4, 2), (10, 1)]);
        assert_eq!(got, vec![(0, 5), (1, 2), (4, 3), (9, 3), (10, 1)]);
        assert_eq!(merge_counts(&[], &[(3, 1)]), vec![(3, 1)]);
    }

    /// The version hashes the strings `scan::texts` gives, each followed by 0xff, each article
    /// followed by 0xfe (versions kept in caches and indexes depend on it).
    #[test]
    fn a_page_version_hashes_the_scans_texts() {
        let caption = |t: Option<&str>| crate::model::Caption {
            text: t.map(str::to_owned),
            credit: None,
        };
        let a = Article {
            title: vec!["经开区".into(), "".into()],
            paragraphs: vec!["一".into(), "二".into()],
            captions: vec![caption(Some("图")), caption(None)],
            byline: vec!["甲".into(), "乙".into()],
            ..Article::default()
        };
        let b = article("无关", &[]);
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for x in [&a, &b] {
            let (titles, texts) = scan::texts(x);
            for t in titles.iter().chain(&texts) {
                h.update(t.as_bytes());
                h.update(&[0xff]);
            }
            h.update(&[0xfe]);
        }
        assert_eq!(page_version(&[&a, &b]), h.digest());
    }

    #[test]
    fn page_versions_differ_with_the_text() {
        let a = article("经开区", &["一"]);
        let b = article("经开区", &["二"]);
        assert_eq!(page_version(&[&a]), page_version(&[&a.clone()]));
        assert_ne!(page_version(&[&a]), page_version(&[&b]));
        assert_ne!(page_version(&[&a, &b]), page_version(&[&b, &a]));
    }
}
