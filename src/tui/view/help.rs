//! The `?` overlay, generated from the key map that handles the keys.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{centred, fit, pad};
use crate::tui::app::App;
use crate::tui::i18n;
use crate::tui::layout::inner;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let amb = app.amb;
    let t = &app.theme;
    let lang = app.lang;
    let tr = |en: &'static str| i18n::help_text(en, lang);
    let sections: Vec<(&'static str, Vec<(String, &'static str)>)> = app
        .keymap
        .help()
        .into_iter()
        .map(|(title, rows)| {
            let rows = rows.into_iter().map(|(k, what)| (k, tr(what))).collect();
            (tr(title), rows)
        })
        .collect();
    let lines_of =
        |secs: &[(&'static str, Vec<(String, &'static str)>)], w: usize| -> Vec<Line<'static>> {
            let widest = secs
                .iter()
                .flat_map(|(_, r)| r.iter())
                .map(|(k, _)| amb.width(k) + 2)
                .max()
                .unwrap_or(0);
            let key_w = widest.min(w / 2);
            let mut out = Vec::new();
            for (title, rows) in secs {
                out.push(Line::styled(fit(title, w, amb), t.heading));
                for (keys, what) in rows {
                    out.push(Line::from(vec![
                        Span::styled(pad(&format!(" {keys}"), key_w, amb), t.key),
                        Span::styled(fit(what, w.saturating_sub(key_w), amb), t.base),
                    ]));
                }
            }
            out
        };
    let two_columns = area.width >= 64;
    let (w, h) = if two_columns { (88, 19) } else { (44, 31) };
    let r = centred(area, w, h);
    super::clear_overlay(frame, r);
    let body = inner(r);
    let split = 2.min(sections.len());
    let needed = |secs: &[(&'static str, Vec<(String, &'static str)>)]| {
        secs.iter().map(|(_, rows)| rows.len() + 1).sum::<usize>()
    };
    let needed = if two_columns {
        needed(&sections[..split]).max(needed(&sections[split..]))
    } else {
        needed(&sections)
    };
    // The first line shown: the help scrolls (j/k, PgDn) when the screen is too short for it.
    let top = app
        .help_scroll
        .min(needed.saturating_sub(body.height as usize));
    let closes = format!(
        " {} ",
        tr(if needed > body.height as usize {
            "j/k scroll · other keys close"
        } else {
            "any key closes"
        })
    );
    let title = format!(" 读报 dubao — {} ", tr("keys"));
    let block = super::overlay_block(app, title, t.border_focus, closes);
    if super::draw_framed(frame, block, r).is_none() {
        return;
    }
    let shown =
        |lines: Vec<Line<'static>>| -> Vec<Line<'static>> { lines.into_iter().skip(top).collect() };
    if two_columns {
        let half = body.width / 2;
        let left = Rect {
            width: half,
            ..body
        };
        let right = Rect {
            x: body.x + half + 1,
            width: body.width - half - 1,
            ..body
        };
        frame.render_widget(
            Paragraph::new(shown(lines_of(&sections[..split], left.width as usize))),
            left,
        );
        frame.render_widget(
            Paragraph::new(shown(lines_of(&sections[split..], right.width as usize))),
            right,
        );
    } else {
        let lines = shown(lines_of(&sections, body.width as usize));
        frame.render_widget(Paragraph::new(lines), body);
    }
}
