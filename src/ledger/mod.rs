//! The project ledger (项目台账): one record per project across all loaded articles, with its
//! names, zone, place, owners, investment, measures and stages, each traceable to the articles
//! it came from.
//!
//! The ledger is a join over the model: it reads each article's facts (and its text only for the
//! sentence around a mention), so it works the same on pages parsed now or read from a cache.
//! [`merge`] says which mentions are one project, [`attach`] what belongs to it, [`stage`] how
//! far it has come, [`profile`] sums the ledger per zone, [`mentions`] finds names in articles.

pub mod anaphora;
pub mod attach;
mod batch;
mod chain;
pub mod cluster;
mod dating;
mod generic;
mod list_stage;
pub mod mentions;
pub mod merge;
mod money_kind;
mod name_head;
mod notice;
mod owners;
mod place_of;
pub mod profile;
mod row_names;
mod section;
pub mod stage;
pub mod table;
mod title_form;
mod zone_of;

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Number;

use crate::model::{Article, Corpus};
use crate::text::fold::fold;
use mentions::{key, ArticleText, Part};
pub use stage::Stage;

/// One project across all loaded articles; serialises to the contract's ledger record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    pub name: String,
    pub aliases: Vec<String>,
    pub zone: Option<String>,
    pub place: Option<String>,
    pub owners: Vec<String>,
    /// Total investment in yuan.
    pub investment: Option<Number>,
    pub measures: Vec<Measure>,
    /// The furthest stage the articles report.
    pub stage: Option<Stage>,
    /// Each stage event, in date order (undated ones after the dated).
    pub stages: Vec<StageEvent>,
    pub articles: Vec<String>,
    /// The source path of each article, in the order of `articles`.
    #[serde(skip)]
    pub sources: Vec<String>,
    /// Where each article first names the project, for opening it with the name highlighted.
    #[serde(skip)]
    pub spots: Vec<Spot>,
}

/// A measure of a project: capacity, area, length or output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Measure {
    pub attribute: String,
    pub value: Option<Number>,
    pub unit: Option<String>,
    /// The number as printed.
    pub text: String,
}

impl Measure {
    /// The same measure said twice (`4 万吨` in the title and the body).
    fn same(&self, o: &Measure) -> bool {
        self.attribute == o.attribute && self.value == o.value && self.unit == o.unit
    }
}

/// One stage the articles report, with its date when they give one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageEvent {
    pub stage: Stage,
    pub date: Option<String>,
    pub article: String,
}

/// Where an article names a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub article: String,
    pub part: Part,
    pub start: usize,
    pub end: usize,
}

/// The ledger of every article of the corpus (facts filled beforehand).
pub fn build(corpus: &Corpus) -> Vec<Record> {
    build_from(
        corpus
            .pages
            .iter()
            .flat_map(|p| p.articles.iter().map(move |a| (p.source.as_str(), a))),
    )
}

/// The ledger of some articles (each with its page's source path), records in the order the
/// articles first name them.
pub fn build_from<'a>(articles: impl IntoIterator<Item = (&'a str, &'a Article)>) -> Vec<Record> {
    let mut builder = Builder::default();
    for (source, article) in articles {
        builder.add(source, article);
    }
    builder.finish()
}

/// The ledger built an article at a time: what each article reports is kept (a few small
/// records for an article that names projects, nothing for the rest) and the reports are
/// clustered at the end, so `dubao projects` and `dubao zones` stream an archive instead of
/// holding its pages.
#[derive(Debug, Default)]
pub struct Builder {
    reports: Vec<(Record, cluster::Identity)>,
    /// Articles naming more projects than the ledger reads in one (id, how many).
    crowded: Vec<(String, usize)>,
}

impl Builder {
    /// Adds what one article (of the page at `source`) reports.
    pub fn add(&mut self, source: &str, article: &Article) {
        if let Some(n) = merge::crowded(article) {
            self.crowded.push((article.id.clone(), n));
        }
        self.reports.extend(article_reports(source, article));
    }

    /// What the user is told about the ledger: each article it read only part of.
    pub fn notices(&self) -> Vec<String> {
        self.crowded
            .iter()
            .map(|(id, n)| {
                format!(
                    "{id}: names {n} projects; the ledger reads the first {}",
                    merge::MAX_NAMES
                )
            })
            .collect()
    }

    /// The records, in the order the articles first name them.
    pub fn finish(self) -> Vec<Record> {
        let ids: Vec<cluster::Identity> = self.reports.iter().map(|(_, i)| i.clone()).collect();
        cluster::cluster(&ids)
            .into_iter()
            .map(|group| combine(group.into_iter().map(|i| &self.reports[i].0)))
            .collect()
    }
}

/// Every project one article reports, as a one-article record and what identifies it.
fn article_reports(source: &str, article: &Article) -> Vec<(Record, cluster::Identity)> {
    if !article
        .facts
        .iter()
        .any(|f| f.kind == crate::model::FactKind::Project)
    {
        return Vec::new();
    }
    let at = ArticleText::new(article);
    let locals = merge::local_projects(article, &at);
    let facts = attach::locate(article, &at);
    let title = list_stage::title_stage(article, &at, &facts);
    let batch = list_stage::batch_stage(article, &at, &facts);
    let mut reports: Vec<(Record, cluster::Identity)> = locals
        .iter()
        .enumerate()
        .map(|(i, local)| {
            let others: Vec<mentions::Span> = locals
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, l)| l.mentions.iter().copied())
                .collect();
            // A batch a paragraph counts holds the projects named after the count.
            let counted = batch
                .as_ref()
                .filter(|(_, s)| {
                    local
                        .mentions
                        .iter()
                        .all(|m| (m.text, m.start) >= (s.text, s.end))
                })
                .map(|(e, _)| e);
            let got = attach::attach(
                article,
                &at,
                &facts,
                local,
                &others,
                title.as_ref().or(counted),
            );
            let zone = attach::row_zone(article, &at, &local.mentions).or_else(|| {
                (!zone_of::rows_place_it_outside(article, &at, &local.mentions))
                    .then(|| zone_of::project_zone(article, &at, &local.mentions, &others))
                    .flatten()
            });
            let spots = local
                .mentions
                .first()
                .map(|m| Spot {
                    article: article.id.clone(),
                    part: at.texts[m.text].part,
                    start: m.start,
                    end: m.end,
                })
                .into_iter()
                .collect();
            let record = Record {
                name: local.name.clone(),
                aliases: local.aliases.clone(),
                zone: zone.clone(),
                place: got.place,
                owners: got.owners.clone(),
                investment: got.investment,
                measures: got.measures,
                stage: None,
                stages: got.events,
                articles: vec![article.id.clone()],
                sources: vec![source.to_owned()],
                spots,
            };
            let mut forms = vec![key(&local.name)];
            forms.extend(local.aliases.iter().map(|a| key(a)));
            let identity = cluster::Identity {
                names: vec![key(&local.name)],
                forms,
                owners: got.owners.iter().map(|o| key(o)).collect(),
                zone,
                bare: vec![local.bare.clone()],
            };
            (record, identity)
        })
        .collect();
    row_names::join_row_names(&mut reports);
    reports
}

/// One record from the reports of one project: the longest name (the first reported of those
/// as long), every other name an alias, the first zone, place and investment stated, owners
/// and measures once each, stage events once per stage and article (dated where any is).
///
/// Names and owners count once however they are written: a page in Traditional characters
/// (`鈉離子電池正極材料項目`, `山西華陽新材料科技集團`) reports the project of a Simplified one,
/// and gave it a second owner and an alias that were the first ones again.
fn combine<'a>(reports: impl Iterator<Item = &'a Record>) -> Record {
    let reports: Vec<&Record> = reports.collect();
    // Folding keeps one char per char: the compact length is the count of non-space chars.
    let compact_len = |n: &str| n.chars().filter(|c| !c.is_whitespace()).count();
    let mut name = String::new();
    for r in &reports {
        if name.is_empty() || compact_len(&r.name) > compact_len(&name) {
            name.clone_from(&r.name);
        }
    }
    let mut out = Record {
        name: name.clone(),
        aliases: Vec::new(),
        zone: None,
        place: None,
        owners: Vec::new(),
        investment: None,
        measures: Vec::new(),
        stage: None,
        stages: Vec::new(),
        articles: Vec::new(),
        sources: Vec::new(),
        spots: Vec::new(),
    };
    // Folded, spaces kept: `新质生产力 创新基地` and `新质生产力创新基地` are both names as printed.
    let mut seen_alias: HashSet<String> = HashSet::from([fold(&name)]);
    let mut seen_owner: HashSet<String> = HashSet::new();
    let mut seen_article: HashSet<&str> = HashSet::new();
    let mut events: HashMap<(Stage, &str), usize> = HashMap::new();
    for r in &reports {
        for n in std::iter::once(&r.name).chain(&r.aliases) {
            if seen_alias.insert(fold(n)) {
                out.aliases.push(n.clone());
            }
        }
        out.zone = out.zone.take().or_else(|| r.zone.clone());
        out.place = out.place.take().or_else(|| r.place.clone());
        out.investment = out.investment.take().or_else(|| r.investment.clone());
        for o in &r.owners {
            if seen_owner.insert(key(o)) {
                out.owners.push(o.clone());
            }
        }
        for m in &r.measures {
            if !out.measures.iter().any(|o| o.same(m)) {
                out.measures.push(m.clone());
            }
        }
        for e in &r.stages {
            match events.get(&(e.stage, e.article.as_str())) {
                Some(&i) => earliest(&mut out.stages[i], e),
                None => {
                    events.insert((e.stage, e.article.as_str()), out.stages.len());
                    out.stages.push(e.clone());
                }
            }
        }
        for (a, s) in r.articles.iter().zip(&r.sources) {
            if seen_article.insert(a) {
                out.articles.push(a.clone());
                out.sources.push(s.clone());
            }
        }
        out.spots.extend(r.spots.iter().cloned());
    }
    out.stages.sort_by(|a, b| {
        (a.date.is_none(), &a.date, a.stage).cmp(&(b.date.is_none(), &b.date, b.stage))
    });
    out.stage = out.stages.iter().map(|e| e.stage).max();
    out
}

/// One event per stage and article: a dated report replaces an undated one, the earliest date
/// stays.
fn earliest(o: &mut StageEvent, e: &StageEvent) {
    let better = match (&o.date, &e.date) {
        (None, Some(_)) => true,
        (Some(a), Some(b)) => b < a,
        _ => false,
    };
    if better {
        o.date.clone_from(&e.date);
    }
}
