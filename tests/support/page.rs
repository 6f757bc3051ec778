//! A page read from text in a test, as a file of that name would be: the helpers the reading
//! tests of other sources (`other_papers`, `web_copy`, `print_pages`) share.

use dubao::ingest::{self, Source};
use dubao::Page;

/// A page read from its text, as a file of that name would be.
pub fn page_of(name: &str, text: &str) -> Page {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

/// Each article's title lines.
#[allow(dead_code)]
pub fn titles(page: &Page) -> Vec<Vec<String>> {
    page.articles.iter().map(|a| a.title.clone()).collect()
}
