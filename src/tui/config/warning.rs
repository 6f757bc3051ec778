//! What is wrong with the reader's config, typed rather than written out, so the status line
//! says it in the interface language ([`crate::tui::i18n::config`]); the English is this type's
//! `Display`, as tests and logs read it.

use std::fmt;

/// One problem with the config: the file it is in (when known), its line (when known) and
/// what is wrong. A problem never stops the reader: the setting is skipped, the rest applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: Option<String>,
    pub line: Option<usize>,
    pub what: What,
}

/// What is wrong with a config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// The file the user named (`--config`) is not there.
    NotFound,
    /// The file cannot be read (the system's reason).
    Unreadable(String),
    /// TOML cannot read the line (the parser's message, in English).
    Syntax(String),
    /// A setting's value is not one it takes.
    MustBe {
        key: String,
        expected: Expected,
    },
    UnknownSetting(String),
    /// `keys` is not a table (`[keys]`).
    KeysNotTable,
    /// A `[keys]` entry is neither a key nor a list of keys.
    KeysNotList(String),
    UnknownCommand(String),
    /// Ctrl-c is refused for any command but quit: a config must never lock the user in.
    CtrlCAlwaysQuits(String),
    UnreadableKey {
        key: String,
        command: String,
    },
    /// A key bound to `to` was another command's.
    KeyMoved {
        key: String,
        from: String,
        to: String,
    },
    /// `[keys]` left quit no key but Ctrl-c.
    NoQuitKey,
}

/// The values a setting takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Theme,
    OneOrTwo,
    Lang,
    Size,
}

impl Warning {
    /// A problem at `line` of a config whose file is not named yet (see [`Warning::in_file`]).
    pub fn at(line: Option<usize>, what: What) -> Warning {
        Warning {
            file: None,
            line,
            what,
        }
    }

    /// The same problem, naming the file it is in.
    pub fn in_file(self, file: &str) -> Warning {
        Warning {
            file: Some(file.to_owned()),
            ..self
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(n)) => write!(f, "{file}: line {n}: ")?,
            (Some(file), None) => write!(f, "{file}: ")?,
            (None, Some(n)) => write!(f, "config line {n}: ")?,
            (None, None) => write!(f, "config: ")?,
        }
        write!(f, "{}", self.what)
    }
}

impl fmt::Display for What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            What::NotFound => write!(f, "config file not found"),
            What::Unreadable(e) => write!(f, "cannot read the config: {e}"),
            What::Syntax(message) => write!(f, "{message}"),
            What::MustBe { key, expected } => write!(f, "{key} must be {}", expected.english()),
            What::UnknownSetting(name) => write!(f, "unknown setting {name:?}"),
            What::KeysNotTable => write!(f, "keys must be a table: [keys]"),
            What::KeysNotList(command) => {
                write!(f, "keys for {command} must be a key or a list of keys")
            }
            What::UnknownCommand(name) => write!(f, "unknown command {name:?} in [keys]"),
            What::CtrlCAlwaysQuits(command) => {
                write!(f, "Ctrl-c always quits; not bound to {command}")
            }
            What::UnreadableKey { key, command } => {
                write!(f, "cannot read key {key:?} for {command}")
            }
            What::KeyMoved { key, from, to } => {
                write!(f, "{key} was the key of {from}, now of {to}")
            }
            What::NoQuitKey => write!(f, "[keys] leaves no key for quit; Ctrl-c still quits"),
        }
    }
}

impl Expected {
    fn english(self) -> &'static str {
        match self {
            Expected::Theme => "\"dark\", \"light\" or \"mono\"",
            Expected::OneOrTwo => "1 or 2",
            Expected::Lang => "\"zh\" or \"en\"",
            Expected::Size => "a size such as \"64M\" or a number of bytes",
        }
    }
}
