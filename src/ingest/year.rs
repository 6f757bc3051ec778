//! The page's year. PLACEHOLDER.
