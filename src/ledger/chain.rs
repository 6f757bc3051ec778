//! A stage said later in the sentence that names a project. Progress reports name the project,
//! give its cost and owner, and only then say how far it has come, each in a clause of its own
//! (`——欧菲光车载光学项目：总投资25亿元，由欧菲光集团股份有限公司投资建设，4月28日已竣工投产`,
//! `该项目总投资25亿元，目前已投产`): the clause that names the project has no stage word, the
//! clauses after it are still about it. Until stop 49 such projects had no stage at all.
//!
//! The chain of clauses is read only when the project's own clause reports no stage, and it
//! ends where the sentence does or where a clause names another project (`甲项目总投资10亿元，
//! 乙项目已投产`: the 投产 is 乙's). Each clause of the chain that reports a stage is one event
//! (`去年9月开工，目前一期厂房主体封顶` → 开工 and 在建), dated by its own clause.

use super::mentions::{ArticleText, Span};
use super::stage::{planned_stage, stage_in_clause, Stage};

/// The stages the clauses after `m`'s clause in its sentence report, each with its clause;
/// empty when `m`'s own clause reports one or a
/// clause before the stage names another project (`others`).
pub fn later_stages(at: &ArticleText, m: &Span, others: &[Span]) -> Vec<(Stage, Span)> {
    let clause = at.clause(m);
    let rel = (m.start - clause.start)..(m.end - clause.start);
    if stage_in_clause(at.folded(&clause), rel).is_some() {
        return Vec::new();
    }
    stages_after(at, m, others)
}

/// The stages the clauses after `m`'s clause report, up to one naming another project, each
/// with its clause.
pub fn stages_after(at: &ArticleText, m: &Span, others: &[Span]) -> Vec<(Stage, Span)> {
    later_clauses(at, m, others)
        .into_iter()
        .filter_map(|c| stage_in_clause(at.folded(&c), 0..0).map(|(stage, _)| (stage, c)))
        .collect()
}

/// Whether the stage word at `at_word` of a clause only describes the name it comes before
/// (`今年5月签约的智能传感器产业园项目，7月即开工建设`): a `的` joins them and the clause ends
/// with the name, so the name is the subject of the clauses after it, which say how far it has
/// come since. Until stop 52 the project stayed at the stage of its description (签约).
pub fn describes_name(clause: &[char], at_word: usize, mention: std::ops::Range<usize>) -> bool {
    let Some(between) = clause.get(at_word..mention.start) else {
        return false;
    };
    let after = clause.get(mention.end..).unwrap_or(&[]);
    // `开工了总投资70亿元的甲项目，竣工了乙项目`: a `了` makes the word a verb whose object
    // the name is, not its description; the clauses after are about other projects.
    between.contains(&'的')
        && !between.contains(&'了')
        && after
            .iter()
            .all(|c| c.is_whitespace() || CLOSING.contains(c))
}

/// Chars that may follow a name at its clause's end (a closing quote or bracket).
const CLOSING: &[char] = &['”', '’', '」', '』', '）', ')'];

/// The earliest stage `m`'s clause, or a clause after it that is still about it, puts in a
/// time to come (`新華集團將投資15億港元建設大灣區總部大樓項目，預計2027年竣工`: 开工; `…项目
/// 正在洽谈中，预计4月份签约`: 签约), see [`planned_stage`].
pub fn planned(at: &ArticleText, m: &Span, others: &[Span]) -> Option<Stage> {
    let clause = at.clause(m);
    let rel = (m.start - clause.start)..(m.end - clause.start);
    let later = later_clauses(at, m, others);
    let later = later
        .iter()
        .filter_map(|c| planned_stage(at.folded(c), 0..0));
    planned_stage(at.folded(&clause), rel)
        .into_iter()
        .chain(later)
        .min()
}

/// The clauses after `m`'s clause in its sentence, up to one that names another project.
fn later_clauses(at: &ArticleText, m: &Span, others: &[Span]) -> Vec<Span> {
    let clause = at.clause(m);
    let sentence = at.sentence(m);
    let mut out = Vec::new();
    let mut next = clause.end + 1;
    while next < sentence.end {
        let c = at.clause(&Span {
            text: m.text,
            start: next,
            end: next + 1,
        });
        if others.iter().any(|o| o.overlaps(&c)) {
            break;
        }
        next = c.end.max(next) + 1;
        out.push(c);
    }
    out
}
