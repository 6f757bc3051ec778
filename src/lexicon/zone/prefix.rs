//! The place name before a zone suffix when the page knows none: a known place the run ends
//! with, else a tail cut at a stop word.

use super::stops::{ends_with_stop, is_non_place, starts_with_stop};

/// Longest place name taken without page knowledge (呼和浩特, 乌鲁木齐).
const MAX_NAME: usize = 4;
/// Length taken from an unbounded run with no stop word: most county and city names are two.
const DEFAULT_PREFIX: usize = 2;

/// The place name in a run, when no page knowledge helps: the longest place name the run ends
/// with (`石家庄`, `运城` of `山西运城`); else the longest tail of two to `MAX_NAME` chars that
/// starts right after a stop word (or at a clear boundary) and neither starts nor ends with
/// one; failing that, the last `DEFAULT_PREFIX` chars.
pub(super) fn prefix_from_run(run: &[char], bounded: bool) -> &[char] {
    if let Some(place) = crate::lexicon::places::place_at_end(run) {
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
        None => match headed_by_place(run, bounded) {
            Some(cut) => &run[cut..],
            None => default_tail(run),
        },
    }
}

/// Where a zone's name headed by a place starts in `run`, when it is longer than a place name
/// alone (`郑州航空港` of `郑州航空港经济综合实验区`): right after a stop word (`记者从`) or at a
/// clear boundary, a tail of at most `MAX_NAME + 2` chars that opens with a known place. The
/// longest such tail wins; cut at the default two chars, the zone lost its place head
/// (`空港经济综合实验区`).
fn headed_by_place(run: &[char], bounded: bool) -> Option<usize> {
    (0..run.len())
        .filter(|&cut| (cut == 0 && bounded) || (cut > 0 && ends_with_stop(&run[..cut])))
        .find(|&cut| {
            let rest = &run[cut..];
            rest.len() <= MAX_NAME + 2 && crate::lexicon::places::opens_with_place(rest)
        })
}

/// The last `DEFAULT_PREFIX` chars of a run in which no place name was found.
fn default_tail(run: &[char]) -> &[char] {
    let tail = &run[run.len().saturating_sub(DEFAULT_PREFIX)..];
    // `在县经济开发区`: a tail opening with a stop word names no place; the place was left
    // unsaid (a known place that opens like one, 于都, was found above).
    if starts_with_stop(tail) {
        &[]
    } else {
        tail
    }
}
