//! Editions: which paper, date, page (版次) and section (版面) a page is, the articles' dates, and
//! stable article ids.
//!
//! A page says what it is in its header or footer (`山西经济日报　2026年1月8日　星期四　第 3 版　园区
//! 经济`); an archive says it in its layout (`2025/12/24/03.txt`, `科学导报_20251224_03.txt`). The
//! header wins field by field, the path fills the gaps. Ids are built from the edition when date and
//! page are known (`2025-12-24/03/2`), else from the file's path under the folder it was found in
//! (`pages/x.txt#2`), so that adding or removing other files never renumbers an article.

mod english_name;
mod header;
mod ids;
mod page_line;
mod path;
pub mod range;
mod unreadable;

use crate::facts::dates;
use crate::lexicon::article_zones;
use crate::model::{Article, Page};
use crate::text::fold::fold;

pub(in crate::ingest) use english_name::is_english_name;
use header::full_date;
pub(in crate::ingest) use header::opens_with_folio;
pub use header::{
    from_header, masthead, masthead_over, outlet_over, parse_header, parse_header_line, Header,
};
pub use ids::{
    article_id, assign_ids, folders, id_bases, number, number_alone, relative_name,
    relative_name_in, PageKey,
};
pub(in crate::ingest) use page_line::is_page_line_alone;
pub use path::from_path;

/// What is known of a page's edition; every field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edition {
    pub paper: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub page_no: Option<u32>,
    pub section: Option<String>,
}

impl Edition {
    /// [`Edition::or`] with the other edition read only when it can fill a gap: a path gives a
    /// paper, a date and a page, never a section, so a header stating all three needs none
    /// (reading the path's date costs a regex search per page).
    pub fn or_else(self, other: impl FnOnce() -> Edition) -> Edition {
        if self.paper.is_some() && self.date.is_some() && self.page_no.is_some() {
            self
        } else {
            self.or(other())
        }
    }

    /// Field by field: ours when known, else `other`'s.
    pub fn or(self, other: Edition) -> Edition {
        Edition {
            paper: self.paper.or(other.paper),
            date: self.date.or(other.date),
            page_no: self.page_no.or(other.page_no),
            section: self.section.or(other.section),
        }
    }
}

/// How far into the first paragraph its first clause may reach for a news date.
const FIRST_CLAUSE_MAX: usize = 40;

/// The news date an article gives where news gives it: in its dateline (`新华社太原12月3日电`) or
/// in the first clause of its first paragraph (`12 月 22 日，…`). A date further in the body is
/// what the news is about, not when it happened, and is never taken.
pub fn news_date(a: &Article, year: Option<i32>) -> Option<String> {
    let from = |text: &str, limit: usize| {
        let f: Vec<char> = fold(text).chars().take(limit).collect();
        let end = f
            .iter()
            .position(|c| matches!(c, '，' | '。' | ',' | '；' | '！' | '？'))
            .unwrap_or(f.len());
        dates::scan(&f[..end], year)
            .into_iter()
            .filter(dates::DateHit::names_a_day)
            .find_map(|h| full_date(&h.value))
    };
    a.dateline
        .as_deref()
        .and_then(|d| from(d, usize::MAX))
        .or_else(|| from(a.paragraphs.first()?, FIRST_CLAUSE_MAX))
}

/// Completes a parsed page: its source name made safe to print; its edition from the header (`text` is the page as parsed), else
/// from its path; its year from the edition date when the text gave none; each article's date
/// and zones.
pub fn finish(page: &mut Page, text: &str) {
    let zones = article_zones::page_zones(&page.articles);
    finish_with_zones(page, text, zones);
}

/// [`finish`] with each article's zones read already: a file of several sheets learns each
/// sheet's zone names from that sheet alone, as it would if it were a file of its own
/// ([`super::sheets`]).
pub fn finish_with_zones(page: &mut Page, text: &str, zones: Vec<article_zones::ArticleZones>) {
    // The source is shown and printed everywhere (list, facts, exports, the reader): a file name
    // must not carry escape sequences to the terminal any more than a page can.
    page.source = crate::text::sanitize::sanitize(&page.source);
    let ed = from_header(text).or_else(|| from_path(&page.source));
    if page.year.is_none() {
        page.year = ed.date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
    }
    page.paper = ed.paper;
    page.date = ed.date;
    page.page_no = ed.page_no;
    page.section = ed.section;
    let listed =
        lists_dated_items(&page.articles) && page.paper.is_none() && page.page_no.is_none();
    let publisher = publishers_zone(page.paper.as_deref());
    for (a, z) in page.articles.iter_mut().zip(zones) {
        // An item's own date line (a list of news) is its date; else the edition's.
        let own = a.date.take().filter(|_| listed);
        a.date = own
            .or_else(|| page.date.clone())
            .or_else(|| news_date(a, page.year));
        a.zone = z.central.then(|| z.zones.first().cloned()).flatten();
        a.zones = z.zones;
        if let Some(own) = publisher.as_ref().filter(|_| a.zones.is_empty()) {
            a.zone = Some(own.clone());
            a.zones = vec![own.clone()];
        }
    }
}

/// The zone a page's publisher belongs to, when its paper is a zone's own office
/// (`滁州经济技术开发区党政办公室`, issuing the zone's work bulletin): one zone named in the
/// paper's name. An item of its bulletin that names no zone (`区领导赴长三角开展招商活动`) is
/// that zone's news, and its projects the zone's; it had had none.
fn publishers_zone(paper: Option<&str>) -> Option<String> {
    let hits = crate::lexicon::zone::ZoneIndex::default().find(paper?);
    match hits.as_slice() {
        [one] => Some(one.canonical.clone()),
        _ => None,
    }
}

/// Whether the page is a list of dated items: its articles' own date lines (a site's list of
/// news prints each title over its date) name two days or more. The first of them had been read
/// as the edition's date and given to every item. On a printed page with a header naming its
/// paper or page, the edition's date stays every article's, as the contract says.
fn lists_dated_items(articles: &[Article]) -> bool {
    let mut dates = articles.iter().filter_map(|a| a.date.as_deref());
    dates.next().is_some_and(|first| dates.any(|d| d != first))
}

#[cfg(test)]
mod tests;
