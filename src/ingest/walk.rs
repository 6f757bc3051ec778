//! The paths a user gives → the sources to load and the problems met on the way.
//!
//! A pure listing step (no file is opened for reading here), so that loading can run over its
//! result in any order or in parallel. Directories are walked with a set of the directories
//! already entered, keyed by device and inode, so a symbolic link loop (`self -> .`,
//! `sub/up -> ..`) is reported once per link and never followed. Inside a directory only regular
//! `*.txt` files are sources: a FIFO would block the whole load and a device never ends, so they
//! are noticed and skipped. An unreadable subdirectory is named exactly and its siblings still
//! load.

use std::collections::HashSet;
use std::fs::{FileType, Metadata};
use std::path::{Path, PathBuf};

use super::Source;
use crate::error::{LoadError, LoadProblem};

/// What a walk found: the sources, each one's metadata (see [`walk_stat`]) and the problems met.
pub type Walked = (Vec<Source>, Vec<Option<Metadata>>, Vec<LoadError>);

/// Expands user paths: a file as is (whatever its type: the user named it), a directory to
/// every regular `*.txt` below it (recursively, in name order), `-` to stdin.
pub fn walk(paths: &[PathBuf]) -> (Vec<Source>, Vec<LoadError>) {
    let (sources, _, problems) = walk_stat(paths);
    (sources, problems)
}

/// [`walk`], with each source's metadata as the walk read it (following links; `None` for
/// stdin or a file that could not be stat-ed): the walk stats every file to drop duplicates,
/// and the reader's load, which needs each file's stamp, stat-ed all 10,000 of them again.
pub fn walk_stat(paths: &[PathBuf]) -> Walked {
    let mut walker = Walker::default();
    for p in paths {
        if p.as_os_str() == "-" {
            walker.sources.push(Source::Stdin);
            continue;
        }
        match std::fs::metadata(p) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let problems = walker.problems.len();
                walker.dir(p, &meta, &mut Vec::new(), &mut found);
                // `dubao list notes/` on a folder of `.md` files printed nothing and exited 0:
                // say why nothing came of it, unless a problem met on the way already does.
                if found.is_empty() && walker.problems.len() == problems {
                    walker.problem(p, LoadProblem::NoPages);
                }
                found.sort();
                walker.sources.extend(found.into_iter().map(Source::File));
            }
            Ok(_) => walker.sources.push(Source::File(p.clone())),
            Err(e) => walker.problem(p, io_problem(e)),
        }
    }
    let meta = dedup_files(&mut walker.sources);
    (walker.sources, meta, walker.problems)
}

/// Keeps the first of several ways to one file (`dubao pages/ pages/today.txt`, a link to a page
/// beside it): the same articles twice would share their ids and double every count.
///
/// The files are stat-ed on all cores (on a 10,000-page archive the stats cost as much as
/// reading the directories, and a reader waits for them before its first screen), then kept
/// or dropped in order.
fn dedup_files(sources: &mut Vec<Source>) -> Vec<Option<Metadata>> {
    use rayon::prelude::*;
    let meta: Vec<Option<Metadata>> = sources
        .par_iter()
        .map(|s| match s {
            Source::File(p) => std::fs::metadata(p).ok(),
            _ => None,
        })
        .collect();
    let mut seen = HashSet::new();
    let keep: Vec<bool> = sources
        .iter()
        .zip(&meta)
        .map(|(s, m)| {
            let id = match (s, m) {
                (Source::File(p), Some(m)) => dir_id(p, m),
                _ => None,
            };
            id.is_none_or(|id| seen.insert(id))
        })
        .collect();
    let mut keeps = keep.iter();
    sources.retain(|_| keeps.next().copied().unwrap_or(true));
    meta.into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect()
}

/// Whether two paths name one file, as the walk's dropping of duplicates tells (device and
/// inode where the platform has them), from their metadata.
pub fn same_file(a: (&Path, &Metadata), b: (&Path, &Metadata)) -> bool {
    matches!((dir_id(a.0, a.1), dir_id(b.0, b.1)), (Some(x), Some(y)) if x == y)
}

/// Identity of a directory or file: device and inode where the platform has them.
#[cfg(unix)]
type DirId = (u64, u64);
#[cfg(not(unix))]
type DirId = PathBuf;

#[cfg(unix)]
fn dir_id(_path: &Path, meta: &Metadata) -> Option<DirId> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_id(path: &Path, _meta: &Metadata) -> Option<DirId> {
    std::fs::canonicalize(path).ok()
}

#[derive(Default)]
struct Walker {
    sources: Vec<Source>,
    problems: Vec<LoadError>,
    /// Every directory entered so far: a second way into one adds nothing.
    visited: HashSet<DirId>,
}

impl Walker {
    fn problem(&mut self, path: &Path, problem: LoadProblem) {
        self.problems.push(LoadError {
            path: path.display().to_string(),
            problem,
        });
    }

    /// Walks one directory; `ancestors` are the directories it is inside of (id, path), so a
    /// link back to one of them can be named as a loop.
    fn dir(
        &mut self,
        dir: &Path,
        meta: &Metadata,
        ancestors: &mut Vec<(DirId, PathBuf)>,
        found: &mut Vec<PathBuf>,
    ) {
        let Some(id) = dir_id(dir, meta) else {
            return self.problem(dir, LoadProblem::NotFound);
        };
        // `DirId` is `Copy` on unix only; elsewhere it is a path.
        #[allow(clippy::clone_on_copy)]
        let first_visit = self.visited.insert(id.clone());
        if !first_visit {
            if let Some((_, target)) = ancestors.iter().find(|(a, _)| *a == id) {
                let target = target.display().to_string();
                self.problem(dir, LoadProblem::Loop(target));
            }
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => return self.problem(dir, io_problem(e)),
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => children.push((entry.path(), entry.file_type())),
                Err(e) => {
                    self.problem(dir, io_problem(e));
                    break;
                }
            }
        }
        // Real entries before links, so a directory's files are listed under its own path when
        // a link to it also exists.
        children
            .sort_by_key(|(path, t)| (t.as_ref().is_ok_and(FileType::is_symlink), path.clone()));
        ancestors.push((id, dir.to_path_buf()));
        for (path, file_type) in children {
            match file_type {
                Ok(t) => self.entry(&path, t, ancestors, found),
                Err(e) => self.problem(&path, io_problem(e)),
            }
        }
        ancestors.pop();
    }

    /// One directory entry: a subdirectory (or a link to one) is walked, a regular `*.txt` file
    /// is a source, a special file named `*.txt` is noticed and skipped, anything else ignored.
    fn entry(
        &mut self,
        path: &Path,
        file_type: FileType,
        ancestors: &mut Vec<(DirId, PathBuf)>,
        found: &mut Vec<PathBuf>,
    ) {
        let is_txt = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        let (kind, meta) = if file_type.is_symlink() {
            match std::fs::metadata(path) {
                Ok(m) => (m.file_type(), Some(m)),
                Err(_) if !is_txt => return,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return self.problem(path, LoadProblem::BrokenLink);
                }
                Err(e) => return self.problem(path, io_problem(e)),
            }
        } else {
            (file_type, None)
        };
        if kind.is_dir() {
            let meta = match meta.map_or_else(|| std::fs::metadata(path), Ok) {
                Ok(m) => m,
                Err(e) => return self.problem(path, io_problem(e)),
            };
            self.dir(path, &meta, ancestors, found);
        } else if !is_txt {
        } else if kind.is_file() {
            found.push(path.to_path_buf());
        } else {
            self.problem(path, LoadProblem::NotRegular(special_kind(kind)));
        }
    }
}

/// A name for a file that is neither regular nor a directory.
fn special_kind(t: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
    }
    let _ = t;
    "a special file"
}

/// `NotFound` reads better on its own; everything else keeps the system's words.
fn io_problem(e: std::io::Error) -> LoadProblem {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadProblem::NotFound,
        _ => LoadProblem::Io(e),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn names(sources: &[Source], root: &Path) -> Vec<String> {
        sources
            .iter()
            .map(|s| match s {
                Source::File(p) => p
                    .strip_prefix(root)
                    .map(|r| r.display().to_string())
                    .unwrap_or_default(),
                other => other.name(),
            })
            .collect()
    }

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("sub/deeper")).expect("mkdir");
        for f in ["a.txt", "sub/b.TXT", "sub/deeper/c.txt", "notes.md"] {
            std::fs::write(root.join(f), "一").expect("write");
        }
        dir
    }

    /// The metadata a walk hands over is each kept source's own, duplicates dropped with
    /// their files, stdin without any.
    #[test]
    fn each_source_comes_with_its_own_metadata() {
        use std::os::unix::fs::MetadataExt;
        let dir = tree();
        let root = dir.path();
        std::fs::write(root.join("sub/b.TXT"), "一二三").expect("write");
        std::fs::hard_link(root.join("a.txt"), root.join("sub/z.txt")).expect("link");
        let (s, meta, p) = walk_stat(&[root.to_path_buf(), PathBuf::from("-")]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(s.len(), meta.len());
        for (source, m) in s.iter().zip(&meta) {
            match source {
                Source::File(path) => {
                    let own = std::fs::metadata(path).expect("stat");
                    let m = m.as_ref().expect("a file's metadata");
                    assert_eq!((m.ino(), m.len()), (own.ino(), own.len()), "{path:?}");
                }
                _ => assert!(m.is_none()),
            }
        }
    }

    #[test]
    fn a_file_named_twice_is_listed_once() {
        let dir = tree();
        let root = dir.path();
        symlink("a.txt", root.join("latest.txt")).expect("symlink");
        let (s, p) = walk(&[
            root.to_path_buf(),
            root.join("a.txt"),
            root.join("sub/b.TXT"),
        ]);
        assert_eq!(names(&s, root), ["a.txt", "sub/b.TXT", "sub/deeper/c.txt"]);
        assert!(p.is_empty(), "{p:?}");
    }

    /// Hard links: the first path in walk order is kept, wherever the others are.
    #[test]
    fn a_hard_link_is_listed_once_under_its_first_path() {
        let dir = tree();
        let root = dir.path();
        std::fs::hard_link(root.join("sub/deeper/c.txt"), root.join("0.txt")).expect("link");
        std::fs::hard_link(root.join("a.txt"), root.join("sub/z.txt")).expect("link");
        let (s, p) = walk(&[root.to_path_buf()]);
        assert_eq!(names(&s, root), ["0.txt", "a.txt", "sub/b.TXT"]);
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn a_directory_without_pages_is_noticed() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("notes.md"), "一").expect("write");
        let (s, p) = walk(&[dir.path().to_path_buf()]);
        assert!(s.is_empty());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(matches!(p[0].problem, LoadProblem::NoPages));
        assert!(p[0].problem.is_notice());
        // A directory with pages says nothing.
        let (_, p) = walk(&[tree().path().to_path_buf()]);
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn lists_txt_files_in_name_order() {
        let dir = tree();
        let (s, p) = walk(&[dir.path().to_path_buf()]);
        assert_eq!(
            names(&s, dir.path()),
            ["a.txt", "sub/b.TXT", "sub/deeper/c.txt"]
        );
        assert!(p.is_empty());
    }

    #[test]
    fn each_loop_is_reported_once_and_every_file_listed_once() {
        let dir = tree();
        let root = dir.path();
        symlink(".", root.join("self")).expect("symlink");
        symlink("..", root.join("sub/up")).expect("symlink");
        symlink("../..", root.join("sub/deeper/top")).expect("symlink");
        let (s, p) = walk(&[root.to_path_buf()]);
        assert_eq!(names(&s, root), ["a.txt", "sub/b.TXT", "sub/deeper/c.txt"]);
        let loops: Vec<String> = p
            .iter()
            .filter(|e| matches!(e.problem, LoadProblem::Loop(_)))
            .map(|e| e.path.clone())
            .collect();
        assert_eq!(loops.len(), 3, "{p:?}");
        for link in ["/sub/deeper/top", "/sub/up", "/self"] {
            assert_eq!(
                loops.iter().filter(|l| l.ends_with(link)).count(),
                1,
                "{loops:?}"
            );
        }
        assert!(p.iter().all(|e| e.problem.is_notice()));
    }

    #[test]
    fn a_second_link_to_the_same_directory_adds_nothing() {
        let dir = tree();
        symlink("sub", dir.path().join("alias")).expect("symlink");
        let (s, p) = walk(&[dir.path().to_path_buf()]);
        assert_eq!(s.len(), 3);
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn special_files_inside_directories_are_skipped_with_a_notice() {
        let dir = tree();
        let fifo = dir.path().join("x.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipping: mkfifo not available");
            return;
        }
        symlink("/nonexistent/page.txt", dir.path().join("gone.txt")).expect("symlink");
        let (s, p) = walk(&[dir.path().to_path_buf()]);
        assert_eq!(s.len(), 3);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].path.ends_with("/gone.txt"));
        assert!(matches!(p[1].problem, LoadProblem::BrokenLink));
        assert!(p[0].path.ends_with("/x.txt"));
        assert_eq!(
            p[0].problem.to_string(),
            "a FIFO, not a regular file: skipped"
        );
    }

    #[test]
    fn an_unreadable_subdirectory_is_named_and_its_siblings_load() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tree();
        let locked = dir.path().join("sub/deeper");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        if std::fs::read_dir(&locked).is_ok() {
            eprintln!("skipping: running as root, permissions are not enforced");
            return;
        }
        let (s, p) = walk(&[dir.path().to_path_buf()]);
        let _ = std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755));
        assert_eq!(names(&s, dir.path()), ["a.txt", "sub/b.TXT"]);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].path, locked.display().to_string());
        assert!(!p[0].problem.is_notice());
    }

    #[test]
    fn named_paths_are_taken_as_given() {
        let (s, p) = walk(&[PathBuf::from("-"), PathBuf::from("/nonexistent/x.txt")]);
        assert_eq!(s.len(), 1);
        assert!(matches!(p[0].problem, LoadProblem::NotFound));
        let (s, p) = walk(&[PathBuf::from("/dev/null")]);
        assert_eq!(s.len(), 1);
        assert!(p.is_empty());
    }
}
