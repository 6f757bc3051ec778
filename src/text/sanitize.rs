//! Untrusted text must never drive the terminal: strip control characters and escape sequences.

/// Removes terminal escape sequences (CSI, OSC, DCS/SOS/PM/APC, two-byte ESC sequences, their C1
/// forms), C0/C1 control characters other than `\n`, and bidi overrides that would reorder the
/// screen. A tab becomes a space so that columns stay predictable.
pub fn sanitize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
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
    out
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

/// Characters that must not reach a terminal as text.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: consume the rest of the sequence, whatever its type.
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
        // nF sequences: intermediates 0x20–0x2F then one final byte.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while matches!(chars.peek(), Some(c) if ('\u{20}'..='\u{2f}').contains(c)) {
                chars.next();
            }
            chars.next();
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// CSI: parameter and intermediate bytes, then one final byte in 0x40–0x7E.
fn skip_csi(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        chars.next();
        if ('\u{40}'..='\u{7e}').contains(&c) || !c.is_ascii() || c == '\n' {
            break;
        }
    }
}

/// OSC/DCS/APC/PM/SOS: everything up to BEL, ST (ESC \ or U+009C) or end of line.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\n' => return,
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {
                chars.next();
            }
        }
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
    fn osc_terminated_by_st() {
        assert_eq!(sanitize("x\u{1b}]0;title\u{1b}\\y"), "xy");
    }
}
