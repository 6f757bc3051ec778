//! Loading pages for a subcommand: the loader the command line's limits make, and the report
//! of what went wrong (one line per problem on stderr, and the exit status it means).

use std::process::ExitCode;

use crate::error::LoadError;
use crate::ingest;
use crate::loader::{CacheMode, Loader};
use crate::progress;
use crate::text::sanitize::for_terminal;

/// What loading the pages went through: the messages to print (failures and notices) and
/// whether any of them is a failure.
pub struct Loaded {
    pub messages: Vec<String>,
    pub failed: bool,
}

/// Prints one message on stderr, with anything that could drive the terminal shown escaped.
pub fn say(message: &str) {
    eprintln!("dubao: {}", for_terminal(message));
}

/// The page loader: the cache in use (`--no-cache`: none) and the load limits.
pub fn loader(max_page_size: Option<u64>, no_cache: bool) -> Loader {
    let bar = progress::Bar::stderr();
    Loader::new(&cache_mode(no_cache), load_options(max_page_size))
        .with_progress(move |done, all| bar.set(done, all))
}

/// `--no-cache` or the default cache.
pub fn cache_mode(no_cache: bool) -> CacheMode {
    if no_cache {
        CacheMode::Off
    } else {
        CacheMode::Default
    }
}

/// The load limits from the command line.
pub fn load_options(max_page_size: Option<u64>) -> ingest::LoadOptions {
    let mut options = ingest::LoadOptions::default();
    if let Some(max) = max_page_size {
        options.max_page_bytes = max;
    }
    options
}

/// The messages to print about a load and whether any page failed.
pub fn loaded_from(errors: &[LoadError]) -> Loaded {
    Loaded {
        messages: errors.iter().map(ToString::to_string).collect(),
        failed: errors.iter().any(|e| !e.problem.is_notice()),
    }
}

/// Prints each load problem on one line; the exit status is 1 when a page failed to load
/// (notices alone — a skipped FIFO, a link loop, damaged bytes replaced — leave it 0).
pub fn report(loaded: &Loaded) -> ExitCode {
    for m in &loaded.messages {
        say(m);
    }
    if loaded.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads and decodes a text file or stdin with the same reader and decoder pages use.
pub fn read_text(
    file: Option<&std::path::Path>,
    max_page_size: Option<u64>,
) -> Result<String, LoadError> {
    let source = match file {
        Some(p) if p.as_os_str() != "-" => ingest::Source::File(p.to_path_buf()),
        _ => ingest::Source::Stdin,
    };
    let (text, notice) = ingest::read_text(&source, &load_options(max_page_size))?;
    if let Some(notice) = notice {
        say(&notice.to_string());
    }
    Ok(text)
}
