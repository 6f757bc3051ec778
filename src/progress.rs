//! A progress bar on stderr for long loads (`list`, `facts`, `dump`, `zones` over many pages):
//! drawn only when stderr is a terminal, so pipes and logs see nothing.

use std::io::IsTerminal;

/// Below this many pages a load is too quick for a bar to be more than flicker.
const MIN_PAGES: usize = 200;

/// A page-count progress bar, or nothing.
pub struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    /// A bar for `total` pages when stderr is a terminal and the load is long enough.
    pub fn new(total: usize) -> Bar {
        if total < MIN_PAGES || !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = indicatif::ProgressBar::new(total as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} pages  {per_sec}  eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Bar(Some(bar))
    }

    /// Pages done so far.
    pub fn set(&self, done: usize) {
        if let Some(b) = &self.0 {
            b.set_position(done as u64);
        }
    }

    /// Removes the bar so the lines after it start clean.
    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
