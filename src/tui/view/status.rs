//! The status line: counts, the active filter and search, prompts, notices and the main keys.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::fit;
use crate::text::sanitize::sanitize;
use crate::tui::app::{App, Mode, ZoneFilter};
use crate::tui::keys::Command;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let amb = app.amb;
    let t = &app.theme;
    let w = area.width as usize;
    let (left, style, cursor) = match &app.mode {
        Mode::Search => {
            let s = app.search.as_ref();
            let q = s.map(|s| s.query.as_str()).unwrap_or("");
            let n = s.map_or(0, |s| s.hits.len());
            let at = s.and_then(|s| s.current).map_or(0, |c| c + 1);
            let prompt = format!("/{q}");
            let cur = amb.width(&prompt);
            (
                format!("{prompt}   {at}/{n} hits · Enter keep · Esc clear"),
                t.key,
                Some(cur),
            )
        }
        Mode::Dates(d) => {
            let prompt = format!("dates: {d}");
            let cur = amb.width(&prompt);
            let (tail, style) = match &app.notice {
                Some(n) if n.error => (format!("   {}", sanitize(&n.text)), t.error),
                _ => (
                    "   2025-12 · 2025-12-01..2025-12-24 · empty = all · Esc".to_owned(),
                    t.key,
                ),
            };
            (format!("{prompt}{tail}"), style, Some(cur))
        }
        Mode::Export(e) => {
            let prompt = format!("export to: {}", e.path);
            let cur = amb.width(&prompt);
            let tail = if e.confirm {
                "   exists — Enter overwrites, Esc cancels"
            } else {
                "   Tab format · Enter write · Esc cancel"
            };
            let style = if e.confirm { t.error } else { t.key };
            (format!("{prompt}{tail}"), style, Some(cur))
        }
        _ => match &app.notice {
            Some(n) => (
                sanitize(&n.text),
                if n.error { t.error } else { t.notice },
                None,
            ),
            None => (summary(app), t.base, None),
        },
    };
    let hints = hints(app);
    let hints_w = amb.width(&hints);
    let left_w = amb.width(&left);
    let line = if left_w + hints_w + 2 <= w {
        Line::from(vec![
            Span::styled(left, style),
            Span::raw(" ".repeat(w - left_w - hints_w)),
            Span::styled(hints, t.dim),
        ])
    } else {
        Line::from(Span::styled(fit(&left, w, amb), style))
    };
    frame.render_widget(Paragraph::new(line).style(t.status), area);
    if let Some(c) = cursor {
        let x = area.x.saturating_add(c.min(w.saturating_sub(1)) as u16);
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// `3/8 articles · zone 上党 · “铝” 2/5 · facts 6/8 · 1 skipped`.
fn summary(app: &App) -> String {
    let mut parts = vec![format!(
        "{}/{} articles",
        app.visible.len(),
        app.entries.len()
    )];
    match &app.filter {
        ZoneFilter::All => {}
        ZoneFilter::Query(q) => parts.push(format!("zone {q}")),
        ZoneFilter::NoZone => parts.push("no zone".to_owned()),
    }
    if !app.dates.is_open() {
        parts.push(format!("dates {}", app.dates.label()));
    }
    if let Some(s) = &app.search {
        let at = s.current.map_or(0, |c| c + 1);
        parts.push(format!("“{}” {at}/{}", s.query, s.hits.len()));
    }
    let (done, all) = app.facts_progress();
    if done < all {
        parts.push(format!("facts {done}/{all}"));
    }
    if !app.failures.is_empty() {
        parts.push(format!("{} skipped", app.failures.len()));
    }
    format!(" {}", parts.join(" · "))
}

/// The main keys, from the key map so that overrides show.
fn hints(app: &App) -> String {
    let k = |c: Command, what: &str| app.keymap.first_key(c).map(|key| format!("{key} {what}"));
    [
        k(Command::Help, "help"),
        k(Command::ZoneFilter, "zone"),
        k(Command::Search, "search"),
        k(Command::CopyAll, "copy"),
        k(Command::Export, "export"),
        k(Command::Quit, "quit"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("  ")
        + " "
}
