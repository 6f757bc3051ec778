//! Deduplicating an article's facts: one fact per meaning, a roleless person giving way to the
//! same name with a role, a name nested in a longer one of its kind giving way to it. Its own
//! module since it runs once per article, after every rule.

use rustc_hash::FxHashSet;

use super::nesting;
use crate::model::{Fact, FactKind, FactValue};

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
pub(super) fn holds_longer(outer: &str, inner: &str) -> bool {
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
}
