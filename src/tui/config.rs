//! The reader's TOML config (`config.toml` in the platform config directory, e.g.
//! `~/.config/dubao/config.toml`): theme, ambiguous width and key overrides.
//!
//! A broken config must not stop the reader: problems become warnings shown in the status line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::theme::ThemeName;

/// What the config file may set; everything is optional.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub theme: Option<ThemeName>,
    /// Columns an East Asian ambiguous character takes: 1 or 2.
    #[serde(default)]
    pub ambiguous_width: Option<u8>,
    /// The largest page the reader loads: bytes, or `"64M"`-style text.
    #[serde(default)]
    pub max_page_size: Option<PageSize>,
    /// Command name → keys, e.g. `quit = ["q", "Ctrl-q"]`.
    #[serde(default)]
    pub keys: BTreeMap<String, KeyList>,
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

/// Reads the config at `path`. A missing file is the empty config; an unreadable or invalid one
/// is the empty config plus a warning.
pub fn load(path: &Path) -> (Config, Option<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => match parse(&text) {
            Ok(c) => (c, None),
            Err(e) => (Config::default(), Some(format!("{}: {e}", path.display()))),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Config::default(), None),
        Err(e) => (Config::default(), Some(format!("{}: {e}", path.display()))),
    }
}

/// Parses config text; the error is one line.
pub fn parse(text: &str) -> Result<Config, String> {
    toml::from_str(text).map_err(|e| e.message().replace('\n', " "))
}

impl Config {
    pub fn key_overrides(&self) -> BTreeMap<String, Vec<String>> {
        self.keys
            .iter()
            .map(|(k, v)| (k.clone(), v.to_vec()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_config_parses() {
        let c = parse(
            "theme = \"light\"\nambiguous_width = 2\n[keys]\nquit = [\"q\", \"Ctrl-q\"]\nsearch = \"s\"\n",
        );
        let c = c.unwrap_or_default();
        assert_eq!(c.theme, Some(ThemeName::Light));
        assert_eq!(c.ambiguous_width, Some(2));
        let o = c.key_overrides();
        assert_eq!(o.get("search"), Some(&vec!["s".to_owned()]));
        assert_eq!(o.get("quit").map(Vec::len), Some(2));
    }

    #[test]
    fn unknown_fields_and_bad_values_are_errors_not_panics() {
        assert!(parse("colour = 1").is_err());
        assert!(parse("theme = \"neon\"").is_err());
        assert!(parse("[[[").is_err());
        assert_eq!(parse(""), Ok(Config::default()));
    }

    #[test]
    fn missing_file_is_empty_config() {
        let (c, w) = load(Path::new("/nonexistent/dubao/config.toml"));
        assert_eq!(c, Config::default());
        assert!(w.is_none());
    }
}
