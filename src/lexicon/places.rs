//! China's place names: a hand-made list (Shanxi in full, the provinces and the big cities,
//! short forms people write without a suffix) and the national list of administrative divisions
//! (provinces, prefecture- and county-level divisions with their suffix).
//!
//! Zone names start with a place (`大同经济技术开发区`), and the fact extractor reports places, so
//! both ask here; the lists are looked up by slices of folded text, never by building strings.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

const HAND_MADE: &str = include_str!("../../assets/places.txt");
const DIVISIONS: &str = include_str!("../../assets/divisions.txt");

/// The short names of China's provinces, autonomous regions, municipalities and special
/// administrative regions, as the press writes them before a city or county (`湖北蕲春县`,
/// `山东泗水县`): the same names as the hand-made list's second line.
const PROVINCE_SHORT: [&str; 34] = [
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// Whether `word` is a province-level division's short name (`湖北`, `内蒙古`).
pub fn is_province_short(word: &[char]) -> bool {
    PROVINCE_SHORT
        .iter()
        .any(|p| p.chars().eq(word.iter().copied()))
}

/// Every name of both lists, once each.
pub fn names() -> impl Iterator<Item = &'static str> {
    [HAND_MADE, DIVISIONS]
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// The names prepared for lookups by slices of folded text, without allocating: names of up to
/// three chars (nearly all) packed into sorted integers, longer ones in a hash set. A zone's
/// run asks for each of its tails of four to ten chars, and nearly none is a place: a hash of
/// the tail answers that, where a binary search of the sorted names ran a dozen `memcmp`s a
/// tail (a sixth of the zone scan).
struct Index {
    short: Vec<u64>,
    long: FxHashSet<Box<[char]>>,
}

/// Up to three chars in one integer: a leading 1 bit, then 21 bits a char, so names of
/// different lengths never share a number.
fn pack(word: &[char]) -> Option<u64> {
    (word.len() <= 3).then(|| word.iter().fold(1u64, |acc, &c| acc << 21 | c as u64))
}

fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(|| {
        let mut short = Vec::new();
        let mut long = FxHashSet::default();
        for name in names() {
            let chars: Vec<char> = name.chars().collect();
            match pack(&chars) {
                Some(n) => short.push(n),
                None => {
                    long.insert(chars.into_boxed_slice());
                }
            }
        }
        short.sort_unstable();
        short.dedup();
        Index { short, long }
    })
}

/// Whether `name` opens with a place name of two or more chars, shorter than itself (`郑州` of
/// `郑州航空港`, `福建省` of `福建省质量技术监督局`): where a zone's, a body's or a compound
/// place's name starts.
#[inline]
pub fn opens_with_place(name: &[char]) -> bool {
    (2..name.len()).any(|n| is_place(&name[..n]))
}

/// Whether a slice of folded text is a place name.
/// Whether `word` is a place the lists hold, written with its suffix or, a city, without it
/// (`郑州`, `宁德`: the lists hold `郑州市`, `宁德市`).
pub fn is_place_or_city(word: &[char]) -> bool {
    is_place(word) || is_place(&[word, &['市']].concat())
}

pub fn is_place(word: &[char]) -> bool {
    let i = index();
    match pack(word) {
        Some(n) => i.short.binary_search(&n).is_ok(),
        None => i.long.contains(word),
    }
}

/// Longest place name, in chars (`积石山保安族东乡族撒拉族自治县`).
pub fn max_len() -> usize {
    static M: OnceLock<usize> = OnceLock::new();
    *M.get_or_init(|| names().map(|n| n.chars().count()).max().unwrap_or(0))
}

/// The longest place name the run of text ends with, of at least two chars.
pub fn place_at_end(run: &[char]) -> Option<&[char]> {
    (2..=run.len().min(max_len()))
        .rev()
        .map(|n| &run[run.len() - n..])
        .find(|tail| is_place(tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn both_lists_are_read() {
        assert!(is_place(&chars("兴县")));
        assert!(is_place(&chars("大同")));
        assert!(is_place(&chars("昆山市")));
        assert!(is_place(&chars("江宁区")));
        assert!(!is_place(&chars("城区")));
        assert!(!is_place(&chars("发展")));
    }

    #[test]
    fn longest_place_ending_a_run() {
        let run = chars("工人在石家庄");
        assert_eq!(place_at_end(&run), Some(&chars("石家庄")[..]));
        assert_eq!(place_at_end(&chars("山西运城")), Some(&chars("运城")[..]));
        assert_eq!(place_at_end(&chars("云网")), None);
    }
}
