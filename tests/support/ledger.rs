//! The ledger of a page written in a test, and the record named so: shared by the ledger's
//! reading tests.

use dubao::facts::{self, Extractor};
use dubao::ledger::{self, Record};

/// The ledger of a page written from its text (one file in a temporary folder).
pub fn ledger_of(text: &str) -> Vec<Record> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("page.txt"), text).expect("write");
    let (mut corpus, errors) = dubao::ingest::load_paths(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    facts::fill(&mut corpus, &Extractor::new());
    ledger::build(&corpus)
}

/// The record of the project named `name`.
pub fn record<'a>(records: &'a [Record], name: &str) -> &'a Record {
    let names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    records
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no {name} in {names:?}"))
}
