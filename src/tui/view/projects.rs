//! The ledger's views: the Projects table, the mentions of a fact, and a zone's profile as bar
//! charts (investment and projects per month: a trend reads faster than a table).

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph};
use ratatui::Frame;

use super::{fit, pad};
use crate::ledger::Record;
use crate::tui::app::{App, MentionsView, ProfileView, ProjectsView};
use crate::tui::i18n::ledger as words;

/// Yuan as `3.04亿` / `1233万` / `-`: how Chinese pages state investment.
pub fn money(r: &Record) -> String {
    let Some(v) = r.investment.as_ref().and_then(serde_json::Number::as_f64) else {
        return "-".to_owned();
    };
    if v >= 1e8 {
        format!("{}亿", trim(v / 1e8))
    } else if v >= 1e4 {
        format!("{}万", trim(v / 1e4))
    } else {
        format!("{}元", trim(v))
    }
}

/// Two decimals at most, no trailing zeros.
fn trim(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The latest dated stage event of a record, or `-`.
fn latest(r: &Record) -> String {
    r.stages
        .iter()
        .filter_map(|e| e.date.clone())
        .max()
        .unwrap_or_else(|| "-".to_owned())
}

/// Clears `area`, frames it with `title` and the view's keys (the overlays' common frame), and
/// returns the inside when it is at least 4 wide and `min_h` high.
fn open_overlay(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    title: String,
    hint: &str,
    min_h: u16,
) -> Option<Rect> {
    super::clear_overlay(frame, area);
    let block = super::overlay_block(app, title, app.theme.border_focus, hint.to_owned());
    super::draw_framed(frame, block, area).filter(|b| b.width >= 4 && b.height >= min_h)
}

/// The first row shown so that `selected` is on screen in `rows` rows.
fn offset(selected: usize, rows: usize) -> usize {
    (selected + 1).saturating_sub(rows.max(1))
}

pub fn draw_projects(frame: &mut Frame, app: &App, v: &ProjectsView, area: Rect) {
    let t = &app.theme;
    let amb = app.amb;
    let title = match v.building {
        Some(_) => words::projects_building_title(app.lang).to_owned(),
        None => words::projects_title(v.order.len(), v.sort, app.lang),
    };
    let Some(body) = open_overlay(frame, app, area, title, words::projects_hint(app.lang), 2)
    else {
        return;
    };
    let w = body.width as usize;
    // Fixed columns: stage 4, investment 8, date 10, with one space between columns.
    let fixed = 4 + 8 + 10 + 4;
    let flex = w.saturating_sub(fixed);
    let name_w = flex * 3 / 5;
    let owner_w = flex.saturating_sub(name_w);
    let row = |stage: &str, name: &str, inv: &str, owners: &str, date: &str| {
        format!(
            "{} {} {} {} {}",
            pad(stage, 4, amb),
            pad(name, name_w, amb),
            pad(inv, 8, amb),
            pad(owners, owner_w, amb),
            pad(date, 10, amb)
        )
    };
    let detail_h = if body.height >= 8 { 2 } else { 0 };
    let rows = (body.height as usize).saturating_sub(1 + detail_h);
    let [stage, name, inv, owners, date] = words::projects_columns(app.lang);
    let mut lines = vec![Line::styled(
        fit(&row(stage, name, inv, owners, date), w, amb),
        t.heading,
    )];
    if v.order.is_empty() {
        // While it is built, no projects would read as the answer.
        let text = match v.building {
            Some(_) => words::building_ledger(app.lang),
            None => words::no_projects(app.lang),
        };
        lines.push(Line::styled(fit(text, w, amb), t.dim));
    }
    let first = offset(v.selected, rows);
    for (k, &i) in v.order.iter().enumerate().skip(first).take(rows) {
        let r = &v.records[i];
        let stage = r.stage.map_or("-", |s| s.as_str());
        let text = row(stage, &r.name, &money(r), &r.owners.join("、"), &latest(r));
        let style = if k == v.selected { t.selected } else { t.base };
        lines.push(Line::styled(fit(&text, w, amb), style));
    }
    let list_h = (lines.len() as u16).min(body.height);
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: list_h,
            ..body
        },
    );
    if detail_h > 0 {
        if let Some(r) = v.current() {
            let measures: Vec<String> = r
                .measures
                .iter()
                .map(|m| format!("{} {}", m.attribute, m.text))
                .collect();
            let first = format!(
                "{} · {} · {}",
                r.zone.as_deref().unwrap_or("-"),
                r.place.as_deref().unwrap_or("-"),
                if measures.is_empty() {
                    "-".to_owned()
                } else {
                    measures.join("、")
                }
            );
            let stages = crate::ledger::table::stage_events(r);
            let second = format!("{} · {}", stages.join(" → "), r.sources.join(" "));
            let y = body.y + body.height - 2;
            let detail = vec![
                Line::styled(fit(&first, w, amb), t.value),
                Line::styled(fit(&second, w, amb), t.dim),
            ];
            frame.render_widget(
                Paragraph::new(detail),
                Rect {
                    y,
                    height: 2,
                    ..body
                },
            );
        }
    }
}

pub fn draw_mentions(frame: &mut Frame, app: &App, v: &MentionsView, area: Rect) {
    let t = &app.theme;
    let amb = app.amb;
    let title = match v.building {
        Some(_) => words::mentions_building_title(&v.name, app.lang),
        None => words::mentions_title(&v.name, v.items.len(), app.lang),
    };
    let Some(body) = open_overlay(frame, app, area, title, words::mentions_hint(app.lang), 1)
    else {
        return;
    };
    let w = body.width as usize;
    let mut lines = Vec::new();
    if v.items.is_empty() {
        let text = match v.building {
            Some(_) => words::finding_mentions(app.lang),
            None => words::no_mentions(app.lang),
        };
        lines.push(Line::styled(fit(text, w, amb), t.dim));
    }
    let rows = body.height as usize;
    for (k, m) in v
        .items
        .iter()
        .enumerate()
        .skip(offset(v.selected, rows))
        .take(rows)
    {
        let head = format!("{} {} ", m.article, m.date.as_deref().unwrap_or("-"));
        let style = if k == v.selected { t.selected } else { t.base };
        let room = w.saturating_sub(amb.width(&head));
        lines.push(
            Line::from(vec![
                Span::styled(head, t.dim),
                Span::styled(pad(&m.sentence, room, amb), t.base),
            ])
            .patch_style(style),
        );
    }
    frame.render_widget(Paragraph::new(lines), body);
}

pub fn draw_profile(frame: &mut Frame, app: &App, v: &ProfileView, area: Rect) {
    let t = &app.theme;
    let amb = app.amb;
    let p = &v.profile;
    let title = words::profile_title(p.zone.as_deref().unwrap_or("-"), app.lang);
    let Some(body) = open_overlay(frame, app, area, title, words::any_key_closes(app.lang), 3)
    else {
        return;
    };
    let w = body.width as usize;
    if v.pending && p.articles == 0 {
        // Nothing kept to show meanwhile: zeros would read as an answer.
        let text = words::profile_computing(app.lang).trim_start_matches([' ', '·']);
        frame.render_widget(Paragraph::new(Line::styled(fit(text, w, amb), t.dim)), body);
        return;
    }
    let mut summary = words::profile_summary(
        p.articles,
        p.projects,
        &yuan_text(p.investment),
        p.latest.as_deref().unwrap_or("-"),
        app.lang,
    );
    if v.pending {
        summary.push_str(words::profile_computing(app.lang));
    }
    let [head, charts] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
    frame.render_widget(
        Paragraph::new(Line::styled(fit(&summary, w, amb), t.value)),
        head,
    );
    if p.months.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                fit(words::nothing_to_chart(app.lang), w, amb),
                t.dim,
            )),
            charts,
        );
        return;
    }
    let [top, bottom] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(charts);
    let month_label = |m: &str| m.get(2..).unwrap_or(m).to_owned();
    let invest: Vec<Bar> = p
        .months
        .iter()
        .map(|(m, v)| {
            Bar::default()
                .value(v.investment / 10_000)
                .text_value(yuan_text(v.investment))
                .label(Line::from(month_label(m)))
        })
        .collect();
    let count: Vec<Bar> = p
        .months
        .iter()
        .map(|(m, v)| {
            Bar::default()
                .value(v.projects as u64)
                .label(Line::from(month_label(m)))
        })
        .collect();
    let chart = |title: &'static str, bars: Vec<Bar<'static>>| {
        BarChart::default()
            .block(Block::default().title(Span::styled(title, t.heading)))
            .data(BarGroup::default().bars(&bars))
            .bar_width(7)
            .bar_gap(1)
            .bar_style(t.key)
            .value_style(Style::default().patch(t.selected))
    };
    frame.render_widget(chart(words::chart_investment(app.lang), invest), top);
    frame.render_widget(chart(words::chart_projects(app.lang), count), bottom);
}

/// Whole yuan as `3.04亿` / `1233万` / `0`.
pub fn yuan_text(v: u64) -> String {
    let f = v as f64;
    if f >= 1e8 {
        format!("{}亿", trim(f / 1e8))
    } else if f >= 1e4 {
        format!("{}万", trim(f / 1e4))
    } else {
        v.to_string()
    }
}
