//! What is not a place name: the words that end the text before a zone's place name (verbs,
//! prepositions, determiners), and prefixes that make `X开发区` no zone (`省级开发区`).

/// Words that end the text before a zone's place name: verbs, prepositions and determiners.
/// Longest first is not needed: every match is tried and the latest cut wins.
const STOP_WORDS: &[&str] = &[
    "位于",
    "入驻",
    "落户",
    "进驻",
    "助力",
    "推动",
    "支持",
    "作为",
    "对于",
    "关于",
    "围绕",
    "依托",
    "加快",
    "打造",
    "推进",
    "服务",
    "走进",
    "深入",
    "前往",
    "来自",
    "代表",
    "联合",
    "携手",
    "签约",
    "落地",
    "聚焦",
    "助推",
    "带动",
    "引领",
    "赋能",
    "对接",
    "考察",
    "调研",
    "参观",
    "指导",
    "视察",
    "组织",
    "举行",
    "召开",
    "发布",
    "成立",
    "获批",
    "升级",
    "创建",
    "申报",
    "认定",
    "设立",
    "批准",
    "建立",
    "成为",
    "获评",
    "入选",
    "属于",
    "包括",
    // Verbs of building a zone up (`全力建设高新区`, `申建综保区`): a place name never ends so.
    "建设",
    "发展",
    "申建",
    "筹建",
    "壮大",
    "提升",
    // A column title's verb over a zone (`看经开区`); the longer ones are in COLUMN_VERBS.
    "看",
    "涵盖",
    "覆盖",
    "以及",
    "其中",
    // Verbs of having before a kind of zone (`全国共有综合保税区163个`, `现有开发区`): a count
    // of a kind of zone follows, never a place's name.
    "共有",
    "拥有",
    "现有",
    "已有",
    "设有",
    "建有",
    "全国",
    "全省",
    "全市",
    "国家级",
    "省级",
    "市级",
    "县级",
    "首批",
    "各",
    "该",
    "本",
    "在",
    "于",
    "与",
    "和",
    "及",
    "的",
    "了",
    "是",
    "为",
    "对",
    "向",
    "到",
    "从",
    "将",
    "把",
    "被",
    "由",
    "同",
    "跟",
    "就",
    "以",
    "据",
    "至",
    "距",
    "即",
    "并",
    "而",
    "或",
    "等",
    "个",
    "省",
    "让",
    "给",
    "赴",
    "往",
    "经",
    "这",
    "那",
    "其",
    "所",
    "我",
    "全",
    // Time words before a short name (`今年经开区将…`: this year the zone will): no place.
    "今年",
    "去年",
    "明年",
    "当年",
    "同年",
    "近年",
    "全年",
    "目前",
    "当前",
    "如今",
    "近日",
    "日前",
    "今后",
];

/// The verbs of column titles over a zone (`数说经开区`, `探访高新区`): stop words, and no
/// zone's name opens with one, so a title line made of one and a zone's suffix names no zone.
const COLUMN_VERBS: &[&str] = &[
    "数说", "探访", "直击", "解码", "读懂", "见证", "透视", "寻访", "纵览", "打卡", "点赞", "感知",
];

/// Whether a zone's place part opens with a column title's verb ([`COLUMN_VERBS`]).
pub(super) fn opens_with_column_verb(prefix: &str) -> bool {
    COLUMN_VERBS.iter().any(|v| prefix.starts_with(v))
}

/// A slice of at most [`MAX_STOP`] chars as one integer, for lookups without hashing: each
/// char plus one in 21 bits (every code point is below 2^21 - 1), so no two slices share a key
/// and no key is zero. `None` for a longer slice, which is no stop word.
fn stop_key(chars: &[char]) -> Option<u64> {
    (chars.len() <= MAX_STOP).then(|| {
        chars
            .iter()
            .fold(0u64, |k, &c| k << 21 | (u64::from(c) + 1))
    })
}

/// The stop words' keys ([`stop_key`]), sorted: a binary search of a hundred integers costs
/// less than hashing the slice (SipHash), which every zone hit's run asks several times.
fn stop_keys() -> &'static [u64] {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<u64> = STOP_WORDS
            .iter()
            .chain(COLUMN_VERBS)
            .filter_map(|w| stop_key(&w.chars().collect::<Vec<char>>()))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    })
}

/// Whether `chars` is a stop word.
fn is_stop(chars: &[char]) -> bool {
    stop_key(chars).is_some_and(|k| stop_keys().binary_search(&k).is_ok())
}

/// Longest stop word, in chars.
const MAX_STOP: usize = 3;

/// Whether `chars` starts with a stop word.
pub(super) fn starts_with_stop(chars: &[char]) -> bool {
    (1..=MAX_STOP.min(chars.len())).any(|n| is_stop(&chars[..n]))
}

/// Whether `chars` ends with a stop word.
pub(super) fn ends_with_stop(chars: &[char]) -> bool {
    (1..=MAX_STOP.min(chars.len())).any(|n| is_stop(&chars[chars.len() - n..]))
}

/// Whether a stop word of two or more chars runs across `cut` (`全|国` of `全国共有`): the one
/// char before it is a stop on its own (`全`), but the word is the longer one, so a name cut
/// there would open with the word's tail (`国共有综合保税区`).
pub(super) fn splits_a_stop(run: &[char], cut: usize) -> bool {
    (1..=MAX_STOP).any(|before| {
        (1..=MAX_STOP - before).any(|after| {
            cut >= before && cut + after <= run.len() && is_stop(&run[cut - before..cut + after])
        })
    })
}

/// Prefixes that are not places, so `X开发区` with them is no zone (`省级开发区`).
pub(super) fn is_non_place(prefix: &[char]) -> bool {
    // The country names every zone of it (`中国开发区`, `中国高新区`: China's development zones
    // as a whole, a report's or a forum's subject); a zone named for the country writes the
    // place it lies in after it, in brackets (`中国（上海）自由贸易试验区`).
    if prefix == ['中', '国'] {
        return true;
    }
    // A known place is a place even when it ends like a stop word (大同, 平和).
    if crate::lexicon::places::is_place(prefix) {
        return false;
    }
    // A national zone's name writes `国家` after its place (`苏州国家高新区`): what comes
    // before it must be a place (`全国国家高新区` names none, though `国国家` is no stop word).
    if let Some(place) = prefix.strip_suffix(&['国', '家']) {
        return is_non_place(place);
    }
    if is_region_of_country(prefix) {
        return true;
    }
    const GENERIC: &[[char; 2]] = &[
        ['示', '范'],
        ['重', '点'],
        ['所', '在'],
        ['周', '边'],
        ['各', '类'],
        ['园', '区'],
    ];
    let last_is_stop = prefix
        .last()
        .is_some_and(|c| is_stop(std::slice::from_ref(c)));
    prefix.len() < 2
        || last_is_stop
        || is_stop(prefix)
        || GENERIC.iter().any(|g| g.as_slice() == prefix)
}

/// The country's regions by compass (`东部`, `中西部`, `东北地区`): a report comparing them
/// writes their zones as a whole (`中西部高新区增速快于东部`, `东部经开区土地资源紧张`), which is
/// no zone. A zone named by a direction writes its city before it (`成都东部新区`), so a run
/// that is the region word alone names none.
fn is_region_of_country(prefix: &[char]) -> bool {
    let core = prefix.strip_suffix(&['地', '区']).unwrap_or(prefix);
    let Some(dirs) = core.strip_suffix(&['部']) else {
        return false;
    };
    !dirs.is_empty() && dirs.len() <= 3 && dirs.iter().all(|c| "东西南北中".contains(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key lookup answers as a set of the words would, for every slice of up to four chars
    /// of the words and of text around them.
    #[test]
    fn stop_lookup_is_set_membership() {
        let set: std::collections::HashSet<Vec<char>> =
            STOP_WORDS.iter().map(|w| w.chars().collect()).collect();
        let text: Vec<char> = STOP_WORDS
            .concat()
            .chars()
            .chain("位于运城经开区的国家级省级全省市\0a\u{10FFFF}🙂".chars())
            .collect();
        for i in 0..text.len() {
            for n in 0..=4 {
                if let Some(s) = text.get(i..i + n) {
                    assert_eq!(is_stop(s), set.contains(s), "{s:?}");
                }
            }
        }
        assert!(STOP_WORDS
            .iter()
            .all(|w| is_stop(&w.chars().collect::<Vec<_>>())));
    }
}
