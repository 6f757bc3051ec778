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
    let line = without_editors(line.trim_matches(is_pad));
    if line.is_empty() || line.chars().count() > PAGE_LINE_MAX_CHARS {
        return None;
    }
    let f: Vec<char> = fold(line).chars().collect();
    // `（上接第一版）`, `（相关报道见第八版）`: a jump line names another page, not this one.
    if f.windows(2)
        .any(|w| w[1] == '第' && matches!(w[0], '接' | '转' | '见' | '续'))
    {
        return None;
    }
    let mut used = vec![false; f.len()];
    let marked = mark_page(&f, &mut used);
    let mut names: Vec<String> = tokens(&f, &used).into_iter().map(|t| t.1).collect();
    let lettered = |t: &String| t.starts_with(|c: char| c.is_ascii_uppercase());
    let page = match marked {
        Some(n) => n,
        // `A06　广东·区域`: a section's letter before the number, then the name; or the name
        // first (`經濟 | B02`, Hong Kong's papers).
        None if names.len() >= 2 => {
            // Name first only across a bar or a slash: `小米 SU7`, `华为 P70` are titles.
            let barred = line.contains(['|', '｜', '/', '／']);
            let at = if lettered(&names[0]) {
                0
            } else if barred {
                names.len() - 1
            } else {
                return None;
            };
            if !lettered(&names[at]) {
                return None;
            }
            let n = page_digits(&names[at])?;
            names.remove(at);
            n
        }
        None => return None,
    };
    match names.as_slice() {
        [] => Some((page, None)),
        [name] if is_name(name) && !name.chars().any(|c| c.is_ascii_digit()) => {
            Some((page, Some(name.clone())))
        }
        _ => None,
    }
}

/// Labels of the editors' credit a page line may end with (`第 4 版　经济·区域　　责任编辑　刘　伟`).
const EDITOR_LABELS: &[&str] = &[
    "责任编辑",
    "責任編輯",
    "本版编辑",
    "责编",
    "编辑",
    "美编",
    "校对",
];

/// `line` without the editors' credit after its page mark and section, set apart by a pad
/// (see [`EDITOR_LABELS`]); the line as it is when it holds none.
fn without_editors(line: &str) -> &str {
    EDITOR_LABELS
        .iter()
        .filter_map(|l| line.find(l))
        .filter(|&b| b > 0 && line[..b].ends_with(is_pad))
        .min()
        .map_or(line, |b| line[..b].trim_end_matches(is_pad))
}

/// Whether a short line is a page line alone (see [`page_line`]), asked cheaply first: a page
/// mark's `版` or a lettered page's capital and digit (`A06`, `B02`) must be on it.
pub(in crate::ingest) fn is_page_line_alone(line: &str) -> bool {
    let b = line.as_bytes();
    (line.contains('版')
        || b.windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_digit()))
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
        assert_eq!(page("經濟 | B02"), Some((2, Some("经济".into()))));
        assert_eq!(
            page("第 3 版 / 上海·经济"),
            Some((3, Some("上海·经济".into())))
        );
        assert_eq!(
            page("第 4 版　经济·区域　　责任编辑　刘　伟"),
            Some((4, Some("经济·区域".into())))
        );
        for no in [
            "第3版：晋中高新区数字经济产业园一期竣工项目投产",
            "3 个项目开工",
            "A06",
            "5G 网络覆盖",
            "数字政府 2.0 版正式上线",
            "A股 3 家公司",
            "B02",
            "华为 P70 发布",
            "华为 P70",
            "（上接第一版）",
            "（相关报道见第八版）",
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
