//! Numbers as printed in Chinese news: Arabic (`1233`, `1,233`, `1 233`, `3.04`), full-width
//! (folded to ASCII before we see them) and Chinese (`一千二百三十三万`, `两`, `十五`, `二〇二五`).
//!
//! Values are exact decimals (`mantissa × 10^-scale`), so `3.04 亿` is 304000000 and never
//! 303999999.99: money must survive the multiplier without binary floating point.

/// An exact decimal number: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

impl Decimal {
    pub const fn int(n: i128) -> Self {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// Multiplies by `10^exp` exactly, consuming decimal places before growing the mantissa.
    pub fn shift(self, exp: u32) -> Option<Self> {
        let mut d = self;
        for _ in 0..exp {
            if d.scale > 0 {
                d.scale -= 1;
            } else {
                d.mantissa = d.mantissa.checked_mul(10)?;
            }
        }
        Some(d.normalized())
    }

    /// Drops trailing zero decimals, so integral values print as integers.
    pub fn normalized(self) -> Self {
        let mut d = self;
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    pub fn is_integer(self) -> bool {
        self.normalized().scale == 0
    }

    /// The integer value when integral.
    pub fn as_int(self) -> Option<i128> {
        let d = self.normalized();
        (d.scale == 0).then_some(d.mantissa)
    }

    /// A JSON number: an integer when integral (`304000000`), else the shortest decimal form.
    pub fn to_json(self) -> Option<serde_json::Number> {
        let d = self.normalized();
        if d.scale == 0 {
            if let Ok(i) = i64::try_from(d.mantissa) {
                return Some(i.into());
            }
        }
        let f: f64 = d.to_string().parse().ok()?;
        serde_json::Number::from_f64(f)
    }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.normalized();
        if d.scale == 0 {
            return write!(f, "{}", d.mantissa);
        }
        let neg = d.mantissa < 0;
        let digits = d.mantissa.unsigned_abs().to_string();
        let scale = d.scale as usize;
        let padded = if digits.len() <= scale {
            format!("{}{}", "0".repeat(scale + 1 - digits.len()), digits)
        } else {
            digits
        };
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{}{int}.{frac}", if neg { "-" } else { "" })
    }
}

/// A number found in text: its char span and value, and whether it was written in Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSpan {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    pub chinese: bool,
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
        _ => return None,
    })
}

pub fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some() || c == '点'
}

/// The chars [`number_at`] can start a number with: ASCII digits, Chinese digits and `十`.
/// Scanners jump between these instead of trying every position of a text.
pub static NUMBER_STARTS: CharSet = CharSet::of(NUMBER_START_CHARS);

/// The members of [`NUMBER_STARTS`], for sets that extend it.
pub const NUMBER_START_CHARS: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '零', '〇', '○', '一', '壹', '幺', '二',
    '两', '贰', '三', '叁', '四', '肆', '五', '伍', '六', '陆', '七', '柒', '八', '捌', '九', '玖',
    '十', '拾',
];

/// A set of chars as a bitmap over the Basic Multilingual Plane, built at compile time (chars
/// beyond it are never members). A scanner looking for a handful of trigger chars tests each
/// char of a text with one load and mask instead of a chain of comparisons or a word lookup.
/// (A generic helper kept here, beside the other char classes, until the facts module has a
/// shared home for such things.)
pub struct CharSet([u64; 1024]);

impl CharSet {
    pub const fn of(chars: &[char]) -> CharSet {
        let mut bits = [0u64; 1024];
        let mut k = 0;
        while k < chars.len() {
            let n = chars[k] as usize;
            if n < 65536 {
                bits[n / 64] |= 1 << (n % 64);
            }
            k += 1;
        }
        CharSet(bits)
    }

    /// This set and `chars`.
    pub const fn with(self, chars: &[char]) -> CharSet {
        let mut bits = self.0;
        let mut k = 0;
        while k < chars.len() {
            let n = chars[k] as usize;
            if n < 65536 {
                bits[n / 64] |= 1 << (n % 64);
            }
            k += 1;
        }
        CharSet(bits)
    }

    /// This set and the chars from `lo` to `hi`.
    pub const fn with_range(self, lo: char, hi: char) -> CharSet {
        let mut bits = self.0;
        let mut n = lo as usize;
        while n <= hi as usize && n < 65536 {
            bits[n / 64] |= 1 << (n % 64);
            n += 1;
        }
        CharSet(bits)
    }

    /// This set and `chars`, for sets built at run time.
    pub fn with_all(mut self, chars: &[char]) -> CharSet {
        for &c in chars {
            let n = c as usize;
            if let Some(slot) = self.0.get_mut(n / 64) {
                *slot |= 1 << (n % 64);
            }
        }
        self
    }

    /// The set of the first chars of `words` (for lists that live as `&str` constants).
    pub fn firsts<'a>(words: impl IntoIterator<Item = &'a str>) -> CharSet {
        let firsts: Vec<char> = words.into_iter().filter_map(|w| w.chars().next()).collect();
        CharSet::of(&[]).with_all(&firsts)
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        // The plane check comes last: most chars are no member, and the masked index is
        // always in bounds, so a miss costs one load and one test.
        let n = c as usize;
        self.0[(n / 64) % 1024] & (1 << (n % 64)) != 0 && n < 65536
    }

    /// The bit of `c` in the table, ignoring the plane check: a quick, branch-free test
    /// that may say yes for a char beyond the plane (never no for a member).
    #[inline]
    fn bit(&self, c: char) -> u64 {
        let n = c as usize;
        (self.0[(n / 64) % 1024] >> (n % 64)) & 1
    }

    /// The first position at or after `from` whose char is in the set.
    pub fn next_in(&self, f: &[char], from: usize) -> Option<usize> {
        self.next_in_where(f, from, |_| true)
    }

    /// The first position at or after `from` whose char is in the set and that `accept`s
    /// (a second, costlier test run only on members).
    pub fn next_in_where(
        &self,
        f: &[char],
        from: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let rest = f.get(from..)?;
        // Texts are long and members rare: eight chars are tested per step without a branch
        // each, and only a step with a possible member is looked at char by char.
        let mut chunks = rest.chunks_exact(8);
        let mut base = from;
        for chunk in &mut chunks {
            if chunk.iter().fold(0, |acc, &c| acc | self.bit(c)) != 0 {
                if let Some(p) = self.first_in(chunk, base, &accept) {
                    return Some(p);
                }
            }
            base += 8;
        }
        self.first_in(chunks.remainder(), base, &accept)
    }

    /// The first accepted member in a few chars starting at `base`. Kept out of line so the
    /// fast loop above stays lean.
    #[inline(never)]
    fn first_in(
        &self,
        chars: &[char],
        base: usize,
        accept: &impl Fn(usize) -> bool,
    ) -> Option<usize> {
        for (k, &c) in chars.iter().enumerate() {
            if self.contains(c) && accept(base + k) {
                return Some(base + k);
            }
        }
        None
    }
}

/// A word list prepared for matching inside folded chars: each word as chars beside its
/// text, bitmaps of the chars words start and end with (most positions are rejected with one
/// load), and the words grouped by first and by last char, so a position is compared with the
/// few words that can match there and no `&str` is decoded per try. (A generic helper kept
/// here with [`CharSet`].)
pub struct WordList {
    /// In list order.
    words: Vec<(Vec<char>, &'static str)>,
    firsts: CharSet,
    lasts: CharSet,
    /// The chars before the last of words of two chars or more, and the one-char words:
    /// together with `lasts`, a cheap test that a word may end at a position.
    penults: CharSet,
    singles: CharSet,
    /// Indexes into `words` by (first char, list order) and by (last char, list order).
    by_first: Vec<(char, usize)>,
    by_last: Vec<(char, usize)>,
}

impl WordList {
    pub fn new(list: &[&'static str]) -> WordList {
        let words: Vec<(Vec<char>, &'static str)> = list
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| (w.chars().collect(), *w))
            .collect();
        let index = |end: fn(&[char]) -> Option<&char>| {
            let mut index: Vec<(char, usize)> = words
                .iter()
                .enumerate()
                .filter_map(|(k, (w, _))| end(w).map(|c| (*c, k)))
                .collect();
            index.sort_unstable();
            index
        };
        let by_first = index(<[char]>::first);
        let by_last = index(<[char]>::last);
        let set = |index: &[(char, usize)]| {
            let chars: Vec<char> = index.iter().map(|(c, _)| *c).collect();
            CharSet::of(&[]).with_all(&chars)
        };
        let (mut penults, mut singles) = (Vec::new(), Vec::new());
        for (w, _) in &words {
            match w.as_slice() {
                [one] => singles.push(*one),
                [.., penult, _] => penults.push(*penult),
                [] => {}
            }
        }
        WordList {
            firsts: set(&by_first),
            lasts: set(&by_last),
            penults: CharSet::of(&[]).with_all(&penults),
            singles: CharSet::of(&[]).with_all(&singles),
            words,
            by_first,
            by_last,
        }
    }

    /// The words starting (or ending) with `c` in `index`, in list order.
    fn group<'a>(
        &'a self,
        index: &'a [(char, usize)],
        c: char,
    ) -> impl Iterator<Item = &'a (Vec<char>, &'static str)> + 'a {
        let from = index.partition_point(|(k, _)| *k < c);
        index[from..]
            .iter()
            .take_while(move |(k, _)| *k == c)
            .filter_map(|(_, w)| self.words.get(*w))
    }

    /// Every position where a word of the list is written, in order. Found from the words'
    /// last chars, which are rarer in running text than their first ones.
    pub fn starts_in(&self, f: &[char]) -> Vec<usize> {
        let mut starts = Vec::new();
        let mut q = 0;
        let may_end =
            |p: usize| self.singles.contains(f[p]) || (p > 0 && self.penults.contains(f[p - 1]));
        while let Some(p) = self.lasts.next_in_where(f, q, may_end) {
            let end = p + 1;
            for (w, _) in self.group(&self.by_last, f[p]) {
                if f[..end].ends_with(w) {
                    starts.push(end - w.len());
                }
            }
            q = end;
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    /// Whether a word starts with `c`.
    #[inline]
    pub fn can_start(&self, c: char) -> bool {
        self.firsts.contains(c)
    }

    /// The first word of the list written at `i` and its length in chars (the longest one,
    /// in lists kept longest first).
    pub fn at(&self, f: &[char], i: usize) -> Option<(&'static str, usize)> {
        let c = *f.get(i)?;
        if !self.firsts.contains(c) {
            return None;
        }
        let rest = &f[i..];
        self.group(&self.by_first, c)
            .find(|(w, _)| rest.starts_with(w))
            .map(|(w, text)| (*text, w.len()))
    }

    /// Whether a word ends right before `s`.
    pub fn ends_at(&self, f: &[char], s: usize) -> bool {
        let Some(&c) = s.checked_sub(1).and_then(|k| f.get(k)) else {
            return false;
        };
        self.lasts.contains(c)
            && self
                .group(&self.by_last, c)
                .any(|(w, _)| f[..s].ends_with(w))
    }

    /// Whether a word may start `chars` or end them (one look at each end).
    pub fn may_frame(&self, chars: &[char]) -> bool {
        chars.first().is_some_and(|&c| self.firsts.contains(c))
            || chars.last().is_some_and(|&c| self.lasts.contains(c))
    }

    /// Whether `chars` is one of the words.
    pub fn contains(&self, chars: &[char]) -> bool {
        chars.first().is_some_and(|&c| {
            self.firsts.contains(c)
                && self
                    .group(&self.by_first, c)
                    .any(|(w, _)| w.as_slice() == chars)
        })
    }

    /// Whether one of the words occurs anywhere in `chars`.
    pub fn occurs_in(&self, chars: &[char]) -> bool {
        (0..chars.len()).any(|k| self.at(chars, k).is_some())
    }

    /// The words as chars, in list order.
    pub fn chars(&self) -> impl Iterator<Item = &[char]> {
        self.words.iter().map(|(w, _)| w.as_slice())
    }
}

/// The text of the chars from `start` to `end` (clamped to the text, like `Seg::folded`),
/// allocated once at its exact size: names are built from folded chars at every fact found.
pub fn text_between(f: &[char], start: usize, end: usize) -> String {
    let chars = &f[start.min(f.len())..end.min(f.len())];
    let mut text = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    text.extend(chars);
    text
}

/// Parses a run of Chinese numerals: positional (`一千二百三十三万`), digit strings
/// (`二〇二五`) and decimals (`三点五`). `None` when the run is not a well-formed number.
pub fn parse_chinese(run: &[char]) -> Option<Decimal> {
    if run.is_empty() {
        return None;
    }
    if let Some(p) = run.iter().position(|&c| c == '点') {
        let int = parse_chinese_int(&run[..p])?;
        let frac: Option<Vec<u32>> = run[p + 1..].iter().map(|&c| chinese_digit(c)).collect();
        let frac = frac?;
        if frac.is_empty() {
            return None;
        }
        let mut m = int;
        for d in &frac {
            m = m.checked_mul(10)?.checked_add(i128::from(*d))?;
        }
        return Some(Decimal {
            mantissa: m,
            scale: frac.len() as u32,
        });
    }
    parse_chinese_int(run).map(Decimal::int)
}

fn parse_chinese_int(run: &[char]) -> Option<i128> {
    if run.is_empty() {
        return None;
    }
    let has_zero = run.iter().any(|&c| matches!(c, '〇' | '○' | '零'));
    if (run.len() > 2 || has_zero)
        && run.len() > 1
        && run.iter().all(|&c| chinese_digit(c).is_some())
    {
        // 二〇二五: a digit string, read digit by digit (`三四`, two to four, is not one).
        return run.iter().try_fold(0i128, |acc, &c| {
            Some(acc * 10 + i128::from(chinese_digit(c)?))
        });
    }
    let mut total: i128 = 0;
    let mut section: i128 = 0;
    let mut number: Option<i128> = None;
    for &c in run {
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                continue; // 一百零五: the zero only marks a gap
            }
            if number.is_some() {
                return None; // 三四: not positional
            }
            number = Some(i128::from(d));
        } else if let Some(exp) = chinese_unit(c) {
            let unit = 10i128.pow(exp);
            match exp {
                1..=3 => {
                    let n = number.unwrap_or(if exp == 1 { 1 } else { 0 });
                    if n == 0 && exp != 1 {
                        return None;
                    }
                    section += n * unit;
                }
                4 => {
                    section += number.unwrap_or(0);
                    if section == 0 && total == 0 {
                        return None;
                    }
                    total += section * unit;
                    section = 0;
                }
                _ => {
                    section += number.unwrap_or(0);
                    total = (total + section) * unit;
                    if total == 0 {
                        return None;
                    }
                    section = 0;
                }
            }
            number = None;
        } else {
            return None;
        }
    }
    Some(total + section + number.unwrap_or(0))
}

/// Parses Arabic digits at `i` of folded text: `1233`, `1,233`, `1 233` (a thin grouping space
/// only before exactly three digits), `3.04`. Returns the end and the value.
pub fn parse_arabic(chars: &[char], i: usize) -> Option<(usize, Decimal)> {
    if !chars.get(i)?.is_ascii_digit() {
        return None;
    }
    // Accumulated in place rather than through a String: this runs for every number of a text.
    let mut mantissa: i128 = 0;
    let mut digits = 0usize;
    let mut j = i;
    let mut frac_len: Option<u32> = None;
    while j < chars.len() {
        let c = chars[j];
        if let Some(d) = c.to_digit(10) {
            // Past 30 digits the number is refused below; stop growing before i128 overflows.
            if digits < 30 {
                mantissa = mantissa * 10 + i128::from(d);
            }
            digits += 1;
            if let Some(f) = frac_len.as_mut() {
                *f += 1;
            }
            j += 1;
        } else if (c == ',' || c == ' ') && frac_len.is_none() && group_follows(chars, j + 1) {
            // A separator only groups thousands when exactly three digits follow and then no digit.
            j += 1;
        } else if (c == '.' || c == '．')
            && frac_len.is_none()
            && chars.get(j + 1).is_some_and(char::is_ascii_digit)
        {
            frac_len = Some(0);
            j += 1;
        } else {
            break;
        }
    }
    if digits > 30 {
        return None;
    }
    Some((
        j,
        Decimal {
            mantissa,
            scale: frac_len.unwrap_or(0),
        },
    ))
}

/// Exactly three digits at `j`, not followed by another digit.
fn group_follows(chars: &[char], j: usize) -> bool {
    (0..3).all(|k| chars.get(j + k).is_some_and(char::is_ascii_digit))
        && !chars.get(j + 3).is_some_and(char::is_ascii_digit)
        && chars.get(j + 3).is_none_or(|&c| c != '.')
}

/// The number starting exactly at `i` (Arabic or Chinese), if any.
pub fn number_at(chars: &[char], i: usize) -> Option<NumberSpan> {
    let c = *chars.get(i)?;
    if c.is_ascii_digit() {
        if i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.') {
            return None;
        }
        let (end, value) = parse_arabic(chars, i)?;
        return Some(NumberSpan {
            start: i,
            end,
            value,
            chinese: false,
        });
    }
    if chinese_digit(c).is_none() && !matches!(c, '十' | '拾') {
        return None;
    }
    let mut end = i;
    while end < chars.len() && is_chinese_numeral(chars[end]) {
        end += 1;
    }
    // A trailing 点 or 万/亿 with nothing numeric before belongs to the following word.
    while end > i && chars[end - 1] == '点' {
        end -= 1;
    }
    let value = parse_chinese(&chars[i..end])?;
    Some(NumberSpan {
        start: i,
        end,
        value,
        chinese: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn n(s: &str) -> String {
        let c = chars(s);
        number_at(&c, 0)
            .map(|n| n.value.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(n("一千二百三十三万"), "12330000");
        assert_eq!(n("十五"), "15");
        assert_eq!(n("三十五"), "35");
        assert_eq!(n("两"), "2");
        assert_eq!(n("二〇二五"), "2025");
        assert_eq!(n("一亿二千万"), "120000000");
        assert_eq!(n("三点五"), "3.5");
        assert_eq!(n("一百零五"), "105");
        assert_eq!(n("贰拾"), "20");
    }

    #[test]
    fn arabic_numbers() {
        assert_eq!(n("1233"), "1233");
        assert_eq!(n("1,233,000"), "1233000");
        assert_eq!(n("1 233 元"), "1233");
        assert_eq!(n("3.04"), "3.04");
        assert_eq!(n("0.776"), "0.776");
        assert_eq!(n("2025 年"), "2025");
    }

    #[test]
    fn exact_multipliers() {
        let d = Decimal {
            mantissa: 304,
            scale: 2,
        };
        assert_eq!(
            d.shift(8).map(|d| d.to_string()).as_deref(),
            Some("304000000")
        );
        assert_eq!(
            d.shift(8)
                .and_then(Decimal::to_json)
                .map(|j| j.to_string())
                .as_deref(),
            Some("304000000")
        );
        let d = Decimal {
            mantissa: 776,
            scale: 3,
        };
        assert_eq!(d.to_json().map(|j| j.to_string()).as_deref(), Some("0.776"));
        assert_eq!(
            Decimal {
                mantissa: 5,
                scale: 3
            }
            .to_string(),
            "0.005"
        );
    }

    #[test]
    fn number_starts_are_what_number_at_accepts() {
        for n in 0..=0xFFFFu32 {
            let Some(c) = char::from_u32(n) else { continue };
            let accepts =
                c.is_ascii_digit() || chinese_digit(c).is_some() || matches!(c, '十' | '拾');
            assert_eq!(NUMBER_STARTS.contains(c), accepts, "{c}");
        }
    }

    #[test]
    fn char_sets_find_the_next_member() {
        let set = CharSet::firsts(["公司", "局"]);
        let f = chars("某某局和某某公司");
        assert_eq!(set.next_in(&f, 0), Some(2));
        assert_eq!(set.next_in(&f, 3), Some(6));
        assert_eq!(set.next_in(&f, 7), None);
        assert_eq!(set.next_in(&f, 99), None);
        // Past the eight-char steps, and a char beyond the plane sharing a member's bit.
        let long = chars("一二三四五六七八九十一二三四五六七八局\u{1516C}公司");
        assert_eq!(set.next_in(&long, 0), Some(18));
        assert_eq!(set.next_in(&long, 19), Some(20));
        let alias = char::from_u32(0x10000 + '局' as u32).unwrap_or('a');
        let mut tricky: Vec<char> = vec![alias; 9];
        tricky.extend(chars("局"));
        assert_eq!(set.next_in(&tricky, 0), Some(9));
        assert!(!set.contains('😀'));
    }

    #[test]
    fn word_lists_match_in_list_order() {
        let list = WordList::new(&["股份有限公司", "有限公司", "公司", "股份", "局"]);
        let f = chars("某某股份有限公司和某局");
        assert_eq!(list.at(&f, 2), Some(("股份有限公司", 6)));
        assert_eq!(list.at(&f, 4), Some(("有限公司", 4)));
        assert_eq!(list.at(&f, 0), None);
        assert!(list.ends_at(&f, 8));
        assert!(list.ends_at(&f, 11));
        assert!(!list.ends_at(&f, 0));
        assert!(!list.ends_at(&f, 9));
        assert!(list.contains(&chars("公司")));
        assert!(!list.contains(&chars("公")));
        assert!(!list.contains(&[]));
        assert!(list.occurs_in(&chars("一家公司")));
        assert!(!list.occurs_in(&chars("一家企业")));
        assert_eq!(list.chars().count(), 5);
        assert_eq!(list.starts_in(&f), [2, 4, 6, 10]);
        assert!(list.starts_in(&[]).is_empty());
    }

    #[test]
    fn long_digit_runs_are_refused() {
        assert_eq!(n(&"9".repeat(30)), "9".repeat(30));
        assert_eq!(n(&"9".repeat(31)), "");
    }

    #[test]
    fn garbage_is_no_number() {
        assert_eq!(n("万"), "");
        assert_eq!(n("三四"), "");
        assert_eq!(n(""), "");
    }
}
