//! Reading pages: files, directories and stdin → decoded, sanitised text → [`Page`]s.
//!
//! Ingest is rules only and never loads jieba: parsing a page takes microseconds.

pub mod decode;
pub mod page;
pub mod year;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{LoadError, LoadProblem};
use crate::model::{Corpus, Page};
use crate::text::sanitize::sanitize;

/// The sample page that ships with dubao and opens when no path is given.
pub const SAMPLE: &[u8] = include_bytes!("../../assets/sample.txt");
/// The source name the embedded sample is reported under.
pub const SAMPLE_SOURCE: &str = "assets/sample.txt";

/// One input to read: a file, stdin, or in-memory bytes (the embedded sample, tests).
#[derive(Debug, Clone)]
pub enum Source {
    File(PathBuf),
    Stdin,
    Bytes { name: String, bytes: Vec<u8> },
}

impl Source {
    /// The name errors and `Page::source` use.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_owned(),
            Source::Bytes { name, .. } => name.clone(),
        }
    }

    fn read(&self) -> Result<Vec<u8>, LoadProblem> {
        match self {
            Source::File(p) => std::fs::read(p).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => LoadProblem::NotFound,
                _ => LoadProblem::Io(e),
            }),
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Source::Bytes { bytes, .. } => Ok(bytes.clone()),
        }
    }
}

/// The embedded sample page as a source.
pub fn sample_source() -> Source {
    Source::Bytes {
        name: SAMPLE_SOURCE.to_owned(),
        bytes: SAMPLE.to_vec(),
    }
}

/// Expands user paths: a file as is, a directory to every `*.txt` below it (recursively, in
/// name order), `-` to stdin. Missing paths become errors; the rest still expand.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<LoadError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if p.is_dir() {
            let mut found = Vec::new();
            if let Err(e) = collect_txt(p, &mut found) {
                errors.push(LoadError {
                    path: p.display().to_string(),
                    problem: LoadProblem::Io(e),
                });
            }
            found.sort();
            sources.extend(found.into_iter().map(Source::File));
        } else if p.exists() {
            sources.push(Source::File(p.clone()));
        } else {
            errors.push(LoadError {
                path: p.display().to_string(),
                problem: LoadProblem::NotFound,
            });
        }
    }
    (sources, errors)
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_txt(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads, decodes, sanitises and parses one source; `page_no` (1-based) prefixes article ids.
pub fn load_source(source: &Source, page_no: usize) -> Result<Page, LoadError> {
    let err = |problem| LoadError {
        path: source.name(),
        problem,
    };
    let bytes = source.read().map_err(err)?;
    parse_bytes(&source.name(), &bytes, page_no)
}

/// Decodes, sanitises and parses the bytes of a page read as `name` (the parallel loader and the
/// cache read files themselves, to hash them).
pub fn parse_bytes(name: &str, bytes: &[u8], page_no: usize) -> Result<Page, LoadError> {
    let (text, _) = decode::decode(bytes).map_err(|problem| LoadError {
        path: name.to_owned(),
        problem,
    })?;
    Ok(page::parse_page(&sanitize(&text), name, page_no))
}

/// Loads every source; failures are returned beside the corpus, never abort the others.
/// Page numbers count loaded pages only, so ids stay dense.
pub fn load_all(sources: &[Source]) -> (Corpus, Vec<LoadError>) {
    let mut corpus = Corpus::default();
    let mut errors = Vec::new();
    for source in sources {
        match load_source(source, corpus.pages.len() + 1) {
            Ok(page) => corpus.pages.push(page),
            Err(e) => errors.push(e),
        }
    }
    (corpus, errors)
}

/// The whole load step of the CLI and TUI: no paths means the embedded sample.
pub fn load_paths(paths: &[PathBuf]) -> (Corpus, Vec<LoadError>) {
    if paths.is_empty() {
        return load_all(&[sample_source()]);
    }
    let (sources, mut errors) = expand_paths(paths);
    let (corpus, load_errors) = load_all(&sources);
    errors.extend(load_errors);
    (corpus, errors)
}
