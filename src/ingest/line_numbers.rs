//! Line numbers in a page's margin: an OCR'd or a PDF copy made for proofing numbers its lines
//! (`01  西安高新区硬科技产业园`, `03  　　12月22日，…`). Read as printed, each number opened its
//! line's text: titles began `01  `, paragraphs kept `05  ` in the middle of their sentences, and
//! a numbered body line read as a title, parting an article in two. The numbers say nothing of
//! the story; taken off, the page reads as any page.
//!
//! Only a page whose lines are numbered nearly all, in order, loses them: a table's first column
//! of ranks or years (`1  太原经开区  1,286.5`) numbers few of a page's lines, and its rows hold
//! no sentences. A page with no numbered first line is left as it is, uncopied.

/// The most digits a margin number has.
const NUMBER_MAX_DIGITS: usize = 4;

/// The first lines a page is turned down on, and how many of them a numbered page numbers.
const OPENING_LINES: usize = 12;
const OPENING_NUMBERED: usize = 3;

/// The fewest numbered lines a page's margin numbering is read from.
const MIN_NUMBERED: usize = 5;

/// Lines numbered, in percent of the page's non-blank lines, at least.
const NUMBERED_SHARE_PERCENT: usize = 70;

/// Consecutive numbered lines whose numbers go up by one, in percent, at least.
const IN_ORDER_PERCENT: usize = 70;

/// The fewest numbered lines with a sentence's punctuation: a margin numbers paragraphs, a
/// table's rank column numbers none.
const MIN_SENTENCES: usize = 2;

/// The page without its margin line numbers, when its lines carry them (see the module docs).
pub(super) fn strip(text: String) -> String {
    // Nearly every page numbers none of its first lines: turned down on them before the whole
    // page is read.
    let opening = text.split('\n').take(OPENING_LINES);
    if opening.filter(|l| margin_number(l).is_some()).count() < OPENING_NUMBERED {
        return text;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let numbered: Vec<Option<(u32, usize)>> = lines.iter().map(|l| margin_number(l)).collect();
    if !is_numbered_page(&lines, &numbered) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (k, (line, number)) in lines.iter().zip(&numbered).enumerate() {
        if k > 0 {
            out.push('\n');
        }
        match number {
            Some((_, rest)) => out.push_str(&line[*rest..]),
            None => out.push_str(line),
        }
    }
    out
}

/// Whether the numbered lines (`numbered`, one entry a line of `lines`) are a margin's
/// numbering: most lines numbered, in order, some of them sentences.
fn is_numbered_page(lines: &[&str], numbered: &[Option<(u32, usize)>]) -> bool {
    let count = numbered.iter().flatten().count();
    if count < MIN_NUMBERED {
        return false;
    }
    let non_blank = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let numbers: Vec<u32> = numbered.iter().flatten().map(|&(n, _)| n).collect();
    let steps = numbers.windows(2).filter(|w| w[1] == w[0] + 1).count();
    let sentences = lines
        .iter()
        .zip(numbered)
        .filter(|(line, n)| n.is_some() && line.contains(['，', '。']))
        .count();
    count * 100 >= non_blank * NUMBERED_SHARE_PERCENT
        && steps * 100 >= (count - 1) * IN_ORDER_PERCENT
        && sentences >= MIN_SENTENCES
}

/// A line's margin number and the byte offset its text starts at: one to four ASCII digits at
/// the line's very start, then at least one ASCII space or tab (`01  `, `12\t`; a blank line
/// numbered is `02  ` alone). A figure opening a sentence (`2025年…`, `3.5亿元`) has no space
/// after it.
fn margin_number(line: &str) -> Option<(u32, usize)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=NUMBER_MAX_DIGITS).contains(&digits) {
        return None;
    }
    let gap = line[digits..]
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    // A blank line numbered (`02  `) is numbered too; a bare figure on its line is not.
    if gap == 0 {
        return None;
    }
    let n = line[..digits].parse().ok()?;
    Some((n, digits + gap))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "陕西日报 2025年12月23日 第4版 区域经济\n\
        01  西安高新区硬科技产业园\n\
        02  本报记者 王嘉\n\
        03  \u{3000}\u{3000}12月22日，西安高新区举行项目集中开工活动，\n\
        04  共有26个项目开工，总投资达318亿元。\n\
        05  \u{3000}\u{3000}西安高新区党工委书记王冬说，高新区将持续优化营商环境，\n\
        06  推动产业集群发展。";

    #[test]
    fn a_margins_numbers_go() {
        let out = strip(PAGE.to_owned());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[1], "西安高新区硬科技产业园");
        assert_eq!(
            lines[3],
            "\u{3000}\u{3000}12月22日，西安高新区举行项目集中开工活动，"
        );
        assert_eq!(lines[6], "推动产业集群发展。");
        assert_eq!(lines[0], "陕西日报 2025年12月23日 第4版 区域经济");
    }

    /// A table's rank column, a page of few numbered lines, and numbers out of order stay.
    #[test]
    fn tables_and_figures_keep_their_numbers() {
        let table = "2025年开发区排名\n1  太原经开区  1286.5\n2  晋中经开区  512.3\n\
            3  大同经开区  402.1\n4  长治高新区  388.0\n5  运城经开区  301.7";
        assert_eq!(strip(table.to_owned()), table);
        let scattered = PAGE.replace("04  ", "14  ").replace("02  ", "31  ");
        assert_eq!(strip(scattered.clone()), scattered);
        let text = "2025年，园区签约。\n3 个项目开工。\n\u{3000}\u{3000}正文。";
        assert_eq!(strip(text.to_owned()), text);
    }
}
