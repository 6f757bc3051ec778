//! The effects `update` asks for, carried out: work handed to the background workers, the
//! clipboard written, files saved and facts exported, each reported back as an action.

use super::app::{Action, App, Effect};
use super::event_loop::Workers;
use super::terminal::Term;
use super::{extract, save};

/// Carries out an effect and reports back as an action, if it has something to report.
pub(super) fn perform(
    effect: Effect,
    term: &mut Term,
    workers: &Workers,
    app: &App,
) -> Option<Action> {
    use crate::tui::i18n::notices as words;
    Some(match effect {
        Effect::Extract(entries) => {
            extract::send_jobs(&workers.jobs, app, entries);
            return None;
        }
        Effect::ExtractFirst(entry) => {
            extract::send_first(&workers.jobs, app, entry);
            return None;
        }
        Effect::ZoneStats(job) => {
            let _ = workers.stats.send(job);
            return None;
        }
        Effect::Ledger(job) => {
            workers.ledger.ask(job);
            return None;
        }
        Effect::LedgerCancel => {
            workers.ledger.cancel();
            return None;
        }
        Effect::Copy { text, what } => {
            let done = crate::clipboard::copy(&text, term.backend_mut());
            if !done.osc52 && done.system.is_none() {
                Action::Exported {
                    message: words::copy_too_large(&what, app.lang),
                    failed: true,
                }
            } else {
                Action::Copied(words::copied(&what, &done.describe(), app.lang))
            }
        }
        Effect::WriteFile {
            path,
            bytes,
            what,
            overwrite,
        } => match save::write_atomic(&path, &bytes, overwrite) {
            Ok(()) => Action::Exported {
                message: words::wrote(&what, &path.display().to_string(), app.lang),
                failed: false,
            },
            Err(save::SaveError::Exists(_)) => Action::ExportExists(path),
            Err(e) => Action::Exported {
                message: words::not_written(&path.display().to_string(), &e, app.lang),
                failed: true,
            },
        },
        // The event loop hands searches to the worker before they get here; an answer for
        // generation 0 is never the current one, so this one is dropped.
        Effect::Search(_) => Action::SearchCounts {
            gen: 0,
            counts: Vec::new(),
            done: true,
        },
        Effect::Export {
            path,
            format,
            entries,
            overwrite,
        } => {
            // Only articles with facts are exported: only they are copied with them.
            // An export writes facts and article heads, never paragraphs: no page text is
            // read back for it.
            let owned: Vec<(&str, crate::model::Article)> = entries
                .iter()
                .filter_map(|&i| Some((app.entries.get(i)?, i)))
                .filter(|(e, _)| !e.facts.is_empty())
                .filter_map(|(e, i)| Some((&*e.source, app.head_with_facts(i)?)))
                .collect();
            let articles: Vec<(&str, &crate::model::Article)> =
                owned.iter().map(|(s, a)| (*s, a)).collect();
            let n: usize = articles.iter().map(|(_, a)| a.facts.len()).sum();
            match save::export(&path, format, &articles, overwrite) {
                Ok(()) => {
                    let (done, all) = app.facts_progress();
                    Action::Exported {
                        message: words::wrote_facts(
                            n,
                            articles.len(),
                            &path.display().to_string(),
                            done < all,
                            app.lang,
                        ),
                        failed: false,
                    }
                }
                Err(save::SaveError::Exists(_)) => Action::ExportExists(path),
                Err(e) => Action::Exported {
                    message: words::export_failed(&e, app.lang),
                    failed: true,
                },
            }
        }
    })
}
