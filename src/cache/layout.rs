//! The building blocks of the cache's own binary layouts ([`super::fact_codec`],
//! [`super::head_codec`]): a section is the length of its structure, the structure (bytes and
//! LEB128 varints), then every string's bytes one after another. Keeping the strings apart lets
//! a decoder check them for UTF-8 once for the whole section, not string by string, and skip a
//! string it does not need by its length alone.

/// A section being written: its structure and its strings' bytes.
#[derive(Default)]
pub(crate) struct Out {
    pub meta: Vec<u8>,
    pub text: Vec<u8>,
}

impl Out {
    /// An empty section with room for about `structure` and `text` bytes.
    pub fn with_capacity(structure: usize, text: usize) -> Out {
        Out {
            meta: Vec::with_capacity(structure),
            text: Vec::with_capacity(text),
        }
    }

    pub fn push(&mut self, b: u8) {
        self.meta.push(b);
    }

    pub fn varint(&mut self, n: u64) {
        varint(&mut self.meta, n);
    }

    /// A length (or count): `usize` always fits a `u64` on the platforms dubao builds for.
    pub fn len(&mut self, n: usize) {
        self.varint(n as u64);
    }

    pub fn string(&mut self, s: &str) {
        self.len(s.len());
        self.text.extend_from_slice(s.as_bytes());
    }

    /// A count, then each string.
    pub fn strings(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.string(s);
        }
    }

    /// The section's bytes: the structure's length, the structure, the strings.
    pub fn finish(self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.meta.len() + self.text.len() + 10);
        self.finish_into(&mut bytes);
        bytes
    }

    /// The bytes [`Out::finish_into`] appends: the structure's length (a varint of at most ten
    /// bytes), the structure and the strings.
    pub fn finished_len(&self) -> usize {
        10 + self.meta.len() + self.text.len()
    }

    /// [`Out::finish`], appended to `bytes` (an entry being written) rather than a section of
    /// its own.
    pub fn finish_into(self, bytes: &mut Vec<u8>) {
        varint(bytes, self.meta.len() as u64);
        bytes.extend_from_slice(&self.meta);
        bytes.extend_from_slice(&self.text);
    }
}

/// LEB128: seven bits a byte, low first; most lengths and offsets take one byte.
pub(crate) fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A checked reader over a section's structure and strings: running out, a varint too long, a
/// string cut inside a character all read as `None`.
pub(crate) struct Cursor<'a> {
    pub meta: &'a [u8],
    pub text: &'a str,
}

impl<'a> Cursor<'a> {
    /// Opens a section written by [`Out::finish`], checking its strings for UTF-8 at once.
    pub fn open(bytes: &'a [u8]) -> Option<Cursor<'a>> {
        let mut head = Cursor {
            meta: bytes,
            text: "",
        };
        let meta_len = head.usize()?;
        let meta = head.take(meta_len)?;
        let text = simdutf8::basic::from_utf8(head.meta).ok()?;
        Some(Cursor { meta, text })
    }

    /// Whether every byte of the structure and of the strings was read: bytes left over are
    /// damage.
    pub fn is_done(&self) -> bool {
        self.meta.is_empty() && self.text.is_empty()
    }

    pub fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.meta.split_first()?;
        self.meta = rest;
        Some(b)
    }

    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.meta.len() {
            return None;
        }
        let (head, rest) = self.meta.split_at(n);
        self.meta = rest;
        Some(head)
    }

    pub fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    pub fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    /// A count of things still to read: each takes at least one byte, so a count past the
    /// bytes left is damage, not a reason to allocate.
    pub fn count(&mut self) -> Option<usize> {
        let n = self.usize()?;
        (n <= self.meta.len()).then_some(n)
    }

    /// The next string, borrowed: its length from the structure, its bytes from the strings.
    pub fn str(&mut self) -> Option<&'a str> {
        let n = self.usize()?;
        let s = self.text.get(..n)?;
        self.text = self.text.get(n..)?;
        Some(s)
    }

    pub fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    /// A count, then that many strings.
    pub fn strings(&mut self) -> Option<Vec<String>> {
        let n = self.count()?;
        (0..n).map(|_| self.string()).collect()
    }

    /// Passes over a count and that many strings without copying them.
    pub fn skip_strings(&mut self) -> Option<()> {
        let n = self.count()?;
        (0..n).try_for_each(|_| self.str().map(drop))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_come_back_at_every_width() {
        for n in [
            0,
            1,
            0x7f,
            0x80,
            0x3fff,
            0x4000,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut out = Out::default();
            out.varint(n);
            let bytes = out.finish();
            let mut r = Cursor::open(&bytes).expect("opens");
            assert_eq!(r.varint(), Some(n));
            assert!(r.is_done());
        }
    }

    #[test]
    fn an_overlong_varint_is_damage() {
        let mut r = Cursor {
            meta: &[0xff; 11],
            text: "",
        };
        assert_eq!(r.varint(), None);
    }

    #[test]
    fn strings_cut_inside_a_character_are_damage() {
        let mut out = Out::default();
        out.string("经开区");
        let mut bytes = out.finish();
        // The structure says 9 bytes; make it 4, inside 开.
        bytes[1] = 4;
        let mut r = Cursor::open(&bytes).expect("the text itself is UTF-8");
        assert_eq!(r.str(), None);
    }
}
