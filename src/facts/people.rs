//! People and their roles: a title written before a name (`管委会主任赵自成`,
//! `负责人赵琨表示`), a name opening a clause before a speech verb (`巩志岗表示`), and the
//! article's credits: byline authors, photo credits, reporters.
//!
//! A candidate must look like a Chinese name (known surname, length) and end where the sentence
//! goes on (punctuation, `表示`, `主持`, …), so a word jieba mis-tags as `nr` (`安全措施`) never
//! becomes a person, and a name jieba splits (`赵/自成`) is still read whole.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::tables::{CharTable, PairTable, WordTable};
use super::{skip_spaces, Extractor, Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::{is_han, is_surname, looks_like_name, surname_len, surname_list};
use crate::model::{Article, Fact, FactKind, Location};
use crate::text::fold::fold;

const ROLES: &str = include_str!("../../assets/roles.txt");

/// Role titles, longest first so `副总经理` wins over `经理`.
fn roles() -> &'static [String] {
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

/// The word lists a scan matches at many positions, prepared once.
struct Lists {
    roles: WordTable,
    followers: WordTable,
    speech: WordTable,
    stop_words: WordTable,
    /// First chars of every surname: a name cannot start anywhere else (`·` names aside).
    surname_firsts: CharTable,
    /// First two chars of compound surnames: only there can [`surname_len`] say 2.
    compound_surnames: PairTable,
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let surnames = || surname_list().map(|w| w.chars().collect::<Vec<char>>());
        Lists {
            roles: WordTable::new(roles().iter().map(String::as_str)),
            followers: WordTable::new(FOLLOWERS.iter().copied()),
            speech: WordTable::new(SPEECH.iter().copied()),
            stop_words: WordTable::new(ROLE_STOP_WORDS.iter().copied()),
            surname_firsts: CharTable::new(surnames().filter_map(|w| w.first().copied())),
            compound_surnames: PairTable::new(surnames().filter_map(|w| match w[..] {
                [a, b, ..] => Some((a, b)),
                _ => None,
            })),
        }
    })
}

/// The surname length [`surname_len`] reads from the first two chars at `j`, building a `String`
/// only where a compound surname may start. Candidates of different lengths at `j` share it.
fn surname_at(seg: &Seg, j: usize) -> Option<usize> {
    let f = &seg.f;
    let lists = lists();
    let first = *f.get(j)?;
    if !lists.surname_firsts.may_contain(first) {
        return None;
    }
    if lists.compound_surnames.may_contain(first, f.get(j + 1)) {
        return surname_len(&seg.folded(j, j + 2));
    }
    is_surname(first).then_some(1)
}

/// Exactly [`looks_like_name`] on the chars of `cand`, given `surname_at` its start: the
/// candidates of one position differ only in length, so the surname lookup (which allocates)
/// is done once, and no `String` is built for a candidate that fails.
fn name_shape(cand: &[char], surname: Option<usize>) -> bool {
    if cand.contains(&'·') {
        return looks_like_name(&cand.iter().collect::<String>());
    }
    let n = cand.len();
    (2..=4).contains(&n)
        && cand.iter().all(|&c| is_han(c))
        && match surname {
            Some(2) => (3..=4).contains(&n),
            Some(1) => (2..=3).contains(&n),
            _ => false,
        }
}

/// Words that may follow a name: the sentence goes on after the name ends here.
const FOLLOWERS: &[&str] = &[
    "表示",
    "介绍",
    "说",
    "指出",
    "强调",
    "透露",
    "分析",
    "称",
    "认为",
    "主持",
    "参加",
    "出席",
    "一行",
    "等",
    "与",
    "和",
    "及",
    "同志",
    "在",
    "的",
    "带队",
    "率队",
    "率",
    "会见",
    "陪同",
    "调研",
    "讲话",
    "致辞",
    "到",
    "对",
    "向",
    "为",
    "接受",
    "告诉",
    "坦言",
    "提到",
    "也",
    "还",
    "就",
    "代表",
    "宣布",
    "作",
    "是",
    "先生",
    "女士",
    "同",
    "一起",
    "表态",
    "解释",
    "回忆",
    "感慨",
    "笑着",
    "详细",
    "正在",
    "指导",
    "深入",
    "前往",
    "听取",
    "希望",
    "要求",
    "提出",
    "说道",
    "谈到",
    "补充",
    "告诉",
    "看到",
    "带领",
    "主讲",
    "获得",
    "荣获",
    "被",
    "将",
    "已",
    "曾",
    "又",
    "都",
    "陪同",
    "出席",
    "来到",
    "走进",
    "考察",
    "慰问",
    "作出",
    "进行",
    "召开",
    // `作` opens what an official delivers (`县长周丽作动员讲话`): a name does not take it.
    "作了",
    "作动员",
    "作报告",
    "作讲话",
    "作重要讲话",
    "作部署",
    "作发言",
    "作总结",
    "作指示",
    "作表态发言",
    "作工作报告",
    "作汇报",
    "作说明",
    "作批示",
];

/// Verbs after a clause-opening name that make it a person without a title (`巩志岗表示`).
const SPEECH: &[&str] = &[
    "表示",
    "介绍",
    "说",
    "指出",
    "强调",
    "透露",
    "分析道",
    "认为",
    "坦言",
    "告诉",
    "感慨",
    "解释",
    "回忆",
    "详细介绍",
    "说道",
    "谈到",
    "补充道",
    "笑着说",
];

/// Last characters a name rarely ends with but a following word often starts with.
const WEAK_ENDS: &[char] = &[
    '和', '与', '及', '等', '在', '的', '说', '是', '为', '也', '到', '对', '向', '就', '还', '称',
    '同', '率', '表', '介', '都', '晚', '时', '示',
];

/// Characters and words that end a role when reading backwards from its title.
const ROLE_STOP_CHARS: &[char] = &[
    '与', '和', '及', '在', '的', '对', '是', '为', '由', '向', '将', '把', '被', '等', '了', '着',
    '并', '且', '也', '从', '据', '让', '给', '同', '跟', '请', '到', '于', '以', '即',
];
const ROLE_STOP_WORDS: &[&str] = &[
    "陪同", "会见", "带领", "率领", "邀请", "看望", "听取", "主持", "表示", "介绍", "出席", "参加",
    "包括", "以及", "作为", "担任", "出任", "时任", "原任", "还有", "有请", "欢迎",
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
    "本",
    "这",
    "此",
    "其",
    "各",
];

/// People named with a title, a speech verb or a profile's sex (`常建良，男，`) in one text.
pub fn scan(ex: &Extractor, seg: &Seg, zones: &[ZoneSpan], out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let lists = lists();
    let mut i = 0;
    // Whether the char before `i` is Han: a clause starts where it is not.
    let mut after_han = false;
    loop {
        (i, after_han) = next_stop(f, i, after_han, lists);
        let Some(&c) = f.get(i) else {
            break;
        };
        if let Some(tlen) = lists.roles.longest_at(f, i) {
            let j = skip_spaces(f, i + tlen);
            if let Some((end, name)) = pick_name(ex, seg, j, 1) {
                let role = role_text(seg, i, i + tlen, zones);
                out.push((
                    FactKind::Person,
                    Found {
                        start: j,
                        end,
                        name: Some(name),
                        role: Some(role),
                        ..Found::default()
                    },
                ));
                let end = listed_after(ex, seg, end, lists, out);
                after_han = is_han(f[end - 1]);
                i = end;
                continue;
            }
        }
        let han = is_common_han(c) || is_han(c);
        if han && !after_han {
            if let Some((start, end, name)) = clause_person(ex, seg, i) {
                out.push((
                    FactKind::Person,
                    Found {
                        start,
                        end,
                        name: Some(name),
                        ..Found::default()
                    },
                ));
                after_han = is_han(f[end - 1]);
                i = end;
                continue;
            }
        }
        after_han = han;
        i += 1;
    }
}

/// Names listed after a titled one (`市领导程用文、陈邂馨`): each name after a `、` that has a
/// name's shape and is followed as a name is, added without a role (the title may be one
/// each holds or one they share; the text does not say). Stops at a title (`董事长张三、总经理
/// 李四` is read title by title). Returns where the list ends.
fn listed_after(
    ex: &Extractor,
    seg: &Seg,
    mut end: usize,
    lists: &Lists,
    out: &mut Vec<(FactKind, Found)>,
) -> usize {
    let f = &seg.f;
    while f.get(end) == Some(&'、') && lists.roles.longest_at(f, end + 1).is_none() {
        // A listed name ends the item: punctuation or a word of two chars or more follows it
        // (`、陈邂馨，`), never the rest of a longer name (`、尚卓集团董事长王红德`).
        let Some((next, name)) = pick_name(ex, seg, end + 1, 2) else {
            break;
        };
        out.push((
            FactKind::Person,
            Found {
                start: end + 1,
                end: next,
                name: Some(name),
                ..Found::default()
            },
        ));
        end = next;
    }
    end
}

/// The first position at or after `i` where [`scan`] may find something: a role title may
/// start there, or a clause starts there (a Han char after a non-Han one) and a speech verb
/// may follow a name of two or three chars, or a profile's sex one of two to four. `after_han`
/// says whether the char before `i` is Han, and is returned for the position found. Every
/// other position is passed over in this tight loop with a bitmap load or two, which is nearly
/// all of a text.
#[inline(never)]
fn next_stop(f: &[char], mut i: usize, mut after_han: bool, lists: &Lists) -> (usize, bool) {
    loop {
        if after_han {
            // Inside a run of common Han chars only a title can start.
            while let Some(&c) = f.get(i) {
                if !is_common_han(c) {
                    break;
                }
                if lists.roles.may_start(c, f, i) {
                    return (i, true);
                }
                i += 1;
            }
        }
        let Some(&c) = f.get(i) else {
            return (i, after_han);
        };
        if lists.roles.may_start(c, f, i) {
            return (i, after_han);
        }
        let han = is_common_han(c) || is_han(c);
        if han && !after_han && (speech_may_follow(f, i, &lists.speech) || sex_may_follow(f, i)) {
            return (i, after_han);
        }
        after_han = han;
        i += 1;
    }
}

/// Whether [`speaker`] can find its verb after a name starting at `i`: the bitmaps only.
#[inline(always)]
fn speech_may_follow(f: &[char], i: usize, speech: &WordTable) -> bool {
    // A name of two or three chars, or one after a one-char preposition (`当汪精卫说出`).
    [i + 4, i + 3, i + 2]
        .into_iter()
        .any(|end| f.get(end).is_some_and(|&c| speech.may_start(c, f, end)))
}

/// The common block of [`is_han`] in one comparison; the rarer blocks take the slow path.
#[inline(always)]
fn is_common_han(c: char) -> bool {
    (c as u32).wrapping_sub(0x4E00) < 0x5200
}

/// The end of a name starting at `j` and the name, when one is there and what follows it is at
/// least `min` strong (below).
fn pick_name(ex: &Extractor, seg: &Seg, j: usize, min: u8) -> Option<(usize, String)> {
    let f = &seg.f;
    if opens_with_function_word(seg, j) {
        return None;
    }
    let surname = surname_at(seg, j);
    let lens: &[usize] = if surname == Some(2) { &[4, 3] } else { &[3, 2] };
    // Strength of what follows each candidate: 2 = punctuation or a follower word of two or more
    // chars, 1 = a one-char follower or jieba's own name boundary, 0 = none. The strongest wins,
    // the longer on a tie: `张伟陪同` is 张伟 + 陪同, `赵自成主持` is 赵自成 + 主持.
    let mut best: Option<(u8, usize, String)> = None;
    for &len in lens {
        let end = j + len;
        if end > f.len() || WEAK_ENDS.contains(&f[end - 1]) || !name_shape(&f[j..end], surname) {
            continue;
        }
        let follower = lists().followers.longest_at(f, end);
        // jieba's tag is asked last: it is the one costly signal, and only breaks a tie.
        let strength = if end == f.len() || !is_han(f[end]) || follower.is_some_and(|n| n >= 2) {
            2
        } else if follower.is_some() || seg.word_is(j, end, Pos::PersonName) {
            1
        } else {
            0
        };
        if strength < min.max(1) || best.as_ref().is_some_and(|(s, ..)| strength <= *s) {
            continue;
        }
        let name = seg.folded(j, end);
        if !is_common_word(ex, &name) {
            best = Some((strength, end, name));
        }
    }
    best.map(|(_, end, name)| (end, name))
}

/// Whether jieba reads the char at `i` as a word of its own that is a conjunction,
/// preposition, adverb or pronoun (`但我认为`, `和我说`, `都将`, `向记者表示`): a surname
/// (`曾`, `向`, `和`, `但`) jieba joins to the given name it reads after it (`曾国藩`).
fn opens_with_function_word(seg: &Seg, i: usize) -> bool {
    seg.is_word(i, i + 1)
        && matches!(
            super::orgs::function_tag(seg, i, i + 1),
            Some("c" | "p" | "d" | "r")
        )
}

/// One-char words that open a clause before its subject, which jieba does not tag as the
/// prepositions they are here (`当` is a time word to it: `当汪精卫说出`, `据李明说`, `若王强说`).
const CLAUSE_OPENERS: &[char] = &['当', '据', '若'];

/// A person named at a clause's start `i`: a speaker or a profile's subject there, or a speaker
/// right after the clause's opening preposition or conjunction (`当汪精卫说出`, `和李明说`).
/// Its start, end and name.
fn clause_person(ex: &Extractor, seg: &Seg, i: usize) -> Option<(usize, usize, String)> {
    let at = |start: usize, (end, name): (usize, String)| (start, end, name);
    speaker(ex, seg, i)
        .or_else(|| profiled(ex, seg, i))
        .map(|found| at(i, found))
        .or_else(|| {
            let after = i + 1;
            (opens_with_preposition(seg, i) && seg.is_boundary(after))
                .then(|| speaker(ex, seg, after))
                .flatten()
                // A name jieba reads into a longer word is none (`再简单说说`: 简单 / 说说).
                .filter(|(end, _)| seg.is_boundary(*end))
                .map(|found| at(after, found))
        })
}

/// Whether the clause opens at `i` with a one-char preposition or conjunction before its
/// subject (`当`, `和`, `但`; not an adverb or a pronoun: `再简单说说`, `我那时就说`).
fn opens_with_preposition(seg: &Seg, i: usize) -> bool {
    seg.is_word(i, i + 1)
        && (seg.f.get(i).is_some_and(|c| CLAUSE_OPENERS.contains(c))
            || matches!(super::orgs::function_tag(seg, i, i + 1), Some("c" | "p")))
}

/// A name opening a clause and followed by a speech verb (`崔炎麟表示`): its end and the name.
fn speaker(ex: &Extractor, seg: &Seg, i: usize) -> Option<(usize, String)> {
    let f = &seg.f;
    let speech = &lists().speech;
    if speech.longest_at(f, i + 2).is_none() && speech.longest_at(f, i + 3).is_none() {
        return None;
    }
    if opens_with_function_word(seg, i) {
        return None;
    }
    let mut surname = None;
    for len in [3, 2] {
        let end = i + len;
        // The verb is checked first: it is rare, and the surname lookup allocates.
        if end > f.len() || speech.longest_at(f, end).is_none() {
            continue;
        }
        let surname = *surname.get_or_insert_with(|| surname_at(seg, i));
        if !name_shape(&f[i..end], surname) {
            continue;
        }
        let name = seg.folded(i, end);
        if !is_common_word(ex, &name) {
            return Some((end, name));
        }
    }
    None
}

/// Whether a name of two to four chars starting at `i` may be followed by its holder's sex, as
/// in a profile (`常建良，男，1965年生`): the chars only, for [`next_stop`].
#[inline(always)]
fn sex_may_follow(f: &[char], i: usize) -> bool {
    (i + 2..=i + 4).any(|end| sex_after(f, end))
}

/// Whether a profile's `，男，` (`，女，`, `（男，`, `(女)`) follows at `end`.
fn sex_after(f: &[char], end: usize) -> bool {
    matches!(f.get(end), Some('，' | ',' | '（' | '('))
        && matches!(f.get(end + 1), Some('男' | '女'))
        && matches!(f.get(end + 2), Some('，' | ',' | '、' | '）' | ')' | '；'))
}

/// A name opening a clause and followed by its holder's sex, as profiles and personnel notices
/// write a person (`常建良，男，汉族，1965年生`): its end and the name. The name must have a
/// name's shape (a surname and one or two chars, or a compound surname) and be no common word.
fn profiled(ex: &Extractor, seg: &Seg, i: usize) -> Option<(usize, String)> {
    let f = &seg.f;
    if opens_with_function_word(seg, i) {
        return None;
    }
    let surname = surname_at(seg, i);
    [4, 3, 2].into_iter().find_map(|len| {
        let end = i + len;
        if !sex_after(f, end) || !name_shape(f.get(i..end)?, surname) {
            return None;
        }
        let name = seg.folded(i, end);
        (!is_common_word(ex, &name)).then_some((end, name))
    })
}

/// The role written right before a name starting at `start` (`总理李强`, `管委会主任 赵自成`),
/// read back as [`scan`] reads it; for names the tagger proposes.
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

/// A word jieba knows as something other than a name (`介绍`, `安全`) is no name.
pub fn is_common_word(ex: &Extractor, cand: &str) -> bool {
    if !ex.is_dictionary_word(cand) {
        return false;
    }
    ex.word_pos(cand) != Pos::PersonName
}

/// The role written before a name, from the title back to where the phrase starts, without
/// the zone or company it belongs to (`运城经济技术开发区党工委、管委会主任` → `党工委、管委会主任`).
fn role_text(seg: &Seg, title_start: usize, title_end: usize, zones: &[ZoneSpan]) -> String {
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
        let title_only = current
            .chars()
            .all(|c| matches!(c, '副' | '常' | '务' | '执' | '行'));
        if prev.is_empty() || !(prev_is_body || title_only) || title_end - prev_start > 30 {
            break;
        }
        k = prev_start;
    }
    if let Some(z) = zones.iter().find(|z| z.start == k && z.end <= title_start) {
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
            || (ROLE_STOP_CHARS.contains(&c) && !super::orgs::in_compound(f, s - 1))
        {
            break;
        }
        if lists().stop_words.ends_at(f, s) {
            break;
        }
        s -= 1;
    }
    s
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

/// Byline authors, photo credits and reporters, as people with their credit role.
pub fn credits(article: &Article) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut push = |name: &str, role: &str, location: Location| {
        let name = name.trim();
        let folded = fold(name);
        if looks_like_name(&folded)
            || (name.chars().count() <= 4 && name.chars().count() >= 2 && name.chars().all(is_han))
        {
            out.push(Fact {
                kind: FactKind::Person,
                attribute: None,
                counted: None,
                text: name.to_owned(),
                value: None,
                unit: None,
                name: Some(folded),
                role: Some(role.to_owned()),
                flags: vec![],
                paragraph: None,
                location: Some(location),
                start: 0,
                end: name.chars().count(),
            });
        }
    };
    for (k, r) in article.reporters.iter().enumerate() {
        let role = article.reporter_roles.get(k).map_or("记者", String::as_str);
        push(r, role, Location::Byline);
    }
    for b in &article.byline {
        push(b, "author", Location::Byline);
    }
    for c in &article.captions {
        if let Some(credit) = &c.credit {
            // `张三（影像中国）`: the photo agency follows the photographer in brackets.
            let name = credit.split(['（', '(']).next().unwrap_or(credit);
            push(name, "photographer", Location::Caption);
        }
    }
    out
}
