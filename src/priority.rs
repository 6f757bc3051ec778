//! Background work yields to what the user waits for: the fact extractor and the search index's
//! writer threads run at a lower priority than the UI thread and the loader, so on a busy
//! machine they take the cores that keys, the list and searches leave over.

/// Lowers the calling thread's scheduling priority by 10 (relative: a reader started under
/// `nice` keeps its UI thread above the extractor too), so that on a busy machine the
/// minutes of fact extraction over a big archive take the cores the keys and searches leave
/// over, instead of sharing them equally with the UI thread. Threads it then starts inherit
/// the lower priority. Linux only: there a nice value
/// belongs to a thread; elsewhere it would slow the whole reader down, so nothing is done.
pub fn lower() {
    nice_by(10);
}

/// Sets the calling thread to the lowest priority there is (nice 19): for work that should
/// take only the cores nothing else in the reader wants, below the threads [`lower`] lowered.
/// Linux only, as [`lower`].
pub fn lowest() {
    nice_by(19);
}

/// Raises the calling thread's nice value by `n` (the kernel caps it at 19), on Linux only.
fn nice_by(n: i32) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: nice takes a plain integer and touches no memory of ours; glibc's nice is
        // getpriority and setpriority with `who` 0, which on Linux change the calling thread
        // only (nice values are per thread), and the kernel caps the value at 19. A failure (a
        // sandbox forbidding it) leaves the priority as it was, which is harmless.
        let _ = unsafe { libc::nice(n) };
    }
    #[cfg(not(target_os = "linux"))]
    let _ = n;
}

#[cfg(test)]
mod tests {
    /// The calling thread, and only it, runs at a lower priority.
    #[cfg(target_os = "linux")]
    #[test]
    fn lower_priority_lowers_the_calling_thread_only() {
        // SAFETY: getpriority reads the calling thread's nice value; errno is not consulted
        // (a nice value of -1 is not expected in tests).
        let nice = || unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
        let before = nice();
        let inside = std::thread::spawn(move || {
            super::lower();
            nice()
        })
        .join()
        .expect("thread");
        assert_eq!(inside, (before + 10).min(19));
        assert_eq!(nice(), before, "the calling thread keeps its priority");
    }
}
