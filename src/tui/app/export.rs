//! The export prompt: a file name whose extension picks the format, a second `Enter` before
//! replacing a file.

use std::path::PathBuf;

use super::{App, Effect, ExportPrompt, ExportWhat, Input, Mode};
use crate::ledger;
use crate::tui::i18n::{ledger as words, Msg};

impl App {
    pub(super) fn export_input(&mut self, mut e: ExportPrompt, i: Input) -> Vec<Effect> {
        match i {
            Input::Char(c) => {
                e.path.push(c);
                e.confirm = false;
            }
            Input::Backspace => {
                e.path.pop();
                e.confirm = false;
            }
            Input::Clear => {
                e.path.clear();
                e.confirm = false;
            }
            Input::Tab => {
                e.path = cycle_extension(&e.path);
                e.confirm = false;
            }
            Input::Up | Input::Down => {}
            Input::Esc => {
                self.say(Msg::ExportCancelled.text(self.lang).to_owned());
                self.mode = e.what.into_mode();
                return Vec::new();
            }
            Input::Enter => {
                let path = PathBuf::from(e.path.trim());
                let Some(format) = crate::tui::save::format_for(&path) else {
                    self.warn(format!(
                        "{}: {}",
                        path.display(),
                        Msg::UnknownFormat.text(self.lang)
                    ));
                    self.mode = Mode::Export(e);
                    return Vec::new();
                };
                let overwrite = e.confirm;
                let effect = match &e.what {
                    ExportWhat::Facts => Effect::Export {
                        path,
                        format,
                        entries: self.visible.clone(),
                        overwrite,
                    },
                    ExportWhat::Projects(v) => {
                        let shown = v.shown();
                        let mut bytes = Vec::new();
                        if let Err(err) = ledger::table::write(&shown, format, &mut bytes) {
                            self.warn(words::ledger_not_written(&err, self.lang));
                            self.mode = Mode::Export(e);
                            return Vec::new();
                        }
                        Effect::WriteFile {
                            path,
                            bytes,
                            what: words::projects_what(shown.len(), self.lang),
                            overwrite,
                        }
                    }
                };
                self.mode = Mode::Export(e);
                return vec![effect];
            }
        }
        self.mode = Mode::Export(e);
        Vec::new()
    }
}

/// `x.csv` → `x.json` → `x.md` → `x.csv`; any other name gets `.csv`.
pub(super) fn cycle_extension(path: &str) -> String {
    let (stem, ext) = match path.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && !e.contains('/') => (s, e),
        _ => (path, ""),
    };
    let next = match ext.to_ascii_lowercase().as_str() {
        "csv" => "json",
        "json" => "md",
        "md" => "tsv",
        _ => "csv",
    };
    format!("{stem}.{next}")
}
