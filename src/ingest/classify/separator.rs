//! Rule lines drawn between articles (`————`, `＊＊＊`): they say nothing, and end what is
//! open above them (rule `separator`).

use crate::ingest::shape::is_pad;

/// A rule line drawn between articles: three or more of one rule char (`————`, `＊＊＊`,
/// `■■■`, `-----`, `=====`), spaces between allowed, nothing else.
pub(super) fn is_separator(line: &str) -> bool {
    // Asked of every line: most open with a Han char, turned down on its first byte.
    if !may_open_rule(line.as_bytes()) {
        return false;
    }
    let t = line.trim_start_matches(is_pad);
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !is_rule_char(first) {
        return false;
    }
    let mut n = 1usize;
    for c in chars.filter(|&c| !is_pad(c)) {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// Whether the first byte after a line's spaces (ASCII or U+3000) can open a rule char: ASCII
/// punctuation or the lead byte of `·` (C2), `—`, `■`, `★` (E2) or a full-width form (EF). A
/// Han char's lead byte (E3..E9) is turned down without decoding it.
fn may_open_rule(line: &[u8]) -> bool {
    let mut i = 0;
    loop {
        match line.get(i..) {
            Some([b' ' | b'\t', ..]) => i += 1,
            Some([0xE3, 0x80, 0x80, ..]) => i += 3,
            Some([0xC2, 0xA0, ..]) => i += 2,
            Some([b'-' | b'=' | b'*' | b'~' | b'_' | b'#' | 0xC2 | 0xE2 | 0xEF, ..]) => {
                return true
            }
            _ => return false,
        }
    }
}

/// Chars a rule line between articles is drawn with.
fn is_rule_char(c: char) -> bool {
    matches!(
        c,
        '—' | '-'
            | '－'
            | '─'
            | '━'
            | '='
            | '＝'
            | '*'
            | '＊'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '★'
            | '☆'
            | '●'
            | '○'
            | '·'
            | '•'
            | '~'
            | '～'
            | '_'
            | '＿'
            | '#'
            | '＃'
    )
}

#[cfg(test)]
mod tests {
    use super::is_separator;

    #[test]
    fn rule_lines_are_one_char_repeated() {
        for line in [
            "———",
            "＊＊＊",
            "* * *",
            "■■■■",
            "-----",
            "　=====　",
            "～～～",
        ] {
            assert!(is_separator(line), "{line}");
        }
        for line in [
            "——",
            "",
            "   ",
            "***注意***",
            "—— 来自太原的报道",
            "-=-=-",
            "１２３",
        ] {
            assert!(!is_separator(line), "{line}");
        }
    }
}
