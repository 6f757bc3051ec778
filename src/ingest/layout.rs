//! Spacing a page's source put between its chars rather than its words, undone before the page is
//! read: tabs between a table's cells, and the letter-spacing of OCR output.
//!
//! Optical character recognition of a scanned page (Tesseract's Chinese models among others)
//! writes a space between every two Chinese chars: `运 城 经 开 区 优 化 营 商 环 境`. Read as
//! printed, no title, byline, zone or name of such a page is found (each char is a word), and
//! the reader shows it spaced out. Those spaces are the recogniser's, not the paper's: a line
//! spaced so is read, shown and searched with them removed. A wide gap between fields (a
//! header's `山 西 科 技 报    2025 年 10 月 9 日`) stays a gap.

use memchr::memchr;

/// The page's text with its tabs as gaps and its letter-spaced lines closed up (see the module
/// docs). Pages with neither, nearly all, come back as they were, uncopied.
pub(super) fn undo_spacing(text: String) -> String {
    let text = tabs_as_gaps(text);
    if !may_be_letter_spaced(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let chars: Vec<char> = line.chars().collect();
        if is_letter_spaced(&chars) {
            close_up(&chars, &mut out);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// A page's tabs as two spaces: a tab between a table's cells (`太原经开区\t1,286.5`) stays a
/// gap the parser reads as one ([`super::shape::is_table_row`]); the sanitiser would make it
/// one space, as it does every tab it is given elsewhere. Pages without a tab are not copied.
fn tabs_as_gaps(text: String) -> String {
    if memchr(b'\t', text.as_bytes()).is_some() {
        text.replace('\t', "  ")
    } else {
        text
    }
}

/// Whether a page has enough spaces for its lines to be letter-spaced: one byte in twelve at
/// least (a letter-spaced Chinese line is one in four). Chinese text has few spaces, so most
/// pages are turned down on one count of them.
fn may_be_letter_spaced(text: &str) -> bool {
    // The page's head is counted: a recogniser spaces a whole page out, and a long page's
    // spaces cost a stop each.
    let head = text
        .as_bytes()
        .get(..SPACING_SAMPLE)
        .unwrap_or(text.as_bytes());
    let spaces = memchr::memchr_iter(b' ', head).count();
    spaces.saturating_mul(12) >= head.len() && spaces >= 4
}

/// Bytes of a page [`may_be_letter_spaced`] reads.
const SPACING_SAMPLE: usize = 2048;

/// A char of Chinese text: Han, CJK punctuation, full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// A char of Chinese text other than the ideographic space (which indents, and spaces nothing
/// out).
fn is_cjk_char(c: char) -> bool {
    is_cjk(c) && c != '\u{3000}'
}

/// Whether a line is letter-spaced: at least four pairs of Chinese chars with one space between
/// them, and at most one pair written together for every four spaced (a line of ordinary text
/// with a few spaced words, `数字政府 2.0 版`, is not).
fn is_letter_spaced(chars: &[char]) -> bool {
    let (mut spaced, mut tight) = (0usize, 0usize);
    for (k, &c) in chars.iter().enumerate() {
        if !is_cjk_char(c) {
            continue;
        }
        match chars.get(k + 1).copied() {
            Some(n) if is_cjk_char(n) => tight += 1,
            Some(' ') if chars.get(k + 2).copied().is_some_and(is_cjk_char) => spaced += 1,
            _ => {}
        }
    }
    spaced >= 4 && tight.saturating_mul(4) <= spaced
}

/// Appends a line (its `chars`) with the recogniser's spaces removed: a single space next to a Chinese char
/// goes, a run of two or three spaces becomes one (a gap between words), and a longer run stays
/// (a gap between a header's fields). Spaces between two Latin letters or digits stay.
fn close_up(chars: &[char], out: &mut String) {
    let mut k = 0;
    while let Some(&c) = chars.get(k) {
        if c != ' ' {
            out.push(c);
            k += 1;
            continue;
        }
        let run = chars[k..].iter().take_while(|&&s| s == ' ').count();
        let before = k.checked_sub(1).and_then(|b| chars.get(b)).copied();
        let after = chars.get(k + run).copied();
        let at_edge = before.is_none() || after.is_none();
        let by_cjk = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        match run {
            _ if at_edge || run >= 4 => out.extend(&chars[k..k + run]),
            1 if by_cjk => {}
            1 => out.push(' '),
            _ => out.push(' '),
        }
        k += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undo(s: &str) -> String {
        undo_spacing(s.to_owned())
    }

    #[test]
    fn ocr_lines_are_closed_up() {
        let page = "山 西 科 技 报    2025 年 10 月 9 日    第 2 版\n\n运 城 经 开 区 优 化 营 商 环 境\n\n本 报 记 者  王 强\n\n今 年 以 来 ， 运 城 经 济 技 术 开 发 区 推 出 “ 拿 地 即 开 工 ” 改 革 ， 新 引 进 项 目 23 个 。";
        assert_eq!(
            undo(page),
            "山西科技报    2025年10月9日    第2版\n\n运城经开区优化营商环境\n\n本报记者 王强\n\n今年以来，运城经济技术开发区推出“拿地即开工”改革，新引进项目23个。"
        );
    }

    #[test]
    fn ordinary_text_is_left_as_it_is() {
        for page in [
            "科学导报讯　“数字政府 2.0 版”上线\n园区 2025 年 新签 项目 46 个",
            "a b c d e f g h i j k l m n o p",
            "太原经开区  1,286.5  12.3\n晋中高新区  856.2  9.8",
            "",
        ] {
            assert_eq!(undo(page), page);
        }
    }

    #[test]
    fn only_the_spaced_lines_of_a_page_change() {
        let page = "运 城 经 开 区 优 化 营 商 环 境\n园区管委会主任赵刚表示，将继续深化改革。 Open API 2.0 版\n中 国 人 民 银 行";
        assert_eq!(
            undo(page),
            "运城经开区优化营商环境\n园区管委会主任赵刚表示，将继续深化改革。 Open API 2.0 版\n中国人民银行"
        );
    }

    #[test]
    fn tabs_become_gaps() {
        assert_eq!(undo("开发区\t营收\t增速"), "开发区  营收  增速");
    }

    #[test]
    fn latin_words_keep_their_spaces() {
        let mut out = String::new();
        let chars: Vec<char> = "华 为 Mate 60 手 机 发 布".chars().collect();
        close_up(&chars, &mut out);
        assert_eq!(out, "华为Mate 60手机发布");
    }
}
