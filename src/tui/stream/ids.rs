//! Article ids as pages arrive. A page's id base (see [`edition::id_bases`]) depends only on the
//! pages that share its edition (date and page number) or its name, so each batch recomputes the
//! bases of the pages it touches — the new pages and, transitively, those sharing an edition or a
//! name with them — not of every page so far: a 10,000-page load sends a hundred batches, and
//! recomputing all bases each time made the load quadratic.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use crate::ingest::edition::{self, PageKey};
use crate::model::Page;

/// A page's [`PageKey`], owned: source, paper, date, page number.
type OwnedKey = (String, Option<String>, Option<String>, Option<u32>);

/// What the loading thread knows of each loaded page to give ids.
#[derive(Default)]
pub(super) struct Ids {
    keys: Vec<OwnedKey>,
    bases: Vec<String>,
    /// Pages by edition (date, page number).
    editions: HashMap<(String, u32), Vec<usize>>,
    /// Pages by the name their ids fall back to ([`edition::relative_name`]).
    names: HashMap<String, Vec<usize>>,
    /// Each page's name, by position.
    name_of: Vec<String>,
    /// The roots that are folders ([`edition::folders`]), found at the first batch: the roots
    /// of a load do not change.
    folders: Option<Vec<PathBuf>>,
}

impl Ids {
    /// Adds `pages`, gives them their ids and returns the earlier pages whose base changed (by
    /// arrival position, in order).
    pub(super) fn add(
        &mut self,
        pages: &mut [(usize, Page)],
        roots: &[PathBuf],
    ) -> Vec<(usize, String)> {
        let old = self.keys.len();
        let folders = self
            .folders
            .take()
            .unwrap_or_else(|| edition::folders(roots));
        for (_, p) in pages.iter() {
            self.push(p, &folders);
        }
        self.folders = Some(folders);
        let touched = self.touched(old);
        let keys: Vec<PageKey<'_>> = touched.iter().map(|&i| self.key(i)).collect();
        let bases = edition::id_bases(&keys, roots);
        self.bases.resize(self.keys.len(), String::new());
        let mut renamed = Vec::new();
        for (&i, base) in touched.iter().zip(bases) {
            if i < old && self.bases[i] != base {
                renamed.push((i, base.clone()));
            }
            self.bases[i] = base;
        }
        for ((_, page), base) in pages.iter_mut().zip(&self.bases[old..]) {
            edition::number(&mut page.articles, base);
        }
        renamed
    }

    /// Records one more page.
    fn push(&mut self, p: &Page, folders: &[PathBuf]) {
        let i = self.keys.len();
        if let (Some(d), Some(n)) = (&p.date, p.page_no) {
            self.editions.entry((d.clone(), n)).or_default().push(i);
        }
        let name = edition::relative_name_in(&p.source, folders);
        self.names.entry(name.clone()).or_default().push(i);
        self.name_of.push(name);
        self.keys
            .push((p.source.clone(), p.paper.clone(), p.date.clone(), p.page_no));
    }

    /// The pages from `first` on and every page that shares an edition or a name with one of
    /// the pages found, in arrival order: a set whose bases [`edition::id_bases`] gives as it
    /// would over all pages.
    fn touched(&self, first: usize) -> Vec<usize> {
        let mut found = BTreeSet::new();
        let mut work: Vec<usize> = (first..self.keys.len()).collect();
        while let Some(i) = work.pop() {
            if !found.insert(i) {
                continue;
            }
            let (_, _, date, n) = &self.keys[i];
            if let (Some(d), Some(n)) = (date, n) {
                if let Some(group) = self.editions.get(&(d.clone(), *n)) {
                    work.extend(group.iter().filter(|j| !found.contains(*j)));
                }
            }
            if let Some(group) = self.name_of.get(i).and_then(|n| self.names.get(n)) {
                work.extend(group.iter().filter(|j| !found.contains(*j)));
            }
        }
        found.into_iter().collect()
    }

    fn key(&self, i: usize) -> PageKey<'_> {
        let (source, paper, date, page_no) = &self.keys[i];
        PageKey {
            source,
            paper: paper.as_deref(),
            date: date.as_deref(),
            page_no: *page_no,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(
        source: &str,
        paper: Option<&str>,
        date: Option<&str>,
        n: Option<u32>,
    ) -> (usize, Page) {
        let p = Page {
            source: source.to_owned(),
            paper: paper.map(str::to_owned),
            date: date.map(str::to_owned),
            page_no: n,
            year: None,
            section: None,
            articles: vec![crate::model::Article::default()],
        };
        (0, p)
    }

    #[test]
    fn a_second_paper_on_the_same_edition_renames_the_first_page() {
        let roots: Vec<PathBuf> = Vec::new();
        let mut ids = Ids::default();
        let mut first = vec![page("a.txt", Some("甲报"), Some("2025-12-24"), Some(3))];
        assert!(ids.add(&mut first, &roots).is_empty());
        assert_eq!(first[0].1.articles[0].id, "2025-12-24/03/1");
        let mut second = vec![page("b.txt", Some("乙报"), Some("2025-12-24"), Some(3))];
        let renamed = ids.add(&mut second, &roots);
        assert_eq!(renamed, [(0, "甲报/2025-12-24/03/".to_owned())]);
        assert_eq!(second[0].1.articles[0].id, "乙报/2025-12-24/03/1");
    }

    /// Pages of two papers, twins, undated pages and files of the same name under two folders,
    /// arriving in batches of every size: after each batch the ids, renames applied, are those
    /// [`edition::id_bases`] gives over every page so far.
    #[test]
    fn ids_after_every_batch_equal_those_over_all_pages() {
        // Two folders given: `p1.txt` under both is one name for two files.
        let dir = tempfile::tempdir().expect("tempdir");
        let roots: Vec<PathBuf> = ["x", "y"].iter().map(|d| dir.path().join(d)).collect();
        for r in &roots {
            std::fs::create_dir_all(r).expect("mkdir");
        }
        let mut all = Vec::new();
        let mut seed = 7u32;
        let mut next = |m: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % m
        };
        for k in 0..120 {
            let paper = [None, Some("甲报"), Some("乙报")][next(3) as usize];
            let date = (next(5) > 0).then(|| format!("2025-01-{:02}", 1 + next(3)));
            let n = (next(5) > 0).then(|| 1 + next(2));
            let root = roots[next(2) as usize].display();
            let source = format!("{root}/p{}.txt", if next(4) == 0 { k % 3 } else { k });
            all.push(page(&source, paper, date.as_deref(), n));
        }
        for size in [1, 2, 5, 17, 120] {
            let mut ids = Ids::default();
            let mut arrived: Vec<(usize, Page)> = Vec::new();
            for chunk in all.chunks(size) {
                let mut batch = chunk.to_vec();
                for (i, base) in ids.add(&mut batch, &roots) {
                    arrived[i].1.articles[0].id = edition::article_id(&base, 0);
                }
                arrived.extend(batch);
                let keys: Vec<PageKey<'_>> = arrived.iter().map(|(_, p)| PageKey::of(p)).collect();
                let want: Vec<String> = edition::id_bases(&keys, &roots)
                    .iter()
                    .map(|b| edition::article_id(b, 0))
                    .collect();
                let got: Vec<&String> = arrived.iter().map(|(_, p)| &p.articles[0].id).collect();
                assert_eq!(got, want.iter().collect::<Vec<_>>(), "batches of {size}");
            }
        }
    }
}
