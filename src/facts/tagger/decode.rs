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
/// transition table once, so the inner loop is branch-free arithmetic; an `I` tag, which only
/// its own kind's `B` and `I` may precede, looks at those two alone. Ties go to the lowest
/// previous tag.
pub fn viterbi(emit: &[i32], trans: &[i32], start: &[i32]) -> Vec<usize> {
    let n = emit.len() / TAGS;
    if n == 0 || trans.len() < TAGS * TAGS || start.len() < TAGS {
        return Vec::new();
    }
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
    let mut back = vec![[0u8; TAGS]; n];
    for (e, bk) in emit.chunks_exact(TAGS).zip(back.iter_mut()).skip(1) {
        let mut next = [NEG; TAGS];
        for cur in 0..TAGS {
            let (mut best, mut arg) = (NEG, 0u8);
            // Outside and `B` tags may follow any tag; `I` of kind k only `B`/`I` of kind k.
            let prevs = if cur != 0 && cur % 2 == 0 {
                cur - 1..cur + 1
            } else {
                0..TAGS
            };
            for prev in prevs {
                let v = score[prev] + tr[cur][prev];
                if v > best {
                    best = v;
                    arg = prev as u8;
                }
            }
            next[cur] = best + i64::from(e[cur]);
            bk[cur] = arg;
        }
        score = next;
    }
    let mut t = (0..TAGS).max_by_key(|&t| score[t]).unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = t;
        t = usize::from(back[i][t]);
    }
    tags
}

/// Stands for minus infinity: far below any score, and safe to add a few of.
const NEG: i64 = i64::MIN / 4;

/// Spans `(kind, start, end)` of a tag sequence.
pub fn spans(tags: &[usize]) -> Vec<(Kind, usize, usize)> {
    let mut out = Vec::new();
    // A span opens at a begin tag (odd) and runs over the inside tags (even, not 0) after it;
    // an inside tag with no begin before it opens nothing. So the scan jumps from one begin
    // tag to the next, past the outside tags that are most of any text.
    let is_begin = |t: usize| t % 2 == 1;
    let mut i = 0;
    while let Some(s) = tags
        .get(i..)
        .and_then(|r| r.iter().position(|&t| is_begin(t)))
    {
        let s = i + s;
        let e = tags[s + 1..]
            .iter()
            .position(|&t| t == 0 || is_begin(t))
            .map_or(tags.len(), |k| s + 1 + k);
        if let Some(&kind) = Kind::ALL.get((tags[s] - 1) / 2) {
            out.push((kind, s, e));
        }
        i = e;
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

    /// The tag-by-tag reading [`spans`] must agree with: a begin tag closes any open span and
    /// opens its own, an inside tag continues whatever is open, an outside tag closes it.
    fn spans_tag_by_tag(tags: &[usize]) -> Vec<(Kind, usize, usize)> {
        let mut out = Vec::new();
        let mut open: Option<(Kind, usize)> = None;
        for (i, &t) in tags.iter().enumerate() {
            if t == 0 || t % 2 == 1 {
                if let Some((k, s)) = open.take() {
                    out.push((k, s, i));
                }
                if t != 0 {
                    open = Kind::ALL.get((t - 1) / 2).map(|&k| (k, i));
                }
            }
        }
        out.extend(open.map(|(k, s)| (k, s, tags.len())));
        out
    }

    #[test]
    fn spans_agree_with_the_tag_by_tag_reading() {
        // Stray inside tags, mixed kinds, tags past the last kind, spans at both ends.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for n in 0..400 {
            let tags: Vec<usize> = (0..n % 40)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // Mostly outside, as in text; now and then a tag no kind has.
                    match seed % 16 {
                        0..=7 => 0,
                        15 => TAGS + (seed as usize >> 8) % 3,
                        k => k as usize - 7,
                    }
                })
                .collect();
            assert_eq!(spans(&tags), spans_tag_by_tag(&tags), "{tags:?}");
        }
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

    /// The plain Viterbi over every pair of tags, disallowed moves at minus infinity: the
    /// fast one must agree with it exactly, ties included.
    fn reference(emit: &[i32], trans: &[i32], start: &[i32]) -> Vec<usize> {
        let n = emit.len() / TAGS;
        let mut score: Vec<i64> = (0..TAGS)
            .map(|t| {
                if allowed(None, t) {
                    i64::from(start[t] + emit[t])
                } else {
                    NEG
                }
            })
            .collect();
        let mut back = vec![0usize; n * TAGS];
        for i in 1..n {
            let mut next = vec![NEG; TAGS];
            for cur in 0..TAGS {
                let mut best = NEG;
                for prev in 0..TAGS {
                    let t = if allowed(Some(prev), cur) {
                        i64::from(trans[prev * TAGS + cur])
                    } else {
                        NEG
                    };
                    if score[prev] + t > best {
                        best = score[prev] + t;
                        back[i * TAGS + cur] = prev;
                    }
                }
                next[cur] = best + i64::from(emit[i * TAGS + cur]);
            }
            score = next;
        }
        let mut t = (0..TAGS).max_by_key(|&t| score[t]).unwrap_or(0);
        let mut tags = vec![0; n];
        for i in (0..n).rev() {
            tags[i] = t;
            t = back[i * TAGS + t];
        }
        tags
    }

    #[test]
    fn viterbi_agrees_with_the_plain_one() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |range: i32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Small ranges make ties common, so tie-breaking is checked too.
            (seed % (2 * range as u64 + 1)) as i32 - range
        };
        for round in 0..300 {
            let range = if round % 2 == 0 { 3 } else { 400 };
            let n = 1 + round % 40;
            let emit: Vec<i32> = (0..n * TAGS).map(|_| next(range)).collect();
            let trans: Vec<i32> = (0..TAGS * TAGS).map(|_| next(range)).collect();
            let start: Vec<i32> = (0..TAGS).map(|_| next(range)).collect();
            assert_eq!(
                viterbi(&emit, &trans, &start),
                reference(&emit, &trans, &start),
                "round {round}"
            );
        }
    }
}
