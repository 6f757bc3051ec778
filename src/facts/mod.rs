//! Fact extraction: dates, money, quantities, percentages, people and roles, organisations, zones,
//! places, projects and products.
//!
//! Rules find the facts; jieba-rs is one signal among them (word boundaries and its `nr`/`ns`
//! tags), loaded once per [`Extractor`] and shared. Every text is matched in its folded form
//! (Simplified, ASCII digits), which keeps one char per char, so offsets and the `text` of a fact
//! come from what the page printed.

pub mod amounts;
pub mod charset;
pub mod dates;
pub mod lists;
mod nesting;
pub mod numbers;
pub mod orgs;
pub mod people;
pub mod places;
pub mod projects;
mod span_index;
pub mod tables;
pub mod tagger;
mod wordtags;

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use jieba_rs::Jieba;

use crate::lexicon::zone::ZoneIndex;
use crate::model::{Article, Corpus, Fact, FactKind, FactValue, Location, Page};
use crate::text::fold::fold;

/// Words jieba lacks or splits in development-zone news; added with a frequency high enough to
/// win segmentation. Tags only apply to new words (`add_word` keeps a known word's tag).
const DOMAIN_WORDS: &str = include_str!("../../assets/domain_words.txt");

/// Holds what extraction loads once per process (the jieba tokenizer and its domain words) and
/// shares between threads.
pub struct Extractor {
    /// Loaded on first use: a warm `dubao facts` reads every fact from the cache and never
    /// segments a word, and building jieba's dictionary was a fifth of its time.
    jieba: OnceLock<Jieba>,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// A jieba word in char offsets. Its part of speech is looked up only when a rule asks (see
/// [`Seg::pos`]): tagging every word costs jieba as much again as cutting the text, and the
/// rules ask about a few words per paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pos: std::cell::OnceCell<Pos>,
}

impl Tok {
    fn new(start: usize, end: usize) -> Tok {
        Tok {
            start,
            end,
            pos: std::cell::OnceCell::new(),
        }
    }
}

/// The parts of speech the rules use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    PersonName,
    PlaceName,
    OrgName,
    OtherProper,
    Noun,
    Verb,
    Other,
}

impl Pos {
    fn from_tag(tag: &str) -> Pos {
        match tag {
            "nr" | "nrfg" | "nrt" => Pos::PersonName,
            "ns" => Pos::PlaceName,
            "nt" => Pos::OrgName,
            "nz" => Pos::OtherProper,
            t if t.starts_with('n') => Pos::Noun,
            "v" | "vd" | "vg" => Pos::Verb,
            _ => Pos::Other,
        }
    }
}

/// Where a text of the article sits, for the fact's `paragraph` / `where`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Paragraph(usize),
    Elsewhere(Location),
}

/// One text of an article prepared for the rules: original and folded chars, jieba words.
pub struct Seg<'e> {
    pub orig: Vec<char>,
    pub f: Vec<char>,
    pub toks: Vec<Tok>,
    pub place: Place,
    ex: &'e Extractor,
}

impl Seg<'_> {
    /// The part of speech of word `k`, tagged on first use and remembered.
    pub fn pos(&self, k: usize) -> Pos {
        let Some(t) = self.toks.get(k) else {
            return Pos::Other;
        };
        *t.pos.get_or_init(|| {
            let chars = self.f.get(t.start..t.end).unwrap_or_default();
            wordtags::pos(chars, || {
                let word: String = chars.iter().collect();
                self.ex.word_pos(&word)
            })
        })
    }

    /// Whether word `k` spans exactly `start..end` and is tagged `pos`.
    pub fn word_is(&self, start: usize, end: usize, pos: Pos) -> bool {
        self.word_at(start, end).is_some_and(|k| self.pos(k) == pos)
    }

    /// The original text of a span, as printed.
    pub fn text(&self, start: usize, end: usize) -> String {
        charset::text_between(&self.orig, start, end)
    }

    /// The folded text of a span.
    pub fn folded(&self, start: usize, end: usize) -> String {
        charset::text_between(&self.f, start, end)
    }

    /// The index of the word containing char `i`.
    pub fn tok_at(&self, i: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.end <= i);
        self.toks.get(k).filter(|t| t.start <= i).map(|_| k)
    }

    /// Whether jieba reads `start..end` as one word (`is_word(i, i + 1)`: char `i` is a word of
    /// its own).
    pub fn is_word(&self, start: usize, end: usize) -> bool {
        self.word_at(start, end).is_some()
    }

    /// The index of jieba's word spanning exactly `start..end`, if it reads one there.
    fn word_at(&self, start: usize, end: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.end <= start);
        self.toks
            .get(k)
            .is_some_and(|t| t.start == start && t.end == end)
            .then_some(k)
    }

    /// Whether a token starts (or the text starts or ends) at char `i`.
    pub fn is_boundary(&self, i: usize) -> bool {
        i == 0 || i >= self.f.len() || self.toks.binary_search_by_key(&i, |t| t.start).is_ok()
    }
}

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

/// Whether `f[i..]` starts with `w`.
pub fn at(f: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, c)| f.get(k) == Some(&c))
}

/// Whether folded chars end with `w`; walks both backwards, so `w` is never counted. The twin
/// of [`at`] for the end of a text (`ends_with(&f[..end], w)`: `w` ends at `end`).
pub fn ends_with(f: &[char], w: &str) -> bool {
    let mut before = f.iter().rev();
    w.chars().rev().all(|c| before.next() == Some(&c))
}

/// Whether `f` ends with one of `words` and holds more than it (`苏州工业园区` ends with a park
/// word; `工业园区` alone is only the word).
pub fn ends_with_longer(f: &[char], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| f.len() > w.chars().count() && ends_with(f, w))
}

/// The first index at or after `i` that is not a space.
pub fn skip_spaces(f: &[char], i: usize) -> usize {
    let mut j = i;
    while f.get(j).is_some_and(|c| *c == ' ' || *c == '\u{3000}') {
        j += 1;
    }
    j
}

/// A fact before it is placed: offsets in one [`Seg`].
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: Option<FactValue>,
    pub unit: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
    pub flags: Vec<String>,
    pub attribute: Option<String>,
    pub counted: Option<String>,
}

impl Extractor {
    /// An extractor; jieba's dictionary and the domain words load on its first use.
    pub fn new() -> Self {
        Extractor {
            jieba: OnceLock::new(),
        }
    }

    /// jieba with the domain words, loaded on first use: tens of milliseconds, once per
    /// extractor.
    pub(crate) fn jieba(&self) -> &Jieba {
        self.jieba.get_or_init(|| {
            let mut jieba = Jieba::new();
            for line in DOMAIN_WORDS.lines().filter(|l| !l.starts_with('#')) {
                let mut parts = line.split_whitespace();
                let Some(word) = parts.next() else { continue };
                let tag = parts.next();
                jieba.add_word(word, Some(20_000), tag);
            }
            jieba
        })
    }

    /// jieba's words of folded text, in char offsets, untagged.
    pub fn words(&self, folded: &str) -> Vec<Tok> {
        self.jieba()
            .cut(folded, true)
            .into_iter()
            .map(|t| Tok::new(t.start, t.end))
            .collect()
    }

    /// jieba's part of speech for a word on its own: the dictionary's tag, or jieba's guess for
    /// a word it does not know (a name, a town). A word jieba would cut in two is `Other`.
    pub fn word_pos(&self, word: &str) -> Pos {
        match self.jieba().tag(word, true).as_slice() {
            [one] => Pos::from_tag(one.tag),
            _ => Pos::Other,
        }
    }

    /// Whether jieba knows `word` as an ordinary word (so it is no name).
    pub fn is_dictionary_word(&self, word: &str) -> bool {
        self.jieba().has_word(word)
    }

    fn seg(&self, text: &str, place: Place) -> Seg<'_> {
        let orig = decode(text);
        // Most texts fold to themselves: jieba reads the text as given, and its chars are
        // decoded once.
        let (f, toks) = match crate::text::fold::fold_decoded(text, &orig) {
            None => (orig.clone(), self.words(text)),
            Some(f) => {
                let folded: String = f.iter().collect();
                let toks = self.words(&folded);
                (f, toks)
            }
        };
        Seg {
            orig,
            f,
            toks,
            place,
            ex: self,
        }
    }

    /// Facts of one article, deduplicated; `year` is the page year used to resolve partial dates.
    pub fn extract(&self, article: &Article, year: Option<i32>) -> Vec<Fact> {
        self.extract_on(article, &dates::Context::new(year, None))
    }

    /// [`Extractor::extract`] knowing the edition date (`Page.date`, `YYYY-MM-DD`) too, against
    /// which relative dates (`明天`, `下周三`) and bare days (`21日`) resolve.
    pub fn extract_dated(
        &self,
        article: &Article,
        year: Option<i32>,
        edition: Option<&str>,
    ) -> Vec<Fact> {
        self.extract_on(article, &dates::Context::new(year, edition))
    }

    fn extract_on(&self, article: &Article, when: &dates::Context) -> Vec<Fact> {
        let mut segs: Vec<Seg> = Vec::new();
        for (i, p) in article.paragraphs.iter().enumerate() {
            segs.push(self.seg(p, Place::Paragraph(i)));
        }
        for t in &article.title {
            segs.push(self.seg(t, Place::Elsewhere(Location::Title)));
        }
        for c in &article.captions {
            if let Some(text) = &c.text {
                segs.push(self.seg(text, Place::Elsewhere(Location::Caption)));
            }
        }
        // Zone names all end in 区: an article without one needs no index.
        let has_zone_suffix = article
            .title
            .iter()
            .chain(&article.paragraphs)
            // One char at a time: a single char is found with memchr, a set of two char by char.
            .any(|t| t.contains('区') || t.contains('區'));
        // Titles first, then paragraphs: the order the index learns a page's full names in.
        let zones = if has_zone_suffix {
            let titles = segs
                .iter()
                .filter(|s| s.place == Place::Elsewhere(Location::Title));
            let paragraphs = segs
                .iter()
                .filter(|s| matches!(s.place, Place::Paragraph(_)));
            ZoneIndex::from_folded(titles.chain(paragraphs).map(|s| s.f.as_slice()))
        } else {
            ZoneIndex::default()
        };
        let mut facts = Vec::new();
        for seg in &segs {
            let mut found: Vec<(FactKind, Found)> = Vec::new();
            for d in dates::scan_in(&seg.f, when) {
                found.push((FactKind::Date, dated(d)));
            }
            for a in amounts::scan(&seg.f) {
                if let Some(fd) = amount(seg, a) {
                    found.push((fd.0, fd.1));
                }
            }
            let zone_spans = zone_facts(seg, &zones, article.zone.as_deref(), &mut found);
            let org_spans = orgs::scan(seg, &zone_spans, &mut found);
            people::scan(self, seg, &zone_spans, &mut found);
            projects::scan(seg, &zone_spans, &mut found);
            places::scan(seg, &zone_spans, &org_spans, &mut found);
            let words: Vec<(usize, usize)> = seg.toks.iter().map(|t| (t.start, t.end)).collect();
            let spans = tagger::tag(&seg.f, &words);
            tagger::combine::add(self, seg, &zone_spans, &spans, &mut found);
            lists::scan(seg, &mut found);
            places::drop_clocks(seg, &mut found);
            places::add_compounds(seg, &mut found);
            for (kind, fd) in found {
                facts.push(place_fact(seg, kind, fd));
            }
        }
        facts.extend(people::credits(article));
        let mut facts = dedupe(facts);
        projects::drop_roads_built(&mut facts);
        facts
    }
}

/// Fills every article of the corpus with its facts, using each page's year.
pub fn fill(corpus: &mut Corpus, extractor: &Extractor) {
    for page in &mut corpus.pages {
        fill_page(page, extractor);
    }
}

/// The facts of every article of one page; relative dates (`明天`, `21日`) resolve against the
/// page's edition date when it has one, else its year.
pub fn fill_page(page: &mut Page, extractor: &Extractor) {
    let when = dates::Context::new(page.year, page.date.as_deref());
    for article in &mut page.articles {
        article.facts = extractor.extract_on(article, &when);
    }
}

/// The article's date for listings without loading jieba: its first full date in the body,
/// else its first date of any precision, else one from the title.
pub fn article_date(article: &Article, year: Option<i32>) -> Option<String> {
    let mut all = Vec::new();
    for text in article.paragraphs.iter().chain(&article.title) {
        let f: Vec<char> = fold(text).chars().collect();
        all.extend(
            dates::scan(&f, year)
                .into_iter()
                // `明天` on an undated page is only its year, approximately: no article date.
                .filter(|d| !d.flags.iter().any(|f| f == "approx"))
                .map(|d| d.value)
                .filter(|v| !v.is_empty() && !v.contains('/')),
        );
    }
    all.iter()
        .find(|v| v.len() == 10 && !v.starts_with('-'))
        .or(all.first())
        .cloned()
}

/// The chars of `text` in a vector of exactly their number: collecting `chars()` guesses a
/// quarter of the bytes and grows twice or more on Chinese text.
fn decode(text: &str) -> Vec<char> {
    // Filled in place rather than pushed: no capacity check a char.
    let mut chars = vec!['\0'; text.chars().count()];
    for (slot, c) in chars.iter_mut().zip(text.chars()) {
        *slot = c;
    }
    chars
}

fn dated(d: dates::DateHit) -> Found {
    Found {
        start: d.start,
        end: d.end,
        // An unresolved date (a bare day on an undated page) keeps its text, value null.
        value: (!d.value.is_empty()).then_some(FactValue::Text(d.value)),
        flags: d.flags,
        ..Found::default()
    }
}

/// An amount as a fact: a count only with the noun it counts (`46 个项目`, `签约项目 12 个`),
/// since a bare `14 个` says nothing a reader can use.
fn amount(seg: &Seg, a: amounts::Amount) -> Option<(FactKind, Found)> {
    let counted = if a.counter {
        Some(counted_noun(seg, a.start, a.end)?)
    } else {
        None
    };
    Some((
        a.kind,
        Found {
            start: a.start,
            end: a.end,
            value: a.value.and_then(|v| v.to_json()).map(FactValue::Number),
            unit: Some(a.unit),
            flags: a.flags,
            attribute: a.attribute.map(str::to_owned),
            counted,
            ..Found::default()
        },
    ))
}

/// The noun a count counts: the word right after it (`46 个项目`), else the word right before
/// the number (`签约项目 12 个`), or before a linking word in front of it (`港资企业超过3000家`),
/// when jieba calls it a noun.
fn counted_noun(seg: &Seg, start: usize, end: usize) -> Option<String> {
    let nounish = |k: usize| {
        matches!(
            seg.pos(k),
            Pos::Noun | Pos::OrgName | Pos::OtherProper | Pos::PlaceName
        )
    };
    let after = skip_spaces(&seg.f, end);
    if let Some(k) = seg.tok_at(after).filter(|&k| seg.toks[k].start == after) {
        if nounish(k) {
            return Some(seg.folded(seg.toks[k].start, seg.toks[k].end));
        }
    }
    let mut before = start;
    while before > 0 && matches!(seg.f[before - 1], ' ' | '\u{3000}') {
        before -= 1;
    }
    if let Some(link) = amounts::attribute::link_start(&seg.f, before) {
        // Only a link jieba reads as a word of its own (`超过`, not the end of `未超`).
        if seg.is_boundary(link) {
            before = link;
        }
    }
    let mut k = seg.tok_at(before.checked_sub(1)?)?;
    if seg.toks[k].end != before || !nounish(k) {
        return None;
    }
    // `企业总数达到1200家` counts 企业: `总数` only says it is a count.
    if matches!(
        seg.folded(seg.toks[k].start, seg.toks[k].end).as_str(),
        "总数" | "数量" | "总量"
    ) {
        k = k
            .checked_sub(1)
            .filter(|&p| seg.toks[p].end == seg.toks[k].start && nounish(p))?;
    }
    Some(seg.folded(seg.toks[k].start, seg.toks[k].end))
}

/// A zone named in a text: char span and canonical name. Other rules read around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneSpan {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

/// Zone mentions as facts; a bare `经开区` stands for the article's own zone. Returns the spans.
fn zone_facts(
    seg: &Seg,
    zones: &ZoneIndex,
    own: Option<&str>,
    found: &mut Vec<(FactKind, Found)>,
) -> Vec<ZoneSpan> {
    let mut spans: Vec<ZoneSpan> = Vec::new();
    if charset::next_of(&seg.f, 0, '区', '区').is_none() {
        return spans;
    }
    for m in zones.find_folded(&seg.f) {
        let (start, name) = match own {
            // `针对云网经开区`: a stray word read into the place name of the article's own zone.
            Some(own) if m.canonical != own && m.canonical.ends_with(own) => {
                let extra = m.canonical.chars().count() - own.chars().count();
                (m.start + extra, own.to_owned())
            }
            _ => (m.start, m.canonical),
        };
        spans.push(ZoneSpan {
            start,
            end: m.end,
            name: name.clone(),
        });
        found.push((
            FactKind::Zone,
            Found {
                start,
                end: m.end,
                name: Some(name),
                ..Found::default()
            },
        ));
    }
    if let Some(own) = own {
        for (first, bare) in [
            ('经', "经开区"),
            ('开', "开发区"),
            ('高', "高新区"),
            ('经', "经济技术开发区"),
        ] {
            // The spans so far, by start, walked with a cursor: a paragraph naming 200,000
            // zones is one pass, not one pass per bare word.
            let mut covered: Vec<(usize, usize)> = spans.iter().map(|z| (z.start, z.end)).collect();
            covered.sort_unstable();
            let mut reach = 0usize;
            let mut cursor = 0usize;
            let mut i = 0;
            // Only the positions holding the word's first char are tried, found a chunk of
            // chars at a time; the cursor catches up there (the reach it finds is the same).
            while let Some(p) = charset::next_of(&seg.f, i, first, first) {
                i = p;
                while covered.get(cursor).is_some_and(|&(s, _)| s <= i) {
                    reach = reach.max(covered[cursor].1);
                    cursor += 1;
                }
                if at(&seg.f, i, bare) && reach <= i {
                    let end = i + bare.chars().count();
                    spans.push(ZoneSpan {
                        start: i,
                        end,
                        name: own.to_owned(),
                    });
                    found.push((
                        FactKind::Zone,
                        Found {
                            start: i,
                            end,
                            name: Some(own.to_owned()),
                            ..Found::default()
                        },
                    ));
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
    }
    spans
}

fn place_fact(seg: &Seg, kind: FactKind, fd: Found) -> Fact {
    let (paragraph, location) = match seg.place {
        Place::Paragraph(i) => (Some(i), None),
        Place::Elsewhere(l) => (None, Some(l)),
    };
    Fact {
        kind,
        attribute: fd.attribute,
        counted: fd.counted,
        text: seg.text(fd.start, fd.end),
        value: fd.value,
        unit: fd.unit,
        name: fd.name,
        role: fd.role,
        flags: fd.flags,
        paragraph,
        location,
        start: fd.start,
        end: fd.end,
    }
}

/// What makes two facts the same for deduplication within an article: a person by name and
/// role, anything named by its name, the rest by value, unit and flags. Borrowed from the fact,
/// so deduplicating builds no strings.
#[derive(PartialEq, Eq, Hash)]
enum Key<'a> {
    Person(&'a str, &'a str),
    Named(FactKind, &'a str),
    Valued(FactKind, Option<&'a FactValue>, &'a str, &'a [String]),
}

fn key(f: &Fact) -> Key<'_> {
    match f.kind {
        FactKind::Person => Key::Person(
            f.name.as_deref().unwrap_or(""),
            f.role.as_deref().unwrap_or(""),
        ),
        k => match f.name.as_deref() {
            Some(name) => Key::Named(k, name),
            None => Key::Valued(
                k,
                f.value.as_ref(),
                f.unit.as_deref().unwrap_or(""),
                &f.flags,
            ),
        },
    }
}

/// Kinds whose names nest (`4 万吨铸造合金项目` in `山西中润 4 万吨铸造合金项目`).
fn nests(kind: FactKind) -> bool {
    matches!(
        kind,
        FactKind::Organization | FactKind::Project | FactKind::Product
    )
}

/// Whether `outer` is longer than `inner` and holds it. Names are short and most pairs share
/// no text: the windows are screened by their first and last byte (UTF-8 keeps a char's bytes
/// together, so a byte match is a char match), where `str::contains` set up a two-way searcher
/// for each pair.
fn holds_longer(outer: &str, inner: &str) -> bool {
    let (h, w) = (outer.as_bytes(), inner.as_bytes());
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return h.len() > w.len();
    };
    h.len() > w.len()
        && h.windows(w.len())
            .any(|x| x.first() == Some(&first) && x.last() == Some(&last) && x == w)
}

/// One fact per meaning, first mention kept; a person without a role is dropped when the same
/// name has one; a name contained in a longer one of the same kind (`4 万吨铸造合金项目` in
/// `山西中润 4 万吨铸造合金项目`) gives way to the longest form. The sets hash with Fx: their keys
/// are the facts' own short strings, and SipHash cost more than the rest of deduplicating.
pub fn dedupe(facts: Vec<Fact>) -> Vec<Fact> {
    let keep: Vec<bool> = {
        // Sized for every fact at once: grown from empty, it rehashed a few times an article.
        let mut seen = FxHashSet::with_capacity_and_hasher(facts.len(), rustc_hash::FxBuildHasher);
        let first: Vec<bool> = facts.iter().map(|f| seen.insert(key(f))).collect();
        let kept = || {
            facts
                .iter()
                .zip(&first)
                .filter(|(_, k)| **k)
                .map(|(f, _)| f)
        };
        let with_role: FxHashSet<&str> = kept()
            .filter(|f| f.kind == FactKind::Person && f.role.is_some())
            .filter_map(|f| f.name.as_deref())
            .collect();
        let named = nesting::Nesting::new(
            kept()
                .filter(|f| nests(f.kind))
                .filter_map(|f| f.name.as_deref().map(|n| (f.kind, n)))
                .collect(),
        );
        facts
            .iter()
            .zip(&first)
            .map(|(f, &first)| {
                let Some(name) = f.name.as_deref().filter(|_| first) else {
                    return first;
                };
                let unroled =
                    f.kind == FactKind::Person && f.role.is_none() && with_role.contains(name);
                let inside_longer = nests(f.kind) && named.held(f.kind, name);
                !(unroled || inside_longer)
            })
            .collect()
    };
    facts
        .into_iter()
        .zip(keep)
        .filter_map(|(f, k)| k.then_some(f))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_longer_is_a_strict_substring_test() {
        for (outer, inner) in [
            ("山西中润 4 万吨铸造合金项目", "4 万吨铸造合金项目"),
            ("山西中润 4 万吨铸造合金项目", "山西中润"),
            ("山西中润", "山西中润"),
            ("山西中润", "中润公司"),
            ("太原重工", "重"),
            ("太原重工", ""),
            ("", ""),
            ("ab", "ba"),
            ("二期工程", "期工"),
        ] {
            let expected = outer.len() > inner.len() && outer.contains(inner);
            assert_eq!(holds_longer(outer, inner), expected, "{outer} / {inner}");
        }
    }

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

    #[test]
    fn extractor_is_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
