//! The zones a page writes in full that change how its shorter mentions read
//! ([`ZoneIndex::written`]): a high-tech zone named without 高 (`东湖新技术开发区`), and a name
//! headed by places (`四川宜宾临港…`, `武汉东湖…`) filed under the names without them. Apart from
//! the index's learning of places because it reads the page's full names only.

use super::{is_non_place, is_place, is_place_head, Full, ZoneIndex};

/// A zone the page writes in full: its kind ([`Full::family`]), place and full suffix.
#[derive(Debug, Clone)]
pub(super) struct Written {
    pub(super) family: Full,
    pub(super) prefix: Vec<char>,
    pub(super) suffix: &'static str,
}

impl ZoneIndex {
    /// Learns the zones written in full ([`ZoneIndex::written`]), each a kind and a place, that
    /// change how a shorter mention reads: a high-tech zone named without 高 (`东湖新技术开发区`:
    /// `东湖高新区` is it) under its place, with the page's other high-tech zones there, so the
    /// first written wins (a 经济开发区 is the 经济(技术)开发区 map's, [`ZoneIndex::econ`]); and a
    /// zone headed by places (`武汉东湖…`, `四川宜宾临港…`) under each shorter name without
    /// them, unless the page writes a zone of that kind under that very name. Most pages
    /// (`太原经济技术开发区`) have nothing to learn and file nothing.
    ///
    /// `full` holds short names too (`in_full` false): a short name headed by places
    /// (`惠州仲恺高新区`) is filed like a full one, so a page writing its zone `仲恺高新区` in one
    /// article and `惠州仲恺高新区` in the next names one zone, not two. Only full names count
    /// as the page's own names for a place (a short `仲恺高新区` does not stop the filing).
    pub(super) fn learn_written(&mut self, full: &[(Full, &[char], bool)]) {
        let unusual = |f: Full| matches!(f, Full::NewTech | Full::NewTechIndustry);
        let headed = |p: &[char]| {
            !is_place(p) && (1..p.len().saturating_sub(1)).any(|cut| is_place_head(&p[..cut]))
        };
        // A zone written many times in a row is asked about once.
        let mut last = None;
        let (mut any_unusual, mut any_headed) = (false, false);
        for &(f, p, in_full) in full {
            if last != Some((f, p)) {
                any_unusual |= in_full && unusual(f);
                any_headed |= !any_headed && headed(p);
            }
            last = Some((f, p));
        }
        if any_unusual {
            for &(f, p, _) in full.iter().filter(|w| w.2) {
                if f.family() == Full::HighTech && !is_non_place(p) {
                    self.add_written(p, f, p);
                }
            }
        }
        if !any_headed {
            return;
        }
        // The zones the page writes in full, by place and kind, each once and sorted: a page
        // names its few zones many times, and hashing every mention cost more than this.
        let mut own: Vec<(&[char], Full)> = full
            .iter()
            .filter(|w| w.2)
            .map(|&(f, p, _)| (p, f.family()))
            .collect();
        own.sort_unstable();
        own.dedup();
        let mut last = None;
        for &(f, p, _) in full {
            let again = last == Some((f, p));
            last = Some((f, p));
            if again || !headed(p) || is_non_place(p) {
                continue;
            }
            for cut in 1..p.len().saturating_sub(1) {
                let tail = &p[cut..];
                if is_place_head(&p[..cut]) && own.binary_search(&(tail, f.family())).is_err() {
                    self.add_written(tail, f, p);
                }
            }
        }
    }

    /// Files the zone `prefix` + `full`'s suffix under `key`, unless a zone of its kind is there.
    fn add_written(&mut self, key: &[char], full: Full, prefix: &[char]) {
        let family = full.family();
        if let Some(there) = self.written.get(key) {
            if there.iter().any(|w| w.family == family) {
                return;
            }
        }
        self.written.entry(key.to_vec()).or_default().push(Written {
            family,
            prefix: prefix.to_vec(),
            suffix: full.expansion(),
        });
    }

    /// The zone the page writes in full for a mention of place `prefix` and kind `full`.
    pub(super) fn written_for(&self, prefix: &[char], full: Full) -> Option<&Written> {
        let family = full.family();
        self.written
            .get(prefix)?
            .iter()
            .find(|w| w.family == family)
    }
}
