//! Names of a kind, a batch or an area, no one project: `重点项目`, `世界500强企业项目` (a kind of investor), `商业合作项目`, `中新（重庆）项目` (two
//! countries' programme), `…再签8项目` (a count), `…2025年第四季度重大项目` (a zone's batch),
//! `金海园区` (a park, where projects are).

use super::mentions::key;
use crate::text::fold::fold;

/// Words that say which projects of a kind, not which project.
const GENERIC: &[&str] = &[
    "重点",
    "重大",
    "招商引资",
    "招商",
    "引资",
    "签约",
    "新签约",
    "新签",
    "在建",
    "续建",
    "新建",
    "储备",
    "产业",
    "优质",
    "亿元以上",
    "年度",
];

/// Endings of a head naming a kind of investor (`世界500强企业`, `外资`, `央企`).
const INVESTOR_KINDS: &[&str] = &[
    "企业", "外资", "内资", "港资", "台资", "侨资", "央企", "民企", "国企", "外企",
];

/// Verbs before a count that make `N项目` a number of projects (`再签8项目`).
const COUNTING_VERBS: &[&str] = &["签", "签约", "签下", "引进", "落地", "开工", "竣工", "投产"];

/// Chars of a date or period written into a batch's name (`2025年第四季度`).
const PERIOD_CHARS: &str = "0123456789０１２３４５６７８９年第一二三四季度上下半月";

/// Whether a project name names a kind, batch or area rather than one project; `areas` are
/// the compact keys of the zones and places its article names, which a batch's name may open
/// with.
pub fn is_generic(name: &str, areas: &[String]) -> bool {
    let k = fold(&key(name));
    if k.ends_with("园区") {
        return true;
    }
    let Some(head) = k.strip_suffix("项目") else {
        return false;
    };
    let head = without_brackets(head);
    if head.is_empty() {
        return true;
    }
    if INVESTOR_KINDS.iter().any(|w| head.ends_with(w))
        || head.ends_with("合作")
        || two_countries(&head)
        || counted(&head)
    {
        return true;
    }
    batch_of_area(&head, areas)
}

/// The head without what it writes in brackets (`中新（重庆）` → `中新`).
fn without_brackets(head: &str) -> String {
    let mut depth = 0usize;
    head.chars()
        .filter(|c| match c {
            '（' | '(' => {
                depth += 1;
                false
            }
            '）' | ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Countries' short names after `中` in a programme of two (`中新`, `中德`, `中欧`).
const PARTNERS: &[char] = &[
    '新', '德', '日', '韩', '欧', '美', '法', '英', '俄', '意', '以', '瑞', '马', '泰', '越', '巴',
    '阿',
];

/// Whether a head is two countries' programme (`中新`, `中德`): two chars, `中` and a partner.
fn two_countries(head: &str) -> bool {
    let c: Vec<char> = head.chars().collect();
    c.len() == 2 && c[0] == '中' && PARTNERS.contains(&c[1])
}

/// Whether a head ends in a counting verb and a number (`…再签8`): `项目` counts them.
fn counted(head: &str) -> bool {
    let digits: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || "一两二三四五六七八九十百".contains(*c))
        .collect();
    if digits.is_empty() {
        return false;
    }
    let rest: String = head
        .chars()
        .take(head.chars().count() - digits.chars().count())
        .collect();
    COUNTING_VERBS.iter().any(|v| rest.ends_with(v))
}

/// Whether a head is generic words, dates and periods after an area of the article or nothing
/// (`重点`, `四川天府新区2025年第四季度重大`): a batch of the area's projects.
fn batch_of_area(head: &str, areas: &[String]) -> bool {
    let mut h = head.to_owned();
    loop {
        let before = h.len();
        for g in GENERIC {
            if let Some(r) = h.strip_suffix(g) {
                h = r.to_owned();
            }
        }
        h = h.trim_end_matches(|c| PERIOD_CHARS.contains(c)).to_owned();
        if h.len() == before {
            break;
        }
    }
    if h.len() == head.len() {
        return false;
    }
    h.is_empty() || areas.iter().any(|a| fold(a) == h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_batches_are_no_projects() {
        let areas = vec!["甲乙新区".to_owned()];
        for n in [
            "重点项目",
            "世界500强企业项目",
            "商业合作项目",
            "中德（苏州）项目",
            "甲乙科技城再签6项目",
            "甲乙新区2026年第一季度重大项目",
            "丙丁园区",
        ] {
            assert!(is_generic(n, &areas), "{n}");
        }
        for n in [
            "甲乙新区科技产业园项目",
            "长虹模组项目",
            "年产5万吨光伏硅材料项目",
            "丙丁产业园二期项目",
            "中芯国际临港12英寸晶圆代工生产线项目",
        ] {
            assert!(!is_generic(n, &areas), "{n}");
        }
    }
}
