//! How far a project has come, from the words in the clause that mentions it:
//! 签约 → 开工 → 在建 → 竣工 → 投产.
//!
//! Only the clause is read (`…项目顺利投产，该公司第一条合金生产线也正式建成`: the 建成 is the
//! production line's, not the project's), and a stage the text only plans or conditions on
//! (`建成后将缓解…`, `计划明年投产`, `开工前`) is no event.

use serde::{Deserialize, Serialize};

/// A project stage, in the order projects pass them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Stage {
    #[serde(rename = "签约")]
    Signed,
    #[serde(rename = "开工")]
    Started,
    #[serde(rename = "在建")]
    Building,
    #[serde(rename = "竣工")]
    Completed,
    #[serde(rename = "投产")]
    Operating,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Signed,
        Stage::Started,
        Stage::Building,
        Stage::Completed,
        Stage::Operating,
    ];

    /// The ledger's name of the stage (`签约`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Signed => "签约",
            Stage::Started => "开工",
            Stage::Building => "在建",
            Stage::Completed => "竣工",
            Stage::Operating => "投产",
        }
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The words that report each stage (Simplified; text is folded before matching).
const WORDS: &[(&str, Stage)] = &[
    ("签约", Stage::Signed),
    ("签订", Stage::Signed),
    ("落户", Stage::Signed),
    // A project landed is signed, no more (`…项目落地`); `年内落地` is a plan.
    ("落地", Stage::Signed),
    ("开工", Stage::Started),
    ("进场施工", Stage::Started),
    ("开建", Stage::Started),
    ("动工", Stage::Started),
    ("奠基", Stage::Started),
    ("加快推进", Stage::Building),
    // A table's stage cell and prose alike (`…项目  在建`, `在建的…项目`); not the `在` of
    // `在建设`, `在建成后` (see [`runs_on`]).
    ("在建", Stage::Building),
    ("建设中", Stage::Building),
    ("收尾", Stage::Building),
    ("施工现场", Stage::Building),
    ("建设现场", Stage::Building),
    ("正在建设", Stage::Building),
    ("加紧建设", Stage::Building),
    ("竣工", Stage::Completed),
    ("建成", Stage::Completed),
    // A building inaugurated (`…基地项目日前落成`) is finished; `落成后` is a time reference.
    ("落成", Stage::Completed),
    ("投产", Stage::Operating),
    ("投用", Stage::Operating),
    ("并网", Stage::Operating),
    ("试生产", Stage::Operating),
    ("投入使用", Stage::Operating),
    ("投入运营", Stage::Operating),
    ("投入营运", Stage::Operating),
    ("开业", Stage::Operating),
    ("设备安装", Stage::Building),
    ("主体完工", Stage::Building),
    // The frame or main works done (`主体结构完工`, `钢结构完工`, `主体工程完工`) leave the
    // fitting-out: still building. Until stop 54 the `完工` inside read as 竣工.
    ("结构完工", Stage::Building),
    ("主体工程完工", Stage::Building),
    // `一季度已经完工`; inside `主体完工` the shorter word does not count (see
    // [`stage_in_clause`]).
    ("完工", Stage::Completed),
    ("基础施工", Stage::Building),
    ("封顶", Stage::Building),
    ("运行", Stage::Operating),
    ("达产", Stage::Operating),
];

/// [`WORDS`] as chars, made once.
fn words() -> &'static [(Vec<char>, Stage)] {
    static W: std::sync::OnceLock<Vec<(Vec<char>, Stage)>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        WORDS
            .iter()
            .map(|(w, s)| (w.chars().collect(), *s))
            .collect()
    })
}

/// Chars after a stage word that make it a time reference (`建成后`, `开工前`), not an event.
const TIME_AFTER: &[char] = &['后', '前', '时'];

/// Words before a stage word in its clause that make it a plan, not an event.
const PLANNED: &[&str] = &[
    "将",
    "计划",
    "预计",
    "拟",
    "力争",
    "争取",
    "确保",
    "有望",
    "即将",
    "准备",
    "预期",
    "待",
    // A time still to come (`明年投产`, `年底前竣工`).
    "明年",
    "后年",
    "下月",
    "下个月",
    "年底前",
    "月底前",
    "年内",
    // A call to action (`要推动甲项目早开工、早投产`, `尽快投产`): asked for, not done.
    "推动",
    "督促",
    "尽快",
    "早日",
];

/// A char right before a stage word that asks for it (`早开工`, `早投产`).
const URGED_BEFORE: &[char] = &['早'];

/// Words that say a project is not yet signed (`正在洽谈中`): a signing list's title does not
/// make it one of the list.
const NOT_YET: &[&str] = &["洽谈", "在谈"];

/// The furthest stage a clause reports, given the clause's folded chars and the mention's
/// char range in it (stage words inside the name itself do not count); with the char offset
/// of the stage word in the clause.
pub fn stage_in_clause(clause: &[char], mention: std::ops::Range<usize>) -> Option<(Stage, usize)> {
    // Every stage word that is an event, as (start, end, stage).
    let mut found: Vec<(usize, usize, Stage)> = Vec::new();
    for (i, _) in clause.iter().enumerate() {
        if mention.contains(&i) {
            continue;
        }
        for (wc, stage) in words() {
            let end = i + wc.len();
            if clause[i] != wc[0]
                || end > clause.len()
                || clause[i..end] != wc[..]
                || (i < mention.end && end > mention.start)
                || runs_on(clause, i, end)
            {
                continue;
            }
            if !is_event(clause, i, end) {
                continue;
            }
            found.push((i, end, *stage));
        }
    }
    // A word inside a longer one is the longer one's (`主体完工` is 在建, not 完工).
    let inside = |&(s, e, _): &(usize, usize, Stage)| {
        found
            .iter()
            .any(|&(s2, e2, _)| s2 <= s && e <= e2 && e2 - s2 > e - s)
    };
    let mut best: Option<(Stage, usize)> = None;
    for f in found.iter().filter(|f| !inside(f)) {
        if best.is_none_or(|(b, _)| f.2 > b) {
            best = Some((f.2, f.0));
        }
    }
    best
}

/// Whether the stage word at `start..end` of a clause reports an event: not a time reference
/// (`建成后`), not a plan (`计划明年投产`), not a call for it (`早投产`).
fn is_event(clause: &[char], start: usize, end: usize) -> bool {
    let urged = start > 0
        && clause
            .get(start - 1)
            .is_some_and(|c| URGED_BEFORE.contains(c));
    !clause.get(end).is_some_and(|c| TIME_AFTER.contains(c)) && !urged && !planned(&clause[..start])
}

/// The earliest stage a clause puts still to come for the project it names: a stage word
/// outside the mention that is planned or called for (`预计2027年竣工`, `早开工`; not a time
/// reference, `建成后年产5万吨`, which says nothing of when), building planned before the name
/// (`将投资15亿港元建设大灣區總部大樓項目`: 开工), or a negotiation (`正在洽谈中`: 签约).
/// A project is not yet at that stage, so not at the stage its article's title reports when
/// that is as far or further (`…集中签约` over `另有3个项目正在洽谈中，预计4月份签约`); a
/// signed project that plans to start (`计划明年上半年开工`) is still signed.
pub fn planned_stage(clause: &[char], mention: std::ops::Range<usize>) -> Option<Stage> {
    let s: String = clause.iter().collect();
    let negotiating = NOT_YET
        .iter()
        .any(|w| s.contains(w))
        .then_some(Stage::Signed);
    let before: String = clause[..mention.start.min(clause.len())].iter().collect();
    let to_build = PLANNED
        .iter()
        .filter_map(|p| before.find(p).map(|i| i + p.len()))
        .any(|i| before[i..].contains('建'))
        .then_some(Stage::Started);
    let words = (0..clause.len()).flat_map(|i| {
        words().iter().filter_map(move |(wc, stage)| {
            let end = i + wc.len();
            let in_name = i < mention.end && end > mention.start;
            let planned = word_at(clause, i, wc)
                && !in_name
                && !clause.get(end).is_some_and(|c| TIME_AFTER.contains(c))
                && !is_event(clause, i, end);
            planned.then_some(*stage)
        })
    });
    words.chain(negotiating).chain(to_build).min()
}

/// Whether the stage word `wc` stands at `i` of the clause, as a word of its own there.
fn word_at(clause: &[char], i: usize, wc: &[char]) -> bool {
    let end = i + wc.len();
    end <= clause.len() && clause[i..end] == wc[..] && !runs_on(clause, i, end)
}

/// Whether the stage word at `start..end` is the start of a longer word it does not report:
/// `在建` of `在建设`, `在建成后` (`在` a preposition, the verb `建设`/`建成`).
fn runs_on(clause: &[char], start: usize, end: usize) -> bool {
    clause[start..end] == ['在', '建']
        && clause
            .get(end)
            .is_some_and(|c| matches!(c, '成' | '设' | '立' | '造' | '筑'))
}

/// Whether the clause before a stage word says it is yet to come.
fn planned(before: &[char]) -> bool {
    let s: String = before.iter().collect();
    PLANNED.iter().any(|p| s.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(clause: &str, name: &str) -> Option<Stage> {
        let c: Vec<char> = clause.chars().collect();
        let s = clause
            .find(name)
            .map(|b| clause[..b].chars().count())
            .unwrap_or(0);
        let e = s + name.chars().count();
        stage_in_clause(&c, s..e).map(|(st, _)| st)
    }

    #[test]
    fn words_map_to_stages() {
        assert_eq!(stage("甲项目顺利投产", "甲项目"), Some(Stage::Operating));
        assert_eq!(
            stage("此次开建的潞北三路", "潞北三路"),
            Some(Stage::Started)
        );
        assert_eq!(
            stage("新质生产力 创新基地建设收尾", "新质生产力 创新基地"),
            Some(Stage::Building)
        );
        assert_eq!(stage("与乙公司签约甲项目", "甲项目"), Some(Stage::Signed));
        assert_eq!(stage("甲项目建成投产", "甲项目"), Some(Stage::Operating));
        assert_eq!(
            stage("甲项目正式并网发电", "甲项目"),
            Some(Stage::Operating)
        );
        assert_eq!(
            stage("甲项目进入设备安装阶段", "甲项目"),
            Some(Stage::Building)
        );
        assert_eq!(stage("甲项目主体结构封顶", "甲项目"), Some(Stage::Building));
        assert_eq!(stage("在甲项目施工现场", "甲项目"), Some(Stage::Building));
        assert_eq!(
            stage("甲项目一季度已经完工", "甲项目"),
            Some(Stage::Completed)
        );
        assert_eq!(stage("甲项目主体完工", "甲项目"), Some(Stage::Building));
        assert_eq!(stage("甲工程主体结构完工", "甲工程"), Some(Stage::Building));
        assert_eq!(stage("甲项目主体工程完工", "甲项目"), Some(Stage::Building));
        assert_eq!(stage("甲项目日前落成", "甲项目"), Some(Stage::Completed));
        assert_eq!(
            stage("甲项目  乙公司  12.5  在建", "甲项目"),
            Some(Stage::Building)
        );
        assert_eq!(stage("甲项目在建成后年产5万吨", "甲项目"), None);
        assert_eq!(
            stage("甲项目正在进行基础施工", "甲项目"),
            Some(Stage::Building)
        );
    }

    #[test]
    fn plans_and_time_references_are_no_events() {
        assert_eq!(stage("建成后将缓解交通压力", "交通"), None);
        assert_eq!(stage("甲项目计划明年投产", "甲项目"), None);
        assert_eq!(stage("甲项目明年投产", "甲项目"), None);
        assert_eq!(stage("甲项目年底前竣工", "甲项目"), None);
        assert_eq!(stage("甲项目开工前", "甲项目"), None);
        assert_eq!(stage("甲项目的安全", "甲项目"), None);
        assert_eq!(stage("要推动甲项目早开工、早投产", "甲项目"), None);
        assert_eq!(stage("甲项目尽快投产", "甲项目"), None);
    }

    #[test]
    fn the_stage_a_clause_puts_still_to_come() {
        let planned = |clause: &str, name: &str| {
            let c: Vec<char> = clause.chars().collect();
            let s = clause.find(name).map_or(0, |b| clause[..b].chars().count());
            planned_stage(&c, s..s + name.chars().count())
        };
        assert_eq!(planned("预计2027年竣工", ""), Some(Stage::Completed));
        assert_eq!(
            planned("现代物流项目正在洽谈中", "现代物流项目"),
            Some(Stage::Signed)
        );
        assert_eq!(planned("推动甲项目早开工", "甲项目"), Some(Stage::Started));
        assert_eq!(
            planned("乙公司将投资15亿元建设甲项目", "甲项目"),
            Some(Stage::Started)
        );
        assert_eq!(planned("甲项目已竣工", "甲项目"), None);
        assert_eq!(planned("建成后年产5万吨", ""), None);
        assert_eq!(planned("总投资80亿元", ""), None);
    }

    #[test]
    fn stage_words_inside_the_name_do_not_count() {
        assert_eq!(stage("开工建设甲项目", "开工建设甲项目"), None);
    }
}
