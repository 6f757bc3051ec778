//! The zone picker: zones with article counts, narrowed as the user types.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{centred, fit, pad};
use crate::tui::app::{App, Picker, ZoneFilter};

pub fn draw(frame: &mut Frame, app: &App, p: &Picker, area: Rect) {
    let items = app.picker_items(&p.query);
    let amb = app.amb;
    let t = &app.theme;
    let want_h = items.len() as u16 + 4;
    let r = centred(area, 56, want_h.max(6));
    super::clear_overlay(frame, r);
    let title = format!(
        " {} ",
        crate::tui::i18n::Msg::ZoneFilterTitle.text(app.lang)
    );
    let keys = format!(
        " {} ",
        crate::tui::i18n::Msg::EnterApplyEscClose.text(app.lang)
    );
    let block = super::overlay_block(app, title, t.border_focus, keys);
    let Some(body) = super::draw_framed(frame, block, r) else {
        return;
    };
    let w = body.width as usize;
    let prompt = format!("› {}", p.query);
    let mut lines = vec![Line::styled(fit(&prompt, w, amb), t.key)];
    let rows = (body.height as usize).saturating_sub(1);
    let offset = (p.selected + 1).saturating_sub(rows);
    if items.is_empty() {
        lines.push(Line::styled(
            fit(crate::tui::i18n::Msg::NoZoneMatches.text(app.lang), w, amb),
            t.dim,
        ));
    }
    let one_year = one_year(p.stats.values().filter_map(|s| s.latest.as_deref()));
    for (k, it) in items.iter().enumerate().skip(offset).take(rows) {
        // The ledger's figures for a zone with projects: `2 项 3.04亿 12-21`.
        let zone = match &it.filter {
            ZoneFilter::Query(z) => Some(Some(z.clone())),
            ZoneFilter::NoZone => Some(None),
            ZoneFilter::All => None,
        };
        let stats = zone
            .and_then(|z| p.stats.get(&z))
            .filter(|s| s.projects > 0)
            .map(|s| {
                let latest = s
                    .latest
                    .as_deref()
                    .map_or("-", |d| latest_text(d, one_year));
                let money = match s.investment {
                    0 => "-".to_owned(),
                    v => super::projects::yuan_text(v),
                };
                format!(" {}项 {money} {latest}", s.projects)
            })
            .unwrap_or_default();
        // The active filter is marked, so a look tells what the list shows.
        let mark = if it.filter == app.filter { "●" } else { " " };
        let count = format!("{mark}{:>4} ", it.count);
        let label_w = w.saturating_sub(amb.width(&count) + amb.width(&stats));
        let style = if k == p.selected { t.selected } else { t.base };
        let label_style = if it.filter == app.filter {
            t.heading
        } else {
            t.base
        };
        lines.push(
            Line::from(vec![
                Span::styled(fit(&count, w, amb), t.dim),
                Span::styled(pad(&it.label, label_w, amb), label_style),
                Span::styled(stats, t.dim),
            ])
            .patch_style(style),
        );
    }
    frame.render_widget(Paragraph::new(lines), body);
    let cx = body
        .x
        .saturating_add(amb.width(&prompt).min(w.saturating_sub(1)) as u16);
    frame.set_cursor_position(Position::new(cx, body.y));
}

/// Whether every date in `dates` falls in one year: the picker then leaves the year out of its
/// dates (`12-21`), and keeps it where zones span years (an archive of a decade).
fn one_year<'a>(mut dates: impl Iterator<Item = &'a str>) -> bool {
    let Some(first) = dates.next() else {
        return true;
    };
    let year = first.get(..4);
    dates.all(|d| d.get(..4) == year)
}

/// A zone's latest date as the picker shows it: without its year when all share one, but a
/// date known to the month only keeps it (`2019-11`, not a bare `11`).
fn latest_text(date: &str, one_year: bool) -> &str {
    match date.get(5..) {
        Some(rest) if one_year && rest.len() == 5 => rest,
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_drop_the_year_only_when_all_share_it_and_the_day_is_known() {
        assert!(one_year(["2025-12-21", "2025-03"].into_iter()));
        assert!(!one_year(["2019-06-03", "2025-03-03"].into_iter()));
        assert_eq!(latest_text("2025-12-21", true), "12-21");
        assert_eq!(latest_text("2019-06-03", false), "2019-06-03");
        assert_eq!(latest_text("2019-11", true), "2019-11");
    }
}
