//! UTF-8 pages with Windows-1252 punctuation in them. A page pasted together on Windows keeps
//! its Chinese in UTF-8 while the quotes an editor typed arrive as single Windows-1252 bytes
//! (`0x93 芯 0x94`): read as UTF-8 each is one malformed byte, and replacing them with U+FFFD
//! loses marks the page printed. When every malformed byte of a page is such a lone byte, the
//! page is that mix, and the bytes are read as the marks they are.

/// The punctuation and symbols Windows-1252 puts in 0x80–0x9F. Letters there (`Š`, `œ`) are
/// left out: a lone one in a Chinese page is likelier a damaged char than a letter.
fn punctuation(byte: u8) -> Option<char> {
    Some(match byte {
        0x80 => '€',
        0x82 => '‚',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x89 => '‰',
        0x8B => '‹',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x99 => '™',
        0x9B => '›',
        _ => return None,
    })
}

/// `bytes` read as UTF-8 with each malformed byte read as Windows-1252 punctuation, and how
/// many were; `None` when some malformed sequence is not one such lone byte (damaged UTF-8:
/// a cut char, a stray lead byte, a Latin-1 letter), or there is none.
pub fn read_mixed(bytes: &[u8]) -> Option<(String, usize)> {
    let mut text = String::with_capacity(bytes.len());
    let mut count = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(tail) => {
                text.push_str(tail);
                return (count > 0).then_some((text, count));
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                text.push_str(std::str::from_utf8(good).ok()?);
                if e.error_len() != Some(1) {
                    return None;
                }
                let (&byte, after) = bad.split_first()?;
                text.push(punctuation(byte)?);
                count += 1;
                rest = after;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_quote_bytes_are_quotes() {
        let bytes = b"\xe5\x8e\xa6\xe9\x97\xa8\x93\xe8\x8a\xaf\x94\x92s";
        let (text, n) = read_mixed(bytes).expect("mixed");
        assert_eq!(text, "厦门“芯”’s");
        assert_eq!(n, 3);
    }

    #[test]
    fn damaged_utf8_is_not_mistaken_for_quotes() {
        // A Han char missing its lead byte: two stray continuation bytes, one of them 0x8A.
        assert_eq!(read_mixed(b"\xe5\x8e\xa6\x8a\xaf\xe9\x97\xa8"), None);
        // A cut char: a lead byte and one continuation byte before ASCII.
        assert_eq!(read_mixed(b"\xe8\x93a"), None);
        // A Latin-1 letter.
        assert_eq!(read_mixed(b"caf\xe9"), None);
        // Nothing malformed: nothing to say.
        assert_eq!(read_mixed("厦门".as_bytes()), None);
    }
}
