//! Word lists the parser and the fact extractor share: surnames, place names, zone suffixes.

pub mod article_zones;
pub mod names;
pub mod places;
pub mod spaced_names;
pub mod zone;
