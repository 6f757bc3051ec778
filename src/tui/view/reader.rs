//! The reading pane: the pre-wrapped article with fact and search highlights and a position
//! indicator.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, highlight, pane_block};
use crate::lexicon::zone;
use crate::tui::app::{App, Entry};
use crate::tui::doc::{self, DocLine, Kind};
use crate::tui::layout::{reader_text, Focus};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(entry) = app.current_entry() else {
        frame.render_widget(pane_block(app, " 阅读 ".to_owned(), Focus::Reader), area);
        return;
    };
    let a = &entry.article;
    let title = format!(" {} ", meta(entry));
    let zone = a.zone.as_deref().map(zone::place_part).unwrap_or("");
    let id = format!(" {} {zone} ", a.id).replace("  ", " ");
    let body = reader_text(area);
    let doc = app.doc().unwrap_or_default();
    let h = body.height as usize;
    let pos = position(app.scroll, h, doc.len(), app.lang);
    let w = area.width.saturating_sub(4) as usize;
    let pos_w = app.amb.width(&pos).min(w / 2);
    let block = pane_block(app, fit(&title, w, app.amb), Focus::Reader)
        .title_bottom(Line::from(Span::styled(
            fit(&id, w.saturating_sub(pos_w + 1), app.amb),
            app.theme.dim,
        )))
        .title_bottom(
            Line::from(Span::styled(fit(&pos, pos_w, app.amb), app.theme.dim)).right_aligned(),
        );
    frame.render_widget(block, area);
    if body.width == 0 || body.height == 0 {
        return;
    }
    let marks = Marks::new(app);
    let lines: Vec<Line> = doc
        .iter()
        .skip(app.scroll)
        .take(h)
        .map(|l| render_line(app, l, &marks))
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// What the page is and where it came from: `科学导报 · 2025-12-24 · 第 3 版 · 园区经济 ·
/// archive/2025/12/24/03.txt`; the parts a page does not state are left out.
pub fn meta(e: &Entry) -> String {
    let p = &e.page;
    [
        p.paper.clone(),
        p.date.clone().or_else(|| e.article.date.clone()),
        p.page_no.map(|n| format!("第 {n} 版")),
        p.section.clone(),
        Some(e.source.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// `12–34/120 28%`, or `all 12` when the article fits.
pub fn position(
    scroll: usize,
    height: usize,
    total: usize,
    lang: crate::tui::i18n::Lang,
) -> String {
    if total <= height {
        return format!(" {} {total} ", crate::tui::i18n::Msg::All.text(lang));
    }
    let last = (scroll + height).min(total);
    let pct = if total <= height {
        100
    } else {
        scroll * 100 / (total - height).max(1)
    };
    format!(" {}–{}/{} {}% ", scroll + 1, last, total, pct.min(100))
}

/// Everything to highlight in the current article: segment ranges with their styles.
struct Marks {
    ranges: Vec<(doc::Seg, usize, usize, Style)>,
}

impl Marks {
    fn new(app: &App) -> Marks {
        let mut ranges = Vec::new();
        let cur = app.current();
        if let (Some(s), Some(cur)) = (&app.search, cur) {
            if s.count(cur) > 0 {
                for (k, h) in app.placed_hits(cur).iter().enumerate() {
                    let st = if s.current == Some((cur, k)) {
                        app.theme.search_current
                    } else {
                        app.theme.search_hl
                    };
                    ranges.push((h.seg, h.start, h.end, st));
                }
            }
        }
        if app.fact_active {
            if let (Some(a), Some(f)) = (app.current_article(), app.selected_fact()) {
                if let Some((seg, s, end)) = doc::fact_seg(&a, &f) {
                    ranges.push((seg, s, end, app.theme.fact_hl));
                }
            }
        }
        Marks { ranges }
    }
}

fn render_line(app: &App, l: &DocLine, marks: &Marks) -> Line<'static> {
    let t = &app.theme;
    let base = match l.kind {
        Kind::Kicker => t.kicker,
        Kind::Title => t.title,
        Kind::Dateline => t.dateline,
        Kind::Body | Kind::Blank => t.base,
        Kind::Caption => t.caption,
        Kind::Credit | Kind::Byline => t.byline,
    };
    let local: Vec<_> = marks
        .ranges
        .iter()
        .filter_map(|(seg, s, e, st)| l.local_range(*seg, *s, *e).map(|r| (r, *st)))
        .collect();
    let mut spans = Vec::new();
    if l.pad > 0 {
        spans.push(Span::raw(" ".repeat(l.pad)));
    }
    spans.extend(highlight(&l.text, base, &local));
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::position;
    use crate::tui::i18n::Lang;

    #[test]
    fn position_indicator() {
        assert_eq!(position(0, 10, 5, Lang::En), " all 5 ");
        assert_eq!(position(0, 10, 5, Lang::Zh), " 全部 5 ");
        assert_eq!(position(0, 10, 30, Lang::En), " 1–10/30 0% ");
        assert_eq!(position(20, 10, 30, Lang::En), " 21–30/30 100% ");
        assert_eq!(position(0, 0, 3, Lang::En), " 1–0/3 0% ");
    }
}
