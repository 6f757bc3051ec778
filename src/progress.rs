//! A progress bar on stderr for long loads (`list`, `facts`, `dump`, `zones` and the reader's
//! start over many pages): drawn only when stderr is a terminal, so pipes and logs see nothing.

use std::io::IsTerminal;
use std::sync::OnceLock;

/// Below this many pages a load is too quick for a bar to be more than flicker.
const MIN_PAGES: usize = 200;

/// A page-count progress bar, created on the first update of a long enough load.
pub struct Bar {
    enabled: bool,
    bar: OnceLock<indicatif::ProgressBar>,
}

impl Bar {
    /// A bar on stderr, or nothing when stderr is not a terminal.
    pub fn stderr() -> Bar {
        Bar {
            enabled: std::io::stderr().is_terminal(),
            bar: OnceLock::new(),
        }
    }

    /// `done` of `total` pages loaded; the bar disappears when all are.
    pub fn set(&self, done: usize, total: usize) {
        if !self.enabled || total < MIN_PAGES {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let b = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} pages  {per_sec}  eta {eta}",
            ) {
                b.set_style(style);
            }
            b
        });
        bar.set_position(done as u64);
        if done >= total {
            bar.finish_and_clear();
        }
    }
}
