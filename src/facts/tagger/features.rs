//! The features the tagger scores each char by: the char and its neighbours, their pairs, the
//! jieba word it sits in (and where in it), the word before it, and the kinds of the chars —
//! each hashed straight into a row of the weight table.
//!
//! Training (tools/train-tagger) and inference call the same [`extract`], so a model always
//! sees the features it was trained on; the template numbers are part of the model format.

/// Features per char: few enough that tagging costs about what jieba's cutting does (eight
/// lookups a char). The char triple and the next word's features were dropped: each costs
/// about 35 instructions a char, and the model scored better on its tuning sentences without
/// them (mean F1 0.664 against 0.650), the pairs and the word already covering them.
pub const PER_CHAR: usize = 8;

/// Stands for the chars before the text and after it.
const BEFORE: char = '\u{2}';
const AFTER: char = '\u{3}';

/// One step of the hash (the FxHash mix): fast, and good enough to spread features over rows.
#[inline(always)]
const fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Final avalanche so the top bits (the row) depend on every input bit. The usual last step
/// (`h ^= h >> 33`) is left out: it only changes the low 31 bits, and a row is the top
/// `bits` (18 in every model the library reads, at most 31 in the trainer) bits, so every row is what it was with it.
#[inline(always)]
fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h.wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// A char as the features see it: ASCII digits as one digit, Latin letters lower-cased, so
/// `2006年` and `1998年` share their features.
#[inline(always)]
fn norm(c: char) -> char {
    // A Han char, most of any word, is answered with one test.
    if is_han_class(c) {
        return c;
    }
    match c {
        '0'..='9' => '0',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// Coarse kind of a char: Han, digit, Latin letter, the `·` of transliterated names, the list
/// comma, other punctuation, space, or outside the text.
#[inline(always)]
fn class(c: char) -> u64 {
    match c {
        BEFORE | AFTER => 0,
        '0'..='9' => 1,
        'a'..='z' | 'A'..='Z' => 2,
        '·' | '•' | '・' => 3,
        '、' => 4,
        ' ' | '\u{3000}' => 5,
        c if is_han_class(c) => 6,
        _ => 7,
    }
}

/// Whether `c` is of the Han class (U+3400 to U+9FFF): no other class's char lies there.
#[inline(always)]
fn is_han_class(c: char) -> bool {
    (c as u32).wrapping_sub(0x3400) < 0x6C00
}

/// Where a char sits in its jieba word: single, first, middle, last.
#[inline(always)]
fn place_in_word(i: usize, start: usize, end: usize) -> u64 {
    match (i == start, i + 1 == end) {
        (true, true) => 0,
        (true, false) => 1,
        (false, false) => 2,
        (false, true) => 3,
    }
}

/// Builds the id-seeded start of a template's hash; `const` so every template seed is folded
/// at compile time.
const fn t(id: u64) -> u64 {
    mix(0xcbf2_9ce4_8422_2325, id)
}

/// A char as the features read it, with its [`class`], worked out once a char rather than
/// once for every window it is in.
#[derive(Debug, Clone, Copy)]
struct Ch {
    c: u64,
    class: u64,
}

impl Ch {
    /// `c` normalised; the class of a normalised char is the class of the char. A Han char,
    /// most of any text, is answered first: no normalisation touches it and its class is the
    /// last of [`class`]'s tests.
    #[inline(always)]
    fn of(c: char) -> Ch {
        if is_han_class(c) {
            return Ch {
                c: c as u64,
                class: 6,
            };
        }
        let c = norm(c);
        Ch {
            c: c as u64,
            class: class(c),
        }
    }
}

/// Hash of a word's chars.
#[inline(always)]
fn word_hash(word: &[char]) -> u64 {
    word.iter()
        .fold(0x9e37_79b9, |h, &c| mix(h, norm(c) as u64))
}

/// The words of a text as [`each_char`] reads them, one after the other: jieba's words where
/// they are well formed (inside the text, not empty, not overlapping the word before), and
/// each char outside them as a word of its own. Walked as the chars are, so no list of them
/// is built.
struct Cover<'w> {
    n: usize,
    words: std::slice::Iter<'w, (usize, usize)>,
    /// The next well-formed jieba word, if any.
    next: Option<(usize, usize)>,
}

impl<'w> Cover<'w> {
    fn new(n: usize, words: &'w [(usize, usize)]) -> Cover<'w> {
        let mut cover = Cover {
            n,
            words: words.iter(),
            next: None,
        };
        cover.next = cover.next_word(0);
        cover
    }

    /// The first jieba word still to come that is well formed after a word ending at `at`.
    fn next_word(&mut self, at: usize) -> Option<(usize, usize)> {
        let n = self.n;
        self.words
            .find(|&&(s, e)| s >= at && e <= n && s < e)
            .copied()
    }

    /// The word starting at char `i`, the end of the one before.
    #[inline(always)]
    fn at(&mut self, i: usize) -> (usize, usize) {
        match self.next {
            Some((s, e)) if s == i => {
                self.next = self.next_word(e);
                (s, e)
            }
            _ => (i, i + 1),
        }
    }
}

/// The word features' seeds of one word, mixed once a word instead of once a char: the
/// features of its chars then differ only by the char's place in it.
#[derive(Clone, Copy)]
struct WordSeeds {
    own: u64,
    prev: u64,
}

impl WordSeeds {
    /// Seeds of a word of hash `own` after one of hash `prev` (1 stands for no word before).
    #[inline(always)]
    fn of(own: u64, prev: u64) -> WordSeeds {
        WordSeeds {
            own: mix(t(10), own),
            prev: mix(t(12), prev),
        }
    }
}

/// Calls `sink` with the hashes of every feature of every char of `f`, in order, given
/// jieba's words as char spans (in order; chars outside every word count as words of their
/// own). Streaming them lets the tagger look each char's rows up while the next char's
/// hashes are computed, with no buffer of hashes in between; the chars' windows and the
/// words are walked as they come, with no buffer of them either (building those cost about
/// as much as the features themselves).
pub fn each_char(f: &[char], words: &[(usize, usize)], mut sink: impl FnMut(&[u64; PER_CHAR])) {
    let Some(&first) = f.first() else {
        return;
    };
    let f2 = |seed: u64, a: u64, b: u64| finish(mix(mix(seed, a), b));
    let mut cover = Cover::new(f.len(), words);
    let (mut ws, mut we) = cover.at(0);
    let mut own = word_hash(&f[ws..we]);
    let mut seeds = WordSeeds::of(own, 1);
    // The window: the char before, the char, the char after (stand-ins past either end).
    let (mut before, mut here) = (Ch::of(BEFORE), Ch::of(first));
    for i in 0..f.len() {
        if we <= i {
            (ws, we) = cover.at(i);
            let prev = own;
            own = word_hash(&f[ws..we]);
            seeds = WordSeeds::of(own, prev);
        }
        let after = Ch::of(f.get(i + 1).copied().unwrap_or(AFTER));
        let (c1, c0, d1) = (before.c, here.c, after.c);
        let pos = place_in_word(i, ws, we);
        let wlen = (we - ws).min(4) as u64;
        sink(&[
            finish(mix(t(0), c0)),
            finish(mix(t(1), c1)),
            finish(mix(t(2), d1)),
            f2(t(5), c1, c0),
            f2(t(6), c0, d1),
            finish(mix(seeds.own, pos)),
            finish(mix(
                t(11),
                pos << 12 | wlen << 8 | before.class << 4 | here.class,
            )),
            finish(mix(seeds.prev, pos)),
        ]);
        (before, here) = (here, after);
    }
}

/// Hashes of every feature of every char of `f`, `PER_CHAR` a char (see [`each_char`]), for
/// training. `out` is cleared and refilled.
pub fn extract(f: &[char], words: &[(usize, usize)], out: &mut Vec<u64>) {
    out.clear();
    each_char(f, words, |h| out.extend_from_slice(h));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The features as they were first computed, from whole buffers: every word's span (jieba's
    /// well-formed words, single chars elsewhere), every word's hash, every char normalised.
    fn buffered(f: &[char], words: &[(usize, usize)]) -> Vec<u64> {
        let mut spans = Vec::new();
        let mut at = 0;
        for &(s, e) in words {
            if s < at || e > f.len() || s >= e {
                continue;
            }
            spans.extend((at..s).map(|i| (i, i + 1)));
            spans.push((s, e));
            at = e;
        }
        spans.extend((at..f.len()).map(|i| (i, i + 1)));
        let hashes: Vec<u64> = spans.iter().map(|&(s, e)| word_hash(&f[s..e])).collect();
        let mut cs = vec![Ch::of(BEFORE)];
        cs.extend(f.iter().map(|&c| Ch::of(c)));
        cs.push(Ch::of(AFTER));
        let f2 = |seed: u64, a: u64, b: u64| finish(mix(mix(seed, a), b));
        let mut out = Vec::new();
        let mut w = 0;
        for (i, win) in cs.windows(3).enumerate() {
            while spans[w].1 <= i {
                w += 1;
            }
            let seeds = WordSeeds::of(hashes[w], if w > 0 { hashes[w - 1] } else { 1 });
            let (ws, we) = spans[w];
            let (c1, c0, d1) = (win[0].c, win[1].c, win[2].c);
            let pos = place_in_word(i, ws, we);
            let wlen = (we - ws).min(4) as u64;
            out.extend([
                finish(mix(t(0), c0)),
                finish(mix(t(1), c1)),
                finish(mix(t(2), d1)),
                f2(t(5), c1, c0),
                f2(t(6), c0, d1),
                finish(mix(seeds.own, pos)),
                finish(mix(
                    t(11),
                    pos << 12 | wlen << 8 | win[0].class << 4 | win[1].class,
                )),
                finish(mix(seeds.prev, pos)),
            ]);
        }
        out
    }

    #[test]
    fn streamed_features_agree_with_the_buffered_ones() {
        const ALPHABET: [char; 14] = [
            '张', '三', '说', '区', '0', '7', 'A', 'z', '·', '、', ' ', '\u{3000}', '，', '㐀',
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for round in 0..500 {
            let n = round % 30;
            let f: Vec<char> = (0..n).map(|_| ALPHABET[next(ALPHABET.len())]).collect();
            // Mostly well-formed words in order, with overlaps, empty and overlong ones mixed in.
            let mut words = Vec::new();
            let mut at = 0usize;
            while at < n + 2 && words.len() < 12 {
                let s = if next(5) == 0 {
                    at.saturating_sub(1)
                } else {
                    at + next(2)
                };
                let e = s + next(4);
                words.push((s, e));
                at = e.max(at + 1);
            }
            let mut out = Vec::new();
            extract(&f, &words, &mut out);
            assert_eq!(out, buffered(&f, &words), "{f:?} {words:?}");
        }
    }

    #[test]
    fn every_char_gets_its_features() {
        let f = chars("张三说");
        let mut out = Vec::new();
        extract(&f, &[(0, 2), (2, 3)], &mut out);
        assert_eq!(out.len(), 3 * PER_CHAR);
    }

    #[test]
    fn digits_share_features() {
        let (a, b) = (chars("1998年"), chars("2006年"));
        let (mut fa, mut fb) = (Vec::new(), Vec::new());
        extract(&a, &[(0, 5)], &mut fa);
        extract(&b, &[(0, 5)], &mut fb);
        assert_eq!(fa, fb);
    }

    #[test]
    fn bad_word_spans_are_ignored() {
        let f = chars("北京");
        let mut out = Vec::new();
        extract(&f, &[(1, 9), (0, 0), (0, 1)], &mut out);
        assert_eq!(out.len(), 2 * PER_CHAR);
    }

    #[test]
    fn the_word_changes_the_features() {
        let f = chars("张三说");
        let (mut one, mut two) = (Vec::new(), Vec::new());
        extract(&f, &[(0, 2), (2, 3)], &mut one);
        extract(&f, &[(0, 1), (1, 3)], &mut two);
        assert_ne!(one, two);
        assert_eq!(one[..5], two[..5]);
    }
}
