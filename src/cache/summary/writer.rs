//! Writing a summary: records encoded as they come, then the file's header and checksum.

use super::{FORMAT, MAGIC};
use crate::cache::Stamp;

/// A summary being written: records are encoded as they come, so only their bytes are held.
#[derive(Debug, Default)]
pub struct Writer {
    payload: Vec<u8>,
}

impl Writer {
    /// Adds the record of the file named `name` with its head encoded ([`encode_head`](super::encode_head)) and
    /// its note encoded ([`Note::encode`](super::note::Note::encode); empty for none); one whose times do not fit in 64
    /// bits (year 2554) is left out, which only means its file is looked up in the cache each
    /// time.
    pub fn push(&mut self, name: &str, stamp: &Stamp, has_facts: bool, head: &[u8], note: &[u8]) {
        let (Ok(mtime), Ok(ctime)) = (u64::try_from(stamp.mtime_ns), u64::try_from(stamp.ctime_ns))
        else {
            return;
        };
        let (Ok(name_len), Ok(head_len), Ok(note_len)) = (
            u32::try_from(name.len()),
            u32::try_from(head.len()),
            u32::try_from(note.len()),
        ) else {
            return;
        };
        let p = &mut self.payload;
        p.extend_from_slice(&name_len.to_le_bytes());
        p.extend_from_slice(name.as_bytes());
        for n in [stamp.size, mtime, stamp.ino, ctime] {
            p.extend_from_slice(&n.to_le_bytes());
        }
        p.push(u8::from(has_facts));
        p.extend_from_slice(&head_len.to_le_bytes());
        p.extend_from_slice(head);
        p.extend_from_slice(&note_len.to_le_bytes());
        p.extend_from_slice(note);
    }

    /// Whether no record was added.
    pub fn is_empty(&self) -> bool {
        self.payload.is_empty()
    }

    /// The summary file's bytes, for `build`.
    pub fn finish(self, build: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.payload.len() + 40);
        out.extend_from_slice(MAGIC);
        out.push(FORMAT);
        out.extend_from_slice(&build.to_le_bytes());
        out.extend_from_slice(&(self.payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(&self.payload).to_le_bytes());
        out.extend_from_slice(&self.payload);
        out
    }
}
