//! Credits: bylines (`陈勤 田浩东`, `（记者 张三）`) and photo credits (`■ 张丽摄`), with the role
//! words that introduce them.

use crate::lexicon::names::{is_han, looks_like_name};
use crate::lexicon::spaced_names::{one_han, spaced_name_shape};
use crate::text::fold::{fold, fold_cow};

use super::shape::{is_pad, more_chars_than, trim_pad};

mod bodies;
mod photo_source;
mod roles;

pub(super) use bodies::credits_a_body;
pub(super) use photo_source::is_photo_source;
use roles::{could_open_a_role, may_hold_outlet_role, strip_credit_folded};
pub(super) use roles::{
    is_app_mark, is_outlet, is_outlet_char, role_of, strip_role, ROLE_MAX_CHARS, ROLE_WORDS,
};

/// A byline or credit line is short.
pub(super) const NAMES_LINE_MAX_CHARS: usize = 40;

/// The string of some chars, made at its size in bytes: collecting chars into a `String` sized
/// it by their count and grew it (a copy) as three-byte chars filled it.
pub(super) fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// Separators between names on a byline: also between a role and its names, as a WeChat post
/// prints them (`文字丨王晓燕`; `丨` is a Han char drawn as a bar, in no name).
pub(super) fn is_name_sep(c: char) -> bool {
    is_pad(c)
        || matches!(
            c,
            '、' | '，' | ',' | '/' | '／' | '：' | ':' | '|' | '｜' | '丨'
        )
}

/// A name on a byline, with the credit it is printed under when that names the reporter's
/// outlet, post or rank (`经济日报记者`): kept, since the page says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Credited {
    pub(super) name: String,
    pub(super) credit: Option<String>,
    /// Where the reporters filed from, on the last name of a byline that says so
    /// (`本报记者 李果 上海报道` → `上海报道`): the article's dateline when it has none, so the
    /// page's words stay in the article.
    pub(super) filed_from: Option<String>,
}

impl Credited {
    pub(super) fn bare(name: String) -> Credited {
        Credited {
            name,
            credit: None,
            filed_from: None,
        }
    }
}

/// A name printed with no credit of its own, in tests.
#[cfg(test)]
impl PartialEq<&str> for Credited {
    fn eq(&self, name: &&str) -> bool {
        self.credit.is_none() && self.name == *name
    }
}

/// The names of a byline, split into the article's `byline` and `byline_credits` (empty when
/// no name has a credit).
pub(super) fn split_credits(names: Vec<Credited>) -> (Vec<String>, Vec<String>) {
    let credited = names.iter().any(|n| n.credit.is_some());
    let mut credits = Vec::new();
    let mut byline = Vec::with_capacity(names.len());
    for n in names {
        byline.push(n.name);
        if credited {
            credits.push(n.credit.unwrap_or_default());
        }
    }
    (byline, credits)
}

/// The credit a token opens with, as a reporter's role (see [`role_of`]), or as printed when it
/// names the reporter's outlet, post or rank (`经济日报记者张三` → `经济日报记者`): a dateline's
/// reporters keep it, as a byline's names do.
pub(super) fn reporter_credit(token: &str) -> Option<String> {
    let token_f = fold_cow(token);
    match strip_credit_folded(token, &token_f) {
        (_, _, Some(outlet)) => Some(outlet.to_owned()),
        _ => role_of(token).map(str::to_owned),
    }
}

/// A line of names only (`陈勤 田浩东 王佳琪`, `（朱怡舟）`, `记者 张三 通讯员 李四`, `文/张三`,
/// `■ 本报记者 张明`), each with its credit when that names an outlet (`经济日报记者 冯其予`).
pub(super) fn parse_credited(line: &str) -> Option<Vec<Credited>> {
    // A byline may open with a bullet as a photo credit does (`■ 本报记者 张明`).
    let inner = strip_brackets(trim_pad(trim_pad(line).trim_start_matches(is_bullet)));
    if is_commentator(inner) {
        return Some(vec![Credited::bare(inner.to_owned())]);
    }
    // Several places the names filed from (`上海、合肥报道`) are cut off before the names are
    // split: the `、` between them parts names too.
    let filed = inner.ends_with(['道', '導', '导']);
    let mut filed_from: Option<String> = None;
    let inner = match inner.rsplit_once(is_pad).filter(|_| filed) {
        Some((names, tail))
            if tail.contains('、')
                && !trim_pad(names).is_empty()
                && is_filed_from(&fold_cow(tail)) =>
        {
            filed_from = Some(tail.to_owned());
            trim_pad(names)
        }
        _ => inner,
    };
    // Places apart by pads before the last (`记者　李　唐　郑州　西安　成都报道`): cut off too.
    let inner = match places_filed_from(inner).filter(|_| filed && filed_from.is_none()) {
        Some(at) => {
            filed_from = Some(inner[at..].to_owned());
            trim_pad(&inner[..at])
        }
        None => inner,
    };
    let mut names = Vec::new();
    // The credit the names after it are printed under, until the next role word.
    let mut credit: Option<String> = None;
    // Whether the token before was a correspondent's role word alone (`通讯员`).
    let mut after_correspondent = false;
    for token in rejoin_spaced_names(inner.split(is_name_sep).filter(|t| !t.is_empty())) {
        let token = token.as_ref();
        if !names.is_empty() && is_desk(token) {
            credit = Some(token.to_owned()); // the desk the names after it work on
            continue;
        }
        if !could_hold_a_name(token) {
            return None;
        }
        let pen_name = std::mem::take(&mut after_correspondent);
        if pen_name && !names.is_empty() && is_pen_name(token) {
            names.push(Credited {
                name: token.to_owned(),
                credit: credit.clone(),
                filed_from: None,
            });
            continue;
        }
        let token_f = fold_cow(token);
        if names.is_empty() && is_signers_word(&token_f) {
            continue; // who signs a letter, before the name: `读者　黄志明`
        }
        if !names.is_empty() && is_authors_act(&token_f) {
            continue; // what the names did, after them: `梁明 著`
        }
        if !names.is_empty() && is_filed_from(&token_f) {
            // where the names filed from: `北京报道`
            filed_from = names_a_place(token).then(|| token.to_owned());
            continue;
        }
        let (name, name_f, outlet) = strip_credit_folded(token, &token_f);
        if name.len() < token.len() {
            credit = outlet.map(str::to_owned);
        }
        if name.is_empty() {
            after_correspondent = matches!(role_of(token), Some("通讯员" | "特约通讯员"));
            continue; // the role word alone
        }
        // `文` (text by) is also a surname: `文欣` is a name, not `文` and a one-char rest.
        let (name, name_f) = if !looks_like_name(name_f) && looks_like_name(&token_f) {
            (token, &*token_f)
        } else {
            (name, name_f)
        };
        if !looks_like_name(name_f) {
            return None;
        }
        names.push(Credited {
            name: name.to_owned(),
            credit: credit.clone(),
            filed_from: None,
        });
    }
    if let Some(last) = names.last_mut() {
        last.filed_from = filed_from;
    }
    (!names.is_empty()).then_some(names)
}

/// Where the places a byline's reporters filed from start, when two or more are printed apart
/// by pads and only the last says `报道` (`郑州　西安　成都报道`): the byte offset of the first.
/// Each place before the last must be a place the lexicon knows, or the tokens are names.
fn places_filed_from(inner: &str) -> Option<usize> {
    let (head, last) = inner.rsplit_once(is_pad)?;
    if !is_filed_from(&fold_cow(last)) {
        return None;
    }
    let mut at = None;
    let mut rest = trim_pad(head);
    while let Some((before, token)) = rest.rsplit_once(is_pad) {
        if !is_known_place(&fold_cow(token)) {
            break;
        }
        // `token` lies in `inner`: its offset there is how far its first byte is.
        at = Some(token.as_ptr() as usize - inner.as_ptr() as usize);
        rest = trim_pad(before);
    }
    at
}

/// Whether a folded word is a place the lexicon knows, written with its suffix or, a city,
/// without (`郑州`, `西安`).
fn is_known_place(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.len() >= 2 && crate::lexicon::places::is_place_or_city(&chars)
}

/// Words a newsroom's desk ends in (`县市新闻部`, `全媒体中心`, `评论理论部`).
const DESK_ENDS: &[&str] = &["部", "中心", "室"];
/// Words a desk's name holds, which no person's or body's name on a byline does.
const DESK_WORDS: &[&str] = &[
    "新闻", "采访", "编辑", "媒体", "评论", "要闻", "报道", "经济",
];

/// Whether a byline's token after a name is the desk the names after it work on
/// (`本报记者　王世琪　县市新闻部　李　攀`): three to eight Han chars ending as a desk does and
/// holding a newsroom's word ([`DESK_WORDS`]). The byline had been read as a title for it.
fn is_desk(token: &str) -> bool {
    let n = token.chars().count();
    (3..=8).contains(&n) && token.chars().all(is_han) && {
        let folded = fold_cow(token);
        DESK_ENDS.iter().any(|e| folded.ends_with(e))
            && DESK_WORDS.iter().any(|w| folded.contains(w))
    }
}

/// Whether a token right after a correspondent's role word, on a byline that has named a
/// reporter already, is a pen name: a press office signs its stories with two or three Han chars
/// that are no person's name (`本报记者　宋　敏　通讯员　港宣`, the airport zone's publicity office),
/// and the byline had been turned down as a title for it.
fn is_pen_name(token: &str) -> bool {
    let n = token.chars().count();
    (2..=3).contains(&n) && token.chars().all(is_han)
}

/// Whether a token before a letter's signature says who wrote it (`读者　黄志明`, `市民 李强`):
/// a word of its own, so a title that opens with it (`读者来信`) is no signature.
fn is_signers_word(token_f: &str) -> bool {
    matches!(token_f, "读者" | "网友" | "市民" | "来信人")
}

/// Whether a byline's token after its names says what they did to a book's or a serial's
/// text (`梁　明　著`, `张三 编著`, `李四 译`): no name, and the line is still a byline.
fn is_authors_act(token_f: &str) -> bool {
    matches!(token_f, "著" | "编著" | "译" | "编译" | "口述")
}

/// Whether a filed-from token names where (`北京报道`, `台北報導`), not only how
/// (`报道`, `摄影报道`): only a place is worth an article's dateline.
fn names_a_place(token: &str) -> bool {
    let place = token.trim_end_matches(['报', '報', '道', '導', '导']);
    !place.is_empty() && !place.ends_with("摄影") && !place.ends_with("攝影")
}

/// The names of a line of names only, without their credits (see [`parse_credited`]).
pub(super) fn parse_names(line: &str) -> Option<Vec<String>> {
    parse_credited(line).map(|names| names.into_iter().map(|n| n.name).collect())
}

/// Whether a credit line says its names wrote the text and shot the photos (`晚报记者 郝杰
/// 文/摄`, `张三 文 摄`, `记者 王五 摄影报道`, a photo report): a byline, where a credit alone
/// (`张三 摄`) is a photo's.
pub(super) fn wrote_and_shot(line: &str) -> bool {
    let line = line.trim_end_matches(is_pad);
    if ["摄影报道", "攝影報道", "摄影报导", "攝影報導"]
        .iter()
        .any(|w| line.ends_with(w))
    {
        return true;
    }
    let rest = line.strip_suffix(['摄', '攝']).unwrap_or_default();
    rest.trim_end_matches(|c: char| is_pad(c) || matches!(c, '/' | '／'))
        .ends_with('文')
}

/// Longest place a byline files from (`乌鲁木齐报道`).
const FILED_FROM_MAX_CHARS: usize = 4;

/// Where a byline's reporters filed from, after their names (folded): `北京报道`, `报道`
/// (`21世纪经济报道记者 张三 北京报道`), or several places (`上海、合肥报道`). Not a name; the
/// line is still a byline.
fn is_filed_from(token_f: &str) -> bool {
    // `報導`, Taiwan's form (`記者王小明／新竹報導`), folds to `报导`.
    let places = token_f
        .strip_suffix("报道")
        .or_else(|| token_f.strip_suffix("报导"));
    places.is_some_and(|places| {
        places
            .split('、')
            .all(|place| !more_chars_than(place, FILED_FROM_MAX_CHARS) && place.chars().all(is_han))
    })
}

/// The byline's tokens with a name spaced out joined again (`本报记者 吴 陆` → `吴陆`,
/// `班 娟娟` → `班娟娟`); see [`rejoin_spaced`].
pub(super) fn rejoin_spaced_names<'a>(
    tokens: impl Iterator<Item = &'a str>,
) -> impl Iterator<Item = std::borrow::Cow<'a, str>> {
    rejoin_spaced(
        tokens.map(std::borrow::Cow::Borrowed),
        |a, b| spaced_name_parts(a, b),
        |a, b| std::borrow::Cow::Owned(format!("{a}{b}")),
    )
}

/// Joins a name's two spaced parts into one token: print pages space a two-char name to the
/// width of a three-char one (`吴 陆`, `刘 洋`), and some set a surname apart from its given
/// name (`班 娟娟`). `joins` says whether two tokens in a row are such parts ([`spaced_name_parts`]);
/// `join` makes one token of two. Anything else passes.
fn rejoin_spaced<T>(
    tokens: impl Iterator<Item = T>,
    joins: impl Fn(&T, &T) -> bool,
    join: impl Fn(T, T) -> T,
) -> impl Iterator<Item = T> {
    let mut tokens = tokens.peekable();
    std::iter::from_fn(move || {
        let t = tokens.next()?;
        if let Some(next) = tokens.next_if(|n| joins(&t, n)) {
            return Some(join(t, next));
        }
        Some(t)
    })
}

/// Whether two byline tokens in a row are one name spaced out: the shape
/// [`spaced_name_shape`] reads (two single Han chars, or a surname alone before two Han chars),
/// where two chars after a surname are no role word or act of a credit (`班 娟娟`, not `王 摄影`,
/// not `李 报道`).
pub(super) fn spaced_name_parts(first: &str, next: &str) -> bool {
    spaced_name_shape(first, next)
        && (one_han(next).is_some()
            || (strip_role(next) == next
                && !matches!(
                    next,
                    "报道" | "摄影" | "整理" | "编辑" | "通讯" | "供图" | "制图"
                )))
}

/// Longest name [`looks_like_name`] takes (a transliterated name with a middle dot).
const NAME_MAX_CHARS: usize = 12;

/// Whether a byline token may be a role word and a name, before anything is folded: Han chars
/// and `·` only, and not longer than a role word and a name. Folding keeps Han chars Han and
/// others not, and role words are Han, so a token failing this fails [`looks_like_name`] after
/// [`strip_role`] too — a title line (`沁水经开区签约年产 7 万吨…`) ends here at once.
///
/// Without a `·` a name is at most [`PLAIN_NAME_MAX_CHARS`] chars, so a longer token must open
/// with a role word: one whose first char neither opens a role word nor may fold into one
/// (`沁水经开区签约`, most short titles) is turned down here too.
///
/// Whether the token holds a `·` is noted in the pass over its chars: `str::contains('·')` of
/// a short token set up a substring searcher.
fn could_hold_a_name(token: &str) -> bool {
    // Digits and a news app's mark are written only in an outlet's name, before its
    // reporter's role (`21世纪经济报道记者`, `南方+记者`).
    let outlet_mark = |c: char| c.is_ascii_digit() || is_app_mark(c);
    let (mut dot, mut mark) = (false, false);
    if more_chars_than(token, ROLE_MAX_CHARS + NAME_MAX_CHARS)
        || !token.chars().all(|c| {
            dot |= c == '·';
            mark |= outlet_mark(c);
            is_han(c) || c == '·' || outlet_mark(c)
        })
    {
        return false;
    }
    if mark {
        let last = token.rfind(outlet_mark).unwrap_or(0);
        return may_hold_outlet_role(&token[last..]);
    }
    let plain_and_long = more_chars_than(token, PLAIN_NAME_MAX_CHARS) && !dot;
    !plain_and_long
        || token.chars().next().is_some_and(could_open_a_role)
        || may_hold_outlet_role(token)
}
/// Longest name without a `·` that [`looks_like_name`] takes (`欧阳修文`).
const PLAIN_NAME_MAX_CHARS: usize = 4;

/// Longest collective author (`人民日报特约评论员`).
const COMMENTATOR_MAX_CHARS: usize = 10;

/// A paper's collective author, signed like a name: `本报评论员`, `人民日报特约评论员`.
///
/// The ending is compared first: every line of names is asked, and few are commentators.
fn is_commentator(s: &str) -> bool {
    (s.ends_with("评论员") || s.ends_with("評論員"))
        && s.chars().count() <= COMMENTATOR_MAX_CHARS
        && s.chars().all(crate::lexicon::names::is_han)
}

/// `（X）` → `X`; anything else unchanged.
///
/// The first char picks the one pair it can open (the four open differently), so a line with
/// no bracket is turned down on that char alone.
pub(super) fn strip_brackets(s: &str) -> &str {
    let mut chars = s.chars();
    let close = match chars.next() {
        Some('（') => '）',
        Some('(') => ')',
        Some('【') => '】',
        Some('[') => ']',
        _ => return s,
    };
    match chars.as_str().strip_suffix(close) {
        Some(inner) => inner.trim_matches(is_pad),
        None => s,
    }
}

/// Marks that open a credit line (`■ 梁栋摄`).
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '■' | '□' | '▲' | '△' | '●' | '○' | '◆' | '◇' | '★' | '☆' | '▼' | '▽' | '◎'
    )
}

/// How far from the end of a line a credit's 摄 can be (`张三摄（视觉中国供图）`).
const CREDIT_TAIL: usize = 14;

/// A photo credit, alone or after caption text: `■ 张丽摄`, `本报记者 张三 摄`, `（梁栋 摄）`,
/// `图为座谈会现场。张丽 摄`, and with the photo agency after it: `张三摄（影像中国）`,
/// `李四 摄（人民视觉）`. Returns the caption text (if any) and the credit: the names, then the
/// agency in its brackets (`李四（人民视觉）`).
pub(super) fn parse_credit(line: &str) -> Option<(Option<String>, String)> {
    // Cheap test first: a credit has 摄/攝 within its last few chars.
    if !shot_near_end(line) {
        return None;
    }
    if let Some((core, agency)) = split_agency(line) {
        if let Some((caption, names)) = parse_plain_credit(core) {
            return Some((caption, format!("{names}{agency}")));
        }
    }
    parse_plain_credit(line)
}

/// Whether 摄 or 攝 stands among the last [`CREDIT_TAIL`] chars of a line, read from its UTF-8
/// bytes in one walk back from the end: each lead byte met is a char, and both chars are three
/// bytes opening with `E6` that no other char's bytes can imitate.
///
/// A three-byte char (most of a Chinese line) is stepped over whole: the walk stands on a char
/// boundary, so a three-byte lead three bytes back opens the char that ends there.
fn shot_near_end(line: &str) -> bool {
    let bytes = line.as_bytes();
    // The last [`CREDIT_TAIL`] chars lie within the line's last `4 * CREDIT_TAIL` bytes: a line
    // without either char's bytes there (nearly every line) is turned down by one SIMD search
    // for their lead byte, before its chars are walked back over.
    let tail = &bytes[bytes.len().saturating_sub(CREDIT_TAIL * 4)..];
    let shot_in_tail = memchr::memchr_iter(0xE6, tail)
        .any(|i| matches!(tail.get(i + 1..i + 3), Some([0x91, 0x84] | [0x94, 0x9D])));
    if !shot_in_tail {
        return false;
    }
    let mut chars = 0;
    let mut at = bytes.len();
    while at > 0 && chars < CREDIT_TAIL {
        if let Some(three @ [0xE0..=0xEF, _, _]) = at.checked_sub(3).and_then(|s| bytes.get(s..at))
        {
            if matches!(three, [0xE6, 0x91, 0x84] | [0xE6, 0x94, 0x9D]) {
                return true;
            }
            chars += 1;
            at -= 3;
            continue;
        }
        at -= 1;
        match bytes[at] {
            0x80..=0xBF => {}
            0xE6 => {
                if matches!(bytes.get(at + 1..at + 3), Some([0x91, 0x84] | [0x94, 0x9D])) {
                    return true;
                }
                chars += 1;
            }
            _ => chars += 1,
        }
    }
    false
}

/// Longest photo agency in brackets after a credit (`（视觉中国）`, `（新华社发）`).
const AGENCY_MAX_CHARS: usize = 10;

/// `张三摄（影像中国）` → (`张三摄`, `（影像中国）`): an agency in brackets right after 摄.
fn split_agency(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_end_matches(is_pad);
    let rest = t.strip_suffix(['）', ')'])?;
    let open = rest.rfind(['（', '('])?;
    let agency = &t[open..];
    let core = t[..open].trim_end_matches(is_pad);
    let credit_end =
        core.ends_with(['摄', '攝']) || core.ends_with("摄影") || core.ends_with("攝影");
    (credit_end && agency.chars().count() <= AGENCY_MAX_CHARS + 2 && !agency.contains(['摄', '攝']))
        .then_some((core, agency))
}

/// Role words that close a credit in brackets: `（张三参与采写）`, `（李四 整理）`.
const CLOSING_ROLES: &[&str] = &[
    "参与采写",
    "参与报道",
    "参与调研",
    "采写",
    "整理",
    "执笔",
    "报道",
    "供稿",
];

/// A closing credit alone on a line, in brackets: `（某某参与采写）`, `（本报记者 某某）`,
/// `（王五 整理）`. It is the byline of the article above; returns the names.
pub(super) fn closing_credit(line: &str) -> Option<Vec<Credited>> {
    let t = trim_pad(line);
    if !(t.starts_with(['（', '(']) && t.ends_with(['）', ')']))
        || more_chars_than(t, NAMES_LINE_MAX_CHARS)
    {
        return None;
    }
    let inner = strip_brackets(t);
    let folded = fold_cow(inner);
    let role = CLOSING_ROLES.iter().find(|r| folded.ends_with(*r));
    match role {
        Some(r) => {
            let keep = inner.chars().count().checked_sub(r.chars().count())?;
            let names: String = inner.chars().take(keep).collect();
            parse_credited(&names)
        }
        None => parse_credited(t),
    }
}

/// A credit without an agency after it; see [`parse_credit`].
fn parse_plain_credit(line: &str) -> Option<(Option<String>, String)> {
    // Decoded into room for every byte (a credit line is short) rather than grown char by char.
    let mut orig: Vec<char> = Vec::with_capacity(line.len());
    orig.extend(line.chars());
    let folded_line = fold(line);
    let mut folded: Vec<char> = Vec::with_capacity(folded_line.len());
    folded.extend(folded_line.chars());
    let mut lo = 0;
    while lo < orig.len() && (is_bullet(orig[lo]) || is_pad(orig[lo])) {
        lo += 1;
    }
    let mut hi = orig.len();
    while hi > lo && is_pad(orig[hi - 1]) {
        hi -= 1;
    }
    // A bracketed credit at the end: caption text before it.
    let mut caption_end = lo;
    if hi > lo && matches!(orig[hi - 1], '）' | ')') {
        if let Some(open) = (lo..hi - 1).rev().find(|&i| matches!(orig[i], '（' | '(')) {
            caption_end = open;
            lo = open + 1;
            hi -= 1;
        }
    }
    let text = |a: usize, b: usize| -> String { string_of(&orig[a..b]) };
    let folded_inner = string_of(&folded[lo..hi]);
    let suffix = ["摄影报道", "摄影", "摄"]
        .iter()
        .find(|s| folded_inner.ends_with(*s))?;
    let mut end = hi - suffix.chars().count();
    while end > lo && (is_pad(orig[end - 1]) || matches!(orig[end - 1], '/' | '／')) {
        end -= 1;
    }
    // The names run back from the end over Han characters and separators, and an app's mark
    // in its outlet's name (`南方+记者　梁　文　摄`).
    let mut run_start = end;
    while run_start > lo
        && (is_han(orig[run_start - 1])
            || is_name_sep(orig[run_start - 1])
            || orig[run_start - 1] == '·'
            || roles::is_app_mark(orig[run_start - 1]))
    {
        run_start -= 1;
    }
    // Tokens of the run with their char offsets, so the caption keeps its exact text.
    let mut raw: Vec<(usize, &[char])> = Vec::new();
    let mut i = run_start;
    while i < end {
        if is_name_sep(orig[i]) {
            i += 1;
            continue;
        }
        let j = (i..end).find(|&j| is_name_sep(orig[j])).unwrap_or(end);
        raw.push((i, &orig[i..j]));
        i = j;
    }
    // A two-char name spaced to the width of three (`记者 刘 洋 摄`) is one token again, as in
    // bylines; it keeps the offset of its first char.
    let tokens: Vec<(usize, String)> = rejoin_spaced(
        raw.iter().map(|&(at, tok)| (at, string_of(tok))),
        |(_, a), (_, b)| spaced_name_parts(a, b),
        |(at, a), (_, b)| (at, a + &b),
    )
    .collect();
    let mut names: Vec<String> = Vec::new();
    let mut names_start = end;
    // The outlets, posts or ranks the photographers are credited with (`经济日报记者`), kept.
    let mut outlets: Vec<&str> = Vec::new();
    for (at, tok) in tokens.iter().rev() {
        let (at, tok) = (*at, tok.as_str());
        let tok_f = fold_cow(tok);
        let (name, name_f, outlet) = strip_credit_folded(tok, &tok_f);
        if !name.is_empty() && !looks_like_name(name_f) {
            break;
        }
        if let Some(outlet) = outlet {
            outlets.insert(0, outlet);
        }
        if !name.is_empty() {
            names.insert(0, name.to_owned());
        }
        names_start = at;
    }
    if names.is_empty() {
        return None;
    }
    let bracketed = caption_end != lo;
    if bracketed && !text(lo, names_start).trim_matches(is_pad).is_empty() {
        // `（…摄）` holding more than a credit is a parenthesis of the text, not a credit.
        return None;
    }
    // Caption text: whatever precedes the credit on the line, as printed.
    let mut caption = text(0, caption_end);
    caption.push_str(&text(lo, names_start));
    let caption = caption
        .trim_matches(|c| is_pad(c) || is_bullet(c))
        .to_owned();
    let starts_with_bullet = orig
        .iter()
        .find(|c| !is_pad(**c))
        .is_some_and(|c| is_bullet(*c));
    if caption.is_empty() && !starts_with_bullet && orig.len() > NAMES_LINE_MAX_CHARS {
        return None;
    }
    let mut credit = names.join(" ");
    if !outlets.is_empty() {
        // As a photo agency follows its photographer (`李四（人民视觉）`).
        credit.push('（');
        credit.push_str(&outlets.join("、"));
        credit.push('）');
    }
    Some(((!caption.is_empty()).then_some(caption), credit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits() {
        assert_eq!(parse_credit("■ 梁栋摄"), Some((None, "梁栋".into())));
        assert_eq!(
            parse_credit("本报记者 张三 摄"),
            Some((None, "张三".into()))
        );
        assert_eq!(parse_credit("（梁栋 摄）"), Some((None, "梁栋".into())));
        // Another outlet's photographer keeps the outlet, as an agency follows its photographer.
        assert_eq!(
            parse_credit("图为生产线。经济日报记者 王波 摄"),
            Some((Some("图为生产线。".into()), "王波（经济日报记者）".into()))
        );
        assert_eq!(
            parse_credit("图为开工现场。　南方+记者　梁　文　摄"),
            Some((Some("图为开工现场。".into()), "梁文（南方+记者）".into()))
        );
        assert_eq!(
            parse_credit("图为座谈会现场。 张丽 摄"),
            Some((Some("图为座谈会现场。".into()), "张丽".into()))
        );
        assert_eq!(parse_credit("（李明 攝）"), Some((None, "李明".into())));
        assert_eq!(
            parse_credit("上党经开区座谈会现场 ■ 张丽摄"),
            Some((Some("上党经开区座谈会现场".into()), "张丽".into()))
        );
        assert_eq!(parse_credit("对项目进行了拍摄"), None);
    }

    /// The byte test finds 摄 where the char test does.
    #[test]
    fn shot_near_end_reads_chars() {
        for line in [
            "",
            "摄",
            "张丽摄",
            "■ 张丽摄（影像中国供图片社）",
            "张丽摄（影像中国供图片社）abc",
            "攝影：李四",
            "拍摄于北京，天气晴朗，游客众多。",
            "a摄bcdefghijklmn",
            "a摄bcdefghijklm",
            "中摄文字文字文字文字文字文字字",
            "中摄文字文字文字文字文字文字",
            "攝🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            "攝🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            "摄é¢ÿ一二三四五六七八九十",
            "摄é¢ÿ一二三四五六七八九十百",
            "\u{6444}\u{6445}\u{6505}\u{651D}",
        ] {
            let by_chars = line
                .chars()
                .rev()
                .take(CREDIT_TAIL)
                .any(|c| matches!(c, '摄' | '攝'));
            assert_eq!(shot_near_end(line), by_chars, "{line}");
        }
    }

    #[test]
    fn credits_with_an_agency() {
        assert_eq!(
            parse_credit("张三摄（影像中国）"),
            Some((None, "张三（影像中国）".into()))
        );
        assert_eq!(
            parse_credit("李四 摄（人民视觉）"),
            Some((None, "李四（人民视觉）".into()))
        );
        assert_eq!(
            parse_credit("图为荷塘一景。张三摄（影像中国）"),
            Some((Some("图为荷塘一景。".into()), "张三（影像中国）".into()))
        );
        assert_eq!(parse_credit("（拍摄于北京）"), None);
    }

    #[test]
    fn closing_credits() {
        assert_eq!(closing_credit("（张三参与采写）").unwrap(), ["张三"]);
        assert_eq!(
            closing_credit("（本报记者 李四 王五）").unwrap(),
            ["李四", "王五"]
        );
        assert_eq!(closing_credit("（王五 整理）").unwrap(), ["王五"]);
        assert!(closing_credit("（经济聚焦）").is_none());
        assert!(closing_credit("（人民时评）").is_none());
        assert!(closing_credit("张三参与采写").is_none());
    }

    #[test]
    fn the_token_prefilter_turns_down_only_what_names_would() {
        assert_eq!(
            ROLE_WORDS.iter().map(|r| r.chars().count()).max(),
            Some(ROLE_MAX_CHARS)
        );
        assert!(looks_like_name(
            &"阿".repeat(NAME_MAX_CHARS - 1).replace("阿阿", "阿·")
        ));
        assert!(!looks_like_name(&format!(
            "阿·{}",
            "阿".repeat(NAME_MAX_CHARS - 1)
        )));
        for token in [
            "新华社记者",
            "记者王波",
            "本報記者張三",
            "阿卜杜·热合曼",
            "歐陽修文",
        ] {
            assert!(could_hold_a_name(token), "{token}");
        }
        assert!(!looks_like_name("阿阿阿阿阿"));
        for token in [
            "本报记者张三",
            "新华社记者欧阳修文",
            "記者王波",
            "通訊員李四",
            "21世纪经济报道记者王晓红",
        ] {
            assert!(could_hold_a_name(token), "{token}");
        }
        for line in [
            "沁水经开区签约",
            "沁水经开区签约年产7万吨项目",
            "Ａ１张三",
            "记者张三2",
            "5G赋能",
            "2025记",
        ] {
            assert!(!could_hold_a_name(line));
            assert!(parse_names(line).is_none());
        }
    }

    /// An outlet's, a post's or a rank's credit is kept with the names it is printed over, until
    /// the next role word; this paper's own (`本报记者`, `记者`) is not.
    #[test]
    fn outlets_credits_stay_with_their_names() {
        let credited = |line: &str| -> Vec<(String, Option<String>)> {
            parse_credited(line)
                .unwrap()
                .into_iter()
                .map(|n| (n.name, n.credit))
                .collect()
        };
        let c = |s: &str| Some(s.to_owned());
        assert_eq!(
            credited("经济日报记者 冯其予 王欢"),
            [
                ("冯其予".into(), c("经济日报记者")),
                ("王欢".into(), c("经济日报记者"))
            ]
        );
        assert_eq!(
            credited("经济日报记者王波 通讯员 李四"),
            [("王波".into(), c("经济日报记者")), ("李四".into(), None)]
        );
        assert_eq!(
            credited("本报驻美国记者 张三"),
            [("张三".into(), c("本报驻美国记者"))]
        );
        assert_eq!(credited("本报记者 张三"), [("张三".into(), None)]);
        assert_eq!(
            split_credits(parse_credited("南方+记者 李明 本报记者 张三").unwrap()),
            (
                vec!["李明".to_owned(), "张三".to_owned()],
                vec!["南方+记者".to_owned(), String::new()]
            )
        );
        assert_eq!(
            split_credits(parse_credited("记者 张三").unwrap()),
            (vec!["张三".to_owned()], vec![])
        );
    }

    #[test]
    fn names_lines() {
        assert_eq!(
            parse_names("陈勤 田浩东 王佳琪").unwrap(),
            ["陈勤", "田浩东", "王佳琪"]
        );
        assert_eq!(parse_names("（朱怡舟）").unwrap(), ["朱怡舟"]);
        assert_eq!(
            parse_names("记者 张三 通讯员 李四").unwrap(),
            ["张三", "李四"]
        );
        // A name whose surname is also a role word (`文`, text by) is read whole; a role word
        // before a name still goes.
        assert_eq!(parse_names("文欣").unwrap(), ["文欣"]);
        // Where the reporters filed from is no name, and the line is still a byline.
        assert_eq!(parse_names("本报记者 张三 北京报道").unwrap(), ["张三"]);
        assert_eq!(
            parse_names("本报记者 王 璐 李 娟 上海、合肥报道").unwrap(),
            ["王璐", "李娟"]
        );
        assert_eq!(
            parse_names("记者 张三 李四 报道").unwrap(),
            ["张三", "李四"]
        );
        // A surname set apart from its two-char given name.
        assert_eq!(
            parse_names("本报记者 王 璐 班 娟娟 上海、合肥报道").unwrap(),
            ["王璐", "班娟娟"]
        );
        assert_eq!(parse_names("记者 陈 志芳 摄影").unwrap(), ["陈志芳"]);
        assert_eq!(parse_names("北京报道"), None);
        assert_eq!(parse_names("梁　明　著").unwrap(), ["梁明"]);
        assert_eq!(parse_names("张三 编著").unwrap(), ["张三"]);
        assert_eq!(parse_names("著"), None);
        assert_eq!(parse_names("读者　黄志明").unwrap(), ["黄志明"]);
        assert_eq!(parse_names("读者来信"), None);
        assert_eq!(parse_names("读者"), None);
        // A press office's pen name after `通讯员`, once a reporter is named; never alone.
        assert_eq!(
            parse_names("本报记者　宋　敏　通讯员　港宣").unwrap(),
            ["宋敏", "港宣"]
        );
        assert_eq!(parse_names("通讯员　港宣"), None);
        assert_eq!(parse_names("本报记者　宋敏　记者　港宣"), None);
        // The paper's own stringer is credited as its own reporter is: by role, not outlet.
        assert_eq!(
            split_credits(parse_credited("本报记者　苏雁　本报通讯员　姚　莹").unwrap()),
            (vec!["苏雁".to_owned(), "姚莹".to_owned()], vec![])
        );
        // Where they filed from is kept for the article's dateline; how they reported is not.
        let filed = |line: &str| parse_credited(line).and_then(|n| n.last()?.filed_from.clone());
        assert_eq!(filed("本报记者 张三 北京报道").as_deref(), Some("北京报道"));
        assert_eq!(filed("記者王小明／新竹報導").as_deref(), Some("新竹報導"));
        assert_eq!(filed("记者 王五 摄影报道"), None);
        assert_eq!(filed("记者 张三 李四 报道"), None);
        assert_eq!(parse_names("記者王小明／新竹報導").unwrap(), ["王小明"]);
        // Wrote and shot: a byline, not a photo's credit.
        assert_eq!(parse_names("晚报记者 郝杰 文/摄").unwrap(), ["郝杰"]);
        assert_eq!(parse_names("文/摄 张三").unwrap(), ["张三"]);
        assert!(wrote_and_shot("晚报记者 郝杰 文/摄"));
        assert!(wrote_and_shot("张三 文 摄"));
        assert!(wrote_and_shot("记者 王五 摄影报道"));
        assert_eq!(parse_names("记者 王五 摄影报道").unwrap(), ["王五"]);
        assert!(!wrote_and_shot("本报记者 张三 摄"));
        assert!(!wrote_and_shot("图为座谈会现场。张丽 摄"));
        assert_eq!(parse_names("文静 王芳").unwrap(), ["文静", "王芳"]);
        assert_eq!(parse_names("文 王芳").unwrap(), ["王芳"]);
        assert_eq!(parse_names("文王芳").unwrap(), ["王芳"]);
        // Text and photo by one reporter, the roles in either order.
        assert_eq!(parse_names("文/图 张三").unwrap(), ["张三"]);
        assert_eq!(parse_names("图/文 李四").unwrap(), ["李四"]);
        assert!(parse_names("循环低碳绿色体系").is_none());
        assert!(parse_names("会现场").is_none());
    }
}
