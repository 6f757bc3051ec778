//! Text utilities shared by ingest, the CLI and the TUI: sanitising, display width, line breaking.

mod ambiguous;
pub mod cells;
pub mod fold;
pub mod graphemes;
pub mod linebreak;
pub mod sanitize;
pub mod units;
pub mod width;
pub(crate) mod windows;
pub mod wrap;

pub use width::AmbiguousWidth;
pub use wrap::{wrap, Prepared, WrappedLine};
