//! Bytes → text. Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
//! with CRLF or LF line ends. When the bytes are clearly text of one encoding, a few damaged
//! bytes are replaced by U+FFFD and counted (the caller warns, naming the file); only what is not
//! text is refused, and Big5 is named as such rather than shown as mojibake.

use encoding_rs::{DecoderResult, Encoding, BIG5, GB18030, UTF_16LE, UTF_8};

use crate::error::LoadProblem;
use crate::text::windows::{any_window, test_at, whole_windows};

/// The encoding a page was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

impl SourceEncoding {
    /// The name messages use.
    pub fn name(self) -> &'static str {
        match self {
            SourceEncoding::Utf8 => "UTF-8",
            SourceEncoding::Utf16Le => "UTF-16LE",
            SourceEncoding::Utf16Be => "UTF-16BE",
            SourceEncoding::Gb18030 => "GB18030",
        }
    }
}

/// A decoded page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line ends normalised to `\n`.
    pub text: String,
    pub encoding: SourceEncoding,
    /// Bytes that were not valid in `encoding` and became U+FFFD.
    pub bad_bytes: usize,
    /// No window of three bytes of `text` but its last two opens a char the sanitiser removes
    /// (tested in the pass that tells text from binary): see
    /// [`crate::text::sanitize::sanitize_cow_scanned`].
    pub windows_safe: bool,
    /// The encoding a byte-order mark named when the bytes after it were not in it (see
    /// [`unmarked_reading`]); `encoding` says what they were read as instead.
    pub false_bom: Option<SourceEncoding>,
    /// Lone Windows-1252 punctuation bytes in a UTF-8 page, read as the marks they are rather
    /// than as U+FFFD (see [`windows1252`]); the caller says so.
    pub windows_1252: usize,
}

/// Decodes a page and normalises line ends to `\n`.
///
/// A BOM decides the encoding; valid UTF-8 is UTF-8 (ASCII included). Otherwise the bytes are
/// read as UTF-8, GB18030 and Big5 and the reading that looks most like Chinese text wins (a few
/// damaged bytes of UTF-8 do not make GB18030 mojibake of it, nor one bad byte refuse a GB18030
/// page). What reads like none of them — controls, private-use characters or replacement
/// characters in more than a tenth of it — is binary.
pub fn decode(bytes: &[u8]) -> Result<Decoded, LoadProblem> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(LoadProblem::Unsupported("UTF-32"));
    }
    let mut false_bom = None;
    let (text, encoding, bad_bytes) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = &bytes[bom_len..];
        if encoding == UTF_8 {
            let (text, bad) = decode_counting(encoding, rest);
            (text, SourceEncoding::Utf8, bad)
        } else {
            let said = if encoding == UTF_16LE {
                SourceEncoding::Utf16Le
            } else {
                SourceEncoding::Utf16Be
            };
            let (text, bad) = decode_counting(encoding, rest);
            match unmarked_reading(rest, &text) {
                Some(other) => {
                    false_bom = Some(said);
                    other
                }
                None => (text, said, bad),
            }
        }
    } else {
        decode_unmarked(bytes)?
    };
    let (text, bad_bytes, windows_1252) = match encoding {
        SourceEncoding::Utf8 if bad_bytes > 0 && false_bom.is_none() => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match windows1252::read_mixed(body) {
                Some((mixed, count)) => (mixed, 0, count),
                None => (text, bad_bytes, 0),
            }
        }
        _ => (text, bad_bytes, 0),
    };
    let (plain, windows_safe) = plain_and_safe(text.as_bytes());
    if !plain && !counts_like_text(&text) {
        return Err(LoadProblem::Binary);
    }
    Ok(Decoded {
        text: normalise_newlines(text),
        encoding,
        bad_bytes,
        windows_safe,
        false_bom,
        windows_1252,
    })
}

/// Bytes with no BOM: valid UTF-8 is UTF-8; UTF-16 without a BOM is named and refused;
/// anything else is guessed ([`guess`]).
fn decode_unmarked(bytes: &[u8]) -> Result<(String, SourceEncoding, usize), LoadProblem> {
    if memchr::memchr(0, bytes).is_some() && (looks_like_utf16(bytes) || reads_as_utf16(bytes)) {
        return Err(LoadProblem::Unsupported("UTF-16 without a byte-order mark"));
    }
    // simdutf8 checks what `std::str::from_utf8` checks, many bytes at a time (it is
    // encoding_rs's validator too).
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok((s.to_owned(), SourceEncoding::Utf8, 0)),
        Err(_) => guess(bytes),
    }
}

/// The reading of bytes after a UTF-16 byte-order mark when they are not UTF-16 at all: a
/// stray `FF FE` before UTF-8 or GB18030 text (an editor's or a converter's slip). Read as
/// UTF-16, two ASCII letters make one rare Han char (`ga` is U+6167) and GB18030 bytes make
/// Hangul and rare Han, so such a page would show as a line of nonsense with nothing said.
///
/// UTF-16 Chinese reads like Chinese (at least a third of its Han chars common, the strict
/// test's share); UTF-16 with no Han is Latin text, whose NUL bytes make any other reading fail.
/// Otherwise the bytes are read as if unmarked, and that reading wins when it is text with at
/// most one byte in ten damaged and a larger share of common Han (or no Han: ASCII).
fn unmarked_reading(rest: &[u8], as_utf16: &str) -> Option<(String, SourceEncoding, usize)> {
    let (han, hits) = han_and_common(as_utf16);
    if han > 0 && hits * 100 >= han * 35 {
        return None;
    }
    let other = decode_unmarked(rest).ok()?;
    let (other_han, other_hits) = han_and_common(&other.0);
    let more_common = other_han == 0 || other_hits * han.max(1) > hits * other_han;
    (more_common && other.2 * 10 <= rest.len()).then_some(other)
}

/// One way of reading bytes without a BOM, and how Chinese it looks.
struct Reading {
    text: String,
    bad: usize,
    score: i64,
}

impl Reading {
    fn new(encoding: &'static Encoding, bytes: &[u8]) -> Reading {
        let (text, bad) = decode_counting(encoding, bytes);
        let score = plausibility(&text);
        Reading { text, bad, score }
    }
}

/// Picks the reading of BOM-less, not-valid-UTF-8 bytes that reads most like Chinese text.
/// UTF-8 wins ties: it is what pages are written in today, and damaged UTF-8 shown with a few
/// U+FFFD is better than a whole page of mojibake.
fn guess(bytes: &[u8]) -> Result<(String, SourceEncoding, usize), LoadProblem> {
    if let Some(clean) = clean_gb18030(bytes) {
        return Ok(clean);
    }
    if let Some(clean) = guess_from_sample(bytes) {
        return Ok(clean);
    }
    guess_whole(bytes)
}

/// The fast answer for the GB18030 pages of an archive: bytes that decode as GB18030 without a
/// single malformed byte into text that reads like Chinese by the strict test (at least
/// [`STRICT_HAN`] Han characters, enough of them common) are GB18030, with one decode and one
/// count. UTF-8 read as GB18030 is rare Han characters (its lead bytes land in GB2312's second
/// level) and Big5 mostly rare ones too, so neither passes; short texts, which that test cannot
/// judge, go through the full guess.
///
/// The count reads the text's first [`GUESS_SAMPLE`] bytes, and the whole text only when they
/// do not pass: a page that decodes without a malformed byte and opens with common Chinese is
/// GB18030 (valid UTF-8 never gets here), and counting the rest cost a GB18030 page as much
/// as decoding it.
fn clean_gb18030(bytes: &[u8]) -> Option<(String, SourceEncoding, usize)> {
    let (text, bad) = decode_counting(GB18030, bytes);
    if bad != 0 {
        return None;
    }
    let strict = |t: &str| {
        let (han, hits) = han_and_common(t);
        han >= STRICT_HAN && hits * 100 >= han * 35
    };
    let head = head_of(&text, GUESS_SAMPLE);
    (strict(head) || (head.len() < text.len() && strict(&text))).then_some((
        text,
        SourceEncoding::Gb18030,
        0,
    ))
}

/// The longest start of `text` of at most `max` bytes that ends on a char boundary.
fn head_of(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// How much of a long page the guess reads: three decodes and folds of a whole page cost more
/// than parsing it, and a few kilobytes of Chinese decide as well as the rest would.
const GUESS_SAMPLE: usize = 4 * 1024;

/// The guess made on the first [`GUESS_SAMPLE`] bytes, kept only when the winner then decodes
/// the whole page without a single malformed byte; anything less is left to [`guess_whole`].
fn guess_from_sample(bytes: &[u8]) -> Option<(String, SourceEncoding, usize)> {
    let sample = bytes
        .get(..GUESS_SAMPLE)
        .filter(|_| bytes.len() > GUESS_SAMPLE)?;
    let (text, enc, _) = guess_whole(sample).ok()?;
    let encoding = match enc {
        SourceEncoding::Gb18030 => GB18030,
        SourceEncoding::Utf8 => UTF_8,
        _ => return None,
    };
    drop(text);
    let (text, bad) = decode_counting(encoding, bytes);
    (bad == 0).then_some((text, enc, 0))
}

/// The guess over all of `bytes`.
fn guess_whole(bytes: &[u8]) -> Result<(String, SourceEncoding, usize), LoadProblem> {
    let utf8 = Reading::new(UTF_8, bytes);
    let gb = Reading::new(GB18030, bytes);
    let big5 = Reading::new(BIG5, bytes);
    if big5.score > gb.score.max(utf8.score) && big5.score > 0 && big5.bad * 50 <= bytes.len() {
        return Err(LoadProblem::Big5);
    }
    // GB18030 must show some common characters: `\xc0\xaf` in ASCII text is damaged UTF-8,
    // not a rare Han character.
    if gb.score > utf8.score && gb.score > 0 {
        if gb.bad * 20 > bytes.len() || !reads_like_chinese(&gb.text) {
            return Err(guess_failure(bytes));
        }
        return Ok((gb.text, SourceEncoding::Gb18030, gb.bad));
    }
    Ok((utf8.text, SourceEncoding::Utf8, utf8.bad))
}

/// How much a decoded text looks like Chinese: two points per common character, minus three per
/// replacement, control or private-use character. Mojibake is made of rare characters, so it
/// scores near zero however many Han characters it has.
fn plausibility(text: &str) -> i64 {
    let mut score = 0i64;
    for c in folded(text).chars() {
        if is_common(c) {
            score += 2;
        } else if c == '\u{fffd}'
            || ('\u{e000}'..='\u{f8ff}').contains(&c)
            || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            score -= 3;
        }
    }
    score
}

/// Decodes with replacement, counting the bytes that were malformed (encoding_rs reports the
/// length of each malformed sequence).
fn decode_counting(encoding: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3))
        .saturating_add(16);
    let mut text = String::with_capacity(capacity);
    let mut bad = 0usize;
    let mut rest = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        rest = rest.get(read..).unwrap_or_default();
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::Malformed(len, _) => {
                bad = bad.saturating_add(usize::from(len));
                text.push('\u{fffd}');
            }
            DecoderResult::OutputFull => text.reserve(rest.len().saturating_mul(3).max(16)),
        }
    }
    (text, bad)
}

/// BOM-less UTF-16: NUL bytes on one side of most pairs (ASCII, digits, spaces and newlines).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let pairs = bytes.len() / 2;
    let zeros_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    pairs >= 8 && (even.max(odd) * 5 >= pairs) && even.min(odd) * 20 <= pairs
}

/// Whether `bytes` (which hold a NUL, as no UTF-8 or GB18030 page does) read as Chinese in
/// UTF-16 of either byte order: every unit decodes and enough Han chars are common. A page of
/// Chinese has too few ASCII chars for [`looks_like_utf16`]'s count of zero bytes (the sample
/// saved that way has one in ten), and was called binary.
fn reads_as_utf16(bytes: &[u8]) -> bool {
    [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE]
        .into_iter()
        .any(|encoding| {
            let (text, bad) = decode_counting(encoding, bytes);
            let (han, hits) = han_and_common(&text);
            bad == 0 && han >= STRICT_HAN && hits * 100 >= han * 35
        })
}

/// The 500 most frequent characters of modern Chinese (Simplified; Traditional text is folded
/// first). They make up about three quarters of any news text, and a small share of mojibake.
const COMMON: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

/// The block every [`COMMON`] character is in (CJK Unified Ideographs; a test checks).
const COMMON_BLOCK: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// Whether `c` is one of [`COMMON`].
fn is_common(c: char) -> bool {
    is_common_at(common_bits(), c as u32)
}

/// One bit per char of [`COMMON_BLOCK`], set for the [`COMMON`] chars, built once (a hash set
/// lookup per char of every guessed page cost more than decoding it).
fn common_bits() -> &'static [u64] {
    use std::sync::OnceLock;
    static BITS: OnceLock<Vec<u64>> = OnceLock::new();
    BITS.get_or_init(|| {
        let mut bits = vec![0u64; (COMMON_BLOCK.end() - COMMON_BLOCK.start()) as usize / 64 + 1];
        for c in COMMON.chars() {
            if let Some(k) = (c as u32).checked_sub(*COMMON_BLOCK.start()) {
                if let Some(word) = bits.get_mut(k as usize / 64) {
                    *word |= 1 << (k % 64);
                }
            }
        }
        bits
    })
}

/// Whether the code point `cp` is one of [`COMMON`], by its bit in `bits` ([`common_bits`]).
#[inline(always)]
fn is_common_at(bits: &[u64], cp: u32) -> bool {
    let Some(k) = cp.checked_sub(*COMMON_BLOCK.start()) else {
        return false;
    };
    bits.get(k as usize / 64)
        .is_some_and(|word| word >> (k % 64) & 1 == 1)
}

/// The text [`fold`](crate::text::fold::fold)ed, borrowed when folding would change nothing
/// (text decoded from GB18030 is Simplified: no copy).
fn folded(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(crate::text::fold::may_fold) {
        std::borrow::Cow::Owned(crate::text::fold::fold(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How many Han characters a text has, and how many of its characters are common ones (after
/// folding), in one pass.
fn han_and_common(text: &str) -> (usize, usize) {
    let count = count_han_and_common;
    // Folding keeps every common char and the number of Han chars (tests check), so it can only
    // add hits: text already common enough unfolded is not folded.
    let (han, hits) = count(text);
    if hits * 100 >= han * 35 {
        return (han, hits);
    }
    match folded(text) {
        std::borrow::Cow::Owned(f) => count(&f),
        std::borrow::Cow::Borrowed(_) => (han, hits),
    }
}

/// How many Han characters ([`crate::lexicon::names::is_han`]) a text has and how many are
/// [`COMMON`], read from its UTF-8 bytes: every Han char is three bytes (U+3400..U+FAFF) or
/// four (U+20000..U+2FFFF), so only those are decoded, each from its bytes with no decoder run
/// (a GB18030 page is counted whole, a char at a time). A test compares it with the char test.
fn count_han_and_common(text: &str) -> (usize, usize) {
    let bits = common_bits();
    let bytes = text.as_bytes();
    let (mut han, mut hits) = (0usize, 0usize);
    let mut i = 0;
    while let Some(&b0) = bytes.get(i) {
        match (b0, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE0..=0xEF, Some(&b1), Some(&b2)) => {
                let cp =
                    u32::from(b0 & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F);
                han +=
                    usize::from(matches!(cp, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF));
                hits += usize::from(is_common_at(bits, cp));
                i += 3;
            }
            // U+20000..U+2FFFF: `F0 A0..AF`.
            (0xF0..=0xF7, Some(&b1), _) => {
                han += usize::from(b0 == 0xF0 && (0xA0..=0xAF).contains(&b1));
                i += 4;
            }
            // ASCII, a two-byte char's bytes: neither.
            _ => i += 1,
        }
    }
    (han, hits)
}

/// Below this many Han characters, too few to judge: [`reads_like_chinese`] lets a text pass.
const STRICT_HAN: usize = 40;

/// Whether decoded text reads like Chinese: enough of its Han characters are common ones.
fn reads_like_chinese(text: &str) -> bool {
    let (han, hits) = han_and_common(text);
    han < STRICT_HAN || hits * 100 >= han * 35
}

/// Refusing GB18030 can mean binary data or simply another encoding; say which is likelier.
fn guess_failure(bytes: &[u8]) -> LoadProblem {
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 20 > bytes.len() {
        LoadProblem::Binary
    } else {
        LoadProblem::Undecodable
    }
}

/// Text files have few control characters and no private-use noise; binary decoded by luck has
/// many. Replacement characters are allowed more room (a quarter), so that one damaged byte in
/// a one-line file is still a damaged text, not binary. [`decode`] asks the same in two steps:
/// [`plain_and_safe`]'s plain (which is [`surely_plain`]), then [`counts_like_text`].
#[cfg(test)]
fn looks_like_text(text: &str) -> bool {
    // Nothing odd and nothing replaced: text, whatever its length.
    surely_plain(text.as_bytes()) || counts_like_text(text)
}

/// [`looks_like_text`] by counting the odd and replaced chars, for a text not
/// [`surely_plain`] (the decoder knows that from its own pass, [`plain_and_safe`]).
fn counts_like_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Chars are counted by their first bytes (a UTF-8 continuation byte is 10xxxxxx); the odd
    // and replaced ones all open with a byte of [`ODD_LEAD`], so only those are looked at.
    let total = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    let mut odd = 0usize;
    let mut replaced = 0usize;
    let mut from = 0;
    while let Some(k) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| ODD_LEAD[usize::from(b)]))
    {
        let i = from + k;
        from = i + 1;
        // The text is UTF-8, so a lead byte and the next one name the char's range exactly.
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'\n' | b'\r' | b'\t' | 0x0c | 0x1b, _, _) => {}
            // U+FFFD
            (0xef, Some(0xbf), Some(0xbd)) => replaced += 1,
            // C0 controls, DEL, C1 controls (U+0080..U+009F), private use (U+E000..U+F8FF)
            (0..=0x1f | 0x7f, _, _)
            | (0xc2, Some(0x80..=0x9f), _)
            | (0xee, _, _)
            | (0xef, Some(0x80..=0xa3), _) => odd += 1,
            _ => {}
        }
    }
    total == 0 || ((odd + replaced) * 10 <= total || (odd * 10 <= total && replaced * 4 <= total))
}

/// Whether no char of the text is odd or replaced as [`looks_like_text`] counts them, tested
/// on windows of three bytes without branches, a block at a time, so that the compiler compares
/// many bytes at once (most pages: one quick pass). The last two bytes are judged as if
/// followed by zeros, which only ever says "maybe" where a closer look is due.
fn surely_plain(bytes: &[u8]) -> bool {
    !any_window(bytes, maybe_odd) && last_two_plain(bytes)
}

/// Whether neither of the last two bytes opens an odd or replaced char, each judged as if
/// followed by zeros: the windows [`any_window`] leaves to its caller.
fn last_two_plain(bytes: &[u8]) -> bool {
    !(whole_windows(bytes)..bytes.len()).any(|k| test_at(bytes, k, maybe_odd))
}

/// [`surely_plain`] of `bytes`, and whether no window of three bytes but the last two opens a
/// char the sanitiser removes once line ends are normalised, in one pass for a clean page (most
/// pages): each block is tested for both at once. A CR is left out of the second test, since
/// normalising removes it; that leaves no new unsafe window, every unsafe char being one char
/// of the text, not bytes across a line end. Where the pass finds something, the page is
/// scanned again by [`surely_plain`] and by the sanitiser.
fn plain_and_safe(bytes: &[u8]) -> (bool, bool) {
    use crate::text::sanitize::opens_unsafe;
    let hit = any_window(bytes, |x, y, z| {
        maybe_odd(x, y, z) | opens_unsafe(x, y, z) & (x != b'\r')
    });
    if hit {
        return (surely_plain(bytes), false);
    }
    (last_two_plain(bytes), true)
}

/// Whether the bytes `x y z` open a char [`looks_like_text`] counts as odd or replaced; written
/// with `&` and `|` so that it compiles without branches.
#[inline(always)]
fn maybe_odd(x: u8, y: u8, z: u8) -> bool {
    let allowed_control = (x == b'\n') | (x == b'\r') | (x == b'\t') | (x == 0x0c) | (x == 0x1b);
    (x < 0x20) & !allowed_control
        | (x == 0x7f)
        | (x == 0xc2) & (y < 0xa0)
        | (x == 0xee)
        | (x == 0xef) & ((y < 0xa4) | (y == 0xbf) & (z == 0xbd))
}

/// The bytes a char [`looks_like_text`] counts can open with: C0 controls and DEL, `C2` (C1
/// controls), `EE` and `EF` (private use, U+FFFD).
const ODD_LEAD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xee | 0xef);
        b += 1;
    }
    table
};

/// CRLF and lone CR become LF; text without a CR is returned as it is, not copied. One pass
/// from CR to CR (the CRLF pages of an archive paid two `str::replace` passes and copies).
fn normalise_newlines(text: String) -> String {
    let bytes = text.as_bytes();
    if memchr::memchr(b'\r', bytes).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for cr in memchr::memchr_iter(b'\r', bytes) {
        // `from` never passes a CR: it skips at most the LF right after the last one.
        out.push_str(text.get(from..cr).unwrap_or_default());
        out.push('\n');
        from = if bytes.get(cr + 1) == Some(&b'\n') {
            cr + 2
        } else {
            cr + 1
        };
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

mod windows1252;

#[cfg(test)]
mod tests;
