//! Chinese line breaking for the reading pane (spec: `docs/line-breaking.md`).
//!
//! The paragraph is analysed once into grapheme clusters (width, break class, may-break-before),
//! then filled greedily (§6.1): each line takes the largest allowed break that fits. A unit that
//! cannot fit even on an empty line is split at the width (§6.2, CSS `overflow-wrap: anywhere`),
//! so text is never lost and every call terminates, whatever the width.
//!
//! Lines are built from slices of the source, so the cost per call is one cluster vector plus
//! one `String` per emitted line; this runs on every resize for every paragraph.

use std::ops::Range;

use super::graphemes::{cluster_at, is_simple};
use super::linebreak::{char_class, cluster_class, Class, Context, Unit};
use super::units::{may_start_unit, unit_len, MAX_UNIT_CHARS};
use super::AmbiguousWidth;

/// One wrapped line and the character range of the paragraph it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedLine {
    pub text: String,
    /// Character (not byte) offsets into the source paragraph. Spaces dropped at a break lie
    /// outside every range.
    pub range: Range<usize>,
}

/// One grapheme cluster of the paragraph, measured and classified once.
#[derive(Debug, Clone, Copy)]
struct Cluster {
    /// Byte offset of the cluster in the paragraph.
    byte: usize,
    /// Char offset of the cluster in the paragraph.
    char: usize,
    /// Columns, measured with the renderer's function.
    width: usize,
    class: Class,
    /// A line may start with this cluster (§5).
    break_before: bool,
    /// Inside a URL, after its scheme (§12.4): emergency splits prefer to follow a `/` here.
    url: bool,
    /// Width of the number-and-unit run this boundary lies inside (§12.7), 0 when none: the
    /// break before this cluster is only taken when the run is wider than the line.
    glue: u32,
}

impl Cluster {
    fn is_space(&self) -> bool {
        self.class == Class::Sp
    }

    /// A line at `width` columns may start with this cluster.
    #[inline]
    fn opens(&self, width: usize) -> bool {
        self.break_before && (self.glue == 0 || self.glue as usize > width)
    }
}

/// Wraps one paragraph to `width` columns (0 behaves as 1).
///
/// An empty or whitespace-only paragraph gives one empty line. Mandatory breaks inside `text`
/// (LF, CRLF, …) are honoured as paragraph ends, with `str::lines` semantics, so a stray newline
/// never reaches the terminal; callers normally split paragraphs first.
pub fn wrap(text: &str, width: usize, amb: AmbiguousWidth) -> Vec<WrappedLine> {
    Prepared::new(text, amb).wrap(width)
}

/// A paragraph measured and classified once, to be wrapped at any number of widths.
///
/// Two thirds of [`wrap`]'s cost is the analysis, which does not depend on the width: a reader
/// that keeps one `Prepared` per paragraph only pays for the filling when the pane is resized.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    text: &'a str,
    clusters: Vec<Cluster>,
}

impl<'a> Prepared<'a> {
    /// Segments and classifies `text`, measuring with `amb` (the renderer's setting).
    pub fn new(text: &'a str, amb: AmbiguousWidth) -> Self {
        Prepared {
            text,
            clusters: analyse(text, amb),
        }
    }

    /// The lines of the paragraph at `width` columns; same result as [`wrap`].
    pub fn wrap(&self, width: usize) -> Vec<WrappedLine> {
        let width = width.max(1);
        let (text, clusters) = (self.text, &self.clusters);
        let n = clusters.len() - 1; // the last entry is the end sentinel
        let mut lines = Vec::with_capacity(text.len() / width.saturating_mul(2) + 1);
        let mut start = 0;
        for (i, c) in clusters[..n].iter().enumerate() {
            if c.class == Class::Bk {
                fill(text, clusters, start..i, width, &mut lines);
                start = i + 1;
            }
        }
        // A final mandatory break adds no paragraph (`str::lines`); an empty text still gets
        // one line.
        if start < n || lines.is_empty() {
            fill(text, clusters, start..n, width, &mut lines);
        }
        lines
    }

    /// Char offsets of every break allowed at `width` (neither 0 nor the end): the rules of
    /// `linebreak` plus the number-and-unit runs that fit at this width.
    pub fn break_opportunities(&self, width: usize) -> Vec<usize> {
        let width = width.max(1);
        let n = self.clusters.len() - 1;
        self.clusters
            .iter()
            .take(n)
            .skip(1)
            .filter(|c| c.opens(width))
            .map(|c| c.char)
            .collect()
    }
}

/// Char offsets where `paragraph` may break at `width` columns; see
/// [`Prepared::break_opportunities`].
pub fn break_opportunities_at(paragraph: &str, width: usize, amb: AmbiguousWidth) -> Vec<usize> {
    Prepared::new(paragraph, amb).break_opportunities(width)
}

/// Clusters of `text` plus an end sentinel (byte = len, char = char count), so that any cluster
/// index `i <= n` gives the offsets where cluster `i` starts.
fn analyse(text: &str, amb: AmbiguousWidth) -> Vec<Cluster> {
    let mut out = Vec::with_capacity(text.len() / 2 + 1);
    let mut ctx = Context::default();
    let mut chars = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((byte, first)) = iter.next() {
        // Fast path (see `graphemes`): two simple chars in a row are always separate clusters.
        let next = iter.peek().map(|&(_, c)| c);
        let (class, width, len) = if is_simple(first) && next.is_none_or(is_simple) {
            (char_class(first), amb.width_char(first), 1)
        } else {
            let g = cluster_at(text, byte);
            while iter.next_if(|&(i, _)| i < byte + g.len()).is_some() {}
            (cluster_class(g), amb.width(g), g.chars().count())
        };
        let was_url = ctx.in_url();
        let break_before = ctx.push(Unit { class, first });
        out.push(Cluster {
            byte,
            char: chars,
            width,
            class,
            break_before,
            // The `/` that completes `https://` is not inside the URL: no split after it.
            url: was_url && ctx.in_url(),
            glue: 0,
        });
        chars += len;
    }
    out.push(Cluster {
        byte: text.len(),
        char: chars,
        width: 0,
        class: Class::Bk,
        break_before: true,
        url: false,
        glue: 0,
    });
    glue_number_units(text, &mut out);
    out
}

/// The char a cluster starts with (clusters are sliced from `text` at char boundaries).
fn first_char(text: &str, c: &Cluster) -> char {
    text.get(c.byte..)
        .and_then(|s| s.chars().next())
        .unwrap_or('\0')
}

/// §12.7: marks the boundaries between each number and its unit (`1.3亿元`, `4 万吨`) with the
/// width of the whole run, from the number (with a sign or currency prefix) to the unit's end.
fn glue_number_units(text: &str, cl: &mut [Cluster]) {
    let n = cl.len() - 1;
    let single = |cl: &[Cluster], i: usize| cl[i + 1].char == cl[i].char + 1;
    // ASCII digits are class NU, full-width ones AL (§4): only those two need decoding.
    let digit_at = |cl: &[Cluster], i: usize| {
        i < n
            && match cl[i].class {
                Class::Nu => first_char(text, &cl[i]).is_ascii_digit(),
                Class::Al => matches!(first_char(text, &cl[i]), '０'..='９'),
                _ => false,
            }
    };
    let mut i = 0;
    while i < n {
        if !digit_at(cl, i) {
            i += 1;
            continue;
        }
        let start = if i > 0
            && (cl[i - 1].class == Class::Pr || matches!(first_char(text, &cl[i - 1]), '＋' | '－'))
        {
            i - 1
        } else {
            i
        };
        // The number: digits, and separators with a digit after them.
        let mut e = i + 1;
        loop {
            if digit_at(cl, e) {
                e += 1;
            } else if e + 1 < n
                && matches!(first_char(text, &cl[e]), '.' | ',' | ':' | '．')
                && digit_at(cl, e + 1)
            {
                e += 2;
            } else {
                break;
            }
        }
        let mut j = e;
        while j < n && cl[j].class == Class::Sp {
            j += 1;
        }
        i = e;
        if j >= n || !may_start_unit(first_char(text, &cl[j])) {
            continue;
        }
        // Up to MAX_UNIT_CHARS one-char clusters after the spaces.
        let mut m = j;
        while m < n && m - j < MAX_UNIT_CHARS && single(cl, m) {
            m += 1;
        }
        let len = unit_len(text.get(cl[j].byte..cl[m].byte).unwrap_or_default());
        if len == 0 {
            continue;
        }
        let k = j + len;
        let run = u32::try_from(run_width(cl, start, k)).unwrap_or(u32::MAX);
        for c in &mut cl[e..k] {
            c.glue = c.glue.max(run);
        }
        i = k;
    }
}

/// Fills the paragraph made of clusters `para` (indices into `cl`) greedily into `out`.
fn fill(text: &str, cl: &[Cluster], para: Range<usize>, width: usize, out: &mut Vec<WrappedLine>) {
    let end = para.end;
    let mut s = para.start;
    if cl[s..end].iter().all(Cluster::is_space) {
        out.push(line(text, cl, s, s));
        return;
    }
    while s < end {
        match best_break(cl, s, end, width) {
            Some((next, content_end)) => {
                out.push(line(text, cl, s, content_end));
                s = next;
            }
            None => {
                let split = prefer_url_slash(cl, s, emergency_split(cl, s, end, width));
                let content_end = trim_spaces(cl, s, split);
                // A prefix of spaces only is indentation that cannot be shown: drop it.
                if content_end > s {
                    out.push(line(text, cl, s, content_end));
                }
                s = split;
            }
        }
        while s < end && cl[s].is_space() {
            s += 1;
        }
    }
}

/// Greedy first fit (§6.1): the largest allowed break `b` after `s` (or the paragraph end) whose
/// line `s..b` minus trailing spaces fits in `width`. Returns `(b, end of the line's content)`,
/// or `None` when not even the first unit fits.
fn best_break(cl: &[Cluster], s: usize, end: usize, width: usize) -> Option<(usize, usize)> {
    let mut total = 0;
    let mut content_width = 0;
    let mut content_end = s;
    let mut best = None;
    for (j, c) in cl[s..end].iter().enumerate().map(|(k, c)| (s + k, c)) {
        total += c.width;
        if !c.is_space() {
            content_width = total;
            content_end = j + 1;
        }
        if content_width > width {
            break;
        }
        let b = j + 1;
        if (b == end || cl[b].opens(width)) && content_end > s {
            best = Some((b, content_end));
        }
    }
    best
}

/// Emergency split (§6.2): the longest cluster prefix from `s` of width ≤ `width`, but at least
/// one cluster so that a glyph wider than the pane still advances. Returns where it ends.
fn emergency_split(cl: &[Cluster], s: usize, end: usize, width: usize) -> usize {
    let mut used = cl[s].width;
    let mut e = s + 1;
    while e < end && used + cl[e].width <= width {
        used += cl[e].width;
        e += 1;
    }
    e
}

/// Width of the unbreakable stretch that clusters `start..end` would form once glued: out to
/// the rule breaks around them, so that `（1.3亿元）。` is measured whole (trailing spaces
/// excluded, as a line drops them). Glue that would make the stretch wider than the line is not
/// applied, and the v1 breaks stand instead of an emergency split that starts a line with `）`.
fn run_width(cl: &[Cluster], start: usize, end: usize) -> usize {
    let n = cl.len() - 1;
    let mut a = start;
    while a > 0 && !cl[a].break_before && cl[a - 1].class != Class::Bk {
        a -= 1;
    }
    let mut b = end;
    while b < n && !cl[b].break_before && cl[b].class != Class::Bk {
        b += 1;
    }
    while b > end && cl[b - 1].is_space() {
        b -= 1;
    }
    cl[a..b].iter().map(|c| c.width).sum()
}

/// A URL longer than the line splits after its last `/` that fits (§12.4), so the path breaks
/// at its segments; otherwise the emergency split `e` stands. Slashes of the scheme (`https://`)
/// are not inside the URL unit and never chosen.
fn prefer_url_slash(cl: &[Cluster], s: usize, e: usize) -> usize {
    (s + 1..e)
        .rev()
        .find(|&j| cl[j - 1].url && cl[j - 1].class == Class::Sy && cl[j].url)
        .unwrap_or(e)
}

/// End of `s..e` without its trailing spaces.
fn trim_spaces(cl: &[Cluster], s: usize, mut e: usize) -> usize {
    while e > s && cl[e - 1].is_space() {
        e -= 1;
    }
    e
}

/// The line showing clusters `s..e`, sliced from the source.
fn line(text: &str, cl: &[Cluster], s: usize, e: usize) -> WrappedLine {
    let (a, b) = (cl[s], cl[e]);
    WrappedLine {
        text: text.get(a.byte..b.byte).unwrap_or_default().to_owned(),
        range: a.char..b.char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<String> {
        wrap(text, width, AmbiguousWidth::Narrow)
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn analysis_segments_like_unicode_segmentation() {
        use unicode_segmentation::UnicodeSegmentation;
        for s in [
            "科学导报讯 近日，“山西中润”A356.2合金锭……",
            "e\u{301}t\u{e9} 👨\u{200d}👩\u{200d}👧 🇨🇳🇯🇵 “\u{fe01}中”\r\n",
            "か\u{3099}ｶﾞ한국어ᄀᄀ가\u{ad}क्षि \u{301}",
        ] {
            let got: Vec<(usize, usize)> = analyse(s, AmbiguousWidth::Narrow)
                .iter()
                .map(|c| (c.byte, c.char))
                .collect();
            let mut want: Vec<(usize, usize)> = s
                .grapheme_indices(true)
                .map(|(b, _)| (b, s[..b].chars().count()))
                .collect();
            want.push((s.len(), s.chars().count()));
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn empty_and_blank_paragraphs_give_one_empty_line() {
        for p in ["", "   ", "　　", "\t"] {
            let w = wrap(p, 10, AmbiguousWidth::Narrow);
            assert_eq!(w.len(), 1, "{p:?}");
            assert_eq!(w[0].text, "");
            assert!(w[0].range.is_empty());
        }
    }

    #[test]
    fn greedy_first_fit() {
        assert_eq!(
            lines("今天下午两点半，开会。", 8),
            ["今天下午", "两点半，", "开会。"]
        );
    }

    #[test]
    fn closing_mark_drags_previous_char() {
        // Width 14 fits 今天下午两点半 (14) but not the comma: 半 goes with it.
        assert_eq!(
            lines("今天下午两点半，开会。", 14),
            ["今天下午两点", "半，开会。"]
        );
    }

    #[test]
    fn ranges_and_dropped_spaces() {
        let w = wrap("总投资 1233 万元", 8, AmbiguousWidth::Narrow);
        let texts: Vec<_> = w.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["总投资", "1233 万", "元"]);
        assert_eq!(w[0].range, 0..3);
        assert_eq!(w[1].range, 4..10);
        assert_eq!(w[2].range, 10..11);
    }

    #[test]
    fn indentation_kept_on_first_line_only() {
        assert_eq!(
            lines("　　科学导报讯 近日，兴县", 10),
            ["　　科学导", "报讯 近", "日，兴县"]
        );
    }

    #[test]
    fn narrow_widths_never_lose_text() {
        assert_eq!(lines("新消息。", 2), ["新", "消", "息", "。"]);
        assert_eq!(lines("新消息。", 1), ["新", "消", "息", "。"]);
        assert_eq!(lines("新消息。", 0), ["新", "消", "息", "。"]);
        assert_eq!(lines("　　新", 1), ["新"]);
        assert_eq!(lines("新消息", usize::MAX), ["新消息"]);
    }

    #[test]
    fn long_word_moves_then_splits() {
        assert_eq!(lines("这是verylongword", 6), ["这是", "verylo", "ngword"]);
        assert_eq!(
            lines("Intelligence）相关", 8),
            ["Intellig", "ence）相", "关"]
        );
    }

    #[test]
    fn prepared_paragraph_wraps_like_wrap_at_every_width() {
        let text = "　　科学导报讯 近日，“山西中润”A356.2合金锭……顺利投产。";
        let prepared = Prepared::new(text, AmbiguousWidth::Narrow);
        for w in 0..50 {
            assert_eq!(
                prepared.wrap(w),
                wrap(text, w, AmbiguousWidth::Narrow),
                "W={w}"
            );
        }
    }

    #[test]
    fn wide_ambiguous_measures_quotes_as_two() {
        let w = wrap("“好”", 4, AmbiguousWidth::Wide);
        assert_eq!(w.len(), 2);
        let w = wrap("“好”", 4, AmbiguousWidth::Narrow);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn wide_ambiguous_measures_letters_as_two() {
        // §12.5: é and ü are ambiguous; `width_cjk` would count them as one column each.
        let texts = |amb| -> Vec<String> {
            wrap("Müller café", 6, amb)
                .into_iter()
                .map(|l| l.text)
                .collect()
        };
        assert_eq!(texts(AmbiguousWidth::Narrow), ["Müller", "café"]);
        assert_eq!(texts(AmbiguousWidth::Wide), ["Mülle", "r", "café"]);
    }

    #[test]
    fn number_stays_with_its_unit_when_the_run_fits() {
        assert_eq!(
            lines("计划投资1.3亿元建设", 12),
            ["计划投资", "1.3亿元建设"]
        );
        assert_eq!(
            lines("计划投资1.3亿元建设", 5),
            ["计划", "投资", "1.3亿", "元建", "设"]
        );
        let p = Prepared::new("投资1.3亿元", AmbiguousWidth::Narrow);
        // Before `亿` and `元` only when the run (7 columns) is wider than the line.
        assert_eq!(p.break_opportunities(7), [1, 2]);
        assert_eq!(p.break_opportunities(6), [1, 2, 5, 6]);
    }

    #[test]
    fn long_url_prefers_to_split_after_a_slash() {
        assert_eq!(
            lines("http://www.sxkjdb.cn/news/2025/12/18.html", 16),
            ["http://www.sxkjd", "b.cn/news/2025/", "12/18.html"]
        );
        // The scheme's own slashes are not chosen.
        assert_eq!(
            lines("https://abcdefghijklmnop", 12),
            ["https://abcd", "efghijklmnop"]
        );
    }

    #[test]
    fn newline_inside_is_a_paragraph_end() {
        assert_eq!(lines("甲\n乙", 10), ["甲", "乙"]);
        assert_eq!(lines("甲\r\n\r\n乙\n", 10), ["甲", "", "乙"]);
    }
}
