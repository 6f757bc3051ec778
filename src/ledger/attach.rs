//! What belongs to a project: the money the text says it costs, the organisations that invest in
//! or build it, its measures (capacity, area, length, output), its place and its stage events.
//!
//! A fact belongs to a project when the text says them together: in the clause that names the
//! project, or in its sentence when no other project is named there. A number's attribute
//! (`总投资`, `全长`) is the fact's own when the extractor filled it, else read from the words
//! just before the number by [`attribute_before`], which goes once the extractor fills them all.

use serde_json::Number;

use super::dating::first_date;
use super::mentions::{ArticleText, Part, Span};
use super::merge::Local;
use super::owners::{governing, owners_near};
use super::stage::stage_in_clause;
use super::{Measure, StageEvent};
use crate::model::{Article, Fact, FactKind, FactValue};
use crate::text::cells::row_cells;
use crate::text::fold::fold;

/// What one article says about one project.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attached {
    pub investment: Option<Number>,
    pub owners: Vec<String>,
    pub measures: Vec<Measure>,
    pub events: Vec<StageEvent>,
    pub place: Option<String>,
}

/// A fact with every place its text occurs in the article.
pub struct Located<'a> {
    pub fact: &'a Fact,
    pub spans: Vec<Span>,
    /// For an organisation: whether it governs rather than invests (see [`GOVERNING`]).
    pub governing: bool,
    /// For a date: the day or period it names, a relative day read against the dateline's day
    /// (see [`super::dating::date_value`]).
    pub date: Option<String>,
}

/// The zone of a project listed in a table: the one zone its row names (`2  高端装备制造产业园项目
/// 12.5  晋中高新区`), when every row that lists it names that one. Tables of 重点项目 list projects
/// across zones, where the article's own zone (none, when it names several) says less.
pub fn row_zone(article: &Article, at: &ArticleText, mentions: &[Span]) -> Option<String> {
    let mut zone: Option<&str> = None;
    for m in mentions {
        let Some(Part::Para(p)) = at.texts.get(m.text).map(|t| t.part) else {
            continue;
        };
        // A row of three cells or more, as table facts read rows: a line of prose with a
        // double space is no row.
        if article
            .paragraphs
            .get(p)
            .is_none_or(|row| row_cells(row).len() < 3)
        {
            continue;
        }
        let mut zones = article
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Zone && f.paragraph == Some(p))
            .filter_map(|f| f.name.as_deref());
        let (Some(z), None) = (zones.next(), zones.next()) else {
            return None;
        };
        if zone.is_some_and(|y| y != z) {
            return None;
        }
        zone = Some(z);
    }
    zone.map(str::to_owned)
}

/// Locates the facts the ledger joins on (numbers, organisations, dates, places).
pub fn locate<'a>(article: &'a Article, at: &ArticleText) -> Vec<Located<'a>> {
    let dateline = super::dating::dateline_day(article);
    article
        .facts
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FactKind::Money
                    | FactKind::Quantity
                    | FactKind::Organization
                    | FactKind::Date
                    | FactKind::Place
            )
        })
        .map(|fact| Located {
            fact,
            spans: at.occurrences(fact),
            governing: fact.kind == FactKind::Organization && governing(&fact.text),
            date: super::dating::date_value(fact, dateline.as_deref(), article.date.as_deref()),
        })
        .collect()
}

/// Joins one project of an article with the article's facts; `others` are the mentions of the
/// article's other projects.
pub fn attach(
    article: &Article,
    at: &ArticleText,
    facts: &[Located<'_>],
    local: &Local,
    others: &[Span],
    title: Option<&StageEvent>,
) -> Attached {
    let mut out = Attached::default();
    if let Some(o) = &local.name_owner {
        out.owners.push(o.clone());
    }
    // `该项目…` after the name, where the article names no other project.
    let mut referring = if others.is_empty() {
        super::anaphora::referring(at, &local.mentions)
    } else {
        Vec::new()
    };
    // `。项目总投资…` after the project just named, in any article.
    for s in super::anaphora::opening(at, &local.mentions, others) {
        if !referring.iter().any(|r| r.overlaps(&s)) {
            referring.push(s);
        }
    }
    let sections = super::section::sections(&article.paragraphs);
    for m in local.mentions.iter().chain(&referring) {
        let section = super::section::of(&sections, at, m);
        let sentence = at.sentence(m);
        let clause = at.clause(m);
        let alone = !others.iter().any(|o| sentence.contains(o));
        let record = names_a_record(at, m) && !others.iter().any(|o| o.text == m.text);
        // A figure after a count of projects in its sentence is the batch's total, unless the
        // project's own clause says it: a count before the figure that comes before the name
        // (`共签约项目108个，总投资865亿元，其中…项目`), or between the name and the figure
        // (`启动城市更新项目30个，涉及…面积500万平方米`). A figure the sentence gives after the
        // name with no count between is the project's (`确保…项目100个以上，其中甲项目一季度
        // 开工，总投资60亿元`).
        let batch = |s: &Span| {
            let from = if s.start < m.start {
                sentence.start
            } else {
                m.start
            };
            let between = Span {
                start: from,
                end: s.start,
                ..sentence
            };
            from < s.start && super::batch::counts_projects(at.folded(&between))
        };
        let near = |s: &Span| {
            clause.contains(s)
                || (alone && sentence.contains(s) && !batch(s))
                || (record && s.text == m.text)
        };
        for l in facts {
            // A figure inside another project's name (`华圣铝业30万吨再生铝项目、氢能重卡产业园
            // 项目`) is that project's.
            // So is a figure that qualifies another name (`总投资42亿元的甲项目、总投资18亿元的
            // 乙项目`: the 42亿 is 甲's, not 乙's too) or that another name stands between.
            let theirs = |s: &Span| {
                others
                    .iter()
                    .any(|o| o.contains(s) || qualifies(at, s, o) || between(s, o, m))
            };
            for s in l.spans.iter().filter(|s| near(s) && !theirs(s)) {
                take_number(at, l.fact, s, m, &mut out);
            }
        }
        for o in owners_near(at, facts, m, &sentence, others) {
            if !out.owners.contains(&o) {
                out.owners.push(o);
            }
        }
        // What a plan section says of a project is still to come (see [`super::section`]).
        if !section.plan {
            let undated = super::section::undated(&section, article.date.as_deref());
            out.events
                .extend(event(&article.id, undated, at, facts, m, others));
        }
    }
    // A project whose sentence puts the title's stage (or an earlier one) still to come is not
    // in the list the title sums up.
    let yet = local
        .mentions
        .iter()
        .filter_map(|m| super::chain::planned(at, m, others))
        .min();
    let planned_section = local
        .mentions
        .iter()
        .all(|m| super::section::of(&sections, at, m).plan);
    if out.events.is_empty() && !planned_section {
        out.events
            .extend(title.filter(|t| yet.is_none_or(|y| t.stage < y)).cloned());
    }
    // A tender notice's fields are its one project's.
    if let Some(n) = others
        .is_empty()
        .then(|| super::notice::notice_fields(at, facts))
        .flatten()
    {
        if out.investment.is_none() {
            out.investment = n.budget;
        }
        if let Some(o) = n.owner.filter(|o| !out.owners.contains(o)) {
            out.owners.push(o);
        }
    }
    out.place = super::place_of::place(at, facts, &local.mentions, others);
    out
}

/// Whether the figure at `s` qualifies the name at `o` (`总投资42亿元的甲项目`): only a `的`
/// between them.
fn qualifies(at: &ArticleText, s: &Span, o: &Span) -> bool {
    s.text == o.text
        && s.end <= o.start
        && at
            .slice(&Span {
                text: s.text,
                start: s.end,
                end: o.start,
            })
            .trim()
            == "的"
}

/// Whether the name at `o` stands between the figure at `s` and the mention `m`, in one text:
/// the figure is nearer to another project than to this one.
fn between(s: &Span, o: &Span, m: &Span) -> bool {
    s.text == o.text
        && o.text == m.text
        && ((s.end <= o.start && o.end <= m.start) || (m.end <= o.start && o.end <= s.start))
}

/// Files a money or quantity fact found next to a mention as the investment or a measure.
fn take_number(at: &ArticleText, f: &Fact, s: &Span, mention: &Span, out: &mut Attached) {
    if !matches!(f.kind, FactKind::Money | FactKind::Quantity) {
        return;
    }
    let attr = f.attribute.clone().or_else(|| attribute_before(at, s));
    let value = match &f.value {
        Some(FactValue::Number(n)) => Some(n.clone()),
        _ => None,
    };
    let bracketed = || attr.is_none() && in_brackets_after(at, mention, s);
    if f.kind == FactKind::Money && (attr.as_deref().is_some_and(is_investment) || bracketed()) {
        // The ledger's investment is a total in yuan: an amount in another currency
        // (`25亿美元`, `180億港元`) or one added to an earlier total (`追加投资3亿美元`) is
        // kept as a measure with its unit as printed. Until stop 53 both were the total, the
        // dollars read as yuan.
        let added = super::money_kind::is_additional(&at.compact_before(s, 8));
        let foreign = f.unit.as_deref().is_some_and(|u| u != "元");
        if added || foreign {
            let m = Measure {
                attribute: if added { "追加投资" } else { "投资" }.to_owned(),
                value,
                unit: f.unit.clone(),
                text: f.text.clone(),
            };
            if !out.measures.iter().any(|o| o.same(&m)) {
                out.measures.push(m);
            }
        } else if out.investment.is_none() {
            out.investment = value;
        }
        return;
    }
    let in_name = mention.contains(s);
    let Some(category) = measure_category(attr.as_deref(), f.unit.as_deref(), in_name) else {
        return;
    };
    let m = Measure {
        attribute: category.to_owned(),
        value,
        unit: f.unit.clone(),
        text: f.text.clone(),
    };
    if !out.measures.iter().any(|o| o.same(&m)) {
        out.measures.push(m);
    }
}

/// Labels of a record's name field (`项目名称：`), in compact text.
const RECORD_NAME_LABELS: &[&str] = &[
    "项目名称：",
    "项目名称:",
    "名称：",
    "名称:",
    "项目：",
    "项目:",
];

/// Whether a project's mention is the name field opening a record's paragraph
/// (`项目名称：…项目　建设内容：…　总投资：25亿元　合作方式：独资`, a promotion page's project):
/// every field of that paragraph is said of it, across its sentences.
fn names_a_record(at: &ArticleText, m: &Span) -> bool {
    // The label opens the paragraph; between it and the mention at most the name's head
    // (`项目名称：芜湖经开区` before `汽车电子产业园项目`), no punctuation.
    let before = at.compact_before(m, RECORD_HEAD_MAX_CHARS);
    RECORD_NAME_LABELS.iter().any(|l| {
        before
            .strip_prefix(l)
            .is_some_and(|head| !head.contains(|c: char| !crate::lexicon::names::is_han(c)))
    })
}

/// Most compact chars before a record's project mention: its label and the name's head.
const RECORD_HEAD_MAX_CHARS: usize = 16;

/// Whether a span stands in the brackets that open right after a project's name: a signing
/// list's details (`1.年产10万吨高纯硅材料项目（山西宏晟新材料有限公司，45亿元）`), its investor
/// and what it costs.
pub(super) fn in_brackets_after(at: &ArticleText, mention: &Span, s: &Span) -> bool {
    if s.text != mention.text || s.start < mention.end {
        return false;
    }
    let between = at.slice(&Span {
        text: mention.text,
        start: mention.end,
        end: s.start,
    });
    // Still inside the first bracket: a company's own brackets (`…（集团）有限公司`) close
    // before it does.
    let mut depth = 0usize;
    let open_throughout = between.chars().all(|c| {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth > 0
    });
    between.starts_with(['（', '('])
        && open_throughout
        && between.chars().count() <= BRACKET_DETAILS_MAX_CHARS
}

/// Longest details in brackets after a name before the part read, in chars: a company's name
/// and a comma.
const BRACKET_DETAILS_MAX_CHARS: usize = 40;

/// Attributes of money that state what a project costs in all.
fn is_investment(attr: &str) -> bool {
    matches!(
        attr,
        "总投资"
            | "投资"
            | "计划总投资"
            | "项目总投资"
            | "总投资额"
            | "投资额"
            | "计划投资"
            | "拟投资"
    )
}

/// Words that say what a number measures, longest first where one ends another.
const ATTRIBUTES: &[&str] = &[
    "计划总投资",
    "项目总投资",
    "总投资额",
    "总投资",
    "投资额",
    "计划投资",
    "拟投资",
    "投资",
    "年产值",
    "产值",
    "年营收",
    "营收",
    "年销售收入",
    "销售收入",
    "设计产能",
    "年产能",
    "产能",
    "年产",
    "年处理",
    "全长",
    "总长",
    "长度",
    "总占地面积",
    "占地面积",
    "占地",
    "用地面积",
    "用地",
    "总建筑面积",
    "建筑面积",
    "规划建设总面积",
    "建设总面积",
    "总面积",
    "规划面积",
    "面积",
    // `新建厂房28万平方米`: the floor area of the works built.
    "新建厂房",
    "标准厂房",
    "厂房",
];

/// Words between an attribute and its number (`总投资约 3 亿元`, `全长达 5 公里`).
const FILLERS: &[&str] = &[
    "达到", "约为", "超过", "共计", "合计", "总计", "可达", "将达", "约", "达", "为", "逾", "超",
    "近", "共", "计",
];

/// The attribute the words just before a number give it, or `None`. Stands in for the
/// extractor's `Fact.attribute` where that is not filled.
pub fn attribute_before(at: &ArticleText, s: &Span) -> Option<String> {
    let mut before = at.compact_before(s, 12);
    while let Some(f) = FILLERS.iter().find(|f| before.ends_with(*f)) {
        before.truncate(before.len() - f.len());
    }
    let direct = ATTRIBUTES
        .iter()
        .filter(|a| before.ends_with(*a))
        .max_by_key(|a| a.len())
        .map(|a| (*a).to_owned());
    direct.or_else(|| output_before(&before))
}

/// `年产特种油品 30 万吨`: an output word, then only the product's name before the number.
fn output_before(before: &str) -> Option<String> {
    let chars: Vec<char> = before.chars().collect();
    let tail = &chars[chars.len().saturating_sub(8)..];
    let tail: String = tail.iter().collect();
    ["年产", "年处理", "产能"].iter().find_map(|w| {
        let i = tail.rfind(w)?;
        let rest = &tail[i + w.len()..];
        rest.chars()
            .all(crate::lexicon::names::is_han)
            .then(|| (*w).to_owned())
    })
}

const AREA: &[&str] = &["平方米", "平方公里", "亩", "公顷", "平米"];
const LENGTH: &[&str] = &["公里", "千米", "米"];
const OUTPUT: &[&str] = &[
    "吨",
    "立方米",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "千瓦时",
    "件",
    "套",
    "台",
    "辆",
    "片",
    "只",
    "瓶",
    "箱",
];

/// The ledger's name for what a number measures, from its attribute and unit: 产能, 长度,
/// 建筑面积 / 占地面积 / 用地面积 / 规划面积, 年产值 / 营收; a weight inside the project's name
/// (`4 万吨铸造合金项目`) is its capacity. A number with no attribute is no measure.
pub fn measure_category(
    attr: Option<&str>,
    unit: Option<&str>,
    in_name: bool,
) -> Option<&'static str> {
    let unit = unit.unwrap_or("");
    let attr = attr.map(fold).unwrap_or_default();
    if AREA.contains(&unit) {
        return [
            ("占地", "占地面积"),
            ("用地", "用地面积"),
            ("建筑", "建筑面积"),
            ("建设", "建筑面积"),
            ("厂房", "建筑面积"),
            ("规划", "规划面积"),
            ("面积", "面积"),
        ]
        .iter()
        .find(|(w, _)| attr.contains(w))
        .map(|(_, c)| *c);
    }
    if LENGTH.contains(&unit) {
        return ["全长", "总长", "长度"]
            .contains(&attr.as_str())
            .then_some("长度");
    }
    if unit == "元" {
        if attr.contains("产值") {
            return Some("年产值");
        }
        return (attr.contains("营收") || attr.contains("销售收入")).then_some("营收");
    }
    let capacity = ["产能", "年产", "年处理"].iter().any(|w| attr.contains(w));
    (OUTPUT.contains(&unit) && (capacity || in_name)).then_some("产能")
}

/// The stage event a mention's clause reports, dated by the sentence's date (the nearest before
/// the stage word, else the first) or `undated` (the section's year or the article's date);
/// when the clause reports none, the events of the clauses after it that are still about the
/// project ([`super::chain`]), each dated by its own clause.
fn event(
    article: &str,
    undated: Option<String>,
    at: &ArticleText,
    facts: &[Located<'_>],
    m: &Span,
    others: &[Span],
) -> Vec<StageEvent> {
    let (clause, sentence) = (&at.clause(m), &at.sentence(m));
    let chars = at.folded(clause);
    let rel = (m.start - clause.start)..(m.end - clause.start);
    let Some((stage, at_word)) = stage_in_clause(chars, rel.clone()) else {
        return super::chain::later_stages(at, m, others)
            .into_iter()
            .map(|(stage, c)| StageEvent {
                stage,
                date: first_date(at, facts, &c, usize::MAX).or_else(|| undated.clone()),
                article: article.to_owned(),
            })
            .collect();
    };
    let date = first_date(at, facts, sentence, clause.start + at_word)
        .or_else(|| first_date(at, facts, clause, usize::MAX))
        .or_else(|| undated.clone());
    let mut out = vec![StageEvent {
        stage,
        date,
        article: article.to_owned(),
    }];
    // `今年5月签约的…项目，7月即开工建设`: the clauses after say how far it has come since.
    if super::chain::describes_name(chars, at_word, rel) {
        out.extend(
            super::chain::stages_after(at, m, others)
                .into_iter()
                .map(|(stage, c)| StageEvent {
                    stage,
                    date: first_date(at, facts, &c, usize::MAX).or_else(|| undated.clone()),
                    article: article.to_owned(),
                }),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_from_attribute_and_unit() {
        assert_eq!(
            measure_category(Some("全长"), Some("公里"), false),
            Some("长度")
        );
        assert_eq!(
            measure_category(Some("规划建设总面积"), Some("平方米"), false),
            Some("建筑面积")
        );
        assert_eq!(
            measure_category(Some("年产"), Some("吨"), false),
            Some("产能")
        );
        assert_eq!(measure_category(None, Some("吨"), true), Some("产能"));
        assert_eq!(measure_category(None, Some("公里"), false), None);
        assert_eq!(
            measure_category(Some("年产值"), Some("元"), false),
            Some("年产值")
        );
        assert_eq!(measure_category(Some("地上"), Some("层"), false), None);
        assert_eq!(
            measure_category(Some("新建厂房"), Some("平方米"), false),
            Some("建筑面积")
        );
        assert_eq!(measure_category(Some("厂房"), Some("栋"), false), None);
    }
}
