//! dubao (读报): read Chinese newspaper pages as a document model of pages → articles → facts.
//!
//! The library knows nothing of the terminal except the [`tui`] layer, which only renders the model;
//! [`cli`] holds the non-interactive subcommands, [`main`](../dubao/index.html) only dispatches.

mod allocator;
pub mod cache;
pub mod cli;
pub mod clipboard;
pub mod error;
pub mod export;
pub mod facts;
pub mod index;
pub mod ingest;
pub mod ledger;
pub mod lexicon;
pub mod loader;
pub mod model;
pub mod priority;
pub mod progress;
pub mod text;
pub mod tui;

pub use error::{Error, LoadError};
pub use model::{Article, ArticleKind, Caption, Corpus, Fact, FactKind, FactValue, Location, Page};
