//! The reader's TOML config (`config.toml` in the platform config directory, e.g.
//! `~/.config/dubao/config.toml`): theme, ambiguous width and key overrides.
//!
//! A broken config must not stop the reader: problems become warnings shown in the status line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::keys::Override;
use super::theme::ThemeName;

mod warning;

pub use warning::{Expected, Warning, What};

/// What the config file may set; everything is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub theme: Option<ThemeName>,
    /// Columns an East Asian ambiguous character takes: 1 or 2.
    pub ambiguous_width: Option<u8>,
    /// Interface language: `"zh"` (default) or `"en"`.
    pub lang: Option<super::i18n::Lang>,
    /// The largest page the reader loads: bytes, or `"64M"`-style text.
    pub max_page_size: Option<PageSize>,
    /// The `[keys]` table: command name → keys, with the line of each entry.
    pub keys: Vec<Override>,
}

/// A size as a number of bytes or as text with a unit (`"64M"`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum PageSize {
    Bytes(u64),
    Text(String),
}

impl PageSize {
    /// The size in bytes, when it is a valid one.
    pub fn bytes(&self) -> Option<u64> {
        match self {
            PageSize::Bytes(0) => None,
            PageSize::Bytes(n) => Some(*n),
            PageSize::Text(t) => crate::ingest::parse_size(t),
        }
    }
}

/// One key or a list of keys.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum KeyList {
    One(String),
    Many(Vec<String>),
}

impl KeyList {
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            KeyList::One(k) => vec![k.clone()],
            KeyList::Many(ks) => ks.clone(),
        }
    }
}

/// The usual place: `$XDG_CONFIG_HOME/dubao/config.toml` on Linux, the Application Support folder
/// on macOS, `%APPDATA%` on Windows.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "dubao").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config at `path`. A missing file at the default place is the empty config; a
/// missing file the user named (`--config`) is the empty config plus a warning, and so is an
/// unreadable one. Problems inside the file are warnings too (see [`parse`]).
pub fn load(path: &Path, named: bool) -> (Config, Vec<Warning>) {
    let file = path.display().to_string();
    let whole = |what: What| vec![Warning::at(None, what).in_file(&file)];
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let (config, problems) = parse(&text);
            let warnings = problems.into_iter().map(|p| p.in_file(&file)).collect();
            (config, warnings)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => (Config::default(), vec![]),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            (Config::default(), whole(What::NotFound))
        }
        Err(e) => (Config::default(), whole(What::Unreadable(e.to_string()))),
    }
}

/// Most TOML syntax errors one file can hold before the rest is given up.
const MAX_SYNTAX_ERRORS: usize = 20;

/// Parses config text leniently: a line TOML cannot read is reported (with its number) and left
/// out, and the file is read again without it; a setting with a bad value or an unknown name is
/// reported and skipped. Every other setting still applies. Problems come back in file order,
/// each with its line.
pub fn parse(text: &str) -> (Config, Vec<Warning>) {
    let mut problems = Vec::new();
    let mut lines: Vec<&str> = text.lines().collect();
    let mut current = text.to_owned();
    let table = loop {
        match toml::from_str::<BTreeMap<Spanned<String>, Spanned<toml::Value>>>(&current) {
            Ok(t) => break t,
            Err(e) => {
                let line = e.span().map(|s| line_of(&current, s.start));
                let message = e.message().replace('\n', " ");
                match line {
                    Some(n) if problems.len() < MAX_SYNTAX_ERRORS && n <= lines.len() => {
                        problems.push(Warning::at(Some(n), What::Syntax(message)));
                        lines[n - 1] = "";
                        current = lines.join("\n");
                    }
                    _ => {
                        problems.push(Warning::at(line, What::Syntax(message)));
                        return (Config::default(), problems);
                    }
                }
            }
        }
    };
    let mut config = Config::default();
    for (key, value) in &table {
        let line = line_of(&current, key.span().start);
        let value = value.get_ref();
        let bad = |expected: Expected| {
            Warning::at(
                Some(line),
                What::MustBe {
                    key: key.get_ref().clone(),
                    expected,
                },
            )
        };
        match key.get_ref().as_str() {
            "theme" => match value.clone().try_into::<ThemeName>() {
                Ok(t) => config.theme = Some(t),
                Err(_) => problems.push(bad(Expected::Theme)),
            },
            "ambiguous_width" => match value.as_integer() {
                Some(n @ 1..=2) => config.ambiguous_width = u8::try_from(n).ok(),
                _ => problems.push(bad(Expected::OneOrTwo)),
            },
            "lang" => match value.as_str().and_then(super::i18n::Lang::from_name) {
                Some(l) => config.lang = Some(l),
                None => problems.push(bad(Expected::Lang)),
            },
            "max_page_size" => match value.clone().try_into::<PageSize>() {
                Ok(size) if size.bytes().is_some() => config.max_page_size = Some(size),
                _ => problems.push(bad(Expected::Size)),
            },
            "keys" => config.keys = key_table(&current, &mut problems, line),
            other => problems.push(Warning::at(
                Some(line),
                What::UnknownSetting(other.to_owned()),
            )),
        }
    }
    problems.sort_by_key(|p| p.line.unwrap_or(0));
    (config, problems)
}

/// The `[keys]` table with each entry's line; entries that are not a key or a list of keys are
/// reported and skipped.
fn key_table(text: &str, problems: &mut Vec<Warning>, table_line: usize) -> Vec<Override> {
    #[derive(Deserialize)]
    struct KeysOnly {
        #[serde(default)]
        keys: Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    }
    let Ok(KeysOnly { keys: Some(keys) }) = toml::from_str::<KeysOnly>(text) else {
        problems.push(Warning::at(Some(table_line), What::KeysNotTable));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, value) in keys {
        let line = line_of(text, name.span().start);
        match value.into_inner().try_into::<KeyList>() {
            Ok(list) => out.push(Override {
                command: name.into_inner(),
                keys: list.to_vec(),
                line: Some(line),
            }),
            Err(_) => problems.push(Warning::at(
                Some(line),
                What::KeysNotList(name.get_ref().clone()),
            )),
        }
    }
    out.sort_by_key(|o| o.line);
    out
}

/// The 1-based line a byte offset is on.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {

    #[test]
    fn interface_language_setting() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string());
        let Ok(dir) = dir else { return };
        let p = dir.path().join("config.toml");
        let _ = std::fs::write(&p, "lang = \"en\"\n");
        let (c, problems) = load(&p, true);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.lang, Some(super::super::i18n::Lang::En));
        let _ = std::fs::write(&p, "lang = \"fr\"\n");
        let (c, problems) = load(&p, true);
        assert_eq!(c.lang, None);
        assert!(
            problems
                .iter()
                .any(|m| m.to_string().contains("lang must be")),
            "{problems:?}"
        );
    }

    use super::*;

    #[test]
    fn full_config_parses() {
        let (c, problems) = parse(
            "theme = \"light\"\nambiguous_width = 2\nmax_page_size = \"1M\"\n[keys]\nquit = [\"q\", \"Ctrl-q\"]\nsearch = \"s\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.theme, Some(ThemeName::Light));
        assert_eq!(c.ambiguous_width, Some(2));
        assert_eq!(c.max_page_size.and_then(|s| s.bytes()), Some(1 << 20));
        assert_eq!(c.keys.len(), 2);
        assert_eq!(c.keys[0].command, "quit");
        assert_eq!(c.keys[0].line, Some(5));
        assert_eq!(c.keys[1].keys, ["s"]);
    }

    #[test]
    fn one_mistake_keeps_the_rest_and_every_error_has_its_line() {
        let text =
            "colour = 1\ntheme = \"neon\"\nambiguous_width = 2\n[keys]\nsearch = \"s\"\ndown = 3\n";
        let (c, problems) = parse(text);
        assert_eq!(c.ambiguous_width, Some(2));
        assert_eq!(c.keys.len(), 1);
        assert_eq!(c.keys[0].command, "search");
        assert_eq!(problems.len(), 3, "{problems:?}");
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(said[0].starts_with("config line 1: unknown setting \"colour\""));
        assert!(said[1].starts_with("config line 2: theme must be"));
        assert!(said[2].starts_with("config line 6: keys for down"));
    }

    #[test]
    fn a_syntax_error_drops_only_its_line() {
        let text = "theme = \"light\nambiguous_width = 2\n[keys]\nquit = [\"x\"]\nsearch = s\n";
        let (c, problems) = parse(text);
        assert_eq!(c.ambiguous_width, Some(2));
        assert_eq!(c.keys.len(), 1);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].line, Some(1));
        assert_eq!(problems[1].line, Some(5));
        assert_eq!(parse("[[[").1.len(), 1);
        assert_eq!(parse(""), (Config::default(), vec![]));
    }

    #[test]
    fn a_missing_file_is_silent_only_where_nobody_named_it() {
        let p = Path::new("/nonexistent/dubao/config.toml");
        assert_eq!(load(p, false), (Config::default(), vec![]));
        let (c, w) = load(p, true);
        assert_eq!(c, Config::default());
        let said: Vec<String> = w.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            ["/nonexistent/dubao/config.toml: config file not found"]
        );
    }
}
