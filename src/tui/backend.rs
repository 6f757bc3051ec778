//! The crossterm backend, with fewer cursor moves for Chinese text.
//!
//! ratatui's crossterm backend moves the cursor before every cell that does not follow the
//! previous one, and the cell after a wide char never does (the wide char covers it). A Chinese
//! frame thus carries a cursor move per character — three times the bytes, and as many escape
//! sequences for the terminal (or tmux, or an SSH link) to parse before anything shows.
//!
//! A char that is wide under every width convention (`中`, `。`, `，` — East Asian Wide or
//! Fullwidth) leaves the cursor right after its two columns in every terminal, so this backend
//! hands the inner backend an empty twin of such a cell for the column it covers: the inner
//! backend sees adjacent cells, prints nothing for the twin and moves no cursor. Ambiguous chars
//! (`“`, `—`, `·`), whose width terminals disagree on, keep their cursor move.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use unicode_width::UnicodeWidthChar;

/// [`CrosstermBackend`] that skips the cursor moves after unambiguously wide chars.
pub struct LeanBackend<W: Write> {
    inner: CrosstermBackend<W>,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(writer: W) -> Self {
        LeanBackend {
            inner: CrosstermBackend::new(writer),
        }
    }
}

/// Whether a cell's symbol is one char two columns wide whatever the terminal's convention:
/// a wide char of the CJK blocks (ideographs, kana, Hangul, CJK and full-width punctuation).
/// Emoji are wide too, but older terminals draw some as one column, so they keep their move.
fn surely_wide(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => {
            let cjk_block = matches!(
                c as u32,
                0x3000..=0x30FF
                    | 0x3400..=0x4DBF
                    | 0x4E00..=0x9FFF
                    | 0xAC00..=0xD7A3
                    | 0xF900..=0xFAFF
                    | 0xFF01..=0xFF60
                    | 0xFFE0..=0xFFE6
                    | 0x20000..=0x3FFFD
            );
            cjk_block && c.width() == Some(2) && c.width_cjk() == Some(2)
        }
        _ => false,
    }
}

/// The cells to draw, with an empty twin after each surely wide one (see the module docs).
fn with_twins<'a>(
    content: Vec<(u16, u16, &'a Cell)>,
    twins: &'a [Cell],
) -> Vec<(u16, u16, &'a Cell)> {
    let mut out = Vec::with_capacity(content.len() + twins.len());
    let mut twin = twins.iter();
    for (x, y, cell) in content {
        out.push((x, y, cell));
        if surely_wide(cell.symbol()) {
            if let (Some(t), Some(next)) = (twin.next(), x.checked_add(1)) {
                out.push((next, y, t));
            }
        }
    }
    out
}

/// An empty cell in the style of `cell`: printing it writes nothing and changes no colour.
fn twin_of(cell: &Cell) -> Cell {
    let mut t = cell.clone();
    t.set_symbol("");
    t
}

impl<W: Write> Write for LeanBackend<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let content: Vec<(u16, u16, &Cell)> = content.collect();
        let twins: Vec<Cell> = content
            .iter()
            .filter(|(_, _, c)| surely_wide(c.symbol()))
            .map(|(_, _, c)| twin_of(c))
            .collect();
        self.inner.draw(with_twins(content, &twins).into_iter())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    /// A writer the test can read back after the backend owns a clone of it.
    #[derive(Clone, Default)]
    struct Sink(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// What the backend writes for one row of cells starting at column 0.
    fn written(symbols: &[&str]) -> String {
        let mut cells = Vec::new();
        let mut x = 0u16;
        for s in symbols {
            let mut c = Cell::default();
            c.set_symbol(s);
            c.set_style(Style::default().fg(Color::Cyan));
            cells.push((x, c));
            x += if surely_wide(s) || s.chars().any(|ch| ch.width() == Some(2)) {
                2
            } else {
                1
            };
        }
        let out = Sink::default();
        let mut b = LeanBackend::new(out.clone());
        let content = cells.iter().map(|(x, c)| (*x, 0u16, c));
        assert!(b.draw(content).is_ok());
        let bytes = out.0.borrow().clone();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Cursor moves (`ESC [ row ; col H`) in the output.
    fn moves(s: &str) -> usize {
        s.split('\u{1b}')
            .filter(|seq| seq.starts_with('[') && seq.contains('H'))
            .count()
    }

    #[test]
    fn no_cursor_move_between_chinese_chars() {
        let s = written(&["山", "西", "中", "润", "，", "a"]);
        assert_eq!(moves(&s), 1, "{s:?}");
        assert!(s.contains("山西中润，a"), "{s:?}");
    }

    #[test]
    fn other_wide_symbols_keep_their_move() {
        // An emoji is two columns for ratatui but one in some terminals: the next cell is
        // placed explicitly, as ratatui does.
        let s = written(&["⭐", "x", "“", "山", "”"]);
        assert!(s.contains("⭐\u{1b}[1;3Hx"), "{s:?}");
        assert!(s.contains("x“山”"), "{s:?}");
    }

    #[test]
    fn only_single_wide_chars_are_sure() {
        assert!(surely_wide("中"));
        assert!(surely_wide("。"));
        assert!(surely_wide("，"));
        assert!(!surely_wide("“"));
        assert!(!surely_wide("—"));
        assert!(!surely_wide("a"));
        assert!(!surely_wide(""));
        assert!(!surely_wide("⭐"));
    }
}
