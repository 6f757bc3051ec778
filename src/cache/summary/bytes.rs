//! A summary file's bytes, mapped from the file rather than read where the platform allows.

/// A summary file's bytes: mapped from the file, or read (or made) into memory.
#[derive(Debug)]
pub enum Bytes {
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl Default for Bytes {
    fn default() -> Self {
        Bytes::Owned(Vec::new())
    }
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

impl Bytes {
    /// The file at `path`, mapped rather than read: reading a 10,000-page archive's summary
    /// (15 MB) into fresh memory took 8–13 ms of a warm open on a quiet machine and 50 ms
    /// beside the walk on a busy one, before the first page could come from it; mapped, its
    /// pages are the page cache's. Read when it cannot be mapped (an empty file, a platform
    /// without it).
    pub fn of_file(path: &std::path::Path) -> std::io::Result<Bytes> {
        let file = std::fs::File::open(path)?;
        // SAFETY: a summary is written whole to a temporary file and renamed into place
        // (`write_atomic`), never changed in place, so the mapped file does not change under
        // the map: a newer summary is another file, and this one's pages stay until it is
        // unmapped. Only a process writing into dubao's cache directory by hand could
        // truncate it meanwhile, as with the search index, which tantivy maps too.
        match unsafe { memmap2::Mmap::map(&file) } {
            Ok(map) => Ok(Bytes::Mapped(map)),
            Err(_) => std::fs::read(path).map(Bytes::Owned),
        }
    }
}
