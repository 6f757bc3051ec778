//! Loading pages behind the reader: a background thread walks the paths, orders the files
//! newest edition first (by the dates in their paths; undated ones after, in path order), loads
//! them on all cores through the [`Loader`] and sends them to the event loop in batches as
//! [`Action::PagesLoaded`], then [`Action::LoadDone`] with the failures. The first batch is the
//! loader's small first chunk, so the first screen waits only for a few pages.
//!
//! Warm, a page comes as its head from the archive's summary (see [`crate::loader::Arrival`]):
//! the reader keeps only heads, and a summary holds every page's head, the version of its text
//! and its fact counts, so an unchanged archive opens without decoding any page's text. Pages
//! loaded whole (new, changed, or not in the summary) are recorded, and the summary is written
//! again at the end of the load when anything changed.
//!
//! Ids: a page's id base (see [`crate::ingest::edition::id_bases`]) depends on the other pages with its date
//! and page number. The thread keeps every loaded page's [`crate::ingest::edition::PageKey`] (not its text),
//! recomputes the bases each batch touches (see [`ids`]) and sends the pages whose base changed
//! (a second paper's page of the same date and number arrived) as renames: at every moment the
//! ids equal what [`crate::ingest::edition::assign_ids`] gives for the pages loaded so far, and at the end the
//! ids of a full load. The reader keeps its selection by entry index, so renames never move it.
//!
//! The thread's parts, one module each: `early` loads the newest pages while the walk runs and
//! places them once it is done, `batches` gives pages their ids and sends them, `ready` makes
//! each page what the reader keeps, `ids` keeps the ids whole-load exact.

mod batches;
mod early;
mod ids;
mod ready;

use crossbeam_channel::Sender;
use std::path::PathBuf;

use self::batches::Batches;
use self::early::{place_early, probe_beside_walk};
use super::app::Action;
use super::i18n::Lang;
use super::search_worker::TextSink;
use crate::ingest;
use crate::loader::{newest_first_at, Loader};

/// Starts loading `paths` (the embedded sample when none) on a background thread that reports
/// to `tx`. The thread stops when the event loop is gone.
/// The text of pages left in the cache goes to `texts` (the search worker), if given, while it
/// is still in hand.
pub fn spawn(
    loader: Loader,
    paths: Vec<PathBuf>,
    tx: Sender<Action>,
    texts: Option<TextSink>,
    lang: Lang,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("dubao-load".to_owned())
        .spawn(move || run(&loader, &paths, &tx, texts, lang))
        .map(|_| ())
}

/// Loads `paths` and sends the pages; what the load met is said in `lang`.
fn run(
    loader: &Loader,
    paths: &[PathBuf],
    tx: &Sender<Action>,
    texts: Option<TextSink>,
    lang: Lang,
) {
    if paths.is_empty() {
        let mut out = Batches::new(paths, 1, Vec::new(), None);
        out.texts = texts;
        out.lang = lang;
        let sent = out.load(loader, vec![(0, ingest::sample_source())], tx);
        if sent.is_ok() {
            out.finish(loader, tx);
        }
        return;
    }
    let (summary, early, walker) = probe_beside_walk(loader, paths);
    let mut out = Batches::new(paths, 0, Vec::new(), summary.as_ref());
    out.on_demand = loader.cache().is_some();
    out.texts = texts;
    out.lang = lang;
    // The probed pages go out at once: the walk, which stats every file, took longer than
    // they did, and the first screen waited for it. Their places in path order (what only
    // the load-order sort needs) follow when the walk is done.
    let probed: Vec<PathBuf> = early.iter().map(|(p, _)| p.clone()).collect();
    if out.send_early(early, tx).is_err() {
        return;
    }
    let (sources, meta, mut failures) = walker
        .and_then(|w| w.join().ok())
        .unwrap_or_else(|| ingest::expand_paths_stat(paths));
    failures.append(&mut out.failures);
    out.failures = failures;
    let (places, rest) = place_early(&probed, sources, &meta);
    out.total = rest.len() + probed.len();
    out.stamps = meta
        .iter()
        .map(|m| m.as_ref().and_then(|m| loader.stamp_from(m)))
        .collect();
    if !places.is_empty() && tx.send(Action::PagesPlaced(places)).is_err() {
        return;
    }
    if out.load(loader, newest_first_at(rest), tx).is_ok() {
        out.finish(loader, tx);
    }
}

/// The event loop is gone: loading stops.
#[derive(Debug)]
struct Gone;

#[cfg(test)]
mod tests;
