//! Viterbi decoding over BIO tags and reading the tags back as spans.
//!
//! Tags: 0 is outside; kind `k` has `B` = `1 + 2k` and `I` = `2 + 2k`. An `I` may only follow
//! the `B` or `I` of its own kind, so every decoded span is well formed.

use super::Kind;

/// Number of tags for the three kinds.
pub const TAGS: usize = 1 + 2 * Kind::ALL.len();

/// Whether `cur` may follow `prev` (`None`: the text starts).
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p == cur || p + 1 == cur)
}

/// The best tag sequence for `emit` (`TAGS` scores a char) under transition scores `trans`
/// (`prev * TAGS + cur`) and start scores `start`. Disallowed moves are folded into the
/// transition table once, so the inner loop is branch-free arithmetic.
pub fn viterbi(emit: &[i32], trans: &[i32], start: &[i32]) -> Vec<usize> {
    let n = emit.len() / TAGS;
    if n == 0 || trans.len() < TAGS * TAGS || start.len() < TAGS {
        return Vec::new();
    }
    const NEG: i64 = i64::MIN / 4;
    let mut tr = [[NEG; TAGS]; TAGS];
    for (cur, row) in tr.iter_mut().enumerate() {
        for (prev, t) in row.iter_mut().enumerate() {
            if allowed(Some(prev), cur) {
                *t = i64::from(trans[prev * TAGS + cur]);
            }
        }
    }
    let mut score = [NEG; TAGS];
    for (t, s) in score.iter_mut().enumerate() {
        if allowed(None, t) {
            *s = i64::from(start[t]) + i64::from(emit[t]);
        }
    }
    let mut back = vec![0u8; n * TAGS];
    for i in 1..n {
        let mut next = [NEG; TAGS];
        for (cur, slot) in next.iter_mut().enumerate() {
            let mut best = NEG;
            let mut arg = 0u8;
            for (prev, (&s, &t)) in score.iter().zip(&tr[cur]).enumerate() {
                let v = s + t;
                if v > best {
                    best = v;
                    arg = prev as u8;
                }
            }
            *slot = best + i64::from(emit[i * TAGS + cur]);
            back[i * TAGS + cur] = arg;
        }
        score = next;
    }
    let mut t = (0..TAGS).max_by_key(|&t| score[t]).unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = t;
        t = usize::from(back[i * TAGS + t]);
    }
    tags
}

/// Spans `(kind, start, end)` of a tag sequence.
pub fn spans(tags: &[usize]) -> Vec<(Kind, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(Kind, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let inside = t != 0 && t % 2 == 0;
        if !inside {
            if let Some((k, s)) = open.take() {
                out.push((k, s, i));
            }
            if t != 0 {
                open = Kind::ALL.get((t - 1) / 2).map(|&k| (k, i));
            }
        }
    }
    if let Some((k, s)) = open {
        out.push((k, s, tags.len()));
    }
    out
}

/// The tag sequence of spans over `n` chars (for training).
pub fn tags_of(n: usize, spans: &[(Kind, usize, usize)]) -> Vec<usize> {
    let mut tags = vec![0; n];
    for &(k, s, e) in spans {
        if s >= e || e > n || tags[s..e].iter().any(|&t| t != 0) {
            continue;
        }
        let b = 1 + 2 * k.index();
        tags[s] = b;
        for t in &mut tags[s + 1..e] {
            *t = b + 1;
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_round_trip_through_tags() {
        let s = vec![(Kind::Person, 0, 2), (Kind::Org, 3, 6), (Kind::Place, 6, 7)];
        assert_eq!(spans(&tags_of(8, &s)), s);
    }

    #[test]
    fn viterbi_never_starts_with_inside() {
        // Emissions favour I-PER everywhere; the constraint forces a B first.
        let mut emit = vec![0; 3 * TAGS];
        for i in 0..3 {
            emit[i * TAGS + 2] = 10;
        }
        let tags = viterbi(&emit, &[0; TAGS * TAGS], &[0; TAGS]);
        assert_eq!(tags[0], 1);
        assert_eq!(&tags[1..], &[2, 2]);
    }

    #[test]
    fn viterbi_of_nothing_is_nothing() {
        assert!(viterbi(&[], &[0; TAGS * TAGS], &[0; TAGS]).is_empty());
    }
}
