//! Where a project's name starts, read back from its suffix: to punctuation, a stop char or
//! word, the verb that brings the project in or a zone; not inside a name's own word (`华为`),
//! past a function word and its tail (`其中`, `另外`) and past a list's number (`1.`). Apart
//! from [`super::scan`], which finds the suffixes and judges the names.

use super::super::charset::{word_list, CharSet};
use crate::facts::{Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;

/// Chars a name does not run back across, where they are words of their own.
const STOP_CHARS: &[char] = &[
    '的', '在', '是', '将', '与', '和', '及', '对', '为', '了', '着', '把', '被', '由', '从', '向',
    '等', '该', '此', '这', '其', '各', '已', '并', '也', '就', '都', '还', '又', '暨', '以', '于',
    '即', '个', '批', '些', '到',
];
/// Words a name does not run back across (verbs, mostly).
const STOP_WORDS: &[&str] = &[
    // What an official does to a project, never part of its name (`县长周丽宣布项目开工`).
    "宣布",
    "见证",
    "视察",
    "察看",
    "检查",
    "督导",
    "走访",
    "听取",
    "部署",
    "看望",
    "出席",
    "主持",
    // What a place does on getting projects (`合作区再迎重大项目`).
    "迎来",
    "再迎",
    "喜迎",
    "批复",
    "开工",
    "投产",
    "查看",
    "讨论",
    "研究",
    "推进",
    "实施",
    "启动",
    "签约",
    "谋划",
    "储备",
    "建成",
    "竣工",
    "完成",
    "拓展",
    "引进",
    "落地",
    "开建",
    "参观",
    "考察",
    "调研",
    "观摩",
    "推动",
    "加快",
    "包联",
    "服务",
    "支持",
    "保障",
    "实现",
    "标志",
    "开展",
    "参与",
    "承建",
    "位于",
    "做好",
    "抓好",
    "聚焦",
    "围绕",
    "包括",
    "作为",
    "成为",
    "列入",
    "纳入",
    "共有",
    "涉及",
    "新开工",
    "集中",
    "一批",
    "举行",
    "召开",
    "审议",
    "通过",
    "规划",
    "筹备",
    "介绍",
    "总投资",
    "投资",
    // An amount then a verb opens no name: `投资 12 亿元建设年产 20 万吨针状焦项目`.
    "元建设",
    "元新建",
    "元打造",
    "元实施",
];
/// [`STOP_CHARS`] as a bitmap: asked at every char a name runs back over.
static STOP_SET: CharSet = CharSet::of(STOP_CHARS);

/// Back from the suffix over the name, through numbers and the spaces around them, to a stop;
/// a zone at the front is left out (`襄垣经济技术开发区潞北三路道路工程` → `潞北三路道路工程`),
/// and so are a function word and its tail (`其中`, `另外`) and a list's number (`1.`).
pub(super) fn name_start(seg: &Seg, suffix_start: usize, zone_spans: &[ZoneSpan]) -> usize {
    let f = &seg.f;
    let stops = stop_words();
    let mut s = suffix_start;
    while s > 0 && suffix_start - s < 30 {
        // `云南白药集团（云南）智慧生物医药生产基地项目` is one name.
        if let Some(open) = crate::facts::orgs::bracketed_place_before(f, s) {
            s = open;
            continue;
        }
        let c = f[s - 1];
        let ok = is_han(c)
            || c.is_ascii_alphanumeric()
            || c == '.'
            // `2×35万千瓦热电联产项目`: two units of 350 MW.
            || (c == '×' && s >= 2 && f[s - 2].is_ascii_digit())
            || (c == ' ' && s >= 2 && f[s - 2] != ' ')
            // `一汽—大众华北基地新增产能项目`: one dash between two Han names joins a joint
            // venture's (a pause is written with two, `——`).
            || (c == '—' && s >= 2 && is_han(f[s - 2]) && f.get(s).is_some_and(|&n| is_han(n)));
        if !ok {
            break;
        }
        if STOP_SET.contains(c) {
            match stop_char_word(seg, s - 1) {
                StopChar::Stops => break,
                // `其中湖南华辰…项目`: the name starts after the whole word, not at its `中`.
                StopChar::OpensFunctionWord(end) => {
                    s = end.min(suffix_start);
                    break;
                }
                StopChar::InName => {}
            }
        }
        // A stop word counts where a word ends: `研究` inside `智能制造研究院` is no verb.
        if stops.ends_at(f, s) && seg.is_boundary(s) && !studies_a_facility(f, s) {
            break;
        }
        // `签署年产10万吨…项目`, `计划新建…项目`: the verb that brings the project in, where
        // the name goes on after it (`道路建设项目` keeps its `建设`).
        if s < suffix_start && brings_in().ends_at(f, s) && seg.is_boundary(s) {
            break;
        }
        if zone_spans.iter().any(|z| z.end == s) {
            break;
        }
        s -= 1;
    }
    s = past_function_words(seg, s, suffix_start);
    // `其中科大讯飞星火产业园二期`, cut `其/中科大/讯飞`: `其` went as a pronoun, `中` is `其中`'s.
    s = crate::facts::lists::past_straddled_opener(f, 0, s).min(suffix_start);
    s = past_list_number(f, s, suffix_start);
    while s < suffix_start && f[s] == ' ' {
        s += 1;
    }
    s
}

/// Nouns a research word names the use of (`合成生物研究设施`, `…研究中心`).
const RESEARCH_FACILITIES: &[&str] = &["设施", "中心", "基地", "平台"];

/// Whether the stop word ending at `s` is `研究` naming what a facility after it is for
/// (`合成生物研究设施二期项目`), a noun of the name, not the verb (`研究推进…项目`). Until
/// stop 54 the name was cut to `设施二期项目`.
fn studies_a_facility(f: &[char], s: usize) -> bool {
    s >= 2
        && f[s - 2..s] == ['研', '究']
        && RESEARCH_FACILITIES.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            f.get(s..s + w.len()) == Some(&w[..])
        })
}

/// What a stop char met reading a name back means, by the jieba word it is in.
enum StopChar {
    /// A word of its own, or in a word that is no name (`一是`): the name starts after it.
    Stops,
    /// The first char of a function word running on past it (`其中`, `此外`, `以及`): the name
    /// starts where that word ends.
    OpensFunctionWord(usize),
    /// Inside a name's own word (`华为` of `华为云数据中心项目`, where `为` had cut it to
    /// `云数据中心项目`): read on.
    InName,
}

/// What the stop char at `pos` is (see [`StopChar`]): asked only where a name meets one.
fn stop_char_word(seg: &Seg, pos: usize) -> StopChar {
    let Some(k) = seg.tok_at(pos) else {
        return StopChar::Stops;
    };
    let t = &seg.toks[k];
    if t.end - t.start < 2 {
        return StopChar::Stops;
    }
    if function_word(seg, t.start, t.end) {
        return if t.end > pos + 1 {
            StopChar::OpensFunctionWord(t.end)
        } else {
            StopChar::Stops
        };
    }
    match seg.pos(k) {
        Pos::PersonName | Pos::PlaceName | Pos::OrgName | Pos::OtherProper => StopChar::InName,
        _ => StopChar::Stops,
    }
}

/// Whether jieba's word at `start..end` is a pronoun, adverb, conjunction or preposition
/// (`其中`, `此外`, `其余`, `以及`, `已经`): a stop char opening one is the word's, not a name's.
fn function_word(seg: &Seg, start: usize, end: usize) -> bool {
    crate::facts::orgs::function_tag(seg, start, end)
        .is_some_and(|tag| matches!(tag, "r" | "d" | "c" | "p"))
}

/// Past the pronouns, conjunctions and prepositions opening a name read back to `s`, and the
/// rest of one `s` falls inside (`另外湖南…项目` → `湖南…项目`). Not adverbs: jieba tags a
/// project's phase so (`一期年产20GWh动力电池项目`).
fn past_function_words(seg: &Seg, mut s: usize, suffix_start: usize) -> usize {
    while let Some(k) = seg.tok_at(s) {
        let t = &seg.toks[k];
        let opens = crate::facts::orgs::function_tag(seg, t.start, t.end)
            .is_some_and(|tag| matches!(tag, "r" | "c" | "p"));
        if t.end < suffix_start && opens {
            s = t.end;
        } else {
            break;
        }
    }
    s
}

/// Past a list's number opening a name (`1.一汽解放…项目`, `12. 长城…项目`): one or two
/// digits and a dot before a char that is no digit. A figure stays (`3.5万吨…项目`).
fn past_list_number(f: &[char], s: usize, suffix_start: usize) -> usize {
    let digits = f[s..suffix_start]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let dot = s + digits;
    let after = dot + 1;
    let numbered = (1..=2).contains(&digits)
        && matches!(f.get(dot), Some('.' | '．'))
        && f.get(after).is_some_and(|c| !c.is_ascii_digit())
        && after < suffix_start;
    if numbered {
        after
    } else {
        s
    }
}

word_list!(stop_words, STOP_WORDS);

/// Verbs that bring a project in, right before its name (`签署`, `新建`, `建设`); a stop only
/// where some of the name follows them (see [`name_start`]).
const BRINGS_IN: &[&str] = &[
    "签署", "新建", "建设", "拟建", "投建", "兴建", "开建", "计划",
];

word_list!(brings_in, BRINGS_IN);
