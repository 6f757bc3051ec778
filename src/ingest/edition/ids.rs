//! Stable article ids: from the edition when a page's date and number are known, else from the
//! file's path under the folder it was found in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::model::{Article, Corpus, Page};

/// The name a file is known by in ids: its path under the folder (a PATH argument) it was found
/// in, else the path as given, without a leading `./`.
pub fn relative_name(source: &str, roots: &[impl AsRef<Path>]) -> String {
    relative_name_in(source, &folders(roots))
}

/// The `roots` that are folders, to name many files with [`relative_name_in`]: asking the file
/// system once, not once a file (a stat a page was a fifth of a warm open's id pass).
pub fn folders(roots: &[impl AsRef<Path>]) -> Vec<PathBuf> {
    roots
        .iter()
        .map(AsRef::as_ref)
        .filter(|r| r.is_dir())
        .map(Path::to_path_buf)
        .collect()
}

/// [`relative_name`] with its roots' folders already found ([`folders`]).
pub fn relative_name_in(source: &str, folders: &[PathBuf]) -> String {
    let p = Path::new(source);
    let rel = folders
        .iter()
        .filter_map(|r| p.strip_prefix(r).ok())
        .find(|rel| !rel.as_os_str().is_empty())
        .unwrap_or(p);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.trim_start_matches("./").to_owned()
}

/// Gives every article its stable id: `YYYY-MM-DD/NN/k` when its page's date and number are
/// known (prefixed `paper/` when pages of several papers share them), else `name#k` with the
/// page's [`relative_name`]. Pages that would still collide (the same edition twice) fall back
/// to names too. Nothing depends on the order or the set of other files.
pub fn assign_ids(corpus: &mut Corpus, roots: &[impl AsRef<Path>]) {
    let keys: Vec<PageKey<'_>> = corpus.pages.iter().map(PageKey::of).collect();
    let bases = id_bases(&keys, roots);
    for (page, base) in corpus.pages.iter_mut().zip(bases) {
        number(&mut page.articles, &base);
    }
}

/// What a page's ids depend on: its source and its edition. A reader that loads pages in the
/// background keeps these (not the pages) to give ids as pages arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageKey<'a> {
    pub source: &'a str,
    pub paper: Option<&'a str>,
    pub date: Option<&'a str>,
    pub page_no: Option<u32>,
}

impl<'a> PageKey<'a> {
    pub fn of(page: &'a Page) -> PageKey<'a> {
        PageKey {
            source: &page.source,
            paper: page.paper.as_deref(),
            date: page.date.as_deref(),
            page_no: page.page_no,
        }
    }
}

/// Each page's id base as [`assign_ids`] gives it (`2025-12-24/03/`, `misc/notes.txt#`): article
/// `k` of the page is [`article_id`]`(base, k)`. A page's base depends only on the pages that
/// share its date and page number or its name, so as pages arrive it changes only when a page of
/// another paper with the same edition, or a file of the same name, does.
pub fn id_bases(pages: &[PageKey<'_>], roots: &[impl AsRef<Path>]) -> Vec<String> {
    let mut editions: BTreeMap<(&str, u32), Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        if let (Some(d), Some(n)) = (p.date, p.page_no) {
            editions.entry((d, n)).or_default().push(i);
        }
    }
    let mut prefix: Vec<Option<String>> = vec![None; pages.len()];
    for ((date, n), group) in &editions {
        let papers: Vec<Option<&str>> = group.iter().map(|&i| pages[i].paper).collect();
        let several = papers.iter().any(|p| *p != papers[0]);
        for (k, &i) in group.iter().enumerate() {
            let twin = papers
                .iter()
                .enumerate()
                .any(|(j, p)| j != k && *p == papers[k]);
            prefix[i] = match (twin, several, papers[k]) {
                (true, _, _) | (false, true, None) => None,
                (false, true, Some(paper)) => Some(format!("{paper}/{date}/{n:02}/")),
                (false, false, _) => Some(format!("{date}/{n:02}/")),
            };
        }
    }
    name_bases(pages, prefix, roots)
}

/// The id of article `k` (from 0) of a page with id base `base` (see [`id_bases`]). Made in
/// one allocation of its size: every article of a parsed page gets one, and `format!` cost
/// more than the rest of numbering.
pub fn article_id(base: &str, k: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let number = digits.format(k.saturating_add(1));
    let mut id = String::with_capacity(base.len() + number.len());
    id.push_str(base);
    id.push_str(number);
    id
}

/// Whether `id` is [`article_id`]`(base, k)`, found without making that id.
pub(super) fn is_article_id(id: &str, base: &str, k: usize) -> bool {
    id.strip_prefix(base)
        .and_then(|n| {
            n.parse::<usize>()
                .ok()
                .filter(|_| !n.starts_with(['0', '+']))
        })
        .is_some_and(|n| Some(n) == k.checked_add(1))
}

/// Provisional ids of a page parsed on its own, before any corpus is known:
/// `{page_no}-{k}`. [`assign_ids`] replaces them when the page joins a corpus.
pub fn number_alone(articles: &mut [Article], page_no: usize) {
    number(articles, &format!("{page_no}-"));
}

/// Numbers articles from 1 in page order after `base`. An article that has its id already
/// keeps it: pages listed from the archive's summary or read from the cache mostly do, and
/// making every id again was half of a warm open's id pass.
pub fn number(articles: &mut [Article], base: &str) {
    for (k, a) in articles.iter_mut().enumerate() {
        if !is_article_id(&a.id, base, k) {
            a.id = article_id(base, k);
        }
    }
}

/// Each page's id base: its edition prefix, else `name#` with its [`relative_name`] — or with
/// its path as given when that name is another file's too (`x.txt` under two folders given
/// together), so that two articles never share an id.
fn name_bases(
    pages: &[PageKey<'_>],
    prefix: Vec<Option<String>>,
    roots: &[impl AsRef<Path>],
) -> Vec<String> {
    let folders = folders(roots);
    let names: Vec<Option<String>> = pages
        .iter()
        .zip(&prefix)
        .map(|(p, pre)| pre.is_none().then(|| relative_name_in(p.source, &folders)))
        .collect();
    let mut sources: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, page) in names.iter().zip(pages) {
        if let Some(name) = name {
            sources.entry(name).or_default().insert(page.source);
        }
    }
    let clash = |name: &str| sources.get(name).is_some_and(|s| s.len() > 1);
    prefix
        .iter()
        .zip(&names)
        .zip(pages)
        .map(|((pre, name), page)| match (pre, name) {
            (Some(pre), _) => pre.clone(),
            (None, Some(name)) if clash(name) => {
                let path = page.source.replace('\\', "/");
                format!("{}#", path.trim_start_matches("./"))
            }
            (None, name) => format!("{}#", name.as_deref().unwrap_or_default()),
        })
        .collect()
}
