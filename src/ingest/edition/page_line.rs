//! A page's number set on a line of its own, under or over the dated header line: `第5版：经济观察`
//! under `2025年12月25日 星期四`, `A06　广东·区域` under `南方日报` and its date. The header line
//! names no page then, and the page's ids fell back to its file's name.

use crate::text::fold::fold;

use super::header::{is_name, is_pad, mark_page, page_digits, parse_header_line, tokens};
use super::Edition;

/// Longest page line, in chars: a page mark and a section's name.
const PAGE_LINE_MAX_CHARS: usize = 16;

/// The page number and the section a line gives when it is a page line and nothing else: a page
/// mark (`第5版`, `第 A3 版`, `5版`) with at most one name (`经济观察`), or a lettered page
/// (`A06`) and a name. A bare number is no page line: titles open with one (`3 个项目`).
pub(super) fn page_line(line: &str) -> Option<(u32, Option<String>)> {
    let line = line.trim_matches(is_pad);
    if line.is_empty() || line.chars().count() > PAGE_LINE_MAX_CHARS {
        return None;
    }
    let f: Vec<char> = fold(line).chars().collect();
    let mut used = vec![false; f.len()];
    let marked = mark_page(&f, &mut used);
    let mut names: Vec<String> = tokens(&f, &used).into_iter().map(|t| t.1).collect();
    let page = match marked {
        Some(n) => n,
        None => {
            // `A06　广东·区域`: a section's letter before the number, then the name.
            let first = names.first()?;
            if !first.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            let n = page_digits(first)?;
            names.remove(0);
            if names.is_empty() {
                return None;
            }
            n
        }
    };
    match names.as_slice() {
        [] => Some((page, None)),
        [name] if is_name(name) && !name.chars().any(|c| c.is_ascii_digit()) => {
            Some((page, Some(name.clone())))
        }
        _ => None,
    }
}

/// Whether a line is a lettered page line (`A06　广东·区域`): furniture, where it had been read
/// as the first title's kicker. A page line with `版` is read as furniture already.
pub(in crate::ingest) fn is_lettered_page_line(line: &str) -> bool {
    line.trim_start_matches(is_pad)
        .starts_with(|c: char| c.is_ascii_uppercase())
        && page_line(line).is_some()
}

/// The page and section a page line right under or over a dated header line gives, when the
/// header names no page (see the module doc). `head` is the page's first non-empty lines.
pub(super) fn beside_header(head: &[&str]) -> Edition {
    let mut ed = Edition::default();
    for (k, line) in head.iter().enumerate() {
        let Some((page, section)) = page_line(line) else {
            continue;
        };
        let near = |i: Option<usize>| {
            i.and_then(|i| head.get(i))
                .is_some_and(|l| parse_header_line(l).is_some_and(|e| e.date.is_some()))
        };
        if near(k.checked_sub(1)) || near(Some(k + 1)) {
            ed.page_no = Some(page);
            ed.section = section;
            break;
        }
    }
    ed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_lines() {
        let page = |l: &str| page_line(l);
        assert_eq!(page("第5版：经济观察"), Some((5, Some("经济观察".into()))));
        assert_eq!(page("A06　广东·区域"), Some((6, Some("广东·区域".into()))));
        assert_eq!(page("第 A3 版"), Some((3, None)));
        assert_eq!(page("第05版　要闻"), Some((5, Some("要闻".into()))));
        for no in [
            "第3版：晋中高新区数字经济产业园一期竣工项目投产",
            "3 个项目开工",
            "A06",
            "5G 网络覆盖",
            "数字政府 2.0 版正式上线",
            "A股 3 家公司",
        ] {
            assert_eq!(page(no), None, "{no}");
        }
    }

    #[test]
    fn a_page_line_counts_beside_a_dated_header() {
        let ed = beside_header(&[
            "南方日报",
            "2025年12月23日　星期二",
            "A06　广东·区域",
            "佛山高新区",
        ]);
        assert_eq!(
            (ed.page_no, ed.section.as_deref()),
            (Some(6), Some("广东·区域"))
        );
        let ed = beside_header(&["园区观察", "第5版：经济观察", "佛山高新区"]);
        assert_eq!(ed.page_no, None);
    }
}
