//! The article list: a header row per page (date · page · section · paper), then zone, date and
//! headline per article; then any files that failed to load.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, pad, pane_block};
use crate::lexicon::zone;
use crate::model::Article;
use crate::tui::app::{App, Entry, ListLine};
use crate::tui::i18n::{self, Msg};
use crate::tui::layout::{inner, rows_per_entry, Focus};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let title = format!(
        " {} {}/{} · {} ",
        crate::tui::i18n::Msg::ArticlesTitle.text(app.lang),
        app.visible.len(),
        app.entries.len(),
        app.sort.label(app.lang)
    );
    frame.render_widget(pane_block(app, title, Focus::List), area);
    let body = inner(area);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let w = body.width as usize;
    let per = rows_per_entry(body.width);
    let mut lines: Vec<Line> = app
        .list_lines(per)
        .skip(app.list_offset)
        .take(body.height as usize)
        .filter_map(|l| match l {
            ListLine::Header { entry } => {
                let e = app.entries.get(entry)?;
                Some(header(app, &e.page.label(e.page_name()), w))
            }
            ListLine::Article { pos, part } => {
                let i = *app.visible.get(pos)?;
                let e = app.entries.get(i)?;
                row(app, i, e, pos == app.selected, w).into_iter().nth(part)
            }
        })
        .collect();
    if app.visible.is_empty() {
        let msg = if app.entries.is_empty() {
            Msg::NoArticlesLoaded
        } else if app.narrowed {
            Msg::NoArticleHasHit
        } else {
            Msg::NoArticlePassesFilters
        };
        lines.push(Line::styled(
            fit(msg.text(app.lang), w, app.amb),
            app.theme.dim,
        ));
    }
    let room = (body.height as usize).saturating_sub(lines.len());
    if !app.failures.is_empty() && room >= 2 {
        let head = i18n::skipped_heading(app.failures.len(), app.lang);
        lines.push(Line::styled(fit(&head, w, app.amb), app.theme.error));
        for f in app.failures.iter().take(room - 1) {
            lines.push(Line::styled(
                fit(&format!("✗ {f}"), w, app.amb),
                app.theme.error,
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// A page's header row: `2025-12-24 · 第 3 版 · 园区经济 · 科学导报 ───`.
fn header(app: &App, label: &str, w: usize) -> Line<'static> {
    let text = format!("{label} ");
    let rule = w.saturating_sub(app.amb.width(&text));
    let mut s = fit(&text, w, app.amb);
    s.extend(std::iter::repeat_n('─', rule));
    Line::styled(s, app.theme.heading)
}

/// `上党   12-22 标题…` in wide lists; in narrow ones the headline, then `id · 上党 · 12-22`.
/// With a search, the article's hit count leads the headline.
fn row(app: &App, i: usize, e: &Entry, selected: bool, w: usize) -> Vec<Line<'static>> {
    let amb = app.amb;
    let t = &app.theme;
    let mut headline = headline(&e.article);
    let hits = app.hits_of(i);
    if hits > 0 {
        headline = format!("({hits}) {headline}");
    }
    let z = zone_label(&e.article);
    let date = date_label(e);
    let lines = if rows_per_entry(w as u16) == 1 {
        let zone_w = 8;
        let date_w = 5;
        let title_w = w.saturating_sub(zone_w + date_w + 2);
        vec![Line::from(vec![
            Span::styled(pad(&z, zone_w, amb), t.zone),
            Span::raw(" "),
            Span::styled(pad(&date, date_w, amb), t.date),
            Span::raw(" "),
            Span::styled(pad(&headline, title_w, amb), t.base),
        ])]
    } else {
        let mut parts = vec![e.article.id.clone()];
        if z != "—" {
            parts.push(z);
        }
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

/// The headline; without one, the caption of a photo (marked `（图）`) or the opening of the
/// text (a page without title lines is not a photo), which a head keeps as its lede.
fn headline(a: &Article) -> String {
    let h = a.headline();
    if !h.is_empty() {
        return h.to_owned();
    }
    a.opening().unwrap_or_else(|| "（无标题）".to_owned())
}

/// The zone label: the place of the zone a kicker names (`尧都高新技术产业开发区` over the main
/// title), else of the article's zone; `—` for none.
fn zone_label(a: &Article) -> String {
    a.zone_kicker()
        .and_then(zone::canonical)
        .or_else(|| a.zone.clone())
        .map(|z| zone::place_part(&z).to_owned())
        .unwrap_or_else(|| "—".to_owned())
}

/// `12-22` from the article's date (the edition's, else its news date); `—` without one.
fn date_label(e: &Entry) -> String {
    e.article
        .date
        .as_deref()
        .and_then(|d| d.get(5..))
        .map(str::to_owned)
        .unwrap_or_else(|| "—".to_owned())
}

#[cfg(test)]
mod tests {
    use super::headline;
    use crate::model::{Article, Caption};

    fn untitled(paragraphs: &[&str], captions: &[&str]) -> Article {
        Article {
            id: "-#1".into(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            captions: captions
                .iter()
                .map(|c| Caption {
                    text: Some(c.to_string()),
                    credit: None,
                })
                .collect(),
            ..Default::default()
        }
    }

    /// A page of running text without title lines was listed as `（图）…`, a photo.
    #[test]
    fn only_a_caption_is_marked_as_a_photo() {
        assert_eq!(headline(&untitled(&["会议召开。"], &[])), "会议召开。");
        assert_eq!(headline(&untitled(&[], &["荷塘"])), "（图）荷塘");
        assert_eq!(headline(&untitled(&[], &[])), "（无标题）");
        // A head, without its text, keeps the opening for the list.
        let lead = "会议强调，要深化开发区管理制度改革，推动开发区整合提升，持续优化营商环境，加快培育新质生产力。";
        let head = untitled(&[lead], &[]).head();
        assert!(head.paragraphs.is_empty());
        assert_eq!(headline(&head), lead.chars().take(40).collect::<String>());
        assert_eq!(headline(&untitled(&[], &["荷塘"]).head()), "（图）荷塘");
    }
}
