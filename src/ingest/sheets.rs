//! Files that hold several printed pages, one after another, split by form feeds.
//!
//! `pdftotext` writes a form feed (`\f`) at the end of every page of a PDF, so an edition saved
//! as one PDF becomes one text file of many sheets. Read as one page, a sheet's last title ran
//! into the next sheet's kicker (`…座谈会现场 / 晉城經濟技術開發區 / 新能源汽車…`) and each sheet's
//! header was read in the middle of an article. Each sheet is now read as a page of its own —
//! its header, masthead, footer and closing titles by the page rules — by the layout all the
//! file's lines show (a sheet of a few lines shows too little of its paper's indentation and
//! wrap width), and the file's articles are those of its sheets in order, numbered on through
//! the file. The file stays one page of the
//! model (one cache entry, one source): its edition is the first sheet's.
//!
//! The sanitiser removes form feeds with every other control, so sheets are split before it
//! runs ([`clean`]): the text the parser gets keeps a form feed between sheets and nowhere else,
//! and no line it reads holds one.

use memchr::memchr;

use crate::lexicon::article_zones;
use crate::model::Page;

use super::edition;
use super::page::{self, LineInfo, Parsed};

/// What `pdftotext` ends every page with.
pub const BREAK: char = '\u{c}';

/// Whether a text has a sheet break anywhere.
pub fn has_breaks(text: &str) -> bool {
    memchr(BREAK as u8, text.as_bytes()).is_some()
}

/// `text` with `clean_sheet` applied to each sheet, the sheets joined by [`BREAK`]; a text
/// without one is handed over whole, uncopied. The sanitiser would drop the breaks, so each
/// sheet is cleaned on its own; Markdown and letter-spacing are judged per sheet, too.
pub fn clean(text: String, clean_sheet: impl Fn(String) -> String) -> String {
    if !has_breaks(&text) {
        return clean_sheet(text);
    }
    let mut out = String::with_capacity(text.len());
    for (k, sheet) in text.split(BREAK).enumerate() {
        if k > 0 {
            out.push(BREAK);
        }
        out.push_str(&clean_sheet(sheet.to_owned()));
    }
    out
}

/// The sheets of a cleaned text that say anything, each with the number of lines of the file
/// before it (a break inside a line leaves the rest of that line on the same line number).
fn sheets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut lines_before = 0usize;
    text.split(BREAK).filter_map(move |sheet| {
        let before = lines_before;
        lines_before += memchr::memchr_iter(b'\n', sheet.as_bytes()).count();
        (!sheet.trim().is_empty()).then_some((before, sheet))
    })
}

/// The sheet the file's edition is read from: its first that says anything (the whole text
/// when it has no break).
pub fn first(text: &str) -> &str {
    if !has_breaks(text) {
        return text;
    }
    sheets(text).next().map_or("", |(_, s)| s)
}

/// [`page::parse_page`] of a text that may hold several sheets, finished
/// ([`edition::finish`]): each sheet is parsed as a page, and its zone names learned from it
/// alone; their articles follow one another; the edition is the first sheet's. `page_no`
/// (1-based) prefixes the article ids.
pub fn parse_page(text: &str, source: &str, page_no: usize) -> Page {
    if !has_breaks(text) {
        let mut page = page::parse_page(text, source, page_no);
        edition::finish(&mut page, text);
        return page;
    }
    let layout = Some(page::layout_of(sheets(text).map(|(_, s)| s)));
    let mut zones = Vec::new();
    let sheet_pages = sheets(text).map(|(_, sheet)| {
        let page = page::parse_page_in(sheet, source, page_no, layout);
        zones.extend(article_zones::page_zones(&page.articles));
        page
    });
    let mut page = join(sheet_pages, source, page_no);
    edition::finish_with_zones(&mut page, first(text), zones);
    page
}

/// [`page::parse`] of a text that may hold several sheets: every line keeps its line number
/// in the file.
pub fn parse<'a>(text: &'a str, source: &str, page_no: usize) -> Parsed<'a> {
    if !has_breaks(text) {
        return page::parse(text, source, page_no);
    }
    let mut lines: Vec<LineInfo<'a>> = Vec::new();
    let mut pages = Vec::new();
    let layout = Some(page::layout_of(sheets(text).map(|(_, s)| s)));
    for (before, sheet) in sheets(text) {
        let parsed = page::parse_in(sheet, source, page_no, layout);
        lines.extend(parsed.lines.into_iter().map(|l| LineInfo {
            no: l.no + before,
            ..l
        }));
        pages.push(parsed.page);
    }
    Parsed {
        page: join(pages.into_iter(), source, page_no),
        lines,
    }
}

/// One page of the sheets' pages: their articles in order, renumbered through the file, and
/// the first year a sheet states.
fn join(sheets: impl Iterator<Item = Page>, source: &str, page_no: usize) -> Page {
    let mut page = Page {
        source: source.to_owned(),
        year: None,
        paper: None,
        date: None,
        page_no: None,
        section: None,
        articles: Vec::new(),
    };
    for sheet in sheets {
        page.year = page.year.or(sheet.year);
        page.articles.extend(sheet.articles);
    }
    super::edition::number_alone(&mut page.articles, page_no);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "2025年12月24日 星期三 第1版\n\n太原经开区项目开工\n\n\u{3000}\u{3000}12月22日，太原经开区举行项目集中开工活动，共开工项目12个，总投资56亿元。\n\n会议现场\n";
    const TWO: &str = "2025年12月24日 星期三 第2版\n\n晋城经开区\n新能源汽车零部件项目签约落地\n\n\u{3000}\u{3000}12月20日，晋城经开区与某公司签约，项目总投资10亿元，建成后年产值20亿元。\n";

    fn titles(p: &Page) -> Vec<String> {
        p.articles.iter().map(|a| a.title.join(" / ")).collect()
    }

    #[test]
    fn a_sheet_is_read_as_a_page_and_articles_do_not_cross_it() {
        let text = format!("{ONE}{BREAK}{TWO}{BREAK}");
        let both = parse_page(&text, "x.txt", 1);
        let one = page::parse_page(ONE, "x.txt", 1);
        let two = page::parse_page(TWO, "x.txt", 1);
        let mut want = titles(&one);
        want.extend(titles(&two));
        assert_eq!(titles(&both), want);
        assert!(titles(&both)
            .iter()
            .any(|t| t.starts_with("晋城经开区 / 新能源")));
        let ids: Vec<&str> = both.articles.iter().map(|a| a.id.as_str()).collect();
        let expected: Vec<String> = (1..=ids.len()).map(|k| format!("1-{k}")).collect();
        assert_eq!(ids, expected);
        // The second sheet's header is furniture, not a line of an article.
        assert!(both.articles.iter().all(|a| !a
            .title
            .iter()
            .chain(&a.paragraphs)
            .any(|t| t.contains("第2版"))));
    }

    #[test]
    fn a_text_without_breaks_parses_as_before() {
        let text = format!("{ONE}{TWO}");
        let plain = page::parse_page(&text, "x.txt", 3);
        let sheets = parse_page(&text, "x.txt", 3);
        assert_eq!(titles(&plain), titles(&sheets));
        // A trailing break (pdftotext ends every page with one) makes no empty sheet.
        let trailing = parse_page(&format!("{ONE}{BREAK}"), "x.txt", 3);
        assert_eq!(
            titles(&trailing),
            titles(&page::parse_page(ONE, "x.txt", 3))
        );
    }

    #[test]
    fn explained_lines_keep_their_numbers_in_the_file() {
        let text = format!("{ONE}{BREAK}{TWO}");
        let parsed = parse(&text, "x.txt", 1);
        let file_lines: Vec<&str> = text.split('\n').collect();
        for l in &parsed.lines {
            let line = file_lines.get(l.no - 1).copied().unwrap_or_default();
            assert!(line.contains(l.text), "{l:?} is not on line {}", l.no);
        }
        let header_two = parsed.lines.iter().find(|l| l.text.contains("第2版"));
        assert_eq!(header_two.map(|l| l.no), Some(ONE.lines().count() + 1));
        assert!(parsed.lines.iter().all(|l| !l.text.contains(BREAK)));
    }

    #[test]
    fn many_tiny_sheets_each_keep_their_text() {
        let text = format!("字{BREAK}").repeat(10_000);
        let page = parse_page(&text, "x.txt", 1);
        assert_eq!(page.articles.len(), 10_000);
        assert!(page.articles.iter().all(|a| a.title == ["字"]));
        let blank = format!("{BREAK}").repeat(10_000);
        assert!(parse_page(&blank, "x.txt", 1).articles.is_empty());
    }

    #[test]
    fn cleaning_keeps_the_breaks_and_only_them() {
        let text = format!("a\u{1b}[31mb\u{7}{BREAK}c{BREAK}");
        let cleaned = clean(text, |s| crate::text::sanitize::sanitize(&s));
        assert_eq!(cleaned, format!("ab{BREAK}c{BREAK}"));
        assert_eq!(first(&cleaned), "ab");
        assert_eq!(first(&format!("{BREAK} \n{BREAK}x")), "x");
        assert_eq!(first("plain"), "plain");
    }
}
