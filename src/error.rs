//! Library errors. Every message names what failed in one line, for the CLI to print as is.

use thiserror::Error;

/// Why one input could not be read as a page.
#[derive(Debug, Error)]
pub enum LoadProblem {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("binary file, not a text page")]
    Binary,
    #[error("not valid UTF-8, UTF-16 or GB18030 text")]
    Undecodable,
    #[error("unsupported encoding ({0})")]
    Unsupported(&'static str),
    #[error("no such file or directory")]
    NotFound,
    #[error("Big5 is not supported (convert the page to UTF-8, e.g. `iconv -f BIG5 -t UTF-8`)")]
    Big5,
    #[error("larger than the page size limit of {} (--max-page-size)", human_size(*.0))]
    TooLarge(u64),
    #[error("symbolic link loop back to {0}: not followed")]
    Loop(String),
    #[error("broken symbolic link: skipped")]
    BrokenLink,
    #[error("no *.txt page inside: nothing loaded from it")]
    NoPages,
    #[error("{0}, not a regular file: skipped")]
    NotRegular(&'static str),
    #[error("read as {encoding}{}", damaged_tail(*.bad))]
    Damaged { encoding: &'static str, bad: usize },
    /// A UTF-8 page whose only malformed bytes were lone Windows-1252 punctuation (`0x93`,
    /// `0x94`): read as the quotes and dashes they are, and said.
    #[error("read as UTF-8 with {} read as Windows-1252 punctuation (“ ” ‘ ’ – —)", bytes(*.count, "stray"))]
    Windows1252 { count: usize },
    /// A page with no text at all (an empty file, or blank lines only): nothing to list, said
    /// so rather than passed over in silence.
    #[error("empty page: no text in it")]
    Empty,
    /// A byte-order mark that named an encoding the bytes after it were not in.
    #[error("byte-order mark says {bom} but the text is not: read as {encoding}{}", damaged_tail(*.bad))]
    FalseBom {
        bom: &'static str,
        encoding: &'static str,
        bad: usize,
    },
}

impl LoadProblem {
    /// A notice about a page that loaded all the same (damaged bytes replaced, a false
    /// byte-order mark read past): the reader lists the page and shows the notice as a note,
    /// not among the files it skipped.
    pub fn page_loaded(&self) -> bool {
        matches!(
            self,
            LoadProblem::Damaged { .. }
                | LoadProblem::Windows1252 { .. }
                | LoadProblem::FalseBom { .. }
                | LoadProblem::Empty
        )
    }

    /// A notice rather than a failure: the page loaded anyway ([`LoadProblem::page_loaded`])
    /// or the thing skipped was never a page (a link loop, a FIFO inside a directory). Notices
    /// are printed but do not make the exit status 1.
    pub fn is_notice(&self) -> bool {
        self.page_loaded()
            || matches!(
                self,
                LoadProblem::Loop(_)
                    | LoadProblem::BrokenLink
                    | LoadProblem::NoPages
                    | LoadProblem::NotRegular(_)
            )
    }
}

/// ` with 2 damaged bytes replaced by U+FFFD`, or nothing when none was.
fn damaged_tail(bad: usize) -> String {
    if bad == 0 {
        String::new()
    } else {
        format!(" with {} replaced by U+FFFD", bytes(bad, "damaged"))
    }
}

/// `1 damaged byte`, `3 damaged bytes`.
fn bytes(n: usize, what: &str) -> String {
    format!("{n} {what} byte{}", if n == 1 { "" } else { "s" })
}

/// `64 MB`, `1.5 GB`, `512 bytes`: a size as people write it (units of 1024).
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} {}", UNITS[unit])
}

/// One input that failed to load; the other inputs still load.
#[derive(Debug, Error)]
#[error("{path}: {problem}")]
pub struct LoadError {
    pub path: String,
    pub problem: LoadProblem,
}

/// Errors of the library's other operations.
#[derive(Debug, Error)]
pub enum Error {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("unknown zone: {query}{hint}")]
    UnknownZone { query: String, hint: String },
    #[error("not a date: {0} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate(String),
    #[error("unknown fact kind: {0} (expected one of date, money, quantity, percent, person, organization, zone, place, project, product)")]
    UnknownKind(String),
    #[error("{path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}
