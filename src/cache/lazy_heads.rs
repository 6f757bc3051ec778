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
    bytes: Arc<super::summary::Bytes>,
    range: Range<usize>,
    count: usize,
    /// The first date an article of the page has: what the list sorts a page without an
    /// edition date by, read when the page is listed so that sorting decodes no head.
    first_date: Option<String>,
    /// The page's id base, when the load gave it one: ids are numbered with it as they are
    /// decoded (the summary's are the last load's, which it mostly keeps).
    base: OnceLock<String>,
    decoded: OnceLock<Vec<Arc<Article>>>,
    /// Each article's zone fields alone, when they were asked for before the articles were
    /// decoded (a zone filter, the zone picker's counts): a fraction of their memory.
    zones: OnceLock<Vec<Zoned>>,
}

/// An article's zone fields: `zone` and `zones` as its head has them.
#[derive(Debug, Default)]
struct Zoned {
    zone: Option<String>,
    zones: Vec<String>,
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
    pub(super) fn new(
        bytes: Arc<super::summary::Bytes>,
        range: Range<usize>,
        count: usize,
        first_date: Option<String>,
    ) -> LazyHeads {
        LazyHeads {
            bytes,
            range,
            count,
            first_date,
            base: OnceLock::new(),
            decoded: OnceLock::new(),
            zones: OnceLock::new(),
        }
    }

    /// The heads of `page` (its articles' heads encoded as the summary keeps them): a page
    /// listed without a summary file, in tests.
    pub fn of(page: &crate::model::Page) -> LazyHeads {
        let bytes = head_codec::encode(&super::head_of(page));
        LazyHeads::encoded(Arc::new(super::summary::Bytes::Owned(bytes)), page)
    }

    /// The heads of `page` from `bytes`, its head as [`crate::cache::summary::encode_head`]
    /// wrote it (shared with the summary record made of it): a page the reader loaded whole
    /// and left in the cache is then kept as a page listed from the summary is, a few hundred
    /// bytes instead of an [`Article`] and its strings for each article.
    pub fn encoded(bytes: Arc<super::summary::Bytes>, page: &crate::model::Page) -> LazyHeads {
        let range = 0..bytes.len();
        let first_date = page.articles.iter().find_map(|a| a.date.clone());
        LazyHeads::new(bytes, range, page.articles.len(), first_date)
    }

    /// The first date an article of the page has (see [`LazyHeads::first_date`]'s field).
    pub fn first_date(&self) -> Option<&str> {
        self.first_date.as_deref()
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

    /// Article `k`'s zone fields (`zone`, `zones`), from the decoded article when there is one,
    /// else from the zone fields alone, read from the bytes on the first call; `None` past the
    /// page's last article.
    pub fn zones_of(&self, k: usize) -> Option<(Option<&str>, &[String])> {
        if let Some(decoded) = self.decoded.get() {
            return decoded
                .get(k)
                .map(|a| (a.zone.as_deref(), a.zones.as_slice()));
        }
        let zoned = self.zones.get_or_init(|| self.decode_zones());
        zoned
            .get(k)
            .map(|z| (z.zone.as_deref(), z.zones.as_slice()))
    }

    /// The articles' zone fields from the bytes (see [`Self::decode`] for bytes that do not
    /// decode).
    fn decode_zones(&self) -> Vec<Zoned> {
        let bytes = self.bytes.get(self.range.clone()).unwrap_or_default();
        head_codec::zones(bytes)
            .filter(|l| l.len() == self.count)
            .map(|l| {
                l.into_iter()
                    .map(|(zone, zones)| Zoned { zone, zones })
                    .collect()
            })
            .unwrap_or_else(|| (0..self.count).map(|_| Zoned::default()).collect())
    }

    /// Reads the articles' zone fields now, unless the articles are decoded already (see
    /// [`Self::zones_of`]).
    pub fn read_zones(&self) {
        if self.decoded.get().is_none() {
            self.zones.get_or_init(|| self.decode_zones());
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    /// A listed page's zone fields are read without decoding its articles, and are the
    /// articles' own; numbering waits for the decode and gives the base's ids.
    #[test]
    fn zone_fields_come_without_decoding_and_ids_take_the_base() {
        let page = ingest::load_all(&[ingest::sample_source()])
            .0
            .pages
            .remove(0);
        let heads = LazyHeads::of(&page);
        assert_eq!(heads.len(), page.articles.len());
        heads.read_zones();
        for (k, a) in page.articles.iter().enumerate() {
            let fields = heads.zones_of(k).expect("in range");
            assert_eq!(fields, (a.zone.as_deref(), a.zones.as_slice()));
        }
        assert!(heads.zones_of(page.articles.len()).is_none());
        assert!(!heads.is_decoded());
        heads.number("9-");
        let ids: Vec<&str> = heads.articles().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"9-1"));
        assert!(heads.is_decoded());
        for (k, a) in page.articles.iter().enumerate() {
            assert_eq!(heads.get(k).map(|h| &h.title), Some(&a.title));
            let fields = heads.zones_of(k).expect("in range");
            assert_eq!(fields, (a.zone.as_deref(), a.zones.as_slice()));
        }
    }
}
