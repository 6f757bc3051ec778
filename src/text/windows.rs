//! Tests of every window of three bytes of a text, a block at a time and without branches, so
//! that the compiler compares many bytes at once: how the decoder tells text from binary and
//! how the sanitiser finds what it must remove, in a fraction of an instruction a byte for a
//! clean page, rather than a table look-up and a stop at every `“` and `，`.

/// Bytes tested per block: a hit ends the scan at the end of its block.
const BLOCK: usize = 256;

/// Whether `test(x, y, z)` holds for some whole window `bytes[i..i + 3]` (every `i` below
/// [`whole_windows`]; the last two bytes are the caller's, with [`test_at`]). `test` should use
/// `&` and `|`, not `&&` and `||`, so that it compiles without branches.
#[inline(always)]
pub(crate) fn any_window(bytes: &[u8], test: impl Fn(u8, u8, u8) -> bool) -> bool {
    let end = whole_windows(bytes);
    let mut start = 0;
    while start < end {
        let stop = (start + BLOCK).min(end);
        // In range: `stop + 2` is at most the length.
        let (Some(a), Some(b), Some(c)) = (
            bytes.get(start..stop),
            bytes.get(start + 1..stop + 1),
            bytes.get(start + 2..stop + 2),
        ) else {
            return false;
        };
        let hit = a
            .iter()
            .zip(b)
            .zip(c)
            .fold(0u8, |acc, ((&x, &y), &z)| acc | u8::from(test(x, y, z)));
        if hit != 0 {
            return true;
        }
        start = stop;
    }
    false
}

/// Whether `test` holds for the window at `k`, the bytes past the end read as zeros.
#[inline(always)]
pub(crate) fn test_at(bytes: &[u8], k: usize, test: impl Fn(u8, u8, u8) -> bool) -> bool {
    let at = |d: usize| bytes.get(k + d).copied().unwrap_or(0);
    test(at(0), at(1), at(2))
}

/// The start of the first window past the last whole one: where a text's last two bytes begin.
pub(crate) fn whole_windows(bytes: &[u8]) -> usize {
    bytes.len().saturating_sub(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Block by block, a hit is found wherever it is: at a block's edges, in the last whole
    /// window, and never in the last two bytes' windows.
    #[test]
    fn a_hit_is_found_at_every_offset() {
        for len in [0, 1, 2, 3, 4, 255, 256, 257, 258, 259, 600] {
            let clean = vec![b'a'; len];
            assert!(!any_window(&clean, |x, _, _| x == b'!'));
            for at in 0..len {
                let mut bytes = clean.clone();
                bytes[at] = b'!';
                let end = whole_windows(&bytes);
                assert_eq!(
                    any_window(&bytes, |x, _, _| x == b'!'),
                    at < end,
                    "{len} {at}"
                );
                assert_eq!(
                    any_window(&bytes, |_, _, z| z == b'!'),
                    at >= 2,
                    "{len} {at}"
                );
            }
        }
    }
}
