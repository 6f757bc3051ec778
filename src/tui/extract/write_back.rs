//! Facts written back into the cache: an extracted page's facts go into its cache entry once
//! every article of it is in, and the archive's summary learns of them when the extractor is
//! idle, so that the next open (and a warm `dubao facts`) finds them instead of extracting again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Slot;
use crate::cache::summary::{FactCount, FactsStored};
use crate::cache::{self, Cache, Lookup, Stamp};
use crate::model::{Article, Fact};

/// Pages whose facts are partly extracted, until every article is in; then the facts go into
/// the page's cache entry. Facts are kept as extracted meanwhile (a few pages at a time).
pub struct WriteBack {
    cache: Cache,
    pending: HashMap<usize, Pending>,
    /// The paths the archive was opened with (its summary is kept for them), and each page
    /// whose facts went into its entry, by name: the summary gets them when the extractor is
    /// idle ([`WriteBack::refresh_summary`]). `fresh`: some came since the last refresh.
    roots: Vec<PathBuf>,
    stored: HashMap<String, FactsStored>,
    fresh: bool,
}

/// One page's facts so far: per article its text's fingerprint and facts; `None` for an
/// article not done yet. A page one of whose articles failed is never written.
struct Pending {
    articles: Vec<Option<(u64, Vec<Fact>)>>,
    missing: usize,
    failed: bool,
}

impl WriteBack {
    pub fn new(cache: Cache, roots: Vec<PathBuf>) -> WriteBack {
        WriteBack {
            cache,
            pending: HashMap::new(),
            roots,
            stored: HashMap::new(),
            fresh: false,
        }
    }

    /// Rewrites the archive's summary with the facts stored since it was written (see
    /// [`crate::cache::summary::Summary::with_facts_stored`]), when some came since the last
    /// time. Without it, the open after a first one finds every page's summary record older
    /// than its entry and loads the whole archive from the entries again.
    pub fn refresh_summary(&mut self) {
        if !std::mem::take(&mut self.fresh) || self.roots.is_empty() {
            return;
        }
        let _writing = self.cache.summary_lock();
        let Ok(Some(summary)) = self.cache.read_summary(&self.roots) else {
            return;
        };
        if let Some(writer) = summary.with_facts_stored(&self.stored) {
            self.cache.write_summary(&self.roots, writer);
        }
    }

    /// Lets the cache compact this run's pack when the entries the facts replaced made much of
    /// it garbage (see [`Cache::seal_if_worth_compacting`]).
    pub fn compact(&self) {
        self.cache.seal_if_worth_compacting();
    }

    /// Records the facts of the article at `slot` (`None`: its extraction failed) and writes
    /// the page's facts once all are in; true when they were written.
    pub fn add(&mut self, slot: &Slot, article: &Article, facts: Option<Vec<Fact>>) -> bool {
        if slot.k >= slot.n {
            return false;
        }
        let p = self.pending.entry(slot.page).or_insert_with(|| Pending {
            articles: vec![None; slot.n],
            missing: slot.n,
            failed: false,
        });
        let Some(place) = p.articles.get_mut(slot.k) else {
            return false;
        };
        match facts {
            Some(f) => {
                if place.replace((fingerprint(article), f)).is_none() {
                    p.missing = p.missing.saturating_sub(1);
                }
            }
            None => p.failed = true,
        }
        if p.missing > 0 {
            return false;
        }
        match self.pending.remove(&slot.page) {
            Some(done) if !done.failed => {
                let articles = done.articles.into_iter().flatten().collect::<Vec<_>>();
                let Some(stored) = store(&self.cache, &slot.source, articles) else {
                    return false;
                };
                self.stored.insert(slot.source.to_string(), stored);
                self.fresh = true;
                true
            }
            _ => false,
        }
    }

    /// Pages still waiting for some of their articles.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }
}

/// What of an article its facts depend on (everything but its id and facts), hashed: facts
/// are written only onto the same text they were extracted from.
fn fingerprint(a: &Article) -> u64 {
    let parts = (
        &a.title,
        &a.dateline,
        &a.reporters,
        &a.date,
        &a.zones,
        &a.paragraphs,
        &a.byline,
        &a.captions,
    );
    rmp_serde::to_vec(&parts).map_or(0, |b| xxhash_rust::xxh3::xxh3_64(&b))
}

/// Writes `articles`' facts into the cache entry of the page at `source`, when the entry is
/// fresh (the file has not changed since), holds no facts yet and has the same articles with
/// the same text; otherwise nothing is written. `None` when nothing was; else what the
/// archive's summary needs to know of it.
fn store(cache: &Cache, source: &str, articles: Vec<(u64, Vec<Fact>)>) -> Option<FactsStored> {
    let path = Path::new(source);
    let meta = std::fs::metadata(path).ok()?;
    let abs = std::path::absolute(path).ok()?;
    let src = cache::Source {
        abs: &abs,
        name: source,
        stamp: Stamp::of(&meta),
    };
    let Lookup::Fresh(e) = cache.lookup(&src) else {
        return None;
    };
    if e.has_facts {
        return None;
    }
    let mut page = e.page()?;
    if page.articles.len() != articles.len() {
        return None;
    }
    let same = page
        .articles
        .iter()
        .zip(&articles)
        .all(|(a, (print, _))| fingerprint(a) == *print);
    if !same {
        return None;
    }
    let counts = articles.iter().map(|(_, f)| FactCount::of(f)).collect();
    for (a, (_, facts)) in page.articles.iter_mut().zip(articles) {
        a.facts = facts;
    }
    cache.store(&src, e.hash, e.number, &page, true);
    Some(FactsStored {
        stamp: src.stamp,
        mark: cache.entry_mark(&abs)?,
        facts: counts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::summary::{self, FactCount, Note};
    use crate::ingest::{self, LoadOptions};
    use crate::loader::{CacheMode, Loader};
    use crate::model::{FactKind, Page};

    /// A fact standing for the facts of article `k` (the write-back does not look inside).
    fn fake(k: usize) -> Vec<Fact> {
        vec![Fact {
            paragraph: Some(0),
            ..Fact::new(FactKind::Money, format!("{k} 亿元"), 0, 3)
        }]
    }

    /// An archive of one sample page and a cache directory.
    fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let page = dir.path().join("pages/2025/01/02/01.txt");
        std::fs::create_dir_all(page.parent().expect("parent")).expect("mkdir");
        std::fs::write(&page, ingest::SAMPLE).expect("write");
        let cache = dir.path().join("cache");
        (dir, page, cache)
    }

    /// The page as the reader loads it: with the facts the cache holds, if any.
    fn load(page: &Path, cache: &Path) -> Page {
        let loader = Loader::new(&CacheMode::Dir(cache.to_path_buf()), LoadOptions::default())
            .with_cached_facts();
        let (corpus, errors) = loader.load_paths(&[page.to_path_buf()], None);
        assert!(errors.is_empty(), "{errors:?}");
        corpus.pages.into_iter().next().expect("a page")
    }

    /// Gives every article of `page` its fake facts through a write-back on `cache`; `fail`
    /// marks one article's extraction as failed.
    fn write_back(page: &Page, cache: &Path, fail: Option<usize>) -> WriteBack {
        let cache = Cache::open(cache).expect("cache");
        let mut wb = WriteBack::new(cache, vec![PathBuf::from(&page.source)]);
        let n = page.articles.len();
        // Out of order, as the reader asks: the last article first.
        for k in (0..n).rev() {
            let slot = Slot {
                page: 0,
                source: page.source.as_str().into(),
                k,
                n,
            };
            let facts = (fail != Some(k)).then(|| fake(k));
            wb.add(&slot, &page.articles[k], facts);
        }
        wb
    }

    #[test]
    fn a_pages_facts_go_into_its_cache_entry_once_all_are_in() {
        let (_dir, path, cache) = setup();
        let cold = load(&path, &cache);
        assert!(cold.articles.len() > 1);
        assert!(cold.articles.iter().all(|a| a.facts.is_empty()));
        let wb = write_back(&cold, &cache, None);
        assert_eq!(wb.waiting(), 0);
        let warm = load(&path, &cache);
        for (k, a) in warm.articles.iter().enumerate() {
            assert_eq!(a.facts, fake(k), "article {k}");
        }
        // Callers that did not ask for cached facts still get none.
        let plain = Loader::new(&CacheMode::Dir(cache.clone()), LoadOptions::default());
        let (corpus, _) = plain.load_paths(&[path], None);
        assert!(corpus.pages[0].articles.iter().all(|a| a.facts.is_empty()));
    }

    #[test]
    fn a_page_with_a_failed_article_is_not_written() {
        let (_dir, path, cache) = setup();
        let cold = load(&path, &cache);
        write_back(&cold, &cache, Some(1));
        let warm = load(&path, &cache);
        assert!(warm.articles.iter().all(|a| a.facts.is_empty()));
    }

    /// The summary the load wrote names the entry as it was before the facts went in; once
    /// the extractor is idle the record names the new entry, with the facts counted, and keeps
    /// its head and text version.
    #[test]
    fn stored_facts_reach_the_archive_summary() {
        let (_dir, path, cache_dir) = setup();
        let cold = load(&path, &cache_dir);
        let cache = Cache::open(&cache_dir).expect("cache");
        let roots = vec![PathBuf::from(&cold.source)];
        let abs = std::path::absolute(&path).expect("absolute");
        let stamp = Stamp::of(&std::fs::metadata(&path).expect("stat"));
        let before = Note {
            mark: cache.entry_mark(&abs).expect("an entry"),
            version: 42,
            facts: None,
        };
        let head = summary::encode_head(&crate::cache::head_of(&cold));
        let mut w = summary::Writer::default();
        w.push(&cold.source, &stamp, false, &head, &before.encode());
        cache.write_summary(&roots, w);

        let mut wb = write_back(&cold, &cache_dir, None);
        let mark = cache.entry_mark(&abs).expect("an entry");
        assert_ne!(mark, before.mark, "the entry was written again");
        wb.refresh_summary();
        let s = cache.read_summary(&roots).expect("readable").expect("kept");
        let r = s.get(&cold.source).expect("the page's record");
        assert!(r.has_facts);
        let counts = (0..cold.articles.len())
            .map(|k| FactCount {
                len: fake(k).len() as u32,
                projects: false,
            })
            .collect();
        assert_eq!(
            s.note(r),
            Some(Note {
                mark,
                version: 42,
                facts: Some(counts),
            })
        );
        assert_eq!(
            s.head(r, &cold.source).expect("head").articles.len(),
            cold.articles.len()
        );
    }

    /// The file changed after the reader loaded it and another run cached the new text: the
    /// old text's facts are not written onto it.
    #[test]
    fn facts_of_an_older_text_never_reach_a_newer_entry() {
        let (_dir, path, cache) = setup();
        let old = load(&path, &cache);
        let text = String::from_utf8_lossy(ingest::SAMPLE).replace("开发区", "开发园区");
        std::fs::write(&path, text).expect("write");
        let newer = load(&path, &cache);
        assert_ne!(
            old.articles.iter().map(fingerprint).collect::<Vec<_>>(),
            newer.articles.iter().map(fingerprint).collect::<Vec<_>>()
        );
        write_back(&old, &cache, None);
        let again = load(&path, &cache);
        assert!(again.articles.iter().all(|a| a.facts.is_empty()));
    }
}
