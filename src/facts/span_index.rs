//! The facts found in a text, by position: the ones overlapping a span are found by a binary
//! search instead of a walk over every fact. A rule that asks about each item of a list used to
//! walk them all for each item, and a paragraph listing a zone 40,000 times (`…开发区、…开发区、`)
//! took 2 s, one listing it 300,000 times more than two minutes.

use super::Found;
use crate::model::FactKind;

/// Positions of the facts of a list of found facts (kept beside it, rebuilt when it changes).
#[derive(Debug, Default)]
pub struct SpanIndex {
    /// (start, end, index in the facts), by start.
    by_start: Vec<(usize, usize, usize)>,
    /// The longest fact's length: a fact ending after `s` starts after `s - longest`.
    longest: usize,
}

impl SpanIndex {
    /// Indexes `found`.
    pub fn of(found: &[(FactKind, Found)]) -> SpanIndex {
        let mut by_start: Vec<(usize, usize, usize)> = found
            .iter()
            .enumerate()
            .map(|(i, (_, fd))| (fd.start, fd.end.max(fd.start), i))
            .collect();
        by_start.sort_unstable();
        let longest = by_start.iter().map(|&(s, e, _)| e - s).max().unwrap_or(0);
        SpanIndex { by_start, longest }
    }

    /// Indices (into the facts indexed) of every fact that shares a char or an edge with
    /// `start..end` (`fd.start <= end && start <= fd.end`): a superset of the facts any of
    /// the rules' own overlap tests picks, which each then applies to these alone.
    pub fn touching(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        let from = start.saturating_sub(self.longest);
        let first = self.by_start.partition_point(|&(s, _, _)| s < from);
        self.by_start[first..]
            .iter()
            .take_while(move |&&(s, _, _)| s <= end)
            .filter(move |&&(_, e, _)| start <= e)
            .map(|&(_, _, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(start: usize, end: usize) -> (FactKind, Found) {
        (
            FactKind::Place,
            Found {
                start,
                end,
                ..Found::default()
            },
        )
    }

    /// The index answers what a walk over every fact answers, for spans of every length.
    #[test]
    fn touching_facts_are_those_a_walk_finds() {
        let found: Vec<_> = [(0, 3), (2, 9), (5, 6), (7, 8), (7, 12), (15, 16), (4, 4)]
            .iter()
            .map(|&(s, e)| fact(s, e))
            .collect();
        let index = SpanIndex::of(&found);
        for start in 0..18 {
            for end in start..20 {
                let mut got: Vec<usize> = index.touching(start, end).collect();
                got.sort_unstable();
                let want: Vec<usize> = found
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, fd))| fd.start <= end && start <= fd.end)
                    .map(|(i, _)| i)
                    .collect();
                assert_eq!(got, want, "{start}..{end}");
            }
        }
    }
}
