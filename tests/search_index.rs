//! The search index answers what the reader's scan answers: for every query, the articles with
//! at least one hit are the same, over every test page and the sample.

use dubao::index::{scan, SearchIndex};
use dubao::ingest::{self, Source};
use dubao::Article;

fn articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/pages")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut sources: Vec<Source> = paths.into_iter().map(Source::File).collect();
    sources.push(ingest::sample_source());
    sources
        .iter()
        .enumerate()
        .flat_map(|(k, s)| ingest::load_source(s, k + 1).expect("page loads").articles)
        .collect()
}

/// Queries written for the test, plus substrings taken from the pages themselves (every 97th
/// position, 1 to 4 chars long, some of them around a space) so most queries do hit.
fn queries(articles: &[Article]) -> Vec<String> {
    let mut qs: Vec<String> = [
        "经",
        "經",
        "經開區",
        "经开区",
        "开发区",
        "１２",
        "12",
        "２０２５",
        "亿元",
        "a",
        "A",
        "ｇｄｐ",
        "gdp",
        "2025年",
        "年 ",
        " ",
        "，",
        "记者",
        "記者",
        "龘",
        "不存在的词语",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let all: Vec<char> = articles
        .iter()
        .flat_map(|a| {
            let (t, b) = scan::texts(a);
            t.into_iter().chain(b).collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .collect();
    for (n, k) in (0..all.len()).step_by(97).enumerate() {
        let len = 1 + n % 4;
        let q: String = all[k..(k + len).min(all.len())].iter().collect();
        if !q.contains('\n') {
            qs.push(q);
        }
    }
    for (k, _) in all.iter().enumerate().filter(|(_, c)| **c == ' ').take(40) {
        if k > 0 && k + 1 < all.len() {
            qs.push(all[k - 1..=k + 1].iter().collect());
        }
    }
    qs
}

#[test]
fn index_hits_the_same_articles_as_the_scan() {
    let articles = articles();
    assert!(articles.len() > 20, "{} articles", articles.len());
    let idx = SearchIndex::build(articles.iter().enumerate().map(|(k, a)| (k as u64, a)))
        .expect("index builds");
    let qs = queries(&articles);
    assert!(qs.iter().any(|q| q.contains(' ') && q.chars().count() > 1));
    let mut hit = 0;
    for q in &qs {
        let want: Vec<u64> = articles
            .iter()
            .enumerate()
            .filter(|(_, a)| scan::count(a, q) > 0)
            .map(|(k, _)| k as u64)
            .collect();
        let got = idx.keys(q).expect("query runs");
        assert_eq!(got, want, "query {q:?}");
        hit += usize::from(!want.is_empty());
    }
    assert!(hit * 2 > qs.len(), "{hit} of {} queries hit", qs.len());
}

/// The hit counts the index gives (what the reader's search shows) are the scan's, article by
/// article, for every query: one char, a pair, and longer phrases of pairs.
#[test]
fn index_counts_what_the_scan_counts() {
    let articles = articles();
    let idx = SearchIndex::build(articles.iter().enumerate().map(|(k, a)| (k as u64, a)))
        .expect("index builds");
    let mut qs = queries(&articles);
    qs.extend(["哈哈", "哈哈哈", "经经", "开发区建设"].map(str::to_owned));
    let mut longer = 0;
    for q in &qs {
        let want: Vec<(u64, u32)> = articles
            .iter()
            .enumerate()
            .map(|(k, a)| (k as u64, scan::count(a, q) as u32))
            .filter(|&(_, n)| n > 0)
            .collect();
        let mut got: Vec<(u64, u32)> = idx
            .counts(q)
            .expect("query runs")
            .into_iter()
            .map(|(d, n)| (d.file, n))
            .collect();
        got.sort_unstable();
        assert_eq!(got, want, "query {q:?}");
        longer += usize::from(q.chars().count() > 2 && !want.is_empty());
    }
    assert!(longer > 10, "{longer} queries of 3+ chars hit");
}

mod kept {
    //! The index kept in the cache directory: reused, updated per file, and never trusted when
    //! damaged, from another version, taken by another process or impossible to write.

    use dubao::index::{page_version, store, SearchIndex};
    use dubao::Article;

    fn article(title: &str) -> Article {
        Article {
            title: vec![title.to_owned()],
            paragraphs: vec![format!("{title}：正文。")],
            ..Article::default()
        }
    }

    /// The index and its notice as the CLI would print it.
    fn open(dir: &std::path::Path) -> (SearchIndex, Option<String>) {
        let (index, notice) = store::open(dir).expect("an index, kept or in memory");
        (index, notice.map(|n| n.to_string()))
    }

    /// An index in `dir` holding file 1 (经开区) and file 2 (高新区), committed and closed.
    fn filled(dir: &std::path::Path) -> (u64, u64) {
        let (mut idx, notice) = open(dir);
        assert_eq!(notice, None);
        assert!(idx.is_persistent());
        let (a, b) = (article("经开区"), article("高新区"));
        let (va, vb) = (page_version(&[&a]), page_version(&[&b]));
        idx.add_page(1, va, "", &[&a]).expect("add");
        idx.add_page(2, vb, "", &[&b]).expect("add");
        idx.commit().expect("commit");
        (va, vb)
    }

    #[test]
    fn a_kept_index_is_reused_and_updated_file_by_file() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("index");
        let (va, vb) = filled(&dir);
        let (mut idx, notice) = open(&dir);
        assert_eq!(notice, None);
        assert_eq!((idx.version(1), idx.version(2)), (Some(va), Some(vb)));
        assert_eq!(idx.keys("区").expect("q"), vec![1, 2]);
        // File 1 changed: its documents are replaced, file 2's stay.
        let c = article("综保区");
        let vc = page_version(&[&c]);
        idx.add_page(1, vc, "", &[&c]).expect("add");
        idx.commit().expect("commit");
        drop(idx);
        let (idx, _) = open(&dir);
        assert_eq!(idx.version(1), Some(vc));
        assert_eq!(idx.keys("经开").expect("q"), Vec::<u64>::new());
        assert_eq!(idx.keys("综保").expect("q"), vec![1]);
        assert_eq!(idx.keys("高新").expect("q"), vec![2]);
    }

    #[test]
    fn documents_of_deleted_files_are_found_for_removal() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let page = tmp.path().join("01.txt");
        std::fs::write(&page, "x").expect("write");
        let (mut idx, _) = open(&tmp.path().join("index"));
        let a = article("经开区");
        let path = page.to_string_lossy();
        idx.add_page(7, page_version(&[&a]), &path, &[&a])
            .expect("add");
        idx.commit().expect("commit");
        let none = std::collections::HashSet::new();
        assert!(idx.gone(&none).is_empty(), "the file is still there");
        std::fs::remove_file(&page).expect("remove");
        assert_eq!(idx.gone(&none), vec![7]);
        let seen: std::collections::HashSet<u64> = [7].into_iter().collect();
        assert!(idx.gone(&seen).is_empty(), "a file seen this run stays");
        idx.remove(7);
        idx.commit().expect("commit");
        assert_eq!(idx.version(7), None);
    }

    #[test]
    fn a_damaged_index_is_rebuilt_with_one_notice() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("index");
        filled(&dir);
        for e in std::fs::read_dir(&dir).expect("dir").flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".idx") || name.ends_with(".pos") || name.ends_with(".term") {
                std::fs::write(e.path(), b"not an index").expect("damage");
            }
        }
        let (idx, notice) = open(&dir);
        assert!(
            notice.as_deref().is_some_and(|n| n.contains("damaged")),
            "{notice:?}"
        );
        assert!(idx.is_persistent());
        assert_eq!(idx.files(), 0);
        drop(idx);
        assert_eq!(open(&dir).1, None, "one notice, then a sound index");
    }

    #[test]
    fn an_unreadable_meta_file_is_rebuilt_too() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("index");
        filled(&dir);
        std::fs::write(dir.join("meta.json"), b"{ truncated").expect("damage");
        let (idx, notice) = open(&dir);
        assert!(notice.is_some_and(|n| n.contains("damaged")));
        assert_eq!(idx.files(), 0);
    }

    #[test]
    fn an_index_of_another_version_is_rebuilt() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("index");
        filled(&dir);
        std::fs::write(dir.join("dubao-index.version"), "dubao-index-0").expect("write");
        let (idx, notice) = open(&dir);
        assert!(
            notice
                .as_deref()
                .is_some_and(|n| n.contains("another version")),
            "{notice:?}"
        );
        assert_eq!(idx.files(), 0);
    }

    #[test]
    fn a_second_process_indexes_in_memory() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("index");
        let (va, _) = filled(&dir);
        let (first, _) = open(&dir);
        let (mut second, notice) = open(&dir);
        assert!(
            notice.as_deref().is_some_and(|n| n.contains("in use")),
            "{notice:?}"
        );
        assert!(!second.is_persistent());
        let a = article("经开区");
        second.add_page(1, va, "", &[&a]).expect("add");
        second.commit().expect("commit");
        assert_eq!(second.keys("经开").expect("q"), vec![1]);
        // The kept index is untouched and usable again once the first is closed.
        assert_eq!(first.version(1), Some(va));
        drop((first, second));
        let (again, notice) = open(&dir);
        assert_eq!(notice, None);
        assert_eq!(again.version(1), Some(va));
    }

    #[test]
    fn an_unwritable_directory_means_an_index_in_memory() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let file = tmp.path().join("cache");
        std::fs::write(&file, "a file, not a directory").expect("write");
        let (mut idx, notice) = open(&file.join("index"));
        assert!(notice.is_some_and(|n| n.contains("in memory")));
        assert!(!idx.is_persistent());
        let a = article("经开区");
        idx.add_page(1, 1, "", &[&a]).expect("add");
        idx.commit().expect("commit");
        assert_eq!(idx.keys("经").expect("q"), vec![1]);
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_directory_means_an_index_in_memory() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().expect("temp dir");
        let ro = tmp.path().join("ro");
        std::fs::create_dir(&ro).expect("dir");
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        if std::fs::write(ro.join("probe"), "x").is_ok() {
            eprintln!("skipping: running as a user who can write read-only directories");
            return;
        }
        let (idx, notice) = open(&ro.join("index"));
        assert!(notice.is_some_and(|n| n.contains("in memory")));
        assert!(!idx.is_persistent());
    }
}
