//! Where the panes go at a given terminal size. Both `update` (to scroll by a page, to know the
//! wrap width) and the views call this, so they always agree.

use ratatui::layout::Rect;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Reader,
    Facts,
}

impl Focus {
    pub fn next(self) -> Focus {
        match self {
            Focus::List => Focus::Reader,
            Focus::Reader => Focus::Facts,
            Focus::Facts => Focus::List,
        }
    }

    pub fn prev(self) -> Focus {
        match self {
            Focus::List => Focus::Facts,
            Focus::Reader => Focus::List,
            Focus::Facts => Focus::Reader,
        }
    }
}

/// At or above this width all three panes fit with a readable reading pane: below it the
/// facts take the list's place when shown (a 100–110 column screen left 19 characters a line).
pub const WIDE: u16 = 120;
/// The reading pane's least width in the three-pane layout: the list and facts shrink first.
pub const READER_MIN: u16 = 64;
/// Least widths of the list and facts panes in the three-pane layout.
const LIST_MIN: u16 = 26;
const FACTS_MIN: u16 = 30;
/// Below this width only one pane is shown at a time.
pub const NARROW: u16 = 60;

/// The panes shown and their outer rectangles (borders included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    pub facts: Option<Rect>,
    pub status: Option<Rect>,
}

/// Splits the screen. `sidebar` is the user's `f` toggle: in wide terminals it hides the facts, in
/// medium ones it shows them in place of the list; focusing the facts always shows them.
pub fn panes(area: Rect, focus: Focus, sidebar: bool) -> Panes {
    let (body, status) = if area.height >= 3 {
        let body = Rect {
            height: area.height - 1,
            ..area
        };
        let status = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        (body, Some(status))
    } else {
        (area, None)
    };
    let mut p = Panes {
        status,
        ..Panes::default()
    };
    let w = body.width;
    if w >= WIDE {
        let show_facts = !sidebar || focus == Focus::Facts;
        let mut list_w = (w * 3 / 10).clamp(LIST_MIN, 56);
        let mut facts_w = if show_facts {
            (w / 4).clamp(FACTS_MIN, 46)
        } else {
            0
        };
        // Give the reader its measure back: the list shrinks first, then the facts.
        let over = (list_w + facts_w + READER_MIN).saturating_sub(w);
        let from_list = over.min(list_w - LIST_MIN);
        list_w -= from_list;
        if show_facts {
            facts_w -= (over - from_list).min(facts_w - FACTS_MIN);
        }
        let reader_w = w - list_w - facts_w;
        p.list = Some(Rect {
            width: list_w,
            ..body
        });
        p.reader = Some(Rect {
            x: body.x + list_w,
            width: reader_w,
            ..body
        });
        if show_facts {
            p.facts = Some(Rect {
                x: body.x + list_w + reader_w,
                width: facts_w,
                ..body
            });
        }
    } else if w >= NARROW {
        let show_facts = sidebar || focus == Focus::Facts;
        let side_w = if show_facts {
            (w * 2 / 5).min(40)
        } else {
            (w * 2 / 5).min(34)
        };
        let reader_w = w - side_w;
        let side = Rect {
            width: side_w,
            ..body
        };
        let reader = Rect {
            x: body.x + side_w,
            width: reader_w,
            ..body
        };
        if show_facts {
            p.facts = Some(Rect {
                x: body.x + reader_w,
                width: side_w,
                ..body
            });
            p.reader = Some(Rect {
                x: body.x,
                ..reader
            });
        } else {
            p.list = Some(side);
            p.reader = Some(reader);
        }
    } else {
        match focus {
            Focus::List => p.list = Some(body),
            Focus::Reader => p.reader = Some(body),
            Focus::Facts => p.facts = Some(body),
        }
    }
    p
}

/// Below this inner width a list headline gets a line of its own, with zone and date under it:
/// Chinese headlines cut to a dozen characters say too little.
const ONE_LINE_LIST: u16 = 50;

/// Screen rows each article takes in a list whose inside is this wide.
pub fn rows_per_entry(inner_width: u16) -> usize {
    if inner_width >= ONE_LINE_LIST {
        1
    } else {
        2
    }
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    if r.width < 2 || r.height < 2 {
        return Rect {
            width: 0,
            height: 0,
            ..r
        };
    }
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width - 2,
        height: r.height - 2,
    }
}

/// Widest reading measure in columns: 40 Chinese characters a line. Longer lines are hard to
/// follow back to the next line's start, so a wide pane centres a column of this width.
pub const MEASURE: u16 = 80;

/// The reading pane's text area: inside the border with a column of air on each side when the
/// pane is wide enough for it to matter, at most [`MEASURE`] wide and centred.
pub fn reader_text(r: Rect) -> Rect {
    let i = inner(r);
    if i.width >= MEASURE + 2 {
        Rect {
            x: i.x + (i.width - MEASURE) / 2,
            width: MEASURE,
            ..i
        }
    } else if i.width >= 24 {
        Rect {
            x: i.x + 1,
            width: i.width - 2,
            ..i
        }
    } else {
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total_width(p: &Panes) -> u16 {
        [p.list, p.reader, p.facts]
            .iter()
            .flatten()
            .map(|r| r.width)
            .sum()
    }

    #[test]
    fn three_two_one_panes_by_width() {
        let p = panes(Rect::new(0, 0, 160, 48), Focus::List, false);
        assert!(p.list.is_some() && p.reader.is_some() && p.facts.is_some());
        assert_eq!(total_width(&p), 160);
        let p = panes(Rect::new(0, 0, 80, 24), Focus::List, false);
        assert!(p.list.is_some() && p.reader.is_some() && p.facts.is_none());
        assert_eq!(total_width(&p), 80);
        let p = panes(Rect::new(0, 0, 80, 24), Focus::Facts, false);
        assert!(p.facts.is_some() && p.reader.is_some() && p.list.is_none());
        let p = panes(Rect::new(0, 0, 50, 24), Focus::Reader, false);
        assert!(p.reader.is_some() && p.list.is_none() && p.facts.is_none());
    }

    #[test]
    fn reading_pane_stays_readable_from_100_columns() {
        // Issue 11 item 20: at 100–110 columns the reader was 40 columns (19 characters).
        for w in 100..=200 {
            for focus in [Focus::List, Focus::Reader, Focus::Facts] {
                for sidebar in [false, true] {
                    let p = panes(Rect::new(0, 0, w, 30), focus, sidebar);
                    let r = p.reader.map_or(0, |r| r.width);
                    // Two panes: the side pane takes at most 2/5 (40 columns).
                    let least = if w >= WIDE { READER_MIN } else { 60 };
                    assert!(r >= least, "{w} {focus:?} {sidebar}: reader {r}");
                    assert_eq!(total_width(&p), w);
                }
            }
        }
    }

    #[test]
    fn tiny_sizes_never_overflow() {
        for w in 0..130 {
            for h in 0..6 {
                for focus in [Focus::List, Focus::Reader, Focus::Facts] {
                    for sidebar in [false, true] {
                        let area = Rect::new(0, 0, w, h);
                        let p = panes(area, focus, sidebar);
                        for r in [p.list, p.reader, p.facts, p.status].iter().flatten() {
                            assert!(
                                area.contains(r.as_position()) || r.area() == 0 || area.area() == 0
                            );
                            assert!(r.right() <= area.right() && r.bottom() <= area.bottom());
                            let i = reader_text(*r);
                            assert!(i.right() <= r.right() && i.bottom() <= r.bottom());
                        }
                    }
                }
            }
        }
    }
}
