//! Numerals written in more than one piece, for the numeral reader ([`super::scan`]):
//! Arabic digits mixed with Chinese units (`5万4千6百`, `3万4000`, `4.78万亿`), pieces
//! spaced apart (`三千 八百 九十六 万`), approximations before a unit (`十多万`, `500余万`,
//! `二十几万` read as the round number), dozens (`五十打`), scientific notation (`12.32e+14`)
//! and fractions (`三分之一`, `3又一千分之23`, `-3/2`, `1 4/3`).
//!
//! Every step is checked: a piece too large to hold keeps its span and has no value.

use super::{chinese_unit, is_chinese_numeral, number_at, parse_arabic, parse_chinese, Decimal};

/// Decimal places kept when a fraction does not end (`1/3`): more than an f64 shows.
const FRACTION_PLACES: u32 = 18;

/// A compound numeral at `i`: its end and its value (`None` when too large). `None` when
/// nothing longer than [`number_at`] reads starts here.
pub fn compound_at(chars: &[char], i: usize) -> Option<(usize, Option<Decimal>)> {
    let (end, value) = whole_at(chars, i)?;
    if let Some(r) = fraction_after(chars, end, value) {
        return Some(r);
    }
    if let Some(r) = mixed_after(chars, end, value) {
        return Some(r);
    }
    Some((end, value))
}

/// A whole number: the longest of the plain reading and the compound ones.
fn whole_at(chars: &[char], i: usize) -> Option<(usize, Option<Decimal>)> {
    let plain = number_at(chars, i)?;
    let mut best = (plain.end, plain.value);
    if let Some(s) = scientific(chars, i) {
        best = s;
    } else if let Some(m) = pieces(chars, i).filter(|m| m.0 > best.0) {
        best = m;
    }
    if let Some(p) = power_after(chars, best.0, best.1) {
        best = p;
    }
    // `五十打`: twelve to a dozen.
    if chars.get(best.0) == Some(&'打') {
        best = (best.0 + 1, best.1.and_then(|v| mul(v, Decimal::int(12))));
    }
    Some(best)
}

fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    Some(
        Decimal {
            mantissa: a.mantissa.checked_mul(b.mantissa)?,
            scale: a.scale.checked_add(b.scale)?,
        }
        .normalized(),
    )
}

fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale.max(b.scale);
    Some(
        Decimal {
            mantissa: a.shift_scale(scale)?.checked_add(b.shift_scale(scale)?)?,
            scale,
        }
        .normalized(),
    )
}

/// `num / den`, exact when it ends within [`FRACTION_PLACES`], else cut there.
pub fn divide(num: Decimal, den: Decimal) -> Option<Decimal> {
    if den.mantissa == 0 {
        return None;
    }
    // num.m / 10^ns ÷ den.m / 10^ds = num.m × 10^(ds + P) / den.m, at scale ns + P.
    let top = num
        .mantissa
        .checked_mul(10i128.checked_pow(den.scale.checked_add(FRACTION_PLACES)?)?)?;
    Some(
        Decimal {
            mantissa: top.checked_div(den.mantissa)?,
            scale: num.scale.checked_add(FRACTION_PLACES)?,
        }
        .normalized(),
    )
}

/// Spaces from `j` on.
fn skip_spaces(chars: &[char], mut j: usize) -> usize {
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    j
}

/// A sign (`负`, `-`) at `j`, and where the number after it starts.
fn sign_at(chars: &[char], j: usize) -> (bool, usize) {
    match chars.get(j) {
        Some('负' | '-') => (true, j + 1),
        _ => (false, j),
    }
}

fn negate(v: Decimal) -> Decimal {
    Decimal {
        mantissa: -v.mantissa,
        ..v
    }
}

/// `三分之一`, `３ 分  之 壹百五十七`, `16/5` after a denominator ending at `end`.
fn fraction_after(
    chars: &[char],
    end: usize,
    den: Option<Decimal>,
) -> Option<(usize, Option<Decimal>)> {
    let j = skip_spaces(chars, end);
    let k = if chars.get(j) == Some(&'分') {
        let k = skip_spaces(chars, j + 1);
        (chars.get(k) == Some(&'之')).then_some(k + 1)?
    } else {
        return slash_after(chars, end, den);
    };
    let (neg, k) = sign_at(chars, skip_spaces(chars, k));
    let (e, num) = whole_at(chars, k)?;
    let num = num.map(|n| if neg { negate(n) } else { n });
    Some((e, num.zip(den).and_then(|(n, d)| divide(n, d))))
}

/// `3/5` (Arabic on both sides, right after each other): the numerator came first.
fn slash_after(
    chars: &[char],
    end: usize,
    num: Option<Decimal>,
) -> Option<(usize, Option<Decimal>)> {
    if !matches!(chars.get(end), Some('/' | '／'))
        || !chars.get(end.checked_sub(1)?)?.is_ascii_digit()
    {
        return None;
    }
    let (neg, k) = sign_at(chars, end + 1);
    let (e, den) = parse_arabic(chars, k)?;
    let den = den.map(|d| if neg { negate(d) } else { d });
    Some((e, num.zip(den).and_then(|(n, d)| divide(n, d))))
}

/// A whole number and a fraction: `3又一千分之23`, `三百 五 又 三分  之一`, `1 4/3`.
fn mixed_after(
    chars: &[char],
    end: usize,
    whole: Option<Decimal>,
) -> Option<(usize, Option<Decimal>)> {
    let j = skip_spaces(chars, end);
    let k = match chars.get(j) {
        Some('又') => skip_spaces(chars, j + 1),
        Some(c) if c.is_ascii_digit() && j > end && chars[end - 1].is_ascii_digit() => j,
        _ => return None,
    };
    let (e, part) = whole_at(chars, k)?;
    let (e, frac) = fraction_after(chars, e, part)?;
    let frac = frac.map(|f| match whole {
        Some(w) if w.mantissa < 0 => negate(f),
        _ => f,
    });
    Some((e, whole.zip(frac).and_then(|(w, f)| add(w, f))))
}

/// Exponents read as powers: beyond this the value is left unknown (the text is kept).
const MAX_POWER: u32 = 64;

/// `base` to the power `exp`, exactly; a negative power divides one by it.
fn power(base: Decimal, exp: u32, negative: bool) -> Option<Decimal> {
    if exp > MAX_POWER {
        return None;
    }
    let mut v = Decimal::int(1);
    for _ in 0..exp {
        v = mul(v, base)?;
    }
    if negative {
        divide(Decimal::int(1), v)
    } else {
        Some(v)
    }
}

/// `2^-1`, `-1.1^+23`, `2.5^--1` (signs multiply) and `10的5次方` after a base ending at
/// `end`: the end and the power.
fn power_after(
    chars: &[char],
    end: usize,
    base: Option<Decimal>,
) -> Option<(usize, Option<Decimal>)> {
    let (k, chinese) = match chars.get(end)? {
        '^' => (end + 1, false),
        '的' => (end + 1, true),
        _ => return None,
    };
    let mut k = k;
    let mut negative = false;
    while let Some(c) = chars.get(k).filter(|_| !chinese) {
        match c {
            '-' | '－' => negative = !negative,
            '+' | '＋' => {}
            _ => break,
        }
        k += 1;
    }
    if chinese && chars.get(k) == Some(&'负') {
        negative = true;
        k += 1;
    }
    let n = number_at(chars, k)?;
    let mut e = n.end;
    if chinese {
        if !(chars.get(e) == Some(&'次') && chars.get(e + 1) == Some(&'方')) {
            return None;
        }
        e += 2;
    } else if n.chinese {
        return None;
    }
    let exp = n
        .value
        .and_then(Decimal::as_int)
        .and_then(|x| u32::try_from(x).ok());
    let value = base.zip(exp).and_then(|(b, x)| power(b, x, negative));
    Some((e, value))
}

/// `2e5`, `12.32e+14`, `-12e-1`: an Arabic number times a power of ten.
fn scientific(chars: &[char], i: usize) -> Option<(usize, Option<Decimal>)> {
    let (end, value) = parse_arabic(chars, i)?;
    if !matches!(chars.get(end), Some('e' | 'E')) {
        return None;
    }
    let (neg, k) = match chars.get(end + 1) {
        Some('-' | '－') => (true, end + 2),
        Some('+' | '＋') => (false, end + 2),
        _ => (false, end + 1),
    };
    let (e, exp) = parse_arabic(chars, k)?;
    if chars.get(e).is_some_and(char::is_ascii_alphanumeric) {
        return None;
    }
    // Past MAX_POWER the value is unknown: `5e-999999999` would print a billion zeros.
    let exp = exp
        .and_then(Decimal::as_int)
        .and_then(|x| u32::try_from(x).ok())
        .filter(|&x| x <= MAX_POWER);
    let value = value.zip(exp).and_then(|(v, x)| {
        if neg {
            Some(
                Decimal {
                    scale: v.scale.checked_add(x)?,
                    ..v
                }
                .normalized(),
            )
        } else {
            v.shift(x)
        }
    });
    Some((e, value))
}

/// Chinese for an Arabic integer under ten thousand (`4000` → 四千, `1020` → 一千零二十), so
/// a numeral mixing both reads as one Chinese numeral.
fn to_chinese(n: i128) -> Option<String> {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const UNITS: [&str; 4] = ["千", "百", "十", ""];
    if !(0..10_000).contains(&n) {
        return None;
    }
    if n == 0 {
        return Some("零".to_owned());
    }
    let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero = false;
    for (k, &d) in digits.iter().enumerate() {
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push(DIGITS[usize::try_from(d).ok()?]);
        out.push_str(UNITS[k]);
    }
    Some(out)
}

/// Whether `c` is 万, 亿, 千… (a unit char that multiplies what is before it).
fn is_unit(c: char) -> bool {
    chinese_unit(c).is_some()
}

/// The next non-space char from `j`, and its index.
fn next_solid(chars: &[char], j: usize) -> Option<(usize, char)> {
    let k = skip_spaces(chars, j);
    chars.get(k).map(|&c| (k, c))
}

/// Pieces of one numeral from `i`: Arabic and Chinese numerals, spaces between pieces, and
/// 多/余/几 right before a unit (dropped: `十多万` reads as 十万). Read as one Chinese numeral;
/// `None` when that is not well formed.
fn pieces(chars: &[char], i: usize) -> Option<(usize, Option<Decimal>)> {
    let mut text = String::new();
    let mut j = i;
    let mut end = i;
    let mut arabic_decimal: Option<Decimal> = None;
    while j < chars.len() {
        let c = chars[j];
        if c.is_ascii_digit() {
            if j > i && chars[end - 1].is_ascii_digit() {
                break; // `1 4/3`: two Arabic numbers
            }
            let (e, v) = parse_arabic(chars, j)?;
            let v = v?;
            match v.as_int().and_then(to_chinese) {
                Some(s) if arabic_decimal.is_none() => text.push_str(&s),
                _ if text.is_empty() => arabic_decimal = Some(v),
                _ => break,
            }
            j = e;
        } else if (is_chinese_numeral(c) && c != '点')
            || (c == '点' && !text.is_empty() && chars.get(j + 1) != Some(&'两'))
        {
            if let Some(v) = arabic_decimal {
                // `4.78万亿`: a decimal takes only units after it.
                let mut v = v;
                let mut k = j;
                while let Some(exp) = chars.get(k).copied().and_then(chinese_unit) {
                    v = v.shift(exp)?;
                    k += 1;
                }
                return (k > j).then_some((k, Some(v)));
            }
            text.push(c);
            j += 1;
        } else if matches!(c, '多' | '余' | '几') && !text.is_empty() {
            match next_solid(chars, j + 1) {
                Some((k, u)) if is_unit(u) => {
                    while text.ends_with('零') {
                        text.pop();
                    }
                    j = k;
                    continue;
                }
                _ => break,
            }
        } else if c == ' ' {
            // A space joins two pieces when a unit is on one side of it.
            match next_solid(chars, j) {
                Some((k, '多' | '余' | '几')) => {
                    j = k;
                    continue;
                }
                Some((k, n))
                    if (is_chinese_numeral(n) || n.is_ascii_digit())
                        && (is_unit(n)
                            || n == '点'
                            || chars.get(end.wrapping_sub(1)).is_some_and(|&p| is_unit(p))) =>
                {
                    j = k;
                    continue;
                }
                _ => break,
            }
        } else {
            break;
        }
        end = j;
    }
    if arabic_decimal.is_some() {
        return None;
    }
    let run: Vec<char> = text.chars().collect();
    Some((end, Some(parse_chinese(&run)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> String {
        let c: Vec<char> = s.chars().collect();
        compound_at(&c, 0)
            .map(|(e, v)| format!("{e}:{}", v.map_or("null".to_owned(), |v| v.to_string())))
            .unwrap_or_default()
    }

    #[test]
    fn arabic_with_units() {
        assert_eq!(read("5万4千6百"), "6:54600");
        assert_eq!(read("3万4000"), "6:34000");
        assert_eq!(read("1千零20"), "5:1020");
        assert_eq!(read("4.78万亿"), "6:4780000000000");
        assert_eq!(read("1,100万"), "6:11000000");
        assert_eq!(read("10万万"), "4:1000000000");
    }

    #[test]
    fn spaced_and_approximate() {
        assert_eq!(read("7 万5 千4 百"), "9:75400");
        assert_eq!(read("三千 九百 六十五"), "9:3965");
        assert_eq!(read("十多万"), "3:100000");
        assert_eq!(read("一百零几万"), "5:1000000");
        assert_eq!(read("500余万"), "5:5000000");
        assert_eq!(read("十 余 万"), "5:100000");
        assert_eq!(read("一百 二 十 几亿"), "9:12000000000");
        assert_eq!(read("十 余人"), "1:10");
        assert_eq!(read("2025 年"), "4:2025");
    }

    #[test]
    fn fractions() {
        assert_eq!(read("五分之一"), "4:0.2");
        assert_eq!(read("一百分之十万零六百五十一"), "12:1006.51");
        assert_eq!(read("3又一千分之23"), "8:3.023");
        assert_eq!(read("-3/2"), "");
        assert_eq!(read("3/2"), "3:1.5");
        assert_eq!(read("3／5"), "3:0.6");
        assert_eq!(read("1 4/3"), "5:2.333333333333333333");
        assert_eq!(read("三分之一"), "4:0.333333333333333333");
        assert_eq!(read("五分之"), "1:5");
    }

    #[test]
    fn scientific_and_dozens() {
        assert_eq!(read("12.32e+14"), "9:1232000000000000");
        assert_eq!(read("12e-1"), "5:1.2");
        assert_eq!(read("5e-999999999"), "12:null");
        assert_eq!(read("五十打"), "3:600");
    }

    #[test]
    fn powers() {
        assert_eq!(read("2^-1"), "4:0.5");
        assert_eq!(read("2.5^-1"), "6:0.4");
        assert_eq!(read("2.5^--1"), "7:2.5");
        assert_eq!(read("1.1^+2"), "6:1.21");
        assert_eq!(read("10的5次方"), "6:100000");
        assert_eq!(read("二的十次方"), "5:1024");
        assert_eq!(read("2的人"), "1:2");
        assert_eq!(read("2^999"), "5:null");
    }

    #[test]
    fn huge_pieces_have_no_value() {
        assert_eq!(read(&format!("{}分之一", "9".repeat(40))), "43:null");
    }
}
