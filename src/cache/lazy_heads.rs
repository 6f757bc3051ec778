//! A listed page's article heads, left in the archive summary's bytes until one is read.
//!
//! A warm open lists every article of an archive (a hundred thousand for 10,000 pages) and
//! shows forty: decoding every head up front, an id, title lines, a date and zones each, was
//! most of the load threads' work and a quarter of the reader's memory growth. A page checked
//! whole when it is listed ([`head_codec::listing`]) decodes later for sure; the first read of
//! any of its articles decodes all of them at once, on whichever thread asks.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::head_codec;
use crate::ingest::edition;
use crate::model::Article;

/// A page's article heads in the summary's bytes, decoded on first use.
#[derive(Debug)]
pub struct LazyHeads {
    bytes: Arc<Vec<u8>>,
    range: Range<usize>,
    count: usize,
    /// The page's id base, when the load gave it one: ids are numbered with it as they are
    /// decoded (the summary's are the last load's, which it mostly keeps).
    base: OnceLock<String>,
    decoded: OnceLock<Vec<Arc<Article>>>,
}

/// Two are equal when they hold the same heads numbered the same way (actions carrying them are
/// compared in tests).
impl PartialEq for LazyHeads {
    fn eq(&self, other: &LazyHeads) -> bool {
        self.bytes.get(self.range.clone()) == other.bytes.get(other.range.clone())
            && self.count == other.count
            && self.base.get() == other.base.get()
    }
}

impl LazyHeads {
    /// The heads at `range` of `bytes`, holding `count` articles (as [`head_codec::listing`]
    /// read them).
    pub(super) fn new(bytes: Arc<Vec<u8>>, range: Range<usize>, count: usize) -> LazyHeads {
        LazyHeads {
            bytes,
            range,
            count,
            base: OnceLock::new(),
            decoded: OnceLock::new(),
        }
    }

    /// The heads of `page` (its articles' heads encoded as the summary keeps them): a page
    /// listed without a summary file, in tests.
    pub fn of(page: &crate::model::Page) -> LazyHeads {
        let bytes = head_codec::encode(&super::head_of(page));
        let range = 0..bytes.len();
        LazyHeads::new(Arc::new(bytes), range, page.articles.len())
    }

    /// How many articles the page has.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether the page has no article.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Numbers the articles after `base` when they are decoded (the first base given stays:
    /// a later rename of a listed page's ids goes through the decoded articles).
    pub fn number(&self, base: &str) {
        let _ = self.base.set(base.to_owned());
    }

    /// Whether the articles have been decoded.
    pub fn is_decoded(&self) -> bool {
        self.decoded.get().is_some()
    }

    /// Article `k`, decoding the page's articles if none was read before.
    pub fn get(&self, k: usize) -> Option<&Arc<Article>> {
        self.articles().get(k)
    }

    /// Every article of the page, decoded on the first call.
    pub fn articles(&self) -> &[Arc<Article>] {
        self.decoded.get_or_init(|| self.decode())
    }

    /// The articles from the bytes, numbered after the base. Bytes that were listed always
    /// decode; should they not, the page keeps its count of empty articles rather than losing
    /// its place in the list.
    fn decode(&self) -> Vec<Arc<Article>> {
        let bytes = self.bytes.get(self.range.clone()).unwrap_or_default();
        let mut list = head_codec::decode_articles(bytes)
            .filter(|l| l.len() == self.count)
            .unwrap_or_else(|| vec![Article::default(); self.count]);
        if let Some(base) = self.base.get() {
            edition::number(&mut list, base);
        }
        list.into_iter().map(Arc::new).collect()
    }
}
