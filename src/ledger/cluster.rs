//! Which projects of different articles are one. Reports compare by compact keys (folded to
//! Simplified, no spaces, see `merge`): a name meets a name or a short form of it, and two
//! projects with different owners or zones never merge: similar is not the same.

use std::collections::{HashMap, HashSet};

/// What decides whether two reports are one project.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// Compact keys of the names the report uses as its name.
    pub names: Vec<String>,
    /// Compact keys of every form (names and aliases).
    pub forms: Vec<String>,
    /// Compact keys of the owners.
    pub owners: Vec<String>,
    pub zone: Option<String>,
    /// Compact keys of the barest forms (`高端铝合金项目`).
    pub bare: Vec<String>,
}

/// A growing project: every key of its reports, as sets.
#[derive(Debug, Default)]
struct Group {
    names: HashSet<String>,
    forms: HashSet<String>,
    owners: Vec<String>,
    zone: Option<String>,
    members: Vec<usize>,
}

impl Group {
    /// Whether nothing says they differ: owners (when both name some) share one (a short name
    /// opens the full one), zones agree.
    fn compatible(&self, o: &Identity) -> bool {
        let same = |a: &String, b: &String| a.starts_with(b.as_str()) || b.starts_with(a.as_str());
        let owners_ok = self.owners.is_empty()
            || o.owners.is_empty()
            || self
                .owners
                .iter()
                .any(|a| o.owners.iter().any(|b| same(a, b)));
        let zones_ok = match (&self.zone, &o.zone) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        owners_ok && zones_ok
    }

    fn absorb(&mut self, o: &Identity, i: usize) {
        self.names.extend(o.names.iter().cloned());
        self.forms.extend(o.forms.iter().cloned());
        for w in &o.owners {
            if !self.owners.contains(w) {
                self.owners.push(w.clone());
            }
        }
        if self.zone.is_none() {
            self.zone.clone_from(&o.zone);
        }
        self.members.push(i);
    }
}

/// Which groups hold a key as a name, as a form, as a barest form (of an owned report).
#[derive(Default)]
struct Index {
    by_name: HashMap<String, Vec<usize>>,
    by_form: HashMap<String, Vec<usize>>,
    by_bare: HashMap<String, Vec<usize>>,
}

impl Index {
    fn add(&mut self, g: usize, it: &Identity) {
        let put = |m: &mut HashMap<String, Vec<usize>>, keys: &[String]| {
            for k in keys {
                let v = m.entry(k.clone()).or_default();
                if !v.contains(&g) {
                    v.push(g);
                }
            }
        };
        put(&mut self.by_name, &it.names);
        put(&mut self.by_form, &it.forms);
        if !it.owners.is_empty() {
            put(&mut self.by_bare, &it.bare);
        }
    }

    /// Groups a report meets: its name is one of their forms, one of their names is one of its
    /// forms, or both name an owner and share a barest form.
    fn meeting(&self, it: &Identity) -> Vec<usize> {
        let get = |m: &HashMap<String, Vec<usize>>, keys: &[String]| -> Vec<usize> {
            keys.iter()
                .filter_map(|k| m.get(k))
                .flatten()
                .copied()
                .collect()
        };
        let mut v = get(&self.by_form, &it.names);
        v.extend(get(&self.by_name, &it.forms));
        if !it.owners.is_empty() {
            v.extend(get(&self.by_bare, &it.bare));
        }
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Groups reports (in order) into projects: a report joins the one project it meets and agrees
/// with; meeting several, it joins the one in its zone, else stands alone rather than guess.
pub fn cluster(items: &[Identity]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index = Index::default();
    for (i, it) in items.iter().enumerate() {
        let fits: Vec<usize> = index
            .meeting(it)
            .into_iter()
            .filter(|&g| groups[g].compatible(it))
            .collect();
        let pick = match fits.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => {
                let same_zone: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&g| it.zone.is_some() && groups[g].zone == it.zone)
                    .collect();
                (same_zone.len() == 1).then(|| same_zone[0])
            }
        };
        let g = pick.unwrap_or_else(|| {
            groups.push(Group::default());
            groups.len() - 1
        });
        groups[g].absorb(it, i);
        index.add(g, it);
    }
    groups.into_iter().map(|g| g.members).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::mentions::key;

    fn id(names: &[&str], forms: &[&str], owners: &[&str], zone: Option<&str>) -> Identity {
        let k = |v: &[&str]| v.iter().map(|s| key(s)).collect::<Vec<_>>();
        let mut f = k(names);
        f.extend(k(forms));
        Identity {
            bare: vec![key(names[0])],
            names: k(names),
            forms: f,
            owners: owners.iter().map(|s| key(s)).collect(),
            zone: zone.map(str::to_owned),
        }
    }

    #[test]
    fn short_form_meets_full_name_across_articles() {
        let a = id(
            &["潞北三路道路工程"],
            &["潞北三路"],
            &[],
            Some("襄垣经济技术开发区"),
        );
        let b = id(&["潞北三路"], &[], &[], None);
        assert_eq!(cluster(&[a, b]), vec![vec![0, 1]]);
    }

    #[test]
    fn different_owners_or_similar_names_never_merge() {
        let a = id(
            &["甲公司年产 10 万吨铸件项目"],
            &["年产 10 万吨铸件项目"],
            &["甲公司"],
            None,
        );
        let b = id(
            &["乙公司年产 10 万吨铸件项目"],
            &["年产 10 万吨铸件项目"],
            &["乙公司"],
            None,
        );
        let c = id(&["潞北二路道路工程"], &["潞北二路"], &[], None);
        let d = id(&["潞北三路道路工程"], &["潞北三路"], &[], None);
        assert_eq!(
            cluster(&[a, b, c, d]),
            vec![vec![0], vec![1], vec![2], vec![3]]
        );
    }

    #[test]
    fn an_ambiguous_short_name_stands_alone() {
        let a = id(&["甲公司铸件项目"], &["铸件项目"], &["甲公司"], None);
        let b = id(&["乙公司铸件项目"], &["铸件项目"], &["乙公司"], None);
        let c = id(&["铸件项目"], &[], &[], None);
        assert_eq!(cluster(&[a, b, c]), vec![vec![0], vec![1], vec![2]]);
    }
}
