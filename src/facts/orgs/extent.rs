//! How far an organisation's name reaches past its suffix or back through brackets: the units
//! nested after a company or an institute (`…有限公司太原分公司`, `重庆大学国家重点实验室巴南分中心`),
//! a subsidiary after its group (`中国电建集团华南投资有限公司`) and a place in brackets that is
//! part of the name (`国新控股（重庆）有限公司`, `香港科技大学（广州）`).

use super::left_edge::STOP_SET;
use crate::facts::at;
use crate::facts::charset::{word_list, WordList};
use crate::lexicon::names::is_han;

/// Units of a university or an academy, nested in its name (`重庆大学国家重点实验室巴南分中心`,
/// `北京大学光华管理学院`).
const INSTITUTE_UNITS: &[&str] = &[
    "重点实验室",
    "实验室",
    "分中心",
    "研究中心",
    "工程中心",
    "技术中心",
    "研究所",
    "研究院",
    "学院",
    "附属医院",
    "附属中学",
];

word_list!(institute_units, INSTITUTE_UNITS);

/// The end of the last unit nested after an institute's name (a laboratory, its branch
/// centre), or `end` when none follows: the institute and its units are one body.
pub(super) fn institute_end(f: &[char], mut end: usize) -> usize {
    while let Some(e) = nested_end(f, end, institute_units()) {
        end = e;
    }
    end
}

/// The end of a nested unit right after a company name, if one follows within a short run.
pub(super) fn nested_end(f: &[char], end: usize, nested: &WordList) -> Option<usize> {
    let mut k = end;
    while k < f.len() && k - end < 14 && is_han(f[k]) && !STOP_SET.contains(f[k]) {
        if let Some((_, n)) = nested.can_start(f[k]).then(|| nested.at(f, k)).flatten() {
            return Some(k + n);
        }
        k += 1;
    }
    None
}

/// The end of a subsidiary written right after its group (`中国电建集团华南投资有限公司`): a
/// short run of Han chars (its region and trade) and a company suffix. The trade word may be
/// one of [`STOP_WORDS`] (`投资`), which is why the name is not read back from that suffix.
pub(super) fn subsidiary_end(f: &[char], end: usize) -> Option<usize> {
    let mut k = end + 2;
    while k < f.len() && k - end <= 10 {
        if !f[end..k]
            .iter()
            .all(|&c| is_han(c) && !STOP_SET.contains(c))
        {
            return None;
        }
        if let Some(s) = ["股份有限公司", "有限责任公司", "有限公司"]
            .iter()
            .find(|s| at(f, k, s))
        {
            return Some(k + s.chars().count());
        }
        k += 1;
    }
    None
}

/// Where the bracket opens when `f[..end]` ends with a place in brackets written right after
/// a name (`国新控股（重庆）`, `云南白药集团(云南)`): companies and projects registered in
/// several places carry the place inside their name, so a name read back from its suffix runs
/// on through the bracket instead of stopping at it. So does a group's form in brackets
/// (`陕西延长石油（集团）有限责任公司`, `…（控股）有限公司`).
pub fn bracketed_place_before(f: &[char], end: usize) -> Option<usize> {
    if !matches!(f.get(end.checked_sub(1)?)?, '）' | ')') {
        return None;
    }
    let close = end - 1;
    let open = (close.saturating_sub(8)..close)
        .rev()
        .find(|&k| matches!(f[k], '（' | '('))?;
    let inside = &f[open + 1..close];
    let named_before = open > 0 && (is_han(f[open - 1]) || f[open - 1].is_ascii_alphanumeric());
    let form = matches!(inside, ['集', '团'] | ['控', '股'] | ['股', '份']);
    (named_before && inside.len() >= 2 && (form || crate::lexicon::places::is_place(inside)))
        .then_some(open)
}

/// The end of a place in brackets written right after a body's name (`香港科技大学（广州）`,
/// `花旗银行（中国）`): the branch or campus the name means, part of the name.
pub(super) fn bracketed_place_after(f: &[char], end: usize) -> Option<usize> {
    if !matches!(f.get(end)?, '（' | '(') {
        return None;
    }
    let close = (end + 1..f.len().min(end + 10)).find(|&k| matches!(f[k], '）' | ')'))?;
    let inside = &f[end + 1..close];
    (inside.len() >= 2 && crate::lexicon::places::is_place(inside)).then_some(close + 1)
}
