//! The reader's ledger views: the Projects view (`p`), the mentions of a fact (`m`) and a zone's
//! profile (`P`). State and commands only; drawing is in `view::projects`.

use super::{App, Effect, ExportPrompt, ExportWhat, Hit, Mode, Search, ZoneFilter};
use crate::ledger::mentions::{Mention, Part};
use crate::ledger::profile::Profile;
use crate::ledger::{table, Record};
use crate::lexicon::zone;
use crate::tui::doc::Seg;
use crate::tui::i18n::ledger as words;
use crate::tui::keys::Command;
use crate::tui::layout::Focus;
use crate::tui::ledger_worker::{self, Built, Job, Want};
use crate::tui::read_back::Listed;
use crate::tui::text::PageTexts;

/// The orders the Projects view cycles through with `s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The order the pages first name the projects.
    #[default]
    Page,
    /// Largest total investment first; projects without one last.
    Investment,
    /// Latest dated stage event first.
    Date,
    /// Furthest stage first.
    Stage,
}

impl SortBy {
    fn next(self) -> SortBy {
        match self {
            SortBy::Page => SortBy::Investment,
            SortBy::Investment => SortBy::Date,
            SortBy::Date => SortBy::Stage,
            SortBy::Stage => SortBy::Page,
        }
    }
}

/// The Projects view's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProjectsView {
    /// The ledger in page order; `order` says how it is shown.
    pub records: Vec<Record>,
    /// Indices into `records` in display order.
    pub order: Vec<usize>,
    /// Position in `order`.
    pub selected: usize,
    pub sort: SortBy,
    /// The ledger worker is building the records for this request (see
    /// [`crate::tui::ledger_worker`]); none are shown meanwhile.
    pub building: Option<u64>,
}

impl ProjectsView {
    /// The selected record.
    pub fn current(&self) -> Option<&Record> {
        self.order
            .get(self.selected)
            .and_then(|&i| self.records.get(i))
    }

    /// The records in display order: what `Y` copies and `e` writes.
    pub fn shown(&self) -> Vec<Record> {
        self.order
            .iter()
            .filter_map(|&i| self.records.get(i).cloned())
            .collect()
    }

    fn resort(&mut self) {
        let recs = &self.records;
        let mut order: Vec<usize> = (0..recs.len()).collect();
        let latest = |r: &Record| r.stages.iter().filter_map(|e| e.date.clone()).max();
        let yuan = |r: &Record| r.investment.as_ref().and_then(serde_json::Number::as_f64);
        match self.sort {
            SortBy::Page => {}
            SortBy::Investment => order.sort_by(|&a, &b| {
                let (x, y) = (yuan(&recs[a]), yuan(&recs[b]));
                y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal)
            }),
            SortBy::Date => order.sort_by_key(|&i| std::cmp::Reverse(latest(&recs[i]))),
            SortBy::Stage => order.sort_by_key(|&i| std::cmp::Reverse(recs[i].stage)),
        }
        self.order = order;
    }
}

/// The mentions view's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MentionsView {
    /// What was looked up.
    pub name: String,
    pub items: Vec<Mention>,
    pub selected: usize,
    /// The ledger worker is finding the mentions for this request.
    pub building: Option<u64>,
}

/// Each zone's profile (`None`: articles without a zone), for the zone picker.
pub type ZoneStats = std::collections::BTreeMap<Option<String>, Profile>;

/// The zone profile's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileView {
    pub profile: Profile,
    /// The figures are being computed off the UI thread (the zone picker's worker); those
    /// shown meanwhile are the last ones kept, if any.
    pub pending: bool,
}

impl App {
    /// Handles a command when a ledger view is open or asked for; `None` leaves it to the
    /// normal handling.
    pub(super) fn ledger_command(&mut self, c: Command) -> Option<Vec<Effect>> {
        match (&self.mode, c) {
            (Mode::Normal, Command::Projects) => return Some(self.open_projects()),
            (Mode::Normal, Command::Mentions) => return Some(self.open_mentions()),
            (Mode::Normal, Command::Profile) => {
                let z = self
                    .filter_zone()
                    .or_else(|| self.current_entry().and_then(|e| e.article.zone.clone()));
                return Some(self.open_profile(z));
            }
            (Mode::Projects(_), _) => return Some(self.projects_command(c)),
            (Mode::Mentions(_), _) => self.mentions_command(c),
            (Mode::Profile(_), Command::Quit) => self.quit = true,
            (Mode::Profile(_), _) => self.mode = Mode::Normal,
            _ => return None,
        }
        Some(Vec::new())
    }

    /// The canonical zone the list is filtered to, if any.
    fn filter_zone(&self) -> Option<String> {
        match &self.filter {
            ZoneFilter::Query(q) => self
                .entries
                .iter()
                .filter_map(|e| e.article.zone_fields().0)
                .find(|z| zone::matches(q, z))
                .map(str::to_owned),
            _ => None,
        }
    }

    /// The listed articles (and, while a search has hits, only those with hits) as sources.
    fn listed(&self) -> Vec<usize> {
        let hits = self.search.as_ref().filter(|s| s.total > 0);
        self.visible
            .iter()
            .copied()
            .filter(|&i| hits.is_none_or(|s| s.count(i) > 0))
            .collect()
    }

    /// Opens the Projects view at once over the listed articles, the ledger being built off
    /// the UI thread (reading each project article's text back takes seconds on a big
    /// archive). Only articles that name a project report one: only they are read.
    fn open_projects(&mut self) -> Vec<Effect> {
        let listed = self.listed();
        let articles = listed
            .iter()
            .filter_map(|&i| self.entries.get(i))
            .filter(|e| e.facts.has_projects())
            .map(Listed::of)
            .collect();
        let loading = listed
            .iter()
            .any(|&i| self.entries.get(i).is_some_and(|e| !e.facts_ready));
        if loading {
            self.warn(words::ledger_partial(self.lang).to_owned());
        } else {
            self.say(words::building_ledger(self.lang).to_owned());
        }
        let gen = self.next_ledger_gen();
        self.mode = Mode::Projects(ProjectsView {
            building: Some(gen),
            ..ProjectsView::default()
        });
        self.ask_ledger(Job {
            gen,
            want: Want::Projects(articles),
        })
    }

    fn projects_command(&mut self, c: Command) -> Vec<Effect> {
        let Mode::Projects(mut v) = std::mem::take(&mut self.mode) else {
            return Vec::new();
        };
        let n = v.order.len();
        let page = (self.size.1 as usize).saturating_sub(6).max(1);
        let mut effects = Vec::new();
        if v.building.is_some()
            && matches!(c, Command::CopyFact | Command::CopyAll | Command::Export)
        {
            // Nothing to copy or write yet: an empty ledger would read as the answer.
            self.warn(words::building_ledger(self.lang).to_owned());
            self.mode = Mode::Projects(v);
            return effects;
        }
        match c {
            Command::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
            Command::Up => v.selected = v.selected.saturating_sub(1),
            Command::PageDown => v.selected = (v.selected + page).min(n.saturating_sub(1)),
            Command::PageUp => v.selected = v.selected.saturating_sub(page),
            Command::Top => v.selected = 0,
            Command::Bottom => v.selected = n.saturating_sub(1),
            Command::Sort => {
                let keep = v.order.get(v.selected).copied();
                v.sort = v.sort.next();
                v.resort();
                v.selected = keep
                    .and_then(|k| v.order.iter().position(|&i| i == k))
                    .unwrap_or(0);
                self.say(words::sorted_by(v.sort, self.lang));
            }
            Command::CopyFact => match v.current() {
                Some(r) => effects.push(Effect::Copy {
                    text: table::tsv_line(r),
                    what: words::project_what(&r.name, self.lang),
                }),
                None => self.warn(words::no_project_to_copy(self.lang).to_owned()),
            },
            Command::CopyAll => {
                let mut bytes = Vec::new();
                match table::write(&v.shown(), crate::export::Format::Tsv, &mut bytes) {
                    Ok(()) => effects.push(Effect::Copy {
                        text: String::from_utf8_lossy(&bytes).into_owned(),
                        what: format!("{} (TSV)", words::projects_what(v.order.len(), self.lang)),
                    }),
                    Err(e) => self.warn(words::ledger_not_written(&e, self.lang)),
                }
            }
            Command::Export => {
                // The export prompt, as for facts: the name's extension picks the format.
                self.mode = Mode::Export(ExportPrompt {
                    path: "dubao-projects.tsv".to_owned(),
                    confirm: false,
                    what: ExportWhat::Projects(Box::new(v)),
                });
                return effects;
            }
            Command::Profile => {
                let z = v.current().and_then(|r| r.zone.clone());
                self.mode = Mode::Projects(v);
                effects.extend(self.open_profile(z));
                return effects;
            }
            Command::Open => {
                if let Some(spot) = v.current().and_then(|r| r.spots.first().cloned()) {
                    let name = v.current().map(|r| r.name.clone()).unwrap_or_default();
                    self.open_at(&spot.article, spot.part, spot.start, spot.end, name);
                    return effects;
                }
            }
            Command::Quit => self.quit = true,
            Command::Help => {
                self.mode = Mode::Help;
                return effects;
            }
            Command::Back | Command::Projects => return effects,
            _ => {}
        }
        self.mode = Mode::Projects(v);
        effects
    }

    /// Opens the mentions of the selected fact at once, found off the UI thread: they need
    /// every article's text, read back from the cache a page at a time.
    fn open_mentions(&mut self) -> Vec<Effect> {
        let Some(f) = self.selected_fact() else {
            self.warn(words::select_fact_first(self.lang).to_owned());
            return Vec::new();
        };
        let name = f.name.clone().unwrap_or_else(|| f.text.clone());
        let articles = self.entries.iter().map(Listed::of).collect();
        self.say(words::finding_mentions(self.lang).to_owned());
        let gen = self.next_ledger_gen();
        self.mode = Mode::Mentions(MentionsView {
            name: name.clone(),
            items: Vec::new(),
            selected: 0,
            building: Some(gen),
        });
        self.ask_ledger(Job {
            gen,
            want: Want::Mentions {
                name,
                kind: Some(f.kind),
                articles,
            },
        })
    }

    /// A new request to the ledger worker: its generation (answers to older ones are dropped).
    fn next_ledger_gen(&mut self) -> u64 {
        self.ledger_gen += 1;
        self.ledger_gen
    }

    /// Hands `job` to the ledger worker; where there is none (tests, snapshots:
    /// `background_search` unset) it is built here, through a reader of its own (the pages
    /// it reads must not take the place of those the reader keeps).
    fn ask_ledger(&mut self, job: Job) -> Vec<Effect> {
        if self.background_search {
            return vec![Effect::Ledger(job)];
        }
        let built = self.with_own_texts(|texts| ledger_worker::build(&job, texts, || true));
        if let Some(built) = built {
            self.ledger_built(job.gen, built);
        }
        Vec::new()
    }

    /// What the ledger worker built for request `gen`: the view waiting for it shows it; a
    /// view closed or opened anew since does not take it.
    pub(super) fn ledger_built(&mut self, gen: u64, built: Built) {
        match (&mut self.mode, built) {
            (Mode::Projects(v), Built::Projects(records)) if v.building == Some(gen) => {
                v.records = records;
                v.building = None;
                v.selected = 0;
                v.resort();
            }
            (Mode::Mentions(v), Built::Mentions(items)) if v.building == Some(gen) => {
                v.items = items;
                v.building = None;
                v.selected = 0;
            }
            _ => return,
        }
        // The notice that said it was being built is done with.
        let building = [
            words::building_ledger(self.lang),
            words::finding_mentions(self.lang),
        ];
        if self
            .notice
            .as_ref()
            .is_some_and(|n| building.contains(&n.text.as_str()))
        {
            self.notice = None;
        }
    }

    /// The request the open ledger view waits for, if any.
    pub(super) fn awaited_ledger(&self) -> Option<u64> {
        match &self.mode {
            Mode::Projects(v) => v.building,
            Mode::Mentions(v) => v.building,
            _ => None,
        }
    }

    fn mentions_command(&mut self, c: Command) {
        let Mode::Mentions(mut v) = std::mem::take(&mut self.mode) else {
            return;
        };
        let n = v.items.len();
        match c {
            Command::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
            Command::Up => v.selected = v.selected.saturating_sub(1),
            Command::Top => v.selected = 0,
            Command::Bottom => v.selected = n.saturating_sub(1),
            Command::Open => {
                if let Some(m) = v.items.get(v.selected).cloned() {
                    self.open_at(&m.article, m.part, m.start, m.end, v.name.clone());
                    return;
                }
            }
            Command::Quit => self.quit = true,
            Command::Back | Command::Mentions => return,
            _ => {}
        }
        self.mode = Mode::Mentions(v);
    }

    /// The zone picker's figures as it opens, and the job that computes them anew when those
    /// kept are not for the current state. In the running reader (`background_search`) the
    /// job goes to a worker and the picker shows the figures kept meanwhile (none the first
    /// time); elsewhere they are computed here.
    pub(super) fn picker_stats(&self) -> (ZoneStats, Option<crate::tui::zone_stats::Job>) {
        let key = (self.entries.len(), self.facts_progress().0);
        match &self.zone_stats {
            Some((k, stats)) if *k == key => (stats.clone(), None),
            _ if !self.background_search => (self.zone_stats(), None),
            kept => {
                let stats = kept.as_ref().map(|(_, s)| s.clone()).unwrap_or_default();
                (stats, Some(self.zone_stats_job(key)))
            }
        }
    }

    /// What the zone picker's figures are computed from (see [`crate::tui::zone_stats`]):
    /// copies of shared pointers, no facts read.
    pub fn zone_stats_job(&self, key: (usize, usize)) -> crate::tui::zone_stats::Job {
        use crate::tui::zone_stats::Job;
        Job {
            key,
            heads: self.entries.iter().map(|e| e.article.clone()).collect(),
            projects: self
                .entries
                .iter()
                .filter(|e| e.facts.has_projects())
                .map(Listed::of)
                .collect(),
        }
    }

    /// The profile of every zone over all loaded articles, computed here as the zone
    /// picker's worker does (through a reader of pages of its own).
    pub(super) fn zone_stats(&self) -> ZoneStats {
        let job = self.zone_stats_job((self.entries.len(), self.facts_progress().0));
        self.with_own_texts(|texts| crate::tui::zone_stats::stats(&job, texts))
    }

    /// Runs `work` here, as a worker would, with a page reader of its own (the pages it reads
    /// must not take the place of those the reader keeps); what that reader had to say (a page
    /// that could not be read back) is said by the reader's own.
    fn with_own_texts<R>(&self, work: impl FnOnce(Option<&mut PageTexts>) -> R) -> R {
        let mut texts = self.texts.as_ref().map(|t| t.borrow().sibling(1));
        let out = work(texts.as_mut());
        if let (Some(mine), Some(t)) = (&self.texts, texts.as_mut()) {
            for n in t.take_notices() {
                mine.borrow_mut().note(n);
            }
        }
        out
    }

    /// Opens the profile of `zone` at once: from the zone picker's figures when they are for
    /// the reader's current state, else from those kept (if any) while the picker's worker
    /// computes them anew (the ledger over a big archive takes seconds; no key waits on it).
    fn open_profile(&mut self, zone: Option<String>) -> Vec<Effect> {
        let Some(z) = zone else {
            self.warn(words::no_zone_for_profile(self.lang).to_owned());
            return Vec::new();
        };
        let (stats, job) = self.picker_stats();
        let zone = Some(z);
        let profile = profile_of(&stats, &zone);
        self.mode = Mode::Profile(ProfileView {
            profile,
            pending: job.is_some(),
        });
        job.map(Effect::ZoneStats).into_iter().collect()
    }

    /// The zone picker's figures arrived: an open profile waiting for them shows them.
    pub(super) fn profile_stats(&mut self, stats: &ZoneStats) {
        if let Mode::Profile(v) = &mut self.mode {
            if v.pending {
                v.profile = profile_of(stats, &v.profile.zone);
                v.pending = false;
            }
        }
    }

    /// Opens an article in the reader with a name highlighted (as a one-hit search, so `Esc`
    /// clears it), showing all articles if the filter hides it.
    fn open_at(&mut self, article: &str, part: Part, start: usize, end: usize, name: String) {
        self.mode = Mode::Normal;
        let Some(entry) = self.entries.iter().position(|e| e.article.id == article) else {
            self.warn(words::article_not_loaded(article, self.lang));
            return;
        };
        if !self.visible.contains(&entry) {
            self.filter = ZoneFilter::All;
            self.refilter();
        }
        let seg = match part {
            Part::Title(i) => Seg::Title(i),
            Part::Para(i) => Seg::Para(i),
            Part::Caption(i) => Seg::Caption(i),
        };
        let hit = Hit {
            entry,
            seg,
            start,
            end,
        };
        // Nothing more to search for: every entry counts as searched.
        self.search = Some(Search::one_hit(name, hit, self.entries.len()));
        self.set_focus(Focus::Reader);
        self.goto_hit();
    }
}

/// The profile of `zone` among `stats`; an empty one (articles and projects 0) for a zone
/// they do not hold.
fn profile_of(stats: &ZoneStats, zone: &Option<String>) -> Profile {
    stats.get(zone).cloned().unwrap_or(Profile {
        zone: zone.clone(),
        ..Profile::default()
    })
}
