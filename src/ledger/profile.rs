//! A zone's profile: its articles, projects, total announced investment, latest date, and the
//! investment and number of projects announced per month (for the reader's bar chart).

use std::collections::BTreeMap;

use super::Record;
use crate::model::Article;

/// What the ledger and the articles say about one zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub zone: Option<String>,
    pub articles: usize,
    pub projects: usize,
    /// Sum of the projects' total investments, in yuan (projects without one add nothing).
    pub investment: u64,
    /// The latest date an article or stage event of the zone gives.
    pub latest: Option<String>,
    /// Per month (`YYYY-MM`): investment announced and projects first reported.
    pub months: BTreeMap<String, Month>,
}

/// One month of a zone's profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Month {
    pub investment: u64,
    pub projects: usize,
}

/// A money value in whole yuan; a value that is not a non-negative finite number counts nothing.
fn yuan(n: &serde_json::Number) -> u64 {
    n.as_u64().unwrap_or_else(|| {
        n.as_f64()
            .filter(|v| v.is_finite() && *v >= 0.0 && *v < u64::MAX as f64)
            .map_or(0, |v| v.round() as u64)
    })
}

/// The month of a record: of its first dated stage event.
fn month_of(r: &Record) -> Option<String> {
    r.stages
        .iter()
        .filter_map(|e| e.date.as_deref())
        .min()
        .filter(|d| d.len() >= 7)
        .map(|d| d[..7].to_owned())
}

/// Profiles of every zone the articles or records name (and of articles without a zone, under
/// `None`), most articles first, then by name.
pub fn profiles<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    records: &[Record],
) -> Vec<Profile> {
    let mut by_zone: BTreeMap<Option<String>, Profile> = BTreeMap::new();
    for a in articles {
        let p = slot(&mut by_zone, &a.zone);
        p.articles += 1;
        later(&mut p.latest, a.date.as_deref());
    }
    for r in records {
        let p = slot(&mut by_zone, &r.zone);
        p.projects += 1;
        let inv = r.investment.as_ref().map_or(0, yuan);
        p.investment = p.investment.saturating_add(inv);
        for e in &r.stages {
            later(&mut p.latest, e.date.as_deref());
        }
        if let Some(m) = month_of(r) {
            let month = p.months.entry(m).or_default();
            month.projects += 1;
            month.investment = month.investment.saturating_add(inv);
        }
    }
    let mut v: Vec<Profile> = by_zone.into_values().collect();
    v.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then_with(|| a.zone.is_none().cmp(&b.zone.is_none()))
            .then_with(|| a.zone.cmp(&b.zone))
    });
    v
}

/// The profile of a zone, made empty the first time the zone is met.
fn slot<'m>(m: &'m mut BTreeMap<Option<String>, Profile>, z: &Option<String>) -> &'m mut Profile {
    m.entry(z.clone()).or_insert_with(|| Profile {
        zone: z.clone(),
        ..Profile::default()
    })
}

/// Keeps the later of two dates (ISO strings compare in date order).
fn later(cur: &mut Option<String>, d: Option<&str>) {
    if let Some(d) = d {
        if cur.as_deref().is_none_or(|c| d > c) {
            *cur = Some(d.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Stage, StageEvent};

    fn record(zone: &str, inv: u64, date: Option<&str>) -> Record {
        Record {
            name: "甲项目".into(),
            aliases: vec![],
            zone: Some(zone.into()),
            place: None,
            owners: vec![],
            investment: Some(inv.into()),
            measures: vec![],
            stage: Some(Stage::Signed),
            stages: vec![StageEvent {
                stage: Stage::Signed,
                date: date.map(str::to_owned),
                article: "a".into(),
            }],
            articles: vec!["a".into()],
            sources: vec!["a.txt".into()],
            spots: vec![],
        }
    }

    #[test]
    fn sums_investment_and_counts_per_month() {
        let recs = [
            record("甲区", 100, Some("2025-03-01")),
            record("甲区", 50, Some("2025-03-20")),
            record("甲区", 7, Some("2025-05-02")),
            record("乙区", u64::MAX, None),
        ];
        let ps = profiles([], &recs);
        let a = ps
            .iter()
            .find(|p| p.zone.as_deref() == Some("甲区"))
            .unwrap();
        assert_eq!((a.projects, a.investment), (3, 157));
        assert_eq!(a.latest.as_deref(), Some("2025-05-02"));
        assert_eq!(
            a.months["2025-03"],
            Month {
                investment: 150,
                projects: 2
            }
        );
        let b = ps
            .iter()
            .find(|p| p.zone.as_deref() == Some("乙区"))
            .unwrap();
        assert!(b.months.is_empty());
    }
}
