//! Writing an export file: never over an existing file unless asked, and atomically (a reader
//! of the file sees the old contents or the new, never half of it).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::export::{self, Format};
use crate::model::Article;

/// Why an export was not written. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{0}: the file exists")]
    Exists(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Render(#[from] crate::error::Error),
}

/// Exports the facts of `articles` (each with its page's source) to `path` in `format`.
pub fn export(
    path: &Path,
    format: Format,
    articles: &[(&str, &Article)],
    overwrite: bool,
) -> Result<(), SaveError> {
    let mut bytes = Vec::new();
    export::write_document(articles, format, &mut bytes)?;
    write_atomic(path, &bytes, overwrite)
}

/// Writes `bytes` to a temporary file beside the destination, then moves it into place: with a
/// hard link when not overwriting (it fails if the file appeared meanwhile, so nothing is
/// clobbered), with a rename when overwriting. A symbolic link is followed, so the link stays
/// and its target gets the new contents; a replaced file keeps its permissions.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), SaveError> {
    let shown = path.display().to_string();
    let io = |source: std::io::Error| SaveError::Io {
        path: shown.clone(),
        source,
    };
    let existing = std::fs::metadata(path).ok();
    if !overwrite && (existing.is_some() || path.is_symlink()) {
        return Err(SaveError::Exists(shown));
    }
    let target = destination(path);
    let tmp = temp_path(&target);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(io)?;
        f.write_all(bytes).map_err(io)?;
        if let Some(meta) = &existing {
            f.set_permissions(meta.permissions()).map_err(io)?;
        }
        f.sync_all().map_err(io)?;
        drop(f);
        if overwrite {
            return std::fs::rename(&tmp, &target).map_err(io);
        }
        match std::fs::hard_link(&tmp, &target) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(SaveError::Exists(shown.clone()))
            }
            // File systems without hard links: the existence check above has to do.
            Err(_) => std::fs::rename(&tmp, &target).map_err(io),
        }
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Where the bytes go: the file a symbolic link points to (followed to the end), else the path.
fn destination(path: &Path) -> PathBuf {
    if !path.is_symlink() {
        return path.to_path_buf();
    }
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The format a file name asks for by its extension (`.csv`, `.json`, `.md`, `.tsv`).
pub fn format_for(path: &Path) -> Option<Format> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(Format::parse)
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites_unless_asked() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string());
        let Ok(dir) = dir else { return };
        let p = dir.path().join("facts.csv");
        assert!(write_atomic(&p, b"one", false).is_ok());
        assert!(matches!(
            write_atomic(&p, b"two", false),
            Err(SaveError::Exists(_))
        ));
        assert_eq!(std::fs::read(&p).unwrap_or_default(), b"one");
        assert!(write_atomic(&p, b"two", true).is_ok());
        assert_eq!(std::fs::read(&p).unwrap_or_default(), b"two");
        // No temporary files left behind.
        let n = std::fs::read_dir(dir.path())
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(n, 1);
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(format_for(Path::new("a/b.CSV")), Some(Format::Csv));
        assert_eq!(format_for(Path::new("x.md")), Some(Format::Markdown));
        assert_eq!(format_for(Path::new("x.json")), Some(Format::Json));
        assert_eq!(format_for(Path::new("x")), None);
    }

    #[test]
    fn missing_directory_is_an_error() {
        let r = write_atomic(Path::new("/nonexistent-dir/x.csv"), b"x", false);
        assert!(matches!(r, Err(SaveError::Io { .. })));
        let message = r.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.starts_with("/nonexistent-dir/x.csv: "), "{message}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_kept_and_its_target_written_with_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let Ok(dir) = tempfile::tempdir() else { return };
        let target = dir.path().join("real.csv");
        let link = dir.path().join("link.csv");
        std::fs::write(&target, "old").expect("write");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        std::os::unix::fs::symlink("real.csv", &link).expect("symlink");
        assert!(matches!(
            write_atomic(&link, b"new", false),
            Err(SaveError::Exists(_))
        ));
        assert!(write_atomic(&link, b"new", true).is_ok());
        assert!(link.is_symlink(), "the link is still a link");
        assert_eq!(std::fs::read(&target).unwrap_or_default(), b"new");
        let mode = std::fs::metadata(&target).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode.ok(), Some(0o444));
        let leftovers = std::fs::read_dir(dir.path())
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(leftovers, 2);
    }
}
