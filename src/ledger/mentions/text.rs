//! One text of an article (a title line, paragraph or caption) in its compact form: folded to
//! Simplified, without spaces, each compact char mapped back to the char the page printed; the
//! matching [`key`] of a name in the same form, and the search for it (a scan, or in a long text
//! the positions of pairs of chars). Kept apart from [`super::ArticleText`], which reads an
//! article's texts together, because this is the matching itself.

use crate::text::fold::fold;

/// Which text of an article a span is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Title(usize),
    Para(usize),
    Caption(usize),
}

/// A range of chars of one text of an article, in the chars the page printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Index into [`ArticleText::texts`](super::ArticleText::texts).
    pub text: usize,
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Whether the two spans share a char.
    pub fn overlaps(&self, o: &Span) -> bool {
        self.text == o.text && self.start < o.end && o.start < self.end
    }

    /// Whether `o` lies inside this span.
    pub fn contains(&self, o: &Span) -> bool {
        self.text == o.text && self.start <= o.start && o.end <= self.end
    }
}

/// One text of an article, with its compact form for matching.
pub struct Text {
    pub part: Part,
    pub orig: Vec<char>,
    /// Folded chars, one per char of `orig`.
    pub folded: Vec<char>,
    /// Folded chars without whitespace.
    pub(super) compact: Vec<char>,
    /// For each compact char, its index in `orig`.
    pub(super) map: Vec<usize>,
    /// Where sentences end in `orig` ([`SENTENCE_END`]), and where sentences or clauses do.
    pub(super) sentence_ends: Vec<usize>,
    pub(super) clause_ends: Vec<usize>,
    /// The positions in `compact` of each pair of chars, made on the first search of a long
    /// text (see [`Text::find`]).
    pairs: std::sync::OnceLock<std::collections::HashMap<(char, char), Vec<usize>>>,
}

/// Texts longer than this (in compact chars) are searched through the positions of their
/// pairs of chars rather than scanned: a scan per name made a paragraph naming 6,000 projects
/// take 9 s in the ledger. A real article's paragraph is a few hundred chars.
pub(super) const SCANNED_CHARS: usize = 4096;

/// Sentence ends: a mention's sentence is what the page says in one breath about it.
pub(super) const SENTENCE_END: &[char] = &['。', '！', '？', '；', '!', '?', ';', '\n'];
/// Clause ends within a sentence.
pub(super) const CLAUSE_END: &[char] = &['，', ',', '：', ':'];

/// The compact matching key of a name: folded, without whitespace.
pub fn key(s: &str) -> String {
    let f = fold(s);
    if !f.contains(char::is_whitespace) {
        return f;
    }
    f.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Text {
    pub(super) fn new(part: Part, s: &str) -> Text {
        let orig: Vec<char> = s.chars().collect();
        let folded: Vec<char> = fold(s).chars().collect();
        let mut compact = Vec::with_capacity(folded.len());
        let mut map = Vec::with_capacity(folded.len());
        for (i, &c) in folded.iter().enumerate() {
            if !c.is_whitespace() {
                compact.push(c);
                map.push(i);
            }
        }
        let ends = |marks: &[&[char]]| -> Vec<usize> {
            orig.iter()
                .enumerate()
                .filter(|(_, c)| marks.iter().any(|m| m.contains(c)))
                .map(|(i, _)| i)
                .collect()
        };
        let sentence_ends = ends(&[SENTENCE_END]);
        let clause_ends = ends(&[SENTENCE_END, CLAUSE_END]);
        Text {
            part,
            orig,
            folded,
            compact,
            map,
            sentence_ends,
            clause_ends,
            pairs: std::sync::OnceLock::new(),
        }
    }

    /// Where `needle` (not empty) occurs in the compact chars, leftmost first and none
    /// overlapping the one before: a scan of a short text; in a long one, only the positions
    /// of the needle's rarest pair of chars are tried.
    pub(super) fn find(&self, needle: &[char]) -> Vec<usize> {
        let n = needle.len();
        let matches_at = |i: usize| self.compact.get(i..i + n) == Some(needle);
        let mut out = Vec::new();
        if n < 2 || self.compact.len() <= SCANNED_CHARS {
            let mut i = 0;
            while i + n <= self.compact.len() {
                // The first char rules out nearly every position before a slice compare.
                if self.compact[i] == needle[0] && matches_at(i) {
                    out.push(i);
                    i += n;
                } else {
                    i += 1;
                }
            }
            return out;
        }
        let pairs = self.pairs.get_or_init(|| {
            let mut m: std::collections::HashMap<(char, char), Vec<usize>> =
                std::collections::HashMap::new();
            for (i, w) in self.compact.windows(2).enumerate() {
                m.entry((w[0], w[1])).or_default().push(i);
            }
            m
        });
        let at = |j: usize| {
            pairs
                .get(&(needle[j], needle[j + 1]))
                .map_or(&[][..], Vec::as_slice)
        };
        let Some(j) = (0..n - 1).min_by_key(|&j| at(j).len()) else {
            return out;
        };
        let mut next = 0;
        for i in at(j).iter().filter_map(|&p| p.checked_sub(j)) {
            if i >= next && matches_at(i) {
                out.push(i);
                next = i + n;
            }
        }
        out
    }

    /// The original span of compact chars `a..b` (b > a).
    pub(super) fn span(&self, ti: usize, a: usize, b: usize) -> Span {
        Span {
            text: ti,
            start: self.map[a],
            end: self.map[b - 1] + 1,
        }
    }
}
