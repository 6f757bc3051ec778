//! The dubao binary as the command-line tests run it: with a cache of this test process's own,
//! so runs never share (or depend on) the user's cache or another build's entries.

#![allow(dead_code)] // each test binary uses its own part

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// This test process's cache directory, in the build's own temp folder (`cargo clean` removes
/// it): one per process, because a cache another build filled answers with notices.
pub fn cache_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cache-{}", std::process::id()))
    })
}

/// `dubao` with this process's cache.
pub fn dubao() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("dubao").expect("binary builds");
    c.env("DUBAO_CACHE_DIR", cache_dir());
    c
}
