//! Reading a page's header or footer line: paper, date, weekday, page number (版次) and section
//! (版面), in whatever order and spacing the paper prints them.

use crate::facts::dates;
use crate::ingest::credit::is_outlet;
use crate::ingest::fields::{field_of, EditionField, Field};
use crate::ingest::shape::more_spaced_chars_than;
use crate::ingest::web_chrome;
use crate::text::fold::fold;

use super::english_name::{is_english_name, without_english_name};
use super::{unreadable, Edition};

/// Header lines sit among the first few lines of a page, footers among the last few.
pub(super) const HEAD_LINES: usize = 5;
pub(super) const TAIL_LINES: usize = 4;
/// A header line is short (a run of spaces between its fields counts as one char).
const HEADER_MAX_CHARS: usize = 60;
/// A paper's or section's name is short.
const NAME_MAX_CHARS: usize = 12;

/// The edition a page's header or footer states: the first header line found among the page's
/// first and last lines, completed by the others (a paper's name above, a date line below).
pub fn from_header(text: &str) -> Edition {
    let candidates = header_candidates(text);
    let mut ed = candidates
        .iter()
        .copied()
        .filter_map(parse_header_line)
        .fold(Edition::default(), Edition::or);
    if ed.paper.is_none() || ed.date.is_none() || ed.page_no.is_none() || ed.section.is_none() {
        ed = ed.or(labelled_fields(text));
    }
    if ed.paper.is_none() {
        ed.paper = masthead_beside_header(&candidates).map(str::to_owned);
    }
    if ed.page_no.is_none() {
        let head = &candidates[..candidates.len().min(HEAD_LINES)];
        ed = ed.or(super::page_line::beside_header(head));
    }
    ed
}

/// A database export's labelled record opens its text (`【标题】…`, `【作者】…`, `【日期】…`):
/// its edition fields are read among that many first lines.
const FIELD_LINES: usize = 12;

/// The edition a database export's labelled fields state, read among its first lines.
fn labelled_fields(text: &str) -> Edition {
    text.lines()
        .filter_map(trimmed_non_empty)
        .take(FIELD_LINES)
        .filter_map(edition_field)
        .fold(Edition::default(), Edition::or)
}

/// One edition field of a database export, labelled (`【报纸名称】山西日报`, `【日期】2025-12-24`,
/// `【版号】第003版`, `【版名】园区经济`).
fn edition_field(line: &str) -> Option<Edition> {
    let (Field::Edition(field), value) = field_of(line)? else {
        return None;
    };
    let name = || is_name(value).then(|| value.to_owned());
    let mut ed = Edition::default();
    match field {
        EditionField::Paper => ed.paper = name(),
        EditionField::Section => ed.section = name(),
        EditionField::Date => ed.date = read_header_line(value)?.date,
        EditionField::Page => {
            let f: Vec<char> = fold(value).chars().collect();
            let token: String = f.iter().take_while(|c| !is_sep(**c)).collect();
            ed.page_no = page_digits(&token).or_else(|| mark_page(&f, &mut vec![false; f.len()]));
        }
    }
    (ed != Edition::default()).then_some(ed)
}

/// The paper a masthead names: the page's first line, a paper's name alone, right above or
/// below its header line (`经济日报` over `2025年12月24日 星期三 第5版`).
fn masthead_beside_header<'a>(candidates: &[&'a str]) -> Option<&'a str> {
    // `四川日报` over `SICHUAN DAILY` over the header: the name in Latin letters is passed over.
    let candidates = match candidates {
        [first, second, rest @ ..] if is_english_name(second) && !rest.is_empty() => {
            [&[*first][..], rest].concat()
        }
        _ => candidates.to_vec(),
    };
    match candidates.as_slice() {
        [first, second, ..] => masthead_over(first, second)
            .or_else(|| masthead(second).filter(|_| parse_header_line(first).is_some())),
        _ => None,
    }
}

/// The masthead `line` is over the header line `header`: a paper's name over any header, or an
/// outlet's (`澎湃新闻`, `界面新闻`) over an app's or site's date line with its time
/// (`2025-12-21 18:42 来自上海`), as copy taken from an app opens.
pub fn masthead_over<'a>(line: &'a str, header: &str) -> Option<&'a str> {
    let name = without_english_name(line.trim_matches(is_pad));
    let header = parse_header(header)?;
    (is_paper_name(name) || (header.timed && is_outlet_name(name))).then_some(name)
}

/// Whether a line is an outlet's name alone (`澎湃新闻`, `界面新闻`).
fn is_outlet_name(name: &str) -> bool {
    is_outlet(name) && is_name(name)
}

/// Whether `line` is an outlet's name (`澎湃新闻`) over an app's or site's date line with its
/// time (`2025-12-21 18:42 来自上海`): the outlet the copy was taken from, wherever on the page.
pub fn outlet_over(line: &str, header: &str) -> bool {
    is_outlet_name(line.trim_matches(is_pad)) && parse_header(header).is_some_and(|h| h.timed)
}

/// A line that is a paper's name and nothing else (`经济日报`, `兴县报`, `科学导报`): the name.
pub fn masthead(line: &str) -> Option<&str> {
    let name = without_english_name(line.trim_matches(is_pad));
    is_paper_name(name).then_some(name)
}

/// The page's first [`HEAD_LINES`] and last [`TAIL_LINES`] non-empty lines (trimmed), each once,
/// in page order: only those are read, from both ends, never the whole page.
pub(super) fn header_candidates(text: &str) -> Vec<&str> {
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
    lines.extend(tail_lines(text));
    lines
}

/// The page's last lines that may be a footer, in page order: a website's buttons and its list
/// of links closing the page (`分享让更多人看到`, `推荐阅读` and the titles under it) are passed
/// over, so the source line above them (`《 人民日报 》（ 2025年12月24日 01 版）`) is read.
fn tail_lines(text: &str) -> Vec<&str> {
    let mut tail: Vec<&str> = Vec::new();
    // Whether a line read so far ends a sentence: no list of links can hold it.
    let mut prose = false;
    for line in text
        .lines()
        .rev()
        .filter_map(trimmed_non_empty)
        .take(TAIL_LINES + CHROME_LINES)
    {
        if tail.len() >= TAIL_LINES && prose {
            break;
        }
        // A button is a few chars: a longer line is not counted.
        let chars = if line.len() > 64 {
            usize::MAX
        } else {
            line.chars().count()
        };
        if let Some(words) = web_chrome::chrome_words(line, chars) {
            if web_chrome::is_button(&words) {
                continue;
            }
            if web_chrome::is_link_list_label(&words)
                && web_chrome::all_links(tail.iter().rev().copied())
            {
                tail.clear();
                continue;
            }
        }
        prose = prose || !web_chrome::is_link_like(line);
        tail.push(line);
    }
    tail.truncate(TAIL_LINES);
    tail.reverse();
    tail
}

/// Lines past the tail a website's buttons and links may take at the page's end.
const CHROME_LINES: usize = 24;

/// A line without its padding, unless nothing is left.
fn trimmed_non_empty(line: &str) -> Option<&str> {
    Some(line.trim_matches(is_pad)).filter(|l| !l.is_empty())
}

/// Whitespace that pads header fields: ASCII space, tab, ideographic space, NBSP.
pub(super) fn is_pad(c: char) -> bool {
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
                | '《'
                | '》'
        )
}

/// Punctuation of sentences, which a header line never holds.
pub(super) const SENTENCE_MARKS: [char; 8] = ['，', '。', '；', '！', '？', '、', '“', '”'];

/// One header or footer line: a full date and, around it, the paper's name, a weekday, the page
/// number and the section. `None` for a line that is no header (a sentence, a title that holds a
/// date, a line without a full date).
pub fn parse_header_line(line: &str) -> Option<Edition> {
    parse_header(line).map(|h| h.edition)
}

/// A header line read: its edition, and whether a time of day follows its date.
pub struct Header {
    pub edition: Edition,
    /// A time of day stands right after the date (`2025年12月19日 20:15`): a site's or an
    /// app's date line over the story it copied, which names neither weekday nor page.
    pub timed: bool,
}

/// [`parse_header_line`], with what else the line says of itself.
pub fn parse_header(line: &str) -> Option<Header> {
    // A header is short: a long line (most of the page's first and last lines asked are
    // paragraphs) is turned down on its length, before its chars are read for a year.
    if more_spaced_chars_than(line.trim_matches(is_pad), HEADER_MAX_CHARS) {
        return None;
    }
    // A header states a full date, which writes its year in digits (ASCII or full-width, which
    // fold to ASCII) or in words before 年: a line with neither (most titles and paragraphs
    // asked) is turned down before its chars are decoded, folded and scanned for dates. A test
    // checks that the full reading finds no header in such lines.
    if !line.contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '年') {
        return None;
    }
    read_header(line)
}

/// [`parse_header_line`] of a line that may write a year.
pub(super) fn read_header_line(line: &str) -> Option<Edition> {
    read_header(line).map(|h| h.edition)
}

/// [`parse_header`] of a line that may write a year.
fn read_header(line: &str) -> Option<Header> {
    let trimmed = line.trim_matches(is_pad);
    // Most lines asked are a page's first and last paragraphs: a long line, or a sentence, is
    // turned down before its chars are decoded and folded (folding neither makes nor removes
    // this punctuation, a test checks).
    if trimmed.is_empty()
        || more_spaced_chars_than(trimmed, HEADER_MAX_CHARS)
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
    // `中華民國114年12月23日`: the date is read from its era, and `中華` before it is part of it.
    let hit = match hit.0.checked_sub(2).and_then(|k| folded.get(k..hit.0 + 2)) {
        Some(['中', '华', '民', '国']) => (hit.0 - 2, hit.1),
        _ => hit,
    };
    let mut used = vec![false; folded.len()];
    mark(&mut used, hit.0, hit.1);
    let weekday = mark_weekday(folded, &mut used);
    // A time of day right after the date (`2025年12月19日 20:15`) is a site's or an app's
    // date line over the story it copied: a header with no weekday or page.
    let timed = mark_time(folded, &mut used)
        .and_then(|at| folded.get(hit.1..at))
        .is_some_and(|between| between.iter().all(|&c| is_sep(c)));
    let mut page_no = mark_page(folded, &mut used).or_else(|| mark_folio(folded, &mut used));
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
    let (mut tokens, sourced, post) = drop_furniture(join_letter_spaced(tokens(text, &used), text));
    if timed {
        // Where an app's post was sent from (`来自上海`) names no paper, and the label of its
        // time (`发布/2025年12月23日 05:30`) no section.
        tokens.retain(|t| !t.1.starts_with("来自") && !TIME_LABELS.contains(&t.1.as_str()));
    }

    if post {
        // A WeChat post's meta line: dated, and the account that posted it (the name right
        // before the date, after its author's) is its paper; the province it was posted from,
        // after the time, is dropped.
        let edition = Edition {
            paper: tokens.into_iter().rfind(|t| t.0 < hit.0).map(|t| t.1),
            date,
            ..Edition::default()
        };
        return Some(Header { edition, timed });
    }
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
    // A bulletin's issuer set far apart from its date, alone on the line
    // (`常州国家高新区管委会办公室　　　　2026年2月27日`): the page's publisher, its paper,
    // named longer than a paper is.
    if let ([issuer], [], Some(_)) = (before.as_slice(), after.as_slice(), &date) {
        if let Some(issuer) = issuer_name(issuer).filter(|_| widest_gap(trimmed) >= ISSUER_GAP) {
            let edition = Edition {
                paper: Some(issuer.to_owned()),
                date,
                page_no,
                section: None,
            };
            return Some(Header { edition, timed });
        }
    }
    // Anything left must be names: a header has no words besides paper and section.
    if before.len() + after.len() > 3
        || before.iter().chain(&after).any(|t| !is_name(t))
        || !(weekday
            || page_no.is_some()
            || sourced
            || timed
            || !before.is_empty()
            || after.is_empty()
            || after.iter().any(|t| is_paper_name(t)))
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
    // An agency's or site's name alone before the date (`中央社 2025年12月23日`) is the paper
    // too; a section's (`要闻`, `国内新闻`) is not, though it ends as an outlet's may.
    let paper_at = names
        .iter()
        .position(|(_, t)| is_paper_name(t))
        .or_else(|| (names.len() >= 2 && names[0].0).then_some(0))
        .or_else(|| match names.as_slice() {
            [(true, t)] if t.ends_with(['社', '網', '网', '台']) && is_outlet_name(t) => {
                Some(0)
            }
            _ => None,
        });
    let paper = paper_at.map(|k| names.remove(k).1);
    // Without a readable date, only a paper or a page makes the line a header.
    if date.is_none() && paper.is_none() && page_no.is_none() {
        return None;
    }
    let edition = Edition {
        paper,
        date,
        page_no,
        section: names.into_iter().next().map(|(_, t)| t),
    };
    Some(Header { edition, timed })
}

/// Labels a site prints before a post's time (folded): no section's names.
const TIME_LABELS: &[&str] = &[
    "发布",
    "发布时间",
    "发表",
    "发表时间",
    "更新",
    "更新时间",
    "时间",
];

fn is_han_or_alnum(c: char) -> bool {
    crate::lexicon::names::is_han(c) || c.is_alphanumeric()
}

/// `YYYY-MM-DD` of a date value, or of the first day of a range (`A/B`); `None` when partial.
pub(super) fn full_date(value: &str) -> Option<String> {
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

/// Marks the times of day a website prints beside its date (`2025-12-23 18:30:25`, `09:05`):
/// no page number. Returns where the first starts.
fn mark_time(f: &[char], used: &mut [bool]) -> Option<usize> {
    let mut first = None;
    let digits = |at: usize| {
        f.get(at..at + 2)
            .is_some_and(|d| d.iter().all(char::is_ascii_digit))
    };
    let mut i = 0;
    while i < f.len() {
        // `H:MM` or `HH:MM`, then `:SS` if it follows.
        let hour = if digits(i) { 2 } else { 1 };
        let starts = f.get(i).is_some_and(char::is_ascii_digit)
            && i.checked_sub(1).is_none_or(|p| !f[p].is_ascii_digit());
        if starts && f.get(i + hour) == Some(&':') && digits(i + hour + 1) {
            let mut end = i + hour + 3;
            if f.get(end) == Some(&':') && digits(end + 1) {
                end += 3;
            }
            mark(used, i, end);
            first = first.or(Some(i));
            i = end;
        } else {
            i += 1;
        }
    }
    first
}

/// Marks a page number (`第 3 版`, `第三版`, `A3版`, `3 版`, `版次：3`) and returns it.
pub(super) fn mark_page(f: &[char], used: &mut [bool]) -> Option<u32> {
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
            // `AA08版`: a section of two letters (a city paper's `AA` or `SA` pages).
            if f[start].is_ascii_uppercase() && start > 0 && f[start - 1].is_ascii_uppercase() {
                start -= 1;
            }
            // `第A5版`, `第 A3 版`: a lettered section's page after `第`.
            if f[start].is_ascii_uppercase() {
                let mut k = start;
                while k > 0 && is_pad(f[k - 1]) {
                    k -= 1;
                }
                if k > 0 && f[k - 1] == '第' {
                    start = k - 1;
                }
            }
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

/// Dashes a folio is drawn between (`-4-`, `— 4 —`).
const FOLIO_DASHES: [char; 5] = ['-', '—', '－', '–', '―'];

/// Whether a header line opens with a folio's dash: a running foot with the page's folio, paper
/// and date (`-4-　　陕西日报 2025.12.23`), which a PDF copy prints at each page break.
pub(in crate::ingest) fn opens_with_folio(line: &str) -> bool {
    line.trim_start_matches(is_pad).starts_with(FOLIO_DASHES)
}

/// The page number of a folio (`-4-`, `— 12 —`): one to three digits between two dashes, pads
/// allowed inside, standing apart from the words around it. A PDF copy prints one at each
/// page's foot beside the paper's name and date (`-4-　　陕西日报 2025.12.23`).
pub(super) fn mark_folio(f: &[char], used: &mut [bool]) -> Option<u32> {
    let dash = |k: usize| f.get(k).is_some_and(|c| FOLIO_DASHES.contains(c));
    let apart = |k: Option<usize>| k.and_then(|k| f.get(k)).is_none_or(|&c| is_sep(c));
    for i in (0..f.len()).filter(|&i| dash(i) && !used[i]) {
        let mut j = i + 1;
        while f.get(j).is_some_and(|&c| is_pad(c)) {
            j += 1;
        }
        let digits_start = j;
        while f.get(j).is_some_and(char::is_ascii_digit) {
            j += 1;
        }
        let digits = j - digits_start;
        while f.get(j).is_some_and(|&c| is_pad(c)) {
            j += 1;
        }
        if !(1..=3).contains(&digits) || !dash(j) || !apart(i.checked_sub(1)) || !apart(Some(j + 1))
        {
            continue;
        }
        let n = f[digits_start..digits_start + digits]
            .iter()
            .collect::<String>()
            .parse()
            .ok();
        if n.is_some() {
            mark(used, i, j + 1);
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

/// Unmarked runs between separators: (char offset, text). A middle dot between two Han
/// chars joins a section's two words (`经济·开发区`, `副刊·连载`) rather than parting fields.
pub(super) fn tokens(text: &[char], used: &[bool]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let han_at = |k: Option<usize>| {
        k.and_then(|k| text.get(k))
            .is_some_and(|&c| crate::lexicon::names::is_han(c))
    };
    for (i, &c) in text.iter().enumerate() {
        let joins = matches!(c, '·' | '・')
            && !cur.is_empty()
            && han_at(i.checked_sub(1))
            && han_at(Some(i + 1))
            && !used.get(i + 1).copied().unwrap_or(true);
        if joins {
            cur.push(c);
            continue;
        }
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

/// Tokens of one Han char each, one pad apart, joined into the word they spell: a masthead or
/// section printed letter-spaced (`湖 南 日 报`, `经 济`; an OCR'd page spaces them so) is one
/// name, where each char alone had named nothing and the page had no edition. Fields stand
/// further apart (two pads or a mark), so two one-char fields side by side stay two.
fn join_letter_spaced(tokens: Vec<(usize, String)>, text: &[char]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::with_capacity(tokens.len());
    // The char offset where the last token pushed ends, when it is spelled of lone chars.
    let mut spelled_end: Option<usize> = None;
    for (at, t) in tokens {
        if crate::lexicon::spaced_names::one_han(&t).is_some() {
            let one_pad_after = |end: usize| {
                end.checked_add(1) == Some(at) && text.get(end).is_some_and(|&c| is_pad(c))
            };
            if let (Some(end), Some(last)) = (spelled_end, out.last_mut()) {
                if one_pad_after(end) {
                    last.1.push_str(&t);
                    spelled_end = Some(at + 1);
                    continue;
                }
            }
            spelled_end = Some(at + 1);
        } else {
            spelled_end = None;
        }
        out.push((at, t));
    }
    out
}

/// Words of a header that are neither paper nor section: the editor's credit (`责任编辑：张三`,
/// dropped with the name after it), the lunar date (`农历乙巳年十一月初五`), and a website's
/// source field (`来源：新华网`, `来源：人民网－人民日报`), whose names are dropped but a paper's
/// (`人民日报`: the paper the site copied). Also says whether the line named its source: a
/// website's date line, which is a header with no weekday or page. A WeChat post's meta line
/// (`原创` first) keeps its names, and says so.
///
/// Returns the tokens kept, whether the line named its source, and whether it is a post's.
fn drop_furniture(tokens: Vec<(usize, String)>) -> (Vec<(usize, String)>, bool, bool) {
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
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut skip_next = false;
    let mut sourced = false;
    // A WeChat post's meta line: `原创 作者 公众号 2025年12月20日 18:30 山西`.
    let mut post = false;
    for (at, t) in tokens {
        let f = fold(&t);
        if std::mem::take(&mut skip_next) {
            continue;
        }
        if f == "原创" && out.is_empty() && !sourced {
            post = true;
            sourced = true;
            continue;
        }
        if post {
            if is_name(&t) {
                out.push((at, t));
            }
            continue;
        }
        if CREDITS.contains(&f.as_str()) {
            skip_next = true;
            continue;
        }
        if f == "来源" {
            sourced = true;
            continue;
        }
        if f.starts_with("农历") || f.starts_with("夏历") || (sourced && !is_paper_name(&t)) {
            continue;
        }
        out.push((at, t));
    }
    (out, sourced, post)
}

/// The page number a bare token after the date gives: one to three digits, after at most one
/// section letter (`3`, `05`, `A05`).
pub(super) fn page_digits(t: &str) -> Option<u32> {
    let digits = t
        .strip_prefix(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(t);
    ((1..=3).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// A paper's or section's name: short, Han characters (and a few Latin letters: `A 叠`).
pub(super) fn is_name(t: &str) -> bool {
    let n = t.chars().count();
    (1..=NAME_MAX_CHARS).contains(&n)
        && t.chars().any(crate::lexicon::names::is_han)
        && t.chars().all(|c| {
            crate::lexicon::names::is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '·' | '・')
        })
}

/// How an office that issues a bulletin is called (`…管委会办公室`, `…人民政府`).
const ISSUER_ENDS: &[&str] = &["办公室", "管委会", "委员会", "人民政府", "办事处"];

/// The longest issuer's name, in chars.
const ISSUER_MAX_CHARS: usize = 20;

/// Pads between a bulletin's issuer and its date, at least: a masthead sets them to the two
/// ends of the line, where a sign-off or a sentence writes them close.
const ISSUER_GAP: usize = 4;

/// What a bulletin's issuer may write after its name: that it edits and prints the bulletin
/// (`…党政办公室编印`).
const ISSUER_VERBS: &[&str] = &["编印", "主办", "编发", "印发", "编"];

/// The office a token names, if it names one that issues a bulletin: Han chars ending as an
/// office's name does, perhaps with the verb that says it edits the bulletin, which is left out.
fn issuer_name(t: &str) -> Option<&str> {
    let t = ISSUER_VERBS
        .iter()
        .find_map(|v| t.strip_suffix(v))
        .unwrap_or(t);
    let n = t.chars().count();
    ((4..=ISSUER_MAX_CHARS).contains(&n)
        && t.chars().all(crate::lexicon::names::is_han)
        && ISSUER_ENDS.iter().any(|e| t.ends_with(e)))
    .then_some(t)
}

/// The longest run of pads in a line.
fn widest_gap(line: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in line.chars() {
        run = if is_pad(c) { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Papers are called `…报` (科学导报, 山西经济日报) or `…刊`, and a few `…报道`
/// (`21世纪经济报道`): longer than a section called so (`深度报道`, `特别报道`), or opening
/// with digits, which no section does.
pub(super) fn is_paper_name(t: &str) -> bool {
    let f = fold(t);
    let reports = f.ends_with("报道")
        && (f.chars().count() >= 5 || f.starts_with(|c: char| c.is_ascii_digit()));
    is_name(t) && (f.ends_with('报') || f.ends_with('刊') || f.ends_with("报社") || reports)
}
