//! The company a project's name opens with when the extractor knows no organisation there: the
//! words before a place inside the name (`华勤技术南昌智能制造基地项目`, `华为云晋中数据中心`,
//! `宁德时代贵州储能电池项目`). A name says who builds and where: a company's short name is
//! rarely one the extractor knows, while the place after it is, and words before a place in a
//! project's name are its builder unless they are themselves a place or an industry
//! (`太原南昌路`, `新能源南昌产业园`).

use crate::lexicon::names::is_han;
use crate::lexicon::places::{is_place, max_len};
use crate::text::fold::fold;

/// Fewest chars of a company's head: two-char heads are mostly words (`智慧`, `数字`, `中欧`).
const HEAD_MIN_CHARS: usize = 3;

/// Most chars of a company's head before the place.
const HEAD_MAX_CHARS: usize = 8;

/// Fewest chars after the place: a place and a head alone (`…南昌项目`) name no plant.
const REST_MIN_CHARS: usize = 3;

/// Endings of a head that make it a division or zone, not a company (`山西综改区`, `晋中市`).
const DIVISION_ENDS: &[char] = &['省', '市', '县', '区', '镇', '乡', '村', '旗', '州'];

/// Industries and generic words that open a project's name before a place and own nothing.
const GENERIC_HEADS: &[&str] = &[
    "新能源",
    "新材料",
    "生物医药",
    "数字经济",
    "人工智能",
    "智能制造",
    "高端装备",
    "现代物流",
    "文化旅游",
    "大数据",
    "云计算",
    "半导体",
    "集成电路",
    "物联网",
    "跨境电商",
    "国际",
    "氢能",
    "光伏",
    "储能",
    "锂电",
    "电子信息",
    "节能环保",
];

/// Whether a project's name (compact, folded) opens with an industry or generic word of
/// [`GENERIC_HEADS`] (`氢能重卡产业园项目`): a kind of works that a zone's name before it makes
/// one project.
pub(super) fn opens_with_industry(name: &str) -> bool {
    GENERIC_HEADS.iter().any(|h| name.starts_with(h))
}

/// The company a project's name opens with, as printed: the shortest head of
/// [`HEAD_MIN_CHARS`] Han chars or more that a place follows (`（贵州）` in brackets too), itself
/// no place, division or industry, with a plant's words after the place. A head with letters
/// is a product's brand as often as a company (`苹果iCloud（贵州）数据中心`, built by another).
pub(super) fn company_head(name: &str) -> Option<String> {
    let printed: Vec<char> = name.chars().collect();
    let folded: Vec<char> = fold(name).chars().collect();
    if printed.len() != folded.len() {
        return None;
    }
    let n = (HEAD_MIN_CHARS..=HEAD_MAX_CHARS.min(folded.len()))
        .find(|&n| is_company_head(&folded[..n]) && place_after(&folded, n))?;
    Some(printed[..n].iter().collect())
}

/// Whether folded chars can be a company's short name: [`HEAD_MIN_CHARS`] to
/// [`HEAD_MAX_CHARS`] Han chars, no place, division or industry.
pub(super) fn is_company_head(head: &[char]) -> bool {
    let text: String = head.iter().collect();
    (HEAD_MIN_CHARS..=HEAD_MAX_CHARS).contains(&head.len())
        && head.iter().all(|c| is_han(*c))
        && !is_place(head)
        && !head.last().is_some_and(|c| DIVISION_ENDS.contains(c))
        && !GENERIC_HEADS.contains(&text.as_str())
}

/// Whether a place of two chars or more stands at `at` (bare or in brackets, `（贵州）`) with at
/// least [`REST_MIN_CHARS`] chars after it.
fn place_after(f: &[char], at: usize) -> bool {
    let bracketed = matches!(f.get(at), Some('（' | '('));
    let from = if bracketed { at + 1 } else { at };
    (2..=max_len()).any(|n| {
        let Some(end) = from.checked_add(n).filter(|&e| e <= f.len()) else {
            return false;
        };
        if !is_place(&f[from..end]) {
            return false;
        }
        let end = match (bracketed, f.get(end)) {
            (false, _) => end,
            (true, Some('）' | ')')) => end + 1,
            (true, _) => return false,
        };
        f.len().saturating_sub(end) >= REST_MIN_CHARS
    })
}

/// Adverbs that make a `有` after them the verb (`还有`, `另有`, `也有`), not a name's first char.
const VERB_ADVERBS: &[&str] = &["还", "另", "也", "都", "共", "均", "仍", "又", "更", "尚"];

/// The name without a verb `有` the extractor read into it (`还有德国舍弗勒嘉兴三期项目` gave
/// `有德国舍弗勒嘉兴三期项目`, owned by `有德国舍弗勒`): when every place the article prints the
/// name follows an adverb, the `有` is the sentence's verb. A company may open with `有`
/// (`有研新材`), so a name printed even once without the adverb keeps it. As printed.
pub fn without_verb(at: &super::mentions::ArticleText, name: &str) -> String {
    let k = super::mentions::key(name);
    if !k.starts_with('有') || k.chars().count() < 4 {
        return name.to_owned();
    }
    let spans = at.find(&k);
    let after_adverb = !spans.is_empty()
        && spans
            .iter()
            .all(|s| VERB_ADVERBS.contains(&at.compact_before(s, 1).as_str()));
    if !after_adverb {
        return name.to_owned();
    }
    let mut chars = name.trim_start().chars();
    chars.next();
    chars.as_str().trim_start().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_before_a_place_in_the_name() {
        for (name, owner) in [
            ("华勤技术南昌智能制造基地项目", "华勤技术"),
            ("华为云晋中数据中心", "华为云"),
            ("宁德时代贵州储能电池项目", "宁德时代"),
            ("恒瑞医药苏州研发中心", "恒瑞医药"),
        ] {
            assert_eq!(company_head(name).as_deref(), Some(owner), "{name}");
        }
    }

    #[test]
    fn places_divisions_and_industries_own_nothing() {
        for name in [
            "太原南昌路道路工程",
            "晋中市榆次区数据中心",
            "新能源南昌产业园项目",
            "年产5万吨太原铸造项目",
            "智慧南昌建设项目",
            "抗体药物生产基地",
            "华勤技术南昌项目",
            "苹果iCloud（贵州）数据中心扩容项目",
        ] {
            assert_eq!(company_head(name), None, "{name}");
        }
    }
}
