//! Any bytes as a page: decoding, sanitising and parsing must never panic, and nothing that
//! reaches the terminal may hold a control character.
#![no_main]

use dubao::ingest::{self, Source};
use dubao::text::sanitize::{for_terminal, sanitize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = Source::Bytes {
        name: "fuzz.txt".to_owned(),
        bytes: data.to_vec(),
    };
    match ingest::load_source(&source, 1) {
        Ok(page) => {
            for a in &page.articles {
                for text in a.title.iter().chain(&a.paragraphs).chain(&a.byline) {
                    assert!(
                        !text.chars().any(|c| c.is_control() && c != '\n'),
                        "control character in {text:?}"
                    );
                }
            }
        }
        Err(e) => {
            let line = for_terminal(&e.to_string());
            assert!(!line.chars().any(char::is_control), "{line:?}");
        }
    }
    let text = String::from_utf8_lossy(data);
    let clean = sanitize(&text);
    assert!(!clean.chars().any(|c| c.is_control() && c != '\n'));
});
