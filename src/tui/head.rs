//! An article's head as the reader's entries, search worker and fact extractor share it:
//! decoded, or still in the archive summary's bytes with the other heads of its page
//! ([`LazyHeads`]) until it is first read. A warm open lists a hundred thousand articles and
//! draws forty; sorting and counting them needs only their page.

use std::ops::Deref;
use std::sync::{Arc, LazyLock};

use crate::cache::LazyHeads;
use crate::model::Article;

/// See the module docs. Reads as the [`Article`] it is (decoding it when listed).
#[derive(Debug, Clone, PartialEq)]
pub enum Head {
    Decoded(Arc<Article>),
    /// Article `k` of a page listed from the summary.
    Listed(Arc<LazyHeads>, usize),
}

/// What a listed head reads as should its page not hold it: never, as the page's articles
/// were counted from the bytes they decode from.
static NONE: LazyLock<Arc<Article>> = LazyLock::new(|| Arc::new(Article::default()));

impl Head {
    /// The article, shared.
    pub fn arc(&self) -> Arc<Article> {
        Arc::clone(self.shared())
    }

    /// Gives the article another id (a rename, which is rare): a listed head becomes a decoded
    /// copy of its own; a decoded one is copied only when shared.
    pub fn set_id(&mut self, id: String) {
        match self {
            Head::Decoded(a) => Arc::make_mut(a).id = id,
            Head::Listed(..) => {
                *self = Head::Decoded(Arc::new(Article {
                    id,
                    ..(**self).clone()
                }));
            }
        }
    }

    /// The article's zone fields (`zone`, `zones`): a listed head's are read without decoding
    /// the rest of it (a zone filter and the zone picker read every article's).
    pub fn zone_fields(&self) -> (Option<&str>, &[String]) {
        match self {
            Head::Decoded(a) => (a.zone.as_deref(), a.zones.as_slice()),
            Head::Listed(heads, k) => heads.zones_of(*k).unwrap_or((None, &[])),
        }
    }

    fn shared(&self) -> &Arc<Article> {
        match self {
            Head::Decoded(a) => a,
            Head::Listed(heads, k) => heads.get(*k).unwrap_or(&NONE),
        }
    }
}

impl Deref for Head {
    type Target = Article;

    fn deref(&self) -> &Article {
        self.shared()
    }
}

impl From<Article> for Head {
    fn from(a: Article) -> Head {
        Head::Decoded(Arc::new(a))
    }
}

impl From<Arc<Article>> for Head {
    fn from(a: Arc<Article>) -> Head {
        Head::Decoded(a)
    }
}
