//! What each command does in the normal view and its overlays: the key map's commands
//! dispatched to the concept that handles them.

use super::*;

impl App {
    /// How many lines the `!` overlay lists: the files not read, then the notes.
    pub fn problem_lines(&self) -> usize {
        self.failures.len() + self.notes.len()
    }

    pub(super) fn command(&mut self, c: Command) -> Vec<Effect> {
        if let Some(effects) = self.ledger_command(c) {
            return effects;
        }
        if let Mode::Failures(top) = self.mode {
            // Up and down scroll the list of failures; anything else closes it.
            self.mode = match c {
                Command::Down => Mode::Failures(top.saturating_add(1).min(self.problem_lines())),
                Command::Up => Mode::Failures(top.saturating_sub(1)),
                Command::PageDown => {
                    Mode::Failures(top.saturating_add(10).min(self.problem_lines()))
                }
                Command::PageUp => Mode::Failures(top.saturating_sub(10)),
                _ => Mode::Normal,
            };
            self.quit = c == Command::Quit;
            return Vec::new();
        }
        if self.mode == Mode::Help {
            // Moving keys scroll the help (a small screen cannot show it all); any other command
            // closes it, and quitting still quits.
            let last = self
                .keymap
                .help()
                .iter()
                .map(|(_, rows)| rows.len() + 1)
                .sum::<usize>();
            let s = self.help_scroll;
            match c {
                Command::Down => self.help_scroll = (s + 1).min(last),
                Command::Up => self.help_scroll = s.saturating_sub(1),
                Command::PageDown => self.help_scroll = (s + 10).min(last),
                Command::PageUp => self.help_scroll = s.saturating_sub(10),
                Command::Top => self.help_scroll = 0,
                Command::Bottom => self.help_scroll = last,
                _ => {
                    self.mode = Mode::Normal;
                    self.quit = c == Command::Quit;
                }
            }
            return Vec::new();
        }
        match c {
            Command::Quit => self.quit = true,
            Command::Help => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
            }
            Command::Down => self.move_by(1),
            Command::Up => self.move_by(-1),
            Command::PageDown => self.page(1),
            Command::PageUp => self.page(-1),
            Command::Top => self.jump(false),
            Command::Bottom => self.jump(true),
            Command::NextArticle => self.select(self.selected.saturating_add(1)),
            Command::PrevArticle => self.select(self.selected.saturating_sub(1)),
            Command::NextPage => self.jump_page(true),
            Command::PrevPage => self.jump_page(false),
            Command::Sort => self.cycle_sort(),
            Command::DateFilter => {
                let current = if self.dates.is_open() {
                    String::new()
                } else {
                    self.dates.label()
                };
                self.mode = Mode::Dates(current);
            }
            Command::Failures => {
                if self.problem_lines() == 0 {
                    self.say(
                        crate::tui::i18n::Msg::EveryFileRead
                            .text(self.lang)
                            .to_owned(),
                    );
                } else {
                    self.mode = Mode::Failures(0);
                }
            }
            Command::FocusNext => self.set_focus(self.focus.next()),
            Command::FocusPrev => self.set_focus(self.focus.prev()),
            Command::Open => match self.focus {
                Focus::List => self.set_focus(Focus::Reader),
                Focus::Facts => self.scroll_to_fact(),
                Focus::Reader => {}
            },
            Command::Back => self.back(),
            Command::ToggleFacts => {
                self.sidebar = !self.sidebar;
                if self.focus == Focus::Facts && self.panes().facts.is_none() {
                    self.focus = Focus::Reader;
                }
            }
            Command::ZoneFilter => {
                let (stats, job) = self.picker_stats();
                let mut p = Picker {
                    stats,
                    ..Picker::default()
                };
                // Start on the active filter so that Enter keeps it.
                let items = self.picker_items("");
                p.selected = items
                    .iter()
                    .position(|it| it.filter == self.filter)
                    .unwrap_or(0);
                self.mode = Mode::Picker(p);
                return job.map(Effect::ZoneStats).into_iter().collect();
            }
            Command::Search => {
                self.mode = Mode::Search;
                self.search = Some(Search::default());
                if self.narrowed {
                    self.narrowed = false;
                    self.refilter();
                }
            }
            Command::NextHit => self.step_hit(true),
            Command::PrevHit => self.step_hit(false),
            Command::CopyFact => return self.copy_fact(),
            Command::CopyAll => return self.copy_all(),
            Command::Export => {
                self.mode = Mode::Export(ExportPrompt {
                    path: "dubao-facts.csv".to_owned(),
                    confirm: false,
                    what: ExportWhat::Facts,
                });
            }
            // The ledger's commands mean nothing outside its views (see `ledger_command`).
            Command::Projects | Command::Mentions | Command::Profile => {}
        }
        Vec::new()
    }
}
