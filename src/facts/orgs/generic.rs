//! Names too vague to be a body: a generic prefix (`运营公司`, `国有企业`) or one common word
//! before the suffix that says what kind of body rather than which (`国内银行`). Apart from the
//! scan because the tagger's proposed names are screened by the same list.

use crate::facts::charset::{text_between, word_list};
use crate::facts::numbers::is_chinese_numeral;
use crate::facts::{Pos, Seg};

/// Prefixes too vague to name an organisation (`运营公司`, `国有企业`).
const GENERIC: &[&str] = &[
    "运营",
    "相关",
    "国有",
    "合作",
    "投资",
    "下属",
    "上市",
    "民营",
    "外资",
    "外商",
    "跨国",
    "合资",
    "独资",
    "平台",
    "建设",
    "国企",
    "央企",
    "龙头",
    "头部",
    "有限",
    "股份",
    "全资",
    "控股",
    "科技",
    "企业",
    "单位",
    "部门",
    "我们",
    "他们",
    "新",
    "老",
    "大",
    "小",
    "总",
    "子",
    "分",
    "母",
    "集团",
    "物业",
    "施工",
    "设计",
    "监理",
    "第三方",
    "专业",
    "一批",
    "人民",
    "地方",
    // Kinds of business, not names: `商业银行`, `保险公司`, `博彩公司`.
    "商业",
    "保险",
    "信托",
    "博彩",
    "证券",
    "基金",
    "担保",
    "商业银行",
    "保险公司",
    "信托公司",
    "博彩公司",
    "证券公司",
    "基金公司",
    "担保公司",
    "当地",
    "产业",
    "行业",
    "大型",
    "中小",
    "本地",
    "外地",
    "省属",
    "市属",
    "县属",
    "区属",
    "各级",
    "有关",
    "主管",
    "职能",
    "基层",
    "村级",
    // Groups sent somewhere, not bodies, when nothing says whose (`代表团参观了工厂`).
    "代表团",
    "考察团",
    "访问团",
    "观摩团",
    "调研组",
    "工作组",
    "督导组",
    "检查组",
    "专家组",
];

word_list!(pub(super) generic_words, GENERIC);

/// Whether the name `start..end`, its suffix at `suffix_start`, says what kind of body rather
/// than which: one common word before the suffix (`国内银行`, `私人银行`, `使用银行`, `怪物公司`)
/// where the whole is no word jieba knows (`工商银行`, `招商银行` are). A proper name before the
/// suffix (`尚卓集团`, `山西大学`) or more than one word (`山西建投…公司`) names a body.
pub(super) fn is_kind_of_body(seg: &Seg, start: usize, suffix_start: usize, end: usize) -> bool {
    let Some(k) = seg.tok_at(start) else {
        return false;
    };
    let t = &seg.toks[k];
    if !(t.start == start && t.end == suffix_start) {
        return false;
    }
    let word = text_between(&seg.f, start, suffix_start);
    let whole = text_between(&seg.f, start, end);
    seg.ex.is_dictionary_word(&word)
        && matches!(seg.pos(k), Pos::Noun | Pos::Verb | Pos::Other)
        && !seg.ex.is_dictionary_word(&whole)
}

pub(super) fn is_generic(prefix: &[char]) -> bool {
    prefix.len() < 2
        || generic_words().contains(prefix)
        || prefix.iter().all(|&c| is_chinese_numeral(c))
}

/// Levels of government a notice names its own by (`市人民政府`, `各县、区人民政府`).
const LEVELS: &[char] = &['省', '市', '县', '区', '乡', '镇'];

/// Whether `name` is a government named by its level alone (`市人民政府`, `区政府`), perhaps
/// after the preposition of `经…研究决定` (`经市人民政府`) and with more after it
/// (`市人民政府各委`): the page's own government, which the text leaves unnamed, so no body's
/// name. The rules turn such a name down by its one-char prefix; the tagger proposes it.
pub(super) fn is_level_government(name: &[char]) -> bool {
    let name = match name.first() {
        Some(&c) if super::stops_a_name(c) => &name[1..],
        _ => name,
    };
    let Some((level, rest)) = name.split_first() else {
        return false;
    };
    LEVELS.contains(level)
        && (rest.starts_with(&['人', '民', '政', '府']) || rest.starts_with(&['政', '府']))
}

/// Whether `name` is a short word for a kind of firm by where it is from or what it does
/// (`港企`, `科企`, `港科企`: Hong Kong's tech firms), which the tagger proposes as a body:
/// two or three chars ending in `企`, no firm's name.
pub(super) fn is_kind_of_firm(name: &[char]) -> bool {
    (2..=3).contains(&name.len()) && name.last() == Some(&'企')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_government_named_by_its_level_alone() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        for name in [
            "市人民政府",
            "区人民政府",
            "经市人民政府",
            "市人民政府各委",
            "县政府",
        ] {
            assert!(is_level_government(&chars(name)), "{name}");
        }
        for name in ["长治市人民政府", "市场监督管理局", "区块链研究院", "政府"]
        {
            assert!(!is_level_government(&chars(name)), "{name}");
        }
    }

    #[test]
    fn a_short_word_for_a_kind_of_firm() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(is_kind_of_firm(&chars("港科企")));
        assert!(is_kind_of_firm(&chars("民企")));
        assert!(!is_kind_of_firm(&chars("中国中企集团")));
    }
}
