//! Byte tables over chars that let a scan reject a position with one load before it compares any
//! word: most positions of a text start no title, no verb and no place name, and the scans
//! visit every one of them.
//!
//! Each set is a prefilter (it may say yes where the exact test then says no), so a hash
//! collision or a char beyond the Basic Multilingual Plane costs time, never a result.

/// A set of chars, one byte per Basic Multilingual Plane char: a test is one load with no
/// shifting, which matters in loops that test every char of a text.
pub struct CharTable {
    bytes: Box<[u8; CharTable::LEN]>,
}

impl CharTable {
    const LEN: usize = 1 << 16;

    pub fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut bytes = Box::new([0u8; Self::LEN]);
        for c in chars {
            if let Some(b) = bytes.get_mut(c as usize) {
                *b = 1;
            }
        }
        CharTable { bytes }
    }

    /// Whether `c` is in the set; exact in the BMP, always true beyond it.
    #[inline(always)]
    pub fn may_contain(&self, c: char) -> bool {
        self.bytes.get(c as usize).is_none_or(|&b| b != 0)
    }
}

/// Pairs of chars hashed into a bitmap: whether a word can open with these two chars.
pub struct PairTable {
    bits: Box<[u64; PairTable::SLOTS / 64]>,
}

impl PairTable {
    const SLOTS: usize = 1 << 18;

    pub fn new(pairs: impl IntoIterator<Item = (char, char)>) -> Self {
        let mut bits = Box::new([0u64; Self::SLOTS / 64]);
        for (a, b) in pairs {
            let n = Self::slot(a, b);
            bits[n / 64] |= 1 << (n % 64);
        }
        PairTable { bits }
    }

    /// A multiplicative hash of the pair, reduced to a bit index below `SLOTS`.
    #[inline(always)]
    fn slot(a: char, b: char) -> usize {
        ((a as u32).wrapping_mul(0x9E37_79B1) ^ b as u32) as usize % Self::SLOTS
    }

    /// Whether `a` then `b` may open a word; without a second char, no word of two or more does.
    #[inline(always)]
    pub fn may_contain(&self, a: char, b: Option<&char>) -> bool {
        let Some(&b) = b else {
            return false;
        };
        let n = Self::slot(a, b);
        self.bits[n / 64] & (1 << (n % 64)) != 0
    }
}

/// A word list matched at positions of folded text. Most positions fail the first-char bitmap,
/// most of the rest the pair bitmap, and only then are words compared.
pub struct WordTable {
    /// Sorted by first char, longest first within one, so the first match is the longest.
    words: Vec<Vec<char>>,
    firsts: CharTable,
    pairs: PairTable,
    lasts: CharTable,
    /// A one-char word matches whatever follows it, so the pair test cannot be used.
    has_single: bool,
}

impl WordTable {
    pub fn new<'a>(list: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: Vec<Vec<char>> = list
            .into_iter()
            .map(|w| w.chars().collect::<Vec<char>>())
            .filter(|w| !w.is_empty())
            .collect();
        words.sort_by(|a, b| a[0].cmp(&b[0]).then(b.len().cmp(&a.len())));
        WordTable {
            firsts: CharTable::new(words.iter().map(|w| w[0])),
            pairs: PairTable::new(words.iter().filter_map(|w| Some((w[0], *w.get(1)?)))),
            lasts: CharTable::new(words.iter().filter_map(|w| w.last().copied())),
            has_single: words.iter().any(|w| w.len() == 1),
            words,
        }
    }

    /// Whether a word may start at `i`, whose char is `c`: the tables only.
    #[inline(always)]
    pub fn may_start(&self, c: char, f: &[char], i: usize) -> bool {
        self.firsts.may_contain(c) && (self.has_single || self.pairs.may_contain(c, f.get(i + 1)))
    }

    /// The length of the longest word starting at `i`. Inlined into the scans, so a position
    /// the bitmaps reject costs no call.
    #[inline(always)]
    pub fn longest_at(&self, f: &[char], i: usize) -> Option<usize> {
        let c = *f.get(i)?;
        if !self.may_start(c, f, i) {
            return None;
        }
        self.longest_from(f, i, c)
    }

    #[inline(never)]
    fn longest_from(&self, f: &[char], i: usize, c: char) -> Option<usize> {
        let from = self.words.partition_point(|w| w[0] < c);
        let rest = f.get(i..).unwrap_or_default();
        self.words[from..]
            .iter()
            .take_while(|w| w[0] == c)
            .find(|w| starts_with(rest, w))
            .map(Vec::len)
    }

    /// Whether a word ends right before `s`.
    pub fn ends_at(&self, f: &[char], s: usize) -> bool {
        let Some(head) = f.get(..s) else {
            return false;
        };
        head.last().is_some_and(|&c| self.lasts.may_contain(c))
            && self.words.iter().any(|w| ends_with(head, w))
    }
}

/// Char by char: the words are a few chars long, shorter than a `memcmp` call.
fn starts_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len() && text.iter().zip(word).all(|(a, b)| a == b)
}

fn ends_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len()
        && text
            .iter()
            .rev()
            .zip(word.iter().rev())
            .all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn char_set_holds_what_it_was_given() {
        let set = CharTable::new("主副书".chars());
        assert!(set.may_contain('主') && set.may_contain('书'));
        assert!(!set.may_contain('市') && !set.may_contain('a'));
        // Beyond the BMP the set cannot tell, so it lets the exact test decide.
        assert!(set.may_contain('\u{20000}'));
    }

    #[test]
    fn pair_set_needs_the_second_char() {
        let set = PairTable::new([('主', '任')]);
        assert!(set.may_contain('主', Some(&'任')));
        assert!(!set.may_contain('主', None));
    }

    #[test]
    fn longest_word_wins_and_ends_are_found() {
        let list = WordTable::new(["经理", "总经理", "副总经理", "说"]);
        let f = chars("副总经理说");
        assert_eq!(list.longest_at(&f, 0), Some(4));
        assert_eq!(list.longest_at(&f, 1), Some(3));
        assert_eq!(list.longest_at(&f, 4), Some(1));
        assert_eq!(list.longest_at(&f, 5), None);
        assert!(list.ends_at(&f, 4) && list.ends_at(&f, 5));
        assert!(!list.ends_at(&f, 3) && !list.ends_at(&f, 0) && !list.ends_at(&f, 9));
    }

    #[test]
    fn a_word_cut_by_the_end_of_the_text_is_no_match() {
        let list = WordTable::new(["经理"]);
        assert_eq!(list.longest_at(&chars("经"), 0), None);
    }
}
