//! Article ids as pages arrive. A page's id base (see [`edition::id_bases`]) depends only on the
//! pages that share its edition (date and page number) or its name, so each batch recomputes the
//! bases of the pages it touches — the new pages and, transitively, those sharing an edition or a
//! name with them — not of every page so far: a 10,000-page load sends a hundred batches, and
//! recomputing all bases each time made the load quadratic.

use std::collections::HashMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::ingest::edition::{self, PageKey};
use crate::model::Page;

/// A page's [`PageKey`], owned: source, paper, date, page number.
type OwnedKey = (String, Option<String>, Option<String>, Option<u32>);

/// What the loading thread knows of each loaded page to give ids.
#[derive(Default)]
pub(super) struct Ids {
    keys: Vec<OwnedKey>,
    bases: Vec<String>,
    /// Groups of pages that share an edition, or a name: each page is in one of each kind (no
    /// edition group for a page without date or number).
    groups: Vec<Vec<usize>>,
    /// Each page's edition group and name group, by position.
    group_of: Vec<(Option<usize>, usize)>,
    /// The group of each edition (date, page number).
    editions: HashMap<(String, u32), usize>,
    /// The group of each name the ids fall back to ([`edition::relative_name`]).
    names: HashMap<String, usize>,
    /// The roots that are folders ([`edition::folders`]), found at the first batch: the roots
    /// of a load do not change.
    folders: Option<Vec<PathBuf>>,
}

impl Ids {
    /// Adds `pages` and returns the id base of each (see [`edition::number`]) and the earlier
    /// pages whose base changed (by arrival position, in order). The pages are numbered by the
    /// caller, on all cores: reading every article's id back from memory was the better part
    /// of this pass on one.
    pub(super) fn add(
        &mut self,
        pages: &[(usize, Page)],
        roots: &[PathBuf],
    ) -> (Vec<String>, Vec<(usize, String)>) {
        let old = self.keys.len();
        let folders = self
            .folders
            .take()
            .unwrap_or_else(|| edition::folders(roots));
        // Each page's name, found on all cores: path handling, a microsecond a page.
        let names: Vec<String> = pages
            .par_iter()
            .map(|(_, p)| edition::relative_name_in(&p.source, &folders))
            .collect();
        for ((_, p), name) in pages.iter().zip(names) {
            self.push(p, name);
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
        (self.bases[old..].to_vec(), renamed)
    }

    /// Records one more page, named `name` ([`edition::relative_name_in`]).
    fn push(&mut self, p: &Page, name: String) {
        let i = self.keys.len();
        let edition = match (&p.date, p.page_no) {
            (Some(d), Some(n)) => {
                let next = self.groups.len();
                let g = *self.editions.entry((d.clone(), n)).or_insert(next);
                Some(self.join(g, i))
            }
            _ => None,
        };
        let next = self.groups.len();
        let g = *self.names.entry(name).or_insert(next);
        let named = self.join(g, i);
        self.group_of.push((edition, named));
        self.keys
            .push((p.source.clone(), p.paper.clone(), p.date.clone(), p.page_no));
    }

    /// Puts page `i` in group `g` (a new one when `g` is the next group), and returns `g`.
    fn join(&mut self, g: usize, i: usize) -> usize {
        if g == self.groups.len() {
            self.groups.push(Vec::new());
        }
        self.groups[g].push(i);
        g
    }

    /// The pages from `first` on and every page that shares an edition or a name with one of
    /// the pages found, in arrival order: a set whose bases [`edition::id_bases`] gives as it
    /// would over all pages.
    fn touched(&self, first: usize) -> Vec<usize> {
        let mut seen = vec![false; self.keys.len()];
        let mut walked = vec![false; self.groups.len()];
        let mut found: Vec<usize> = (first..self.keys.len()).collect();
        for &i in &found {
            seen[i] = true;
        }
        let mut k = 0;
        while let Some(&i) = found.get(k) {
            k += 1;
            let (edition, named) = self.group_of[i];
            for g in edition.into_iter().chain([named]) {
                if std::mem::replace(&mut walked[g], true) {
                    continue;
                }
                for &j in &self.groups[g] {
                    if !std::mem::replace(&mut seen[j], true) {
                        found.push(j);
                    }
                }
            }
        }
        found.sort_unstable();
        found
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

    /// [`Ids::add`], and the pages numbered with their bases as the loading thread numbers them.
    fn add(ids: &mut Ids, pages: &mut [(usize, Page)], roots: &[PathBuf]) -> Vec<(usize, String)> {
        let (bases, renamed) = ids.add(pages, roots);
        assert_eq!(bases.len(), pages.len());
        for ((_, p), base) in pages.iter_mut().zip(&bases) {
            edition::number(&mut p.articles, base);
        }
        renamed
    }

    #[test]
    fn a_second_paper_on_the_same_edition_renames_the_first_page() {
        let roots: Vec<PathBuf> = Vec::new();
        let mut ids = Ids::default();
        let mut first = vec![page("a.txt", Some("甲报"), Some("2025-12-24"), Some(3))];
        assert!(add(&mut ids, &mut first, &roots).is_empty());
        assert_eq!(first[0].1.articles[0].id, "2025-12-24/03/1");
        let mut second = vec![page("b.txt", Some("乙报"), Some("2025-12-24"), Some(3))];
        let renamed = add(&mut ids, &mut second, &roots);
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
                for (i, base) in add(&mut ids, &mut batch, &roots) {
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
