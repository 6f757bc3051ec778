//! The index's writer: how much it buffers, on how many threads, and at what priority they
//! start.

use tantivy::{Index, IndexWriter};

use super::IndexError;

/// Memory each writer thread may buffer before it flushes a segment. It was 48 MB, a third of
/// the reader's whole memory target on 10,000 pages, then tantivy's minimum (15 MB); but one
/// token per character and one per pair fill 15 MB fast, and the many small segments cost
/// more to make and then to merge than the memory saved: `examples/index_speed` over 3,000
/// pages took 3.7 s of CPU to add them at 15 MB, 2.0–2.3 s at 30 MB, 1.7 s at 50 MB; a cold
/// open of 10,000 pages spent 27–28 s of CPU instead of 33–37 s (the merges 1.3–1.5 s instead
/// of 4.4–5.3 s), its index complete 6–7 s after the start instead of 11. It costs memory: a
/// cold open's peak once loaded and indexed rose from 282–320 MB to 318–352 MB
/// (`tools/bench-reader.sh`); 22 MB measured the same as 30 MB on both counts.
const WRITER_BUDGET: usize = 30_000_000;

/// Indexing threads: two when the machine has two cores. A cold open builds the whole index
/// while the loader and the fact extractor compete for the cores, and searches scan every
/// page the index does not hold yet (reading its text back): a second writer thread takes a
/// fairer share, and once the load is done uses the core it frees. Each thread has its own
/// [`WRITER_BUDGET`], held only while it indexes.
fn writer_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(2))
}

/// The index's writer, its threads started at a lower priority ([`crate::priority::lower`]):
/// tantivy starts them when the writer is made and they inherit the priority of the thread that
/// makes it, so the writer is made on a short-lived thread of low priority. A first index build
/// on a cold open then takes the cores the loader leaves over instead of slowing the list down,
/// while searches keep the caller's thread and its priority.
///
/// Only until the first commit: a commit ends tantivy's indexing threads and starts new ones on
/// the committing thread (the reader's search worker), whose priority they then have. That is
/// kept on purpose: committing from a low-priority thread instead, so that they stayed low, was
/// tried, and a cold open's index then shared the cores with the fact extractor and took about
/// twice as long to complete (26 s against 12–18 s for 10,000 pages on a loaded machine), with
/// no measurable gain for the list.
pub(super) fn background_writer(index: &Index) -> Result<IndexWriter, IndexError> {
    let threads = writer_threads();
    let index = index.clone();
    let made = std::thread::spawn(move || {
        crate::priority::lower();
        index.writer_with_num_threads(threads, WRITER_BUDGET * threads)
    })
    .join();
    match made {
        Ok(writer) => Ok(writer?),
        Err(_) => Err(tantivy::TantivyError::SystemError(
            "the index writer could not be started".to_owned(),
        )
        .into()),
    }
}
