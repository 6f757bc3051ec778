//! One name, one kind within an article: a name the rules read as a body somewhere in the
//! article (a company in a list closed by `等企业`, a registered name) is that body wherever
//! the tagger proposed it as a person without a title (`舍弗勒将在园区投资` after `舍弗勒等德国企业`),
//! and a person proposed on the head of such a name (`宁德` of `宁德时代`) is the body too.

use super::{Found, Seg};
use crate::model::FactKind;

/// Shortest body name carried over: a one-char name says nothing.
const MIN_NAME: usize = 2;

/// Turns the untitled people of `found` (one list per text of `segs`) named as a body the
/// article names elsewhere into that body (see the module doc). A titled person (`董事长王传福`)
/// is a person whatever else the article says.
pub(super) fn bodies_stay_bodies(segs: &[Seg], found: &mut [Vec<(FactKind, Found)>]) {
    let mut bodies: Vec<Vec<char>> = found
        .iter()
        .flatten()
        .filter(|(k, _)| *k == FactKind::Organization)
        .filter_map(|(_, f)| f.name.as_deref())
        .map(|n| n.chars().collect::<Vec<char>>())
        .filter(|n| n.len() >= MIN_NAME)
        .collect();
    if bodies.is_empty() {
        return;
    }
    // Longest first: a person on the head of `宁德时代集团` takes the whole of it.
    bodies.sort_by_key(|b| std::cmp::Reverse(b.len()));
    bodies.dedup();
    for (seg, found) in segs.iter().zip(found.iter_mut()) {
        let spans: Vec<(usize, usize)> = found.iter().map(|(_, f)| (f.start, f.end)).collect();
        for (k, f) in found.iter_mut() {
            if *k != FactKind::Person || f.role.is_some() {
                continue;
            }
            let (start, end) = (f.start, f.end);
            // The longest body written from the person's start that takes the person whole and
            // crosses no other fact.
            let body = bodies.iter().find(|b| {
                let e = start + b.len();
                b.len() >= end - start
                    && seg.f.get(start..e) == Some(b.as_slice())
                    && spans
                        .iter()
                        .all(|&(s2, e2)| (s2, e2) == (start, end) || e2 <= start || e <= s2)
            });
            if let Some(b) = body {
                *k = FactKind::Organization;
                f.end = start + b.len();
                f.name = Some(b.iter().collect());
            }
        }
    }
}
