//! Numbers as printed in Chinese news: Arabic (`1233`, `1,233`, `1 233`, `3.04`), full-width
//! (folded to ASCII before we see them) and Chinese (`一千二百三十三万`, `两`, `十五`, `二〇二五`).
//!
//! Values are exact decimals (`mantissa × 10^-scale`), so `3.04 亿` is 304000000 and never
//! 303999999.99: money must survive the multiplier without binary floating point.

use super::charset::CharSet;

mod compound;
mod decimal;
pub use compound::{compound_at, divide};
pub use decimal::Decimal;

/// A number found in text: its char span and value, and whether it was written in Chinese.
/// `value` is `None` for a well-formed numeral too large to represent exactly (`九` × 39
/// digits, `一亿亿亿亿亿`): the text is still a number, its value is unknown, never wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSpan {
    pub start: usize,
    pub end: usize,
    pub value: Option<Decimal>,
    pub chinese: bool,
}

/// Why a run of numerals has no value: not a number at all, or a number too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumError {
    /// Not a well-formed numeral (`三四`, `万`).
    Malformed,
    /// Well formed, but beyond what an exact decimal holds (about 38 digits).
    Overflow,
}

/// Checked `a * b + c`: the step every positional reading repeats.
fn mul_add(a: i128, b: i128, c: i128) -> Result<i128, NumError> {
    a.checked_mul(b)
        .and_then(|x| x.checked_add(c))
        .ok_or(NumError::Overflow)
}

/// Value of a Chinese digit character (`两` and financial forms included).
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Power of ten of a Chinese unit character.
fn chinese_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' => 4,
        '亿' => 8,
        '兆' => 12,
        _ => return None,
    })
}

pub fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some() || c == '点'
}

/// The chars [`number_at`] can start a number with: ASCII digits, Chinese digits, `十`, and
/// `百`, `千`, `半` in the few forms that open with them (`百三`, `半百`).
/// Scanners jump between these instead of trying every position of a text.
pub static NUMBER_STARTS: CharSet = CharSet::of(NUMBER_START_CHARS);

/// The members of [`NUMBER_STARTS`], for sets that extend it.
pub const NUMBER_START_CHARS: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '零', '〇', '○', '一', '壹', '幺', '二',
    '两', '贰', '三', '叁', '四', '肆', '五', '伍', '六', '陆', '七', '柒', '八', '捌', '九', '玖',
    '十', '拾', '百', '千', '半',
];

/// Parses a run of Chinese numerals: positional (`一千二百三十三万`), digit strings
/// (`二〇二五`) and decimals (`三点五`). `None` when the run is not a well-formed number or is
/// too large (see [`parse_chinese_checked`] to tell the two apart).
pub fn parse_chinese(run: &[char]) -> Option<Decimal> {
    parse_chinese_checked(run).ok()
}

/// [`parse_chinese`] saying why it failed; every step is checked, so no input panics or wraps.
pub fn parse_chinese_checked(run: &[char]) -> Result<Decimal, NumError> {
    if run.is_empty() {
        return Err(NumError::Malformed);
    }
    if let Some(p) = run.iter().position(|&c| c == '点') {
        let int = parse_chinese_int(&run[..p])?;
        let frac: Option<Vec<u32>> = run[p + 1..].iter().map(|&c| chinese_digit(c)).collect();
        let frac = frac.ok_or(NumError::Malformed)?;
        if frac.is_empty() {
            return Err(NumError::Malformed);
        }
        let mut m = int;
        for d in &frac {
            m = mul_add(m, 10, i128::from(*d))?;
        }
        let scale = u32::try_from(frac.len()).map_err(|_| NumError::Overflow)?;
        return Ok(Decimal { mantissa: m, scale });
    }
    parse_chinese_int(run).map(Decimal::int)
}

fn parse_chinese_int(run: &[char]) -> Result<i128, NumError> {
    use NumError::Malformed;
    if run.is_empty() {
        return Err(Malformed);
    }
    let has_zero = run.iter().any(|&c| matches!(c, '〇' | '○' | '零'));
    if (run.len() > 2 || has_zero)
        && run.len() > 1
        && run.iter().all(|&c| chinese_digit(c).is_some())
    {
        // 二〇二五: a digit string, read digit by digit (`三四`, two to four, is not one).
        return run.iter().try_fold(0i128, |acc, &c| {
            mul_add(acc, 10, i128::from(chinese_digit(c).ok_or(Malformed)?))
        });
    }
    // Parts already closed by 万, 亿 or 兆, each with its power of ten: a bigger unit takes
    // every smaller part into itself (`四十九兆九千五百九十二亿`: the 亿 takes 九千五百九十二 only).
    let mut parts: Vec<(u32, i128)> = Vec::new();
    let mut section: i128 = 0;
    let mut number: Option<i128> = None;
    // The power of the unit right before the current digit (none after a 零): a last digit
    // right after a unit is one place lower (`一万三` is 13000, `四百五` 450, `百三` 130).
    let mut last_exp: Option<u32> = None;
    let mut gap = false;
    for &c in run {
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                gap = true;
                continue; // 一百零五: the zero only marks a gap
            }
            if number.is_some() {
                return Err(Malformed); // 三四: not positional
            }
            number = Some(i128::from(d));
        } else if let Some(exp) = chinese_unit(c) {
            let unit = 10i128.pow(exp);
            if exp <= 3 {
                let n = number.unwrap_or(if exp == 1 { 1 } else { 0 });
                let leading = section == 0 && parts.is_empty() && matches!(exp, 2 | 3);
                if n == 0 && exp != 1 && !leading {
                    return Err(Malformed);
                }
                // `百三`, `千三`: a bare leading 百 or 千 is one of it.
                let n = if n == 0 { 1 } else { n };
                section = mul_add(n, unit, section)?;
            } else {
                let own = mul_add(section, 1, number.unwrap_or(0))?;
                let consecutive = own == 0;
                let mut taken = own;
                let mut top = exp;
                while let Some(&(e, v)) = parts.last() {
                    // Two units in a row (`万亿`, `亿亿`) multiply everything before them.
                    if e < exp || consecutive {
                        taken = mul_add(taken, 1, v)?;
                        if consecutive {
                            top = top.checked_add(e).ok_or(NumError::Overflow)?;
                        }
                        parts.pop();
                    } else {
                        break;
                    }
                }
                if taken == 0 {
                    return Err(Malformed);
                }
                parts.push((top, mul_add(taken, unit, 0)?));
                section = 0;
            }
            number = None;
            last_exp = Some(exp);
            gap = false;
            continue;
        } else {
            return Err(Malformed);
        }
        if gap {
            last_exp = None;
        }
    }
    let last = match (number, last_exp) {
        (Some(n), Some(e)) if e >= 2 && !gap => {
            mul_add(n, 10i128.checked_pow(e - 1).ok_or(NumError::Overflow)?, 0)?
        }
        (n, _) => n.unwrap_or(0),
    };
    let mut total = mul_add(section, 1, last)?;
    for (_, v) in parts {
        total = mul_add(total, 1, v)?;
    }
    Ok(total)
}

/// Parses Arabic digits at `i` of folded text: `1233`, `1,233`, `1 233` (a thin grouping space
/// only before exactly three digits), `3.04`. Returns the end and the value, `None` past 30
/// significant digits (the text is a number, its value is not representable exactly).
pub fn parse_arabic(chars: &[char], i: usize) -> Option<(usize, Option<Decimal>)> {
    if !chars.get(i)?.is_ascii_digit() {
        return None;
    }
    // Accumulated in place rather than through a String: this runs for every number of a text.
    let mut mantissa: i128 = 0;
    let mut digits = 0usize;
    let mut j = i;
    let mut frac_len: Option<u32> = None;
    // Digits since the start or the last group separator.
    let mut run = 0usize;
    // After a currency sign amounts are written the ASCII way (`$20,300`): a full-width comma
    // there lists the next amount (`$20，300美圆`).
    let signed = i > 0 && matches!(chars[i - 1], '$' | '￥' | '¥' | '€' | '£');
    while j < chars.len() {
        let c = chars[j];
        if let Some(d) = c.to_digit(10) {
            // Past 30 digits the value is dropped below; stop growing before i128 overflows.
            if digits < 30 {
                mantissa = mantissa.saturating_mul(10).saturating_add(i128::from(d));
            }
            digits += 1;
            run += 1;
            if let Some(f) = frac_len.as_mut() {
                *f += 1;
            }
            j += 1;
        } else if (c == ',' || c == ' ' || (c == '，' && run <= 3 && !signed))
            && frac_len.is_none()
            && group_follows(chars, j + 1, c == ',')
        {
            // A separator only groups thousands when exactly three digits follow and then no
            // digit; a full-width `，` (also a list comma) only after at most three digits.
            run = 0;
            j += 1;
        } else if (c == '.' || c == '．')
            && frac_len.is_none()
            && chars.get(j + 1).is_some_and(char::is_ascii_digit)
            && !dotted(chars, j)
        {
            frac_len = Some(0);
            j += 1;
        } else {
            break;
        }
    }
    let value = (digits <= 30).then_some(Decimal {
        mantissa,
        scale: frac_len.unwrap_or(0),
    });
    Some((j, value))
}

/// Exactly three digits at `j`, not followed by another digit, nor by decimals unless the
/// separator is the ASCII comma (`1,100.9亿`; a spaced or full-width group before a point is
/// more often two numbers).
fn group_follows(chars: &[char], j: usize, decimals_ok: bool) -> bool {
    (0..3).all(|k| chars.get(j + k).is_some_and(char::is_ascii_digit))
        && !chars.get(j + 3).is_some_and(char::is_ascii_digit)
        && (decimals_ok || chars.get(j + 3).is_none_or(|&c| c != '.'))
}

/// How far [`dotted`] looks each way: a bound, so a long run costs each number no more.
const DOTTED_REACH: usize = 32;

/// Whether the `.` at `k` separates the pieces of a dotted run (`2222.2222.22222.222`, a
/// version, an address) rather than marking decimals: its run of digits and dots holds two
/// dots or more, each between digits.
pub fn dotted(chars: &[char], k: usize) -> bool {
    let part = |c: &char| c.is_ascii_digit() || *c == '.';
    let lo = k.saturating_sub(DOTTED_REACH);
    let hi = k.saturating_add(DOTTED_REACH).min(chars.len());
    let mut a = k;
    while a > lo && part(&chars[a - 1]) {
        a -= 1;
    }
    let mut b = k + 1;
    while b < hi && part(&chars[b]) {
        b += 1;
    }
    let run = &chars[a..b];
    let inner = (1..run.len().saturating_sub(1))
        .filter(|&x| run[x] == '.' && run[x - 1].is_ascii_digit() && run[x + 1].is_ascii_digit());
    inner.count() >= 2
}

/// The number starting exactly at `i` (Arabic or Chinese), if any.
pub fn number_at(chars: &[char], i: usize) -> Option<NumberSpan> {
    let c = *chars.get(i)?;
    if c.is_ascii_digit() {
        // Inside a longer number (`12`'s `2`, `3.5`'s `5`), not after an ellipsis (`...9`).
        let decimal_point = |k: usize| {
            chars[k] == '.' && k > 0 && chars[k - 1].is_ascii_digit() && !dotted(chars, k)
        };
        if i > 0 && (chars[i - 1].is_ascii_digit() || decimal_point(i - 1)) {
            return None;
        }
        let (mut end, mut value) = parse_arabic(chars, i)?;
        if let Some((e, exp)) = latin_multiplier(chars, end) {
            value = value.and_then(|v| v.shift(exp));
            end = e;
        }
        return Some(NumberSpan {
            start: i,
            end,
            value,
            chinese: false,
        });
    }
    if let Some(n) = half_unit(chars, i) {
        return Some(n);
    }
    if chinese_digit(c).is_none() && !matches!(c, '十' | '拾') && !bare_unit_start(chars, i) {
        return None;
    }
    let mut end = i;
    while end < chars.len() && is_chinese_numeral(chars[end]) {
        // `两百点两`, `一点两`: 两 is never a decimal digit, so such a 点 ends the number.
        if chars[end] == '点' && chars.get(end + 1) == Some(&'两') {
            break;
        }
        end += 1;
    }
    // A trailing 点 or 万/亿 with nothing numeric before belongs to the following word.
    while end > i && chars[end - 1] == '点' {
        end -= 1;
    }
    // `三十两`, `两万两`: a 两 after a unit char ends no number (that would be 三十二); it is
    // the weight unit.
    if end > i + 1 && chars[end - 1] == '两' && chinese_unit(chars[end - 2]).is_some() {
        end -= 1;
    }
    // `一百千瓦`: a multiplier char that does not fit belongs to the unit after; give back up
    // to three chars (a bound, so a long malformed run costs no more than a short one).
    let mut value = None;
    let floor = end.saturating_sub(3).max(i + 1);
    loop {
        match parse_chinese_checked(&chars[i..end]) {
            Ok(v) => {
                value = Some(Some(v));
                break;
            }
            Err(NumError::Overflow) => {
                value = Some(None);
                break;
            }
            Err(NumError::Malformed) if end > floor && chinese_unit(chars[end - 1]).is_some() => {
                end -= 1
            }
            Err(NumError::Malformed) => break,
        }
    }
    let value = value?;
    Some(NumberSpan {
        start: i,
        end,
        value,
        chinese: true,
    })
}

/// `40k`, `3.2k`, `-2.5 M`: thousands or millions after Arabic digits ending at `end`, when
/// no other letter follows; the end and the power of ten.
fn latin_multiplier(chars: &[char], end: usize) -> Option<(usize, u32)> {
    let k = if chars.get(end) == Some(&' ') {
        end + 1
    } else {
        end
    };
    let exp = match chars.get(k)? {
        'k' | 'K' => 3,
        // An `M` only spaced or not: `5M` is as common for megabytes as for millions, but a
        // reader of prices and counts wants the number.
        'M' => 6,
        _ => return None,
    };
    let free = !chars
        .get(k + 1)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.');
    free.then_some((k + 1, exp))
}

/// `半百` (fifty), `半万`: half a unit, when no other numeral follows.
fn half_unit(chars: &[char], i: usize) -> Option<NumberSpan> {
    if chars.get(i) != Some(&'半') {
        return None;
    }
    let exp = match chars.get(i + 1)? {
        '百' => 2,
        '千' => 3,
        '万' => 4,
        '亿' => 8,
        _ => return None,
    };
    if chars.get(i + 2).is_some_and(|&c| is_chinese_numeral(c)) {
        return None;
    }
    Some(NumberSpan {
        start: i,
        end: i + 2,
        value: Decimal {
            mantissa: 5,
            scale: 1,
        }
        .shift(exp),
        chinese: true,
    })
}

/// `百三` (130), `千三` (1300): a bare 百 or 千 opens a number only before one digit that ends
/// it (`百万`, `千万` stay words).
fn bare_unit_start(chars: &[char], i: usize) -> bool {
    matches!(chars.get(i), Some('百' | '千'))
        && chars
            .get(i + 1)
            .and_then(|&c| chinese_digit(c))
            .is_some_and(|d| d > 0)
        && !chars.get(i + 2).is_some_and(|&c| is_chinese_numeral(c))
}

/// Financial digits that are also common words (`队伍`, `大陆`, `收拾`, `放肆`): alone, they
/// are the word.
fn is_word_digit(c: char) -> bool {
    matches!(c, '伍' | '陆' | '拾' | '肆' | '幺')
}

/// Words a lone digit opens or closes that count nothing (`一切`, `一起`, `统一`, `四川`):
/// sorted, for a binary search.
const DIGIT_WORDS: &[&str] = &[
    "万一", "同一", "唯一", "四川", "统一", "一一", "一再", "一切", "一同", "一向", "一味", "一直",
    "一般", "一致", "一律", "一旦", "一样", "一看", "一贯", "一起", "一边", "一些", "一定",
];

/// Whether the lone digit at `p` is a part of one of [`DIGIT_WORDS`].
fn in_digit_word(chars: &[char], p: usize) -> bool {
    let pair = |a: usize| -> Option<String> {
        Some([*chars.get(a)?, *chars.get(a + 1)?].iter().collect())
    };
    let known = |w: Option<String>| w.is_some_and(|w| DIGIT_WORDS.contains(&w.as_str()));
    known(pair(p)) || (p > 0 && known(pair(p - 1)))
}

/// The numeral at `p` as the reader gives it: compound forms ([`compound_at`]) over the plain
/// reading, and no lone word-like digit (`队伍`, `一切`).
fn reading_at(chars: &[char], p: usize) -> Option<NumberSpan> {
    let n = number_at(chars, p)?;
    let (end, value) = compound_at(chars, p)?;
    let n = NumberSpan { end, value, ..n };
    let lone = n.end == p + 1 && (is_word_digit(chars[p]) || in_digit_word(chars, p));
    (!lone).then_some(n)
}

/// `.5`, `.23456`: a decimal written without its leading zero (not the last digits after an
/// ellipsis, `...9`).
fn leading_point(chars: &[char], p: usize) -> Option<NumberSpan> {
    if p == 0
        || chars[p - 1] != '.'
        || (p >= 2 && (chars[p - 2] == '.' || chars[p - 2].is_ascii_digit()))
    {
        return None;
    }
    let end = p + chars[p..].iter().take_while(|c| c.is_ascii_digit()).count();
    if end == p {
        return None; // `.一`: no digits after the point
    }
    let mut mantissa: i128 = 0;
    for c in &chars[p..end] {
        mantissa = mul_add(mantissa, 10, i128::from(c.to_digit(10)?)).ok()?;
    }
    let scale = u32::try_from(end - p).ok()?;
    Some(NumberSpan {
        start: p - 1,
        end,
        value: Some(Decimal { mantissa, scale }.normalized()),
        chinese: false,
    })
}

/// Every number in folded text, left to right, with its sign (`负三十二`, `-10000`): the
/// numeral reader on its own, for callers (and tests) that want numbers without units.
pub fn scan(chars: &[char]) -> Vec<NumberSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    let fresh = |p: usize| {
        p == 0
            || !(chars[p - 1].is_ascii_alphanumeric()
                || (chars[p - 1] == '.'
                    && p >= 2
                    && chars[p - 2].is_ascii_digit()
                    && !dotted(chars, p - 1))
                || (is_chinese_numeral(chars[p - 1]) && chars[p - 1] != '点'))
    };
    while let Some(p) = NUMBER_STARTS.next_in_where(chars, i, fresh) {
        let reading = match leading_point(chars, p) {
            Some(n) => Some(n),
            None => reading_at(chars, p),
        };
        match reading {
            Some(mut n) => {
                // Always past the start found, whatever span the reading gave.
                let next = p + 1;
                let p = n.start;
                // `－－9`: a doubled sign is a dash, not a minus.
                let signed = p > 0
                    && matches!(chars[p - 1], '负' | '-' | '－')
                    && (p < 2
                        || !(chars[p - 2].is_ascii_alphanumeric()
                            || matches!(chars[p - 2], '负' | '-' | '－')));
                if signed {
                    n.start -= 1;
                    n.value = n.value.map(|v| Decimal {
                        mantissa: -v.mantissa,
                        ..v
                    });
                }
                i = n.end.max(next);
                out.push(n);
            }
            None => i = p + 1,
        }
    }
    out
}

#[cfg(test)]
mod tests;
