//! Addresses (`https://…`, `www.…`) in a text, whose digits and `%xx` escapes are no amounts:
//! found once per text before the scan, apart from it.

use super::*;

/// Spans of Latin runs that are addresses (`https://…`, `www.…`): their digits and `%xx`
/// escapes are no amounts. One pass over the text.
pub(super) fn url_spans(f: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // An address holds the `:` of `://` or the `w` of `www.`: a text with neither (most
    // Chinese text) holds none, and is not walked char by char.
    if next_of(f, 0, ':', 'w').is_none() {
        return out;
    }
    let mut i = 0;
    while i < f.len() {
        if !is_url_char(f[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < f.len() && is_url_char(f[i]) {
            i += 1;
        }
        let run = &f[start..i];
        let is_url =
            run.windows(3).any(|w| w == [':', '/', '/']) || run.starts_with(&['w', 'w', 'w', '.']);
        if is_url {
            out.push((start, i));
        }
    }
    out
}

pub(super) fn is_url_char(c: char) -> bool {
    c.is_ascii_graphic()
}
