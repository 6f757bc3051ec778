//! An article's texts together, in reading order (title lines, paragraphs, captions): every
//! occurrence of a key across them, slices and the compact chars around a span, the sentence or
//! clause a span is in, and where a fact reports itself. Apart from [`super::Text`], which
//! holds one text's compact form and the search in it.

use super::text::{key, Part, Span, Text};
use crate::model::{Article, Fact, Location};

/// The stretch around a span [`ArticleText::around`] is asked for.
#[derive(Debug, Clone, Copy)]
enum Stretch {
    Sentence,
    Clause,
}

/// Closing quotes and brackets that belong to the sentence they follow.
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', ' '];

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

    /// Extends a span by `n` compact chars to the left (`赣州经开区` + `新能源…项目`).
    pub fn extend_left(&self, s: &Span, n: usize) -> Span {
        let Some(t) = self.texts.get(s.text) else {
            return *s;
        };
        let to = t.map.partition_point(|&o| o < s.start);
        match to.checked_sub(n) {
            Some(first) if n > 0 => Span {
                start: t.map[first],
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

    /// Whether the char right before a span is part of a figure (a digit, a decimal point, a
    /// Han numeral).
    fn after_figure_char(&self, s: &Span) -> bool {
        self.texts
            .get(s.text)
            .and_then(|t| t.orig.get(s.start.checked_sub(1)?))
            .is_some_and(|&c| is_figure_char(c) || matches!(c, '.' | '．' | ','))
    }

    /// Every place a fact's text occurs: the extractor reports each name once per article, the
    /// ledger needs each sentence it is in.
    pub fn occurrences(&self, f: &Fact) -> Vec<Span> {
        let mut v = self.find(&key(&f.text));
        // A figure's text inside a longer figure is not it (`6亿元` in `16亿元`).
        if f.text.starts_with(is_figure_char) {
            v.retain(|s| !self.after_figure_char(s));
        }
        if let Some(s) = self.fact_span(f) {
            if !v.iter().any(|o| o.overlaps(&s)) {
                v.push(s);
                v.sort();
            }
        }
        v
    }
}

/// A char a figure is written with: an ASCII or full-width digit or a Han numeral.
fn is_figure_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || crate::facts::numbers::is_chinese_numeral(c)
}

#[cfg(test)]
mod tests {
    use super::super::text::{CLAUSE_END, SCANNED_CHARS, SENTENCE_END};
    use super::*;

    fn article(title: &[&str], paras: &[&str]) -> Article {
        Article {
            id: "1-1".into(),
            title: title.iter().map(|s| s.to_string()).collect(),
            paragraphs: paras.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
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
