//! A listed item's own date: a site's list of news prints each title over its date
//! (`合肥经开区与蔚来汽车签署战略合作协议` / `2025-12-22` / its summary). The date line is the
//! page's furniture as any header is, and it dates the item it stands under; before, every
//! item took the page's date, which is the first item's.

use crate::ingest::edition::parse_header_line;

/// The date of a line that states a date and nothing else of an edition (no paper, page or
/// section: `2025-12-22`, `2025年12月19日 20:15`), as `YYYY-MM-DD`.
pub(super) fn item_date(line: &str) -> Option<String> {
    let e = parse_header_line(line)?;
    if e.paper.is_some() || e.page_no.is_some() || e.section.is_some() {
        return None;
    }
    e.date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_date_dates_its_item_and_a_full_header_does_not() {
        assert_eq!(item_date("2025-12-22").as_deref(), Some("2025-12-22"));
        assert_eq!(
            item_date("2025年12月19日 20:15").as_deref(),
            Some("2025-12-19")
        );
        assert_eq!(item_date("科学导报 2025年12月26日 星期五 第4版"), None);
        assert_eq!(item_date("合肥经开区与蔚来汽车签署战略合作协议"), None);
    }
}
