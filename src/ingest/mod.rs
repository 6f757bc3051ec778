//! Reading pages: files, directories and stdin → decoded, sanitised text → [`Page`]s.
//!
//! Ingest is rules only and never loads jieba: parsing a page takes microseconds.

pub mod assemble;
mod bulletin;
mod chart;
pub mod classify;
mod columns;
mod credit;
mod dateline;
pub mod decode;
mod directory;
pub mod edition;
mod fields;
mod furniture;
mod grid_table;
mod inline;
mod kinds;
mod labels;
mod layout;
mod line_numbers;
mod markdown;
pub mod page;
mod page_index;
mod run_in;
mod shape;
pub mod sheets;
mod sign_off;
mod speech;
pub mod walk;
mod web_chrome;
pub mod year;

use std::io::Read;
use std::path::PathBuf;

use crate::error::{LoadError, LoadProblem};
use crate::model::{Corpus, Page};
use crate::text::sanitize::{sanitize, sanitize_cow_scanned};

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

    /// Reads the whole source, refusing more than `limit` bytes: `/dev/zero` or a runaway pipe
    /// ends in an error naming the limit, never in memory running out.
    pub fn read(&self, limit: u64) -> Result<Vec<u8>, LoadProblem> {
        match self {
            Source::File(p) => {
                let file = std::fs::File::open(p).map_err(|e| match e.kind() {
                    std::io::ErrorKind::NotFound => LoadProblem::NotFound,
                    _ => LoadProblem::Io(e),
                })?;
                let size = file
                    .metadata()
                    .ok()
                    .filter(|m| m.is_file())
                    .map(|m| m.len());
                if size.is_some_and(|n| n > limit) {
                    return Err(LoadProblem::TooLarge(limit));
                }
                read_limited_sized(file, limit, size.unwrap_or(0))
            }
            Source::Stdin => read_limited(std::io::stdin().lock(), limit),
            Source::Bytes { bytes, .. } if bytes.len() as u64 > limit => {
                Err(LoadProblem::TooLarge(limit))
            }
            Source::Bytes { bytes, .. } => Ok(bytes.clone()),
        }
    }
}

/// Reads at most `limit` bytes; one more means the input is too large.
pub fn read_limited(reader: impl Read, limit: u64) -> Result<Vec<u8>, LoadProblem> {
    read_limited_sized(reader, limit, 0)
}

/// [`read_limited`] into a buffer made for `size` bytes (a file's length: growing the buffer
/// from nothing reallocated and copied a page about eight times), one more so the read that
/// finds the end needs no room of its own. A file that grew meanwhile still reads whole.
fn read_limited_sized(reader: impl Read, limit: u64, size: u64) -> Result<Vec<u8>, LoadProblem> {
    let room = usize::try_from(size.min(limit).saturating_add(1)).unwrap_or(0);
    let mut buf = Vec::with_capacity(room);
    reader.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(LoadProblem::TooLarge(limit));
    }
    Ok(buf)
}

/// How loading is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// The largest page read, in bytes (64 MB by default: a newspaper page is kilobytes).
    pub max_page_bytes: u64,
}

/// The default page size cap.
pub const DEFAULT_MAX_PAGE_BYTES: u64 = 64 * 1024 * 1024;

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_page_bytes: DEFAULT_MAX_PAGE_BYTES,
        }
    }
}

/// Parses a size as users write it: `65536`, `512K`, `64M`, `64MB`, `1G`, `1GiB` (units of
/// 1024). Zero and overflowing sizes are refused.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number.parse().ok()?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    let bytes = number.checked_mul(1u64 << shift)?;
    (bytes > 0).then_some(bytes)
}

/// The embedded sample page as a source.
pub fn sample_source() -> Source {
    Source::Bytes {
        name: SAMPLE_SOURCE.to_owned(),
        bytes: SAMPLE.to_vec(),
    }
}

/// Expands user paths: a file as is, a directory to every regular `*.txt` below it
/// (recursively, in name order), `-` to stdin. Problems (a missing path, an unreadable
/// directory, a link loop, a FIFO) come back beside the sources; the rest still expand.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<LoadError>) {
    walk::walk(paths)
}

/// [`expand_paths`] with each source's metadata as the walk read it (see [`walk::walk_stat`]).
pub fn expand_paths_stat(paths: &[PathBuf]) -> walk::Walked {
    walk::walk_stat(paths)
}

/// Reads, decodes, sanitises and parses one source; `page_no` (1-based) prefixes article ids.
pub fn load_source(source: &Source, page_no: usize) -> Result<Page, LoadError> {
    load_source_with(source, page_no, &LoadOptions::default()).map(|l| l.page)
}

/// A page that loaded, with the notice to show about it (damaged bytes replaced), if any.
#[derive(Debug)]
pub struct Loaded {
    pub page: Page,
    pub notice: Option<LoadError>,
}

/// [`load_source`] within explicit limits, keeping the notice.
pub fn load_source_with(
    source: &Source,
    page_no: usize,
    options: &LoadOptions,
) -> Result<Loaded, LoadError> {
    let name = source.name();
    let bytes = source
        .read(options.max_page_bytes)
        .map_err(|problem| LoadError {
            path: name.clone(),
            problem,
        })?;
    parse_bytes(&name, &bytes, page_no)
}

/// Decodes, sanitises and parses the bytes of a page read as `name`: the parallel loader reads
/// files itself, to hash them for the cache.
pub fn parse_bytes(name: &str, bytes: &[u8], page_no: usize) -> Result<Loaded, LoadError> {
    let (clean, notice) = clean_text(name, bytes)?;
    let page = sheets::parse_page(&clean, name, page_no);
    let notice = notice.or_else(|| {
        clean.trim().is_empty().then(|| LoadError {
            path: name.to_owned(),
            problem: LoadProblem::Empty,
        })
    });
    Ok(Loaded { page, notice })
}

/// What a page's ids depend on, without parsing it: its source name as the page gives it
/// (sanitised) and its edition from the header, else from the path — as [`parse_bytes`] finds
/// them. Fails exactly when [`parse_bytes`] does (parsing itself never fails).
pub fn edition_of_bytes(name: &str, bytes: &[u8]) -> Result<Page, LoadError> {
    let (clean, _) = clean_text(name, bytes)?;
    let source = sanitize(name);
    let ed = edition::from_header(sheets::first(&clean)).or(edition::from_path(&source));
    Ok(Page {
        source,
        year: None,
        paper: ed.paper,
        date: ed.date,
        page_no: ed.page_no,
        section: ed.section,
        articles: Vec::new(),
    })
}

/// Reads and decodes one source within the size limit (line ends normalised, not sanitised);
/// damaged bytes that were replaced come back as a notice naming the source.
pub fn read_text(
    source: &Source,
    options: &LoadOptions,
) -> Result<(String, Option<LoadError>), LoadError> {
    let bytes = source
        .read(options.max_page_bytes)
        .map_err(|problem| LoadError {
            path: source.name(),
            problem,
        })?;
    decode_bytes(&source.name(), &bytes)
}

/// Decodes the bytes of a page read as `name`; damaged bytes replaced come back as a notice.
fn decode_bytes(name: &str, bytes: &[u8]) -> Result<(String, Option<LoadError>), LoadError> {
    let (decoded, notice) = decode_page(name, bytes)?;
    Ok((decoded.text, notice))
}

/// [`decode_bytes`], cleaned for the parser ([`clean_decoded`]).
fn clean_text(name: &str, bytes: &[u8]) -> Result<(String, Option<LoadError>), LoadError> {
    let (decoded, notice) = decode_page(name, bytes)?;
    Ok((clean_decoded(decoded.text, decoded.windows_safe), notice))
}

/// A decoded page as the parser reads it: Markdown marks removed, the source's spacing undone
/// and sanitised, sheet by sheet, with a form feed kept between sheets ([`sheets::clean`]).
/// `windows_safe` is the decoder's word that no char but the last two needs sanitising, so a
/// clean page is not scanned again.
fn clean_decoded(text: String, windows_safe: bool) -> String {
    let clean_sheet = |sheet: String| {
        let text = layout::undo_spacing(columns::unweave(markdown::unmark(grid_table::unbox(
            line_numbers::strip(sheet),
        ))));
        match sanitize_cow_scanned(&text, windows_safe) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(clean) => clean,
        }
    };
    if windows_safe {
        // No break but perhaps in the last two bytes: a page's closing form feed, which the
        // sanitiser drops as it did before sheets were read.
        return clean_sheet(text);
    }
    sheets::clean(text, clean_sheet)
}

/// The decoded page and the notice of its damaged bytes or false byte-order mark, if any.
fn decode_page(
    name: &str,
    bytes: &[u8],
) -> Result<(decode::Decoded, Option<LoadError>), LoadError> {
    let err = |problem| LoadError {
        path: name.to_owned(),
        problem,
    };
    let decoded = decode::decode(bytes).map_err(err)?;
    let notice = match decoded.false_bom {
        Some(bom) => Some(err(LoadProblem::FalseBom {
            bom: bom.name(),
            encoding: decoded.encoding.name(),
            bad: decoded.bad_bytes,
        })),
        None if decoded.bad_bytes > 0 => Some(err(LoadProblem::Damaged {
            encoding: decoded.encoding.name(),
            bad: decoded.bad_bytes,
        })),
        None => (decoded.windows_1252 > 0).then(|| {
            err(LoadProblem::Windows1252 {
                count: decoded.windows_1252,
            })
        }),
    };
    Ok((decoded, notice))
}

/// The sanitised texts of the pages at `paths` (the sample when none), each with its source
/// name, for `dump --explain`; failures and notices are returned beside them.
pub fn load_texts_with(
    paths: &[PathBuf],
    options: &LoadOptions,
) -> (Vec<(String, String)>, Vec<LoadError>) {
    let (sources, mut errors) = if paths.is_empty() {
        (vec![sample_source()], Vec::new())
    } else {
        expand_paths(paths)
    };
    let mut texts = Vec::new();
    for source in &sources {
        match read_text(source, options) {
            Ok((text, notice)) => {
                texts.push((source.name(), clean_decoded(text, false)));
                errors.extend(notice);
            }
            Err(e) => errors.push(e),
        }
    }
    (texts, errors)
}

/// Loads every source; failures are returned beside the corpus, never abort the others.
/// Page numbers count loaded pages only, so ids stay dense.
pub fn load_all(sources: &[Source]) -> (Corpus, Vec<LoadError>) {
    load_all_with(sources, &LoadOptions::default())
}

/// [`load_all`] within explicit limits.
pub fn load_all_with(sources: &[Source], options: &LoadOptions) -> (Corpus, Vec<LoadError>) {
    let (mut corpus, errors) = load_pages(sources, options);
    edition::assign_ids(&mut corpus, &[] as &[PathBuf]);
    (corpus, errors)
}

/// Every source's page, in order, with the provisional ids of pages read alone: the caller
/// gives the corpus its ids ([`edition::assign_ids`]) once, with the roots it knows.
fn load_pages(sources: &[Source], options: &LoadOptions) -> (Corpus, Vec<LoadError>) {
    let mut corpus = Corpus::default();
    let mut errors = Vec::new();
    for source in sources {
        match load_source_with(source, corpus.pages.len() + 1, options) {
            Ok(Loaded { page, notice }) => {
                corpus.pages.push(page);
                errors.extend(notice);
            }
            Err(e) => errors.push(e),
        }
    }
    (corpus, errors)
}

/// The whole load step of the CLI and TUI: no paths means the embedded sample.
pub fn load_paths(paths: &[PathBuf]) -> (Corpus, Vec<LoadError>) {
    load_paths_with(paths, &LoadOptions::default())
}

/// [`load_paths`] within explicit limits.
pub fn load_paths_with(paths: &[PathBuf], options: &LoadOptions) -> (Corpus, Vec<LoadError>) {
    if paths.is_empty() {
        return load_all_with(&[sample_source()], options);
    }
    let (sources, mut errors) = expand_paths(paths);
    let (mut corpus, load_errors) = load_pages(&sources, options);
    edition::assign_ids(&mut corpus, paths);
    errors.extend(load_errors);
    (corpus, errors)
}

/// The sample page and every page of `tests/pages`, as text: what the parser's fast paths are
/// checked against in tests.
#[cfg(test)]
pub(crate) fn test_page_texts() -> Vec<String> {
    let mut texts = vec![String::from_utf8_lossy(SAMPLE).into_owned()];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            texts.extend(std::fs::read_to_string(entry.path()).ok());
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_as_written() {
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("64 MB"), Some(64 << 20));
        assert_eq!(parse_size("512k"), Some(512 << 10));
        assert_eq!(parse_size("1GiB"), Some(1 << 30));
        assert_eq!(parse_size("1000"), Some(1000));
        for bad in [
            "",
            "0",
            "M",
            "-1",
            "1T",
            "99999999999999999999",
            "18446744073709551615G",
        ] {
            assert_eq!(parse_size(bad), None, "{bad}");
        }
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let endless = std::io::repeat(b'x');
        assert!(matches!(
            read_limited(endless, 1000),
            Err(LoadProblem::TooLarge(1000))
        ));
        assert_eq!(read_limited(&b"abc"[..], 3).ok(), Some(b"abc".to_vec()));
        let big = Source::Bytes {
            name: "big".into(),
            bytes: vec![b'a'; 11],
        };
        let small = LoadOptions { max_page_bytes: 10 };
        let e = load_source_with(&big, 1, &small)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("big: larger than the page size limit of 10 bytes (--max-page-size)")
        );
    }
}
