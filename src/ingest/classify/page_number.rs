//! A page's number printed alone on a line (`7` under the last column, `－ 5 －` between two
//! articles): furniture. Read as text it had been a title-only article (`7`) or the kicker of
//! the next article's title (`－ 5 －`).

use crate::ingest::kinds::HEADER_CLUE;
use crate::ingest::shape::Line;

/// Digits a page number has at most.
const PAGE_NUMBER_MAX_DIGITS: usize = 3;

// A page number's line is short enough for its kinds to be read of all of it.
const _: () = assert!(2 * PAGE_NUMBER_MAX_DIGITS + 6 < crate::ingest::kinds::HEAD);

/// Whether line `no` is a page's number alone: one to three digits (ASCII or full-width),
/// either between dashes (`－ 5 －`, `- 12 -`, `—5—`) or bare with a blank line or the page's
/// edge above and below it. A bare number inside text (a table's cell, a list's figure) has
/// text right above or below it.
pub(super) fn is_page_number(lines: &[Line<'_>], no: usize) -> bool {
    let Some(line) = lines.get(no) else {
        return false;
    };
    // Asked of every line: a page number is a few chars, a digit among them (its kinds,
    // read of all of so short a line, say whether it holds one).
    if line.kinds.chars > 2 * PAGE_NUMBER_MAX_DIGITS + 6 || !line.kinds.any(HEADER_CLUE) {
        return false;
    }
    let (digits, dashed) = number_in_dashes(line.text);
    let blank = |k: Option<usize>| {
        k.and_then(|k| lines.get(k))
            .is_none_or(|l| l.text.is_empty())
    };
    (1..=PAGE_NUMBER_MAX_DIGITS).contains(&digits)
        && (dashed || (blank(no.checked_sub(1)) && blank(no.checked_add(1))))
}

/// The digits of a text that is a number alone, perhaps between dashes, and whether dashes
/// stand on both sides of it; no digits for any other text. The column reader asks it too: a
/// page number under the columns ends their run.
pub(in crate::ingest) fn number_in_dashes(text: &str) -> (usize, bool) {
    let is_dash = |c: char| matches!(c, '-' | '－' | '—' | '–');
    let is_space = |c: char| matches!(c, ' ' | '\u{3000}');
    let open = text.trim_start_matches(|c| is_dash(c) || is_space(c));
    let number = open.trim_end_matches(|c| is_dash(c) || is_space(c));
    // Every char a digit (most texts asked fail on their first), then counted.
    if number.is_empty()
        || !number
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return (0, false);
    }
    let digits = number.chars().count();
    let dashed = text.starts_with(is_dash) && text.ends_with(is_dash);
    (digits, dashed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.split('\n').map(Line::of).collect()
    }

    #[test]
    fn a_number_alone_or_between_dashes_is_the_pages() {
        let page = lines("正文一段。\n\n7\n\n－ 5 －\n表头\n12\n3.5\n- 12 -\n2026");
        assert!(is_page_number(&page, 2));
        assert!(is_page_number(&page, 4));
        // A bare number with text right above it is a cell; a figure or a year is no page's.
        assert!(!is_page_number(&page, 6));
        assert!(!is_page_number(&page, 7));
        assert!(is_page_number(&page, 8));
        assert!(!is_page_number(&page, 9));
        assert!(!is_page_number(&page, 0));
    }
}
