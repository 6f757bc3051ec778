//! The Projects view's ledger (`p`) and the mentions of a fact (`m`) off the UI thread. Both
//! read every article they take back from the cache (the ledger over the listed articles that
//! name a project, the mentions over the whole archive), which on a 10,000-page archive takes
//! seconds: the view opens at once, saying it is being built, and fills in when this worker
//! answers. A newer request supersedes an older one, which stops where it is.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};

use super::app::Action;
use super::read_back::{Listed, Reader};
use super::text::PageTexts;
use crate::ledger::mentions::{Finder, Mention, Source};
use crate::ledger::Record;
use crate::model::FactKind;

/// A request, and its generation: the reader takes only the answer to the newest.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub gen: u64,
    pub want: Want,
}

/// What is to be built.
#[derive(Debug, Clone, PartialEq)]
pub enum Want {
    /// The ledger of these articles (the listed ones that name a project), in list order.
    Projects(Vec<Listed>),
    /// The sentences of `articles` (every loaded one, in order) that name `name`, of `kind`
    /// (see [`crate::ledger::mentions::find`]).
    Mentions {
        name: String,
        kind: Option<FactKind>,
        articles: Vec<Listed>,
    },
}

/// What was built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Built {
    Projects(Vec<Record>),
    Mentions(Vec<Mention>),
}

/// Builds what `job` wants, reading articles back through `texts`; `None` when `go_on` said
/// to stop first (a newer request came).
pub fn build(job: &Job, texts: Option<&mut PageTexts>, go_on: impl Fn() -> bool) -> Option<Built> {
    let mut reader = Reader::new(texts);
    match &job.want {
        Want::Projects(articles) => reader.ledger(articles, go_on).map(Built::Projects),
        Want::Mentions {
            name,
            kind,
            articles,
        } => {
            // The ledger first, for the names a project goes by; then every article's
            // sentences, one article at a time (the archive's text is never held at once).
            let projects: Vec<Listed> = articles
                .iter()
                .filter(|a| a.facts.has_projects())
                .cloned()
                .collect();
            let records = reader.ledger(&projects, &go_on)?;
            let mut finder = Finder::new(&records, name, *kind);
            let all = reader.each(articles, |p, a| {
                finder.add(&Source {
                    article: &a,
                    source: &p.source,
                    page_date: None,
                });
                go_on()
            });
            all.then(|| Built::Mentions(finder.finish()))
        }
    }
}

/// The event loop's end of the worker: requests go in, and the generation of the newest
/// lets the one being built stop as soon as it is outdated.
#[derive(Debug)]
pub struct Asker {
    jobs: mpsc::Sender<Job>,
    newest: Arc<AtomicU64>,
}

impl Asker {
    /// Asks for `job`; one being built for an older request stops.
    pub fn ask(&self, job: Job) {
        self.newest.store(job.gen, Ordering::Relaxed);
        let _ = self.jobs.send(job);
    }

    /// The view waiting for an answer closed: what is being built stops.
    pub fn cancel(&self) {
        // No request has generation 0.
        self.newest.store(0, Ordering::Relaxed);
    }
}

/// Starts the worker: it answers each job (the newest when several wait) with
/// [`Action::Ledger`], unless a newer one or a cancel came meanwhile.
pub fn spawn(tx: crossbeam_channel::Sender<Action>, mut texts: Option<PageTexts>) -> Asker {
    let (jobs, queue) = mpsc::channel::<Job>();
    let newest = Arc::new(AtomicU64::new(0));
    let current = Arc::clone(&newest);
    super::read_back::serve_newest("dubao-ledger", queue, tx, move |job: &Job| {
        let wanted = || current.load(Ordering::Relaxed) == job.gen;
        let built = build(job, texts.as_mut(), wanted)?;
        Some(Action::Ledger {
            gen: job.gen,
            built,
        })
    });
    Asker { jobs, newest }
}
