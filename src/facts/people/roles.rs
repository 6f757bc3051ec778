//! Role titles and the role read before a name: the titles (longest first, and by last char),
//! the phrase a role runs back over (`运城经济技术开发区党工委、管委会主任` → `党工委、管委会主任`),
//! and the company or demonstrative it drops. Apart from the name rules because the tagger's
//! proposed names ask for roles and titles too.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::lists;
use crate::facts::{Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::text::fold::fold;

const ROLES: &str = include_str!("../../../assets/roles.txt");

/// Role titles, longest first so `副总经理` wins over `经理`.
pub(super) fn roles() -> &'static [String] {
    static R: OnceLock<Vec<String>> = OnceLock::new();
    R.get_or_init(|| {
        let mut v: Vec<String> = ROLES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        v.sort_by_key(|r| std::cmp::Reverse(r.chars().count()));
        v
    })
}

/// Characters and words that end a role when reading backwards from its title.
const ROLE_STOP_CHARS: &[char] = &[
    '与', '和', '及', '在', '的', '对', '是', '为', '由', '向', '将', '把', '被', '等', '了', '着',
    '并', '且', '也', '从', '据', '让', '给', '同', '跟', '请', '到', '于', '以', '即',
];

pub(super) const ROLE_STOP_WORDS: &[&str] = &[
    "陪同", "会见", "带领", "率领", "邀请", "看望", "听取", "主持", "表示", "介绍", "出席", "参加",
    "包括", "以及", "作为", "担任", "出任", "时任", "原任", "还有", "有请", "欢迎",
    // An interview's verb (`记者专访苏州工业园区党工委书记沈觅`): whom, not what post.
    "专访", "采访", "对话",
];

/// Endings of a body (not a title): `党工委、管委会主任` shares one title across two bodies.
const BODY_ENDS: &[&str] = &[
    "党工委",
    "管委会",
    "党委",
    "党组",
    "政府",
    "委员会",
    "人大",
    "政协",
    "纪委",
    "监委",
    "公司",
    "集团",
    "部",
    "局",
    "厅",
    "院",
    "校",
    "处",
    "办",
    "所",
    "中心",
    "协会",
    "学会",
];

/// Demonstratives and vague words a role does not keep (`该公司负责人` → `负责人`).
const ROLE_DROP_PREFIXES: &[&str] = &[
    "该公司",
    "该企业",
    "该校",
    "该院",
    "该县",
    "该区",
    "该市",
    "相关",
    "该",
    // The paper's own (`本报记者　蒋　波` → `记者`): no part of a reporter's title.
    "本报",
    "本",
    "这",
    "此",
    "其",
    "各",
];

/// The role written right before a name starting at `start` (`总理李强`, `管委会主任 赵自成`),
/// read back as [`scan`](super::scan) reads it; for names the tagger proposes.
pub fn role_before(seg: &Seg, start: usize, zones: &[ZoneSpan]) -> Option<String> {
    let f = &seg.f;
    let mut end = start.min(f.len());
    while end > 0 && matches!(f[end - 1], ' ' | '\u{3000}') {
        end -= 1;
    }
    let last = *f.get(end.checked_sub(1)?)?;
    let title = roles_by_last()
        .get(&last)?
        .iter()
        .find(|r| r.len() <= end && f[end - r.len()..end] == r[..])?;
    Some(role_text(seg, end - title.len(), end, zones))
}

/// The role titles as chars, grouped by their last char, each group longest first as in
/// [`roles`]: [`role_before`] is asked once per proposed name, and walking every title for
/// each was a tenth of the facts pass.
fn roles_by_last() -> &'static HashMap<char, Vec<Vec<char>>> {
    static R: OnceLock<HashMap<char, Vec<Vec<char>>>> = OnceLock::new();
    R.get_or_init(|| {
        let mut by: HashMap<char, Vec<Vec<char>>> = HashMap::default();
        for r in roles() {
            let cs: Vec<char> = r.chars().collect();
            if let Some(&c) = cs.last() {
                by.entry(c).or_default().push(cs);
            }
        }
        by
    })
}

/// The role written before a name, from the title back to where the phrase starts, without
/// the zone or company it belongs to (`运城经济技术开发区党工委、管委会主任` → `党工委、管委会主任`).
pub(super) fn role_text(
    seg: &Seg,
    title_start: usize,
    title_end: usize,
    zones: &[ZoneSpan],
) -> String {
    let f = &seg.f;
    let mut k = title_start;
    loop {
        let seg_start = phrase_start(f, k);
        k = seg_start;
        if k == 0 || f[k - 1] != '、' {
            break;
        }
        let prev_start = phrase_start(f, k - 1);
        let prev: String = f[prev_start..k - 1].iter().collect();
        let current: String = f[k..title_start].iter().collect();
        let prev_is_body = !ends_with_title(&prev) && BODY_ENDS.iter().any(|b| prev.ends_with(b));
        // Two titles one person holds (`市委副书记、市长`): the phrase before the `、` ends in a
        // title, not in the name of the person listed before (`市委书记杨晋东、市长冯安文`).
        let title_only = ends_with_title(&prev)
            && current
                .chars()
                .all(|c| matches!(c, '副' | '常' | '务' | '执' | '行'));
        // Two posts in one unit (`党工委书记、管委会主任`): the second's body is named by its kind
        // alone. One in another body (`党工委委员、尚卓集团董事长`, `市委常委、黄埔区委书记`) is the
        // post the role is.
        let same_unit = ends_with_title(&prev) && names_the_same_unit(&current);
        if prev.is_empty()
            || !(prev_is_body || title_only || same_unit)
            || title_end - prev_start > 30
        {
            break;
        }
        k = prev_start;
    }
    // The zone opening the phrase, or one the phrase starts inside of (`中国（上海）自由贸易
    // 试验区…`: the stop char `由` of `自由` cut it mid-word), is the body's, not the role's.
    if let Some(z) = zones
        .iter()
        .find(|z| z.start <= k && k < z.end && z.end <= title_start)
    {
        k = z.end;
    }
    let mut role: String = seg.orig[k..title_end].iter().collect();
    role = strip_prefixes(&role);
    if role.is_empty() {
        role = seg.text(title_start, title_end);
    }
    role
}

/// Where the phrase ending at `k` starts: after punctuation, a stop word, or 24 chars back.
fn phrase_start(f: &[char], k: usize) -> usize {
    let mut s = k;
    while s > 0 && k - s < 24 {
        let c = f[s - 1];
        if !(is_han(c) || c.is_ascii_alphanumeric())
            || (ROLE_STOP_CHARS.contains(&c)
                && !crate::facts::orgs::in_compound(f, s - 1)
                && !opens_known_place(f, s - 1, k))
        {
            break;
        }
        if lists().stop_words.ends_at(f, s) || opens_interview(f, s - 1) {
            break;
        }
        s -= 1;
    }
    s
}

/// Whether a country or place the lists know opens at the stop char `pos` and ends by `k`
/// (`以色列总理`: `以` is no preposition there): asked only at a stop char.
fn opens_known_place(f: &[char], pos: usize, k: usize) -> bool {
    (2..=4).any(|n| pos + n <= k && crate::facts::places::is_known_place(&f[pos..pos + n]))
}

/// Whether char `pos` is the `访` of an interview's subtitle (`——访苏州工业园区党工委书记沈觅`:
/// an interview with the holder of the post), which no role takes in. Only after a dash or a
/// line's start: `访问学者` is a title.
fn opens_interview(f: &[char], pos: usize) -> bool {
    f.get(pos) == Some(&'访')
        && pos.checked_sub(1).is_none_or(|p| !is_han(f[p]))
        && f.get(pos + 1).is_some_and(|&c| c != '问')
}

/// Level words a body's name may open with (`市委`, `县政府`, `区人大`).
const LEVEL_CHARS: &[char] = &['省', '市', '县', '区', '州', '镇', '乡'];

/// Bodies named by their kind alone, as a post's body after a level word or none (`管委会`,
/// `市委办公室`, `县政府`): the unit the person's other post is in, not a body named apart.
const UNIT_BODIES: &[&str] = &[
    "管委会",
    "党工委",
    "纪工委",
    "党委",
    "党组",
    "人大",
    "政协",
    "纪委",
    "监委",
    "人民政府",
    "政府",
    "委",
];

/// Whether the post's body `current` (`管委会`, `市委办公室`) is written by its kind alone, with
/// no name of its own (`尚卓集团`, `黄埔区委` name one): a second post of the person in the unit
/// the first post names (`党工委书记、管委会主任`, `市委副秘书长、市委办公室主任`).
fn names_the_same_unit(current: &str) -> bool {
    let rest = current.strip_prefix(LEVEL_CHARS).unwrap_or(current);
    !rest.is_empty() && UNIT_BODIES.iter().any(|b| rest.starts_with(b))
}

/// Whether a role title (`主席`, `局长`) is written at char `i` of `f`.
pub fn title_at(f: &[char], i: usize) -> bool {
    lists().roles.longest_at(f, i).is_some()
}

/// Whether `s` is one of the role titles (`部长`, `局长`).
pub fn is_title(s: &str) -> bool {
    titles_ending_like(s).any(|r| r.len() == s.chars().count() && ends_with_chars(s, r))
}

/// Whether `s` ends with a role title (`李经理` is a title, not a name).
pub fn ends_with_title(s: &str) -> bool {
    titles_ending_like(s).any(|r| ends_with_chars(s, r))
}

/// The titles ending in the last char of `s` (none for an empty `s`, and no title is
/// empty): asked per role read, which walked all of [`roles`] before.
fn titles_ending_like(s: &str) -> impl Iterator<Item = &'static Vec<char>> {
    s.chars()
        .next_back()
        .and_then(|c| roles_by_last().get(&c))
        .into_iter()
        .flatten()
}

/// Whether the text `s` ends with the chars `w`.
fn ends_with_chars(s: &str, w: &[char]) -> bool {
    let mut tail = s.chars().rev();
    w.iter().rev().all(|&c| tail.next() == Some(c))
}

/// Drops a company's legal name and demonstratives from the front of a role.
fn strip_prefixes(role: &str) -> String {
    let mut r = role.to_owned();
    loop {
        let before = r.clone();
        let folded = fold(&r);
        if let Some(p) = folded.rfind("公司") {
            let n = folded[..p].chars().count() + 2;
            r = r.chars().skip(n).collect();
        } else if let Some(p) = ROLE_DROP_PREFIXES.iter().find(|p| folded.starts_with(*p)) {
            r = r.chars().skip(p.chars().count()).collect();
        }
        if r == before {
            return r;
        }
    }
}
