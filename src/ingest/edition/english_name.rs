//! A paper's name in Latin letters printed with its Chinese one: under it on a line of its own
//! (`四川日报` over `SICHUAN DAILY`) or after it on the same line (`联合早报 Lianhe Zaobao`).
//! Read as text, the two lines had been the first article's kickers and the page had no paper.

/// Longest such name, in chars.
const ENGLISH_NAME_MAX_CHARS: usize = 32;

/// Most words such a name has (`China Daily`, `The Straits Times`, `SICHUAN DAILY`).
const ENGLISH_NAME_MAX_WORDS: usize = 4;

/// Whether `text` is a name in Latin letters alone: one to four words of letters, each opening
/// with a capital (`SICHUAN DAILY`, `Lianhe Zaobao`). A sentence (`Suzhou topped the list.`)
/// has words in lower case or a full stop.
pub fn is_english_name(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    !t.is_empty()
        && t.len() <= ENGLISH_NAME_MAX_CHARS
        && words.len() <= ENGLISH_NAME_MAX_WORDS
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '&')
                && w.starts_with(|c: char| c.is_ascii_uppercase())
        })
}

/// `line` without a name in Latin letters after its Chinese one (`联合早报 Lianhe Zaobao` →
/// `联合早报`); the line as it is when it has none.
pub fn without_english_name(line: &str) -> &str {
    let t = line.trim_end();
    let cut = t
        .char_indices()
        .find(|&(_, c)| c.is_ascii_alphabetic())
        .map(|(b, _)| b);
    match cut {
        Some(b) if b > 0 && is_english_name(&t[b..]) => {
            t[..b].trim_end_matches(super::header::is_pad)
        }
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_names() {
        assert!(is_english_name("SICHUAN DAILY"));
        assert!(is_english_name("Lianhe Zaobao"));
        assert!(is_english_name("The Straits Times"));
        assert!(!is_english_name("Suzhou topped the list."));
        assert!(!is_english_name("Samsung invests in Xi'an"));
        assert!(!is_english_name("四川日报"));
        assert_eq!(without_english_name("联合早报 Lianhe Zaobao"), "联合早报");
        assert_eq!(without_english_name("联合早报"), "联合早报");
        assert_eq!(
            without_english_name("华为 Mate 70 发布"),
            "华为 Mate 70 发布"
        );
    }
}
