//! Page text → articles. PLACEHOLDER until the parser lands.

use crate::model::Page;

/// Parses one decoded, sanitised page.
pub fn parse_page(text: &str, source: &str, page_no: usize) -> Page {
    let _ = (text, page_no);
    Page {
        source: source.to_owned(),
        year: None,
        articles: Vec::new(),
    }
}
