//! The export prompt: a file name whose extension picks the format, a second `Enter` before
//! replacing a file.

use std::path::PathBuf;

use super::{App, Effect, ExportPrompt, Input, Mode};

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
                self.say(
                    crate::tui::i18n::Msg::ExportCancelled
                        .text(self.lang)
                        .to_owned(),
                );
                return Vec::new();
            }
            Input::Enter => {
                let path = PathBuf::from(e.path.trim());
                let Some(format) = crate::tui::save::format_for(&path) else {
                    self.warn(format!(
                        "{}: {}",
                        path.display(),
                        crate::tui::i18n::Msg::UnknownFormat.text(self.lang)
                    ));
                    self.mode = Mode::Export(e);
                    return Vec::new();
                };
                let overwrite = e.confirm;
                self.mode = Mode::Export(e);
                return vec![Effect::Export {
                    path,
                    format,
                    entries: self.visible.clone(),
                    overwrite,
                }];
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
