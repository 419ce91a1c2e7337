//! The config file, `$XDG_CONFIG_HOME/storydiff/config.toml` (else
//! `~/.config/storydiff/config.toml`): the theme, key overrides, the TUI's
//! starting layout and the text export's default layout and width. Every
//! setting is optional; a missing file is an empty config; a file that does
//! not parse, or names an unknown setting, is an error naming the file and
//! the line, so a typo never passes silently.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// A commented example, printed by `storydiff config`.
pub const EXAMPLE: &str = r#"# storydiff config (TOML). Every setting is optional.

# Colours of the TUI and of coloured text export: auto (from the terminal's
# background), dark, light or mono (no colour; highlights spelt out).
theme = "auto"

# Text export: default --layout (side-by-side, inline, report) and --width.
layout = "side-by-side"
width = 100

# TUI at start: two panes or one column per report ("two" or "all").
columns = "two"

# Key overrides: action = "key" or ["key", "key"]. Keys: a character,
# ctrl-x, alt-x, or enter, esc, tab, backtab, space, up, down, left, right,
# home, end, pgup, pgdn, f1-f12. The actions are listed in `storydiff man`.
[keys]
# next_change = "n"
# search_next = ["ctrl-n"]
"#;

/// Settings read from the config file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `auto`, `dark`, `light` or `mono`.
    pub theme: Option<Theme>,
    /// Text export layout: `side-by-side`, `inline` or `report`.
    pub layout: Option<String>,
    /// Text export width in columns (at least 20).
    pub width: Option<u16>,
    /// TUI columns at start: `two` or `all`.
    pub columns: Option<Columns>,
    /// Key overrides: action name → keys.
    #[serde(default)]
    pub keys: BTreeMap<String, Keys>,
}

/// The theme setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// From the environment (`COLORFGBG`).
    Auto,
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
    /// No colour.
    Mono,
}

/// The TUI's columns at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Columns {
    /// Two panes.
    Two,
    /// One column per report.
    All,
}

/// One key or several for an action.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Keys {
    /// One key.
    One(String),
    /// Several keys.
    Many(Vec<String>),
}

impl Keys {
    /// The key names.
    pub fn names(&self) -> Vec<&str> {
        match self {
            Keys::One(k) => vec![k.as_str()],
            Keys::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// Why the config file was not used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// It could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// It is not valid.
    #[error("{}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line.
        message: String,
    },
}

/// Where the config file is looked for.
pub fn path() -> Option<PathBuf> {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    let base = var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("storydiff").join("config.toml"))
}

impl Config {
    /// Reads the config file, if there is one.
    ///
    /// # Errors
    /// The file exists but cannot be read or is not valid.
    pub fn load() -> Result<Config, ConfigError> {
        match path() {
            Some(p) if p.exists() => Config::read(&p),
            _ => Ok(Config::default()),
        }
    }

    /// Reads and checks one config file.
    ///
    /// # Errors
    /// See [`ConfigError`].
    pub fn read(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&text).map_err(|message| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parses and checks config text.
    ///
    /// # Errors
    /// A one-line description of the first problem, with its line.
    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text.get(..s.start).unwrap_or(text).matches('\n').count() + 1);
            let msg = e.message().replace('\n', " ");
            match line {
                Some(l) => format!("line {l}: {msg}"),
                None => msg,
            }
        })?;
        if let Some(l) = &config.layout
            && !["side-by-side", "inline", "report"].contains(&l.as_str())
        {
            return Err(format!(
                "layout = {l:?}: use side-by-side, inline or report"
            ));
        }
        if config.width.is_some_and(|w| w < 20) {
            return Err("width: at least 20 columns".to_string());
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parses_and_typos_are_errors_with_a_line() {
        let c = Config::parse(EXAMPLE).unwrap();
        assert_eq!(c.theme, Some(Theme::Auto));
        assert_eq!(c.width, Some(100));
        assert_eq!(c.columns, Some(Columns::Two));
        let e = Config::parse("theme = \"dark\"\ncolour = 3\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        let e = Config::parse("theme = \"pink\"\n").unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
        let c = Config::parse("[keys]\nnext_change = \"n\"\nquit = [\"q\", \"ctrl-q\"]\n").unwrap();
        assert_eq!(c.keys["quit"].names(), ["q", "ctrl-q"]);
    }
}
