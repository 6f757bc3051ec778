//! Bytes → text. Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
//! with CRLF or LF line ends; anything else is refused rather than shown as mojibake.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

use crate::error::LoadProblem;

/// The encoding a page was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

/// Decodes a page and normalises line ends to `\n`.
///
/// Detection order: a BOM decides; valid UTF-8 is UTF-8 (ASCII included); otherwise GB18030 when
/// it decodes without errors *and* reads like text. A NUL byte without a UTF-16 BOM means binary.
pub fn decode(bytes: &[u8]) -> Result<(String, SourceEncoding), LoadProblem> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(LoadProblem::Unsupported("UTF-32"));
    }
    let (text, enc) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let text = encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or(LoadProblem::Undecodable)?
            .into_owned();
        let enc = if encoding == UTF_16LE {
            SourceEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            SourceEncoding::Utf16Be
        } else {
            SourceEncoding::Utf8
        };
        (text, enc)
    } else if bytes.contains(&0) {
        return Err(LoadProblem::Binary);
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), SourceEncoding::Utf8)
    } else {
        let text = GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or_else(|| guess_failure(bytes))?
            .into_owned();
        (text, SourceEncoding::Gb18030)
    };
    if !looks_like_text(&text) {
        return Err(LoadProblem::Binary);
    }
    Ok((normalise_newlines(&text), enc))
}

/// Refusing GB18030 can mean binary data or simply another encoding; say which is likelier.
fn guess_failure(bytes: &[u8]) -> LoadProblem {
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 20 > bytes.len() {
        LoadProblem::Binary
    } else {
        LoadProblem::Undecodable
    }
}

/// Text files have few control characters and no private-use noise; binary decoded by luck has many.
fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        total += 1;
        let is_odd = (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}' | '\u{1b}'))
            || ('\u{e000}'..='\u{f8ff}').contains(&c)
            || c == '\u{fffd}';
        if is_odd {
            odd += 1;
        }
    }
    total == 0 || odd * 10 <= total
}

/// CRLF and lone CR become LF.
fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        let (t, e) = decode("\u{feff}第一行\r\n第二行\r\n".as_bytes()).unwrap();
        assert_eq!(t, "第一行\n第二行\n");
        assert_eq!(e, SourceEncoding::Utf8);
    }

    #[test]
    fn gb18030_round_trip() {
        let (bytes, _, _) = GB18030.encode("运城经济技术开发区 12 月 22 日");
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(t, "运城经济技术开发区 12 月 22 日");
        assert_eq!(e, SourceEncoding::Gb18030);
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "開發區\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(t, "開發區\n");
        assert_eq!(e, SourceEncoding::Utf16Le);
    }

    #[test]
    fn binary_is_refused() {
        let png = [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        ];
        assert!(matches!(decode(&png), Err(LoadProblem::Binary)));
        let noise: Vec<u8> = (0..2048u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(decode(&noise).is_err());
    }
}
