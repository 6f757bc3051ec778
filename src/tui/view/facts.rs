//! The facts sidebar: facts grouped by kind, each with its normalised value.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, pad, pane_block};
use crate::tui::app::App;
use crate::tui::facts_fmt::{self, Row};
use crate::tui::layout::{inner, Focus};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let entry = app.current_entry();
    let n = entry.map_or(0, |e| e.article.facts.len());
    frame.render_widget(pane_block(app, format!(" 事实 {n} "), Focus::Facts), area);
    let body = inner(area);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let w = body.width as usize;
    let amb = app.amb;
    let t = &app.theme;
    let Some(e) = entry else {
        return;
    };
    if !e.facts_ready {
        let (done, all) = app.facts_progress();
        let msg = format!("extracting facts… {done}/{all}");
        frame.render_widget(Paragraph::new(Line::styled(fit(&msg, w, amb), t.dim)), body);
        return;
    }
    if n == 0 {
        frame.render_widget(
            Paragraph::new(Line::styled(fit("no facts found", w, amb), t.dim)),
            body,
        );
        return;
    }
    let rows = facts_fmt::rows(&e.article.facts);
    let sel_row = rows
        .iter()
        .position(|r| matches!(r, Row::Fact(pos, _) if *pos == app.fact_sel))
        .unwrap_or(0);
    let h = body.height as usize;
    // Keep the selected fact in view, with its heading when it is the first of its kind.
    let offset = (sel_row + 1).saturating_sub(h);
    let lines: Vec<Line> = rows
        .iter()
        .skip(offset)
        .take(h)
        .map(|r| match *r {
            Row::Heading(kind, count) => Line::styled(
                fit(
                    &format!("{} ({count})", facts_fmt::kind_label(kind)),
                    w,
                    amb,
                ),
                t.heading,
            ),
            Row::Fact(pos, i) => {
                let Some(f) = e.article.facts.get(i) else {
                    return Line::default();
                };
                let value = facts_fmt::display_value(f);
                let text = format!(" {}", facts_fmt::sidebar_text(f));
                let text_w = amb.width(&text);
                let line = if value.is_empty() || text_w + 2 >= w {
                    Line::from(Span::styled(pad(&text, w, amb), t.base))
                } else {
                    let value_w = w - text_w - 2;
                    Line::from(vec![
                        Span::styled(text, t.base),
                        Span::raw("  "),
                        Span::styled(pad(&value, value_w, amb), t.value),
                    ])
                };
                if pos == app.fact_sel {
                    line.patch_style(if app.focus == Focus::Facts {
                        t.selected
                    } else {
                        t.selected_unfocused
                    })
                } else {
                    line
                }
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
