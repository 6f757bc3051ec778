//! What a line is made of, read once: its width in columns, its length in chars and which kinds
//! of chars it holds, in one pass over its UTF-8 bytes.
//!
//! Classification asks the same few questions of every line — how wide is it, how long, does it
//! hold a digit or a weekday (a header), a 讯 or 电 (a dateline), anything that cannot be part of
//! a name (a byline) — and each rule used to walk the line's chars again to answer its own. Here
//! one walk answers them all: every BMP char's kinds and width sit in one table (filled as chars
//! are met, from the rules' own char tests), and a line's kinds are the OR (and the AND) of its chars'.
//! Rules then turn a line down on its kinds before reading it again; what they decide is
//! unchanged (tests compare every char with the char tests the table is built from).

use std::sync::atomic::{AtomicU16, Ordering};

use super::shape::is_pad;

/// A kind of char a rule looks for; a line's [`Kinds`] say which of them it holds.
pub(super) type Kind = u16;

/// A char every page header has one of: a digit (ASCII, full-width, 〇), 年, 版 or a weekday's
/// first char (`星期`, `礼拜`, `周`).
pub(super) const HEADER_CLUE: Kind = 1;
/// A char that marks a header: a weekday's, a page number's (`版`) or a paper's name's (`报`).
pub(super) const HEADER_MARK: Kind = 1 << 1;
/// A char a bare date is made of, or padding: a line of nothing else is only a date.
pub(super) const DATE: Kind = 1 << 2;
/// A char a year is written before (`年`, `.`, `-`, `/`, `．`).
pub(super) const YEAR_SEP: Kind = 1 << 3;
/// 讯 or 电 (訊, 電), or 息 (`央视网消息`): the end of a dateline's marker; or `【`, which a
/// report's marker opens with (`【环球时报报道 记者 王五】`).
pub(super) const DATELINE_MARK: Kind = 1 << 4;
/// A char a line of names may hold: Han, `·`, padding, a separator between names, a bracket
/// around them or a news app's `+` (`南方+记者`). A line with any other char is no line of
/// names, but for an outlet's name that opens with digits (`21世纪经济报道记者`), which the
/// classifier asks about on its own.
pub(super) const NAME: Kind = 1 << 5;
/// `。` or `，`: a sentence's marks, which no header or label holds.
pub(super) const SENTENCE_MARK: Kind = 1 << 6;
/// 摄 or 攝: every photo credit holds one (`张三摄`).
pub(super) const SHOT: Kind = 1 << 7;
/// The ideographic space (U+3000): a gap between a table's cells or between paragraphs run
/// into one line.
pub(super) const IDEOGRAPHIC_SPACE: Kind = 1 << 8;
/// The ASCII space: two in a row are a gap between a table's cells.
pub(super) const SPACE: Kind = 1 << 9;
/// `>`, `＞` or `页`: a site's breadcrumb steps (`首页 > 新闻中心`) and its pager (`上一页`).
pub(super) const NAVIGATION: Kind = 1 << 10;
/// `℃`: a weather forecast's temperatures.
pub(super) const DEGREE: Kind = 1 << 11;

/// The kinds of one char, as the rules' char tests say.
pub(super) fn kinds_of(c: char) -> Kind {
    let mut k = 0;
    if c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(c, '版' | '〇' | '星' | '礼' | '禮' | '周' | '週' | '年')
    {
        k |= HEADER_CLUE;
    }
    if matches!(c, '版' | '星' | '礼' | '禮' | '周' | '週' | '报' | '報') {
        k |= HEADER_MARK;
    }
    if is_pad(c)
        || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(c, '年' | '月' | '日' | '.' | '-' | '/' | '．')
    {
        k |= DATE;
    }
    if matches!(c, '年' | '.' | '-' | '/' | '．') {
        k |= YEAR_SEP;
    }
    if matches!(c, '讯' | '訊' | '电' | '電' | '息' | '【') {
        k |= DATELINE_MARK;
    }
    if matches!(c, '。' | '，') {
        k |= SENTENCE_MARK;
    }
    if matches!(c, '摄' | '攝') {
        k |= SHOT;
    }
    if c == '\u{3000}' {
        k |= IDEOGRAPHIC_SPACE;
    }
    if c == ' ' {
        k |= SPACE;
    }
    if matches!(c, '>' | '＞' | '页') {
        k |= NAVIGATION;
    }
    if c == '℃' {
        k |= DEGREE;
    }
    if crate::lexicon::names::is_han(c)
        || c == '·'
        || super::credit::is_name_sep(c)
        || matches!(c, '（' | '）' | '(' | ')' | '【' | '】' | '[' | ']')
        || super::credit::is_bullet(c)
        || super::credit::is_app_mark(c)
    {
        k |= NAME;
    }
    k
}

/// What one pass over a line found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Kinds {
    /// Columns the text fills (as [`super::shape::line_width`] counts them).
    pub(super) width: usize,
    /// Chars in the text.
    pub(super) chars: usize,
    /// The kinds some char has.
    any: Kind,
    /// The kinds every char has.
    all: Kind,
}

impl Kinds {
    /// Reads `text` once. Chars of the Basic Multilingual Plane (all of a Chinese page, nearly)
    /// are looked up in one table by their code point, a three-byte char's read straight from
    /// its bytes (no decoder run); the others are judged each time.
    ///
    /// The kinds are those of the first [`HEAD`] chars: past them only the width and the length
    /// are counted, Han and ASCII by their lead byte alone. No rule asks more of a longer line
    /// (see [`HEAD`]), and a paragraph's tail is a third of a page's chars.
    pub(super) fn of(text: &str) -> Kinds {
        let bytes = text.as_bytes();
        let (mut width, mut chars, mut any, mut all) = (0usize, 0usize, 0, Kind::MAX);
        let mut i = 0;
        while chars < HEAD {
            let Some((entry, len)) = entry_at(text, i) else {
                break;
            };
            width += width_of(entry, text, i);
            any |= entry;
            all &= entry;
            chars += 1;
            i += len;
        }
        while let Some(&b0) = bytes.get(i) {
            let (w, len) = match b0 {
                b' '..=b'~' => (1, 1),
                // U+5000..U+9FFF: Han, two columns.
                0xE5..=0xE9 => (2, 3),
                _ => match entry_at(text, i) {
                    Some((entry, len)) => (width_of(entry, text, i), len),
                    None => break,
                },
            };
            width += w;
            chars += 1;
            i += len;
        }
        Kinds {
            width,
            chars,
            any: any & KINDS,
            all: all & KINDS,
        }
    }

    /// Whether some char of the text is of `kind`.
    pub(super) fn any(&self, kind: Kind) -> bool {
        self.any & kind != 0
    }

    /// Whether every char of the text is of `kind` (true of an empty text).
    pub(super) fn all(&self, kind: Kind) -> bool {
        self.all & kind == kind
    }

    /// Whether the kinds were read of every char of the text (it is at most [`HEAD`] chars
    /// long): then a kind no char has is nowhere in the text, and a rule that needs a char of
    /// it turns the text down unread.
    pub(super) fn whole(&self) -> bool {
        self.chars <= HEAD
    }

    /// Whether the text may hold a char of `kind`: it does, or its tail was not read for kinds.
    pub(super) fn may_hold(&self, kind: Kind) -> bool {
        self.any(kind) || !self.whole()
    }
}

/// The runs of spaces a line holds that set things apart inside it: two ASCII spaces (a table's
/// cells typed with spaces) and an ideographic space (cells typed with them, or `　　` between
/// paragraphs run into one line). Read once per line, as [`Kinds`] are: a table row's test is
/// asked of each line and of its neighbours, and the inline-paragraph split of every line; most
/// lines hold neither and are turned down without another walk over their bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Gaps {
    /// Two ASCII spaces in a row.
    pub(super) spaces: bool,
    /// An ideographic space (U+3000).
    pub(super) ideographic: bool,
}

impl Gaps {
    /// The gaps of `text`, read with its `kinds`: a line of at most [`HEAD`] chars holds one
    /// only if its kinds say it holds the char, and only a longer line (or one with a space)
    /// is searched, by SIMD searches (U+3000's by a substring search built once: a search for
    /// its lead byte alone stops at `、`, `。` and `《`, which share it).
    pub(super) fn of(text: &str, kinds: &Kinds) -> Gaps {
        use memchr::memmem::Finder;
        use std::sync::LazyLock;
        static IDEOGRAPHIC: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\u{3000}"));
        let bytes = text.as_bytes();
        Gaps {
            // Most lines of a Chinese page hold no ASCII space: one vector search says so.
            spaces: kinds.may_hold(SPACE)
                && memchr::memchr_iter(b' ', bytes).any(|i| bytes.get(i + 1) == Some(&b' ')),
            ideographic: kinds.any(IDEOGRAPHIC_SPACE)
                || (!kinds.whole() && IDEOGRAPHIC.find(bytes).is_some()),
        }
    }
}

/// The chars of a line whose kinds [`Kinds::of`] reads: more than any rule asks about — a
/// header's clues are read of lines of at most [`super::furniture::CHROME_MAX_CHARS`] chars, a
/// line of names' of at most [`super::credit::NAMES_LINE_MAX_CHARS`], and a dateline's 讯 or 电
/// stands among the first [`super::dateline::DATELINE_MARKER_MAX`].
pub(super) const HEAD: usize = 61;
const _: () = assert!(
    HEAD > super::furniture::CHROME_MAX_CHARS
        && HEAD > super::credit::NAMES_LINE_MAX_CHARS
        && HEAD >= super::dateline::DATELINE_MARKER_MAX
);

/// The table entry and byte length of the char at byte `i` of `text`; `None` at its end.
#[inline(always)]
fn entry_at(text: &str, i: usize) -> Option<(u16, usize)> {
    let bytes = text.as_bytes();
    let b0 = *bytes.get(i)?;
    Some(if b0 < 0x80 {
        (entry_of_bmp(usize::from(b0)), 1)
    } else if let (0xE0..=0xEF, Some(&b1), Some(&b2)) = (b0, bytes.get(i + 1), bytes.get(i + 2)) {
        // A three-byte char: its code point from its bytes, no decoder run.
        let cp =
            usize::from(b0 & 0x0F) << 12 | usize::from(b1 & 0x3F) << 6 | usize::from(b2 & 0x3F);
        (entry_of_bmp(cp), 3)
    } else {
        // Two- and four-byte chars (rare on a Chinese page): decoded as a char.
        let c = text.get(i..)?.chars().next()?;
        let entry = if (c as usize) < BMP {
            entry_of_bmp(c as usize)
        } else {
            entry_of(c)
        };
        (entry, c.len_utf8())
    })
}

/// The columns of the char at byte `i` of `text`, whose entry is `entry`.
#[inline(always)]
fn width_of(entry: u16, text: &str, i: usize) -> usize {
    match entry >> WIDTH_SHIFT {
        WIDER => wider_at(text, i),
        w => usize::from(w),
    }
}

/// Kinds take the low fourteen bits of a table entry, the char's width (0, 1, 2 or [`WIDER`])
/// the top two.
const KINDS: u16 = (1 << 14) - 1;
const WIDTH_SHIFT: u16 = 14;
/// The width bits of a char wider than two columns (a few, such as U+17D8, are three): its
/// width is asked of [`super::shape::char_width`] when it is met.
const WIDER: u16 = 3;

/// A char's table entry: its kinds and its width.
fn entry_of(c: char) -> u16 {
    let width = match super::shape::char_width(c) {
        w @ 0..=2 => w as u16,
        _ => WIDER,
    };
    kinds_of(c) | (width << WIDTH_SHIFT)
}

/// Entries in [`table`]: one per code point of the Basic Multilingual Plane.
const BMP: usize = 0x10000;

/// A slot of [`table`] not filled yet. No char's entry is all ones: no char is both a
/// dateline's 讯 and a header's 版 (and the top kind bits are no kind's).
const UNKNOWN: u16 = u16::MAX;
const _: () = assert!(DEGREE < 1 << 13);

/// Every BMP char's entry ([`entry_of`]), filled the first time the char is met: a page uses a
/// few thousand distinct chars, so filling them as met costs less at start-up than all 65,536.
/// Threads may race to fill a slot; they write the same answer. A fixed-size static array, so
/// that a look-up by a code point masked below [`BMP`] needs no bounds check.
static TABLE: [AtomicU16; BMP] = [const { AtomicU16::new(UNKNOWN) }; BMP];

/// The entry of the BMP code point `cp` (masked below [`BMP`], which it is).
#[inline(always)]
fn entry_of_bmp(cp: usize) -> u16 {
    match TABLE[cp & (BMP - 1)].load(Ordering::Relaxed) {
        UNKNOWN => fill(cp & (BMP - 1)),
        entry => entry,
    }
}

/// Fills the slot of `cp` the first time its char is met; kept out of the loop of
/// [`Kinds::of`], which it would otherwise crowd.
#[cold]
#[inline(never)]
fn fill(cp: usize) -> u16 {
    let entry = u32::try_from(cp)
        .ok()
        .and_then(char::from_u32)
        .map_or(0, entry_of);
    if let Some(slot) = TABLE.get(cp) {
        slot.store(entry, Ordering::Relaxed);
    }
    entry
}

/// The width of the char at byte `at` of `text`, one wider than two columns.
#[cold]
#[inline(never)]
fn wider_at(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|r| r.chars().next())
        .map_or(0, super::shape::char_width)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table and the byte reading give every char the kinds and width its tests give it.
    #[test]
    fn every_char_reads_as_its_tests_say() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let got = Kinds::of(c.encode_utf8(&mut [0; 4]));
            let want = kinds_of(c);
            assert_eq!((got.any, got.all, got.chars), (want, want, 1), "{c:?}");
            assert_eq!(got.width, super::super::shape::char_width(c), "{c:?}");
        }
    }

    /// A line is measured whole, as its chars' widths add up, and its kinds are those of its
    /// first [`HEAD`] chars, for lines on either side of that length.
    #[test]
    fn a_long_line_is_measured_whole_and_kinds_read_in_its_head() {
        let parts = [
            "本报讯",
            "2025年12月26日 星期五 第4版",
            "ab中文，🙂\u{17D8}ｶ",
            "記者 張三、李四",
            "\u{3000}x·\u{a0}",
            "",
        ];
        for a in parts {
            for b in parts {
                for reps in [1, 3, 7, 30] {
                    let line = format!("{}{}", a.repeat(reps), b.repeat(reps));
                    let k = Kinds::of(&line);
                    let chars: Vec<char> = line.chars().collect();
                    let width: usize = chars
                        .iter()
                        .map(|&c| super::super::shape::char_width(c))
                        .sum();
                    assert_eq!((k.chars, k.width), (chars.len(), width), "{line}");
                    let head = &chars[..chars.len().min(HEAD)];
                    let any = head.iter().fold(0, |k, &c| k | kinds_of(c));
                    let all = head.iter().fold(Kind::MAX, |k, &c| k & kinds_of(c));
                    assert_eq!((k.any, k.all), (any, all & KINDS), "{line}");
                }
            }
        }
    }

    /// Gaps are found wherever they stand, and a lone space or a mark sharing U+3000's lead
    /// byte (`、`, `。`) is none.
    #[test]
    fn gaps_are_two_spaces_or_an_ideographic_space() {
        let g = |s: &str| {
            let g = Gaps::of(s, &Kinds::of(s));
            (g.spaces, g.ideographic)
        };
        assert_eq!(g(""), (false, false));
        assert_eq!(g(" "), (false, false));
        assert_eq!(g("a b、c。《d》"), (false, false));
        assert_eq!(g("太原  1286.5"), (true, false));
        assert_eq!(g("太原\u{3000}1286.5"), (false, true));
        assert_eq!(g("\u{3000}"), (false, true));
        assert_eq!(g("a  b\u{3000}c"), (true, true));
        assert_eq!(g(&format!("{}  ", "长".repeat(100))), (true, false));
        assert_eq!(g(&format!("{}\u{3000}", "长".repeat(100))), (false, true));
        assert_eq!(g(&format!("{} ", "长".repeat(100))), (false, false));
    }

    #[test]
    fn a_line_holds_the_kinds_of_its_chars() {
        let k = Kinds::of("2025年12月26日 星期五");
        assert!(k.any(HEADER_CLUE) && k.any(HEADER_MARK) && k.any(YEAR_SEP));
        assert!(!k.all(DATE) && !k.any(DATELINE_MARK));
        assert!(Kinds::of("２０２５-12-26").all(DATE));
        assert!(Kinds::of("（记者 张三、李四）").all(NAME));
        assert!(!Kinds::of("记者 张三 2 人").all(NAME));
        assert!(Kinds::of("本报讯").any(DATELINE_MARK));
        let k = Kinds::of("ab中文，🙂");
        assert_eq!((k.chars, k.width), (6, 2 + 4 + 2 + 2));
        assert!(Kinds::of("").all(NAME));
        let k = Kinds::of("首页 > 新闻，张三摄　3℃");
        for kind in [
            NAVIGATION,
            SPACE,
            SENTENCE_MARK,
            SHOT,
            IDEOGRAPHIC_SPACE,
            DEGREE,
        ] {
            assert!(k.any(kind), "{kind}");
        }
        assert!(!Kinds::of("上一頁。").any(NAVIGATION) && Kinds::of("上一页").any(NAVIGATION));
        // A kind past the head of a long line is not read: the line may hold it.
        let long = format!("{}摄", "长".repeat(HEAD));
        let k = Kinds::of(&long);
        assert!(!k.whole() && !k.any(SHOT) && k.may_hold(SHOT));
        assert!(Kinds::of("张三摄").whole() && !Kinds::of("张三").may_hold(SHOT));
    }
}
