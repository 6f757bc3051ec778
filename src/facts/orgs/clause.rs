//! The clause in front of a name that no name holds: a date (`2006年9月`), a clause verb
//! (`出任`), a demonstrative or vague count (`该`, `这家`) and a word saying what kind of firm
//! (`知名企业`). Shared by names read back from a suffix and names the tagger proposes.

use super::function_words::function_tag;
use super::suffix_words;
use crate::facts::charset::word_list;
use crate::facts::Seg;

/// Leading words an organisation name does not keep.
const DROP_PREFIXES: &[&str] = &[
    "本报讯",
    "本市",
    "本县",
    "本区",
    "这家",
    "该",
    "本",
    "这",
    "此",
    "其",
    "各",
    "每",
    "一家",
    "两家",
    "多家",
    "全市",
    "全省",
    "全县",
    "原告",
    "被告",
    "著名",
    "知名",
    "各大",
    // Former (`原招商银行信用卡中心负责人`), after `原告`: the first word listed that matches wins.
    "原",
];

word_list!(
    /// Asked at every name's left edge, often twice: a list matches by the first char.
    drop_prefix_words,
    DROP_PREFIXES
);

/// Verbs a proposed name must not open with: the clause before a name (`现任海尔集团公司`,
/// `上报市财政局`).
const CLAUSE_VERBS: &[&str] = &[
    "现任",
    "出任",
    "担任",
    "曾任",
    "时任",
    "就职于",
    "任职于",
    "加入",
    "上报",
    "报送",
    "来自",
    "成立",
];

word_list!(clause_verbs, CLAUSE_VERBS);

/// Where a name read from `start` really starts: past a date, a clause verb and a
/// demonstrative in front of it (`2006年9月出任TCL集团` → `TCL集团`), never past `end`.
pub(super) fn clause_start(seg: &Seg, start: usize, end: usize) -> usize {
    let f = &seg.f;
    let mut s = start;
    loop {
        let before = s;
        s = after_date(f, s, end);
        if let Some((_, n)) = clause_verbs().at(f, s) {
            s += n;
        }
        if let Some(n) = dropped_prefix(seg, s, end) {
            s += n;
        }
        s += category_head(seg, s, end).unwrap_or(0);
        if s == before || s >= end {
            return s.min(end);
        }
    }
}

/// Past a date at `s` (`2006年9月`, `9月`, `3日`): digits followed by 年, 月 or 日, repeated.
fn after_date(f: &[char], mut s: usize, end: usize) -> usize {
    loop {
        let mut k = s;
        while k < end && f[k].is_ascii_digit() {
            k += 1;
        }
        if k > s && k < end && matches!(f[k], '年' | '月' | '日' | '号') {
            s = k + 1;
        } else {
            return s;
        }
    }
}

/// How many chars of a word saying what kind of firm the body is (`知名企业`, `龙头企业`,
/// `民营企业`: jieba keeps each whole) open the name at `s`, when a name of two or more chars
/// follows it before `end` that opens with no suffix (`知名企业太原重工集团` → `太原重工集团`;
/// `中国企业联合会` is one word, and `外资企业协会` keeps its head, as `协会` alone is no name).
fn category_head(seg: &Seg, s: usize, end: usize) -> Option<usize> {
    // Asked for every name: most hold no `业` and are passed over with a short scan.
    if !seg.f.get(s..end)?.contains(&'业') {
        return None;
    }
    let t = &seg.toks[seg.tok_at(s)?];
    let word = seg.f.get(t.start..t.end)?;
    let rest = seg.f.get(t.end..end)?;
    let is_category = t.start == s && word.len() >= 3 && crate::facts::ends_with(word, "企业");
    (is_category && rest.len() >= 2 && suffix_words().at(rest, 0).is_none()).then(|| t.end - s)
}

/// How many chars of a demonstrative or vague count (`该`, `本`, `这家`) open the name at `s`
/// and go. Only one written as its own word, as the head of the word the name ends in
/// (`本公司`), or as part of a pronoun word (`本报`, `该行`: the word goes whole) is a
/// demonstrative: in `本源量子…公司` jieba reads `本源` (origin) and in `本菲卡队` a name, the
/// name's first word, and `本` stays.
pub(super) fn dropped_prefix(seg: &Seg, s: usize, end: usize) -> Option<usize> {
    let (_, n) = drop_prefix_words().at(seg.f.get(s..end).unwrap_or_default(), 0)?;
    let word_end = seg
        .tok_at(s)
        .map(|k| &seg.toks[k])
        .filter(|t| t.start == s)
        .map_or(s + n, |t| t.end);
    if word_end <= s + n || word_end >= end {
        Some(n)
    } else if function_tag(seg, s, word_end) == Some("r") {
        Some(word_end - s)
    } else {
        None
    }
}
