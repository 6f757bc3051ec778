//! People and their roles: a title written before a name (`管委会主任赵自成`,
//! `负责人赵琨表示`), a name opening a clause before a speech verb (`巩志岗表示`), and the
//! article's credits: byline authors, photo credits, reporters.
//!
//! A candidate must look like a Chinese name (known surname, length) and end where the sentence
//! goes on (punctuation, `表示`, `主持`, …), so a word jieba mis-tags as `nr` (`安全措施`) never
//! becomes a person, and a name jieba splits (`赵/自成`) is still read whole.

use std::sync::OnceLock;

use super::tables::{CharTable, PairTable, WordTable};
use super::{skip_spaces, Extractor, Found, Seg, ZoneSpan};
use crate::lexicon::names::{is_han, surname_list};
use crate::model::FactKind;

mod appointed;
mod credits;
mod names;
mod posts;
mod reporting;
mod roles;
mod spaced;
mod speakers;
pub use appointed::appointed_name_end;
pub use credits::credits;
pub use names::{is_common_word, names_a_quarter, visit_follows};
use names::{pick_name, FOLLOWERS};
pub use reporting::{opens_with_reporters_act, opens_with_reporters_verb};
pub use roles::{ends_with_title, is_title, role_before, title_at};
use roles::{role_text, roles, ROLE_STOP_WORDS};
use speakers::{clause_person, sex_may_follow, SPEECH};

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

/// Whether a phrase ends in an official's or a company's title (`宁乡经开区管委会主任`), as the
/// role list reads one: the parser asks it of a speech's speaker line.
pub fn ends_with_role(phrase: &str) -> bool {
    roles::roles().iter().any(|r| phrase.ends_with(r.as_str()))
}

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
                // `市领导张国清、刘海燕`: a title several hold is each listed name's.
                let shared = held_by_several(&f[i..i + tlen]).then(|| role.clone());
                out.push((
                    FactKind::Person,
                    Found {
                        role: Some(role),
                        ..Found::named(j, end, name)
                    },
                ));
                let end = listed_after(ex, seg, end, lists, shared, out);
                after_han = is_han(f[end - 1]);
                i = end;
                continue;
            }
        }
        let han = is_common_han(c) || is_han(c);
        if han && !after_han {
            if let Some((start, end, name)) = clause_person(ex, seg, i) {
                out.push((FactKind::Person, Found::named(start, end, name)));
                after_han = is_han(f[end - 1]);
                i = end;
                continue;
            }
        }
        after_han = han;
        i += 1;
    }
    appointed::appointed(ex, seg, out);
}

/// Titles several people hold at once, by their ends (`市领导`, `党工委委员`, `企业负责人`) or
/// their start (`副市长`, `副主任`): written before a list of names, each name holds it.
const SHARED_TITLE_ENDS: &[&str] = &[
    "领导",
    "委员",
    "常委",
    "代表",
    "嘉宾",
    "专家",
    "院士",
    "负责人",
    "成员",
];

/// Whether the title `title` (a role title of the list, as written) is one several hold
/// ([`SHARED_TITLE_ENDS`], or a deputy's: `副…`), so a list of names after it shares it; a
/// title one person holds (`董事长`, `市长`) is only the first name's.
fn held_by_several(title: &[char]) -> bool {
    title.first() == Some(&'副') || SHARED_TITLE_ENDS.iter().any(|w| super::ends_with(title, w))
}

/// Names listed after a titled one (`市领导程用文、陈邂馨`): each name after a `、` that has a
/// name's shape and is followed as a name is, added with the `shared` role when the title is
/// one several hold (`市领导`, `副主任`), else without a role (a title one person holds may be
/// the first name's alone; the text does not say). Stops at a title (`董事长张三、总经理
/// 李四` is read title by title). Returns where the list ends.
fn listed_after(
    ex: &Extractor,
    seg: &Seg,
    mut end: usize,
    lists: &Lists,
    shared: Option<String>,
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
                role: shared.clone(),
                ..Found::named(end + 1, next, name)
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
