//! Asking the index: the documents holding a query and how many times each holds it.

use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, Term};

use super::{counts, DocRef, IndexError, SearchIndex};
use crate::text::fold::search_form;

impl SearchIndex {
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
    use super::super::tests::article;
    use super::*;
    use crate::index::scan;
    use crate::model::Article;

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
}
