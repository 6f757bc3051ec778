//! Sets of chars and lists of words built for scanning folded text: the scanners jump
//! between the few positions where one of their trigger chars stands ([`CharSet`]) and compare
//! a position only with the words that can start or end there ([`WordList`]). For the hottest
//! loops, where a byte table beats a bitmap, see [`super::tables`].

/// A set of chars as a bitmap over the Basic Multilingual Plane, built at compile time (chars
/// beyond it are never members). A scanner looking for a handful of trigger chars tests each
/// char of a text with one load and mask instead of a chain of comparisons or a word lookup.
pub struct CharSet([u64; 1024]);

impl CharSet {
    pub const fn of(chars: &[char]) -> CharSet {
        CharSet([0u64; 1024]).with(chars)
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

    /// The table's word holding `c`'s bit, shifted so the bit is the lowest, ignoring the
    /// plane check: a quick, branch-free test whose lowest bit may say yes for a char beyond
    /// the plane (never no for a member). The bits above it are left as they are, so a scan
    /// ORs words and masks once, not once a char.
    #[inline]
    fn bit(&self, c: char) -> u64 {
        let n = c as usize;
        self.0[(n / 64) % 1024] >> (n % 64)
    }

    /// The first position at or after `from` whose char is in the set.
    pub fn next_in(&self, f: &[char], from: usize) -> Option<usize> {
        self.next_in_where(f, from, |_| true)
    }

    /// The first position at or after `from` whose char is in the set and that `accept`s
    /// (a second, costlier test run only on members). Always inlined: in its caller the set
    /// is a known static and the loop runs a fifth faster by instructions; left to the
    /// compiler, an unrelated change elsewhere in the crate once moved one caller's copy
    /// (`amounts::scan_compact`) out of line and cost the facts pass 20 M instructions.
    #[inline(always)]
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
            if chunk.iter().fold(0, |acc, &c| acc | self.bit(c)) & 1 != 0 {
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

/// The first position at or after `from` holding `a` or `b`. Eight chars are compared a step
/// with no branch each (vector compares, once compiled), and only the step that holds one is
/// searched char by char: the scans for one rare char (`区`, `、`) cost about a load a char.
pub fn next_of(f: &[char], from: usize, a: char, b: char) -> Option<usize> {
    let rest = f.get(from..)?;
    let mut base = from;
    for chunk in rest.chunks_exact(8) {
        if chunk
            .iter()
            .fold(false, |acc, &c| acc | (c == a) | (c == b))
        {
            break;
        }
        base += 8;
    }
    let tail = f.get(base..)?;
    tail.iter()
        .position(|&c| c == a || c == b)
        .map(|k| base + k)
}

/// A word list prepared for matching inside folded chars: each word as chars beside its
/// text, bitmaps of the chars words start and end with (most positions are rejected with one
/// load), and the words grouped by first and by last char, so a position is compared with the
/// few words that can match there and no `&str` is decoded per try.
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
    /// The first two chars of the words of two chars or more, hashed into a bitmap: a
    /// position whose first char opens many words (`中`, `大`) usually opens none with the
    /// second, and is rejected before any word is compared.
    pairs: PairBits,
}

/// A set of char pairs as bits of a hashed bitmap of a size fit for the list: a prefilter,
/// which may say yes for a pair it never saw, never no for one it did.
struct PairBits {
    bits: Vec<u64>,
    /// Bit index mask: the bitmap holds a power of two bits.
    mask: usize,
}

impl PairBits {
    /// About sixteen bits per pair, so a stranger passes about once in sixteen.
    fn new(pairs: &[(char, char)]) -> PairBits {
        let n = (pairs.len() * 16).next_power_of_two().max(64);
        let mut bits = vec![0u64; n / 64];
        let mask = n - 1;
        for &(a, b) in pairs {
            let k = Self::slot(a, b, mask);
            bits[k / 64] |= 1 << (k % 64);
        }
        PairBits { bits, mask }
    }

    #[inline]
    fn slot(a: char, b: char, mask: usize) -> usize {
        (((a as u32).wrapping_mul(0x9E37_79B1) ^ b as u32).wrapping_mul(0x85EB_CA6B) >> 8) as usize
            & mask
    }

    #[inline]
    fn may_contain(&self, a: char, b: char) -> bool {
        let k = Self::slot(a, b, self.mask);
        self.bits
            .get(k / 64)
            .is_some_and(|w| w & (1 << (k % 64)) != 0)
    }
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
        let (mut penults, mut singles, mut pairs) = (Vec::new(), Vec::new(), Vec::new());
        for (w, _) in &words {
            match w.as_slice() {
                [one] => singles.push(*one),
                [.., penult, _] => penults.push(*penult),
                [] => {}
            }
            if let [a, b, ..] = w.as_slice() {
                pairs.push((*a, *b));
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
            pairs: PairBits::new(&pairs),
        }
    }

    /// Whether a word may start at `i`, whose char is `c`: its first char and, unless a
    /// one-char word starts with it, its first two.
    #[inline]
    fn may_start(&self, f: &[char], i: usize, c: char) -> bool {
        self.firsts.contains(c)
            && (self.singles.contains(c)
                || f.get(i + 1).is_some_and(|&d| self.pairs.may_contain(c, d)))
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
                if ends_with_chars(&f[..end], w) {
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
        if !self.may_start(f, i, c) {
            return None;
        }
        let rest = &f[i..];
        self.group(&self.by_first, c)
            .find(|(w, _)| starts_with_chars(rest, w))
            .map(|(w, text)| (*text, w.len()))
    }

    /// Whether a word ends right before `s`.
    pub fn ends_at(&self, f: &[char], s: usize) -> bool {
        self.ending_at(f, s).is_some()
    }

    /// The first word of the list (in list order) that ends right before `s`, and its length
    /// in chars.
    pub fn ending_at(&self, f: &[char], s: usize) -> Option<(&'static str, usize)> {
        let c = *f.get(s.checked_sub(1)?)?;
        if !self.lasts.contains(c) {
            return None;
        }
        let before = &f[..s];
        self.group(&self.by_last, c)
            .find(|(w, _)| ends_with_chars(before, w))
            .map(|(w, text)| (*text, w.len()))
    }

    /// Whether a word may start `chars` or end them (one look at each end).
    pub fn may_frame(&self, chars: &[char]) -> bool {
        chars.first().is_some_and(|&c| self.firsts.contains(c))
            || chars.last().is_some_and(|&c| self.lasts.contains(c))
    }

    /// Whether `chars` is one of the words.
    pub fn contains(&self, chars: &[char]) -> bool {
        chars.first().is_some_and(|&c| {
            self.may_start(chars, 0, c)
                && self
                    .group(&self.by_first, c)
                    .any(|(w, _)| w.len() == chars.len() && starts_with_chars(chars, w))
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

/// Whether `f` starts with `w`, compared char by char: the words are a few chars long, and
/// the slices' own `starts_with` calls `memcmp`, which costs more than the comparison.
#[inline]
pub fn starts_with_chars(f: &[char], w: &[char]) -> bool {
    f.len() >= w.len() && f.iter().zip(w).all(|(a, b)| a == b)
}

/// Whether `f` ends with `w`, compared char by char (see [`starts_with_chars`]).
#[inline]
pub fn ends_with_chars(f: &[char], w: &[char]) -> bool {
    f.len() >= w.len() && f[f.len() - w.len()..].iter().zip(w).all(|(a, b)| a == b)
}

/// The text of the chars from `start` to `end` (clamped to the text, like `Seg::folded`),
/// allocated once at its exact size: names are built from folded chars at every fact found.
pub fn text_between(f: &[char], start: usize, end: usize) -> String {
    let chars = &f[start.min(f.len())..end.min(f.len())];
    let mut text = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    text.extend(chars);
    text
}

/// Declares `fn NAME() -> &'static WordList`, the list `LIST` indexed on first use: the
/// scanners keep their word lists as plain `&str` arrays and ask for them by name. A
/// visibility before `NAME` (`pub(super) NAME`) shares the list with sibling modules.
macro_rules! word_list {
    ($(#[$doc:meta])* $vis:vis $name:ident, $list:expr) => {
        $(#[$doc])*
        $vis fn $name() -> &'static $crate::facts::charset::WordList {
            static W: std::sync::OnceLock<$crate::facts::charset::WordList> =
                std::sync::OnceLock::new();
            W.get_or_init(|| $crate::facts::charset::WordList::new($list))
        }
    };
}
pub(crate) use word_list;

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn next_of_finds_either_char_in_and_past_whole_steps() {
        let f = chars("一二三四五六七八九十区甲乙丙丁戊己庚辛壬癸區子");
        assert_eq!(next_of(&f, 0, '区', '區'), Some(10));
        assert_eq!(next_of(&f, 11, '区', '區'), Some(21));
        assert_eq!(next_of(&f, 22, '区', '區'), None);
        assert_eq!(next_of(&f, 99, '区', '區'), None);
        assert_eq!(next_of(&chars("区"), 0, '区', '区'), Some(0));
        for n in 0..20 {
            let mut g = vec!['一'; n];
            g.push('、');
            assert_eq!(next_of(&g, 0, '、', '、'), Some(n), "{n}");
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
}
