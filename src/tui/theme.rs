//! Colours and emphasis. Only the 16 ANSI colours are used, so the terminal's own palette adapts
//! them to a dark or light background; `NO_COLOR` (or `theme = "mono"`) keeps just bold,
//! underline and reverse video.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// Which palette to use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    Mono,
}

/// Every style the views use, by role rather than by colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub title: Style,
    pub kicker: Style,
    pub dateline: Style,
    pub caption: Style,
    pub byline: Style,
    pub zone: Style,
    pub date: Style,
    pub heading: Style,
    pub value: Style,
    pub fact_hl: Style,
    pub search_hl: Style,
    pub search_current: Style,
    pub status: Style,
    pub notice: Style,
    pub error: Style,
    pub key: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => Theme::colour(Color::Cyan, Color::Yellow, Color::Green),
            ThemeName::Light => Theme::colour(Color::Blue, Color::Magenta, Color::Green),
            ThemeName::Mono => Theme::mono(),
        }
    }

    /// The theme the user asked for, unless `NO_COLOR` is set to anything non-empty
    /// (<https://no-color.org>).
    pub fn resolve(name: ThemeName, no_color: Option<&str>) -> Theme {
        if no_color.is_some_and(|v| !v.is_empty()) {
            Theme::mono()
        } else {
            Theme::new(name)
        }
    }

    /// Accent colours only on text roles; the highlights use reverse video and bold so that they
    /// read on any background.
    fn colour(accent: Color, mark: Color, ok: Color) -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::default(),
            dim: Style::default().add_modifier(Modifier::DIM),
            border: Style::default().add_modifier(Modifier::DIM),
            border_focus: Style::default().fg(accent).add_modifier(bold),
            selected: Style::default().add_modifier(Modifier::REVERSED | bold),
            selected_unfocused: Style::default().add_modifier(Modifier::REVERSED),
            title: Style::default().add_modifier(bold),
            kicker: Style::default().fg(accent),
            dateline: Style::default().fg(accent).add_modifier(bold),
            caption: Style::default().add_modifier(Modifier::ITALIC),
            byline: Style::default().fg(accent),
            zone: Style::default().fg(accent),
            date: Style::default().add_modifier(Modifier::DIM),
            heading: Style::default().fg(accent).add_modifier(bold),
            value: Style::default().fg(ok),
            fact_hl: Style::default().fg(Color::Black).bg(mark),
            search_hl: Style::default()
                .add_modifier(Modifier::UNDERLINED | bold)
                .fg(mark),
            search_current: Style::default().add_modifier(Modifier::REVERSED | bold),
            status: Style::default().add_modifier(Modifier::REVERSED),
            notice: Style::default().fg(ok).add_modifier(bold),
            error: Style::default().fg(Color::Red).add_modifier(bold),
            key: Style::default().fg(accent).add_modifier(bold),
        }
    }

    fn mono() -> Theme {
        let plain = Style::default();
        let bold = plain.add_modifier(Modifier::BOLD);
        let rev = plain.add_modifier(Modifier::REVERSED);
        Theme {
            base: plain,
            dim: plain,
            border: plain,
            border_focus: bold,
            selected: rev.add_modifier(Modifier::BOLD),
            selected_unfocused: rev,
            title: bold,
            kicker: plain,
            dateline: bold,
            caption: plain,
            byline: plain,
            zone: plain,
            date: plain,
            heading: bold,
            value: plain,
            fact_hl: rev,
            search_hl: plain.add_modifier(Modifier::UNDERLINED),
            search_current: rev.add_modifier(Modifier::UNDERLINED),
            status: rev,
            notice: bold,
            error: bold,
            key: bold,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(ThemeName::Dark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_drops_every_colour() {
        let t = Theme::resolve(ThemeName::Dark, Some("1"));
        for s in [
            t.base,
            t.selected,
            t.fact_hl,
            t.search_hl,
            t.heading,
            t.error,
            t.border_focus,
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert_eq!(
            Theme::resolve(ThemeName::Light, Some("")),
            Theme::new(ThemeName::Light)
        );
    }
}
