//! Datelines: `科学导报讯`, `本报讯（记者 张三）`, `新华社太原12月3日电（记者 某某）` and the reporters
//! they name.

use crate::lexicon::names::{is_han, looks_like_name};
use crate::text::fold::fold_cow;

use super::credit::{
    is_name_sep, is_outlet, is_outlet_char, reporter_credit, string_of, strip_role, ROLE_MAX_CHARS,
    ROLE_WORDS,
};
use super::shape::{after_label, is_pad, trim_pad};

mod bracketed;
mod english;

pub(super) use english::english_dateline;

/// Where a dateline ends and what it names.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Dateline {
    pub(super) marker: String,
    pub(super) reporters: Vec<String>,
    /// Each reporter's credit when one is no `记者` (see `Article::reporter_roles`).
    pub(super) reporter_roles: Vec<String>,
    /// Char index where the paragraph text starts after the dateline and reporters.
    pub(super) body_start: usize,
}

/// How far into a paragraph a dateline with its reporters can reach.
pub(super) const DATELINE_SCAN: usize = 80;
/// How far into a paragraph a dateline's 讯 or 电 can be.
pub(super) const DATELINE_MARKER_MAX: usize = 32;

/// News agencies whose datelines end in 电 (`新华社太原12月3日电`).
pub(super) const AGENCIES: &[&str] = &[
    "新华社",
    "中新社",
    "中新网",
    "人民网",
    "央视网",
    "央广网",
    "光明网",
    "中国新闻网",
    "新华网",
    "国际在线",
    "澎湃新闻",
    "本报",
];

/// Finds a dateline at the start of a paragraph: `科学导报讯`, `本报讯（记者 张三）`,
/// `本报讯 记者 张三 李四`, `新华社太原12月3日电（记者 某某）`.
pub(super) fn split_dateline(text: &str) -> Option<Dateline> {
    if let Some(d) = bracketed::bracketed_report(text).or_else(|| bracketed::agency_bracket(text)) {
        return Some(d);
    }
    // Datelines and their reporters sit in the first few dozen chars: fold only those, and
    // only when a 讯 or 电 is there with no sentence punctuation before it (most paragraphs with
    // a 电 near their start, `近日，记者从电力公司获悉`, end here). Only 訊 and 電 fold to 讯 and
    // 电, and nothing folds to the punctuation (a test checks), so the marker and the
    // punctuation before it are where the folded text has them.
    let head = marker_head(text)?;
    // An outlet's short name (`南都讯`) is a marker when its reporters follow it.
    let valid = valid_marker(head);
    let abbreviated = !valid && is_short_outlet_marker(head);
    if !valid && !abbreviated {
        return None;
    }
    // The first chars of the paragraph, collected into room made for all of them at once.
    let mut chars: Vec<char> = Vec::with_capacity(DATELINE_SCAN);
    chars.extend(text.chars().take(DATELINE_SCAN));
    // `head` is the text up to and including the marker: its chars open `chars`.
    let mut pos = head.chars().count();
    // A marker in brackets (`【本报讯】`, `【大公報訊】`): the closing bracket ends it, and the
    // marker is its words.
    let marker = head.trim_matches(is_pad);
    let marker = match marker.strip_prefix(['【', '[', '〔', '（', '(']) {
        Some(inner)
            if chars
                .get(pos)
                .is_some_and(|&c| matches!(c, '】' | ']' | '〕' | '）' | ')')) =>
        {
            pos += 1;
            inner.trim_matches(is_pad)
        }
        // A round bracket not closed right after its 讯 holds more than a marker.
        _ if marker.starts_with(['（', '(']) => return None,
        _ => marker,
    };
    skip_pad(&chars, &mut pos);
    let (credited, filed) = take_reporters(&chars, &mut pos);
    if abbreviated && credited.is_empty() {
        return None;
    }
    skip_pad(&chars, &mut pos);
    let reported = filed.or_else(|| {
        (!credited.is_empty())
            .then(|| reported_from(&chars, &mut pos))
            .flatten()
    });
    skip_pad(&chars, &mut pos);
    // The bracket a report's reporters stand in closes after them (`【环球时报报道 记者 王五】`).
    let marker = match marker.strip_prefix('【') {
        Some(inner) if chars.get(pos) == Some(&'】') => {
            pos += 1;
            skip_pad(&chars, &mut pos);
            inner.trim_matches(is_pad)
        }
        _ => marker,
    };
    // A site's news item names its programme and a colon (`央视网消息（新闻联播）：`).
    let programme = news_item_programme(marker, &chars, &mut pos);
    let marker = match programme {
        Some(p) => std::borrow::Cow::Owned(format!("{marker}{p}")),
        None => std::borrow::Cow::Borrowed(marker),
    };
    let reporter_roles = reporter_roles(credited.iter().map(|(_, r)| r.clone()));
    let marker = match reported {
        Some(r) => format!("{marker} {r}"),
        None => marker.into_owned(),
    };
    Some(Dateline {
        marker,
        reporters: credited.into_iter().map(|(n, _)| n).collect(),
        reporter_roles,
        body_start: pos,
    })
}

/// Each reporter's credit, `记者` for one printed without (see `Article::reporter_roles`);
/// empty when every credit is `记者`.
pub(super) fn reporter_roles(credits: impl Iterator<Item = Option<String>>) -> Vec<String> {
    let roles: Vec<String> = credits
        .map(|r| r.unwrap_or_else(|| "记者".to_owned()))
        .collect();
    if roles.iter().all(|r| r == "记者") {
        Vec::new()
    } else {
        roles
    }
}

/// Longest programme a site's news item names (`（新闻联播）`), brackets included.
const PROGRAMME_MAX_CHARS: usize = 12;

/// After a site's news item marker (`央视网消息`): the programme in brackets it names, if any,
/// returned as printed, and the colon that ends the marker, both skipped (`（新闻联播）：`).
fn news_item_programme(marker: &str, chars: &[char], pos: &mut usize) -> Option<String> {
    if !marker.ends_with("消息") {
        return None;
    }
    let mut programme = None;
    if matches!(chars.get(*pos), Some('（' | '(')) {
        let close = (*pos..chars.len().min(*pos + PROGRAMME_MAX_CHARS))
            .find(|&i| matches!(chars[i], '）' | ')'))?;
        programme = Some(string_of(&chars[*pos..=close]));
        *pos = close + 1;
    }
    if matches!(chars.get(*pos), Some('：' | ':')) {
        *pos += 1;
    }
    skip_pad(chars, pos);
    programme
}

/// Longest source line under a wire story, in chars (`（据新华社北京12月23日电）`).
const CLOSING_SOURCE_MAX_CHARS: usize = 30;

/// A wire story's source alone in round brackets under its text, as national dailies print
/// it: a dateline's marker (`（新华社北京12月23日电）`, `（本报讯）`), `据` and an agency or
/// outlet (`（据新华社电）`, `（据新华社）`, `（据人民日报）`) or a website's `（来源：山西日报）`;
/// or, unbracketed, the title a copied story first had (`原标题：…`). The line is the story's and closes
/// it; as a title-like line it had opened an article of its own. Turned down on its first and
/// last bytes (brackets) before anything is decoded.
pub(super) fn is_closing_source(line: &str) -> bool {
    // Asked of every line: trimmed from its bytes (see [`trim_pad`]), no char decoded.
    let line = trim_pad(line);
    if is_original_title(line) || is_release_note(line) {
        return true;
    }
    let bracketed = (line.starts_with('（') && line.ends_with('）'))
        || (line.starts_with('(') && line.ends_with(')'));
    if !bracketed || super::shape::more_chars_than(line, CLOSING_SOURCE_MAX_CHARS) {
        return false;
    }
    let inner = line[line.chars().next().map_or(0, char::len_utf8)..]
        .strip_suffix(['）', ')'])
        .unwrap_or_default()
        .trim_matches(is_pad);
    let folded = fold_cow(inner);
    let said = folded.strip_prefix('据');
    let stem = said.unwrap_or(&folded);
    // `据新华社`, `据人民日报`, `据澎湃新闻`: a source named without a dateline, an outlet
    // as a byline names one.
    let named = said.is_some()
        && (AGENCIES.contains(&stem) || (stem.chars().all(is_outlet_char) && is_outlet(stem)));
    // `（来源：山西日报）`: a copied story's source, as websites print it.
    let sourced = after_label(&folded, &["来源"]).is_some();
    named
        || sourced
        || credits_unnamed(&folded)
        || marker_head(stem).is_some_and(|h| h.len() == stem.len() && valid_marker(stem))
}

/// A closing credit that names no one (`（本報記者）`, `（记者）`, `（明报记者）`), folded: the
/// outlet's staff wrote it. It closes the story; read as a caption's line it had been glued to
/// the photo caption under it.
fn credits_unnamed(folded: &str) -> bool {
    ["记者", "通讯员"].iter().any(|r| {
        folded.strip_suffix(r).is_some_and(|o| {
            o.is_empty() || o == "本报" || (o.chars().all(is_outlet_char) && is_outlet(o))
        })
    })
}

/// A notice's note on its release under its sign-off (`（此件公开发布）`, `（此件主动公开）`).
fn is_release_note(line: &str) -> bool {
    // Asked of every line: turned down on its first chars.
    line.strip_prefix(['（', '('])
        .is_some_and(|inner| inner.starts_with("此件"))
        && line.ends_with(['）', ')'])
}

/// The title a copied story was first printed under, on a line of its own under it
/// (`原标题：《太原经开区新签约项目120个》`): websites close what they reprint so.
fn is_original_title(line: &str) -> bool {
    original_title(line).is_some()
}

/// The title after `原标题：` (its book-title marks kept as printed).
pub(super) fn original_title(line: &str) -> Option<&str> {
    let line = trim_pad(line);
    // Asked of every line: one that does not open with the label's first char is turned down
    // before the labels are compared.
    if !line.starts_with('原') {
        return None;
    }
    after_label(line, &["原标题", "原標題"])
}

/// The place a reporter files from, after the reporters (`【大公報訊】記者李明深圳報道：`): a
/// few Han chars and `报道`, ended by a colon. Returned without the colon (`深圳報道`), with `pos`
/// moved past it; the dateline keeps it, so the paragraph opens on its first sentence.
fn reported_from(chars: &[char], pos: &mut usize) -> Option<String> {
    let rest = chars.get(*pos..)?;
    let at = (0..=REPORTED_PLACE_MAX_CHARS).find(|&k| {
        matches!(rest.get(k..k + 2), Some(['报' | '報', '道']))
            && rest[..k].iter().all(|&c| crate::lexicon::names::is_han(c))
    })?;
    if !matches!(rest.get(at + 2), Some('：' | ':')) {
        return None;
    }
    *pos += at + 3;
    Some(rest[..at + 2].iter().collect())
}

/// Whether a bracket's last token says where its reporters filed from (`广州报道`, `深圳報道`,
/// `报道`): `报道` after a place the lexicon knows, or alone.
fn is_filed_from(token: &str) -> bool {
    let f = fold_cow(token);
    let Some(place) = f.strip_suffix("报道").or_else(|| f.strip_suffix("报导")) else {
        return false;
    };
    place.is_empty()
        || (!super::shape::more_chars_than(place, REPORTED_PLACE_MAX_CHARS)
            && crate::lexicon::places::is_place(&place.chars().collect::<Vec<char>>()))
}

/// The reporter's name in `陳志明深圳報道：…` (the text after the role word): the shortest name
/// of three, two or four chars (a compound surname) that leaves a known place, or nothing,
/// before `报道` and its colon. `None` when the text files no report so.
fn name_before_report(glued: &[char]) -> Option<String> {
    let k = (2..=4 + REPORTED_PLACE_MAX_CHARS).find(|&k| {
        matches!(glued.get(k..k + 2), Some(['报' | '報', '道']))
            && matches!(glued.get(k + 2), Some('：' | ':'))
    })?;
    [3, 2, 4].into_iter().filter(|&n| n <= k).find_map(|n| {
        let name: String = glued[..n].iter().collect();
        let place = crate::text::fold::fold_chars(&glued[n..k].iter().collect::<String>());
        (looks_like_name(&fold_cow(&name))
            && (place.is_empty() || crate::lexicon::places::is_place(&place)))
        .then_some(name)
    })
}

/// Longest place before `报道` in a dateline (`乌鲁木齐`, `呼和浩特`).
pub(super) const REPORTED_PLACE_MAX_CHARS: usize = 4;

/// The text up to and including its first 讯 or 电 (訊, 電), when that stands among the first
/// [`DATELINE_MARKER_MAX`] chars with no [`is_marker_stop`] punctuation before it.
fn marker_head(text: &str) -> Option<&str> {
    for (k, (b, c)) in text.char_indices().enumerate() {
        // `（重庆综合讯）`: a wire round-up's marker may stand in round brackets of its own.
        let opens_bracket = matches!(c, '（' | '(') && text[..b].trim_matches(is_pad).is_empty();
        if k == DATELINE_MARKER_MAX || (is_marker_stop(c) && !opens_bracket) {
            return None;
        }
        if matches!(c, '讯' | '訊' | '电' | '電') {
            let end = b + c.len_utf8();
            // `通讯员` on a byline, `通讯社`: no marker's 讯.
            if matches!(c, '讯' | '訊') && text[end..].starts_with(['员', '員', '社']) {
                continue;
            }
            return Some(&text[..end]);
        }
        // `央视网消息`, and `【环球时报报道` in its bracket: [`valid_marker`] asks who reports.
        if (c == '息' && text[..b].ends_with('消'))
            || (c == '道'
                && text[..b].ends_with(['报', '報'])
                && text.trim_start_matches(is_pad).starts_with('【'))
        {
            return Some(&text[..b + c.len_utf8()]);
        }
    }
    None
}

/// Whether the text up to a dateline's 讯 or 电 is a dateline's marker: `本报讯`, a paper's or
/// site's name and 讯 (`科学导报讯`), a dated 讯, an agency's 电 or a dated 电
/// (`新华社太原12月3日电`). Only these few chars are folded: a title with a 电 in it (most lines
/// that get here) is turned down before the paragraph's head is collected and folded.
fn valid_marker(head: &str) -> bool {
    let folded = fold_cow(head);
    let marker_f = if folded.contains(is_pad) {
        std::borrow::Cow::Owned(folded.chars().filter(|c| !is_pad(*c)).collect())
    } else {
        folded
    };
    let Some(last) = marker_f.chars().last() else {
        return false;
    };
    let stem = &marker_f[..marker_f.len() - last.len_utf8()];
    let bracketed = stem.trim_start_matches(is_pad).starts_with(['（', '(']);
    let stem = stem
        .trim_start_matches(is_pad)
        .trim_start_matches(['（', '(']);
    if stem.chars().any(is_marker_stop) || (bracketed && last != '讯') {
        return false;
    }
    let dated = stem.contains('月') && stem.contains('日');
    let names_outlet = |o: &str| AGENCIES.contains(&o) || is_outlet(o);
    let valid = match last {
        '讯' => {
            stem.starts_with("本报")
                || dated
                || stem.ends_with(['报', '社', '网', '台', '刊', '闻', '视', '站', '端'])
                || is_own_report(stem)
        }
        // `央视网消息（新闻联播）：`: a site's news item.
        '息' => stem.strip_suffix('消').is_some_and(names_outlet),
        // `【环球时报报道 记者 王五】`: an outlet's report, its reporters in the bracket.
        '道' => stem
            .strip_prefix('【')
            .and_then(|s| s.strip_suffix('报'))
            .is_some_and(names_outlet),
        _ => (dated && stem.ends_with('日')) || AGENCIES.contains(&stem),
    };
    valid && (2..=24).contains(&stem.chars().count())
}

/// Whether the stem of a 讯 says how the report was made, after an outlet's name or a place
/// (folded): an exclusive (`明報專訊`, `本报专讯`) or a round-up of reports (`重庆综合讯`,
/// `综合讯`). The place before a round-up is up to four Han chars.
fn is_own_report(stem: &str) -> bool {
    if let Some(outlet) = stem.strip_suffix('专') {
        return outlet.ends_with(['报', '社', '网', '台']);
    }
    stem.strip_suffix("综合").is_some_and(|place| {
        !super::shape::more_chars_than(place, REPORTED_PLACE_MAX_CHARS) && place.chars().all(is_han)
    })
}

/// Whether the text up to a 讯 is an outlet's short name and 讯 (`南都讯`, `北青讯`): two to four
/// Han chars, which [`valid_marker`] cannot tell from a word (`通讯`, `喜讯`) but reporters after
/// it can (the caller asks for them).
fn is_short_outlet_marker(head: &str) -> bool {
    let marker = head.trim_matches(is_pad);
    marker
        .strip_suffix('讯')
        .is_some_and(|stem| (2..=4).contains(&stem.chars().count()) && stem.chars().all(is_han))
}

/// Punctuation that cannot stand inside a dateline's marker (`科学导报讯`): a clause has begun.
fn is_marker_stop(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '“' | '”' | '（' | '）'
    )
}

pub(super) fn skip_pad(chars: &[char], pos: &mut usize) {
    while *pos < chars.len() && is_pad(chars[*pos]) {
        *pos += 1;
    }
}

/// Whether a few chars open with one of the role words that lead reporters' names (the first
/// eight of [`ROLE_WORDS`]), in any form: compared as they are when folding changes none of
/// them (a Simplified page), else folded.
fn opens_with_role(window: &[char]) -> bool {
    let roles = &ROLE_WORDS[..8];
    if !window.iter().any(|&c| crate::text::fold::may_fold(c)) {
        return roles.iter().any(|r| {
            r.chars().count() <= window.len() && r.chars().zip(window).all(|(a, &b)| a == b)
        });
    }
    let window = string_of(window);
    let folded = fold_cow(&window);
    roles.iter().any(|r| folded.starts_with(r))
}

/// Reporters right after a dateline: a bracket `（记者 张三 通讯员 李四）`, or role-led names
/// `记者王波 ` / `记者 张三 李四 ` up to the first token that is not a name; each with the
/// credit printed before it (a role word counts for the names after it, up to the next). Also
/// where a bracket says they filed from (`（记者 卢静怡 广州报道）` → `广州报道`).
pub(super) fn take_reporters(
    chars: &[char],
    pos: &mut usize,
) -> (Vec<(String, Option<String>)>, Option<String>) {
    if matches!(chars.get(*pos), Some('（' | '(')) {
        return bracketed_reporters(chars, pos);
    }
    (role_led_reporters(chars, pos), None)
}

/// [`take_reporters`] in a bracket: the names, and the place filed from after them.
fn bracketed_reporters(
    chars: &[char],
    pos: &mut usize,
) -> (Vec<(String, Option<String>)>, Option<String>) {
    let start = *pos;
    let Some(close) =
        (start..chars.len().min(start + 40)).find(|&i| matches!(chars[i], '）' | ')'))
    else {
        return (Vec::new(), None);
    };
    let inner = string_of(&chars[start + 1..close]);
    let mut role = None;
    // A two-char name spaced to the width of three (`（记者 李 攀）`) is one name.
    let mut parts: Vec<std::borrow::Cow<'_, str>> =
        super::credit::rejoin_spaced_names(inner.split(is_name_sep).filter(|t| !t.is_empty()))
            .collect();
    // Where the reporters filed from, after them (`（记者 卢静怡 广州报道）`): no name.
    let filed = parts
        .last()
        .filter(|t| parts.len() > 1 && is_filed_from(t))
        .map(|t| t.to_string());
    if filed.is_some() {
        parts.pop();
    }
    let tokens: Vec<(&str, Option<String>)> = parts
        .iter()
        .filter_map(|t| {
            role = reporter_credit(t).or(role.take());
            Some((strip_role(t), role.clone())).filter(|(n, _)| !n.is_empty())
        })
        .collect();
    // Anything but names in the bracket: it is text of the paragraph, kept there.
    if !tokens
        .iter()
        .all(|(t, _)| (2..=4).contains(&t.chars().count()) && t.chars().all(is_han))
    {
        return (Vec::new(), None);
    }
    let names: Vec<(String, Option<String>)> =
        tokens.into_iter().map(|(t, r)| (t.to_owned(), r)).collect();
    let inner_f = fold_cow(&inner);
    let has_role = ROLE_WORDS.iter().any(|r| inner_f.contains(r));
    if !names.is_empty() && (has_role || names.iter().all(|(n, _)| looks_like_name(&fold_cow(n)))) {
        *pos = close + 1;
        return (names, filed);
    }
    (Vec::new(), None)
}

/// [`take_reporters`] led by a role word (`记者 张三 李四 `).
fn role_led_reporters(chars: &[char], pos: &mut usize) -> Vec<(String, Option<String>)> {
    let start = *pos;
    // Only the few chars a role word can span are folded: every char but fast2s's few context
    // keys folds alone (see `crate::text::fold`), and none of those keys folds to a char of a
    // role word, so the window's fold opens as the whole text's would.
    let window = chars.get(start..).unwrap_or_default();
    let window = &window[..window.len().min(ROLE_MAX_CHARS)];
    if !opens_with_role(window) {
        return Vec::new();
    }
    // Tokens separated by spaces: role words and names.
    let mut names = Vec::new();
    let mut role = None;
    let mut i = start;
    loop {
        // A bracketed marker's reporters end at its closing bracket (`记者 王五】`).
        let token_end = |from: usize| {
            (from..chars.len())
                .find(|&j| is_pad(chars[j]) || chars[j] == '】')
                .unwrap_or(chars.len())
        };
        let mut tok_end = token_end(i);
        let mut token = string_of(&chars[i..tok_end]);
        // A name spaced out (`记者 陈 芳 12月2日`, `记者 陈 志芳`) is one name.
        if tok_end == i + 1 && is_han(chars[i]) {
            let mut next = tok_end;
            skip_pad(chars, &mut next);
            let next_end = token_end(next);
            let next_token = string_of(&chars[next..next_end]);
            if super::credit::spaced_name_parts(&token, &next_token) {
                token.push_str(&next_token);
                tok_end = next_end;
            }
        }
        role = reporter_credit(&token).or(role.take());
        let name = strip_role(&token);
        let is_role_only = name.is_empty() && !token.is_empty();
        if is_role_only {
            // a role word alone
        } else if looks_like_name(&fold_cow(name)) {
            names.push((name.to_owned(), role.clone()));
        } else if names.is_empty() && name != token {
            let glued: Vec<char> = name.chars().collect();
            let role_chars = token.chars().count() - glued.len();
            // `記者陳志明深圳報道：`: the name is what leaves a place (or nothing) before 报道.
            if let Some(n) = name_before_report(&glued) {
                *pos = i + role_chars + n.chars().count();
                names.push((n, role));
                return names;
            }
            // Role glued to name and text (`记者王波近日…`): take a two-char name, unless the
            // text goes on with what the reporter did (`记者来到园区`: `来到` is no name).
            let n: String = name.chars().take(2).collect();
            if looks_like_name(&fold_cow(&n))
                && !crate::facts::people::opens_with_reporters_act(name)
            {
                names.push((n.clone(), role));
                *pos = i + (token.chars().count() - name.chars().count()) + 2;
            }
            return names;
        } else {
            break;
        }
        i = tok_end;
        *pos = i;
        skip_pad(chars, &mut i);
        if i >= chars.len() {
            break;
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    /// An outlet's short name before 讯 is a marker when reporters follow it; a word ending in
    /// 讯 is none.
    #[test]
    fn a_short_outlet_name_with_its_reporters_is_a_marker() {
        let dl = split_dateline("南都讯 记者 陈志芳 12月2日，园区签约。").expect("dateline");
        assert_eq!(dl.marker, "南都讯");
        assert_eq!(dl.reporters, ["陈志芳"]);
        assert!(split_dateline("传来喜讯 园区签约。").is_none());
        assert!(split_dateline("简讯 园区签约。").is_none());
    }

    /// Where a bracket's reporters filed from (`广州报道`) is the dateline's, never a reporter;
    /// a bracket's last name that is no place stays a name.
    #[test]
    fn a_brackets_place_filed_from_is_no_reporter() {
        let dl = split_dateline("香港文汇报讯（记者 卢静怡 广州报道）南沙经开区举行投产活动。")
            .expect("dateline");
        assert_eq!(dl.marker, "香港文汇报讯 广州报道");
        assert_eq!(dl.reporters, ["卢静怡"]);
        let dl = split_dateline("香港文匯報訊（記者 李昌鴻 深圳報道）前海管理局公佈。")
            .expect("dateline");
        assert_eq!(dl.reporters, ["李昌鴻"]);
        let dl = split_dateline("本报讯（记者 王璐 班娟娟）园区签约。").expect("dateline");
        assert_eq!(dl.reporters, ["王璐", "班娟娟"]);
    }

    /// Two-char names spaced to the width of three are the reporters after the marker too.
    #[test]
    fn spaced_names_after_the_marker_are_reporters() {
        let dl = split_dateline("本报讯 记者 陈 芳 李 攀 12月2日，园区签约。").expect("dateline");
        assert_eq!(dl.reporters, ["陈芳", "李攀"]);
        let dl = split_dateline("本报讯 记者 陈 芳 12月2日，园区签约。").expect("dateline");
        assert_eq!(dl.reporters, ["陈芳"]);
        // A surname set apart from a two-char given name.
        let dl = split_dateline("南都讯 记者 陈 志芳 12月2日，园区签约。").expect("dateline");
        assert_eq!(dl.reporters, ["陈志芳"]);
        let dl =
            split_dateline("本报讯（记者 王 璐 班 娟娟）12月2日，园区签约。").expect("dateline");
        assert_eq!(dl.reporters, ["王璐", "班娟娟"]);
    }

    /// Two-char names spaced to the width of three are the reporters, as on a byline.
    #[test]
    fn spaced_names_in_the_bracket_are_reporters() {
        let dl = split_dateline("本报讯（记者 李 攀 通讯员 陈 洁）12月20日，园区签约。")
            .expect("dateline");
        assert_eq!(dl.reporters, ["李攀", "陈洁"]);
        assert_eq!(dl.reporter_roles, ["记者", "通讯员"]);
    }

    /// A reporter of another outlet keeps the outlet in the dateline's credits, as a byline's
    /// names do; a role word alone gives the role.
    #[test]
    fn an_outlets_reporter_keeps_the_outlet() {
        let dl = split_dateline("新华社北京12月23日电（经济日报记者 张三 通讯员 李四）签约。")
            .expect("dateline");
        assert_eq!(dl.reporters, ["张三", "李四"]);
        assert_eq!(dl.reporter_roles, ["经济日报记者", "通讯员"]);
        let dl = split_dateline("本报讯（记者 张三 通讯员 李四）签约。").expect("dateline");
        assert_eq!(dl.reporter_roles, ["记者", "通讯员"]);
    }

    /// `通讯员` holds a 讯, and a byline with a correspondent under a title is no dateline.
    #[test]
    fn a_correspondents_xun_is_no_marker() {
        assert_eq!(split_dateline("本报记者 张三 通讯员 李四 王五"), None);
        // The agency's own 讯 after its name still is.
        let agency = split_dateline("中国新闻通讯社讯 园区签约。").expect("dateline");
        assert_eq!(agency.marker, "中国新闻通讯社讯");
        let dl = split_dateline("本报讯（记者 张三 通讯员 李四）园区签约。").expect("dateline");
        assert_eq!(dl.marker, "本报讯");
        assert_eq!(dl.reporters, ["张三", "李四"]);
        // A reporter's rank is a role word too.
        let ranked = split_dateline("本报讯（首席记者 张三 全媒体记者 李四）园区签约。");
        assert_eq!(ranked.expect("dateline").reporters, ["张三", "李四"]);
    }

    #[test]
    fn a_wire_storys_source_under_it() {
        for line in [
            "（新华社北京12月23日电）",
            "(新华社北京12月23日电)",
            "　　（据新华社电）",
            "（据新华社）",
            "（据人民日报）",
            "（本报讯）",
            "（中新社太原12月3日电）",
            "（據新華社電）",
            "（据澎湃新闻）",
            "（据21世纪经济报道）",
            "（据央视新闻）",
            "（来源：山西日报）",
            "原标题：《太原经开区新签约项目120个》",
        ] {
            assert!(is_closing_source(line), "{line}");
        }
        for line in [
            "（记者 张三）",
            "（上接第一版）",
            "（据介绍，项目总投资10亿元）",
            "（据统计）",
            "新华社北京12月23日电",
            "（新华社北京12月23日电）国务院新闻办公室23日举行新闻发布会。",
            "（电）",
            "（据报道）",
            "（据了解）",
            "（来源：）",
            "原标题：",
            "标题：开发区",
        ] {
            assert!(!is_closing_source(line), "{line}");
        }
    }

    /// What [`opens_with_marker`] relies on: of the chars folding changes (full-width forms and
    /// CJK ideographs), only 訊 and 電 become a marker, and none becomes a stop.
    #[test]
    fn only_the_markers_fold_to_markers() {
        let mut to_marker = Vec::new();
        for c in (0x4E00..=0x9FFF)
            .chain(0xFF00..=0xFFEF)
            .filter_map(char::from_u32)
        {
            let f = fold(&format!("{c}a")).chars().next().unwrap_or(c);
            assert!(!is_marker_stop(f) || f == c, "{c} folds to {f}");
            if matches!(f, '讯' | '电') {
                to_marker.push(c);
            }
        }
        assert_eq!(to_marker, ['电', '訊', '讯', '電']);
    }

    #[test]
    fn datelines() {
        let d = split_dateline("科学导报讯 近日，兴县").unwrap();
        assert_eq!((d.marker.as_str(), d.body_start), ("科学导报讯", 6));
        let d = split_dateline("科学导报讯 记者王波 12 月 18 日，云网").unwrap();
        assert_eq!(d.reporters, ["王波"]);
        assert_eq!(d.body_start, 11);
        let d = split_dateline("本报讯（记者 张三 通讯员 李四）日前，").unwrap();
        assert_eq!(
            (d.marker.as_str(), d.reporters.clone()),
            ("本报讯", vec!["张三".to_owned(), "李四".to_owned()])
        );
        let d = split_dateline("本报讯 记者 张三 李四 近日，").unwrap();
        assert_eq!(d.reporters, ["张三", "李四"]);
        let d = split_dateline("新华社太原12月3日电（记者 刘翔宇）山西").unwrap();
        assert_eq!(
            (d.marker.as_str(), d.reporters.clone()),
            ("新华社太原12月3日电", vec!["刘翔宇".to_owned()])
        );
        let d = split_dateline("新华社太原 12 月 3 日电 近日").unwrap();
        assert_eq!(d.marker, "新华社太原 12 月 3 日电");
        assert!(split_dateline("近日，记者从电力公司获悉").is_none());
        assert!(split_dateline("据了解，该工程将与经开区现有路网形成联动").is_none());
        assert!(split_dateline("本報訊 近日").is_some());
        let d = split_dateline("本報訊 記者 張三 近日").unwrap();
        assert_eq!(d.reporters, ["張三"]);
        let d = split_dateline("本报讯 通讯员 李四 近日").unwrap();
        assert_eq!(d.reporters, ["李四"]);
        // A paper that brackets its marker and files from a place (Hong Kong's papers).
        for (text, reporter, marker) in [
            (
                "【大公報訊】記者陳志明深圳報道：前海",
                "陳志明",
                "大公報訊 深圳報道",
            ),
            ("【本报讯】记者李明报道：今年", "李明", "本报讯 报道"),
            ("【本报讯】记者王小明报道：今年", "王小明", "本报讯 报道"),
            ("【本报讯】（记者 李明）今年", "李明", "本报讯"),
        ] {
            let d = split_dateline(text).unwrap();
            assert_eq!(
                (d.marker.as_str(), d.reporters.clone()),
                (marker, vec![reporter.to_owned()]),
                "{text}"
            );
            let body: String = text.chars().skip(d.body_start).collect();
            assert!(body == "前海" || body == "今年", "{text}: {body}");
        }
        // A site's news item with its programme, and a report with its reporters in brackets.
        for (text, reporters, marker) in [
            (
                "央视网消息（新闻联播）：国家级",
                vec![],
                "央视网消息（新闻联播）",
            ),
            ("央视网消息：国家级", vec![], "央视网消息"),
            (
                "【环球时报报道 记者 王五 李四】国家级",
                vec!["王五", "李四"],
                "环球时报报道",
            ),
            ("【环球网报道 记者 赵六】国家级", vec!["赵六"], "环球网报道"),
        ] {
            let d = split_dateline(text).unwrap();
            assert_eq!(
                (d.marker.as_str(), d.reporters.clone()),
                (marker, reporters.iter().map(|r| r.to_string()).collect()),
                "{text}"
            );
            let body: String = text.chars().skip(d.body_start).collect();
            assert_eq!(body, "国家级", "{text}");
        }
        for text in [
            "据消息人士透露，",
            "好消息传来",
            "【编者按】本报今起推出",
            "【据报道】多家",
            "信息技术产业园区今年",
        ] {
            assert!(split_dateline(text).is_none(), "{text}");
        }
        // A bracket holding more than names is paragraph text, not reporters.
        let d = split_dateline("科学导报讯 （陈勤 王佳琪（张三参与采写）").unwrap();
        assert!(d.reporters.is_empty());
        assert_eq!(d.body_start, 6);
    }

    #[test]
    fn each_reporter_keeps_the_credit_printed_before_them() {
        let d = split_dateline("本报讯（记者 张三 通讯员 李四 王五）日前，").unwrap();
        assert_eq!(d.reporters, ["张三", "李四", "王五"]);
        assert_eq!(d.reporter_roles, ["记者", "通讯员", "通讯员"]);
        let d = split_dateline("本報訊 記者 張三 通訊員 李四 近日").unwrap();
        assert_eq!(d.reporter_roles, ["记者", "通讯员"]);
        // Reporters only: no roles kept (every one is 记者).
        let d = split_dateline("新华社太原12月3日电（记者 刘翔宇 王五）山西").unwrap();
        assert!(d.reporter_roles.is_empty());
    }
}
