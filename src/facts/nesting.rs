//! Which names are held by a longer name of their kind (`4 万吨铸造合金项目` in `山西中润 4 万吨
//! 铸造合金项目`), for [`super::dedupe`]. Each name is tried against the longer names only where
//! they share its rarest pair of chars: trying every pair of names made an article naming
//! 24,000 projects cost seconds in deduplication alone.

use rustc_hash::FxHashMap;

use crate::model::FactKind;

/// Names of an article up to this many are tried against each other directly: an index costs
/// more than it saves for the few a real article has.
const DIRECT: usize = 64;

/// The names (with their kinds) to test, and, for many, where each pair of chars occurs.
pub struct Nesting<'a> {
    named: Vec<(FactKind, &'a str)>,
    /// For each pair of adjacent chars, the names holding it (each name once).
    pairs: Option<FxHashMap<(char, char), Vec<usize>>>,
}

impl<'a> Nesting<'a> {
    pub fn new(named: Vec<(FactKind, &'a str)>) -> Nesting<'a> {
        let pairs = (named.len() > DIRECT).then(|| {
            let mut m: FxHashMap<(char, char), Vec<usize>> = FxHashMap::default();
            for (i, (_, n)) in named.iter().enumerate() {
                let chars: Vec<char> = n.chars().collect();
                for w in chars.windows(2) {
                    let list = m.entry((w[0], w[1])).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            m
        });
        Nesting { named, pairs }
    }

    /// Whether a longer name of `kind` holds `name`.
    pub fn held(&self, kind: FactKind, name: &str) -> bool {
        let holds = |&(k, n): &(FactKind, &str)| k == kind && super::holds_longer(n, name);
        let Some(pairs) = &self.pairs else {
            return self.named.iter().any(holds);
        };
        let chars: Vec<char> = name.chars().collect();
        if chars.len() < 2 {
            return self.named.iter().any(holds);
        }
        let at = |w: &[char]| pairs.get(&(w[0], w[1])).map_or(&[][..], Vec::as_slice);
        let rarest = chars
            .windows(2)
            .map(at)
            .min_by_key(|l| l.len())
            .unwrap_or(&[]);
        rarest.iter().filter_map(|&i| self.named.get(i)).any(holds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With many names, the index answers what trying every name answers.
    #[test]
    fn many_names_are_judged_as_few_are() {
        let owned: Vec<String> = (0..300)
            .map(|i| match i % 3 {
                0 => format!("{}万吨项目", i % 40),
                1 => format!("山西{}万吨项目", i % 40),
                _ => format!("晋{i}公司"),
            })
            .chain(["项", "目"].map(str::to_owned))
            .collect();
        let named: Vec<(FactKind, &str)> = owned
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let kind = if i % 5 == 0 {
                    FactKind::Organization
                } else {
                    FactKind::Project
                };
                (kind, n.as_str())
            })
            .collect();
        let indexed = Nesting::new(named.clone());
        assert!(indexed.pairs.is_some());
        for &(k, n) in &named {
            let direct = named
                .iter()
                .any(|&(k2, o)| k2 == k && crate::facts::holds_longer(o, n));
            assert_eq!(indexed.held(k, n), direct, "{n}");
        }
    }
}
