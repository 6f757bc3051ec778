//! Pages saved as Markdown, read as the text they show: a web article kept by a clipper or a
//! converter comes as `# 标题`, `**加粗**`, `[链接](http…)`, `> 引文`, `- 列表` and `| 表格 |`.
//! Read as printed, its title is a kicker with a `#`, its paragraphs keep their stars and the
//! page's figures sit inside link syntax; once the marks are taken off it reads as any page.
//!
//! Only the marks go: a link keeps its text (its address is where it points, not what the page
//! says), an image inside a line keeps its description and one on a line of its own goes (a
//! reader shows no pictures), a table's cells stay cells (two spaces apart, as
//! [`super::shape::is_table_row`] reads them) and its `|---|` rule line goes. A page with no
//! Markdown heading, link or table is left as it is, uncopied: plain pages, nearly all, are
//! turned down by one byte scan.

use std::sync::LazyLock;

use regex::Regex;

/// The page's text with its Markdown marks taken off (see the module docs).
pub(super) fn unmark(text: String) -> String {
    if !is_markdown(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        if let Some(line) = plain_line(line) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line);
        }
    }
    out
}

/// Whether a page is written in Markdown: it has a heading line (`# ` to `###### `), a link or
/// image (`](`) or a table's rule line (`|---`, `| ---`). Stars alone say nothing: court and
/// society news masks names with them (`张**`). The marks are ASCII, which Chinese text's bytes
/// never are, so the scan stops at few bytes.
fn is_markdown(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize, s: &[u8]| b.get(i..).is_some_and(|rest| rest.starts_with(s));
    let heading = |i: usize| {
        let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
        (1..=6).contains(&hashes) && at(i + hashes, b" ")
    };
    memchr::memchr2_iter(b'#', b']', b).any(|i| match b[i] {
        b'#' => (i == 0 || b[i - 1] == b'\n') && heading(i),
        _ => at(i + 1, b"("),
    }) || memchr::memchr_iter(b'|', b).any(|i| at(i + 1, b"---") || at(i + 1, b" ---"))
}

/// One line without its marks; `None` for a line that is only a mark (a table's rule line).
fn plain_line(line: &str) -> Option<String> {
    static HEADING: LazyLock<Regex> =
        LazyLock::new(|| re(r"^ {0,3}#{1,6}(?: +|$)(.*?)(?: +#+)? *$"));
    static QUOTE: LazyLock<Regex> = LazyLock::new(|| re(r"^ {0,3}(?:> ?)+"));
    static BULLET: LazyLock<Regex> = LazyLock::new(|| re(r"^ {0,3}[-*+] +"));
    static RULE: LazyLock<Regex> = LazyLock::new(|| re(r"^ {0,3}(?:[-*_] *){3,}$"));
    static TABLE_RULE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^ *\|?(?: *:?-{3,}:? *\|)+ *:?-*:? *$"));
    if TABLE_RULE.is_match(line) {
        return None;
    }
    if RULE.is_match(line) {
        return Some(String::new());
    }
    let mut text = match HEADING.captures(line) {
        Some(c) => c.get(1).map_or("", |m| m.as_str()).to_owned(),
        None => line.to_owned(),
    };
    if let Some(m) = QUOTE.find(&text) {
        text.replace_range(..m.end(), "");
    }
    if let Some(m) = BULLET.find(&text) {
        text.replace_range(..m.end(), "");
    }
    // A table row's cells two spaces apart (`| 太原经开区 | 1,286.5 |` → `太原经开区  1,286.5`).
    if let Some(cells) = super::grid_table::row_cells(&text, &['|']) {
        text = cells;
    }
    if text.contains("![") && IMAGE.replace_all(&text, "").trim().is_empty() {
        // A picture on a line of its own: a reader shows none, and its description (often a
        // file name or the zone's name again) read as a line would be a subtitle.
        return Some(String::new());
    }
    Some(inline(&text))
}

static IMAGE: LazyLock<Regex> = LazyLock::new(|| re(r"!\[([^\]]*)\]\([^)\s]*(?: [^)]*)?\)"));

/// A line's inline marks taken off: images to their description, links to their text, strong
/// and plain emphasis, strike-through and code to their words, escapes to the char escaped.
fn inline(line: &str) -> String {
    static LINK: LazyLock<Regex> = LazyLock::new(|| re(r"\[([^\]]+)\]\([^)\s]*(?: [^)]*)?\)"));
    static STRONG: LazyLock<Regex> =
        LazyLock::new(|| re(r"\*\*([^*\s](?:[^*]*[^*\s])?)\*\*|__([^_\s](?:[^_]*[^_\s])?)__"));
    static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| re(r"\*([^*\s](?:[^*]*[^*\s])?)\*"));
    static STRIKE: LazyLock<Regex> = LazyLock::new(|| re(r"~~([^~]+)~~"));
    static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"`([^`]+)`"));
    static ESCAPE: LazyLock<Regex> = LazyLock::new(|| re(r"\\([\\`*_{}\[\]()#+\-.!|>~])"));
    // A link back to the page copied (`[原文链接](…) | 责任编辑：李婷`) is the site's button: its
    // words say nothing of the story, and left in, they had made the footer beside them a title.
    static SOURCE_LINK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\[(?:原文链接|阅读原文|查看原文|原文地址|来源链接|点击查看原文)\]\([^)\s]*\) *(?:[|｜] *)?",
        )
    });
    if !line.contains(['[', '*', '_', '~', '`', '\\']) {
        return line.to_owned();
    }
    let s = SOURCE_LINK.replace_all(line, "");
    let s = IMAGE.replace_all(&s, "$1");
    let s = LINK.replace_all(&s, "$1");
    let s = STRONG.replace_all(&s, "$1$2");
    let s = EMPHASIS.replace_all(&s, "$1");
    let s = STRIKE.replace_all(&s, "$1");
    let s = CODE.replace_all(&s, "$1");
    ESCAPE.replace_all(&s, "$1").into_owned()
}

/// A pattern of this module; each is a constant, tested below.
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("pattern {pattern}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn un(s: &str) -> String {
        unmark(s.to_owned())
    }

    #[test]
    fn headings_emphasis_links_and_quotes_lose_their_marks() {
        assert_eq!(
            un("# 太原经开区外资增长两成\n\n今年以来，**太原经开区**引资。\n> “我们组建了专班。”\n## 重点项目 ##"),
            "太原经开区外资增长两成\n\n今年以来，太原经开区引资。\n“我们组建了专班。”\n重点项目"
        );
        assert_eq!(
            un("# 标题\n详见[官网](http://www.tyda.gov.cn \"官网\")。![园区](a.jpg)\n![太原经开区](b.jpg)"),
            "标题\n详见官网。园区\n"
        );
        assert_eq!(
            un("# 标题\n- 第一项；\n* 第二项；\n+ 第三项"),
            "标题\n第一项；\n第二项；\n第三项"
        );
        assert_eq!(
            un("# 标题\n*责任编辑：张三*\n~~旧~~新 `代码` 1\\*2"),
            "标题\n责任编辑：张三\n旧新 代码 1*2"
        );
        assert_eq!(
            un("# 标题\n[原文链接](https://a.cn/node_201.htm) | 责任编辑：李婷\n详见[原文](a.htm)。"),
            "标题\n责任编辑：李婷\n详见原文。"
        );
    }

    #[test]
    fn a_tables_cells_stay_apart_and_its_rule_goes() {
        assert_eq!(
            un("# 指标\n| 开发区 | 营业收入（亿元） |\n|---|:---:|\n| 太原经开区 | 1,286.5 |"),
            "指标\n开发区  营业收入（亿元）\n太原经开区  1,286.5"
        );
        assert_eq!(un("# 指标\n---\n正文"), "指标\n\n正文");
    }

    #[test]
    fn plain_pages_are_left_as_they_are() {
        for page in [
            "科学导报讯 近日，兴县瓦塘镇……\n#1 号线开通\n5*3=15",
            "标题\n　　正文 * 号 _下划线_ [注]（见第2版）",
            "#标签 没有空格不是标题",
            "被告人张**、李**等人",
        ] {
            assert_eq!(un(page), page);
        }
    }

    #[test]
    fn lone_marks_in_a_markdown_page_stay() {
        // A star that opens no emphasis, a bracket that is no link.
        assert_eq!(
            un("# 标题\n5 * 3 = 15，[注] 见后"),
            "标题\n5 * 3 = 15，[注] 见后"
        );
    }
}
