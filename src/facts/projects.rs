//! Projects (`…项目`, `…工程` with their full name: `年产 8 万吨焦炉煤气制 LNG 项目`), their
//! owner when the name opens with a company's short name (`山西中润 4 万吨铸造合金项目`), and
//! products named by a grade or model code (`A356.2`).

use super::charset::{text_between, word_list, CharSet};
use super::{at, dates, Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::model::FactKind;

mod facilities;
mod name_start;
mod size_class;
pub use facilities::{drop_roads_built, is_facility};
use facilities::{facilities, staged_facilities};
use name_start::name_start;

const SUFFIXES: &[&str] = &["项目", "工程"];
/// What may follow the suffix when it is part of another word (`项目组`, `工程师`).
const NOT_AFTER: &[&str] = &[
    "组",
    "部",
    "办",
    "成员",
    "经理",
    "负责人",
    "方",
    "单位",
    "库",
    "化",
    "师",
    "院",
    "局",
    "学",
    "处",
    "队",
    "兵",
    "机",
    "质量",
    "前期",
    "谋划",
    "招商",
    "包联",
    "管理",
    "资金",
    // A company named after its trade (`山西建投第三建筑工程有限公司`) is no project.
    "有限",
    "公司",
    "集团",
    "股份",
];
/// Words that say nothing about which project it is.
const GENERIC: &[&str] = &[
    "重点",
    "重大",
    "转型",
    "招商引资",
    "招商",
    "产业",
    "建设",
    "培训",
    "示范",
    "民生",
    "续建",
    "新建",
    "在建",
    "签约",
    "储备",
    "合作",
    "投资",
    "配套",
    "标杆",
    "骨干",
    "龙头",
    "省级",
    "市级",
    "县级",
    "国家级",
    "基础设施",
    "工业",
    "优质",
    "该",
    "本",
    "年度",
    "全年",
    "全部",
    "所有",
    "相关",
    "各类",
    "一批",
    "新",
    "好",
    "大",
    "枢纽",
    "山西省",
    "全省",
    "全市",
];
/// Nouns that make a project name specific when nothing else does.
const HEADS: &[&str] = &[
    "基地",
    "道路",
    "大桥",
    "桥梁",
    "园区",
    "厂房",
    "生产线",
    "合金",
    "工厂",
    "管网",
    "电站",
    "公路",
    "铁路",
    "隧道",
    "水库",
    "小区",
    "大楼",
    "广场",
    "改造",
    "治理",
    "中心",
    "馆",
    "医院",
    "学校",
    "储能",
    "光伏",
    "风电",
    "矿井",
    "输变电",
    "供热",
    "产业园",
    "厂区",
    "车间",
    "综合体",
    "码头",
    "管廊",
    // A company's headquarters building (`动力电池研发生产总部项目`) is one particular works.
    "总部",
    // A phase names one project (`产业园一期项目`).
    "一期",
    "二期",
    "三期",
    "四期",
];

/// Projects in one text, and the owners and products their names reveal.
pub fn scan(seg: &Seg, zone_spans: &[ZoneSpan], out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let (suffix_starts, latin_starts) = triggers(f);
    let mut i = 0;
    for &p in &suffix_starts {
        if p < i {
            continue;
        }
        i = p;
        let Some(suf) = SUFFIXES.iter().find(|s| at(f, i, s)) else {
            continue;
        };
        let end = i + suf.chars().count();
        if not_after().at(f, end).is_some() {
            i = end;
            continue;
        }
        let start = name_start(seg, i, zone_spans);
        if size_class::sizes_a_class(&f[start..i]) {
            i = end;
            continue;
        }
        if (is_specific(seg, start, i) && !names_only_a_zone(f, start, i, zone_spans))
            || is_committed(f, start, end)
        {
            let end = with_phase(f, end);
            out.push((
                FactKind::Project,
                Found::named(start, end, text_between(&seg.f, start, end)),
            ));
            if let Some(owner_end) = owner(seg, start, i) {
                let name = text_between(&seg.f, start, owner_end);
                out.push((FactKind::Organization, Found::named(start, owner_end, name)));
            }
        }
        i = end;
    }
    facilities(seg, zone_spans, out);
    staged_facilities(seg, zone_spans, out);
    products(seg, &latin_starts, out);
}

/// The end of a project's name with the phase written after its `项目` (`…一体化项目二期开工`,
/// `乙烯项目二期。`): when a stage word or the clause's end follows the phase, the phase is the
/// name's. Until stop 53 the name stopped at `项目` and lost which phase it was.
fn with_phase(f: &[char], end: usize) -> usize {
    let numeral = |c: &char| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit();
    if !(f.get(end).is_some_and(numeral) && f.get(end + 1) == Some(&'期')) {
        return end;
    }
    let after = end + 2;
    let ends_clause = f
        .get(after)
        .is_none_or(|c| "，。、；：！？）,;:!?)".contains(*c));
    let staged = PHASE_FOLLOWERS.iter().any(|w| at(f, after, w));
    if ends_clause || staged {
        after
    } else {
        end
    }
}

/// Words after a phase that say what happened to it (`二期开工`, `二期已竣工`).
const PHASE_FOLLOWERS: &[&str] = &[
    "开工", "竣工", "投产", "签约", "建成", "开建", "动工", "投用", "正式", "顺利", "已", "于",
    "也",
];

/// Where a suffix (`项`, `工`) or a product code (a Latin letter) may start.
static TRIGGERS: CharSet = CharSet::of(&['项', '工'])
    .with_range('A', 'Z')
    .with_range('a', 'z');

/// The positions of suffixes and of product codes' first letters, found in one pass over
/// the text (`工` alone is common; so are letters inside a Latin word).
fn triggers(f: &[char]) -> (Vec<usize>, Vec<usize>) {
    let (mut suffixes, mut latin) = (Vec::new(), Vec::new());
    let worth = |p: usize| {
        if f[p].is_ascii_alphabetic() {
            p == 0 || !(f[p - 1].is_ascii_alphanumeric() || f[p - 1] == '.')
        } else {
            SUFFIXES.iter().any(|s| at(f, p, s))
        }
    };
    let mut k = 0;
    while let Some(p) = TRIGGERS.next_in_where(f, k, worth) {
        if f[p].is_ascii_alphabetic() {
            latin.push(p);
        } else {
            suffixes.push(p);
        }
        k = p + 1;
    }
    (suffixes, latin)
}

word_list!(not_after, NOT_AFTER);

word_list!(generic_words, GENERIC);

word_list!(head_words, HEADS);

/// Whether a project's head names a particular project rather than a kind of one.
fn is_specific(seg: &Seg, start: usize, end: usize) -> bool {
    let mut head: Vec<char> = seg.f[start..end].to_vec();
    for d in dates::scan(&head, None).into_iter().rev() {
        head.drain(d.start..d.end.min(head.len()));
    }
    head.retain(|c| *c != ' ');
    let text = strip_generic(&head);
    if text.len() < 3 {
        return false;
    }
    let has_figure = text.iter().any(char::is_ascii_alphanumeric);
    let has_head = || head_words().occurs_in(text);
    // Tagging words costs jieba time: asked last, and only of the words inside the name.
    let has_proper = || {
        let first = seg.toks.partition_point(|t| t.start < start);
        (first..seg.toks.len())
            .take_while(|&k| seg.toks[k].start < end)
            .filter(|&k| seg.toks[k].end <= end)
            .any(|k| {
                matches!(
                    seg.pos(k),
                    Pos::PlaceName | Pos::PersonName | Pos::OtherProper | Pos::OrgName
                )
            })
    };
    has_figure || has_head() || has_proper()
}

/// Whether a name's head is a zone or place and generic words only (`贵安新区招商引资项目`,
/// `贵安新区项目`, `贵安新区2026年第二季度招商引资项目`: dates and periods count as generic):
/// a zone's batch or kind of projects (`…招商引资项目集中签约仪式举行，38个项目现场签约`), not
/// one project. Until stop 49 such heads were specific for their place name.
fn names_only_a_zone(f: &[char], start: usize, end: usize, zone_spans: &[ZoneSpan]) -> bool {
    let mut head: Vec<char> = f[start..end].to_vec();
    for d in dates::scan(&head, None).into_iter().rev() {
        head.drain(d.start..d.end.min(head.len()));
    }
    let head: Vec<char> = without_periods(head.iter().filter(|c| **c != ' ').collect());
    let text = strip_generic(&head);
    let is_zone = |z: &ZoneSpan| {
        z.start < z.end
            && f.get(z.start..z.end)
                .is_some_and(|zf| zf.iter().filter(|c| **c != ' ').eq(text.iter()))
    };
    !text.is_empty() && (crate::lexicon::places::is_place(text) || zone_spans.iter().any(is_zone))
}

/// Periods a zone's batch of projects is named by (`2026年第二季度招商引资项目`), removed from
/// its head like its dates.
const PERIODS: &[&str] = &[
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "季度",
    "上半年",
    "下半年",
];

/// `head` without the [`PERIODS`] it writes, removed one after the other. Every period holds
/// `季` or `半`: a head with neither, nearly every one, is kept as it is, with no search for
/// each period and no string built.
fn without_periods(head: String) -> Vec<char> {
    if !head.contains(['季', '半']) {
        return head.chars().collect();
    }
    let mut head = head;
    for period in PERIODS {
        head = head.replace(period, "");
    }
    head.chars().collect()
}

/// Words before a name that commit money or a signature to it (`投资 5 亿元建设…项目`,
/// `签约…项目`), and after it that state its cost (`…项目总投资 3 亿元`): such a name is one
/// particular project even when its words are common (`单晶硅片项目`), as is a name an amount
/// qualifies (`投资10亿元的新能源电池项目`).
const COMMITTED_BEFORE: &[&str] = &[
    "元建设",
    "元新建",
    "元打造",
    "元实施",
    // `投资60亿元建设的…项目`: the amount built it, as in `投资60亿元建设…项目`.
    "元建设的",
    "签约",
    "签订",
    "亿元的",
    "万元的",
    "美元的",
];
const COMMITTED_AFTER: &[&str] = &[
    "总投资",
    "，总投资",
    ",总投资",
    "计划总投资",
    "计划投资",
    "预计总投资",
    "预计投资",
    "拟投资",
];

/// Whether the text commits money or a signature to the name at `start..end` (see
/// [`COMMITTED_BEFORE`]).
fn is_committed(f: &[char], start: usize, end: usize) -> bool {
    let mut b = start;
    while b > 0 && f[b - 1] == ' ' {
        b -= 1;
    }
    let mut a = end;
    while a < f.len() && f[a] == ' ' {
        a += 1;
    }
    end - start >= 4
        && (COMMITTED_BEFORE.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            b >= w.len() && f[b - w.len()..b] == w[..]
        }) || COMMITTED_AFTER.iter().any(|w| at(f, a, w))
            || invests_amount(f, a)
            || (a >= end + 2 && cell_states_money(f, a))
            || costs_a_list_entry(f, start, end))
}

/// Whether the name is the entry of a numbered list (`3.新能源重卡换电站及装备制造项目`: only the
/// list's number before it) whose details after it state a sum (`　投资方：…　总投资：18亿元`,
/// `（顺丰控股股份有限公司，6亿元）`): a list of signed projects commits money to each, as
/// `投资…建设` does in prose. A numbered sub-head (`1.加快重点项目建设`) states no sum.
fn costs_a_list_entry(f: &[char], start: usize, end: usize) -> bool {
    let head: Vec<char> = f[..start]
        .iter()
        .copied()
        .filter(|c| !matches!(c, ' ' | '\u{3000}'))
        .collect();
    let digits = head.iter().take_while(|c| c.is_ascii_digit()).count();
    let numbered = match head.as_slice() {
        [c] => ('①'..='⑳').contains(c),
        [open, inner @ .., close] if matches!(open, '（' | '(') && matches!(close, '）' | ')') => {
            (1..=2).contains(&inner.len()) && inner.iter().all(char::is_ascii_digit)
        }
        _ => {
            (1..=2).contains(&digits)
                && head.len() == digits + 1
                && matches!(head[digits], '.' | '．' | '、')
        }
    };
    let apart = f.get(end).is_some_and(|c| {
        matches!(
            c,
            ' ' | '\u{3000}' | '（' | '(' | '：' | ':' | '，' | ',' | '；' | ';'
        )
    });
    numbered && apart && states_a_sum(&f[end..])
}

/// Whether a text states a sum of money (`18亿元`, `6 亿美元`, `3000万元`).
fn states_a_sum(f: &[char]) -> bool {
    f.windows(2).enumerate().any(|(k, w)| {
        matches!(w, ['亿' | '万', '元' | '美'])
            && f[..k]
                .iter()
                .rev()
                .find(|c| **c != ' ')
                .is_some_and(char::is_ascii_digit)
    })
}

/// Whether the table cell at `f[a..]` is a sum of money (`50亿元`, `3.5 亿美元`): the name's
/// row in a signing list (`1  新能源电池项目  50亿元  晋中开发区`) commits it as `投资50亿元`
/// does in prose.
fn cell_states_money(f: &[char], a: usize) -> bool {
    let digits = f[a..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .count();
    let rest = f[a + digits..].iter().skip_while(|&&c| c == ' ');
    let unit: String = rest.take(3).collect();
    digits > 0
        && ["亿元", "万元", "亿美元", "万美元"]
            .iter()
            .any(|u| unit.starts_with(u))
}

/// Whether `f[a..]` states an amount invested (`投资8亿元`, `投资 3.5 亿元`, `投资约五亿元`):
/// `投资` alone after a name may be a verb of the next clause's subject.
fn invests_amount(f: &[char], a: usize) -> bool {
    if !at(f, a, "投资") {
        return false;
    }
    let rest = f[a + 2..]
        .iter()
        .skip_while(|&&c| c == ' ' || c == '约' || c == '近');
    rest.take(1)
        .any(|&c| c.is_ascii_digit() || "一二三四五六七八九十两百千万亿".contains(c))
}

/// The head without the generic words at either end (`重点`, `建设`, `项目`…), stripped
/// repeatedly since one may hide another (`重点产业建设`).
fn strip_generic(head: &[char]) -> &[char] {
    let generic = generic_words();
    let mut text = head;
    // Most heads neither start nor end with a generic word: one look at both ends tells.
    while generic.may_frame(text) {
        let before = text.len();
        // One char tells most words apart before a slice compare.
        for g in generic.chars() {
            if text.first() == g.first() {
                if let Some(rest) = text.strip_prefix(g) {
                    text = rest;
                }
            }
            if text.last() == g.last() {
                if let Some(rest) = text.strip_suffix(g) {
                    text = rest;
                }
            }
        }
        if text.len() == before {
            break;
        }
    }
    text
}

/// A company short name opening a project name before its figures (`山西中润 4 万吨…`):
/// a province or city followed by a brand, then a number.
fn owner(seg: &Seg, start: usize, end: usize) -> Option<usize> {
    let f = &seg.f;
    let mut k = start;
    while k < end && is_han(f[k]) {
        k += 1;
    }
    let n = k - start;
    if !(4..=8).contains(&n) || !f.get(k).is_some_and(|c| *c == ' ' || c.is_ascii_digit()) {
        return None;
    }
    // The longest gazetteer name opening the run.
    let lead = (2..=n)
        .rev()
        .find(|&len| crate::lexicon::places::is_place(&f[start..start + len]));
    (n.saturating_sub(lead?) >= 2).then_some(k)
}

/// Grade and model codes: a Latin letter, then letters, digits and dots with a digit among
/// them (`A356.2`, `H13`), not part of a longer Latin word.
fn products(seg: &Seg, latin_starts: &[usize], out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let mut i = 0;
    for &p in latin_starts {
        if p < i {
            continue;
        }
        i = p;
        let fresh = i == 0 || !(f[i - 1].is_ascii_alphanumeric() || f[i - 1] == '.');
        if !fresh {
            continue;
        }
        let mut e = i;
        while e < f.len()
            && (f[e].is_ascii_alphanumeric()
                || f[e] == '-'
                || (f[e] == '.' && f.get(e + 1).is_some_and(char::is_ascii_digit)))
        {
            e += 1;
        }
        let code = &f[i..e];
        let word: String = code.iter().collect::<String>().to_ascii_uppercase();
        let not_product = [
            "PM", "ISO", "GB", "CO", "SO", "NO", "H2", "O2", "COVID", "G20", "APEC",
        ]
        .iter()
        .any(|p| word.starts_with(p));
        if code.iter().any(char::is_ascii_digit)
            && code.len() >= 2
            && !not_product
            && !is_serial_number(code)
        {
            out.push((
                FactKind::Product,
                Found::named(i, e, text_between(&seg.f, i, e)),
            ));
        }
        i = e.max(i + 1);
    }
}

/// Most digits in a row a grade or model code holds (`A356.2`, `RTX4090`, `Mate60`).
const MAX_MODEL_DIGITS: usize = 8;

/// Whether a code is a serial or registration number (`GR202534000028`, a high-tech firm's
/// certificate; a credit code): a run of digits longer than a model's, which names one
/// document or firm, no product.
fn is_serial_number(code: &[char]) -> bool {
    code.split(|c| !c.is_ascii_digit())
        .any(|run| run.len() > MAX_MODEL_DIGITS)
}
