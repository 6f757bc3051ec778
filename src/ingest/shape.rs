//! The shape of a line: padding, width, whether it ends a sentence, whether it could be a title.

use super::kinds::{Gaps, Kinds};
use crate::text::cells::is_figure;

mod field_line;
mod turns;
mod wrap;
pub(in crate::ingest) use field_line::is_field_line;
use turns::opens_with_speaker;
pub(in crate::ingest) use turns::{item_number, opens_item, ItemStyle};
pub(in crate::ingest) use wrap::{wrap_chars, wrap_width, WRAP_SLACK};

/// Whether `s` has more than `n` chars, without counting a long text to its end: a char is one
/// to four bytes, so the byte length alone answers for most lines.
pub(super) fn more_chars_than(s: &str, n: usize) -> bool {
    if s.len() <= n {
        false
    } else if s.len() > n.saturating_mul(4) {
        true
    } else {
        s.chars().count() > n
    }
}

/// Whether `s` has more than `n` chars when each run of ASCII spaces counts as one: a PDF
/// converter lays a header's fields out across the page with runs of spaces between them, and
/// the header is no longer for it.
pub(super) fn more_spaced_chars_than(s: &str, n: usize) -> bool {
    if s.len() <= n || !s.contains("  ") {
        return more_chars_than(s, n);
    }
    more_chars_than(&squeeze_spaces(s), n)
}

/// Title lines are short; body lines are long or end a sentence.
pub(super) const TITLE_MAX_CHARS: usize = 40;

/// Whether a short text holds `c`, a three-byte char found by its lead byte (memchr) and the
/// two after it. `str::contains` of a char of more than one byte sets up a substring searcher,
/// which costs more than reading a title-length line; a char's UTF-8 bytes match only at that
/// char, so the answer is the same.
#[inline]
pub(super) fn short_holds(text: &str, c: char) -> bool {
    let mut buf = [0; 4];
    match *c.encode_utf8(&mut buf).as_bytes() {
        [b0, b1, b2] => {
            let bytes = text.as_bytes();
            memchr::memchr_iter(b0, bytes).any(|i| bytes.get(i + 1..i + 3) == Some(&[b1, b2]))
        }
        _ => text.contains(c),
    }
}

/// Whitespace that pads or indents lines: ASCII space, tab, ideographic space, NBSP.
pub(super) fn is_pad(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// What a line holds inside round brackets, full-width or ASCII (`（四）`, `(上接第一版)`), when
/// it opens and closes with one: column labels, part numbers, author notes and jump lines are
/// all written so.
///
/// The brackets are matched as bytes (a char-set pattern decodes the line's first and last
/// chars; many rules ask this of every line).
pub(super) fn in_round_brackets(line: &str) -> Option<&str> {
    let inner = line.strip_prefix("（").or_else(|| line.strip_prefix("("))?;
    inner.strip_suffix("）").or_else(|| inner.strip_suffix(")"))
}

/// `s.trim_matches(is_pad)`, read from its bytes: the pads are ASCII space and tab, U+3000
/// (`E3 80 80`) and U+00A0 (`C2 A0`), whose bytes stand for no other char at either end of
/// UTF-8 text, so no char is decoded (every line is trimmed, some several times).
pub(super) fn trim_pad(s: &str) -> &str {
    let b = s.as_bytes();
    // Most texts asked are trimmed already (a line's text, a piece of it): a text whose first
    // byte opens no pad and whose last byte ends none is returned at once.
    let (Some(first), Some(last)) = (b.first(), b.last()) else {
        return s;
    };
    if !matches!(first, b' ' | b'\t' | 0xC2 | 0xE3) && !matches!(last, b' ' | b'\t' | 0xA0 | 0x80) {
        return s;
    }
    let mut start = 0;
    loop {
        start += match b.get(start..) {
            Some([b' ' | b'\t', ..]) => 1,
            Some([0xC2, 0xA0, ..]) => 2,
            Some([0xE3, 0x80, 0x80, ..]) => 3,
            _ => break,
        };
    }
    let mut end = b.len();
    loop {
        end -= match b.get(start..end) {
            Some([.., b' ' | b'\t']) => 1,
            Some([.., 0xC2, 0xA0]) => 2,
            Some([.., 0xE3, 0x80, 0x80]) => 3,
            _ => break,
        };
    }
    s.get(start..end).unwrap_or_default()
}

/// One line of a page as classification reads it, measured once: every rule and the page-wide
/// tests (indentation, wrap width) share it instead of trimming and measuring the line again.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    /// The line without its padding.
    pub(super) text: &'a str,
    /// The line opens with padding.
    pub(super) indented: bool,
    /// Columns of that padding (`　　` is four).
    pub(super) indent: usize,
    /// Chars of the padding at both ends (`　　` is two): a page wrapped at a count of chars
    /// ([`wrap_chars`]) counts them, and a line may end in a name's space (`主任杨　`).
    pub(super) pad_chars: usize,
    /// The trimmed line's width, length and kinds of chars, read in one pass.
    pub(super) kinds: Kinds,
    /// The runs of spaces inside the trimmed line (a table's cells, paragraphs run together).
    pub(super) gaps: Gaps,
}

impl<'a> Line<'a> {
    pub(super) fn of(raw: &'a str) -> Self {
        let text = trim_pad(raw);
        let indented = raw.starts_with(is_pad);
        // The padding before the text: `text` is a slice of `raw`, so where it starts is where
        // the padding ends (no second walk over the padding to find it).
        let lead = (text.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
        let indent = if indented {
            raw.get(..lead).map_or(0, text_width)
        } else {
            0
        };
        let pad_chars = if raw.len() == text.len() {
            0
        } else {
            raw.get(..lead).map_or(0, |p| p.chars().count())
                + raw
                    .get(lead + text.len()..)
                    .map_or(0, |p| p.chars().count())
        };
        let kinds = Kinds::of(text);
        Line {
            text,
            indented,
            indent,
            pad_chars,
            kinds,
            gaps: Gaps::of(text, &kinds),
        }
    }

    /// Columns the line fills from the left edge, its indent included: how near it comes to a
    /// hard-wrapped page's right edge. An indented paragraph's first line reaches the edge as
    /// its other lines do, though its text is narrower.
    pub(super) fn reach(&self) -> usize {
        self.indent + self.kinds.width
    }

    /// [`is_title_like`] of the line's text, its length taken from its kinds.
    pub(super) fn is_title_like(&self) -> bool {
        is_title_like_counted(self.text, Some(self.kinds.chars))
    }

    /// Chars the line holds, its padding included: how near it comes to the edge of a page
    /// wrapped at a count of chars ([`wrap_chars`]).
    pub(super) fn reach_chars(&self) -> usize {
        self.pad_chars + self.kinds.chars
    }
}

/// Pages that indent paragraphs (`　　`) mark each paragraph start; their unindented lines
/// are continuations or titles. A record's indented fields (`　投资方：…`) are no paragraphs,
/// as titles are not.
pub(super) fn uses_indentation(lines: &[Line<'_>]) -> bool {
    let indented = lines
        .iter()
        .filter(|l| {
            !l.text.is_empty() && l.indented && !l.is_title_like() && !is_field_line(l.text)
        })
        .count();
    indented >= 3
}

/// Columns a line fills, trimmed. Read by bytes: printable ASCII, and the Han ideographs, CJK
/// punctuation and full-width forms (the bulk of a page) are counted from their UTF-8 bytes
/// without decoding; the rest as `unicode-width` says (a test compares every char).
pub(super) fn line_width(line: &str) -> usize {
    text_width(trim_pad(line))
}

/// Columns a text fills, as [`line_width`] counts them, without trimming it. The lead byte
/// alone answers for printable ASCII and U+5000..U+9FFF (most of a page), so those are counted
/// before the rarer three-byte ranges are looked at.
pub(super) fn text_width(t: &str) -> usize {
    let bytes = t.as_bytes();
    let mut width = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (w, len) = match b {
            b' '..=b'~' => (1, 1),
            // U+5000..U+9FFF
            0xE5..=0xE9 => (2, 3),
            _ => match (b, bytes.get(i + 1), bytes.get(i + 2)) {
                // U+3000..U+303E
                (0xE3, Some(0x80), Some(0x80..=0xBE)) => (2, 3),
                // U+FF01..U+FF60
                (0xEF, Some(0xBC), Some(0x81..=0xBF)) | (0xEF, Some(0xBD), Some(0x80..=0xA0)) => {
                    (2, 3)
                }
                _ => {
                    let Some(c) = t.get(i..).and_then(|r| r.chars().next()) else {
                        break;
                    };
                    (char_width(c), c.len_utf8())
                }
            },
        };
        width += w;
        i += len;
    }
    width
}

/// The columns of one char, as [`line_width`] counts them.
pub(super) fn char_width(c: char) -> usize {
    match c {
        ' '..='~' => 1,
        '\u{3000}'..='\u{303e}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff60}' => 2,
        _ => unicode_width::UnicodeWidthChar::width(c).unwrap_or(1),
    }
}

/// Whether a line is spread across the page by a run of spaces (four or more), as a PDF
/// converter lays out a header's or a footer's fields (`2025年11月18日 星期二          山西日报
///          第 3 版`): not a line of text.
pub(super) fn is_spread(line: &str) -> bool {
    // Asked of every long line: its spaces are found a vector at a time (a paragraph holds
    // few), where a substring search would set up and walk every byte.
    let bytes = line.as_bytes();
    memchr::memchr_iter(b' ', bytes).any(|i| bytes.get(i + 1..i + 4) == Some(b"   "))
}

/// The longest cell of a table row, in chars: cells are names and figures, where a line of
/// two columns a converter set side by side holds sentences.
const TABLE_CELL_MAX_CHARS: usize = 20;

/// The longest cell that names something (`安徽巢湖经济开发区诚信建设投资（集团）有限公司`, a
/// registered company's full name in a notice's list), in chars: longer than
/// [`TABLE_CELL_MAX_CHARS`], so it may hold no punctuation of a clause, which a sentence of a
/// two-column line does.
const NAME_CELL_MAX_CHARS: usize = 32;

/// Whether a cell is too long, or written as a clause, for a table's cell.
fn is_no_cell(cell: &str) -> bool {
    if cell.ends_with(['。', '，', '；']) || more_chars_than(cell, NAME_CELL_MAX_CHARS) {
        return true;
    }
    more_chars_than(cell, TABLE_CELL_MAX_CHARS) && cell.contains(['。', '，', '；', '：', '、'])
}

/// Whether a trimmed line reads as a table row: cells apart by gaps of two or more spaces (a
/// tab is two spaces once sanitised), each short, and three cells or more — or two, the last
/// a figure (`太原经开区  1,286.5`). Lines with no gap, nearly all, are turned down on their
/// spaces alone.
pub(super) fn is_table_row(line: &str) -> bool {
    static GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("  "));
    if GAP.find(line.as_bytes()).is_none() {
        return false;
    }
    let mut cells = 0usize;
    let mut last_is_figure = false;
    for cell in line.split("  ").map(trim_pad).filter(|c| !c.is_empty()) {
        if is_no_cell(cell) {
            return false;
        }
        cells += 1;
        last_is_figure = is_figure(cell);
    }
    cells >= 3 || (cells == 2 && last_is_figure)
}

/// The first two chars of each of `words`, sorted and each once: a line whose own first two
/// chars are not among them opens none of the words, which a binary search tells without
/// comparing any word (footers, a website's buttons).
pub(super) fn opening_pairs<S: AsRef<str>>(
    words: impl IntoIterator<Item = S>,
) -> Vec<(char, char)> {
    let mut pairs: Vec<(char, char)> = words
        .into_iter()
        .filter_map(|w| {
            let mut c = w.as_ref().chars();
            Some((c.next()?, c.next()?))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// `line` with each run of ASCII spaces made one space.
pub(super) fn squeeze_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut after_space = false;
    for c in line.chars() {
        let space = c == ' ';
        if !(space && after_space) {
            out.push(c);
        }
        after_space = space;
    }
    out
}

/// Closing marks that may follow a sentence end: `。”` `！）`.
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】' | '"' | '\''
    )
}

/// A paragraph is unfinished when its last mark (past closing quotes, and past a bracketed
/// byline such as `。（记者 王晓）`) does not end a sentence.
pub(super) fn is_unfinished(text: &str) -> bool {
    if super::classify::has_trailing_byline(text) {
        return false;
    }
    !ends_sentence(text) && !ends_sentence(before_closing_note(text))
}

/// Whether `text`, past its closing quotes and brackets, ends with a sentence's or a clause's
/// final mark.
fn ends_sentence(text: &str) -> bool {
    let last = text.chars().rev().find(|&c| !is_closer(c) && !is_pad(c));
    matches!(
        last,
        Some('。' | '！' | '？' | '…' | '!' | '?' | '；' | '：' | '.')
    )
}

/// A text without the day's code a wire closes its copy with after its editor's note, in the
/// ROC calendar (`（編輯：陳清芳）1141223`, Central News Agency): six to eight digits after a
/// closing bracket. Read as the paragraph's last mark, the code had left it unfinished and the
/// next story's title was joined to it.
fn without_day_code(t: &str) -> &str {
    let s = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if (6..=8).contains(&(t.len() - s.len())) && s.ends_with(['）', ')']) {
        s
    } else {
        t
    }
}

/// Longest note in brackets a paragraph closes with after its last sentence (`（宜昌高新区宣）`,
/// `（完）`, `（据湖北日报）`, `（编辑：陈清芳）`).
const CLOSING_NOTE_MAX_CHARS: usize = 24;

/// `text` without the note in brackets it closes with (`…仅用时14个月。（宜昌高新区宣）`), so
/// that the sentence before it tells whether the paragraph is finished; `""` when there is none.
fn before_closing_note(text: &str) -> &str {
    let t = without_day_code(text.trim_end_matches(is_pad));
    let Some(inner) = t.strip_suffix('）').or_else(|| t.strip_suffix(')')) else {
        return "";
    };
    match inner.rfind(['（', '(']) {
        Some(open) if !more_chars_than(&inner[open..], CLOSING_NOTE_MAX_CHARS) => &inner[..open],
        _ => "",
    }
}

/// Short, and not ending like a sentence or a clause: a title, kicker, caption line or fragment.
/// A column label at the end (`…（经济聚焦）`) does not count against the length.
pub(super) fn is_title_like(line: &str) -> bool {
    is_title_like_counted(line, None)
}

/// [`is_title_like`] of a line whose length in chars is known (`chars`, read with its kinds):
/// when no column label is cut off its end (most lines end in none), that length is the
/// title's, and is not counted again.
pub(super) fn is_title_like_counted(line: &str, chars: Option<usize>) -> bool {
    let whole = line;
    let line = strip_column_label(line).0;
    let long = match chars {
        Some(n) if line.len() == whole.len() => n > TITLE_MAX_CHARS,
        _ => more_chars_than(line, TITLE_MAX_CHARS),
    };
    let last = line.chars().rev().find(|c| !is_pad(*c));
    (!long || is_document_title(line))
        && !short_holds(line, '。')
        && (!matches!(last, Some('，' | '、' | '；' | '：' | ',' | ';' | ':'))
            || is_place_kicker(line))
        && !is_short_sentence(line)
        && !opens_with_speaker(line)
        && !is_field_line(line)
        && !is_latin_sentence(line)
}

/// Place words a kicker naming where the story is ends in (`绵阳高新区：`, `江西赣州经开区：`).
const PLACE_KICKER_ENDS: &[char] = &['区', '县', '市', '省', '州', '园', '港', '镇'];

/// A kicker naming the place a story is from, closed by a colon (`绵阳高新区：` over
/// `电子信息产业向“新”而行`): three to twelve Han chars ending in a place's word. Read as a
/// clause, it had joined the story above as its last paragraph.
fn is_place_kicker(line: &str) -> bool {
    let Some(name) = trim_pad(line).strip_suffix(['：', ':']) else {
        return false;
    };
    let n = name.chars().count();
    (3..=12).contains(&n)
        && name.chars().all(crate::lexicon::names::is_han)
        && name.ends_with(PLACE_KICKER_ENDS)
}

/// A sentence in a Latin script (`Suzhou Industrial Park topped the list.`): words apart by
/// spaces, ending in a full stop after a word. An English title ends in none; a Chinese one
/// never ends in an ASCII full stop.
fn is_latin_sentence(line: &str) -> bool {
    let mut tail = line.trim_end_matches(is_pad).chars().rev();
    matches!(tail.next(), Some('.' | '?' | '!'))
        && tail.next().is_some_and(|c| c.is_ascii_alphabetic())
        && line.contains(' ')
        && !line.chars().any(crate::lexicon::names::is_han)
}

/// What an official document's title ends with, naming its kind (`…的通知`, `…的实施意见`).
const DOCUMENT_KINDS: &[&str] = &[
    "通知", "意见", "决定", "批复", "公告", "通告", "通报", "办法", "方案", "规定", "细则", "规划",
    "报告", "请示", "函",
];

/// The last chars of [`DOCUMENT_KINDS`] (a test checks).
const DOCUMENT_KIND_LAST_CHARS: &[char] = &[
    '知', '见', '定', '复', '告', '报', '法', '案', '则', '划', '示', '函',
];
static DOCUMENT_KIND_ENDS: crate::facts::charset::CharSet =
    crate::facts::charset::CharSet::of(DOCUMENT_KIND_LAST_CHARS);

/// Longest official document's title, in chars.
const DOCUMENT_TITLE_MAX_CHARS: usize = 90;

/// Whether a line longer than a title may be is an official document's title
/// (`山西省人民政府关于印发山西省开发区高质量发展三年行动方案（2025—2027年）的通知`): `关于`, then
/// the document's kind at its end, and no sentence. Read as a paragraph, it had left its notice
/// without a title.
fn is_document_title(line: &str) -> bool {
    // Asked of every long line: most end in no kind's last char, turned down on it (one bitmap
    // look-up) before the kinds are compared.
    line.chars()
        .next_back()
        .is_some_and(|c| DOCUMENT_KIND_ENDS.contains(c))
        && DOCUMENT_KINDS.iter().any(|k| line.ends_with(k))
        && !more_chars_than(line, DOCUMENT_TITLE_MAX_CHARS)
        && line.contains("关于")
        && !line.contains(['。', '，', '；', '：'])
}

/// What a line says after one of `labels` and a colon (`来源：山西日报` → `山西日报`, padding
/// trimmed), when it says something: a labelled line of a copied story or a photo.
pub(super) fn after_label<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    labels.iter().find_map(|l| {
        let rest = trim_pad(line.strip_prefix(l)?.strip_prefix(['：', ':'])?);
        (!rest.is_empty()).then_some(rest)
    })
}

/// A short paragraph that is a sentence though it has no `。`: an exclamation with a clause
/// inside (`专家说，这是好事！`), or a longer question with one (`…，这样的做法到底该怎么看？`).
/// A short question (`产能过剩，怎么看？`) is a sub-head.
pub(super) fn is_short_sentence(line: &str) -> bool {
    let last = line.chars().rev().find(|&c| !is_closer(c) && !is_pad(c));
    let clause = || line.contains(['，', '；', ',', ';']);
    match last {
        Some('！' | '!' | '…') => clause(),
        Some('？' | '?') => more_chars_than(line, SHORT_QUESTION_MAX) && clause(),
        _ => false,
    }
}

/// The longest question that can be a sub-head.
const SHORT_QUESTION_MAX: usize = 16;

/// Longest column label (`经济聚焦`, `人民时评`, `新时代新征程新伟业`).
const COLUMN_LABEL_MAX: usize = 10;

/// Splits a column label in brackets off the end of a title line: `稳外贸（经济聚焦）` →
/// (`稳外贸`, `（经济聚焦）`). The label is Han text only, with no full stop.
pub(super) fn strip_column_label(line: &str) -> (&str, Option<&str>) {
    let t = line.trim_end_matches(is_pad);
    let Some(rest) = t.strip_suffix(['）', ')']) else {
        return (line, None);
    };
    let Some(open) = rest.rfind(['（', '(']) else {
        return (line, None);
    };
    let inner = &rest[open + rest[open..].chars().next().map_or(0, char::len_utf8)..];
    let head = t[..open].trim_end_matches(is_pad);
    if head.is_empty() || !is_column_label(inner) {
        return (line, None);
    }
    (head, Some(&t[open..]))
}

/// The text of a column label: a few Han characters (`经济聚焦`, `人民时评`), maybe a `·`.
pub(super) fn is_column_label(inner: &str) -> bool {
    let n = inner.chars().count();
    (2..=COLUMN_LABEL_MAX).contains(&n)
        && inner
            .chars()
            .all(|c| crate::lexicon::names::is_han(c) || c == '·')
        && !inner.contains(['摄', '攝', '完', '终'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every document kind ends in one of the chars its bitmap holds, and only those.
    #[test]
    fn document_kinds_end_in_the_listed_chars() {
        let mut ends: Vec<char> = DOCUMENT_KINDS
            .iter()
            .filter_map(|k| k.chars().next_back())
            .collect();
        ends.sort_unstable();
        ends.dedup();
        let mut listed = DOCUMENT_KIND_LAST_CHARS.to_vec();
        listed.sort_unstable();
        assert_eq!(ends, listed);
    }

    #[test]
    fn round_brackets_as_a_char_set_pattern_reads_them() {
        fn old(l: &str) -> Option<&str> {
            l.strip_prefix(['（', '('])
                .and_then(|r| r.strip_suffix(['）', ')']))
        }
        for l in [
            "（四）",
            "(四)",
            "（四)",
            "(四）",
            "（",
            "()",
            "（）",
            "四）",
            "（四",
            "",
            "(",
            "（a）b",
        ] {
            assert_eq!(in_round_brackets(l), old(l), "{l}");
        }
    }

    /// A line's title test, its length taken from its kinds, reads as the one that counts it:
    /// on every line of the test pages, and on lines each side of the title's length, with and
    /// without a column label at the end.
    #[test]
    fn a_counted_title_test_reads_as_the_counting_one() {
        let mut lines: Vec<String> = crate::ingest::test_page_texts()
            .iter()
            .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        for n in [
            TITLE_MAX_CHARS - 6,
            TITLE_MAX_CHARS,
            TITLE_MAX_CHARS + 1,
            TITLE_MAX_CHARS + 6,
        ] {
            let head = "经".repeat(n);
            lines.extend([
                head.clone(),
                format!("{head}（经济聚焦）"),
                format!("{head}　（人民时评）　"),
                format!("{head}（见附表）"),
            ]);
        }
        for raw in &lines {
            let line = Line::of(raw);
            assert_eq!(line.is_title_like(), is_title_like(line.text), "{raw}");
        }
    }

    /// A short text holds a char exactly when `str::contains` finds it.
    #[test]
    fn short_holds_finds_what_contains_finds() {
        let mut texts = crate::ingest::test_page_texts();
        texts.extend(
            [
                "",
                "。",
                "a。",
                "。b",
                "句号。后",
                "ã€‚",
                "\u{3002}x",
                "a",
                "é",
            ]
            .map(String::from),
        );
        for text in &texts {
            for line in text.lines() {
                for c in ['。', 'a', '·', '🙂', '\u{3000}'] {
                    assert_eq!(short_holds(line, c), line.contains(c), "{line:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn short_sentences_and_column_labels() {
        assert!(is_short_sentence("专家说，这是好事！"));
        assert!(!is_short_sentence("产能过剩，怎么看？"));
        assert!(is_short_sentence(
            "在不少业内人士看来，这样的做法到底该怎么看？"
        ));
        assert!(!is_title_like("专家说，这是好事！"));
        assert!(is_title_like("新能源车值不值得买？"));
        // An interview's question, asked by the paper in its name's brackets.
        assert!(!is_title_like(
            "　　《21世纪》：今年示范区招商引资有哪些新特点？"
        ));
        assert!(!is_title_like("小编：下一步有什么打算？"));
        assert!(is_title_like("《求是》杂志发表重要文章"));
        assert_eq!(
            strip_column_label("稳住外贸基本盘（经济聚焦）"),
            ("稳住外贸基本盘", Some("（经济聚焦）"))
        );
        assert_eq!(strip_column_label("（经济聚焦）"), ("（经济聚焦）", None));
        assert_eq!(
            strip_column_label("项目签约（一期）"),
            ("项目签约", Some("（一期）"))
        );
        assert_eq!(
            strip_column_label("投资 3 亿元（含税）"),
            ("投资 3 亿元", Some("（含税）"))
        );
        let long = format!("{}（人民时评）", "字".repeat(38));
        assert!(is_title_like(&long));
    }

    #[test]
    fn widths_agree_with_unicode_width() {
        for line in [
            "abc 12",
            "中文，标点。",
            "Ａ１　“引号”…",
            "ｶﾀｶﾅ한국어🙂\u{301c}",
            "a\tb",
        ] {
            assert_eq!(
                line_width(line),
                unicode_width::UnicodeWidthStr::width(line.trim_matches(is_pad)),
                "{line}"
            );
        }
    }

    /// The byte reading counts every char as the char reading does.
    #[test]
    fn every_char_is_as_wide_as_unicode_width_says() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_pad(c) {
                continue;
            }
            let s = format!("a{c}b");
            assert_eq!(line_width(&s), 2 + char_width(c), "{c:?}");
        }
    }

    /// The byte trim trims what the char trim does, for pads and their byte neighbours at
    /// either end.
    #[test]
    fn trim_pad_trims_as_trim_matches_does() {
        let parts = [
            " ",
            "\t",
            "\u{3000}",
            "\u{a0}",
            "\u{3001}",
            "\u{a1}",
            "\u{2000}",
            "\u{800}",
            "a",
            "中",
            "\u{30000}",
            "\u{e3}",
            "",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let s = format!("{a}{b}{c}{d}");
                        assert_eq!(trim_pad(&s), s.trim_matches(is_pad), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_closing_note_finishes_a_paragraph() {
        assert!(!is_unfinished("项目仅用时14个月。（宜昌高新区宣）"));
        assert!(!is_unfinished("平台已上线。（完）"));
        assert!(!is_unfinished("需求持續殷切。（編輯：陳清芳）1141223"));
        assert!(is_unfinished("需求持續殷切（見附表）1141223"));
        assert!(is_unfinished("总投资达（约）12"));
        assert!(is_unfinished("同比增长12%（见附表）"));
        assert!(is_unfinished("园区聚焦（新能源）"));
    }

    #[test]
    fn more_chars_than_counts_like_chars() {
        for s in [
            "",
            "a",
            "中文",
            "中文标点。",
            "ab中文🙂",
            &"字".repeat(60),
            &"x".repeat(41),
        ] {
            for n in 0..70 {
                assert_eq!(more_chars_than(s, n), s.chars().count() > n, "{s} {n}");
            }
        }
    }

    #[test]
    fn a_run_of_spaces_counts_once() {
        let spread = format!(
            "2025年11月18日{}山西日报{}第 3 版",
            " ".repeat(30),
            " ".repeat(30)
        );
        assert!(more_chars_than(&spread, 30));
        assert!(!more_spaced_chars_than(&spread, 30));
        assert!(more_spaced_chars_than(&spread, 20));
        for s in [
            "",
            " ",
            "a b",
            " 中文  标点  ",
            &"字".repeat(61),
            &"x  ".repeat(30),
        ] {
            let mut squeezed = s.to_owned();
            while squeezed.contains("  ") {
                squeezed = squeezed.replace("  ", " ");
            }
            for n in 0..70 {
                let want = squeezed.chars().count() > n;
                assert_eq!(more_spaced_chars_than(s, n), want, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn spread_lines_and_their_fields() {
        let spread = "2025年11月18日 星期二          山西日报          第 3 版";
        assert!(is_spread(spread));
        assert_eq!(
            squeeze_spaces(spread),
            "2025年11月18日 星期二 山西日报 第 3 版"
        );
        assert!(!is_spread("本报记者  王强 李明 报道"));
        assert_eq!(squeeze_spaces("  a  b "), " a b ");
    }

    #[test]
    fn table_rows() {
        assert!(is_table_row("太原经开区  1,286.5  12.3"));
        assert!(is_table_row("开发区  营业收入（亿元）  增速（%）"));
        assert!(is_table_row("运城经开区    612.0"));
        assert!(!is_table_row("运城经开区  增长较快"));
        assert!(!is_table_row("太原经开区 1,286.5 12.3"));
        assert!(!is_table_row(
            "今年以来，太原经济技术开发区坚持把招商引资作为一号工程  前10个月实际利用外资1.2亿美元"
        ));
        assert!(!is_table_row(
            "园区新签约项目46个。  总投资286亿元。  其中10亿元以上项目9个。"
        ));
    }

    #[test]
    fn paragraph_end() {
        assert!(is_unfinished("同时具备给下游企业配套生产铝"));
        assert!(!is_unfinished("培养造就更多战略科学家。”"));
    }
}
