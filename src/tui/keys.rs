//! The key map: keys → commands. The same table drives key handling and the `?` help, so the help
//! can never drift from what the keys do; config overrides replace a command's keys in both.

use std::collections::{BTreeMap, HashMap};

use crossterm::event::{KeyCode, KeyEvent};

use super::config::{Warning, What};

mod key;
pub use key::Key;

/// Everything a key can ask for in the normal mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextArticle,
    PrevArticle,
    NextPage,
    PrevPage,
    FocusNext,
    FocusPrev,
    Open,
    Back,
    ToggleFacts,
    ZoneFilter,
    DateFilter,
    Sort,
    Search,
    NextHit,
    PrevHit,
    CopyFact,
    CopyAll,
    Export,
    Projects,
    Mentions,
    Profile,
    Failures,
    Help,
    Quit,
}

/// Help sections, in the order the overlay shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Move,
    Panes,
    Find,
    Facts,
    Ledger,
    General,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::Move => "Move",
            Group::Panes => "Panes",
            Group::Find => "Filter and search",
            Group::Facts => "Facts",
            Group::Ledger => "Projects",
            Group::General => "General",
        }
    }
}

/// Name in the config file, help text, group and default keys of every command.
pub const COMMANDS: &[(Command, &str, &str, Group, &[&str])] = &[
    (
        Command::Down,
        "down",
        "down / scroll down",
        Group::Move,
        &["j", "Down"],
    ),
    (
        Command::Up,
        "up",
        "up / scroll up",
        Group::Move,
        &["k", "Up"],
    ),
    (
        Command::PageDown,
        "page_down",
        "page down",
        Group::Move,
        &["PageDown", "Space", "Ctrl-d"],
    ),
    (
        Command::PageUp,
        "page_up",
        "page up",
        Group::Move,
        &["PageUp", "Ctrl-u"],
    ),
    (
        Command::Top,
        "top",
        "to the top",
        Group::Move,
        &["g", "Home"],
    ),
    (
        Command::Bottom,
        "bottom",
        "to the end",
        Group::Move,
        &["G", "End"],
    ),
    (
        Command::NextArticle,
        "next_article",
        "next article",
        Group::Move,
        &["J", "]"],
    ),
    (
        Command::PrevArticle,
        "prev_article",
        "previous article",
        Group::Move,
        &["K", "["],
    ),
    (
        Command::NextPage,
        "next_page",
        "next page (版)",
        Group::Move,
        &["}"],
    ),
    (
        Command::PrevPage,
        "prev_page",
        "previous page (版)",
        Group::Move,
        &["{"],
    ),
    (
        Command::FocusNext,
        "focus_next",
        "next pane",
        Group::Panes,
        &["Tab"],
    ),
    (
        Command::FocusPrev,
        "focus_prev",
        "previous pane",
        Group::Panes,
        &["BackTab"],
    ),
    (
        Command::Open,
        "open",
        "open / show in text",
        Group::Panes,
        &["Enter", "l", "Right"],
    ),
    (
        Command::Back,
        "back",
        "back / clear search",
        Group::Panes,
        &["Esc", "h", "Left"],
    ),
    (
        Command::ToggleFacts,
        "toggle_facts",
        "facts sidebar on/off",
        Group::Panes,
        &["f"],
    ),
    (
        Command::ZoneFilter,
        "zone",
        "zone filter",
        Group::Find,
        &["z"],
    ),
    (
        Command::DateFilter,
        "dates",
        "date filter",
        Group::Find,
        &["d"],
    ),
    (
        Command::Sort,
        "sort",
        "cycle sort order",
        Group::Find,
        &["s"],
    ),
    (
        Command::Search,
        "search",
        "search all text",
        Group::Find,
        &["/"],
    ),
    (
        Command::NextHit,
        "next_hit",
        "next hit",
        Group::Find,
        &["n"],
    ),
    (
        Command::PrevHit,
        "prev_hit",
        "previous hit",
        Group::Find,
        &["N"],
    ),
    (
        Command::CopyFact,
        "copy",
        "copy the fact",
        Group::Facts,
        &["y"],
    ),
    (
        Command::CopyAll,
        "copy_all",
        "copy all facts (TSV)",
        Group::Facts,
        &["Y"],
    ),
    (
        Command::Export,
        "export",
        "export listed facts",
        Group::Facts,
        &["e"],
    ),
    (
        Command::Mentions,
        "mentions",
        "mentions of the fact",
        Group::Facts,
        &["m"],
    ),
    (
        Command::Projects,
        "projects",
        "projects ledger",
        Group::Ledger,
        &["p"],
    ),
    (
        Command::Profile,
        "profile",
        "zone profile chart",
        Group::Ledger,
        &["P"],
    ),
    (
        Command::Failures,
        "failures",
        "unreadable files",
        Group::General,
        &["!"],
    ),
    (
        Command::Help,
        "help",
        "this help",
        Group::General,
        &["?", "F1"],
    ),
    (
        Command::Quit,
        "quit",
        "quit",
        Group::General,
        &["q", "Ctrl-c"],
    ),
];

impl Command {
    /// The command's name in the `[keys]` table of the config.
    pub fn name(self) -> &'static str {
        COMMANDS
            .iter()
            .find(|c| c.0 == self)
            .map(|c| c.1)
            .unwrap_or("")
    }

    pub fn from_name(name: &str) -> Option<Command> {
        COMMANDS.iter().find(|c| c.1 == name).map(|c| c.0)
    }
}

/// Keys → commands, plus the reverse view the help and the status line read.
#[derive(Debug, Clone)]
pub struct KeyMap {
    by_key: HashMap<Key, Command>,
    /// Each command's keys in the order they are shown.
    keys: BTreeMap<Command, Vec<Key>>,
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap::with_overrides(&[]).0
    }
}

/// One `[keys]` entry of the config: a command name, its keys as written, and the config line
/// it is on (for warnings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub command: String,
    pub keys: Vec<String>,
    pub line: Option<usize>,
}

/// Ctrl-c quits whatever the config says: a config must never lock the user in.
const ALWAYS_QUIT: Key = Key {
    code: KeyCode::Char('c'),
    ctrl: true,
    alt: false,
};

impl KeyMap {
    /// The default map with `overrides` applied. An override replaces the command's keys and
    /// takes each key away from any other command (with a warning naming both). Ctrl-c always
    /// quits: binding it elsewhere is refused, and a config that leaves quit no other key is
    /// warned about. Unknown command names and unparsable keys are warnings too, never a failed
    /// start. Each warning names the config line when it is known.
    pub fn with_overrides(overrides: &[Override]) -> (KeyMap, Vec<Warning>) {
        let mut warnings = Vec::new();
        let mut keys: BTreeMap<Command, Vec<Key>> = COMMANDS
            .iter()
            .map(|(cmd, _, _, _, defaults)| {
                (
                    *cmd,
                    defaults.iter().filter_map(|k| Key::parse(k)).collect(),
                )
            })
            .collect();
        for o in overrides {
            let at = |what: What| Warning::at(o.line, what);
            let name = &o.command;
            let Some(cmd) = Command::from_name(name) else {
                warnings.push(at(What::UnknownCommand(name.clone())));
                continue;
            };
            let mut parsed = Vec::new();
            for s in &o.keys {
                match Key::parse(s) {
                    Some(k) if k == ALWAYS_QUIT && cmd != Command::Quit => {
                        warnings.push(at(What::CtrlCAlwaysQuits(name.clone())))
                    }
                    Some(k) if !parsed.contains(&k) => parsed.push(k),
                    Some(_) => {}
                    None => warnings.push(at(What::UnreadableKey {
                        key: s.clone(),
                        command: name.clone(),
                    })),
                }
            }
            for (other, list) in keys.iter_mut().filter(|(c, _)| **c != cmd) {
                for k in list.iter().filter(|k| parsed.contains(k)) {
                    warnings.push(at(What::KeyMoved {
                        key: k.to_string(),
                        from: other.name().to_owned(),
                        to: name.clone(),
                    }));
                }
                list.retain(|k| !parsed.contains(k));
            }
            keys.insert(cmd, parsed);
        }
        let quit = keys.entry(Command::Quit).or_default();
        if quit.iter().all(|k| *k == ALWAYS_QUIT) {
            warnings.push(Warning::at(None, What::NoQuitKey));
        }
        if !quit.contains(&ALWAYS_QUIT) {
            quit.push(ALWAYS_QUIT);
        }
        let by_key = keys
            .iter()
            .flat_map(|(cmd, ks)| ks.iter().map(move |k| (*k, *cmd)))
            .collect();
        (KeyMap { by_key, keys }, warnings)
    }

    pub fn lookup(&self, ev: &KeyEvent) -> Option<Command> {
        self.by_key.get(&Key::from_event(ev)).copied()
    }

    /// The keys of a command as shown to the user (`j ↓`).
    pub fn keys_of(&self, cmd: Command) -> String {
        self.keys
            .get(&cmd)
            .map(|ks| {
                ks.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }

    /// The first key of a command, for the status line's hints.
    pub fn first_key(&self, cmd: Command) -> Option<String> {
        self.keys
            .get(&cmd)
            .and_then(|ks| ks.first())
            .map(ToString::to_string)
    }

    /// Help sections: group title, then (keys, description) for each command in it.
    pub fn help(&self) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
        let groups = [
            Group::Move,
            Group::Panes,
            Group::Find,
            Group::Facts,
            Group::Ledger,
            Group::General,
        ];
        groups
            .iter()
            .map(|g| {
                let rows = COMMANDS
                    .iter()
                    .filter(|c| c.3 == *g)
                    .map(|(cmd, _, help, _, _)| (self.keys_of(*cmd), *help))
                    .collect();
                (g.title(), rows)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn ev(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn contract_keys_are_bound() {
        let m = KeyMap::default();
        let cases = [
            (KeyCode::Char('j'), Command::Down),
            (KeyCode::Down, Command::Down),
            (KeyCode::Char('k'), Command::Up),
            (KeyCode::Up, Command::Up),
            (KeyCode::Tab, Command::FocusNext),
            (KeyCode::Enter, Command::Open),
            (KeyCode::Char('z'), Command::ZoneFilter),
            (KeyCode::Char('/'), Command::Search),
            (KeyCode::Char('n'), Command::NextHit),
            (KeyCode::Char('N'), Command::PrevHit),
            (KeyCode::Char('y'), Command::CopyFact),
            (KeyCode::Char('Y'), Command::CopyAll),
            (KeyCode::Char('e'), Command::Export),
            (KeyCode::Char('?'), Command::Help),
            (KeyCode::Char('q'), Command::Quit),
            (KeyCode::Char('g'), Command::Top),
            (KeyCode::Char('G'), Command::Bottom),
            (KeyCode::PageDown, Command::PageDown),
            (KeyCode::PageUp, Command::PageUp),
        ];
        for (code, cmd) in cases {
            assert_eq!(
                m.lookup(&ev(code, KeyModifiers::NONE)),
                Some(cmd),
                "{code:?}"
            );
        }
        // Terminals report an upper-case letter with Shift.
        assert_eq!(
            m.lookup(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Command::Bottom)
        );
        assert_eq!(
            m.lookup(&ev(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Command::Quit)
        );
        assert_eq!(
            m.lookup(&ev(KeyCode::Tab, KeyModifiers::SHIFT)),
            Some(Command::FocusPrev)
        );
    }

    fn over(command: &str, keys: &[&str], line: usize) -> Override {
        Override {
            command: command.to_owned(),
            keys: keys.iter().map(|k| (*k).to_owned()).collect(),
            line: Some(line),
        }
    }

    #[test]
    fn override_replaces_keys_and_steals_them() {
        let o = [
            over("down", &["Ctrl-n", "Hyper-q"], 2),
            over("nonsense", &["a"], 3),
            over("quit", &["x", "j"], 4),
        ];
        let (m, warnings) = KeyMap::with_overrides(&o);
        assert_eq!(
            m.lookup(&ev(KeyCode::Char('x'), KeyModifiers::NONE)),
            Some(Command::Quit)
        );
        assert_eq!(m.lookup(&ev(KeyCode::Char('q'), KeyModifiers::NONE)), None);
        assert_eq!(
            m.lookup(&ev(KeyCode::Char('n'), KeyModifiers::CONTROL)),
            Some(Command::Down)
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0]
            .to_string()
            .starts_with("config line 2: cannot read key \"Hyper-q\""));
        assert!(m.keys_of(Command::Quit).contains('x'));
    }

    #[test]
    fn taking_another_commands_key_is_warned_about() {
        let (m, warnings) = KeyMap::with_overrides(&[over("search", &["n"], 7)]);
        assert_eq!(
            m.lookup(&ev(KeyCode::Char('n'), KeyModifiers::NONE)),
            Some(Command::Search)
        );
        assert_eq!(
            warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["config line 7: n was the key of next_hit, now of search"]
        );
    }

    #[test]
    fn ctrl_c_always_quits_and_a_config_without_quit_keys_is_warned_about() {
        let ctrl_c = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for o in [
            vec![over("quit", &[], 1)],
            vec![over("quit", &["Ctrl-c"], 1), over("search", &["q"], 2)],
            vec![
                over("quit", &["Ctrl-q"], 1),
                over("down", &["Ctrl-c", "Ctrl-q"], 2),
            ],
        ] {
            let (m, warnings) = KeyMap::with_overrides(&o);
            assert_eq!(m.lookup(&ctrl_c), Some(Command::Quit), "{o:?}");
            assert!(
                warnings
                    .iter()
                    .any(|w| matches!(w.what, What::NoQuitKey | What::CtrlCAlwaysQuits(_))),
                "{warnings:?}"
            );
            assert!(m.keys_of(Command::Quit).contains("Ctrl-c"));
        }
        let (_, warnings) = KeyMap::with_overrides(&[over("quit", &["x"], 1)]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn help_lists_every_command_with_its_keys() {
        let m = KeyMap::default();
        let rows: Vec<_> = m.help().into_iter().flat_map(|(_, r)| r).collect();
        assert_eq!(rows.len(), COMMANDS.len());
        assert!(rows.iter().any(|(k, d)| k == "z" && d.contains("zone")));
        assert!(
            rows.iter().all(|(_, d)| d.chars().count() <= 22),
            "descriptions fit a two-column help at 80 columns"
        );
    }
}
