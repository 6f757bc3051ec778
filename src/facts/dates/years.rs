//! Years: written (`2025 年`, `二〇二五年`, `18年` before a month, `在789年`), relative
//! (`明年`), of an era (`民国三年`, `康熙二十年`), and ranges of years (`2009 年到 2010 年`).

use super::*;

/// Year words relative to the page year.
pub(super) const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("明年", 1),
    ("前年", -2),
    ("后年", 2),
];

/// Era names and their first year (`康熙元年` is 1662), for dates of history pieces.
pub(super) const ERAS: &[(&str, i32)] = &[
    ("民国", 1912),
    ("宣统", 1909),
    ("光绪", 1875),
    ("同治", 1862),
    ("咸丰", 1851),
    ("道光", 1821),
    ("嘉庆", 1796),
    ("乾隆", 1736),
    ("雍正", 1723),
    ("康熙", 1662),
    ("顺治", 1644),
    ("崇祯", 1628),
    ("万历", 1573),
    ("永乐", 1403),
    ("洪武", 1368),
    ("天宝", 742),
    ("开元", 713),
    ("神龙", 705),
    ("贞观", 627),
];

/// `后`/`前` closing a word before `年…` (`达产后年产值`, `投产前年均`) is no `后年`/`前年`: those
/// two are only read where the char before cannot end such a clause.
pub(super) fn ends_a_clause_word(f: &[char], i: usize, word: &str) -> bool {
    const CLAUSE_ENDS: &[char] = &[
        '产', '成', '工', '营', '业', '运', '之', '以', '此', '完', '毕', '束', '达', '投', '竣',
        '放', '用', '动', '启', '交', '后', '前', '生', '开',
    ];
    matches!(word, "后年" | "前年")
        && i > 0
        && f.get(i - 1).is_some_and(|c| CLAUSE_ENDS.contains(c))
}

/// A year read at `i`: its value (`None` for a relative year on an undated page), where the
/// text goes on, whether it may stand alone as a date, and the relative offset if any.
pub(super) struct YearRead {
    pub(super) year: Option<i32>,
    pub(super) end: usize,
    pub(super) alone: bool,
    pub(super) relative: Option<i32>,
}

pub(super) fn year_word(
    f: &[char],
    i: usize,
    number: Option<NumberSpan>,
    cx: &Context,
) -> Option<YearRead> {
    if number.is_none() {
        if let Some((w, delta)) = RELATIVE_YEARS
            .iter()
            .find(|(w, _)| at(f, i, w))
            .filter(|(w, _)| !ends_a_clause_word(f, i, w))
        {
            return Some(YearRead {
                year: cx.year.map(|y| y + delta),
                end: i + w.chars().count(),
                alone: *delta != 0,
                relative: Some(*delta),
            });
        }
        // 民国三年 is 1914, 康熙二十年 1681: an era's first year plus the count.
        let (_, first) = ERAS.iter().find(|(w, _)| at(f, i, w))?;
        let (k, end) = if at(f, i + 2, "元") {
            (1, i + 3)
        } else {
            let n = number_at(f, i + 2)?;
            (
                i32::try_from(n.value?.as_int()?).ok()?,
                skip_spaces(f, n.end),
            )
        };
        // Taiwan still counts the 民国 era (`民國114年` is 2025); other eras are history's.
        let last = if *first == 1912 { 200 } else { 70 };
        return (at(f, end, "年") && (1..=last).contains(&k)).then_some(YearRead {
            year: Some(first + k - 1),
            end: end + 1,
            alone: true,
            relative: None,
        });
    }
    let n = number?;
    let (year, alone) = year_of(f, n)?;
    let j = skip_spaces(f, n.end);
    Some(YearRead {
        year: Some(year),
        end: j + 1,
        alone,
        relative: None,
    })
}

/// A number followed by `年` read as a year: its value and whether it may stand alone (without
/// a month after it) as a date. `2025 年`, `二〇二五年`, `07年` and `零八年` stand alone; `18年`,
/// `1357年`, `两千年` are years only before a month (else they are spans of years).
pub(super) fn year_of(f: &[char], n: NumberSpan) -> Option<(i32, bool)> {
    let j = skip_spaces(f, n.end);
    if !at(f, j, "年") || at(f, j + 1, "代") || at(f, j + 1, "级") {
        return None;
    }
    let v = i32::try_from(n.value?.as_int()?).ok()?;
    let len = n.end - n.start;
    let digit_string = n.chinese
        && f[n.start..n.end]
            .iter()
            .all(|&c| chinese_digit(c).is_some());
    let leading_zero = matches!(f[n.start], '0' | '零' | '〇' | '○');
    let month_follows = month_day(f, skip_spaces(f, j + 1)).is_some();
    let positional = n.chinese && !digit_string;
    let (year, alone) = match (len, positional) {
        (4, false) => (v, (1900..=2100).contains(&v) || digit_string),
        // `康熙20年`: two digits after a name are that name's years, not this century's.
        (2, false) if !leading_zero && n.start > 0 && after_a_name(f[n.start - 1]) => return None,
        (2, false) => (if v < 50 { 2000 + v } else { 1900 + v }, leading_zero),
        (3, false) => (v, placed_in_time(f, n.start, j + 1)),
        (_, true) if (1000..=2999).contains(&v) => (v, false),
        _ => return None,
    };
    (alone || month_follows).then_some((year, alone))
}

/// `在789年`, `于公元 618 年`: a three-digit year stands alone after a word that places it in
/// time, unless what follows makes it a span (`在100年内`, `于300年前`).
pub(super) fn placed_in_time(f: &[char], start: usize, after: usize) -> bool {
    let j = back_over_spaces(f, start);
    let placed = j > 0 && matches!(f[j - 1], '在' | '于' | '元');
    let span = f
        .get(after)
        .is_some_and(|&c| "内里间前后来中多左以之".contains(c));
    placed && !span
}

/// Back over at most two spaces before `i`.
pub(super) fn back_over_spaces(f: &[char], i: usize) -> usize {
    let mut j = i;
    while j > 0 && i - j < 2 && f[j - 1] == ' ' {
        j -= 1;
    }
    j
}

/// Whether a Han char before a short year makes it a year of something named (an era,
/// a reign): any Han char but the few that introduce a date (`于`, `在`, `从`, `至`…).
pub(super) fn after_a_name(c: char) -> bool {
    crate::lexicon::names::is_han(c) && !"于在从自至到和与及是为至截止即今前后他她".contains(c)
}

/// `2009 年到 2010 年`, `二零一六年至二零一八年`: a year range after a year.
pub(super) fn extend_year_range(f: &[char], hit: &mut DateHit) {
    let j = skip_spaces(f, hit.end);
    // `2007年与2009年间`, `2015年和2018年之间`: a pair of years is a range only when `间` closes it.
    let paired = f.get(j).is_some_and(|&c| matches!(c, '与' | '和' | '及'));
    if !(paired || f.get(j).is_some_and(|&c| is_range_mark(c))) {
        return;
    }
    let Some(n) = number_at(f, skip_spaces(f, j + 1)) else {
        return;
    };
    let Some((y, alone)) = year_of(f, n) else {
        return;
    };
    if !alone {
        return;
    }
    let mut end = skip_spaces(f, n.end) + 1;
    if paired {
        match ["之间", "间"].iter().find(|w| at(f, end, w)) {
            Some(w) => end += w.chars().count(),
            None => return,
        }
    }
    hit.value = format!("{}/{y:04}", hit.value);
    hit.end = end;
    hit.flags.push("range".to_owned());
}
