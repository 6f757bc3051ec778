//! Fact extraction: dates, money, quantities, percentages, people and roles, organisations, zones,
//! places, projects and products.
//!
//! PLACEHOLDER: extracts nothing yet; the real implementation replaces this module.

use crate::model::{Article, Fact};

/// Holds what extraction loads once per process (dictionaries, the jieba tokenizer) and shares.
#[derive(Default)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    /// Facts of one article, deduplicated; `year` is the page year used to resolve partial dates.
    pub fn extract(&self, article: &Article, year: Option<i32>) -> Vec<Fact> {
        let _ = (article, year);
        Vec::new()
    }
}
