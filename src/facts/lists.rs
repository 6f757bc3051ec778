//! Names in an enumeration of organisations: a signing list names its companies by their short
//! names (`签约企业包括英飞源、鹏城新能、国新控股（重庆）有限公司等`), most of which neither end in a
//! suffix nor appear in any dictionary. When a `、` list holds organisations already found and
//! its other items look like names, those items are organisations too.

use super::charset::{next_of, text_between, word_list};
use super::span_index::SpanIndex;
use super::{at, Found, Pos, Seg};
use crate::lexicon::names::is_han;
use crate::model::FactKind;

/// Chars that end a clause: a list never runs across them.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?' | '\n'
    )
}

/// Words that say a list is of bodies (`签约企业`, `等单位`): with one, a single organisation
/// among the items is enough to read the rest as organisations too.
const CUES: &[&str] = &[
    "企业", "公司", "签约", "集团", "单位", "机构", "厂商", "品牌", "银行", "院校",
];

word_list!(cue_words, CUES);

/// One item of a list: its span, trimmed of spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Item {
    start: usize,
    end: usize,
}

/// The `、`-separated items of each clause of `f` that has two or more, the last item cut at
/// `等` (`…有限公司等12家企业`). The first item's left edge is the clause's start, which
/// may hold the words that introduce the list (`签约企业包括英飞源`): callers treat it apart.
fn lists(f: &[char]) -> Vec<(usize, usize, Vec<Item>)> {
    let mut out = Vec::new();
    // Only clauses holding a `、` hold a list: found from the `、`s (rare) rather than by
    // cutting every clause of the text. `from` is always just past a clause's end.
    let mut from = 0;
    while let Some(comma) = next_of(f, from, '、', '、') {
        let start = (from..comma)
            .rev()
            .find(|&k| ends_clause(f[k]))
            .map_or(from, |k| k + 1);
        let end = (comma..f.len())
            .find(|&k| ends_clause(f[k]))
            .unwrap_or(f.len());
        let clause = start..end;
        from = end + 1;
        let mut items = Vec::new();
        let mut s = clause.start;
        for k in clause.clone() {
            if f[k] == '、' {
                items.push(Item { start: s, end: k });
                s = k + 1;
            }
        }
        let last_end = (s..clause.end)
            .find(|&k| f[k] == '等')
            .unwrap_or(clause.end);
        items.push(Item {
            start: s,
            end: last_end,
        });
        out.push((clause.start, clause.end, items));
    }
    out
}

/// Whether an item that no fact covers looks like a body's short name: two to eight chars of
/// Han script, Latin letters or digits, not an ordinary word (`政府`, `企业`).
fn looks_like_name(seg: &Seg, item: Item) -> bool {
    let chars = &seg.f[item.start..item.end];
    (2..=8).contains(&chars.len())
        && chars.iter().any(|&c| is_han(c))
        && chars
            .iter()
            .all(|&c| is_han(c) || c.is_ascii_alphanumeric())
        && !seg.ex.is_dictionary_word(&chars.iter().collect::<String>())
}

/// Adds as organisations the unnamed items of lists that name organisations (see the module
/// doc). A list whose items include a place, a person or any other fact is left alone: it is
/// not a list of bodies.
pub fn scan(seg: &Seg, found: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let mut added = Vec::new();
    // Each item asks about the facts around it: found by position, not by a walk over all.
    let mut index = SpanIndex::of(found);
    for (cs, ce, items) in lists(f) {
        let near = |it: &Item| index.touching(it.start, it.end).map(|i| &found[i]);
        let is_org = |it: &Item| {
            near(it).any(|(k, fd)| {
                *k == FactKind::Organization && fd.end == it.end && fd.start >= it.start
            })
        };
        // A place or person read inside a longer item is part of its name (`百济神州` is no
        // place `神州`); any other overlap says the item is something else.
        let covered_but = |it: &Item, gives_way: &dyn Fn(FactKind, &Found) -> bool| {
            near(it).any(|(k, fd)| {
                fd.start < it.end
                    && it.start < fd.end
                    && !(matches!(k, FactKind::Place | FactKind::Person)
                        && it.start <= fd.start
                        && fd.end <= it.end
                        && fd.end - fd.start < it.end - it.start)
                    && !gives_way(*k, fd)
            })
        };
        let covered = |it: &Item| covered_but(it, &|_, _| false);
        let orgs = items.iter().filter(|it| is_org(it)).count();
        // `比亚迪、小米汽车、华为等企业`: the list says outright that its items are bodies, so
        // even names that are common words (小米) or no organisation found are read as such;
        // `…中试基地、华为云晋中数据中心等12个重点项目`: projects.
        let listed = match appositive(f, &items) {
            // `宁德时代、比亚迪、国轩高科等企业负责人`: the people of the bodies listed, or the
            // people listed (`张伟、李强等企业负责人`): names of people each, they are left to the
            // people rules; else the items are the bodies.
            Some(Listed::PeopleOfBodies) if all_name_shaped(seg, &items) => None,
            Some(Listed::PeopleOfBodies) => Some(FactKind::Organization),
            Some(Listed::Kind(kind)) => Some(kind),
            None => None,
        };
        match listed {
            Some(FactKind::Organization) => {
                // A person the tagger read in an item (`比亚迪`) gives way: the list says it is a
                // body. One the rules read after a title keeps it blocked.
                let tagged_person =
                    |k: FactKind, fd: &Found| k == FactKind::Person && fd.role.is_none();
                let blocked = |it: &Item| !is_org(it) && covered_but(it, &tagged_person);
                let bodies = appositive_items(seg, &items, 8, &blocked)
                    .filter(|names| !names_lines_of_business(seg, names));
                if let Some(names) = bodies {
                    let fresh: Vec<Item> = names.iter().copied().filter(|it| !is_org(it)).collect();
                    drop_parts_inside(found, &names);
                    index = SpanIndex::of(found);
                    added.extend(
                        fresh
                            .into_iter()
                            .map(|it| named(f, FactKind::Organization, it)),
                    );
                    continue;
                }
            }
            Some(kind) => {
                // A project's name may hold its owner and place; it may not cut across a fact.
                let crosses = |it: &Item| {
                    near(it).any(|(_, fd)| {
                        (fd.start < it.start && it.start < fd.end)
                            || (fd.start < it.end && it.end < fd.end)
                    })
                };
                let names = appositive_items(seg, &items, 24, &crosses).filter(|names| {
                    names
                        .iter()
                        .all(|it| super::projects::is_facility(&f[it.start..it.end]))
                });
                if let Some(names) = names {
                    let known = |it: &Item| {
                        near(it)
                            .any(|(k, fd)| *k == kind && fd.start == it.start && fd.end == it.end)
                    };
                    added.extend(
                        names
                            .into_iter()
                            .filter(|it| !known(it))
                            .map(|it| named(f, kind, it)),
                    );
                }
                continue;
            }
            None => {}
        }
        // Most clauses with a `、` list no organisation: they are settled before any item is
        // looked up in the dictionary.
        if orgs == 0 {
            continue;
        }
        // The first item starts where the clause does: only an organisation found in it says
        // where its name starts.
        let mut names = Vec::new();
        let mut blocked = false;
        for (n, it) in items.iter().enumerate() {
            if n == 0 || is_org(it) {
                continue;
            }
            if !covered(it) && looks_like_name(seg, *it) {
                names.push(*it);
            } else {
                blocked = true;
            }
        }
        if blocked || names.is_empty() {
            continue;
        }
        if !(cue_words().occurs_in(&f[cs..ce]) || orgs >= names.len()) {
            continue;
        }
        drop_parts_inside(found, &names);
        index = SpanIndex::of(found);
        added.extend(
            names
                .into_iter()
                .map(|it| named(f, FactKind::Organization, it)),
        );
    }
    found.extend(added);
}

/// Drops the places and people read inside names now known to be bodies (`神州` in
/// `百济神州`). The names are a list's items, apart and in order: the one a fact may lie in is
/// the last to start at or before it, found by a binary search.
fn drop_parts_inside(found: &mut Vec<(FactKind, Found)>, names: &[Item]) {
    let mut names = names.to_vec();
    names.sort_unstable_by_key(|it| it.start);
    let inside = |fd: &Found| {
        let k = names.partition_point(|it| it.start <= fd.start);
        k.checked_sub(1)
            .and_then(|k| names.get(k))
            .is_some_and(|it| fd.end <= it.end)
    };
    found.retain(|(k, fd)| !(matches!(k, FactKind::Place | FactKind::Person) && inside(fd)));
}

/// An item as a fact of `kind` named as written.
fn named(f: &[char], kind: FactKind, it: Item) -> (FactKind, Found) {
    (
        kind,
        Found::named(it.start, it.end, text_between(f, it.start, it.end)),
    )
}

/// Words after `等` that name the items before it as bodies (`等企业`, `等5家车企`).
const APPOSITIVE_ENDS: &[&str] = &[
    "企业",
    "公司",
    "集团",
    "车企",
    "药企",
    "房企",
    "央企",
    "国企",
    "银行",
    "高校",
    "院校",
    "机构",
    "厂商",
    "龙头企业",
    "知名企业",
    "头部企业",
    "领军企业",
    "重点企业",
    "骨干企业",
    "上市公司",
    "跨国公司",
    "跨国企业",
    "外资企业",
    "外商投资企业",
    "外企",
    "民企",
    "名企",
];

/// Words after a body word that make the list one of people (`等企业负责人`, `等公司董事长`).
const PEOPLE_AFTER: &[&str] = &[
    "负责人",
    "高管",
    "董事长",
    "总经理",
    "老总",
    "代表人",
    "创始人",
];

/// Whether `rest`, the words after `等`, calls the items people of bodies: a body word of
/// [`APPOSITIVE_ENDS`] followed right away by one of [`PEOPLE_AFTER`], or `企业家`.
fn names_people(rest: &[char]) -> bool {
    at(rest, 0, "企业家")
        || APPOSITIVE_ENDS
            .iter()
            // Counted only for the word that is there.
            .any(|w| at(rest, 0, w) && PEOPLE_AFTER.iter().any(|p| at(rest, w.chars().count(), p)))
}

/// What a list closed by `等` and a word for its items lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listed {
    /// Bodies (`等企业`) or projects (`等12个重点项目`).
    Kind(FactKind),
    /// People of bodies (`等企业负责人`, `等企业家`): the items are the people or their bodies,
    /// as their names say.
    PeopleOfBodies,
}

/// Whether every item of a list (the first one cut after the clause words before it) has a
/// Chinese name's shape (`张伟`, `李强`): a list of people, where one item that has not
/// (`宁德时代`, `国轩高科`) makes it a list of bodies.
fn all_name_shaped(seg: &Seg, items: &[Item]) -> bool {
    items.iter().enumerate().all(|(n, it)| {
        let it = if n == 0 {
            match first_name(seg, *it, 4) {
                Some(it) => it,
                None => return false,
            }
        } else {
            *it
        };
        crate::lexicon::names::looks_like_name(&text_between(&seg.f, it.start, it.end))
    })
}

/// The length of a place written at the start of `rest` that qualifies the body word after it
/// (`德国企业`, `江苏企业`), if one is: two to four chars, longest first.
fn qualifying_place(rest: &[char]) -> usize {
    (2..=4.min(rest.len()))
        .rev()
        .find(|&n| super::places::is_known_place(&rest[..n]))
        .unwrap_or(0)
}

/// Words after `等` that name the items before it as projects (`等12个重点项目`).
const PROJECT_ENDS: &[&str] = &["项目", "重点项目", "重大项目", "产业项目", "工程"];

/// What a list followed by `等` and a word that calls its items bodies (`比亚迪、小米汽车、
/// 华为等企业`, `等5家车企`, `等12家德国企业`), people of bodies (`等企业负责人`) or projects
/// (`等12个重点项目`) lists, if it says.
fn appositive(f: &[char], items: &[Item]) -> Option<Listed> {
    let last = items.last()?;
    if f.get(last.end) != Some(&'等') {
        return None;
    }
    // `等5家企业`, `等多家企业`: a count may stand between.
    let tail = &f[last.end + 1..f.len().min(last.end + 12)];
    let mut k = tail
        .iter()
        .take_while(|c| {
            c.is_ascii_digit() || crate::facts::numbers::is_chinese_numeral(**c) || **c == '多'
        })
        .count();
    if matches!(tail.get(k), Some('家' | '个' | '项')) {
        k += 1;
    }
    let rest = &tail[k..];
    // `等12家德国企业`: a place may qualify the body word.
    let place = qualifying_place(rest);
    let bodies = &rest[place..];
    let opens = |w: &&str| at(rest, 0, w);
    // `等企业家`, `等企业负责人`: people, or bodies whose people are meant.
    if names_people(rest) {
        Some(Listed::PeopleOfBodies)
    } else if APPOSITIVE_ENDS.iter().any(|w| at(bodies, 0, w)) {
        Some(Listed::Kind(FactKind::Organization))
    } else if PROJECT_ENDS.iter().any(opens) {
        Some(Listed::Kind(FactKind::Project))
    } else {
        None
    }
}

/// The items of a list that [`appositive`] reads, each a name of 2 to `max` chars of Han
/// script, Latin letters or digits that `blocked` lets stand; the first item is cut after the
/// clause words before it (`来自比亚迪`). `None` when an item is no name.
fn appositive_items(
    seg: &Seg,
    items: &[Item],
    max: usize,
    blocked: &dyn Fn(&Item) -> bool,
) -> Option<Vec<Item>> {
    let f = &seg.f;
    let mut out = Vec::with_capacity(items.len());
    for (n, it) in items.iter().enumerate() {
        let it = if n == 0 {
            first_name(seg, *it, max)?
        } else {
            *it
        };
        let chars = &f[it.start..it.end];
        let name_like = (2..=max).contains(&chars.len())
            && chars.iter().any(|&c| is_han(c))
            && chars
                .iter()
                .all(|&c| is_han(c) || c.is_ascii_alphanumeric());
        if !name_like || blocked(&it) {
            return None;
        }
        out.push(it);
    }
    Some(out)
}

/// Whether every item is one ordinary noun jieba knows (`引进大数据、人工智能等企业`): the list
/// names lines of business, not bodies. A brand that is also a word (`小米`) beside names
/// jieba does not know or knows as proper nouns (`比亚迪`, `华为`) leaves it a list of bodies.
fn names_lines_of_business(seg: &Seg, items: &[Item]) -> bool {
    items
        .iter()
        .all(|it| seg.word_is(it.start, it.end, Pos::Noun))
}

/// Verbs of building and signing that jieba tags as nouns.
const BUILD_VERBS: &[&str] = &[
    "建设", "新建", "扩建", "改建", "续建", "实施", "签约", "引进",
];

/// The first item of a list without the clause words before its name: the tail of jieba's
/// words after the last verb, preposition or punctuation (`以及来自比亚迪` → `比亚迪`).
fn first_name(seg: &Seg, it: Item, max: usize) -> Option<Item> {
    let mut start = it.end;
    let first = seg.toks.partition_point(|t| t.end <= it.start);
    let last = seg.toks.partition_point(|t| t.end <= it.end);
    for k in (first..last).rev() {
        let t = &seg.toks[k];
        if t.start < it.start || it.end - t.start > max {
            break;
        }
        let word = &seg.f[t.start..t.end];
        // A verb, or a one-char word that is no noun (`在`, `的`), ends the clause words; an
        // abbreviation (`中试`) or a word jieba does not know is part of a name. `建设` and its
        // kin are nouns to jieba but verbs before a name (`开工建设…基地`).
        let clause = BUILD_VERBS
            .iter()
            .any(|v| word.iter().copied().eq(v.chars()))
            || match seg.pos(k) {
                Pos::Verb => seg.ex.is_dictionary_word(&word.iter().collect::<String>()),
                Pos::Other => word.len() == 1,
                _ => false,
            };
        if clause || !word.iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric()) {
            break;
        }
        start = t.start;
    }
    let start = past_straddled_opener(&seg.f, it.start, start);
    (start < it.end).then_some(Item { start, end: it.end })
}

/// Words that open a list's first item (`其中科大讯飞星火产业园二期、…`), which jieba may cut
/// across (`其/中科大/讯飞`): the name read back from the item's end then starts inside one.
const LIST_OPENERS: &[&str] = &["其中", "包括", "比如", "例如", "分别是", "分别为"];

/// `start` moved past a [`LIST_OPENERS`] word written from `from` on that it falls inside.
pub(super) fn past_straddled_opener(f: &[char], from: usize, start: usize) -> usize {
    LIST_OPENERS
        .iter()
        .find_map(|w| {
            let n = w.chars().count();
            (start.saturating_sub(n - 1).max(from)..start)
                .find(|&p| at(f, p, w) && p + n > start)
                .map(|p| p + n)
        })
        .unwrap_or(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn items_split_at_list_commas_within_a_clause_and_end_at_deng() {
        let f = chars("签约企业包括甲乙、丙丁、戊己有限公司等，总投资10亿元");
        let found = lists(&f);
        assert_eq!(found.len(), 1);
        let items: Vec<String> = found[0]
            .2
            .iter()
            .map(|it| f[it.start..it.end].iter().collect())
            .collect();
        assert_eq!(items, ["签约企业包括甲乙", "丙丁", "戊己有限公司"]);
    }

    #[test]
    fn a_clause_without_list_commas_is_no_list() {
        assert!(lists(&chars("甲乙，丙丁。")).is_empty());
    }
}
