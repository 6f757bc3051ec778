//! Gatherings are no bodies: a `推介会` or `博览会` is held, not founded, though its name ends in
//! `会` like a `商会`'s. The tagger, trained on news where most names ending in `会` are bodies,
//! proposes them (`招商推介会`), and a list holding one would then read its neighbours as
//! bodies too (`家乡推介会`).

use super::super::ends_with;

/// Words for events that end a name like a body's suffix would. Names such as
/// `中国人民政治协商会议` or `博鳌亚洲论坛` are bodies, so `会议`, `大会` and `论坛` are not here.
const GATHERINGS: &[&str] = &[
    "推介会",
    "洽谈会",
    "博览会",
    "展览会",
    "交易会",
    "展销会",
    "发布会",
    "座谈会",
    "研讨会",
    "交流会",
    "见面会",
    "签约会",
    "恳谈会",
    "招待会",
    "联欢会",
    "报告会",
    "动员会",
    "推进会",
    "观摩会",
    "论证会",
    "评审会",
    "说明会",
    "对接会",
    "订货会",
    "招聘会",
    "茶话会",
    "晚会",
    "年会",
    "峰会",
    "运动会",
];

/// Whether `name` names a gathering rather than a body (`招商推介会`, `夏季达沃斯年会`).
pub fn is_gathering(name: &[char]) -> bool {
    name.last() == Some(&'会') && GATHERINGS.iter().any(|w| ends_with(name, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn events_are_gatherings_and_bodies_are_not() {
        for g in [
            "招商推介会",
            "家乡推介会",
            "中国国际中小企业博览会",
            "新闻发布会",
        ] {
            assert!(is_gathering(&chars(g)), "{g}");
        }
        for b in [
            "山西省商会",
            "中国科学技术协会",
            "管委会",
            "全国总工会",
            "发布",
        ] {
            assert!(!is_gathering(&chars(b)), "{b}");
        }
    }
}
