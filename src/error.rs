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
    #[error("unknown zone: {0}")]
    UnknownZone(String),
    #[error("unknown fact kind: {0} (expected one of date, money, quantity, percent, person, organization, zone, place, project, product)")]
    UnknownKind(String),
    #[error("bad date: {0} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate(String),
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
