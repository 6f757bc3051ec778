//! The memory allocator of every program built on the library: the reader and its subcommands,
//! and the tests, benches and examples, so that what they measure is what users run.
//!
//! Parsing a page makes a few hundred small strings and vectors (paragraphs, blocks, zone hits)
//! and frees most of them at once; the reader's load threads do so on both cores. Measured
//! against glibc's allocator in one session (stop 29, 2 cores): the parser 80–85 → 88–98 MB/s
//! on 1,000 pages, `dubao facts` cold over 10,000 pages 12.4 → 9.8 s (peak memory 100 → 118 MB,
//! 1.5× the archive), a warm open of the full list 205–535 → 180–300 ms with peak memory 115 →
//! 99 MB. mimalloc, tried in stop 28, parsed faster too but made `facts` slower and its peak
//! memory 1.7× larger. `--no-default-features` builds with the system allocator.

#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
