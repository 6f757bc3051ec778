//! What the cache tells the user about a run: it could not be used, or part of it was ignored
//! and rebuilt. Typed rather than text, so the CLI prints the English line and the reader says
//! it in its interface language.

use thiserror::Error;

/// Why a part of the cache was not trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Damaged,
    /// Written by another version of dubao (another format).
    OtherVersion,
    /// Written by another build of dubao (another parser).
    OtherBuild,
}

impl Why {
    fn english(self) -> &'static str {
        match self {
            Why::Damaged => "damaged",
            Why::OtherVersion => "written by another version",
            Why::OtherBuild => "written by another build",
        }
    }
}

/// One notice about the cache; at most one of each kind a run.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Notice {
    #[error("no cache directory on this system: reading every page")]
    NoDirectory,
    /// The cache directory cannot be used (`reason` names it and the system's error).
    #[error("{reason}: reading every page without a cache")]
    Unavailable { reason: String },
    #[error("cache written by an older dubao: rebuilt")]
    OlderLayout,
    #[error("cache catalog {}: ignored and rebuilt", .0.english())]
    Catalog(Why),
    #[error("archive summary in the cache {}: ignored and rebuilt", .0.english())]
    Summary(Why),
    #[error("{count} damaged cache {} ignored and rebuilt", entries(*count))]
    DamagedEntries { count: usize },
}

/// `entry` or `entries`.
fn entries(n: usize) -> &'static str {
    if n == 1 {
        "entry"
    } else {
        "entries"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CLI's lines are what they were as plain strings.
    #[test]
    fn notices_read_as_before() {
        assert_eq!(
            Notice::Catalog(Why::OtherVersion).to_string(),
            "cache catalog written by another version: ignored and rebuilt"
        );
        assert_eq!(
            Notice::Summary(Why::OtherBuild).to_string(),
            "archive summary in the cache written by another build: ignored and rebuilt"
        );
        assert_eq!(
            Notice::DamagedEntries { count: 1 }.to_string(),
            "1 damaged cache entry ignored and rebuilt"
        );
        assert_eq!(
            Notice::DamagedEntries { count: 3 }.to_string(),
            "3 damaged cache entries ignored and rebuilt"
        );
    }
}
