//! The article list: zone, date and headline per article, then any files that failed to load.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, pad, pane_block};
use crate::lexicon::zone;
use crate::model::{Article, FactKind, FactValue};
use crate::tui::app::{App, Entry};
use crate::tui::layout::{inner, rows_per_entry, Focus};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let title = format!(" 文章 {}/{} ", app.visible.len(), app.entries.len());
    frame.render_widget(pane_block(app, title, Focus::List), area);
    let body = inner(area);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let w = body.width as usize;
    let per = rows_per_entry(body.width);
    let mut lines: Vec<Line> = app
        .visible
        .iter()
        .enumerate()
        .skip(app.list_offset)
        .take(body.height as usize / per)
        .filter_map(|(pos, &i)| Some((pos, app.entries.get(i)?)))
        .flat_map(|(pos, e)| row(app, e, pos == app.selected, w))
        .collect();
    if app.visible.is_empty() {
        let msg = if app.entries.is_empty() {
            "no articles loaded"
        } else {
            "no articles in this zone (z to change)"
        };
        lines.push(Line::styled(fit(msg, w, app.amb), app.theme.dim));
    }
    let room = (body.height as usize).saturating_sub(lines.len());
    if !app.failures.is_empty() && room >= 2 {
        lines.push(Line::styled(fit("skipped:", w, app.amb), app.theme.error));
        for f in app.failures.iter().take(room - 1) {
            lines.push(Line::styled(
                fit(&format!("✗ {f}"), w, app.amb),
                app.theme.error,
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// `上党   12-22 标题…` in wide lists; in narrow ones the headline, then `上党 · 12-22`.
fn row(app: &App, e: &Entry, selected: bool, w: usize) -> Vec<Line<'static>> {
    let amb = app.amb;
    let t = &app.theme;
    let headline = headline(&e.article);
    let z = e
        .article
        .zone
        .as_deref()
        .map(zone::place_part)
        .unwrap_or("—");
    let date = date_label(e);
    let lines = if rows_per_entry(w as u16) == 1 {
        let zone_w = 8;
        let date_w = 5;
        let title_w = w.saturating_sub(zone_w + date_w + 2);
        vec![Line::from(vec![
            Span::styled(pad(z, zone_w, amb), t.zone),
            Span::raw(" "),
            Span::styled(pad(&date, date_w, amb), t.date),
            Span::raw(" "),
            Span::styled(pad(&headline, title_w, amb), t.base),
        ])]
    } else {
        let mut parts = vec![e.article.id.clone()];
        parts.extend(
            e.article
                .zone
                .as_deref()
                .map(|z| zone::place_part(z).to_owned()),
        );
        if date != "—" {
            parts.push(date);
        }
        let meta = format!("  {}", parts.join(" · "));
        vec![
            Line::from(Span::styled(pad(&headline, w, amb), t.base)),
            Line::from(Span::styled(pad(&meta, w, amb), t.date)),
        ]
    };
    if selected {
        let st = if app.focus == Focus::List {
            t.selected
        } else {
            t.selected_unfocused
        };
        lines.into_iter().map(|l| l.patch_style(st)).collect()
    } else {
        lines
    }
}

/// The headline, or the caption of a photo without a title.
fn headline(a: &Article) -> String {
    let h = a.headline();
    if !h.is_empty() {
        return h.to_owned();
    }
    a.captions
        .iter()
        .find_map(|c| c.text.clone())
        .or_else(|| a.paragraphs.first().cloned())
        .map(|s| format!("（图）{s}"))
        .unwrap_or_else(|| "（无标题）".to_owned())
}

/// `12-22` from the article's first full date; `…` while facts are still being extracted.
fn date_label(e: &Entry) -> String {
    if !e.facts_ready {
        return "…".to_owned();
    }
    e.article
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Date)
        .find_map(|f| match &f.value {
            Some(FactValue::Text(v)) if v.len() == 10 => v.get(5..).map(str::to_owned),
            _ => None,
        })
        .unwrap_or_else(|| "—".to_owned())
}
