//! Whether a suffix written in the text ends a body's name: `局` that is a situation or a
//! round of a game (`格局`, `政局`, `苦战五局`), a suffix that opens a longer word (`集团化`,
//! `厂长`), and the factories (`厂`) that are a kind of plant rather than one.

use crate::facts::numbers::is_chinese_numeral;
use crate::facts::{at, Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;

use super::text_between;

/// `X局`/`X厅` words that are not bodies.
const NOT_BODIES: &[&str] = &[
    "布局", "格局", "大局", "开局", "结局", "全局", "当局", "僵局", "变局", "破局", "新局", "残局",
    "大厅", "餐厅", "展厅", "客厅", "门厅", "平局", "胜局", "败局", "骗局", "饭局", "棋局", "对局",
    "赛局", "政局", "时局", "战局", "定局", "终局", "赌局", "牌局",
];

/// Whether the suffix ends a word here (`集团化`, `股份制`, `布局` do not).
pub(super) fn suffix_ends_word(seg: &Seg, suf: &str, start: usize, end: usize) -> bool {
    let next = seg.f.get(end).copied();
    match suf {
        "集团" => !matches!(next, Some('化' | '军' | '式')),
        "股份" => !matches!(
            next,
            Some('制' | '合' | '改' | '比' | '转' | '有' | '公' | '分' | '额' | '数')
        ),
        "局" if counts_rounds(&seg.f, start) => false,
        "局" | "厅" => {
            start >= 1
                && !NOT_BODIES.iter().any(|w| at(&seg.f, start - 1, w))
                && !matches!(next, Some('面' | '势' | '部' | '限' | '长'))
        }
        "学院" | "大学" | "学校" | "中学" | "小学" => !matches!(next, Some('生' | '派')),
        // `中心城区`, `中心地带`, `中心组`: words of their own.
        "中心" => !matches!(
            next,
            Some('城' | '区' | '地' | '点' | '位' | '线' | '化' | '组' | '主' | '镇' | '村')
        ),
        // `厂长`, `厂房`, `厂商`, `厂区`, `厂家`: words of their own.
        "厂" => {
            !matches!(
                next,
                Some(
                    '长' | '房'
                        | '商'
                        | '区'
                        | '家'
                        | '址'
                        | '里'
                        | '内'
                        | '外'
                        | '矿'
                        | '部'
                        | '方'
                        | '主'
                )
            ) && !matches!(
                start.checked_sub(1).and_then(|p| seg.f.get(p)),
                Some(
                    '工' | '办'
                        | '建'
                        | '进'
                        | '出'
                        | '回'
                        | '全'
                        | '本'
                        | '该'
                        | '我'
                        | '各'
                        | '籍'
                )
            )
        }
        _ => true,
    }
}

/// Whether the `局` at `at_suffix` counts rounds of a game (`第二局`, `前4局`, `苦战五局`): a
/// number before it, and before the number `第`, `前`, `后`, a verb of playing or nothing. A
/// bureau numbered inside a body's name (`中铁十二局`) has a name before its number.
fn counts_rounds(f: &[char], at_suffix: usize) -> bool {
    let digits = f[..at_suffix]
        .iter()
        .rev()
        .take_while(|&&c| c.is_ascii_digit() || is_chinese_numeral(c))
        .count();
    digits > 0
        && (digits == at_suffix
            || matches!(
                f[at_suffix - digits - 1],
                '第' | '前' | '后' | '战' | '胜' | '负' | '赢' | '输' | '打' | '下' | '了' | '首'
            )
            || !is_han(f[at_suffix - digits - 1]))
}

/// Past the last verb in `start..suffix_start` that is not the word right before the suffix: a
/// factory's name says what it makes or does just before `厂` (`污水处理厂`, `纺纱厂`), and a
/// verb further back belongs to the clause (`独立办水泥厂`, `投巨资上马化纤厂`).
pub(super) fn after_inner_verb(seg: &Seg, start: usize, suffix_start: usize) -> usize {
    let first = seg.toks.partition_point(|t| t.start < start);
    (first..seg.toks.len())
        .take_while(|&k| seg.toks[k].end < suffix_start)
        .filter(|&k| seg.pos(k) == Pos::Verb)
        .last()
        .map_or(start, |k| seg.toks[k].end)
}

/// Whether a name ending in `厂` at `start..end` names one factory: jieba does not know it whole
/// (`发电厂`, `化工厂`, `水泥厂` say what kind of factory), and it is no zone's plant
/// (`经开区污水处理厂`: the zone's works, which development-zone news treats as its project).
pub(super) fn names_a_factory(
    seg: &Seg,
    start: usize,
    end: usize,
    zone_spans: &[ZoneSpan],
) -> bool {
    !seg.ex.is_dictionary_word(&text_between(&seg.f, start, end))
        && !zone_spans.iter().any(|z| start <= z.start && z.end <= end)
}

/// How many of jieba's words before a unit word may lie between it and the body it belongs to
/// (`中国电信` / `西北` / `数据` / `中心`).
const UNIT_REACH: usize = 4;

/// Whether one of the few words right before the unit word at `suffix_start` is a body jieba's
/// dictionary knows: [`headed_by_a_body`] asked cheaply, before a name is read back.
pub(super) fn body_shortly_before(seg: &Seg, suffix_start: usize) -> bool {
    let k = seg.toks.partition_point(|t| t.end <= suffix_start);
    (k.saturating_sub(UNIT_REACH)..k).any(|j| seg.pos(j) == Pos::OrgName)
}

/// Whether a unit's name (`…中心`) at `start..suffix_start` opens with a body jieba's
/// dictionary knows (`中国电信` of `中国电信西北数据中心`) and says more before the unit word:
/// a body's centre, not a place's (`市中心`) nor a kind of centre (`数据中心`). A zone's kind
/// (`经开区`, which the domain words tag so) heads none.
pub(super) fn headed_by_a_body(seg: &Seg, start: usize, suffix_start: usize) -> bool {
    let Some(k) = seg.tok_at(start) else {
        return false;
    };
    let t = &seg.toks[k];
    t.start == start
        && t.end < suffix_start
        && seg.pos(k) == Pos::OrgName
        && !crate::lexicon::zone::is_bare_kind(&text_between(&seg.f, t.start, t.end))
}

#[cfg(test)]
mod tests {
    use crate::facts::{Extractor, Place};

    /// The names the suffix rules alone read in `text` (no tagger).
    fn bodies(text: &str) -> Vec<String> {
        let ex = Extractor::new();
        let seg = ex.seg(text, Place::Paragraph(0));
        let mut out = Vec::new();
        super::super::scan(&seg, &[], &mut out);
        out.into_iter().filter_map(|(_, f)| f.name).collect()
    }

    #[test]
    fn a_factory_is_a_body_but_not_a_kind_of_factory() {
        assert_eq!(bodies("城关纺纱厂的职工昨天全部上岗。"), ["城关纺纱厂"]);
        assert!(bodies("这家发电厂今年投产。").is_empty());
        assert!(bodies("他独立办水泥厂也有七年了。").is_empty());
        assert!(bodies("厂长说厂房已经建好。").is_empty());
    }

    #[test]
    fn a_consortium_is_a_body() {
        assert_eq!(
            bodies("该卫星由华北航天保险联合体承保。"),
            ["华北航天保险联合体"]
        );
    }

    #[test]
    fn rounds_of_a_game_are_no_bureau() {
        assert!(bodies("金泽洙苦战五局后晋级，第二局他以11比9取胜。").is_empty());
        assert!(bodies("分析人士认为俄罗斯政局仍不稳定。").is_empty());
        assert_eq!(bodies("中铁十二局承建该工程。"), ["中铁十二局"]);
    }
}
