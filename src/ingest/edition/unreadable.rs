//! A header's date that names no day of the calendar (`2025年13月3日`: a typo or a slip of the
//! scanner). The line is still the page's header, so its paper and page are read and it does
//! not become the first article's title; its date stays unknown rather than guessed.

/// Where the first date written in full with Arabic digits stands in folded chars `f`
/// (`2025年13月3日`: four digits, `年`, one or two, `月`, one or two, `日`), whether or not it
/// names a real day.
pub fn written_date(f: &[char]) -> Option<(usize, usize)> {
    (0..f.len()).find_map(|i| date_shape_at(f, i).map(|end| (i, end)))
}

/// The end of a full date written at `i`, not inside a longer number.
fn date_shape_at(f: &[char], i: usize) -> Option<usize> {
    if i.checked_sub(1)
        .and_then(|k| f.get(k))
        .is_some_and(char::is_ascii_digit)
    {
        return None;
    }
    let mut at = i;
    for (min, max, unit) in [(4, 4, '年'), (1, 2, '月'), (1, 2, '日')] {
        let end = digits_end(f, at);
        if !(min..=max).contains(&(end - at)) || f.get(end) != Some(&unit) {
            return None;
        }
        at = end + 1;
    }
    Some(at)
}

/// The first index at or after `i` that is no ASCII digit.
fn digits_end(f: &[char], i: usize) -> usize {
    i + f
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: &str) -> Option<(usize, usize)> {
        written_date(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn a_date_written_in_full_is_found_whatever_day_it_names() {
        assert_eq!(span("南方日报 2025年13月3日 A05"), Some((5, 15)));
        assert_eq!(span("2024年2月30日"), Some((0, 10)));
        assert_eq!(span("12025年1月3日"), None);
        assert_eq!(span("2025年13月"), None);
        assert_eq!(span("南方日报 A05"), None);
    }
}
