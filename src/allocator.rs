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

/// jemalloc's options, read by jemalloc before `main` (the prefixed build's `malloc_conf`).
///
/// Freed pages go back to the system after about a second instead of jemalloc's default ten
/// (`dirty_decay_ms`). A cold open of a big archive parses on every core, builds the search
/// index and loads jieba within a few seconds, and each burst frees what the last one used:
/// kept ten seconds, those pages were a third of the reader's peak memory. Measured on 10,000
/// pages (stop 43, cold open in tmux, peak RSS once indexed): 332–350 MB with the default, 294
/// MB with one second, 258 MB with none; `list --no-cache` and `facts --no-cache` took the
/// same CPU time with one second (none cost 10–20 % more system time).
///
/// `_RJEM_MALLOC_CONF` in the environment still overrides it.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[export_name = "_rjem_malloc_conf"]
static MALLOC_CONF: Option<&std::ffi::c_char> =
    // SAFETY: a pointer to the first char of a static NUL-terminated string, which lives for
    // the whole program; jemalloc only reads it.
    Some(unsafe { &*c"dirty_decay_ms:1000".as_ptr() });

/// Lets a background thread give freed pages back, for a long-running program (the reader).
///
/// Without it jemalloc purges only when a thread allocates, so the reader, idle once its facts
/// were in, kept what it had freed last (jieba's dictionary, about 46 MB, let go once every
/// article is extracted): 144 MB of anonymous memory at the end of a cold open of 10,000
/// pages, 118 MB with the thread. The subcommands do without: they end when their work does,
/// and with the thread `dubao facts` over the same pages peaked 9 MB higher (133 against 124
/// MB, two runs each). Nothing happens with another allocator; a failure is ignored (the
/// reader then purges as the subcommands do).
pub(crate) fn purge_in_background() {
    #[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
    {
        let mut on = true;
        // SAFETY: `background_thread` is a documented writable bool mallctl; the name is a
        // NUL-terminated static string and the new value a bool that outlives the call; no old
        // value is read (null pointers).
        let _ = unsafe {
            tikv_jemalloc_sys::mallctl(
                c"background_thread".as_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::addr_of_mut!(on).cast(),
                std::mem::size_of::<bool>(),
            )
        };
    }
}
