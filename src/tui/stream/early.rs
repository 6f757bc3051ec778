//! The first pages before the walk: while the walk stats every file of a big archive, the
//! newest pages a probe finds are loaded and sent; when the walk is done they are placed in its
//! path order (and a file it lists under another name is not loaded twice). Kept apart from the
//! batching because it is only about ordering the pages that jumped the queue.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::cache::summary::Summary;
use crate::ingest::{self, Source};
use crate::loader::{probe, Arrival, Loader, FIRST_CHUNK};

/// The place in path order of a page sent before the walk placed it: after every file.
pub(super) const UNPLACED: usize = usize::MAX / 2;

/// A page the probe loaded before the walk was done.
pub(super) type Early = (PathBuf, Arrival);

/// The walk, on a thread of its own.
type Walk = Option<std::thread::JoinHandle<ingest::walk::Walked>>;

/// Starts walking `paths` on a thread of its own, reads the archive's summary and loads the
/// newest pages a [`probe`] finds (one folder given; otherwise nothing is probed) meanwhile:
/// on a big archive the walk, which stats every file to drop duplicates, costs more than the
/// first pages, and reading the summary (which the first pages come from) first held it back.
pub(super) fn probe_beside_walk(
    loader: &Loader,
    paths: &[PathBuf],
) -> (Option<Summary>, Vec<Early>, Walk) {
    let owned = paths.to_vec();
    let walker = std::thread::Builder::new()
        .name("dubao-walk".to_owned())
        .spawn(move || ingest::expand_paths_stat(&owned))
        .ok();
    let summary = loader.reader_summary(paths);
    let mut early = Vec::new();
    if let ([root], Some(_)) = (paths, &walker) {
        if root.is_dir() {
            let found = distinct_files(probe(root, FIRST_CHUNK));
            let sources: Vec<Source> = found.iter().cloned().map(Source::File).collect();
            let mut results = Vec::with_capacity(found.len());
            let _ = loader.arrive_all(&sources, &[], summary.as_ref(), |_, r| -> Result<(), ()> {
                results.push(r);
                Ok(())
            });
            early = found.into_iter().zip(results).collect();
        }
    }
    (summary, early, walker)
}

/// `paths` with each file once: of several names of one file (hard links), the first in path
/// order, as the walk keeps it. Probed pages are shown before the walk, which cannot take one
/// back once it is listed.
fn distinct_files(mut paths: Vec<PathBuf>) -> Vec<PathBuf> {
    let meta: Vec<Option<std::fs::Metadata>> =
        paths.iter().map(|p| std::fs::metadata(p).ok()).collect();
    let one_file = |i: usize, j: usize| match (&meta[i], &meta[j]) {
        (Some(a), Some(b)) => ingest::walk::same_file((&paths[i], a), (&paths[j], b)),
        _ => false,
    };
    let keep: Vec<bool> = (0..paths.len())
        .map(|i| !(0..paths.len()).any(|j| j != i && paths[j] < paths[i] && one_file(i, j)))
        .collect();
    let mut keeps = keep.into_iter();
    paths.retain(|_| keeps.next().unwrap_or(true));
    paths
}

/// Pages by arrival position, each with its file's position in path order.
type Places = Vec<(usize, usize)>;

/// Where the probed pages (sent first, as pages `0..probed.len()`) stand in the walk's path
/// order, and the walk's other sources with their positions. The walk decides: a probed file
/// it lists under another path (a link to it came first) takes that path's place, and that
/// path is not loaded again; one it does not list at all (gone meanwhile) stays, placed after
/// every file.
pub(super) fn place_early(
    probed: &[PathBuf],
    sources: Vec<Source>,
    meta: &[Option<std::fs::Metadata>],
) -> (Places, Vec<(usize, Source)>) {
    let mut at: HashMap<&Path, usize> = probed
        .iter()
        .enumerate()
        .map(|(k, p)| (p.as_path(), k))
        .collect();
    let mut places = Vec::with_capacity(probed.len());
    let mut rest: Vec<(usize, Source)> = Vec::with_capacity(sources.len());
    for (i, s) in sources.into_iter().enumerate() {
        match &s {
            Source::File(p) if at.contains_key(p.as_path()) => {
                if let Some(k) = at.remove(p.as_path()) {
                    places.push((k, i));
                }
            }
            _ => rest.push((i, s)),
        }
    }
    // Rare: a probed file the walk keeps under another path.
    for (path, k) in at.clone() {
        let Ok(own) = std::fs::metadata(path) else {
            continue;
        };
        let twin = rest.iter().position(|(i, s)| match (s, meta.get(*i)) {
            (Source::File(p), Some(Some(m))) => ingest::walk::same_file((path, &own), (p, m)),
            _ => false,
        });
        if let Some(j) = twin {
            let (i, _) = rest.remove(j);
            places.push((k, i));
            at.remove(path);
        }
    }
    places.sort_unstable();
    (places, rest)
}
