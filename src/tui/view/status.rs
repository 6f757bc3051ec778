//! The status line: counts, the active filter and search, prompts, notices and the main keys.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::fit;
use crate::text::sanitize::sanitize;
use crate::tui::app::{App, Mode, ZoneFilter};
use crate::tui::i18n::{self, Msg};
use crate::tui::keys::Command;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let amb = app.amb;
    let t = &app.theme;
    let w = area.width as usize;
    let (left, style, cursor) = match &app.mode {
        Mode::Search => {
            let s = app.search.as_ref();
            let q = s.map(|s| s.query.as_str()).unwrap_or("");
            let n = s.map_or(0, |s| s.total);
            let at = s.map_or(0, |s| s.ordinal());
            let prompt = format!("/{q}");
            let cur = amb.width(&prompt);
            // While the worker scans, the count so far with a `+`; while pages load, the count
            // is of the loaded pages and says so.
            let count = match s {
                Some(s) if s.pending && n == 0 => Msg::Searching.text(app.lang).to_owned(),
                Some(s) => i18n::hit_position(at, n, s.pending, app.lang),
                None => i18n::hit_position(at, n, false, app.lang),
            };
            let count = match app.loading_label() {
                Some(l) => format!("{count} ({} {l})", Msg::Loading.text(app.lang)),
                None => count,
            };
            (
                format!(
                    "{prompt}   {count} · {}",
                    Msg::SearchPromptKeys.text(app.lang)
                ),
                t.key,
                Some(cur),
            )
        }
        Mode::Dates(d) => {
            let prompt = format!("{}: {d}", Msg::DatesPrompt.text(app.lang));
            let cur = amb.width(&prompt);
            let (tail, style) = match &app.notice {
                Some(n) if n.error => (format!("   {}", sanitize(&n.text)), t.error),
                _ => (format!("   {}", Msg::DatesKeys.text(app.lang)), t.key),
            };
            (format!("{prompt}{tail}"), style, Some(cur))
        }
        Mode::Export(e) => {
            let prompt = format!("{}: {}", Msg::ExportTo.text(app.lang), e.path);
            let cur = amb.width(&prompt);
            // A problem with the name (an unknown extension) shows beside the prompt.
            let (tail, problem) = match &app.notice {
                Some(n) => (format!("   {}", sanitize(&n.text)), n.error),
                None if e.confirm => (format!("   {}", Msg::ExistsOverwrite.text(app.lang)), true),
                None => (format!("   {}", Msg::ExportKeys.text(app.lang)), false),
            };
            let style = if problem { t.error } else { t.key };
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
    let hints = hints_that_fit(&hints(app), w, amb.width(&left), |s| amb.width(s));
    let hints_w = amb.width(&hints);
    // The left part gives way to the help hint: it is how every other key is found.
    let left = fit(&left, w.saturating_sub(hints_w + 1), amb);
    let left_w = amb.width(&left);
    let line = Line::from(vec![
        Span::styled(left, style),
        Span::raw(" ".repeat(w.saturating_sub(left_w + hints_w))),
        Span::styled(hints, t.dim),
    ]);
    frame.render_widget(Paragraph::new(line).style(t.status), area);
    if let Some(c) = cursor {
        let x = area.x.saturating_add(c.min(w.saturating_sub(1)) as u16);
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// `3/8 articles · zone 上党 · “铝” 2/5 · facts 6/8 · 1 skipped`.
fn summary(app: &App) -> String {
    let lang = app.lang;
    let mut parts = vec![i18n::articles(app.visible.len(), app.entries.len(), lang)];
    match &app.filter {
        ZoneFilter::All => {}
        ZoneFilter::Query(q) => parts.push(format!("{} {q}", Msg::Zone.text(lang))),
        ZoneFilter::NoZone => parts.push(Msg::NoZone.text(lang).to_owned()),
    }
    if !app.dates.is_open() {
        parts.push(format!("{} {}", Msg::Dates.text(lang), app.dates.label()));
    }
    if let Some(s) = &app.search {
        let at = s.ordinal();
        let more = if s.pending { "+" } else { "" };
        parts.push(format!("“{}” {at}/{}{more}", s.query, s.total));
    }
    if let Some(label) = app.loading_label() {
        parts.push(format!("{} {label}", Msg::Loading.text(lang)));
    }
    // The open ledger view is still being built (its notice gone with the next key).
    match &app.mode {
        Mode::Projects(v) if v.building.is_some() => {
            parts.push(i18n::ledger::building_ledger(lang).to_owned());
        }
        Mode::Mentions(v) if v.building.is_some() => {
            parts.push(i18n::ledger::finding_mentions(lang).to_owned());
        }
        _ => {}
    }
    if let Some((done, all)) = app.indexing {
        parts.push(format!("{} {done}/{all}", Msg::Indexing.text(lang)));
    }
    let (done, all) = app.facts_progress();
    if done < all {
        parts.push(format!("{} {done}/{all}", Msg::Facts.text(lang)));
    }
    if !app.failures.is_empty() {
        parts.push(match lang {
            i18n::Lang::Zh => format!("{} {} 个", Msg::Skipped.text(lang), app.failures.len()),
            i18n::Lang::En => format!("{} {}", app.failures.len(), Msg::Skipped.text(lang)),
        });
    }
    if !app.notes.is_empty() {
        parts.push(i18n::notes_count(app.notes.len(), lang));
    }
    format!(" {}", parts.join(" · "))
}

/// As many of `hints` (most important first) as fit beside a left part `left_w` wide, joined;
/// the first (`? help`) always stays when it fits the line at all.
fn hints_that_fit(
    hints: &[String],
    w: usize,
    left_w: usize,
    width: impl Fn(&str) -> usize,
) -> String {
    let joined = |n: usize| hints[..n].join("  ") + " ";
    let mut n = hints.len();
    while n > 1 && left_w + width(&joined(n)) + 2 > w {
        n -= 1;
    }
    if n == 0 || width(&joined(n)) + 1 > w {
        return String::new();
    }
    joined(n)
}

/// The main keys, from the key map so that overrides show, most important first.
fn hints(app: &App) -> Vec<String> {
    // The ledger's views name their own keys on their frame; the main screen's would mislead.
    if matches!(
        app.mode,
        Mode::Projects(_) | Mode::Mentions(_) | Mode::Profile(_)
    ) {
        return Vec::new();
    }
    let k = |c: Command, what: Msg| {
        app.keymap
            .first_key(c)
            .map(|key| format!("{key} {}", what.text(app.lang)))
    };
    [
        k(Command::Help, Msg::Help),
        k(Command::ZoneFilter, Msg::Zone),
        k(Command::Search, Msg::Search),
        k(Command::CopyAll, Msg::Copy),
        k(Command::Export, Msg::Export),
        k(Command::Quit, Msg::Quit),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::hints_that_fit;

    #[test]
    fn help_hint_stays_when_the_line_is_short() {
        let hints: Vec<String> = ["? help", "z zone", "q quit"].map(String::from).to_vec();
        let w = |s: &str| s.chars().count();
        assert_eq!(hints_that_fit(&hints, 80, 20, w), "? help  z zone  q quit ");
        assert_eq!(hints_that_fit(&hints, 35, 20, w), "? help ");
        // Even when the left part would take the whole line.
        assert_eq!(hints_that_fit(&hints, 30, 60, w), "? help ");
        assert_eq!(hints_that_fit(&hints, 5, 0, w), "");
    }
}
