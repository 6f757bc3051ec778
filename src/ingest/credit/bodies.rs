//! A credit to a body rather than a person: `图 | 园区融媒体中心`, `出品：苏州工业园区管委会`,
//! `视频丨新华社`. A WeChat post prints such lines under its title beside its writer's byline
//! (`文 | 陈秋燕`); no name can be read from them, so they had been read as subtitles and had
//! pulled the byline into the title with them. They are the post's credits, furniture as its
//! `来源：…` and `编辑：…` lines are: `--explain` shows them, no article's text holds them.
//!
//! A credit to people (`图 | 李明`) is a byline and is left to [`super::parse_credited`].

use crate::text::fold::fold_cow;

use super::super::shape::{is_pad, more_chars_than, trim_pad};
use super::parse_names;

/// Words a credit opens with (folded), the longer before their heads (`图片` before `图`).
const CREDIT_WORDS: &[&str] = &[
    "图片", "图", "摄影", "视频", "文字", "撰文", "文", "作者", "出品", "策划", "制作", "设计",
    "海报", "供图", "图源", "素材",
];

/// Whether a char opens one of [`CREDIT_WORDS`], Simplified or Traditional: other lines are
/// turned down on their first char.
fn opens_credit_word(c: char) -> bool {
    matches!(
        c,
        '图' | '圖'
            | '摄'
            | '攝'
            | '视'
            | '視'
            | '文'
            | '撰'
            | '作'
            | '出'
            | '策'
            | '制'
            | '製'
            | '设'
            | '設'
            | '海'
            | '供'
            | '素'
    )
}

/// What sets a credit's word off from the body it names.
const SEPS: &[char] = &['：', ':', '|', '｜', '丨', '/', '／'];

/// Longest credit line: a word, a bar and a body's name (`图 | 苏州工业园区管委会宣传办公室`).
const CREDIT_MAX_CHARS: usize = 24;

/// How a body's name ends (folded): an outlet, a newsroom, an office or a company. A line
/// whose name ends otherwise (`图：经开区分布示意图`, a figure's caption) is left alone.
const BODY_ENDS: &[&str] = &[
    "中心",
    "报",
    "社",
    "台",
    "网",
    "局",
    "委",
    "办",
    "部",
    "院",
    "馆",
    "站",
    "号",
    "发布",
    "融媒",
    "传媒",
    "集团",
    "公司",
    "工作室",
    "团队",
    "视觉",
    "中国",
    "图库",
    "新闻",
    "组",
    "管委会",
];

/// Whether a line credits a body alone (`图 | 园区融媒体中心`): a credit word, a colon or bar,
/// and a name no person has that ends as a body's does.
pub(in crate::ingest) fn credits_a_body(line: &str) -> bool {
    // Asked of every line (trimmed, as the classifier holds them): most are turned down on
    // their length in bytes or their first char.
    let t = line;
    if t.len() > CREDIT_MAX_CHARS * 4 || !t.chars().next().is_some_and(opens_credit_word) {
        return false;
    }
    let t = trim_pad(t);
    if more_chars_than(t, CREDIT_MAX_CHARS) {
        return false;
    }
    let f = fold_cow(t);
    let Some(rest) = CREDIT_WORDS.iter().find_map(|w| {
        f.strip_prefix(w)?
            .trim_start_matches(is_pad)
            .strip_prefix(SEPS)
            .map(trim_pad)
    }) else {
        return false;
    };
    let names_a_body = |name: &str| BODY_ENDS.iter().any(|e| name.ends_with(e));
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| !matches!(c, '。' | '，' | '！' | '？' | '；'))
        && rest
            .split(['、', ' ', '　'])
            .all(|n| n.is_empty() || names_a_body(n))
        && parse_names(rest).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_to_bodies_and_not_to_people_or_figures() {
        for line in [
            "图 | 园区融媒体中心",
            "图丨新华社",
            "视频：苏州工业园区发布",
            "出品｜苏州工业园区管委会",
            "图片：视觉中国",
            "摄影 / 成都高新区融媒体中心、新华社",
            "策划：园区宣传办",
        ] {
            assert!(credits_a_body(line), "{line}");
        }
        for line in [
            "图 | 李明",
            "文｜陈秋燕",
            "图：经开区分布示意图",
            "图：全省经开区排名，数据来源：省商务厅",
            "文化中心",
            "出品人",
            "设计：",
            "海报设计大赛在园区举办，由新华社主办的活动吸引了众多参赛者",
        ] {
            assert!(!credits_a_body(line), "{line}");
        }
    }
}
