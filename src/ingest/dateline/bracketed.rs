//! Datelines wholly in brackets at a paragraph's start: Taiwan's papers' `【記者李大華／台南報導】`
//! and the Central News Agency's `（中央社記者林長順新竹23日電）`, which print who reports, where
//! from and (the agency) when, where other datelines print the marker before the bracket.

use crate::facts::{at, ends_with};
use crate::lexicon::names::{is_han, looks_like_name};
use crate::text::fold::fold_cow;

use super::super::shape::{is_pad, more_chars_than};
use super::{Dateline, REPORTED_PLACE_MAX_CHARS};

/// A report's opener in brackets that names its reporter and where the report is filed from,
/// Taiwan's papers' form: `【記者李大華／台南報導】`. The marker is the
/// place and `报道` as printed (`台南報導`), the reporter the name. Read as text it had been the
/// first words of the paragraph, and a story under a one-line title a sub-head's of the one
/// above.
pub(super) fn bracketed_report(text: &str) -> Option<Dateline> {
    let t = text.trim_start_matches(is_pad);
    let inner_start = t.strip_prefix(['【', '['])?;
    let close = inner_start.find(['】', ']'])?;
    let inner = &inner_start[..close];
    let folded = fold_cow(inner);
    let rest = folded.strip_prefix("记者")?;
    let (name, place) = rest.split_once(['／', '/', ' ', '\u{3000}'])?;
    let place = place.trim_matches(is_pad);
    let reported = place
        .strip_suffix("报道")
        .or_else(|| place.strip_suffix("报导"))?;
    if !looks_like_name(name)
        || more_chars_than(reported, REPORTED_PLACE_MAX_CHARS)
        || !reported.chars().all(is_han)
    {
        return None;
    }
    // The fold keeps one char per char: the printed name and place stand where the folded do.
    let printed: Vec<char> = inner.chars().collect();
    let name_at = "记者".chars().count();
    let name_len = name.chars().count();
    let place_len = place.chars().count();
    let printed_name: String = printed.get(name_at..name_at + name_len)?.iter().collect();
    let printed_place: String = printed.get(printed.len() - place_len..)?.iter().collect();
    let pad = text.chars().count() - t.chars().count();
    Some(Dateline {
        marker: printed_place,
        reporters: vec![printed_name],
        reporter_roles: Vec::new(),
        body_start: pad + 1 + printed.len() + 1,
    })
}

/// Agencies that print their whole dateline in brackets (folded).
const BRACKETED_AGENCIES: &[&str] = &["中央社"];
/// Their first chars.
const AGENCY_FIRST_CHARS: &[char] = &['中'];

/// Longest such dateline inside its brackets (`中央社記者林長順、王揚宇台北23日專電`).
const AGENCY_BRACKET_MAX_CHARS: usize = 32;

/// Places an agency files from most, folded: where the reporter's name ends and the place
/// begins cannot be read from the chars alone (`林長順新竹`), so a known place settles it.
const FILED_FROM: &[&str] = &[
    "台北",
    "新北",
    "桃园",
    "新竹",
    "苗栗",
    "台中",
    "彰化",
    "南投",
    "云林",
    "嘉义",
    "台南",
    "高雄",
    "屏东",
    "宜兰",
    "花莲",
    "台东",
    "澎湖",
    "金门",
    "马祖",
    "基隆",
    "香港",
    "北京",
    "上海",
    "东京",
    "首尔",
    "华盛顿",
    "纽约",
    "伦敦",
    "巴黎",
    "柏林",
    "新加坡",
    "曼谷",
];

/// The Central News Agency's dateline: `（中央社記者林長順新竹23日電）`, `（中央社台北23日電）`,
/// `（中央社記者王揚宇、林長順台北23日專電）`. The marker is the agency, place, day and `電` as
/// printed (`中央社新竹23日電`), the reporters the names after `記者`. Read as text it had been
/// the first words of the paragraph and its reporters no one's.
pub(super) fn agency_bracket(text: &str) -> Option<Dateline> {
    let t = text.trim_start_matches(is_pad);
    let inner_start = t.strip_prefix(['（', '('])?;
    // Every other paragraph is turned down on the char after its bracket.
    if !inner_start.starts_with(AGENCY_FIRST_CHARS) {
        return None;
    }
    let close = inner_start.find(['）', ')'])?;
    let inner = &inner_start[..close];
    if more_chars_than(inner, AGENCY_BRACKET_MAX_CHARS) {
        return None;
    }
    // The fold keeps one char per char: what is found in it stands at the same char in print.
    let folded: Vec<char> = fold_cow(inner).chars().collect();
    let printed: Vec<char> = inner.chars().collect();
    let agency = BRACKETED_AGENCIES.iter().find(|a| at(&folded, 0, a))?;
    let after_agency = agency.chars().count();
    let day_at = day_and_mark_at(&folded)?;
    let between = &folded[after_agency..day_at];
    let (reporters, place_at) = match between.strip_prefix(&['记', '者']) {
        Some(credited) => {
            let (names, place) = names_and_place(credited)?;
            (names, day_at - place)
        }
        None => (Vec::new(), after_agency),
    };
    let place = &folded[place_at..day_at];
    if place.len() < 2
        || place.len() > 2 * REPORTED_PLACE_MAX_CHARS
        || !place.iter().all(|&c| is_han(c))
    {
        return None;
    }
    let printed_names = reporters
        .iter()
        .map(|&(from, len)| {
            printed[after_agency + 2 + from..after_agency + 2 + from + len]
                .iter()
                .collect()
        })
        .collect();
    let marker: String = printed[..after_agency]
        .iter()
        .chain(&printed[place_at..])
        .collect();
    let pad = text.chars().count() - t.chars().count();
    Some(Dateline {
        marker,
        reporters: printed_names,
        reporter_roles: Vec::new(),
        body_start: pad + 1 + printed.len() + 1,
    })
}

/// Where the day and its mark start at the end of an agency's dateline (`23日電`, `23日專電`,
/// folded): digits, `日`, then `电` or `专电`. `None` when the dateline ends otherwise.
fn day_and_mark_at(folded: &[char]) -> Option<usize> {
    let before_mark = folded
        .strip_suffix(&['专', '电'])
        .or_else(|| folded.strip_suffix(&['电']))?;
    let before_day = before_mark.strip_suffix(&['日'])?;
    let digits = before_day
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(*c))
        .count();
    (1..=2).contains(&digits).then(|| before_day.len() - digits)
}

/// The reporters' names and the place's length in `林長順新竹` or `王揚宇、林長順台北` (folded,
/// after `記者`): names as (start, length) in the chars given. The last name runs up to a known
/// place ([`FILED_FROM`]), else up to the last two chars (a two-char place, the commonest).
fn names_and_place(credited: &[char]) -> Option<(Vec<(usize, usize)>, usize)> {
    let last_start = credited
        .iter()
        .rposition(|&c| c == '、')
        .map_or(0, |k| k + 1);
    let last = &credited[last_start..];
    let place_len = FILED_FROM
        .iter()
        .map(|p| (p, p.chars().count()))
        .filter(|&(p, n)| ends_with(last, p) && last.len() > n)
        .map(|(_, n)| n)
        .max()
        .unwrap_or(2);
    let mut names = Vec::new();
    let mut from = 0;
    for part in credited[..credited.len().checked_sub(place_len)?].split(|&c| c == '、') {
        let name: String = part.iter().collect();
        if !looks_like_name(&name) {
            return None;
        }
        names.push((from, part.len()));
        from += part.len() + 1;
    }
    Some((names, place_len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, Vec<String>, String)> {
        agency_bracket(text).map(|d| {
            let body: String = text.chars().skip(d.body_start).collect();
            (d.marker, d.reporters, body)
        })
    }

    #[test]
    fn an_agencys_dateline_in_brackets() {
        let got = |t: &str| read(t).expect(t);
        assert_eq!(
            got("（中央社記者林長順新竹23日電）新竹科學園區三期擴建案今天通過環評。"),
            (
                "中央社新竹23日電".to_owned(),
                vec!["林長順".to_owned()],
                "新竹科學園區三期擴建案今天通過環評。".to_owned()
            )
        );
        assert_eq!(
            got("（中央社台北23日電）行政院今天通過。"),
            (
                "中央社台北23日電".to_owned(),
                vec![],
                "行政院今天通過。".to_owned()
            )
        );
        assert_eq!(
            got("　（中央社記者王揚宇、林長順華盛頓22日專電）美國商務部表示。").1,
            ["王揚宇", "林長順"]
        );
        assert_eq!(got("(中央社記者李明台中5日電)園區招商。").1, ["李明"]);
    }

    #[test]
    fn other_brackets_are_no_agencys_dateline() {
        for text in [
            "（中央社）新竹科學園區三期擴建案今天通過環評。",
            "（中央社記者林長順）新竹科學園區。",
            "（中央社記者林長順新竹23日）新竹科學園區。",
            "（中央社記者林長順新竹23日電",
            "（中国经济网）园区招商。",
            "（中央社記者1234新竹23日電）園區。",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
