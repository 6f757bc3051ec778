//! Where an article names something: its texts (title lines, paragraphs, captions) in reading
//! order, searched in a compact form (folded to Simplified, ASCII digits, no spaces), so
//! `新质生产力 创新基地`, `新質生產力創新基地` and `新质生产力创新基地` are one name, while every
//! span found points back at the chars the page printed.
//!
//! The ledger reads facts; the text is only read here, to find each further mention of a fact the
//! extractor reported once (facts are deduplicated per article), and the sentence around it.

use crate::model::{Article, Fact, Location};
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
    /// Index into [`ArticleText::texts`].
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
    compact: Vec<char>,
    /// For each compact char, its index in `orig`.
    map: Vec<usize>,
    /// Where sentences end in `orig` ([`SENTENCE_END`]), and where sentences or clauses do.
    sentence_ends: Vec<usize>,
    clause_ends: Vec<usize>,
    /// The positions in `compact` of each pair of chars, made on the first search of a long
    /// text (see [`Text::find`]).
    pairs: std::sync::OnceLock<std::collections::HashMap<(char, char), Vec<usize>>>,
}

/// Texts longer than this (in compact chars) are searched through the positions of their
/// pairs of chars rather than scanned: a scan per name made a paragraph naming 6,000 projects
/// take 9 s in the ledger. A real article's paragraph is a few hundred chars.
const SCANNED_CHARS: usize = 4096;

/// The stretch around a span [`ArticleText::around`] is asked for.
#[derive(Debug, Clone, Copy)]
enum Stretch {
    Sentence,
    Clause,
}

/// Sentence ends: a mention's sentence is what the page says in one breath about it.
const SENTENCE_END: &[char] = &['。', '！', '？', '；', '!', '?', ';', '\n'];
/// Closing quotes and brackets that belong to the sentence they follow.
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', ' '];
/// Clause ends within a sentence.
const CLAUSE_END: &[char] = &['，', ',', '：', ':'];

/// The compact matching key of a name: folded, without whitespace.
pub fn key(s: &str) -> String {
    let f = fold(s);
    if !f.contains(char::is_whitespace) {
        return f;
    }
    f.chars().filter(|c| !c.is_whitespace()).collect()
}

/// An article's texts prepared for searching.
pub struct ArticleText {
    pub texts: Vec<Text>,
}

impl ArticleText {
    /// Title lines, then paragraphs, then captions: the order a reader meets them.
    pub fn new(article: &Article) -> ArticleText {
        let mut texts = Vec::new();
        for (i, t) in article.title.iter().enumerate() {
            texts.push(Text::new(Part::Title(i), t));
        }
        for (i, p) in article.paragraphs.iter().enumerate() {
            texts.push(Text::new(Part::Para(i), p));
        }
        for (i, c) in article.captions.iter().enumerate() {
            if let Some(t) = &c.text {
                texts.push(Text::new(Part::Caption(i), t));
            }
        }
        ArticleText { texts }
    }

    /// Every occurrence of a compact key, in reading order (leftmost first, none overlapping
    /// the one before).
    pub fn find(&self, key: &str) -> Vec<Span> {
        let needle: Vec<char> = key.chars().collect();
        if needle.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (ti, t) in self.texts.iter().enumerate() {
            out.extend(
                t.find(&needle)
                    .into_iter()
                    .map(|i| t.span(ti, i, i + needle.len())),
            );
        }
        out
    }

    /// The folded chars of a span (one per printed char).
    pub fn folded(&self, s: &Span) -> &[char] {
        self.texts.get(s.text).map_or(&[], |t| {
            let end = s.end.min(t.folded.len());
            &t.folded[s.start.min(end)..end]
        })
    }

    /// The text of a span as printed.
    pub fn slice(&self, s: &Span) -> String {
        self.texts
            .get(s.text)
            .map(|t| {
                let end = s.end.min(t.orig.len());
                t.orig[s.start.min(end)..end].iter().collect()
            })
            .unwrap_or_default()
    }

    /// The compact (folded, spaceless) chars of a text after a span's end, up to `n` of them.
    pub fn compact_after(&self, s: &Span, n: usize) -> String {
        let Some(t) = self.texts.get(s.text) else {
            return String::new();
        };
        let from = t.map.partition_point(|&o| o < s.end);
        t.compact[from..].iter().take(n).collect()
    }

    /// The compact chars of a text before a span's start, up to `n` of them, in order.
    pub fn compact_before(&self, s: &Span, n: usize) -> String {
        let Some(t) = self.texts.get(s.text) else {
            return String::new();
        };
        let to = t.map.partition_point(|&o| o < s.start);
        t.compact[to.saturating_sub(n)..to].iter().collect()
    }

    /// Extends a span by `n` compact chars to the right (`潞北三路` + `道路工程`).
    pub fn extend_right(&self, s: &Span, n: usize) -> Span {
        let Some(t) = self.texts.get(s.text) else {
            return *s;
        };
        let from = t.map.partition_point(|&o| o < s.end);
        match from.checked_add(n).and_then(|j| j.checked_sub(1)) {
            Some(last) if n > 0 && last < t.map.len() => Span {
                end: t.map[last] + 1,
                ..*s
            },
            _ => *s,
        }
    }

    /// The sentence around a span.
    pub fn sentence(&self, s: &Span) -> Span {
        self.around(s, Stretch::Sentence)
    }

    /// The clause around a span (a sentence cut at commas and colons).
    pub fn clause(&self, s: &Span) -> Span {
        self.around(s, Stretch::Clause)
    }

    /// The stretch between the nearest end of `stretch` before a span and after it, found by
    /// a binary search among the text's ends (a walk to them crossed a whole paragraph for
    /// each mention in it).
    fn around(&self, s: &Span, stretch: Stretch) -> Span {
        let Some(t) = self.texts.get(s.text) else {
            return *s;
        };
        let ends = match stretch {
            Stretch::Sentence => &t.sentence_ends,
            Stretch::Clause => &t.clause_ends,
        };
        let len = t.orig.len();
        let before = ends.partition_point(|&i| i < s.start.min(len));
        let mut start = before.checked_sub(1).map_or(0, |k| ends[k] + 1);
        // A closing quote after `。` ends the sentence before, not this one.
        while start < s.start && CLOSERS.contains(&t.orig[start]) {
            start += 1;
        }
        let after = ends.partition_point(|&i| i < s.end.min(len));
        let end = ends.get(after).copied().unwrap_or(len);
        Span {
            text: s.text,
            start,
            end: end.max(start),
        }
    }

    /// The span a fact reports itself at, when it is in a title line, paragraph or caption.
    pub fn fact_span(&self, f: &Fact) -> Option<Span> {
        let fits = |t: &Text| {
            t.orig.len() >= f.end
                && f.start < f.end
                && t.orig[f.start..f.end].iter().copied().eq(f.text.chars())
        };
        let ti = self.texts.iter().position(|t| {
            let here = match (t.part, f.paragraph, f.location) {
                (Part::Para(i), Some(p), _) => i == p,
                (Part::Title(_), None, Some(Location::Title)) => true,
                (Part::Caption(_), None, Some(Location::Caption)) => true,
                _ => false,
            };
            here && fits(t)
        })?;
        Some(Span {
            text: ti,
            start: f.start,
            end: f.end,
        })
    }

    /// Every place a fact's text occurs: the extractor reports each name once per article, the
    /// ledger needs each sentence it is in.
    pub fn occurrences(&self, f: &Fact) -> Vec<Span> {
        let mut v = self.find(&key(&f.text));
        if let Some(s) = self.fact_span(f) {
            if !v.iter().any(|o| o.overlaps(&s)) {
                v.push(s);
                v.sort();
            }
        }
        v
    }
}

impl Text {
    fn new(part: Part, s: &str) -> Text {
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
    fn find(&self, needle: &[char]) -> Vec<usize> {
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
    fn span(&self, ti: usize, a: usize, b: usize) -> Span {
        Span {
            text: ti,
            start: self.map[a],
            end: self.map[b - 1] + 1,
        }
    }
}

/// One sentence that mentions an entity, for `dubao mentions` and the reader.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    pub article: String,
    pub date: Option<String>,
    pub source: String,
    pub sentence: String,
    /// Where the name is, for highlighting: the part of the article and char offsets in it.
    #[serde(skip)]
    pub part: Part,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

/// The sentences of one article that mention any of the given names (compact keys), one per
/// sentence, in reading order.
pub fn sentences_naming(at: &ArticleText, keys: &[String]) -> Vec<(Span, Span)> {
    let mut spans: Vec<Span> = Vec::new();
    let mut sorted: Vec<&String> = keys.iter().filter(|k| !k.is_empty()).collect();
    sorted.sort_by_key(|k| std::cmp::Reverse(k.chars().count()));
    for k in sorted {
        for s in at.find(k) {
            if !spans.iter().any(|o| o.overlaps(&s)) {
                spans.push(s);
            }
        }
    }
    spans.sort();
    let mut out: Vec<(Span, Span)> = Vec::new();
    for s in spans {
        let sent = at.sentence(&s);
        if out.last().is_none_or(|(last, _)| *last != sent) {
            out.push((sent, s));
        }
    }
    out
}

/// The compact names an entity goes by: the name asked for, and when it is a project in the
/// ledger (and no other kind was asked for), every name and alias of it.
pub fn entity_keys(
    records: &[super::Record],
    name: &str,
    kind: Option<crate::model::FactKind>,
) -> Vec<String> {
    let k = key(name);
    let mut keys = vec![k.clone()];
    if kind.is_none_or(|kd| kd == crate::model::FactKind::Project) {
        for r in records {
            let forms: Vec<String> = std::iter::once(&r.name)
                .chain(&r.aliases)
                .map(|n| key(n))
                .collect();
            if forms.contains(&k) {
                for f in forms {
                    if !keys.contains(&f) {
                        keys.push(f);
                    }
                }
            }
        }
    }
    keys
}

/// Whether an article has a fact of the kind by one of the names.
fn has_fact(a: &Article, kind: crate::model::FactKind, keys: &[String]) -> bool {
    a.facts.iter().any(|f| {
        f.kind == kind
            && (keys.contains(&key(&f.text))
                || f.name.as_deref().is_some_and(|n| keys.contains(&key(n))))
    })
}

/// One loaded article with where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub article: &'a Article,
    pub source: &'a str,
    /// The page's edition date, when the article has no date of its own.
    pub page_date: Option<&'a str>,
}

/// Every sentence of the articles that names an entity (see [`entity_keys`]); with a kind, only
/// an entity the facts know as that kind somewhere in the articles.
pub fn find(
    articles: &[Source<'_>],
    records: &[super::Record],
    name: &str,
    kind: Option<crate::model::FactKind>,
) -> Vec<Mention> {
    let mut finder = Finder::new(records, name, kind);
    for s in articles {
        finder.add(s);
    }
    finder.finish()
}

/// [`find`] an article at a time, so `dubao mentions` streams an archive: the sentences found so
/// far are kept (not the articles), and whether any article knows the entity as the kind asked.
#[derive(Debug)]
pub struct Finder {
    keys: Vec<String>,
    kind: Option<crate::model::FactKind>,
    known: bool,
    found: Vec<Mention>,
}

impl Finder {
    /// A finder for `name` (and its ledger aliases from `records`), of `kind` if given.
    pub fn new(
        records: &[super::Record],
        name: &str,
        kind: Option<crate::model::FactKind>,
    ) -> Finder {
        Finder {
            keys: entity_keys(records, name, kind),
            kind,
            known: kind.is_none(),
            found: Vec::new(),
        }
    }

    /// The sentences of one article that name the entity.
    pub fn add(&mut self, s: &Source<'_>) {
        if let Some(kd) = self.kind {
            self.known = self.known || has_fact(s.article, kd, &self.keys);
        }
        let at = ArticleText::new(s.article);
        for (sentence, hit) in sentences_naming(&at, &self.keys) {
            self.found.push(Mention {
                article: s.article.id.clone(),
                date: s
                    .article
                    .date
                    .clone()
                    .or_else(|| s.page_date.map(str::to_owned)),
                source: s.source.to_owned(),
                sentence: at.slice(&sentence).trim().to_owned(),
                part: at.texts[hit.text].part,
                start: hit.start,
                end: hit.end,
            });
        }
    }

    /// The mentions in article order; none when a kind was asked and no article's facts know
    /// the entity as that kind.
    pub fn finish(self) -> Vec<Mention> {
        if self.known {
            self.found
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &[&str], paras: &[&str]) -> Article {
        Article {
            id: "1-1".into(),
            title: title.iter().map(|s| s.to_string()).collect(),
            main_title: None,
            dateline: None,
            reporters: vec![],
            reporter_roles: Vec::new(),
            date: None,
            zone: None,
            zones: vec![],
            kind: crate::model::ArticleKind::News,
            paragraphs: paras.iter().map(|s| s.to_string()).collect(),
            byline: vec![],
            captions: vec![],
            facts: vec![],
        }
    }

    /// A long text is searched through its pairs of chars and finds what a scan finds, overlaps
    /// and repeats included; sentences and clauses are cut where a walk to the marks cuts them.
    #[test]
    fn a_long_text_finds_what_a_scan_finds() {
        let mut para = String::new();
        for i in 0..600 {
            para.push_str(&format!("年产{}万吨项目，", i % 37));
            if i % 7 == 0 {
                para.push_str("aaaa。");
            }
        }
        let a = article(&[], &[&para]);
        let at = ArticleText::new(&a);
        let t = &at.texts[0];
        assert!(t.compact.len() > SCANNED_CHARS);
        for needle in [
            "年产3万吨项目",
            "万吨项目，年产1",
            "aa",
            "aaa",
            "项目，",
            "年产40万",
        ] {
            let needle: Vec<char> = needle.chars().collect();
            let mut want = Vec::new();
            let mut i = 0;
            while i + needle.len() <= t.compact.len() {
                if t.compact[i..i + needle.len()] == needle[..] {
                    want.push(i);
                    i += needle.len();
                } else {
                    i += 1;
                }
            }
            assert_eq!(t.find(&needle), want, "{needle:?}");
        }
        let walk = |s: &Span, marks: &[char]| {
            let o = &t.orig;
            let start = o[..s.start]
                .iter()
                .rposition(|c| marks.contains(c))
                .map_or(0, |i| i + 1);
            let end = o[s.end..]
                .iter()
                .position(|c| marks.contains(c))
                .map_or(o.len(), |i| s.end + i);
            (start, end)
        };
        let both: Vec<char> = SENTENCE_END.iter().chain(CLAUSE_END).copied().collect();
        for s in at.find(&key("年产3万吨项目")) {
            let got = at.sentence(&s);
            assert_eq!((got.start, got.end), walk(&s, SENTENCE_END));
            let got = at.clause(&s);
            assert_eq!((got.start, got.end), walk(&s, &both));
        }
    }

    #[test]
    fn finds_names_across_spaces_and_scripts() {
        let a = article(
            &["新质生产力 创新基地建设收尾"],
            &["新質生產力創新基地建設項目總投資 3 億元。"],
        );
        let at = ArticleText::new(&a);
        let found = at.find(&key("新质生产力创新基地"));
        assert_eq!(found.len(), 2);
        assert_eq!(at.slice(&found[0]), "新质生产力 创新基地");
        assert_eq!(at.slice(&found[1]), "新質生產力創新基地");
        assert_eq!(at.compact_after(&found[1], 4), "建设项目");
    }

    #[test]
    fn sentence_and_clause_stop_at_punctuation() {
        let a = article(&[], &["甲。”今年 3 月，某项目开工，乙丙。丁"]);
        let at = ArticleText::new(&a);
        let s = at.find(&key("某项目"))[0];
        assert_eq!(at.slice(&at.sentence(&s)), "今年 3 月，某项目开工，乙丙");
        assert_eq!(at.slice(&at.clause(&s)), "某项目开工");
    }
}
