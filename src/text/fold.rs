//! A matching form of text: Traditional → Simplified, full-width digits and letters → ASCII.
//!
//! The fold keeps one char per char, so offsets found in the folded text are offsets in the
//! original: patterns are written once, in Simplified with ASCII digits, and still match
//! `１２月２２日` or `經濟技術開發區` while the page keeps what it printed.

/// Folds text for matching; `fold(s).chars().count() == s.chars().count()` always.
pub fn fold(s: &str) -> String {
    let half: String = s.chars().map(fold_width).collect();
    fast2s::convert(&half)
}

/// Full-width digits and Latin letters, and the ideographic space, to their ASCII forms.
/// Full-width punctuation (，。：) stays: it is Chinese punctuation, not a wide ASCII.
pub fn fold_width(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '．' | '％' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_traditional_and_fullwidth_keeping_length() {
        let s = "晉城經濟技術開發區１２月２２日";
        let f = fold(s);
        assert_eq!(f, "晋城经济技术开发区12月22日");
        assert_eq!(f.chars().count(), s.chars().count());
    }
}
