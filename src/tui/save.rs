//! Writing an export file: never over an existing file unless asked, and atomically (a reader
//! of the file sees the old contents or the new, never half of it).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::export::{self, Format};
use crate::model::Article;

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the file exists")]
    Exists,
    #[error("{0}")]
    Io(#[from] std::io::Error),
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
    let rows = export::rows(
        articles
            .iter()
            .flat_map(|&(s, a)| a.facts.iter().map(move |f| (s, a, f))),
    );
    export::write(&rows, format, &mut bytes)?;
    write_atomic(path, &bytes, overwrite)
}

/// Writes `bytes` to a temporary file beside `path`, then moves it into place: with a hard link
/// when not overwriting (it fails if `path` appeared meanwhile, so nothing is clobbered), with a
/// rename when overwriting.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), SaveError> {
    if !overwrite && path.exists() {
        return Err(SaveError::Exists);
    }
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        if overwrite {
            std::fs::rename(&tmp, path)?;
            return Ok(());
        }
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(SaveError::Exists),
            // File systems without hard links: the existence check above has to do.
            Err(_) => std::fs::rename(&tmp, path).map_err(SaveError::from),
        }
    })();
    let _ = std::fs::remove_file(&tmp);
    result
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
            Err(SaveError::Exists)
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
        assert!(matches!(r, Err(SaveError::Io(_))));
    }
}
