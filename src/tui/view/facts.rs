//! The facts sidebar: facts grouped by kind, each with its normalised value.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, highlight, pad, pane_block};
use crate::model::{Article, Fact};
use crate::text::wrap;
use crate::tui::app::App;
use crate::tui::doc;
use crate::tui::facts_fmt::{self, Row};
use crate::tui::i18n::{self, Msg};
use crate::tui::layout::{inner, Focus};

/// Below this many rows the sidebar has no room for a detail area.
const DETAIL_MIN_HEIGHT: u16 = 8;

/// Splits the sidebar's inside into the list and, under it, the detail area for `content`
/// lines plus its rule: at most half the height, so the list keeps its room.
fn split_detail(body: Rect, content: usize) -> (Rect, Option<Rect>) {
    if body.height < DETAIL_MIN_HEIGHT || content == 0 {
        return (body, None);
    }
    let want = u16::try_from(content + 1).unwrap_or(u16::MAX);
    let h = want.min(body.height / 2);
    let list = Rect {
        height: body.height - h,
        ..body
    };
    let detail = Rect {
        y: body.y + body.height - h,
        height: h,
        ..body
    };
    (list, Some(detail))
}

/// The selected fact in full: its text and value wrapped to the sidebar, then the sentence
/// it comes from with the fact highlighted. Nothing is cut with `…` here: this is where a value
/// too long for its row is read.
fn detail_lines(app: &App, article: &Article, f: &Fact, w: usize) -> Vec<Line<'static>> {
    let (amb, t) = (app.amb, &app.theme);
    let mut out: Vec<Line<'static>> = Vec::new();
    let head = format!("{}  {}", f.text, facts_fmt::display_value(f, app.lang));
    let cut = f.text.chars().count();
    for l in wrap(head.trim_end(), w, amb) {
        // The fact's own text (the head's first `cut` chars) in the heading style.
        let in_line = cut.saturating_sub(l.range.start).min(l.range.len());
        out.push(Line::from(highlight(
            &l.text,
            t.value,
            &[(0..in_line, t.heading)],
        )));
    }
    let Some((seg, start, end)) = doc::fact_seg(article, f) else {
        return out;
    };
    let Some(text) = doc::seg_text(article, seg) else {
        return out;
    };
    let sentence = facts_fmt::sentence_around(&text, start, end);
    // Where the fact sits in the sentence (by its text: the sentence is trimmed).
    let at = sentence
        .find(f.text.as_str())
        .map(|b| sentence[..b].chars().count());
    for l in wrap(&sentence, w, amb) {
        let ranges: Vec<_> = at
            .map(|s| (s, s + f.text.chars().count()))
            .filter(|&(s, e)| s < l.range.end && e > l.range.start)
            .map(|(s, e)| {
                let (s, e) = (s.max(l.range.start), e.min(l.range.end));
                ((s - l.range.start)..(e - l.range.start), t.fact_hl)
            })
            .into_iter()
            .collect();
        out.push(Line::from(highlight(&l.text, t.dim, &ranges)));
    }
    out
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let entry = app.current_entry();
    let facts = app.current_facts();
    let n = facts.len();
    let lang = app.lang;
    let title = format!(" {} {n} ", Msg::Facts.text(lang));
    frame.render_widget(pane_block(app, title, Focus::Facts), area);
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
        let msg = format!("{} {done}/{all}", Msg::ExtractingFacts.text(lang));
        frame.render_widget(Paragraph::new(Line::styled(fit(&msg, w, amb), t.dim)), body);
        return;
    }
    if n == 0 {
        frame.render_widget(
            Paragraph::new(Line::styled(fit(Msg::NoFacts.text(lang), w, amb), t.dim)),
            body,
        );
        return;
    }
    let rows = facts_fmt::rows(&facts);
    let sel_row = rows
        .iter()
        .position(|r| matches!(r, Row::Fact(pos, _) if *pos == app.fact_sel))
        .unwrap_or(0);
    let detail = app
        .selected_fact()
        .map(|f| {
            let a = app.current_article().unwrap_or_else(|| e.article.arc());
            detail_lines(app, &a, &f, w)
        })
        .unwrap_or_default();
    let (body, detail_area) = split_detail(body, detail.len());
    if let Some(r) = detail_area {
        let mut lines = vec![Line::styled("─".repeat(w), t.border)];
        lines.extend(detail);
        frame.render_widget(Paragraph::new(lines), r);
    }
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
                    &format!("{} ({count})", i18n::kind_label(kind, lang)),
                    w,
                    amb,
                ),
                t.heading,
            ),
            Row::Fact(pos, i) => {
                let Some(f) = facts.get(i) else {
                    return Line::default();
                };
                let value = facts_fmt::display_value(f, lang);
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
