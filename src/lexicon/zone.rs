//! Development zones: finding their names in text and resolving abbreviations to one canonical,
//! Simplified full name (`云网经开区` → `云网经济技术开发区`, `晉城經濟技術開發區` → `晋城经济技术开发区`).
//!
//! A zone name is a place prefix (`运城`, `呼和浩特`) plus a suffix. The suffix is easy; the prefix
//! is not, because Chinese has no spaces: in `助力河津经济技术开发区` only `河津` is the name. A
//! [`ZoneIndex`] is built over a whole page first, so that a prefix seen once at a clear boundary
//! (a kicker line `河津经济技术开发区`, or after a comma) disambiguates every other mention.

use std::collections::{BTreeMap, BTreeSet};

use super::names::is_han;
use crate::facts::charset::next_of;
use crate::text::fold::fold_chars;

mod query;
mod scan;
mod stops;

pub use query::{canonical, closest, matches, of_kind, place_part};
use stops::{ends_with_stop, is_non_place, starts_with_stop};

/// Zone suffixes (folded form) and the full suffix each abbreviates, longest first.
const SUFFIXES: &[(&str, Full)] = &[
    ("国家农业高新技术产业示范区", Full::AgriHighTech),
    ("转型综合改革示范区", Full::Reform),
    ("经济综合实验区", Full::Experimental),
    ("高新技术产业开发区", Full::HighTech),
    ("经济技术开发区", Full::EconTech),
    // `山西转型综改示范区` keeps the `转型` of the full name: read as `综改示范区` after a place
    // `山西转型`, it became 山西转型转型综合改革示范区 (and `转型综改区` before `综改区` likewise).
    ("转型综改示范区", Full::Reform),
    ("高新技术开发区", Full::HighTech),
    ("综合保税区", Full::Bonded),
    ("经济开发区", Full::Econ),
    ("综改示范区", Full::Reform),
    ("转型综改区", Full::Reform),
    ("国家农高区", Full::AgriHighTech),
    ("综保区", Full::Bonded),
    ("农高区", Full::AgriHighTech),
    ("综改区", Full::Reform),
    ("高新区", Full::HighTech),
    ("经开区", Full::EconAbbrev),
    ("开发区", Full::Generic),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Full {
    EconTech,
    Econ,
    /// `经开区` abbreviates both 经济技术开发区 and 经济开发区: the page decides.
    EconAbbrev,
    HighTech,
    Bonded,
    /// National agricultural high-tech demonstration zones (`晋中国家农高区`).
    AgriHighTech,
    /// Shanxi's transformation and comprehensive reform zone (`山西综改示范区`).
    Reform,
    /// Comprehensive economic experimental zones (`郑州航空港经济综合实验区`).
    Experimental,
    Generic,
}

impl Full {
    fn expansion(self) -> &'static str {
        match self {
            Full::EconTech | Full::EconAbbrev => "经济技术开发区",
            Full::Econ => "经济开发区",
            Full::HighTech => "高新技术产业开发区",
            Full::Bonded => "综合保税区",
            Full::AgriHighTech => "国家农业高新技术产业示范区",
            Full::Reform => "转型综合改革示范区",
            Full::Experimental => "经济综合实验区",
            Full::Generic => "开发区",
        }
    }
}

/// How far back a suffix looks for its place name.
const MAX_PREFIX: usize = 10;
/// Longest place name taken without page knowledge (呼和浩特, 乌鲁木齐).
const MAX_NAME: usize = 4;
/// Length taken from an unbounded run with no stop word: most county and city names are two.
const DEFAULT_PREFIX: usize = 2;

/// One zone named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneMention {
    /// Character offsets of the whole mention (prefix + suffix) in the text searched.
    pub start: usize,
    pub end: usize,
    /// The canonical full name.
    pub canonical: String,
}

/// Raw suffix hit before the prefix is decided, with the run before it copied out of the text
/// (at most `MAX_PREFIX` chars), so that hits found in a window of a text outlive the window.
struct Hit {
    suffix_start: usize,
    suffix_end: usize,
    full: Full,
    /// Han run before the suffix (folded): its first `run_len` chars.
    run_chars: [char; MAX_PREFIX],
    run_len: usize,
    /// Whether the run stops at a boundary (punctuation, line start) rather than at the limit.
    bounded: bool,
    /// The place name [`prefix_from_run`] reads in the run (its last `guess` chars), once
    /// asked ([`NOT_GUESSED`] until then): learning a page's names and finding each mention
    /// both want it, but a hit whose run ends in a name the page knows never does, and the
    /// facts pass finds most hits twice (once to learn, once per text), so it is not made
    /// eagerly (that cost the facts pass 20 M instructions over the bench's 400 pages).
    guess: std::cell::Cell<u8>,
}

/// [`Hit::guess`] before [`prefix_from_run`] was asked.
const NOT_GUESSED: u8 = u8::MAX;
const _: () = assert!(MAX_PREFIX < NOT_GUESSED as usize);

impl Hit {
    fn new(suffix_start: usize, suffix_end: usize, full: Full, run: &[char], bounded: bool) -> Hit {
        let mut run_chars = ['\0'; MAX_PREFIX];
        let run = &run[run.len().saturating_sub(MAX_PREFIX)..];
        run_chars[..run.len()].copy_from_slice(run);
        Hit {
            suffix_start,
            suffix_end,
            full,
            run_chars,
            run_len: run.len(),
            bounded,
            guess: std::cell::Cell::new(NOT_GUESSED),
        }
    }

    /// The Han run before the suffix.
    fn run(&self) -> &[char] {
        &self.run_chars[..self.run_len]
    }

    /// [`prefix_from_run`] of the run, read the first time it is asked.
    fn guessed(&self) -> &[char] {
        let run = self.run();
        let n = match self.guess.get() {
            NOT_GUESSED => {
                let n = prefix_from_run(run, self.bounded).len();
                // A run is at most `MAX_PREFIX` chars, so its length fits and is no sentinel.
                self.guess.set(u8::try_from(n).unwrap_or(NOT_GUESSED));
                n
            }
            n => usize::from(n),
        };
        &run[run.len() - n.min(run.len())..]
    }
}

/// The zone suffixes found in one folded text: found once, then used both to learn a page's
/// names ([`ZoneIndex::from_hits`]) and to find the text's zones ([`ZoneIndex::find_hits`]).
pub struct SuffixHits(Vec<Hit>);

impl SuffixHits {
    /// The suffixes in `folded` text (see [`fold_for_zones`]).
    pub fn of(folded: &[char]) -> Self {
        SuffixHits(suffix_hits(folded))
    }

    /// The suffixes of `text`, as [`SuffixHits::of`] finds them in `fold_for_zones(text)`,
    /// without folding or decoding the text: see [`scan::suffix_hits_of_text`].
    pub fn of_text(text: &str) -> Self {
        match scan::suffix_hits_of_text(text) {
            Some(hits) => SuffixHits(hits),
            None => SuffixHits::of(&fold_for_zones(text)),
        }
    }
}

/// The suffixes as char sequences, in [`SUFFIXES`] order, for comparing with slices of text.
fn suffix_chars() -> &'static [(Vec<char>, Full)] {
    static S: std::sync::OnceLock<Vec<(Vec<char>, Full)>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        SUFFIXES
            .iter()
            .map(|(suf, full)| (suf.chars().collect(), *full))
            .collect()
    })
}

/// The next-to-last chars of the suffixes, each once: a 区 after any other char ends none.
fn suffix_penults() -> &'static [char] {
    static S: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<char> = suffix_chars()
            .iter()
            .filter_map(|(suf, _)| suf.len().checked_sub(2).map(|k| suf[k]))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Zone suffixes in `folded` text (see [`fold`]). Every suffix ends in 区, so only those
/// positions are looked at. The text is folded once by the caller and shared: fast2s reads only
/// a char's neighbours, so slicing the folded text gives what folding each window would.
fn suffix_hits(folded: &[char]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut from = 0;
    while let Some(pos) = next_of(folded, from, '区', '區') {
        from = pos + 1;
        // Most 区 end no suffix (`地区`, `社区`): the char before it rejects them before any
        // suffix is compared.
        if !pos
            .checked_sub(1)
            .is_some_and(|p| suffix_penults().contains(&folded[p]))
        {
            continue;
        }
        let upto = &folded[..=pos];
        let Some((suf, full)) = suffix_chars().iter().find(|(suf, _)| upto.ends_with(suf)) else {
            continue;
        };
        let suffix_start = pos + 1 - suf.len();
        let stop = suffix_start.saturating_sub(MAX_PREFIX);
        let mut s = suffix_start;
        while s > stop && is_han(folded[s - 1]) {
            s -= 1;
        }
        hits.push(Hit::new(
            suffix_start,
            pos + 1,
            *full,
            &folded[s..suffix_start],
            s == 0 || !is_han(folded[s - 1]),
        ));
    }
    hits
}

/// Folded chars of a text, as [`suffix_hits`] and [`ZoneIndex::find_folded`] want them; empty
/// when the text cannot hold a zone suffix, so that most paragraphs are never folded: every
/// suffix ends in 区 (區), and only 区 and 區 fold to 区 (a test checks), after one of a few
/// chars (开发区, 高新区, 综保区 …) — `地区`, `社区`, `园区` are no zone. A text that may hold
/// one is folded whole, in one pass ([`fold_chars`]).
///
/// Only the text up to its last 区 (區) is folded, all that a zone scan reads: every suffix
/// ends there and its place name stands before it. Folding a text's head gives the head of
/// its fold, since fast2s reads only a char's neighbours and 区 is none of its context keys.
pub fn fold_for_zones(text: &str) -> Vec<char> {
    if !may_hold_suffix(text) {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let last_qu = memchr::memrchr_iter(0xE5, bytes)
        .find(|&i| is_qu_at(bytes, i))
        .map_or(text.len(), |i| i + 3);
    fold_chars(text.get(..last_qu).unwrap_or(text))
}

/// Whether 区 (E5 8C BA) or 區 (E5 8D 80) starts at byte `i`.
fn is_qu_at(bytes: &[u8], i: usize) -> bool {
    matches!(
        (bytes.get(i + 1), bytes.get(i + 2)),
        (Some(0x8C), Some(0xBA)) | (Some(0x8D), Some(0x80))
    )
}

/// Whether some 区 (區) of `text` follows a char that ends a suffix's stem once folded: one of
/// the suffixes' next-to-last chars, or a char folding may change (which could become one).
fn may_hold_suffix(text: &str) -> bool {
    // 区 is E5 8C BA and 區 E5 8D 80 in UTF-8: a byte scan, no char decoding, finds them.
    let bytes = text.as_bytes();
    let mut qu = memchr::memchr_iter(0xE5, bytes).filter(|&i| is_qu_at(bytes, i));
    qu.any(|at| {
        text[..at].chars().next_back().is_some_and(|prev| {
            crate::text::fold::may_fold(prev)
                || suffix_chars()
                    .iter()
                    .any(|(suf, _)| suf.len() >= 2 && suf[suf.len() - 2] == prev)
        })
    })
}

/// The place name in a run, when no page knowledge helps: the longest place name the run ends
/// with (`石家庄`, `运城` of `山西运城`); else the longest tail of two to `MAX_NAME` chars that
/// starts right after a stop word (or at a clear boundary) and neither starts nor ends with
/// one; failing that, the last `DEFAULT_PREFIX` chars.
fn prefix_from_run(run: &[char], bounded: bool) -> &[char] {
    if let Some(place) = super::places::place_at_end(run) {
        return place;
    }
    // `国家级经济技术开发区`, `该经开区`: a run ending in a stop word names no place.
    if ends_with_stop(run) {
        return &[];
    }
    let cuts = (0..=run.len())
        .filter(|&cut| (cut == 0 && bounded) || (cut > 0 && ends_with_stop(&run[..cut])));
    let best = cuts
        .filter(|&cut| (2..=MAX_NAME).contains(&(run.len() - cut)))
        .find(|&cut| {
            let rest = &run[cut..];
            !starts_with_stop(rest) && !is_non_place(rest)
        });
    match best {
        Some(cut) => &run[cut..],
        // `郑州航空港经济综合实验区`: a bounded run that opens with a place is the zone's whole
        // name, though longer than a place name alone.
        None if bounded && run.len() <= MAX_NAME + 2 && super::places::opens_with_place(run) => run,
        None => {
            let tail = &run[run.len().saturating_sub(DEFAULT_PREFIX)..];
            // `在县经济开发区`: a tail opening with a stop word names no place; the place was left
            // unsaid (a known place that opens like one, 于都, was found above).
            if starts_with_stop(tail) {
                &[]
            } else {
                tail
            }
        }
    }
}

/// Up to this many names a page knows, [`ZoneIndex::prefix_of`] compares each with a run
/// rather than looking the run's tails up.
const FEW_KNOWN: usize = 16;

/// Zone knowledge of one page: which place prefixes were seen, and which full suffix each uses.
#[derive(Debug, Clone, Default)]
pub struct ZoneIndex {
    /// Prefixes seen at a clear boundary, e.g. from a kicker line (folded chars).
    known: BTreeSet<Vec<char>>,
    /// Prefix → full suffix stated on the page (`经济开发区` vs `经济技术开发区`).
    stated: BTreeMap<Vec<char>, &'static str>,
}

impl ZoneIndex {
    /// Learns prefixes and full names from all texts of a page (titles and paragraphs).
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let folded: Vec<Vec<char>> = texts.into_iter().map(fold_for_zones).collect();
        Self::from_folded(folded.iter().map(Vec::as_slice))
    }

    /// [`ZoneIndex::from_texts`] over texts already folded (see [`fold`]), so a caller that
    /// folds each text once for its own matching does not pay for folding again.
    pub fn from_folded<'a>(texts: impl IntoIterator<Item = &'a [char]>) -> Self {
        let hits: Vec<SuffixHits> = texts.into_iter().map(SuffixHits::of).collect();
        Self::from_hits(&hits)
    }

    /// [`ZoneIndex::from_folded`] over the suffixes already found in each text, so a caller
    /// that also finds each text's zones ([`ZoneIndex::find_hits`]) scans it once.
    pub fn from_hits<'h>(texts: impl IntoIterator<Item = &'h SuffixHits>) -> Self {
        let mut index = ZoneIndex::default();
        let hits: Vec<&Hit> = texts.into_iter().flat_map(|h| h.0.iter()).collect();
        for hit in hits.iter().copied() {
            let p = hit.guessed();
            // Looked up before it is copied: a page names its few zones many times.
            if hit.bounded && p.len() == hit.run_len && !index.known.contains(p) && !is_non_place(p)
            {
                index.known.insert(p.to_vec());
            }
        }
        // `图为晋城` seen at a line start is not a name when `晋城` is known too: keep the shortest.
        // Each name's own tails are looked up (names are short), not every other name, so a
        // page with 100,000 zone lines stays linear.
        // The shadowed names are found first and removed after, so that every name is judged
        // against the whole set, as before, without a copy of it.
        let shadowed: Vec<Vec<char>> = index
            .known
            .iter()
            .filter(|k| (1..k.len()).any(|cut| index.known.contains(&k[cut..])))
            .cloned()
            .collect();
        for k in &shadowed {
            index.known.remove(k);
        }
        for hit in hits.iter().copied() {
            if matches!(hit.full, Full::EconTech | Full::Econ | Full::HighTech) {
                let p = index.prefix_of(hit);
                if !index.stated.contains_key(p) {
                    index.stated.insert(p.to_vec(), hit.full.expansion());
                }
            }
        }
        index
    }

    /// The place name ending a run: the longest known prefix it ends with, else the heuristic.
    fn prefix_of<'r>(&self, hit: &'r Hit) -> &'r [char] {
        // The run's tails, longest first, looked up in the set: a run is at most `MAX_PREFIX`
        // chars, so this costs the same however many names the page knows.
        // A page knows a few names, mostly: then each is compared with the run's end, which
        // costs less than a set look-up per tail and finds the same longest one.
        let run = hit.run();
        let known = if self.known.len() <= FEW_KNOWN {
            self.known
                .iter()
                .filter(|k| !k.is_empty() && run.ends_with(k))
                .max_by_key(|k| k.len())
                .map(|k| &run[run.len() - k.len()..])
        } else {
            (1..=run.len())
                .map(|n| &run[run.len() - n..])
                .rev()
                .find(|tail| self.known.contains(*tail))
        };
        known.unwrap_or_else(|| hit.guessed())
    }

    /// Every zone named in `text`, in order, with canonical names.
    pub fn find(&self, text: &str) -> Vec<ZoneMention> {
        self.find_folded(&fold_for_zones(text))
    }

    /// [`ZoneIndex::find`] over a text already folded (see [`fold`]); offsets are the same.
    pub fn find_folded(&self, folded: &[char]) -> Vec<ZoneMention> {
        self.find_hits(&SuffixHits::of(folded))
    }

    /// [`ZoneIndex::find_folded`] over the suffixes already found in a text.
    pub fn find_hits(&self, hits: &SuffixHits) -> Vec<ZoneMention> {
        self.find_keys(hits)
            .map(|(key, start, end)| ZoneMention {
                start,
                end,
                canonical: key.name(),
            })
            .collect()
    }

    /// The zones of [`ZoneIndex::find_hits`] as borrowed names with their char offsets, so a
    /// caller that counts mentions (an article's ranking reads every zone of a page) builds
    /// each distinct name once rather than a `String` per mention.
    pub fn find_keys<'s>(
        &'s self,
        hits: &'s SuffixHits,
    ) -> impl Iterator<Item = (ZoneKey<'s>, usize, usize)> + 's {
        hits.0.iter().filter_map(|hit| {
            let prefix = self.prefix_of(hit);
            if is_non_place(prefix) {
                return None;
            }
            let suffix = match hit.full {
                Full::EconAbbrev => self
                    .stated
                    .get(prefix)
                    .copied()
                    .unwrap_or(Full::EconTech.expansion()),
                // A bare `X开发区` is the zone the page names in full (`广州经济技术开发区`),
                // else, when X is a place, the zone as written (`广州开发区`): papers call
                // a zone by its city's name and 开发区 alone.
                Full::Generic => match self.stated.get(prefix) {
                    Some(full) => full,
                    None if crate::lexicon::places::is_place(prefix) => Full::Generic.expansion(),
                    None => return None,
                },
                other => other.expansion(),
            };
            Some((
                ZoneKey { prefix, suffix },
                hit.suffix_start - prefix.len(),
                hit.suffix_end,
            ))
        })
    }
}

/// A zone's canonical name as its place prefix (folded chars) and its full suffix, unjoined:
/// equal, and hashed alike, exactly when the joined names are.
#[derive(Debug, Clone, Copy)]
pub struct ZoneKey<'a> {
    prefix: &'a [char],
    suffix: &'static str,
}

impl ZoneKey<'_> {
    /// The joined name, built at its exact size.
    pub fn name(&self) -> String {
        let len = self.prefix.iter().map(|c| c.len_utf8()).sum::<usize>() + self.suffix.len();
        let mut s = String::with_capacity(len);
        s.extend(self.prefix);
        s.push_str(self.suffix);
        s
    }

    /// The name's chars, prefix then suffix.
    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.prefix.iter().copied().chain(self.suffix.chars())
    }
}

impl PartialEq for ZoneKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.chars().eq(other.chars())
    }
}

impl Eq for ZoneKey<'_> {}

impl std::hash::Hash for ZoneKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for c in self.chars() {
            state.write_u32(u32::from(c));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    fn zones(index: &ZoneIndex, text: &str) -> Vec<String> {
        index.find(text).into_iter().map(|m| m.canonical).collect()
    }

    #[test]
    fn kicker_line_teaches_the_prefix() {
        let idx =
            ZoneIndex::from_texts(["河津经济技术开发区", "同时，助力河津经济技术开发区加速实现"]);
        assert_eq!(
            zones(&idx, "同时，助力河津经济技术开发区加速实现"),
            ["河津经济技术开发区"]
        );
    }

    #[test]
    fn a_zone_whose_place_is_left_unsaid_is_none() {
        let text = "今年以来，在县经济开发区，一批新项目陆续开工。";
        let idx = ZoneIndex::from_texts([text]);
        assert!(zones(&idx, text).is_empty(), "{:?}", zones(&idx, text));
        let text = "今年以来，在河津经济开发区，一批新项目陆续开工。";
        let idx = ZoneIndex::from_texts([text]);
        assert_eq!(zones(&idx, text), ["河津经济开发区"]);
    }

    #[test]
    fn a_known_shorter_name_wins_over_a_caption_start() {
        let idx =
            ZoneIndex::from_texts(["今年以来，晋城经济技术开发区坚持", "图为晋城经开区一角。"]);
        assert_eq!(zones(&idx, "图为晋城经开区一角。"), ["晋城经济技术开发区"]);
    }

    #[test]
    fn stop_words_cut_the_prefix() {
        let idx = ZoneIndex::default();
        assert_eq!(
            zones(&idx, "12 月 21 日，位于沁源经济技术开发区的"),
            ["沁源经济技术开发区"]
        );
        assert_eq!(
            zones(&idx, "该公司正式成立并入驻尧都高新技术产业开发区。"),
            ["尧都高新技术产业开发区"]
        );
        assert_eq!(
            zones(&idx, "在呼和浩特经济技术开发区"),
            ["呼和浩特经济技术开发区"]
        );
    }

    #[test]
    fn abbreviations_expand() {
        let idx = ZoneIndex::default();
        assert_eq!(
            zones(&idx, "襄垣经开区潞北三路开工"),
            ["襄垣经济技术开发区"]
        );
        assert_eq!(
            zones(&idx, "云网经开区与中节能水务公司"),
            ["云网经济技术开发区"]
        );
        assert_eq!(zones(&idx, "太原高新区"), ["太原高新技术产业开发区"]);
        assert_eq!(
            zones(&idx, "1 月 6 日，晋中国家农高区召开推进会"),
            ["晋中国家农业高新技术产业示范区"]
        );
        assert_eq!(zones(&idx, "山西综改示范区"), ["山西转型综合改革示范区"]);
        for written in ["山西转型综改示范区", "山西轉型綜改示範區", "山西转型综改区"]
        {
            assert_eq!(
                zones(&idx, written),
                ["山西转型综合改革示范区"],
                "{written}"
            );
        }
        assert!(matches("晋中农高区", "晋中国家农业高新技术产业示范区"));
        assert!(matches("晋中", "晋中国家农业高新技术产业示范区"));
    }

    #[test]
    fn abbreviation_follows_the_full_name_the_page_states() {
        let idx = ZoneIndex::from_texts(["平遥经济开发区召开会议", "平遥经开区表示"]);
        assert_eq!(zones(&idx, "平遥经开区表示"), ["平遥经济开发区"]);
    }

    #[test]
    fn traditional_characters() {
        let idx = ZoneIndex::default();
        assert_eq!(zones(&idx, "晉城經濟技術開發區"), ["晋城经济技术开发区"]);
        assert_eq!(
            canonical("晉城經開區").as_deref(),
            Some("晋城经济技术开发区")
        );
    }

    #[test]
    fn generic_words_are_not_zones() {
        let idx = ZoneIndex::default();
        assert!(zones(&idx, "为襄垣打造省级开发区示范样板").is_empty());
        assert_eq!(zones(&idx, "广州开发区举行活动"), ["广州开发区"]);
        assert!(zones(&idx, "各开发区举行活动").is_empty());
        assert!(zones(&idx, "会议通报了开发区 2025 年度").is_empty());
        assert!(zones(&idx, "就经开区污水处理厂运营").is_empty());
        assert!(zones(&idx, "近年来，该县以经开区为核心").is_empty());
        assert!(zones(&idx, "该区是国家级经济技术开发区").is_empty());
        assert!(zones(&idx, "获批省级高新技术产业开发区").is_empty());
    }

    #[test]
    fn user_queries_match_aliases() {
        for q in ["上党", "上党经开区", "上党经济技术开发区", " 上黨經開區 "] {
            assert!(matches(q, "上党经济技术开发区"), "{q}");
        }
        assert!(!matches("上", "上党经济技术开发区"));
        assert!(!matches("运城", "上党经济技术开发区"));
    }

    #[test]
    fn kinds_of_zones() {
        assert!(of_kind("经开区", "上党经济技术开发区"));
        assert!(of_kind("经开区", "平遥经济开发区"));
        assert!(of_kind(" 高新区", "太原高新技术产业开发区"));
        assert!(!of_kind("高新区", "上党经济技术开发区"));
        assert!(of_kind("开发区", "上党经济技术开发区"));
        assert!(!of_kind("上党", "上党经济技术开发区"));
    }

    #[test]
    fn closest_zones_for_a_typo() {
        let known = [
            "上党经济技术开发区",
            "运城经济技术开发区",
            "太原高新技术产业开发区",
        ];
        assert_eq!(closest("上堂经开区", known, 1), ["上党经济技术开发区"]);
        assert_eq!(closest("太原", known, 1), ["太原高新技术产业开发区"]);
    }

    #[test]
    fn texts_without_a_suffix_are_not_folded() {
        for text in ["该地区社区园区", "区", "开发", "辖区内"] {
            assert!(fold_for_zones(text).is_empty(), "{text}");
        }
        for text in ["运城经开区", "晉城經開區", "综保区", "区开发区", "高新區"]
        {
            assert_eq!(fold_for_zones(text), fold(text).chars().collect::<Vec<_>>());
        }
    }

    /// A text that may hold a zone is folded up to its last 区 as the whole text folds there.
    #[test]
    fn zone_texts_fold_up_to_the_last_qu() {
        let text = "據了解，沁水經濟技術開發區與山西兆豐鋁業簽約，看著辦，藉口乾隆";
        let whole: Vec<char> = fold(text).chars().collect();
        let folded = fold_for_zones(text);
        assert_eq!(folded.len(), "據了解，沁水經濟技術開發區".chars().count());
        assert_eq!(folded, whole[..folded.len()]);
    }

    /// A text that may hold a zone is folded whole, context rules (`藉此`, `看著`) included, and
    /// its zones read from that.
    #[test]
    fn zone_texts_fold_like_the_whole_text() {
        let text = "據了解，藉此機會，沁水經濟技術開發區與山西兆豐鋁業簽約，晉中國家農高區、太原高新區、看著平遙經開區，地區社區";
        let whole: Vec<char> = fold(text).chars().collect();
        assert_eq!(fold_for_zones(text), whole);
        let idx = ZoneIndex::default();
        assert_eq!(
            zones(&idx, text),
            [
                "沁水经济技术开发区",
                "晋中国家农业高新技术产业示范区",
                "太原高新技术产业开发区",
                "平遥经济技术开发区"
            ]
        );
    }

    #[test]
    fn only_qu_folds_to_qu() {
        let qu: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| fold(&c.to_string()).contains('区'))
            .collect();
        assert_eq!(qu, ['区', '區']);
    }
}
