//! The interactive reader. PLACEHOLDER until the reader lands.

use crate::model::Corpus;

/// Options the TUI starts with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub zone: Option<String>,
    pub ambiguous_width: Option<crate::text::AmbiguousWidth>,
}

/// Runs the reader on a loaded corpus until the user quits.
pub fn run(corpus: Corpus, failures: Vec<String>, options: Options) -> anyhow::Result<()> {
    let _ = (corpus, failures, options);
    anyhow::bail!("the interactive reader is not built yet; use `dubao list` or `dubao dump`")
}
