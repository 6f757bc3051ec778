//! Drawing: a pure function of [`App`]. Each pane has its own module; this one composes them and
//! holds the text-fitting helpers they share.

mod facts;
mod failures;
mod help;
mod list;
mod picker;
pub mod projects;
mod reader;
mod status;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use ratatui::Frame;

use super::app::{App, ExportPrompt, ExportWhat, Mode};
use super::layout::Focus;
use crate::text::AmbiguousWidth;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let p = app.panes();
    if let Some(r) = p.list {
        list::draw(frame, app, r);
    }
    if let Some(r) = p.reader {
        reader::draw(frame, app, r);
    }
    if let Some(r) = p.facts {
        facts::draw(frame, app, r);
    }
    if let Some(r) = p.status {
        status::draw(frame, app, r);
    }
    match &app.mode {
        Mode::Help => help::draw(frame, app, frame.area()),
        Mode::Picker(pk) => picker::draw(frame, app, pk, frame.area()),
        // The ledger's views leave the status line in sight: their notices (sorted, copied,
        // written) show there.
        Mode::Projects(v) => projects::draw_projects(frame, app, v, above_status(frame, &p)),
        Mode::Mentions(v) => projects::draw_mentions(frame, app, v, above_status(frame, &p)),
        Mode::Profile(v) => projects::draw_profile(frame, app, v, above_status(frame, &p)),
        Mode::Failures(top) => failures::draw(frame, app, *top, frame.area()),
        // Exporting the ledger: the view stays in sight above the prompt on the status line.
        Mode::Export(ExportPrompt {
            what: ExportWhat::Projects(v),
            ..
        }) => projects::draw_projects(frame, app, v, above_status(frame, &p)),
        _ => {}
    }
}

/// The screen above the status line (all of it when there is none).
fn above_status(frame: &Frame, p: &super::layout::Panes) -> Rect {
    let area = frame.area();
    Rect {
        height: p.status.map_or(area.height, |s| s.y.saturating_sub(area.y)),
        ..area
    }
}

/// A pane's frame, brighter when it has the focus.
fn pane_block<'a>(app: &App, title: String, focus: Focus) -> Block<'a> {
    let focused = app.focus == focus;
    let style = if focused {
        app.theme.border_focus
    } else {
        app.theme.border
    };
    framed(title, style)
}

/// A box drawn all round in `style`, its title in the same style: how every pane and overlay
/// is framed.
fn framed<'a>(title: String, style: Style) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(title, style))
}

/// An overlay's frame: [`framed`], with the keys that act on it (`keys`, dim) right-aligned on
/// the bottom edge.
fn overlay_block<'a>(app: &App, title: String, style: Style, keys: String) -> Block<'a> {
    framed(title, style).title_bottom(Line::styled(keys, app.theme.dim).right_aligned())
}

/// Draws `block` over `r` and returns the area inside it, `None` when nothing fits there.
fn draw_framed(frame: &mut Frame, block: Block, r: Rect) -> Option<Rect> {
    frame.render_widget(block, r);
    let body = super::layout::inner(r);
    (body.width > 0 && body.height > 0).then_some(body)
}

/// `s` cut to at most `width` columns, with `…` when cut. Measured per char with the same width
/// function as wrapping, so a wide char never straddles the edge.
pub fn fit(s: &str, width: usize, amb: AmbiguousWidth) -> String {
    if amb.width(s) <= width {
        return s.to_owned();
    }
    let ell = amb.width("…");
    let room = width.saturating_sub(ell);
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = amb.width(c.encode_utf8(&mut [0; 4]));
        if w + cw > room {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width >= ell {
        out.push('…');
    }
    out
}

/// `s` fitted and padded with spaces to exactly `width` columns (when it fits at all).
pub fn pad(s: &str, width: usize, amb: AmbiguousWidth) -> String {
    let mut f = fit(s, width, amb);
    let w = amb.width(&f);
    f.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    f
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Clears the area of an overlay. A wide character just left of it whose right half lies under
/// the overlay is blanked too: otherwise the terminal keeps drawing it across the overlay's
/// border, and the border cell goes missing.
pub fn clear_overlay(frame: &mut Frame, area: Rect) {
    frame.render_widget(ratatui::widgets::Clear, area);
    if area.x == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        if let Some(cell) = buf.cell_mut((area.x - 1, y)) {
            if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

/// Spans of `text` with `ranges` (char ranges, later ones win) styled over `base`.
pub fn highlight(
    text: &str,
    base: Style,
    ranges: &[(std::ops::Range<usize>, Style)],
) -> Vec<Span<'static>> {
    if ranges.is_empty() {
        return vec![Span::styled(text.to_owned(), base)];
    }
    let chars: Vec<char> = text.chars().collect();
    let mut styles = vec![base; chars.len()];
    for (r, st) in ranges {
        for s in styles.iter_mut().take(r.end.min(chars.len())).skip(r.start) {
            *s = base.patch(*st);
        }
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for i in 1..=chars.len() {
        if i == chars.len() || styles[i] != styles[start] {
            spans.push(Span::styled(
                chars[start..i].iter().collect::<String>(),
                styles[start],
            ));
            start = i;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_never_exceeds_width() {
        let amb = AmbiguousWidth::Narrow;
        for w in 0..12 {
            let f = fit("运城经济技术开发区abc", w, amb);
            assert!(amb.width(&f) <= w.max(1), "{w} {f:?}");
            assert_eq!(
                amb.width(&pad("运城经济", w, amb)),
                w.max(amb.width(&fit("运城经济", w, amb)))
            );
        }
        assert_eq!(fit("短", 4, amb), "短");
    }

    #[test]
    fn highlight_splits_spans() {
        let s = highlight(
            "一二三四",
            Style::default(),
            &[(1..3, Style::default().bold())],
        );
        let texts: Vec<_> = s.iter().map(|s| s.content.to_string()).collect();
        assert_eq!(texts, ["一", "二三", "四"]);
        // Out-of-range ranges are clipped, not a panic.
        let s = highlight("一", Style::default(), &[(3..9, Style::default().bold())]);
        assert_eq!(s.len(), 1);
    }
}
