//! The zone picker's figures (each zone's projects, investment and latest date) off the UI
//! thread. They need the project ledger over every article that names a project, which on a
//! 10,000-page archive takes seconds (the facts read back from the cache, then clustered): the
//! picker opens at once with the zones and their article counts, and the figures fill in when
//! this worker sends them (the last ones computed are shown meanwhile).

use std::sync::{mpsc, Arc};

use super::app::{Action, ZoneStats};
use super::packed::PackedFacts;
use super::text::PageTexts;
use crate::ledger::{self, profile};
use crate::model::{Article, Fact};

/// What the figures are computed from: every article's head (for the zones' article counts
/// and dates) and the articles that name a project with their facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The reader's state they were asked for (entries loaded, entries with facts): figures
    /// of an older state are shown until newer ones arrive.
    pub key: (usize, usize),
    pub heads: Vec<Arc<Article>>,
    pub projects: Vec<Project>,
}

/// An article that names a project: its page, its place in it, its head and its facts (packed,
/// or left in the page's cache entry).
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub source: Arc<str>,
    pub slot: usize,
    pub head: Arc<Article>,
    pub facts: PackedFacts,
}

/// The figures of `job`, reading the project articles back through `texts`.
pub fn stats(job: &Job, mut texts: Option<&mut PageTexts>) -> ZoneStats {
    // Facts first, each page's from its cache entry's facts section; then the text. (A page
    // read back for its text holds no facts, and would answer for them once kept.)
    let facts: Vec<Vec<Fact>> = job
        .projects
        .iter()
        .map(|p| match (&mut texts, p.facts.in_cache()) {
            (Some(t), true) => t.facts(&p.source, p.slot),
            _ => p.facts.unpack(),
        })
        .collect();
    let mut builder = ledger::Builder::default();
    for (p, facts) in job.projects.iter().zip(facts) {
        let read = texts.as_mut().and_then(|t| t.article(&p.source, p.slot));
        builder.add(&p.source, &project_article(p, read.as_deref(), facts));
    }
    let records = builder.finish();
    profile::profiles(job.heads.iter().map(|a| &**a), &records)
        .into_iter()
        .map(|p| (p.zone.clone(), p))
        .collect()
}

/// The project article as the ledger reads it: its head (the reader's id, zones and date), its
/// `facts`, and the text of the article read back (`read`), since the ledger attaches amounts,
/// owners and dates by where the facts sit in the text.
fn project_article(p: &Project, read: Option<&Article>, facts: Vec<Fact>) -> Article {
    let head = (*p.head).clone();
    match read {
        Some(a) => Article {
            dateline: a.dateline.clone(),
            paragraphs: a.paragraphs.clone(),
            captions: a.captions.clone(),
            facts,
            ..head
        },
        None => Article { facts, ..head },
    }
}

/// Starts the worker: it answers each job (the newest when several wait) with
/// [`Action::ZoneStats`].
pub fn spawn(
    tx: crossbeam_channel::Sender<Action>,
    mut texts: Option<PageTexts>,
) -> mpsc::Sender<Job> {
    let (jobs, queue) = mpsc::channel::<Job>();
    let _ = std::thread::Builder::new()
        .name("dubao-zone-stats".to_owned())
        .spawn(move || {
            while let Ok(mut job) = queue.recv() {
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                let stats = stats(&job, texts.as_mut());
                if tx
                    .send(Action::ZoneStats {
                        key: job.key,
                        stats,
                    })
                    .is_err()
                {
                    return;
                }
            }
        });
    jobs
}
