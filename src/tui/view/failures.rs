//! The `!` overlay: every file that could not be read, with the reason.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::{centred, fit};
use crate::text::sanitize::sanitize;
use crate::tui::app::App;
use crate::tui::i18n::Msg;

pub fn draw(frame: &mut Frame, app: &App, top: usize, area: Rect) {
    let t = &app.theme;
    let w = area.width.saturating_sub(4).clamp(20, 100);
    let want_h = (app.failures.len() as u16)
        .saturating_mul(2)
        .saturating_add(2);
    let r = centred(
        area,
        w,
        want_h.clamp(5, area.height.saturating_sub(2).max(5)),
    );
    super::clear_overlay(frame, r);
    let title = format!(
        " {} {} ",
        app.failures.len(),
        Msg::FilesNotRead.text(app.lang)
    );
    let keys = format!(" {} ", Msg::ScrollAnyKeyCloses.text(app.lang));
    let block = super::overlay_block(app, title, t.error, keys);
    let Some(body) = super::draw_framed(frame, block, r) else {
        return;
    };
    let lines: Vec<Line> = app
        .failures
        .iter()
        .skip(top)
        .map(|f| {
            // `path: reason`: the path in the error colour, the reason plain.
            let f = sanitize(f);
            match f.split_once(": ") {
                Some((path, why)) => Line::from(vec![
                    Span::styled(format!("✗ {path}"), t.error),
                    Span::styled(format!(" — {why}"), t.base),
                ]),
                None => Line::styled(format!("✗ {f}"), t.error),
            }
        })
        .collect();
    if lines.is_empty() {
        let msg = fit(Msg::EndOfList.text(app.lang), body.width as usize, app.amb);
        frame.render_widget(Paragraph::new(Line::styled(msg, t.dim)), body);
        return;
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), body);
}
