//! An English wire's dateline (`BEIJING, March 11 (Xinhua) -- China's …`): a bilingual or
//! overseas edition runs an agency's English copy under its Chinese stories. Read without it,
//! the English story had become paragraphs of the Chinese story above it (its place name a
//! person, too).

use std::sync::LazyLock;

use regex::Regex;

use super::Dateline;

/// The dateline: a place in capitals (commas and spaces between words), a month's name and a
/// day, the agency in brackets, then a dash (` -- `, ` — `) before the story.
static ENGLISH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([A-Z][A-Z .'\-]*(?:, [A-Z][A-Za-z .'\-]*)?, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} \((?:Xinhua|Reuters|AP|AFP|Bloomberg|CNA|Kyodo|Yonhap)\)) ?(?:--|—|–) ?",
    )
    .unwrap_or_else(|e| unreachable!("the dateline pattern: {e}"))
});

/// The dateline of a paragraph opening with an English wire's (see the module docs); the
/// story's text starts after its dash. Only a line opening with a capital letter is read.
pub(in crate::ingest) fn english_dateline(text: &str) -> Option<Dateline> {
    if !text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let m = ENGLISH_DATELINE.captures(text)?;
    let marker = m.get(1)?.as_str();
    let whole = m.get(0)?;
    Some(Dateline {
        marker: marker.to_owned(),
        reporters: Vec::new(),
        reporter_roles: Vec::new(),
        body_start: text[..whole.end()].chars().count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agencys_english_dateline() {
        let d = english_dateline("BEIJING, March 11 (Xinhua) -- China's zones grew.");
        assert_eq!(
            d.as_ref().map(|d| d.marker.as_str()),
            Some("BEIJING, March 11 (Xinhua)")
        );
        assert_eq!(d.map(|d| d.body_start), Some(30));
        assert!(english_dateline("HONG KONG, Dec. 3 (Reuters) - Shares rose.").is_none());
        assert!(english_dateline("HONG KONG, Dec. 3 (Reuters) -- Shares rose.").is_some());
        assert!(english_dateline("SUZHOU, Jiangsu, Jan 5 (Xinhua) -- A park opened.").is_some());
        assert!(english_dateline("Beijing is a city. -- no").is_none());
        assert!(english_dateline("新华社北京3月11日电").is_none());
    }
}
