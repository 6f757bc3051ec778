//! Word lists the parser and the fact extractor share: surnames, provinces, zone suffixes.

pub mod names;
pub mod zone;
