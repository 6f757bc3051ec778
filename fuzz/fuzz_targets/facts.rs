//! Any text as a page, then fact extraction on every article: no panic, no overflow, and every
//! fact's span is a forward range.
#![no_main]

use std::sync::OnceLock;

use dubao::facts::Extractor;
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let clean = dubao::text::sanitize::sanitize(&text);
    let page = dubao::ingest::page::parse_page(&clean, "fuzz.txt", 1);
    for article in &page.articles {
        for fact in extractor().extract(article, page.year) {
            assert!(fact.start <= fact.end, "{fact:?}");
        }
    }
});
