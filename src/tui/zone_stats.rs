//! The zone picker's figures (each zone's projects, investment and latest date) off the UI
//! thread. They need the project ledger over every article that names a project, which on a
//! 10,000-page archive takes seconds (the facts read back from the cache, then clustered): the
//! picker opens at once with the zones and their article counts, and the figures fill in when
//! this worker sends them (the last ones computed are shown meanwhile).

use std::sync::mpsc;

use super::app::{Action, ZoneStats};
use super::head::Head;
use super::read_back::{Listed, Reader};
use super::text::PageTexts;
use crate::ledger::profile;

/// What the figures are computed from: every article's head (for the zones' article counts
/// and dates) and the articles that name a project with their facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The reader's state they were asked for (entries loaded, entries with facts): figures
    /// of an older state are shown until newer ones arrive.
    pub key: (usize, usize),
    pub heads: Vec<Head>,
    pub projects: Vec<Listed>,
}

/// The figures of `job`, reading the project articles back through `texts`.
pub fn stats(job: &Job, texts: Option<&mut PageTexts>) -> ZoneStats {
    let records = Reader::new(texts)
        .ledger(&job.projects, || true)
        .unwrap_or_default();
    profile::profiles(job.heads.iter().map(|a| &**a), &records)
        .into_iter()
        .map(|p| (p.zone.clone(), p))
        .collect()
}

/// Starts the worker: it answers each job (the newest when several wait) with
/// [`Action::ZoneStats`].
pub fn spawn(
    tx: crossbeam_channel::Sender<Action>,
    mut texts: Option<PageTexts>,
) -> mpsc::Sender<Job> {
    let (jobs, queue) = mpsc::channel::<Job>();
    super::read_back::serve_newest("dubao-zone-stats", queue, tx, move |job: &Job| {
        Some(Action::ZoneStats {
            key: job.key,
            stats: stats(job, texts.as_mut()),
        })
    });
    jobs
}
