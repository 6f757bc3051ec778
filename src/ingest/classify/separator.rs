//! Rule lines drawn between articles (`————`, `＊＊＊`): they say nothing, and end what is
//! open above them (rule `separator`).

use crate::ingest::shape::is_pad;

/// A rule line drawn between articles: three or more of one rule char (`————`, `＊＊＊`,
/// `■■■`, `-----`, `=====`), spaces between allowed, nothing else.
pub(super) fn is_separator(line: &str) -> bool {
    let mut chars = line.chars().filter(|&c| !is_pad(c));
    let Some(first) = chars.next() else {
        return false;
    };
    if !SEPARATOR_CHARS.contains(first) {
        return false;
    }
    let mut n = 1usize;
    for c in chars {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// Chars a rule line between articles is drawn with.
const SEPARATOR_CHARS: &str = "—-－─━=＝*＊■□◆◇★☆●○·•~～_＿#＃";

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
