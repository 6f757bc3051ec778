//! A directory of companies in an advertorial or a supplement (`重点企业名录`): each company's
//! name on a line of its own over its contact lines.
//!
//! ```text
//! 郑州富士康精密电子有限公司
//! 地址：郑州航空港区振兴路东侧
//! 电话：0371-86558888
//! ```
//!
//! Short and unpunctuated, a name read as a title, and its contact lines (a notice's closing
//! lines, [`super::sign_off::is_contact_line`]) as that title's text: the directory had been an
//! article a company. The name is a paragraph of its own (rule `directory-entry`), and the
//! entries stay in the article that prints them.

use super::shape::{more_chars_than, trim_pad, Line};
use super::sign_off::is_contact_line;

/// The longest company name read as a directory's entry, in chars.
const NAME_MAX_CHARS: usize = 32;

/// How an organisation's registered name ends.
const BODY_ENDS: &[&str] = &[
    "公司",
    "集团",
    "中心",
    "研究院",
    "研究所",
    "银行",
    "大学",
    "学院",
    "医院",
    "协会",
    "商会",
    "工厂",
    "（有限合伙）",
    "合伙企业",
];

/// Whether line `no` is a directory's entry: a company's name with a contact line right under
/// it.
pub(super) fn is_entry(lines: &[Line<'_>], no: usize) -> bool {
    let Some(line) = lines.get(no) else {
        return false;
    };
    if line.kinds.chars > NAME_MAX_CHARS + 4 {
        return false;
    }
    let name = trim_pad(line.text);
    !name.is_empty()
        && !more_chars_than(name, NAME_MAX_CHARS)
        && BODY_ENDS.iter().any(|e| name.ends_with(e))
        && !name.contains(['，', '。', '；', '：', ':', '、', '！', '？'])
        && lines
            .get(no + 1)
            .is_some_and(|next| is_contact_line(trim_pad(next.text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(page: &str) -> Vec<bool> {
        let lines: Vec<Line<'_>> = page.lines().map(Line::of).collect();
        (0..lines.len()).map(|k| is_entry(&lines, k)).collect()
    }

    #[test]
    fn a_company_over_its_contacts() {
        let page = "郑州富士康精密电子有限公司\n地址：郑州航空港区振兴路东侧\n电话：0371-86558888";
        assert_eq!(entries(page), [true, false, false]);
    }

    #[test]
    fn a_title_or_a_notice_is_no_entry() {
        // A headline naming a company, over its text.
        let page = "比亚迪郑州工厂\n　　本报讯　3月11日，比亚迪郑州工厂二期投产。";
        assert_eq!(entries(page), [false, false]);
        // A notice's issuer over its date is a sign-off, not an entry.
        let page = "郑州航空港经济综合实验区管委会\n2026年3月11日";
        assert_eq!(entries(page), [false, false]);
    }
}
