//! Projects named by what they build rather than by `项目`: a facility whose cost the text
//! states (`…中试基地总投资3.2亿元`), the facilities a list calls projects, and the roads an
//! article's project builds (no places there).

use super::{at, invests_amount, name_start, text_between, COMMITTED_AFTER};
use crate::facts::charset::{next_of, word_list};
use crate::facts::ends_with;
use crate::facts::{Found, Seg, ZoneSpan};
use crate::model::FactKind;

/// What a project's own name ends in: the thing built (`中试基地`, `数据中心`).
const FACILITY_ENDS: &[&str] = &[
    "项目",
    "工程",
    "基地",
    "中心",
    "园",
    "园区",
    "厂",
    "工厂",
    "生产线",
    "产线",
    "电站",
    "站",
    "馆",
    "院",
    "楼",
    "大厦",
    "港",
    "码头",
    "公路",
    "大桥",
    "隧道",
    "管网",
    "综合体",
    "小镇",
    "平台",
];

/// Whether a listed item names a facility rather than an industry: `煤制油、化工新材料等产业
/// 项目` lists kinds of project, `…中试基地、…数据中心等12个重点项目` projects.
/// A phase written after the facility (`科大讯飞星火产业园二期`) names a phase of it.
pub fn is_facility(name: &[char]) -> bool {
    let name = PHASES
        .iter()
        .find(|p| ends_with(name, p))
        .map_or(name, |p| &name[..name.len() - p.chars().count()]);
    crate::facts::ends_with_longer(name, FACILITY_ENDS)
}

/// The first `投资` at or after `from`: its `投` found a chunk of chars at a time (a pair
/// compared at every position cost the scan several instructions a char).
fn next_investment(f: &[char], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        let k = next_of(f, i, '投', '投')?;
        if f.get(k + 1) == Some(&'资') {
            return Some(k);
        }
        i = k + 1;
    }
}

/// Facilities named without `项目` whose cost the text states right after them
/// (`…生物医药中试基地总投资3.2亿元`, `…研发中心，总投资12亿元`): projects, read back from
/// the facility word as a `项目` name is.
pub(super) fn facilities(seg: &Seg, zone_spans: &[ZoneSpan], out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let mut from = 0;
    while let Some(k) = next_investment(f, from) {
        from = k + 2;
        // The name ends right before the commitment, which opens up to three chars before this
        // `投资` (`，总投资`, `计划投资`, `总投资`, `投资8亿元`: see `COMMITTED_AFTER`).
        let end = (0..=3)
            .rev()
            .find(|&n| k >= n && is_committed_at(f, k - n))
            .map(|n| k - n);
        let Some(end) = end else { continue };
        // A `项目` name the suffix scan reads already.
        if !is_facility(&f[..end]) || ends_with(&f[..end], "项目") || ends_with(&f[..end], "工程")
        {
            continue;
        }
        let start = name_start(seg, end, zone_spans);
        if is_where_invested(f, start, end, zone_spans) {
            continue;
        }
        let known = out
            .iter()
            .any(|(_, fd)| fd.start < end && start < fd.end && fd.end > end);
        // Four chars at least, so more than the facility word (three at most) is named.
        if end - start >= 4 && !known {
            out.push((
                FactKind::Project,
                Found::named(start, end, text_between(f, start, end)),
            ));
        }
    }
}

/// Whether a facility word before `投资` names where the money goes rather than what it builds:
/// a place after `在`/`于` (`将在郑州航空港投资10亿美元建设新事业部总部`: 航空港 is a zone, the
/// works are the 总部) or a zone itself. Until stop 49 `郑州航空港` was a project.
fn is_where_invested(f: &[char], start: usize, end: usize, zone_spans: &[ZoneSpan]) -> bool {
    let mut b = start;
    while b > 0 && f[b - 1] == ' ' {
        b -= 1;
    }
    (b > 0 && matches!(f[b - 1], '在' | '于'))
        || zone_spans.iter().any(|z| z.start <= start && end <= z.end)
}

/// What a facility reported at a stage ends in: the plant or works built, not a centre or
/// platform that opens (`政务服务中心正式投用`), nor a park that is a zone.
const STAGED_ENDS: &[&str] = &[
    "基地",
    "工厂",
    "厂",
    "产业园",
    "生产线",
    "产线",
    "电站",
    "厂房",
    "综合体",
];
/// A phase after the facility (`产业化基地二期开工`).
const PHASES: &[&str] = &["一期", "二期", "三期", "四期", "五期"];
/// Words between the facility and its stage (`正式投产`, `已顺利开工`).
const STAGE_ADVERBS: &[&str] = &["正式", "顺利", "全面", "成功", "已经", "已", "建成"];
/// Facilities a stage word follows (`信达生物新建的抗体药物生产基地正式投产`,
/// `康诺亚生物药产业化基地二期开工`) and facilities a `该项目` right after refers back to
/// (`…生产基地。该项目总投资35亿元`): the text reports them as projects though it never says
/// `项目`. Until stop 49 they were none, and their cost and stage went nowhere. Only the plants
/// and works of [`STAGED_ENDS`]: a centre that opens or a park is often an institution or zone.
/// Only in paragraphs: a title's short form (`三一重工新基地开工`) restates the project the body
/// names (`三一重工智能制造产业园一期项目…开工`), and as a second project it took the body's
/// `该项目` from it.
pub(super) fn staged_facilities(
    seg: &Seg,
    zone_spans: &[ZoneSpan],
    out: &mut Vec<(FactKind, Found)>,
) {
    if !matches!(seg.place, crate::facts::seg::Place::Paragraph(_)) {
        return;
    }
    let f = &seg.f;
    for k in stage_words().starts_in(f) {
        // Back over the adverbs, then a phase, to the facility word.
        let mut end = k;
        while let Some(w) = STAGE_ADVERBS
            .iter()
            .find(|w| !at(f, k, "。") && ends_with(&f[..end], w))
        {
            end -= w.chars().count();
        }
        let phase = PHASES
            .iter()
            .find(|p| ends_with(&f[..end], p))
            .map_or(0, |p| p.chars().count());
        let facility = &f[..end - phase];
        if !crate::facts::ends_with_longer(facility, STAGED_ENDS)
            || ends_with(facility, "项目")
            || ends_with(facility, "工程")
        {
            continue;
        }
        let start = name_start(seg, end - phase, zone_spans);
        if end - start < 4 + phase || is_where_invested(f, start, end, zone_spans) {
            continue;
        }
        let known = out
            .iter()
            .any(|(kind, fd)| *kind == FactKind::Project && fd.start < end && start < fd.end);
        if !known {
            out.push((
                FactKind::Project,
                Found::named(start, end, text_between(f, start, end)),
            ));
        }
    }
}

/// The words a staged facility is found before: the stage verbs that report a facility's own
/// progress (see [`crate::ledger::stage`]), and the `。该项目` that refers back to it.
const STAGE_WORDS: &[&str] = &[
    "开工",
    "动工",
    "开建",
    "奠基",
    "封顶",
    "竣工",
    "完工",
    "投产",
    "投用",
    "试生产",
    "。该项目",
];

word_list!(
    /// [`STAGE_WORDS`] indexed for scanning: every paragraph is searched for them, from their
    /// last chars a few loads for eight chars, where each char had been compared with their
    /// first chars and each `。` with every word.
    stage_words,
    STAGE_WORDS
);

/// Whether the text at `a` commits money to the name before it (see [`COMMITTED_AFTER`]).
fn is_committed_at(f: &[char], a: usize) -> bool {
    COMMITTED_AFTER.iter().any(|w| at(f, a, w)) || invests_amount(f, a)
}

/// Drops a road or street the article reads as a place when it is what a project of the
/// article builds (`潞北三路` beside `潞北三路道路工程`): there it names the works, not where
/// something is.
pub fn drop_roads_built(facts: &mut Vec<crate::model::Fact>) {
    let names = |k: FactKind| -> Vec<String> {
        facts
            .iter()
            .filter(|f| f.kind == k)
            .filter_map(|f| f.name.clone())
            .collect()
    };
    let projects = names(FactKind::Project);
    if projects.is_empty() {
        return;
    }
    facts.retain(|f| {
        let Some(name) = f.name.as_deref().filter(|_| f.kind == FactKind::Place) else {
            return true;
        };
        let road = ["路", "街", "大道", "大街"]
            .iter()
            .any(|r| name.ends_with(r));
        !(road
            && projects
                .iter()
                .any(|p| p.len() > name.len() && p.starts_with(name)))
    });
}
