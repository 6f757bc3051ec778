//! Page text on demand. With a page cache the reader keeps of each article only what the list,
//! the status line, the filters, the ledger and the exports ask of every article (id, title,
//! zones, date, kind: its *head*) and reads the rest (dateline, reporters, paragraphs,
//! captions, byline; and facts, when the cache holds them) back from the cache when an article
//! is shown, searched, extracted or its sentences are looked for; the pages used last stay in
//! a small LRU. Memory then follows the screen, not the archive: the text of 10,000 pages was
//! most of what a reader held.
//!
//! A page comes back through the loader, so a file changed since its entry was written is read
//! and parsed again (never the old text), and an unreadable entry falls back to the file. Each
//! of the UI thread, the search worker and the fact extractor has its own [`PageTexts`].

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::i18n::{problems, Lang};
use crate::loader::Loader;
use crate::model::{Article, Page};

/// A page's articles, full text, shared with whoever asked for them last.
pub type Articles = Arc<Vec<Arc<Article>>>;

/// Reads pages back on demand and keeps the last few; see the module docs.
pub struct PageTexts {
    loader: Loader,
    /// Most recently used first: (source, its articles).
    recent: VecDeque<(String, Articles)>,
    capacity: usize,
    /// The facts of the last page whose facts alone were read ([`PageTexts::facts`]).
    last_facts: Option<(String, Vec<Vec<crate::model::Fact>>)>,
    /// Notices for the user not yet taken, and the sources already noted (one notice each).
    notices: Vec<String>,
    noted: std::collections::HashSet<String>,
    /// Loader notices already passed on.
    passed: usize,
    /// The language notices are said in (the reader's, once it holds this).
    lang: Lang,
    /// Pages (or their facts alone) read back so far, not counting those found among the
    /// recent ones; shared with
    /// whoever asked for [`PageTexts::reads`].
    reads: Arc<std::sync::atomic::AtomicUsize>,
}

impl std::fmt::Debug for PageTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageTexts")
            .field("recent", &self.recent.len())
            .field("capacity", &self.capacity)
            .finish_non_exhaustive()
    }
}

impl PageTexts {
    /// Reads pages through `loader` (a [`Loader::sibling`] of the one that loaded them),
    /// keeping the last `capacity` pages.
    pub fn new(loader: Loader, capacity: usize) -> PageTexts {
        PageTexts {
            loader,
            recent: VecDeque::new(),
            last_facts: None,
            capacity: capacity.max(1),
            notices: Vec::new(),
            noted: std::collections::HashSet::new(),
            passed: 0,
            lang: Lang::default(),
            reads: Arc::default(),
        }
    }

    /// Says notices in `lang`.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// A reader of its own through the same cache, keeping the last `capacity` pages, counted
    /// with this one's reads: work done here for a worker (tests, snapshots) leaves the pages
    /// this one keeps in place.
    pub fn sibling(&self, capacity: usize) -> PageTexts {
        PageTexts {
            reads: Arc::clone(&self.reads),
            lang: self.lang,
            ..PageTexts::new(self.loader.sibling(), capacity)
        }
    }

    /// The articles of the page read from `source`, full text, from the recent pages when
    /// there; `fix` adjusts a page read anew (the reader gives it its ids) before it is kept.
    /// `None` when the page cannot be read at all (the file is gone): a notice says so once.
    pub fn page(&mut self, source: &str, fix: impl FnOnce(&mut Page)) -> Option<Articles> {
        if let Some(k) = self.recent.iter().position(|(s, _)| s == source) {
            let hit = self.recent.remove(k)?;
            let articles = Arc::clone(&hit.1);
            self.recent.push_front(hit);
            return Some(articles);
        }
        self.reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let read = self.loader.load_file(&source_path(source), 1);
        self.pass_loader_notices();
        let mut page = match read {
            Ok(l) => l.page,
            Err(e) => {
                if self.noted.insert(source.to_owned()) {
                    self.notices.push(problems::load_error(&e, self.lang));
                }
                return None;
            }
        };
        fix(&mut page);
        let articles: Articles = Arc::new(page.articles.into_iter().map(Arc::new).collect());
        self.recent
            .push_front((source.to_owned(), Arc::clone(&articles)));
        self.recent.truncate(self.capacity);
        Some(articles)
    }

    /// How many pages (or pages' facts) were read back, however far this
    /// reader has moved since (to another thread): what costs, and what a search through the
    /// index or a zone picker from the heads must not do.
    pub fn reads(&self) -> Arc<std::sync::atomic::AtomicUsize> {
        Arc::clone(&self.reads)
    }

    /// Article `k` of the page read from `source` (see [`PageTexts::page`]).
    pub fn article(&mut self, source: &str, k: usize) -> Option<Arc<Article>> {
        self.page(source, |_| {})?.get(k).cloned()
    }

    /// Forgets the page read from `source`, if kept (its cache entry changed).
    pub fn forget_page(&mut self, source: &str) {
        self.recent.retain(|(s, _)| s != source);
        if self.last_facts.as_ref().is_some_and(|(s, _)| s == source) {
            self.last_facts = None;
        }
    }

    /// The facts of article `k` of the page read from `source`: from a page kept, else from
    /// the facts section of its cache entry alone when the file is unchanged (the zone
    /// picker and the ledger ask for every article's facts: decoding every page's text for
    /// them would take seconds on a big archive), else with the page read back.
    pub fn facts(&mut self, source: &str, k: usize) -> Vec<crate::model::Fact> {
        if let Some((_, page)) = self.recent.iter().find(|(s, _)| s == source) {
            return page.get(k).map(|a| a.facts.clone()).unwrap_or_default();
        }
        if self.last_facts.as_ref().is_none_or(|(s, _)| s != source) {
            self.last_facts = self.cached_facts(source).map(|f| (source.to_owned(), f));
        }
        if let Some((_, facts)) = &self.last_facts {
            return facts.get(k).cloned().unwrap_or_default();
        }
        self.article(source, k)
            .map(|a| a.facts.clone())
            .unwrap_or_default()
    }

    /// The facts in the cache entry of an unchanged file, if it holds them.
    fn cached_facts(&self, source: &str) -> Option<Vec<Vec<crate::model::Fact>>> {
        let cache = self.loader.cache()?;
        self.reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = source_path(source);
        let meta = std::fs::metadata(&path).ok()?;
        let abs = std::path::absolute(&path).ok()?;
        let src = crate::cache::Source {
            abs: &abs,
            name: source,
            stamp: crate::cache::Stamp::of(&meta),
        };
        match cache.lookup(&src) {
            crate::cache::Lookup::Fresh(e) if e.has_facts => e.facts(),
            _ => None,
        }
    }

    /// Forgets the pages kept (their ids changed).
    pub fn forget(&mut self) {
        self.recent.clear();
    }

    /// Records a notice for the user, once however often it is met.
    pub fn note(&mut self, text: String) {
        if self.noted.insert(text.clone()) {
            self.notices.push(text);
        }
    }

    /// Notices not yet shown: a page that could not be read back, damaged cache entries read
    /// from their files instead.
    pub fn take_notices(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notices)
    }

    fn pass_loader_notices(&mut self) {
        let all = self.loader.notices();
        if all.len() > self.passed {
            let lang = self.lang;
            self.notices.extend(
                all[self.passed..]
                    .iter()
                    .map(|n| problems::cache_notice(n, lang)),
            );
            self.passed = all.len();
        }
    }
}

/// The file a page's `source` names: the reader lists files by the name they were given as.
fn source_path(source: &str) -> PathBuf {
    Path::new(source).to_path_buf()
}

/// Whether the text of a page read from `path` can be read back on demand: it came from that
/// file (its name is the path, so reading the name finds it again) and was cached (a page
/// with damaged bytes is not: its notice must show on every open).
pub fn can_read_back(path: &Path, page: &Page, cached: bool) -> bool {
    cached && Path::new(&page.source) == path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{self, LoadOptions};
    use crate::loader::CacheMode;

    fn setup() -> (tempfile::TempDir, PathBuf, PageTexts) {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("p.txt");
        std::fs::write(&file, ingest::SAMPLE).expect("write");
        let mode = CacheMode::Dir(dir.path().join("cache"));
        let loader = Loader::new(&mode, LoadOptions::default());
        // Fill the cache as an open does.
        loader.load_file(&file, 1).expect("loads");
        let texts = PageTexts::new(loader.sibling(), 2);
        (dir, file, texts)
    }

    /// Every paragraph of the page read from `name`.
    fn text(texts: &mut PageTexts, name: &str) -> String {
        let page = texts.page(name, |_| {}).expect("page");
        page.iter().map(|a| a.paragraphs.concat()).collect()
    }

    #[test]
    fn a_page_comes_back_with_its_text() {
        let (_d, file, mut texts) = setup();
        let name = file.display().to_string();
        assert!(text(&mut texts, &name).contains("经开区"));
        let a = texts.article(&name, 0).expect("article");
        let again = texts.article(&name, 0).expect("article");
        assert!(Arc::ptr_eq(&a, &again), "kept, not read again");
        assert!(texts.take_notices().is_empty());
    }

    #[test]
    fn a_changed_file_gives_its_new_text() {
        let (_d, file, mut texts) = setup();
        let name = file.display().to_string();
        assert!(text(&mut texts, &name).contains("经开区"));
        texts.forget();
        let changed = String::from_utf8_lossy(ingest::SAMPLE).replace("经开区", "高新区");
        std::fs::write(&file, changed).expect("write");
        assert!(!text(&mut texts, &name).contains("经开区"));
    }

    #[test]
    fn a_damaged_entry_falls_back_to_the_file_with_one_notice() {
        let (d, file, mut texts) = setup();
        let name = file.display().to_string();
        let packs = walk(&d.path().join("cache/packs"));
        for e in packs
            .iter()
            .filter(|e| e.extension().is_some_and(|x| x == "pack"))
        {
            // Cut short: its header checks out, its sections do not.
            let bytes = std::fs::read(e).expect("entry");
            std::fs::write(e, &bytes[..bytes.len() / 2]).expect("damage");
        }
        assert!(
            text(&mut texts, &name).contains("经开区"),
            "read from the file"
        );
        let notices = texts.take_notices();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(texts.take_notices().is_empty());
    }

    #[test]
    fn a_deleted_file_is_noted_once() {
        let (_d, file, mut texts) = setup();
        let name = file.display().to_string();
        std::fs::remove_file(&file).expect("rm");
        assert!(texts.article(&name, 0).is_none());
        assert!(texts.article(&name, 0).is_none());
        assert_eq!(texts.take_notices().len(), 1);
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }
}
