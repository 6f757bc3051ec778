//! Zone suffixes found in a text: each hit with the Han run before it, from which its place
//! name is read.

use super::fold::fold_for_zones;
use super::prefix::prefix_from_run;
use super::scan;
use super::{Full, MAX_PREFIX, SUFFIXES};
use crate::facts::charset::{ends_with_chars, next_of};
use crate::lexicon::names::is_han;
use crate::lexicon::spaced_names::after_spaced_surname;

/// Raw suffix hit before the prefix is decided, with the run before it copied out of the text
/// (at most `MAX_PREFIX` chars), so that hits found in a window of a text outlive the window.
pub(super) struct Hit {
    pub(super) suffix_start: usize,
    pub(super) suffix_end: usize,
    pub(super) full: Full,
    /// Han run before the suffix (folded): its first `run_len` chars.
    pub(super) run_chars: [char; MAX_PREFIX],
    pub(super) run_len: usize,
    /// Whether the run stops at a boundary (punctuation, line start) rather than at the limit.
    pub(super) bounded: bool,
    /// Chars of the zone's name around its run besides the suffix (see [`Run`]): before the
    /// run (`中国（`) and between it and the suffix (`）`).
    pub(super) before: u8,
    pub(super) between: u8,
    /// The place name [`prefix_from_run`] reads in the run (its last `guess` chars), once
    /// asked ([`NOT_GUESSED`] until then): learning a page's names and finding each mention
    /// both want it, but a hit whose run ends in a name the page knows never does, and the
    /// facts pass finds most hits twice (once to learn, once per text), so it is not made
    /// eagerly (that cost the facts pass 20 M instructions over the bench's 400 pages).
    pub(super) guess: std::cell::Cell<u8>,
}

/// [`Hit::guess`] before [`prefix_from_run`] was asked.
const NOT_GUESSED: u8 = u8::MAX;
const _: () = assert!(MAX_PREFIX < NOT_GUESSED as usize);

impl Hit {
    /// The hit of the suffix at `suffix_start..suffix_end` of `chars`, with the run before it
    /// as [`run_before`] reads it (its last [`MAX_PREFIX`] chars copied out of the text).
    pub(super) fn at(chars: &[char], suffix_start: usize, suffix_end: usize, full: Full) -> Hit {
        let found = run_before(chars, suffix_start, full);
        let run = &chars[found.start..found.end];
        let run = &run[run.len().saturating_sub(MAX_PREFIX)..];
        let mut run_chars = ['\0'; MAX_PREFIX];
        run_chars[..run.len()].copy_from_slice(run);
        Hit {
            suffix_start,
            suffix_end,
            full,
            run_chars,
            run_len: run.len(),
            // A run opening on a spaced name's last char (`冯　涛任上党…`) is no bounded one.
            bounded: (found.start == 0 || !is_han(chars[found.start - 1]))
                && !after_spaced_surname(chars, found.start),
            before: found.before,
            between: found.between,
            guess: std::cell::Cell::new(NOT_GUESSED),
        }
    }

    /// Where a mention whose place is `prefix` (a tail of the run) starts: the whole run's name
    /// takes the chars before it too (`中国（山西）自由贸易试验区`).
    pub(super) fn mention_start(&self, prefix: &[char]) -> usize {
        let before = if prefix.len() == self.run_len {
            usize::from(self.before)
        } else {
            0
        };
        self.suffix_start - usize::from(self.between) - prefix.len() - before
    }

    /// The Han run before the suffix.
    pub(super) fn run(&self) -> &[char] {
        &self.run_chars[..self.run_len]
    }

    /// [`prefix_from_run`] of the run, read the first time it is asked.
    pub(super) fn guessed(&self) -> &[char] {
        let run = self.run();
        let n = match self.guess.get() {
            NOT_GUESSED => {
                let n = prefix_from_run(run, self.bounded, self.full).len();
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
/// names ([`ZoneIndex::from_hits`](super::ZoneIndex::from_hits)) and to find the text's zones ([`ZoneIndex::find_hits`](super::ZoneIndex::find_hits)).
pub struct SuffixHits(pub(super) Vec<Hit>);

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
pub(super) fn suffix_chars() -> &'static [(Vec<char>, Full)] {
    static S: std::sync::OnceLock<Vec<(Vec<char>, Full)>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        SUFFIXES
            .iter()
            .map(|(suf, full)| (suf.chars().collect(), *full))
            .collect()
    })
}

/// The next-to-last chars of the suffixes, each once: a 区 after any other char ends none.
pub(super) fn suffix_penults() -> &'static [char] {
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

/// Whether a 区 after `prev` may end a suffix of two chars (`新区`), which has no stem pair.
pub(super) fn ends_short_suffix(prev: char) -> bool {
    suffix_chars()
        .iter()
        .any(|(suf, _)| suf.len() == 2 && suf[0] == prev)
}

/// The two chars before the 区 of each suffix (`开发`, `业园`), each pair once: a 区 after
/// another pair ends none but a two-char suffix's ([`ends_short_suffix`]).
pub(super) fn suffix_stems() -> &'static [(char, char)] {
    static S: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<(char, char)> = suffix_chars()
            .iter()
            .filter_map(|(suf, _)| suf.len().checked_sub(3).map(|k| (suf[k], suf[k + 1])))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Zone suffixes in `folded` text (see [`fold`]). Every suffix ends in 区, so only those
/// positions are looked at. The text is folded once by the caller and shared: fast2s reads only
/// a char's neighbours, so slicing the folded text gives what folding each window would.
pub(super) fn suffix_hits(folded: &[char]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut from = 0;
    while let Some(pos) = next_of(folded, from, '区', '區') {
        from = pos + 1;
        // Most 区 end no suffix (`地区`, `社区`): the char before it rejects them before any
        // suffix is compared.
        if !pos
            .checked_sub(1)
            .is_some_and(|p| suffix_penults().contains(&folded[p]))
            || folded.get(pos + 1).is_some_and(|&c| ends_no_suffix(c))
        {
            continue;
        }
        let upto = &folded[..=pos];
        // Char by char: most suffixes differ from the text in their last chars, found before
        // a `memcmp` call would be made.
        let Some((suf, full)) = suffix_chars()
            .iter()
            .find(|(suf, _)| ends_with_chars(upto, suf))
        else {
            continue;
        };
        hits.push(Hit::at(folded, pos + 1 - suf.len(), pos + 1, *full));
    }
    hits
}

/// Whether the char after a 区 makes it part of another word, so it ends no suffix: `区域`
/// (`深化合作区域`, `开发区域`).
pub(super) fn ends_no_suffix(next: char) -> bool {
    next == '域'
}

/// The place's run before a suffix and the chars of the zone's name around it.
struct Run {
    start: usize,
    end: usize,
    before: u8,
    between: u8,
}

/// The run before the suffix starting at `at` of `chars`: the Han chars right before it (at
/// most [`MAX_PREFIX`]). A free trade zone's official name puts its province in brackets after
/// the country (`中国（山西）自由贸易试验区`): its run is the bracketed place, `中国（` and `）`
/// belong to the name. A bracket holding no run is none, as before.
fn run_before(chars: &[char], at: usize, full: Full) -> Run {
    let han_run_to = |end: usize| {
        let stop = end.saturating_sub(MAX_PREFIX);
        let mut s = end;
        while s > stop && is_han(chars[s - 1]) {
            s -= 1;
        }
        s
    };
    let closes = at
        .checked_sub(1)
        .is_some_and(|p| matches!(chars[p], '）' | ')'));
    if full == Full::FreeTrade && closes {
        let end = at - 1;
        let start = han_run_to(end);
        let opens = start
            .checked_sub(1)
            .is_some_and(|p| matches!(chars[p], '（' | '('));
        if opens && start < end {
            let country = start >= 3 && chars[start - 3..start - 1] == ['中', '国'];
            return Run {
                start,
                end,
                before: if country { 3 } else { 1 },
                between: 1,
            };
        }
    }
    // A national zone's level is written between its place and its kind (`贵阳国家高新区`,
    // `晋中国家级经济技术开发区`): it says what the zone is, not where, and the page writes the
    // same zone without it (`贵阳高新区`), so it belongs to the mention but not to the place
    // read from the run: one zone, one canonical name. A run ending in `国家级` had named no
    // zone at all (the stop word ended its place). Only after a place the lists know: in
    // `全国共有国家级经开区`, `介绍国家级经开区` the level word heads a kind of zone, no name.
    let level = LEVEL_WORDS
        .iter()
        .find(|w| at >= w.len() && chars[at - w.len()..at] == w[..])
        .map_or(0, |w| w.len())
        .min(at);
    let level = if level > 0
        && crate::lexicon::places::place_at_end(&chars[han_run_to(at - level)..at - level])
            .is_some()
    {
        level
    } else {
        0
    };
    Run {
        start: han_run_to(at - level),
        end: at - level,
        before: 0,
        between: level as u8,
    }
}

/// The words of a zone's level written between its place and its kind, longest first.
const LEVEL_WORDS: &[&[char]] = &[&['国', '家', '级'], &['国', '家']];
