//! Tables drawn with rule chars: a text dump or a terminal's copy draws a table's borders with
//! ASCII (`+------+------+`, `| 亿纬锂能 | 52亿元 |`) or with box-drawing chars (`┌──┬──┐`,
//! `│ 亿纬锂能 │ 52亿元 │`). Read as printed, each border was a line of text and each row one
//! line with bars in it: the table had become a caption or a title group. Its borders say
//! nothing and go; each row's cells are set two spaces apart, the form
//! [`super::shape::is_table_row`] reads, as [`super::markdown`] sets a Markdown table's.
//!
//! Only a page with a border line is touched: nearly all have none, and are turned down by one
//! byte scan.

/// Chars a border line is drawn with, besides spaces: ASCII corners and rules, and box-drawing
/// rules, corners and crossings.
fn is_border_char(c: char) -> bool {
    matches!(c, '+' | '-' | '=' | ':' | '|') || ('\u{2500}'..='\u{257f}').contains(&c)
}

/// The bars a row's cells are set between.
const BARS: [char; 4] = ['|', '│', '┃', '║'];

/// The page with its drawn tables read as rows of cells (see the module docs).
pub(super) fn unbox(text: String) -> String {
    if !has_border(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut first = true;
    for line in text.split('\n') {
        let kept = if is_border(line) {
            None
        } else {
            Some(row_cells(line, &BARS).unwrap_or_else(|| line.to_owned()))
        };
        if let Some(line) = kept {
            if !first {
                out.push('\n');
            }
            out.push_str(&line);
            first = false;
        }
    }
    out
}

/// Whether a page holds a border line: one byte scan looks for `+` (then `+-`, `-+`, `+=`),
/// one for a box's top-left corner, and the lines are read only after a hit.
fn has_border(text: &str) -> bool {
    let b = text.as_bytes();
    let ascii = memchr::memchr_iter(b'+', b).any(|i| {
        b.get(i + 1) == Some(&b'-') || (i > 0 && b[i - 1] == b'-') || b.get(i + 1) == Some(&b'=')
    });
    // A box-drawn table opens with its top-left corner (`┌`): one scan for it.
    static CORNER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{250c}"));
    let boxed = CORNER.find(b).is_some();
    (ascii || boxed) && text.split('\n').any(is_border)
}

/// Whether a line is a table's border: rule chars only (at least three, one of them a corner
/// or a crossing, or a run of box rules), spaces allowed around them. A rule line between
/// articles (`-----`, `————`) has no corner and stays a separator.
fn is_border(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 3
        && t.chars().all(is_border_char)
        && t.chars()
            .any(|c| c == '+' || (('\u{250c}'..='\u{254b}').contains(&c) && c != '─' && c != '━'))
}

/// A row drawn between `bars` (`| 亿纬锂能(300014)| 52亿元   |`) as its cells two spaces apart
/// (`亿纬锂能(300014)  52亿元`), or `None` for a line that is no such row. A Markdown table's
/// rows are read so too ([`super::markdown`], with `|` alone).
pub(super) fn row_cells(line: &str, bars: &[char]) -> Option<String> {
    let t = line.trim();
    let inner = t.strip_prefix(bars)?.strip_suffix(bars)?;
    let cells: Vec<&str> = inner.split(bars).map(str::trim).collect();
    (cells.len() >= 2).then(|| cells.join("  "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ascii_table_loses_its_borders() {
        let page = "表：近期项目一览\n+----------+--------+\n| 公司(代码) | 投资额 |\n\
            +----------+--------+\n| 亿纬锂能(300014)| 52亿元   |\n| 蓝思科技 | 38亿元 |\n\
            +----------+--------+\n资料来源：公司公告";
        assert_eq!(
            unbox(page.to_owned()),
            "表：近期项目一览\n公司(代码)  投资额\n亿纬锂能(300014)  52亿元\n蓝思科技  38亿元\n资料来源：公司公告"
        );
    }

    #[test]
    fn a_box_drawn_table_loses_its_borders() {
        let page = "┌────┬────┐\n│ 太原经开区 │ 1286.5 │\n├────┼────┤\n│ 晋中经开区 │ 512.3 │\n└────┴────┘";
        assert_eq!(
            unbox(page.to_owned()),
            "太原经开区  1286.5\n晋中经开区  512.3"
        );
    }

    /// A rule between articles and a sum in a sentence stay as they are.
    #[test]
    fn rules_and_sums_stay() {
        let page = "标题\n-----\n正文 1+1=2，a|b。\n————";
        assert_eq!(unbox(page.to_owned()), page);
    }
}
