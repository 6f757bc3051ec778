//! Which pages a reader opens first: the newest editions. [`newest_first`] orders a walked list;
//! [`probe`] finds the newest few pages of a folder before the walk is done, reading only the
//! directories at the newest end of the tree, so the first pages can parse while the rest of a
//! big archive is still being walked (the walk and its duplicate-dropping stay the one truth:
//! the reader keeps a probed page only when the walk lists it under the same path).

use std::path::{Path, PathBuf};

use crate::ingest::edition;
use crate::ingest::Source;

/// Directories a probe reads at most: a dated tree (`YYYY/MM/DD/NN.txt`) needs four or five,
/// and a tree with no date in its names must not cost a walk of its own.
const PROBE_DIRS: usize = 32;

/// Sources in the order the reader loads them: newest path date first, undated last, path
/// order otherwise. Returns each source with its position in path order.
pub fn newest_first(sources: Vec<Source>) -> Vec<(usize, Source)> {
    newest_first_at(sources.into_iter().enumerate().collect())
}

/// [`newest_first`] for sources that carry their position in path order already (what is left
/// of a walk once the probed pages are taken out).
pub fn newest_first_at(sources: Vec<(usize, Source)>) -> Vec<(usize, Source)> {
    use rayon::prelude::*;
    // Dates found on all cores: a path's date is a pattern match, and a reader waits for
    // 10,000 of them before it loads past its first pages.
    let mut keyed: Vec<(Option<String>, usize, Source)> = sources
        .into_par_iter()
        .map(|(i, s)| {
            let date = match &s {
                Source::File(p) => edition::from_path(&p.to_string_lossy()).date,
                _ => None,
            };
            (date, i, s)
        })
        .collect();
    keyed.sort_by(|a, b| match (&a.0, &b.0) {
        (Some(x), Some(y)) => y.cmp(x).then(a.1.cmp(&b.1)),
        (x, y) => x.is_none().cmp(&y.is_none()).then(a.1.cmp(&b.1)),
    });
    keyed.into_iter().map(|(_, i, s)| (i, s)).collect()
}

/// Up to `n` regular `*.txt` files under the directory `root`, newest edition first: the
/// directories are read greatest name first (dated folders sort by date) until `n` files are
/// found. Links are not followed and problems are passed over: the walk reports them, and a
/// probed file counts only if the walk lists it too. Candidates are ordered as
/// [`newest_first`] orders them.
pub fn probe(root: &Path, n: usize) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut budget = PROBE_DIRS;
    visit(root, n, &mut budget, &mut found);
    let sources = found.into_iter().map(Source::File).collect();
    newest_first(sources)
        .into_iter()
        .filter_map(|(_, s)| match s {
            Source::File(p) => Some(p),
            _ => None,
        })
        .take(n)
        .collect()
}

/// Collects the `*.txt` files of `dir`, then visits its subdirectories greatest name first
/// while fewer than `n` files are known and the budget lasts.
fn visit(dir: &Path, n: usize, budget: &mut usize, found: &mut Vec<PathBuf>) {
    if *budget == 0 || found.len() >= n {
        return;
    }
    *budget -= 1;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut subdirs = Vec::new();
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            subdirs.push(path);
        } else if kind.is_file() && is_txt(&path) {
            found.push(path);
        }
    }
    subdirs.sort_unstable_by(|a, b| b.cmp(a));
    for sub in subdirs {
        if found.len() >= n {
            break;
        }
        visit(&sub, n, budget, found);
    }
}

/// A page file's name, as the walk takes it: `*.txt`, any case.
fn is_txt(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(p: &str) -> Source {
        Source::File(PathBuf::from(p))
    }

    fn names(v: &[(usize, Source)]) -> Vec<String> {
        v.iter().map(|(_, s)| s.name()).collect()
    }

    #[test]
    fn dated_paths_come_newest_first_and_undated_last_in_path_order() {
        let v = newest_first(vec![
            file("a/notes.txt"),
            file("2025/12/01/01.txt"),
            file("2025/12/01/02.txt"),
            file("b/other.txt"),
            file("2025/12/24/01.txt"),
        ]);
        assert_eq!(
            names(&v),
            [
                "2025/12/24/01.txt",
                "2025/12/01/01.txt",
                "2025/12/01/02.txt",
                "a/notes.txt",
                "b/other.txt"
            ]
        );
        assert_eq!(
            v.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            [4, 1, 2, 0, 3]
        );
    }

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for f in files {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, "一").expect("write");
        }
        dir
    }

    fn relative(found: &[PathBuf], root: &Path) -> Vec<String> {
        found
            .iter()
            .map(|p| {
                p.strip_prefix(root)
                    .expect("under root")
                    .display()
                    .to_string()
            })
            .collect()
    }

    /// A dated archive: the probe reads the newest day's folder (and the one before, to make
    /// up the count) and orders them as the walk's newest-first order would.
    #[test]
    fn a_probe_finds_the_newest_pages_of_a_dated_tree() {
        let dir = tree(&[
            "2024/12/31/01.txt",
            "2025/01/01/01.txt",
            "2025/01/02/01.txt",
            "2025/01/02/02.txt",
            "2025/01/02/notes.md",
            "2025/01/03/01.TXT",
        ]);
        let found = probe(dir.path(), 3);
        assert_eq!(
            relative(&found, dir.path()),
            [
                "2025/01/03/01.TXT",
                "2025/01/02/01.txt",
                "2025/01/02/02.txt"
            ]
        );
        assert_eq!(probe(dir.path(), 100).len(), 5);
    }

    /// Undated pages come after dated ones, as in [`newest_first`]; a missing folder or a file
    /// given instead of a folder finds nothing (the walk reports it).
    #[test]
    fn a_probe_puts_undated_pages_last_and_passes_over_problems() {
        let dir = tree(&["zz/notes.txt", "2025/01/02/01.txt"]);
        let found = probe(dir.path(), 2);
        assert_eq!(
            relative(&found, dir.path()),
            ["2025/01/02/01.txt", "zz/notes.txt"]
        );
        assert!(probe(&dir.path().join("missing"), 4).is_empty());
        assert!(probe(&dir.path().join("zz/notes.txt"), 4).is_empty());
    }

    /// Links are not followed: the walk decides under which path a linked page is listed.
    #[cfg(unix)]
    #[test]
    fn a_probe_follows_no_links() {
        let dir = tree(&["a/2025/01/02/01.txt"]);
        std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("z")).expect("link");
        let found = probe(dir.path(), 4);
        assert_eq!(relative(&found, dir.path()), ["a/2025/01/02/01.txt"]);
    }
}
