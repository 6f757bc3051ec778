//! [`SpanSet`]: which spans of a text (zones, organisations) hold a candidate span, by binary
//! search. Apart from [`super::span_index`], which finds the facts overlapping a span, since
//! this one only answers containment and keeps no facts.

/// Spans of a text (zones, organisations) asked "does one of you hold `s..e`?" once per
/// candidate: sorted by start with the running furthest end, so each question is a binary
/// search, not a walk over every span (a paragraph naming 200,000 zones stays linear-log).
pub struct SpanSet {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl SpanSet {
    pub fn new(spans: impl IntoIterator<Item = (usize, usize)>) -> SpanSet {
        let mut v: Vec<(usize, usize)> = spans.into_iter().collect();
        v.sort_unstable();
        let mut reach = Vec::with_capacity(v.len());
        let mut far = 0;
        for &(_, e) in &v {
            far = far.max(e);
            reach.push(far);
        }
        SpanSet {
            starts: v.into_iter().map(|(s, _)| s).collect(),
            reach,
        }
    }

    /// Whether a span starting at or before `s` reaches `e`.
    pub fn contains(&self, s: usize, e: usize) -> bool {
        let k = self.starts.partition_point(|&x| x <= s);
        k > 0 && self.reach[k - 1] >= e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_set_answers_containment() {
        let set = SpanSet::new([(10, 20), (0, 5), (12, 14)]);
        assert!(set.contains(0, 5));
        assert!(set.contains(11, 20));
        assert!(set.contains(12, 13));
        assert!(!set.contains(4, 6));
        assert!(!set.contains(20, 21));
        assert!(!SpanSet::new([]).contains(0, 0));
    }
}
