//! The `!` overlay: every file that could not be read, with the reason, then the notes on
//! pages read all the same (damaged bytes, a false byte-order mark) and on the cache.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::{centred, fit};
use crate::text::sanitize::sanitize;
use crate::tui::app::App;
use crate::tui::i18n::{self, Msg};

pub fn draw(frame: &mut Frame, app: &App, top: usize, area: Rect) {
    let t = &app.theme;
    let w = area.width.saturating_sub(4).clamp(20, 100);
    let want_h = u16::try_from(app.problem_lines())
        .unwrap_or(u16::MAX)
        .saturating_mul(2)
        .saturating_add(2);
    let r = centred(
        area,
        w,
        want_h.clamp(5, area.height.saturating_sub(2).max(5)),
    );
    super::clear_overlay(frame, r);
    let mut parts = Vec::new();
    if !app.failures.is_empty() || app.notes.is_empty() {
        parts.push(i18n::files_not_read(app.failures.len(), app.lang));
    }
    if !app.notes.is_empty() {
        parts.push(i18n::notes_count(app.notes.len(), app.lang));
    }
    let title = format!(" {} ", parts.join(" · "));
    let keys = format!(" {} ", Msg::ScrollAnyKeyCloses.text(app.lang));
    let block = super::overlay_block(app, title, t.error, keys);
    let Some(body) = super::draw_framed(frame, block, r) else {
        return;
    };
    // `path: reason`: the path in the error colour (a note's in the notice colour), the
    // reason plain.
    let line = |mark: &str, style, f: &String| {
        let f = sanitize(f);
        match f.split_once(": ") {
            Some((path, why)) => Line::from(vec![
                Span::styled(format!("{mark} {path}"), style),
                Span::styled(format!(" — {why}"), t.base),
            ]),
            None => Line::styled(format!("{mark} {f}"), style),
        }
    };
    let lines: Vec<Line> = app
        .failures
        .iter()
        .map(|f| line("✗", t.error, f))
        .chain(app.notes.iter().map(|n| line("!", t.notice, n)))
        .skip(top)
        .collect();
    if lines.is_empty() {
        let msg = fit(Msg::EndOfList.text(app.lang), body.width as usize, app.amb);
        frame.render_widget(Paragraph::new(Line::styled(msg, t.dim)), body);
        return;
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), body);
}
