//! Untrusted text must never drive the terminal: strip control characters and escape sequences.

use std::borrow::Cow;

/// Removes terminal escape sequences (CSI, OSC, DCS/SOS/PM/APC, two-byte ESC sequences, their C1
/// forms), C0/C1 control characters other than `\n`, bidi overrides that would reorder the
/// screen, and the invisible chars that only split a word (zero-width space, word joiner, soft
/// hyphen: text copied from the web carries them, and `开\u{200b}发区` was no zone and no hit
/// for a search of `开发区`). A tab becomes a space so that columns stay predictable.
pub fn sanitize(input: &str) -> String {
    sanitize_cow(input).into_owned()
}

/// [`sanitize`] without the copy when there is nothing to remove, as for almost every page: one
/// byte scan finds the first character that needs attention, the text before it is taken as
/// it is and only the rest goes through the character loop.
pub fn sanitize_cow(input: &str) -> Cow<'_, str> {
    sanitize_cow_scanned(input, surely_safe(input.as_bytes()))
}

/// [`sanitize_cow`] of a text whose windows of three bytes the caller has already tested with
/// [`opens_unsafe`] (`windows_safe`: none but the last two opens an unsafe char), in a scan of
/// its own: the decoder tests a page's bytes for what it refuses and for what is removed here
/// in one pass, and the text is not scanned twice.
pub(crate) fn sanitize_cow_scanned(input: &str, windows_safe: bool) -> Cow<'_, str> {
    let Some(at) = first_unsafe(input, windows_safe) else {
        return Cow::Borrowed(input);
    };
    let mut out = String::with_capacity(input.len());
    out.push_str(&input[..at]);
    sanitize_into(&input[at..], &mut out);
    Cow::Owned(out)
}

/// The byte offset of the first character [`sanitize`] would not copy as it is: a control other
/// than `\n` (tab and ESC included) or an [`is_unsafe`] mark. Only ASCII controls and the lead
/// bytes of the few unsafe non-ASCII characters (C1 controls `C2`, U+061C `D8`, bidi marks `E2`,
/// BOM `EF`) need a closer look ([`SUSPECT`]); every other byte is skipped with one table look-up.
fn first_unsafe(input: &str, windows_safe: bool) -> Option<usize> {
    let bytes = input.as_bytes();
    // The windows cover every byte but the last two, which the loop below reads.
    let mut from = if windows_safe {
        bytes.len().saturating_sub(2)
    } else {
        0
    };
    loop {
        let i = from
            + bytes
                .get(from..)?
                .iter()
                .position(|&b| SUSPECT[usize::from(b)])?;
        // A lead byte starts a char, and the text is UTF-8: the bytes after it say which char
        // it is without decoding it (U+201C `“` and U+FF0C `，` share lead bytes with the
        // unsafe marks, so this runs often).
        let unsafe_here = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (0..=0x7f, _, _) => true,
            // C1 controls, U+00AD
            (0xc2, Some(0x80..=0x9f | 0xad), _) => true,
            // U+061C
            (0xd8, Some(0x9c), _) => true,
            // U+200B, U+200E, U+200F, U+202A..U+202E, U+2060, U+2066..U+2069
            (0xe2, Some(0x80), Some(0x8b | 0x8e | 0x8f | 0xaa..=0xae)) => true,
            (0xe2, Some(0x81), Some(0xa0 | 0xa6..=0xa9)) => true,
            // U+FEFF
            (0xef, Some(0xbb), Some(0xbf)) => true,
            _ => false,
        };
        if unsafe_here {
            return Some(i);
        }
        from = i + 1;
    }
}

/// Whether no window of three bytes starting before the last two opens an unsafe char, as the
/// loop of [`first_unsafe`] reads them, tested without branches a block at a time so that the
/// compiler compares many bytes at once: a page with nothing to remove costs a fraction of an
/// instruction a byte, not a table look-up, and a stop at every `“` and `，`.
pub(crate) fn surely_safe(bytes: &[u8]) -> bool {
    !super::windows::any_window(bytes, opens_unsafe)
}

/// Whether the bytes `x y z` open an unsafe char (see the loop of [`first_unsafe`]); written
/// with `&` and `|` rather than `&&` and `||` so that it compiles without branches.
#[inline(always)]
pub(crate) fn opens_unsafe(x: u8, y: u8, z: u8) -> bool {
    (x < 0x20) & (x != b'\n')
        | (x == 0x7f)
        | (x == 0xc2) & ((y < 0xa0) | (y == 0xad))
        | (x == 0xd8) & (y == 0x9c)
        | (x == 0xe2)
            & ((y == 0x80) & ((z == 0x8b) | (z == 0x8e) | (z == 0x8f) | (0xaa..=0xae).contains(&z))
                | (y == 0x81) & ((z == 0xa0) | (0xa6..=0xa9).contains(&z)))
        | (x == 0xef) & (y == 0xbb) & (z == 0xbf)
}

/// The bytes [`first_unsafe`] stops at: ASCII controls but `\n`, DEL, and the lead bytes `C2`,
/// `D8`, `E2`, `EF`.
const SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b < 0x20 && b != 0x0a) || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef);
        b += 1;
    }
    table
};

/// The character loop of [`sanitize`], appending to `out`.
fn sanitize_into(input: &str, out: &mut String) {
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
}

/// Makes a one-line message safe to print: every control character (newline and tab included),
/// bidi control and BOM is shown escaped (`\u{1b}`) instead of being sent to the terminal.
///
/// Used for file names and error messages rather than [`sanitize`], because a name must stay
/// recognisable: deleting an escape sequence from `x\e]52;…\a.txt` would name another file.
pub fn for_terminal(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        if c == '\t' || c == '\n' || is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that must not reach a terminal as text: controls, the bidi embeddings, overrides,
/// isolates and marks (LRM, RLM, ALM) that would reorder the screen, the BOM, and the invisible
/// word-splitters (zero-width space, word joiner, soft hyphen), which hide inside a name: a
/// file name shows them escaped, and page text goes without them.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200b}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2060}'
                | '\u{00ad}'
                | '\u{061c}'
                | '\u{feff}'
        )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: consume the rest of the sequence, whatever its type. A sequence cut short (by a
/// newline, a Chinese character, the end) ends there: only ESC and the bytes that belong to a
/// sequence are dropped, never the text that follows.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string(chars);
        }
        // nF sequences: intermediates 0x20–0x2F then one final byte 0x30–0x7E.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while matches!(chars.peek(), Some(c) if ('\u{20}'..='\u{2f}').contains(c)) {
                chars.next();
            }
            if matches!(chars.peek(), Some(c) if ('\u{30}'..='\u{7e}').contains(c)) {
                chars.next();
            }
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// CSI: parameter bytes (0x30–0x3F) and intermediates (0x20–0x2F), then one final byte in
/// 0x40–0x7E. Any other character ends the sequence unconsumed.
fn skip_csi(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        if ('\u{20}'..='\u{3f}').contains(&c) {
            chars.next();
        } else {
            if ('\u{40}'..='\u{7e}').contains(&c) {
                chars.next();
            }
            return;
        }
    }
}

/// OSC/DCS/APC/PM/SOS: everything up to BEL or ST (ESC \ or U+009C). A string with no
/// terminator before the end of its line is not a sequence a terminal would finish: only its
/// introducer is dropped and the rest stays text (harmless without the ESC).
fn skip_string(chars: &mut Chars<'_>) {
    let mut ahead = chars.clone();
    let mut consumed = 0usize;
    while let Some(c) = ahead.next() {
        consumed += 1;
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\n' => return,
            '\u{1b}' => {
                if ahead.peek() == Some(&'\\') {
                    consumed += 1;
                }
                break;
            }
            _ if ahead.peek().is_none() => return,
            _ => {}
        }
    }
    for _ in 0..consumed {
        chars.next();
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn strips_osc52_clipboard_write() {
        let s = "标题\u{1b}]52;c;ZXZpbA==\u{7}正文";
        assert_eq!(sanitize(s), "标题正文");
    }

    #[test]
    fn strips_csi_colour_and_cursor_moves() {
        assert_eq!(sanitize("\u{1b}[31m红\u{1b}[0m\u{1b}[2J字"), "红字");
    }

    #[test]
    fn strips_c0_c1_and_bidi_keeps_newlines() {
        assert_eq!(sanitize("a\u{0}b\u{7}\u{85}c\u{202e}d\ne\tf"), "abcd\ne f");
    }

    #[test]
    fn invisible_word_splitters_go_and_the_word_is_whole_again() {
        assert_eq!(sanitize("运城经济技术开\u{200b}发区"), "运城经济技术开发区");
        assert_eq!(sanitize("高新\u{2060}区，招\u{ad}商"), "高新区，招商");
        // A joiner that makes one emoji of several is no splitter: it stays.
        assert_eq!(sanitize("👨\u{200d}👩"), "👨\u{200d}👩");
        assert_eq!(super::for_terminal("a\u{200b}b"), "a\\u{200b}b");
    }

    #[test]
    fn messages_show_controls_escaped_on_one_line() {
        let name = "e/x\u{1b}]52;c;SEFDS0VE\u{7}.txt: binary\n\u{9b}2J\u{202e}";
        let safe = super::for_terminal(name);
        assert!(!safe.chars().any(|c| c.is_control() || c == '\u{202e}'));
        assert_eq!(
            safe,
            "e/x\\u{1b}]52;c;SEFDS0VE\\u{7}.txt: binary\\u{a}\\u{9b}2J\\u{202e}"
        );
    }

    #[test]
    fn a_cut_escape_keeps_the_text_after_it() {
        assert_eq!(
            sanitize("第一行标题\u{1b}[\n第二行正文"),
            "第一行标题\n第二行正文"
        );
        assert_eq!(sanitize("价格\u{1b}[中文字"), "价格中文字");
        assert_eq!(sanitize("价格\u{9b}12;中文字"), "价格中文字");
        assert_eq!(sanitize("甲\u{1b}(\n乙"), "甲\n乙");
        assert_eq!(sanitize("甲\u{1b}]0;标题\n乙"), "甲0;标题\n乙");
        assert_eq!(sanitize("甲\u{1b}]0;标题"), "甲0;标题");
        assert_eq!(sanitize("甲\u{1b}"), "甲");
    }

    /// The character loop alone over the whole input: what [`sanitize`] gave before the scan.
    fn by_chars(s: &str) -> String {
        let mut out = String::new();
        super::sanitize_into(s, &mut out);
        out
    }

    /// The byte reading of [`super::first_unsafe`] stops at exactly the unsafe chars.
    #[test]
    fn every_char_is_judged_as_is_unsafe_judges_it() {
        for c in (1..=0x10FFFFu32).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let expected = (c != '\n' && (c == '\t' || super::is_unsafe(c))).then_some(1);
            assert_eq!(
                super::first_unsafe(&text, super::surely_safe(text.as_bytes())),
                expected,
                "{c:?}"
            );
        }
    }

    #[test]
    fn clean_text_is_borrowed() {
        use std::borrow::Cow;
        let page = "科学导报讯　“数字政府 2.0 版”上线…\n第二行 ｜ Ａ１ \u{a0}NBSP";
        assert!(matches!(super::sanitize_cow(page), Cow::Borrowed(_)));
        for dirty in [
            "a\tb",
            "x\u{1b}[31my",
            "\u{feff}头",
            "甲\u{202e}乙",
            "c\u{85}d",
        ] {
            assert!(
                matches!(super::sanitize_cow(dirty), Cow::Owned(_)),
                "{dirty:?}"
            );
            assert_eq!(super::sanitize(dirty), by_chars(dirty));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_scan_changes_nothing(s in "[\\x00-\\x{9f}\\x{a0}\\x{200e}\\x{202e}\\x{2066}\\x{61c}\\x{feff}\\x{201c}\\x{ff0c}中文\\[\\]\\\\;0-9a-z\n]{0,40}") {
            proptest::prop_assert_eq!(super::sanitize(&s), by_chars(&s));
        }

        #[test]
        fn nothing_unsafe_survives(s in "[\\x00-\\x{9f}\\x{200e}\\x{202e}中文\\[\\]\\\\;0-9a-z\n]{0,40}") {
            let out = sanitize(&s);
            proptest::prop_assert!(!out.chars().any(|c| c != '\n' && super::is_unsafe(c)), "{:?}", out);
        }
    }

    /// The table scan stops at exactly the chars the char loop would not copy as they are.
    #[test]
    fn the_byte_scan_finds_every_unsafe_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = format!("中{c}“，");
            let expected = (c != '\n' && super::is_unsafe(c)).then_some(3);
            assert_eq!(
                super::first_unsafe(&s, super::surely_safe(s.as_bytes())),
                expected,
                "{c:?}"
            );
        }
    }

    #[test]
    fn bidi_marks_are_stripped() {
        assert_eq!(sanitize("a\u{200e}b\u{200f}c\u{61c}d"), "abcd");
    }

    #[test]
    fn osc_terminated_by_st() {
        assert_eq!(sanitize("x\u{1b}]0;title\u{1b}\\y"), "xy");
    }
}
