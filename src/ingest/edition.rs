//! Editions: which paper, date, page (版次) and section (版面) a page is, the articles' dates, and
//! stable article ids.
//!
//! A page says what it is in its header or footer (`山西经济日报　2026年1月8日　星期四　第 3 版　园区
//! 经济`); an archive says it in its layout (`2025/12/24/03.txt`, `科学导报_20251224_03.txt`). The
//! header wins field by field, the path fills the gaps. Ids are built from the edition when date and
//! page are known (`2025-12-24/03/2`), else from the file's path under the folder it was found in
//! (`pages/x.txt#2`), so that adding or removing other files never renumbers an article.

pub mod range;
mod unreadable;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::facts::dates;
use crate::lexicon::article_zones;
use crate::model::{Article, Corpus, Page};
use crate::text::fold::fold;

/// What is known of a page's edition; every field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edition {
    pub paper: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub page_no: Option<u32>,
    pub section: Option<String>,
}

impl Edition {
    /// [`Edition::or`] with the other edition read only when it can fill a gap: a path gives a
    /// paper, a date and a page, never a section, so a header stating all three needs none
    /// (reading the path's date costs a regex search per page).
    pub fn or_else(self, other: impl FnOnce() -> Edition) -> Edition {
        if self.paper.is_some() && self.date.is_some() && self.page_no.is_some() {
            self
        } else {
            self.or(other())
        }
    }

    /// Field by field: ours when known, else `other`'s.
    pub fn or(self, other: Edition) -> Edition {
        Edition {
            paper: self.paper.or(other.paper),
            date: self.date.or(other.date),
            page_no: self.page_no.or(other.page_no),
            section: self.section.or(other.section),
        }
    }
}

/// Header lines sit among the first few lines of a page, footers among the last few.
const HEAD_LINES: usize = 5;
const TAIL_LINES: usize = 4;
/// A header line is short.
const HEADER_MAX_CHARS: usize = 60;
/// A paper's or section's name is short.
const NAME_MAX_CHARS: usize = 12;

/// The edition a page's header or footer states: the first header line found among the page's
/// first and last lines, completed by the others (a paper's name above, a date line below).
pub fn from_header(text: &str) -> Edition {
    header_candidates(text)
        .into_iter()
        .filter_map(parse_header_line)
        .fold(Edition::default(), Edition::or)
}

/// The page's first [`HEAD_LINES`] and last [`TAIL_LINES`] non-empty lines (trimmed), each once,
/// in page order: only those are read, from both ends, never the whole page.
fn header_candidates(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text
        .lines()
        .filter_map(trimmed_non_empty)
        .take(HEAD_LINES + TAIL_LINES + 1)
        .collect();
    if lines.len() <= HEAD_LINES + TAIL_LINES {
        // The whole page: the tail is what follows the head.
        return lines;
    }
    lines.truncate(HEAD_LINES);
    let mut tail: Vec<&str> = text
        .lines()
        .rev()
        .filter_map(trimmed_non_empty)
        .take(TAIL_LINES)
        .collect();
    tail.reverse();
    lines.extend(tail);
    lines
}

/// A line without its padding, unless nothing is left.
fn trimmed_non_empty(line: &str) -> Option<&str> {
    Some(line.trim_matches(is_pad)).filter(|l| !l.is_empty())
}

/// Whitespace that pads header fields: ASCII space, tab, ideographic space, NBSP.
fn is_pad(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// Marks that separate header fields besides spaces.
fn is_sep(c: char) -> bool {
    is_pad(c)
        || matches!(
            c,
            '|' | '｜'
                | '·'
                | '・'
                | '/'
                | '／'
                | '：'
                | ':'
                | '—'
                | '-'
                | '－'
                | '（'
                | '）'
                | '('
                | ')'
                | '【'
                | '】'
                | '['
                | ']'
                | '〔'
                | '〕'
        )
}

/// Punctuation of sentences, which a header line never holds.
const SENTENCE_MARKS: [char; 8] = ['，', '。', '；', '！', '？', '、', '“', '”'];

/// One header or footer line: a full date and, around it, the paper's name, a weekday, the page
/// number and the section. `None` for a line that is no header (a sentence, a title that holds a
/// date, a line without a full date).
pub fn parse_header_line(line: &str) -> Option<Edition> {
    // A header is short: a long line (most of the page's first and last lines asked are
    // paragraphs) is turned down on its length, before its chars are read for a year.
    if super::shape::more_chars_than(line.trim_matches(is_pad), HEADER_MAX_CHARS) {
        return None;
    }
    // A header states a full date, which writes its year in digits (ASCII or full-width, which
    // fold to ASCII) or in words before 年: a line with neither (most titles and paragraphs
    // asked) is turned down before its chars are decoded, folded and scanned for dates. A test
    // checks that the full reading finds no header in such lines.
    if !line.contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '年') {
        return None;
    }
    read_header_line(line)
}

/// [`parse_header_line`] of a line that may write a year.
fn read_header_line(line: &str) -> Option<Edition> {
    let trimmed = line.trim_matches(is_pad);
    // Most lines asked are a page's first and last paragraphs: a long line, or a sentence, is
    // turned down before its chars are decoded and folded (folding neither makes nor removes
    // this punctuation, a test checks).
    if trimmed.is_empty()
        || super::shape::more_chars_than(trimmed, HEADER_MAX_CHARS)
        || trimmed.contains(SENTENCE_MARKS)
    {
        return None;
    }
    // The line is decoded once, into room for every byte (a header is short): its fold is made
    // from those chars, and only when folding changes one.
    let mut orig: Vec<char> = Vec::with_capacity(trimmed.len());
    orig.extend(trimmed.chars());
    let folded_chars = crate::text::fold::fold_decoded(trimmed, &orig);
    let folded: &[char] = folded_chars.as_deref().unwrap_or(&orig);
    // Names are taken from the line as printed when folding kept the char count.
    let text: &[char] = if folded.len() == orig.len() {
        &orig
    } else {
        folded
    };
    if folded.iter().any(|c| SENTENCE_MARKS.contains(c)) {
        return None;
    }
    let readable = dates::scan(folded, None)
        .into_iter()
        .find_map(|h| Some(((h.start, h.end), full_date(&h.value)?)).filter(|_| h.names_a_day()));
    // A date that names no day (`2025年13月3日`) still places the header; its date is unknown.
    let (hit, date) = match readable {
        Some((span, date)) => (span, Some(date)),
        None => (unreadable::written_date(folded)?, None),
    };
    let mut used = vec![false; folded.len()];
    mark(&mut used, hit.0, hit.1);
    let weekday = mark_weekday(folded, &mut used);
    let mut page_no = mark_page(folded, &mut used);
    // A header's date stands apart from the words around it; `将在2011年5月3日正式上市` is a
    // sentence.
    let apart = |i: Option<usize>| {
        i.and_then(|i| folded.get(i))
            .is_none_or(|&c| is_sep(c) || !is_han_or_alnum(c))
            || i.is_some_and(|i| {
                used.get(i).copied().unwrap_or(false) && !(hit.0..hit.1).contains(&i)
            })
    };
    if !apart(hit.0.checked_sub(1)) || !apart(Some(hit.1)) {
        return None;
    }
    let tokens = drop_furniture(tokens(text, &used));
    let (before, after): (Vec<_>, Vec<_>) = tokens.into_iter().partition(|t| t.0 < hit.0);
    let mut after: Vec<String> = after.into_iter().map(|t| t.1).collect();
    if page_no.is_none() {
        // `2024年12月6日 星期五 3 园区经济`: a bare number after the date is the page.
        // So is `A05`, the page of a paper printed in lettered sections (叠).
        if let Some((k, n)) = after
            .iter()
            .enumerate()
            .find_map(|(k, t)| page_digits(t).map(|n| (k, n)))
        {
            after.remove(k);
            page_no = Some(n);
        }
    }
    let before: Vec<String> = before.into_iter().map(|t| t.1).collect();
    // Anything left must be names: a header has no words besides paper and section.
    if before.len() + after.len() > 3
        || before.iter().chain(&after).any(|t| !is_name(t))
        || !(weekday || page_no.is_some() || !before.is_empty() || after.is_empty())
    {
        return None;
    }
    // The paper is the name that reads like one (`…报`), else what stands first before the date
    // with more names to follow; the section is the first other name.
    let mut names: Vec<(bool, String)> = before
        .into_iter()
        .map(|t| (true, t))
        .chain(after.into_iter().map(|t| (false, t)))
        .collect();
    let paper_at = names
        .iter()
        .position(|(_, t)| is_paper_name(t))
        .or_else(|| (names.len() >= 2 && names[0].0).then_some(0));
    let paper = paper_at.map(|k| names.remove(k).1);
    // Without a readable date, only a paper or a page makes the line a header.
    if date.is_none() && paper.is_none() && page_no.is_none() {
        return None;
    }
    Some(Edition {
        paper,
        date,
        page_no,
        section: names.into_iter().next().map(|(_, t)| t),
    })
}

fn is_han_or_alnum(c: char) -> bool {
    crate::lexicon::names::is_han(c) || c.is_alphanumeric()
}

/// `YYYY-MM-DD` of a date value, or of the first day of a range (`A/B`); `None` when partial.
fn full_date(value: &str) -> Option<String> {
    let v = value.split('/').next()?;
    (v.len() == 10 && !v.starts_with('-')).then(|| v.to_owned())
}

fn mark(used: &mut [bool], start: usize, end: usize) {
    for u in used.iter_mut().take(end).skip(start) {
        *u = true;
    }
}

/// Marks `星期五`, `礼拜五`, `周五`; says whether there was one.
fn mark_weekday(f: &[char], used: &mut [bool]) -> bool {
    let mut found = false;
    for i in 0..f.len() {
        for w in [&['星', '期'][..], &['礼', '拜'], &['周']] {
            let end = i + w.len();
            if f.get(i..end) == Some(w)
                && f.get(end).is_some_and(|c| "一二三四五六日天".contains(*c))
            {
                mark(used, i, end + 1);
                found = true;
            }
        }
    }
    found
}

/// Marks a page number (`第 3 版`, `第三版`, `A3版`, `3 版`, `版次：3`) and returns it.
fn mark_page(f: &[char], used: &mut [bool]) -> Option<u32> {
    for (i, &c) in f.iter().enumerate() {
        if c != '版' || used[i] {
            continue;
        }
        if matches!(f.get(i + 1), Some('权' | '本' | '图' | '块' | '面' | '式')) {
            continue;
        }
        if f.get(i + 1) == Some(&'次') {
            // `版次：3`
            let mut j = i + 2;
            while j < f.len() && (is_sep(f[j])) {
                j += 1;
            }
            let k = (j..f.len())
                .find(|&k| !f[k].is_ascii_digit())
                .unwrap_or(f.len());
            let n = f[j..k].iter().collect::<String>().parse().ok();
            if n.is_some() {
                mark(used, i, k);
                return n;
            }
            continue;
        }
        let mut j = i;
        while j > 0 && is_pad(f[j - 1]) {
            j -= 1;
        }
        let end_num = j;
        while j > 0 && (f[j - 1].is_ascii_digit() || is_cn_digit(f[j - 1])) {
            j -= 1;
        }
        if j == end_num {
            continue;
        }
        let digits: String = f[j..end_num].iter().collect();
        let n = digits.parse().ok().or_else(|| cn_number(&digits));
        let mut start = j;
        while start > 0 && is_pad(f[start - 1]) {
            start -= 1;
        }
        if start > 0 && (f[start - 1] == '第' || f[start - 1].is_ascii_uppercase()) {
            start -= 1;
        } else {
            start = j;
        }
        if n.is_some() {
            mark(used, start, i + 1);
            return n;
        }
    }
    None
}

fn is_cn_digit(c: char) -> bool {
    "一二三四五六七八九十〇零".contains(c)
}

/// `三` → 3, `十二` → 12, `二十四` → 24: page numbers in Chinese numerals.
fn cn_number(s: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c);
    let chars: Vec<char> = s
        .chars()
        .map(|c| if c == '零' { '〇' } else { c })
        .collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d).map(|n| n as u32),
        ['十', d] => digit(*d).map(|n| 10 + n as u32),
        [t, '十'] => digit(*t).map(|n| 10 * n as u32),
        [t, '十', d] => Some(10 * digit(*t)? as u32 + digit(*d)? as u32),
        _ => None,
    }
}

/// Unmarked runs between separators: (char offset, text).
fn tokens(text: &[char], used: &[bool]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    for (i, &c) in text.iter().enumerate() {
        if used.get(i).copied().unwrap_or(true) || is_sep(c) {
            if !cur.is_empty() {
                out.push((start, std::mem::take(&mut cur)));
            }
            continue;
        }
        if cur.is_empty() {
            start = i;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    out
}

/// Words of a header that are neither paper nor section: the editor's credit (`责任编辑：张三`,
/// dropped with the name after it) and the lunar date (`农历乙巳年十一月初五`).
fn drop_furniture(tokens: Vec<(usize, String)>) -> Vec<(usize, String)> {
    const CREDITS: &[&str] = &[
        "责任编辑",
        "责编",
        "编辑",
        "校对",
        "美编",
        "主编",
        "版式",
        "审读",
    ];
    let mut out = Vec::new();
    let mut skip_next = false;
    for (at, t) in tokens {
        let f = fold(&t);
        if std::mem::take(&mut skip_next) {
            continue;
        }
        if CREDITS.contains(&f.as_str()) {
            skip_next = true;
            continue;
        }
        if f.starts_with("农历") || f.starts_with("夏历") {
            continue;
        }
        out.push((at, t));
    }
    out
}

/// The page number a bare token after the date gives: one to three digits, after at most one
/// section letter (`3`, `05`, `A05`).
fn page_digits(t: &str) -> Option<u32> {
    let digits = t
        .strip_prefix(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(t);
    ((1..=3).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// A paper's or section's name: short, Han characters (and a few Latin letters: `A 叠`).
fn is_name(t: &str) -> bool {
    let n = t.chars().count();
    (1..=NAME_MAX_CHARS).contains(&n)
        && t.chars().any(crate::lexicon::names::is_han)
        && t.chars()
            .all(|c| crate::lexicon::names::is_han(c) || c.is_ascii_alphanumeric())
}

/// Papers are called `…报` (科学导报, 山西经济日报) or `…刊`.
fn is_paper_name(t: &str) -> bool {
    let f = fold(t);
    is_name(t) && (f.ends_with('报') || f.ends_with('刊') || f.ends_with("报社"))
}

/// A date in a path: `2025/12/24`, `2025-12-24`, `20251224`, then an optional page number in
/// the rest of the name (`/03.txt`, `_03.txt`, `-03.txt`).
static PATH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d)[-_/.]?(\d\d)[-_/.]?(\d\d)(?:[^0-9]|$)")
        .expect("static regex")
});
static PATH_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[-_/. ]*(?:第|[A-Za-z])?\s*0*(\d{1,3})\s*版?$").expect("static regex")
});

/// The edition an archive's path gives: `2025/12/24/03.txt`, `2025-12-24/03.txt`,
/// `科学导报_20251224_03.txt`, `20251224-03.txt`, `科学导报/2025-12-24/03.txt`.
pub fn from_path(path: &str) -> Edition {
    let p = path.replace('\\', "/");
    let stem = match p.rsplit_once('.') {
        Some((s, ext)) if !ext.contains('/') => s.to_owned(),
        _ => p.clone(),
    };
    // The last valid date in the path: the one closest to the file.
    let Some(m) = PATH_DATE
        .captures_iter(&stem)
        .filter_map(|c| {
            let (y, mo, d) = (c.get(1)?, c.get(2)?, c.get(3)?);
            let (yi, mi, di): (i32, u32, u32) = (
                y.as_str().parse().ok()?,
                mo.as_str().parse().ok()?,
                d.as_str().parse().ok()?,
            );
            valid_date(yi, mi, di).then(|| (format!("{yi:04}-{mi:02}-{di:02}"), y.start(), d.end()))
        })
        .last()
    else {
        return Edition::default();
    };
    let (date, start, end) = m;
    let page_no = PATH_PAGE
        .captures(&stem[end..])
        .and_then(|c| c.get(1)?.as_str().parse().ok())
        .filter(|&n: &u32| n > 0);
    let paper = stem[..start]
        .split('/')
        .rev()
        .map(|s| s.trim_matches(|c| matches!(c, '_' | '-' | ' ' | '.')))
        .find(|s| !s.is_empty())
        .filter(|s| is_paper_name(s))
        .map(str::to_owned);
    Edition {
        paper,
        date: Some(date),
        page_no,
        section: None,
    }
}

/// Whether y-m-d is a calendar date.
fn valid_date(y: i32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// How far into the first paragraph its first clause may reach for a news date.
const FIRST_CLAUSE_MAX: usize = 40;

/// The news date an article gives where news gives it: in its dateline (`新华社太原12月3日电`) or
/// in the first clause of its first paragraph (`12 月 22 日，…`). A date further in the body is
/// what the news is about, not when it happened, and is never taken.
pub fn news_date(a: &Article, year: Option<i32>) -> Option<String> {
    let from = |text: &str, limit: usize| {
        let f: Vec<char> = fold(text).chars().take(limit).collect();
        let end = f
            .iter()
            .position(|c| matches!(c, '，' | '。' | ',' | '；' | '！' | '？'))
            .unwrap_or(f.len());
        dates::scan(&f[..end], year)
            .into_iter()
            .filter(dates::DateHit::names_a_day)
            .find_map(|h| full_date(&h.value))
    };
    a.dateline
        .as_deref()
        .and_then(|d| from(d, usize::MAX))
        .or_else(|| from(a.paragraphs.first()?, FIRST_CLAUSE_MAX))
}

/// Completes a parsed page: its source name made safe to print; its edition from the header (`text` is the page as parsed), else
/// from its path; its year from the edition date when the text gave none; each article's date
/// and zones.
pub fn finish(page: &mut Page, text: &str) {
    // The source is shown and printed everywhere (list, facts, exports, the reader): a file name
    // must not carry escape sequences to the terminal any more than a page can.
    page.source = crate::text::sanitize::sanitize(&page.source);
    let ed = from_header(text).or_else(|| from_path(&page.source));
    if page.year.is_none() {
        page.year = ed.date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
    }
    page.paper = ed.paper;
    page.date = ed.date;
    page.page_no = ed.page_no;
    page.section = ed.section;
    let zones = article_zones::page_zones(&page.articles);
    for (a, z) in page.articles.iter_mut().zip(zones) {
        a.date = page.date.clone().or_else(|| news_date(a, page.year));
        a.zone = z.central.then(|| z.zones.first().cloned()).flatten();
        a.zones = z.zones;
    }
}

/// The name a file is known by in ids: its path under the folder (a PATH argument) it was found
/// in, else the path as given, without a leading `./`.
pub fn relative_name(source: &str, roots: &[impl AsRef<Path>]) -> String {
    relative_name_in(source, &folders(roots))
}

/// The `roots` that are folders, to name many files with [`relative_name_in`]: asking the file
/// system once, not once a file (a stat a page was a fifth of a warm open's id pass).
pub fn folders(roots: &[impl AsRef<Path>]) -> Vec<PathBuf> {
    roots
        .iter()
        .map(AsRef::as_ref)
        .filter(|r| r.is_dir())
        .map(Path::to_path_buf)
        .collect()
}

/// [`relative_name`] with its roots' folders already found ([`folders`]).
pub fn relative_name_in(source: &str, folders: &[PathBuf]) -> String {
    let p = Path::new(source);
    let rel = folders
        .iter()
        .filter_map(|r| p.strip_prefix(r).ok())
        .find(|rel| !rel.as_os_str().is_empty())
        .unwrap_or(p);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.trim_start_matches("./").to_owned()
}

/// Gives every article its stable id: `YYYY-MM-DD/NN/k` when its page's date and number are
/// known (prefixed `paper/` when pages of several papers share them), else `name#k` with the
/// page's [`relative_name`]. Pages that would still collide (the same edition twice) fall back
/// to names too. Nothing depends on the order or the set of other files.
pub fn assign_ids(corpus: &mut Corpus, roots: &[impl AsRef<Path>]) {
    let keys: Vec<PageKey<'_>> = corpus.pages.iter().map(PageKey::of).collect();
    let bases = id_bases(&keys, roots);
    for (page, base) in corpus.pages.iter_mut().zip(bases) {
        number(&mut page.articles, &base);
    }
}

/// What a page's ids depend on: its source and its edition. A reader that loads pages in the
/// background keeps these (not the pages) to give ids as pages arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageKey<'a> {
    pub source: &'a str,
    pub paper: Option<&'a str>,
    pub date: Option<&'a str>,
    pub page_no: Option<u32>,
}

impl<'a> PageKey<'a> {
    pub fn of(page: &'a Page) -> PageKey<'a> {
        PageKey {
            source: &page.source,
            paper: page.paper.as_deref(),
            date: page.date.as_deref(),
            page_no: page.page_no,
        }
    }
}

/// Each page's id base as [`assign_ids`] gives it (`2025-12-24/03/`, `misc/notes.txt#`): article
/// `k` of the page is [`article_id`]`(base, k)`. A page's base depends only on the pages that
/// share its date and page number or its name, so as pages arrive it changes only when a page of
/// another paper with the same edition, or a file of the same name, does.
pub fn id_bases(pages: &[PageKey<'_>], roots: &[impl AsRef<Path>]) -> Vec<String> {
    let mut editions: BTreeMap<(&str, u32), Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        if let (Some(d), Some(n)) = (p.date, p.page_no) {
            editions.entry((d, n)).or_default().push(i);
        }
    }
    let mut prefix: Vec<Option<String>> = vec![None; pages.len()];
    for ((date, n), group) in &editions {
        let papers: Vec<Option<&str>> = group.iter().map(|&i| pages[i].paper).collect();
        let several = papers.iter().any(|p| *p != papers[0]);
        for (k, &i) in group.iter().enumerate() {
            let twin = papers
                .iter()
                .enumerate()
                .any(|(j, p)| j != k && *p == papers[k]);
            prefix[i] = match (twin, several, papers[k]) {
                (true, _, _) | (false, true, None) => None,
                (false, true, Some(paper)) => Some(format!("{paper}/{date}/{n:02}/")),
                (false, false, _) => Some(format!("{date}/{n:02}/")),
            };
        }
    }
    name_bases(pages, prefix, roots)
}

/// The id of article `k` (from 0) of a page with id base `base` (see [`id_bases`]). Made in
/// one allocation of its size: every article of a parsed page gets one, and `format!` cost
/// more than the rest of numbering.
pub fn article_id(base: &str, k: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let number = digits.format(k.saturating_add(1));
    let mut id = String::with_capacity(base.len() + number.len());
    id.push_str(base);
    id.push_str(number);
    id
}

/// Whether `id` is [`article_id`]`(base, k)`, found without making that id.
fn is_article_id(id: &str, base: &str, k: usize) -> bool {
    id.strip_prefix(base)
        .and_then(|n| {
            n.parse::<usize>()
                .ok()
                .filter(|_| !n.starts_with(['0', '+']))
        })
        .is_some_and(|n| Some(n) == k.checked_add(1))
}

/// Provisional ids of a page parsed on its own, before any corpus is known:
/// `{page_no}-{k}`. [`assign_ids`] replaces them when the page joins a corpus.
pub fn number_alone(articles: &mut [Article], page_no: usize) {
    number(articles, &format!("{page_no}-"));
}

/// Numbers articles from 1 in page order after `base`. An article that has its id already
/// keeps it: pages listed from the archive's summary or read from the cache mostly do, and
/// making every id again was half of a warm open's id pass.
pub fn number(articles: &mut [Article], base: &str) {
    for (k, a) in articles.iter_mut().enumerate() {
        if !is_article_id(&a.id, base, k) {
            a.id = article_id(base, k);
        }
    }
}

/// Each page's id base: its edition prefix, else `name#` with its [`relative_name`] — or with
/// its path as given when that name is another file's too (`x.txt` under two folders given
/// together), so that two articles never share an id.
fn name_bases(
    pages: &[PageKey<'_>],
    prefix: Vec<Option<String>>,
    roots: &[impl AsRef<Path>],
) -> Vec<String> {
    let folders = folders(roots);
    let names: Vec<Option<String>> = pages
        .iter()
        .zip(&prefix)
        .map(|(p, pre)| pre.is_none().then(|| relative_name_in(p.source, &folders)))
        .collect();
    let mut sources: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, page) in names.iter().zip(pages) {
        if let Some(name) = name {
            sources.entry(name).or_default().insert(page.source);
        }
    }
    let clash = |name: &str| sources.get(name).is_some_and(|s| s.len() > 1);
    prefix
        .iter()
        .zip(&names)
        .zip(pages)
        .map(|((pre, name), page)| match (pre, name) {
            (Some(pre), _) => pre.clone(),
            (None, Some(name)) if clash(name) => {
                let path = page.source.replace('\\', "/");
                format!("{}#", path.trim_start_matches("./"))
            }
            (None, name) => format!("{}#", name.as_deref().unwrap_or_default()),
        })
        .collect()
}

#[cfg(test)]
mod tests;
