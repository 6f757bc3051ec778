//! Government names that hold a conjunction (`工业和信息化厅`), where `和` is no stop, or a verb
//! (`投资促进局`), where `投资` is none: asked by every rule that reads a name or a role back
//! over `和`, `与`, `及` or a verb, so kept on its own.

use crate::facts::charset::{word_list, CharSet};

/// Government names that contain a conjunction (`工业和信息化厅`): `和` inside them is no stop.
/// So does a verb in a bureau's name (`投资促进局`, `县商务和投资促进局`).
const COMPOUNDS: &[&str] = &[
    "投资促进",
    "工业和信息化",
    "经济和信息化",
    "科技和信息化",
    "生态环境和",
    "水利和",
    "市场监督管理和",
    "住房和城乡建设",
    "人力资源和社会保障",
    "文化和旅游",
    "自然资源和规划",
    "农业和农村",
    "商务和投资促进",
    "商务和",
    "卫生和计划生育",
    "发展和改革",
    "科学技术和",
    "应急管理和",
    "交通运输和",
    "教育和",
    "民族和宗教",
    // Hong Kong's bureaus join their two portfolios with `及` (`創新科技及工業局`).
    "创新科技及工业",
    // And name a body for two fields the same way (`港深創新及科技園有限公司`).
    "创新及科技",
    "商务及经济发展",
    "财经事务及库务",
    "运输及物流",
    "环境及生态",
    "劳工及福利",
    "政制及内地事务",
    "文化体育及旅游",
];

word_list!(compound_words, COMPOUNDS);

/// Every char of every [`COMPOUNDS`] word: a char outside it lies inside none.
fn compound_chars() -> &'static CharSet {
    static S: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let chars: Vec<char> = COMPOUNDS.iter().flat_map(|w| w.chars()).collect();
        CharSet::of(&[]).with_all(&chars)
    })
}

/// Whether char `pos` lies inside one of [`COMPOUNDS`].
pub fn in_compound(f: &[char], pos: usize) -> bool {
    let Some(&c) = f.get(pos) else {
        return false;
    };
    // Most chars are in no compound: one bit answers them before any word is walked.
    if !compound_chars().contains(c) {
        return false;
    }
    // A compound covers `pos` where its own char `c` sits: try those alignments only.
    compound_words().chars().any(|w| {
        w.iter()
            .enumerate()
            .filter(|&(o, &wc)| wc == c && o <= pos)
            .any(|(o, _)| f[pos - o..].starts_with(w))
    })
}
