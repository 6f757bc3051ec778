//! A user's zone queries against canonical zone names: one name typed alone made canonical,
//! whether a query selects a zone or a kind of zone, and the closest names for "did you mean".

use super::{Full, SUFFIXES};
use crate::lexicon::names::is_han;
use crate::text::fold::fold;

/// Canonical name of a zone typed by a user or written alone (`上党经开区` → `上党经济技术开发区`).
/// `None` when the text has no zone suffix.
pub fn canonical(name: &str) -> Option<String> {
    let folded = fold(name.trim());
    let (suf, full) = SUFFIXES.iter().find(|(suf, _)| folded.ends_with(suf))?;
    let prefix = &folded[..folded.len() - suf.len()];
    if prefix.chars().count() < 2
        || !prefix.chars().all(is_han)
        || super::stops::opens_with_column_verb(prefix)
        || !names_its_kind(prefix, *full)
    {
        return None;
    }
    if *full == Full::NewArea {
        let chars: Vec<char> = prefix.chars().collect();
        if let Some(name) = super::new_area::national_name(&chars) {
            return Some(name.to_string());
        }
    }
    Some(format!("{prefix}{}", full.expansion()))
}

/// Whether a name written alone names a zone of a kind that asks more of its name than a
/// place part (`两地共建产业合作区`, `山西工业园区` name none; see [`super::index`]).
fn names_its_kind(prefix: &str, full: Full) -> bool {
    let chars: Vec<char> = prefix.chars().collect();
    match full {
        Full::Cooperation => super::prefix::cooperation_name(&chars, true).len() == chars.len(),
        Full::IndustrialPark => super::index::names_a_park(&chars),
        Full::NewArea => super::new_area::names_a_new_area(&chars),
        _ => true,
    }
}

/// The place part of a canonical name (`上党经济技术开发区` → `上党`).
pub fn place_part(canonical: &str) -> &str {
    SUFFIXES
        .iter()
        .find_map(|(suf, _)| canonical.strip_suffix(suf))
        .unwrap_or(canonical)
}

/// Whether a user's zone query selects the zone `canonical`: the full name, an alias with any
/// suffix (`上党经开区`), or the bare place (`上党`), in Simplified or Traditional characters.
pub fn matches(query: &str, canonical_name: &str) -> bool {
    let q = fold(query.trim());
    if q.is_empty() {
        return false;
    }
    if q == canonical_name {
        return true;
    }
    if let Some(c) = canonical(&q) {
        if c == canonical_name {
            return true;
        }
        // 经开区 may stand for 经济开发区 too.
        return place_part(&c) == place_part(canonical_name)
            && q.ends_with("经开区")
            && canonical_name.ends_with("经济开发区");
    }
    place_part(canonical_name) == q
}

/// Whether a query names a kind of zone rather than one zone (`经开区`, `高新区`, `综保区`,
/// `经济技术开发区`) and `canonical_name` is of that kind: the zone picker lists them all.
pub fn of_kind(query: &str, canonical_name: &str) -> bool {
    is_of_kind(&fold(query.trim()), canonical_name)
}

/// [`of_kind`] of a kind word already folded and trimmed (`经开区`): the facts ask it of every
/// text of an article, where folding the word each time cost more than the rest.
pub fn is_of_kind(kind: &str, canonical_name: &str) -> bool {
    SUFFIXES.iter().any(|(suf, full)| {
        *suf == kind
            && (canonical_name.ends_with(full.expansion())
                || (*full == Full::EconAbbrev && canonical_name.ends_with("经济开发区"))
                // A high-tech zone named without 高 (`武汉东湖新技术开发区`) is one of the
                // 高新区 all the same.
                || (*full == Full::HighTech
                    && [Full::NewTech, Full::NewTechIndustry]
                        .iter()
                        .any(|f| canonical_name.ends_with(f.expansion()))))
    })
}

/// The `n` zones of `known` closest to a user's query, for "did you mean": by similarity of
/// the place parts and of the full names (Simplified), best first.
pub fn closest<'a>(query: &str, known: impl IntoIterator<Item = &'a str>, n: usize) -> Vec<String> {
    let q = fold(query.trim());
    let q_place = canonical(&q).map_or(q.clone(), |c| place_part(&c).to_owned());
    let mut scored: Vec<(f64, &str)> = known
        .into_iter()
        .map(|z| {
            let place = strsim::normalized_levenshtein(&q_place, place_part(z));
            let full = strsim::normalized_levenshtein(&q, z);
            let shared = q_place.chars().any(|c| z.contains(c));
            (place.max(full) + if shared { 0.5 } else { 0.0 }, z)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(n)
        .map(|(_, z)| z.to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_queries_match_aliases() {
        for q in ["上党", "上党经开区", "上党经济技术开发区", " 上黨經開區 "] {
            assert!(matches(q, "上党经济技术开发区"), "{q}");
        }
        assert!(!matches("上", "上党经济技术开发区"));
        assert!(!matches("运城", "上党经济技术开发区"));
    }

    #[test]
    fn a_column_title_over_a_zone_names_none() {
        assert_eq!(canonical("数说经开区"), None);
        assert_eq!(canonical("探访高新区"), None);
        assert_eq!(
            canonical("数字经开区").as_deref(),
            Some("数字经济技术开发区"),
            "only the verbs, not every word they share a char with"
        );
    }

    #[test]
    fn parks_and_cooperation_zones_written_alone() {
        assert_eq!(canonical("苏州工业园区").as_deref(), Some("苏州工业园区"));
        assert_eq!(
            canonical("横琴粤澳深度合作区").as_deref(),
            Some("横琴粤澳深度合作区")
        );
        assert_eq!(canonical("两地共建产业合作区"), None);
        assert_eq!(canonical("山西工业园区"), None);
    }

    #[test]
    fn kinds_of_zones() {
        assert!(of_kind("经开区", "上党经济技术开发区"));
        assert!(of_kind("经开区", "平遥经济开发区"));
        assert!(of_kind(" 高新区", "太原高新技术产业开发区"));
        assert!(!of_kind("高新区", "上党经济技术开发区"));
        assert!(of_kind("开发区", "上党经济技术开发区"));
        assert!(!of_kind("上党", "上党经济技术开发区"));
        assert!(of_kind("高新区", "武汉东湖新技术开发区"));
        assert!(!of_kind("经开区", "武汉东湖新技术开发区"));
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
}
