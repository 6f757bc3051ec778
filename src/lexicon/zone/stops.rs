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
    "涵盖",
    "覆盖",
    "以及",
    "其中",
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
];

/// The stop words as char sequences, for lookups by slice.
fn stop_set() -> &'static std::collections::HashSet<Vec<char>> {
    static SET: std::sync::OnceLock<std::collections::HashSet<Vec<char>>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().map(|w| w.chars().collect()).collect())
}

/// Longest stop word, in chars.
const MAX_STOP: usize = 3;

/// Whether `chars` starts with a stop word.
pub(super) fn starts_with_stop(chars: &[char]) -> bool {
    (1..=MAX_STOP.min(chars.len())).any(|n| stop_set().contains(&chars[..n]))
}

/// Whether `chars` ends with a stop word.
pub(super) fn ends_with_stop(chars: &[char]) -> bool {
    (1..=MAX_STOP.min(chars.len())).any(|n| stop_set().contains(&chars[chars.len() - n..]))
}

/// Prefixes that are not places, so `X开发区` with them is no zone (`省级开发区`).
pub(super) fn is_non_place(prefix: &[char]) -> bool {
    // A known place is a place even when it ends like a stop word (大同, 平和).
    if crate::lexicon::places::is_place(prefix) {
        return false;
    }
    const GENERIC: &[[char; 2]] = &[
        ['示', '范'],
        ['国', '家'],
        ['重', '点'],
        ['所', '在'],
        ['周', '边'],
        ['各', '类'],
        ['园', '区'],
    ];
    let last_is_stop = prefix
        .last()
        .is_some_and(|c| stop_set().contains(std::slice::from_ref(c)));
    prefix.len() < 2
        || last_is_stop
        || stop_set().contains(prefix)
        || GENERIC.iter().any(|g| g.as_slice() == prefix)
}
