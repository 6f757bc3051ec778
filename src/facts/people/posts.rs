//! The post an appointment names after the person (`任命张建国为长治市发展和改革委员会主任；`,
//! `免去赵志刚的…主任职务`, `郝建平任…管理委员会主任（兼）`, `王志勇同志任…书记`): a notice of
//! appointments and removals writes the title after the name, where the title rules (which read
//! it before) find none. A post is the rest of the clause, and only a clause ending in a title
//! (`主任`, `书记`) is one, so `任` of a name's clause that is no appointment (`张三任务繁重`)
//! gives nothing.

use super::names::{is_common_word, name_shape, surname_at};
use super::roles::ends_with_title;
use crate::facts::{at, Extractor, Found, Seg};
use crate::lexicon::names::is_han;
use crate::lexicon::spaced_names::spaced_names_at;
use crate::model::FactKind;

/// The flag of a person's post that the text says the person leaves (`免去…职务`).
pub const FORMER: &str = "former";

/// Longest post read, in chars: a full body's name and a title or two.
const MAX_POST: usize = 40;

/// Chars that end the clause a post is written in (not `、`, which joins two bodies sharing a
/// title: `党工委、管委会主任`).
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?' | '\n'
    )
}

/// A bracketed note on a post, kept with it (`主任（兼）`: held beside another post).
const NOTES: &[&str] = &["（兼）", "(兼)"];

/// The post written from `from` to its clause's end, as printed, with the `职务` of a removal
/// dropped (`…主任职务` → `…主任`), when it ends in a title; `None` for a clause that is no post
/// (no title at its end, too long, or holding `为`: `张三为市长、李四为副市长` names two).
pub fn post_from(seg: &Seg, from: usize) -> Option<(usize, String)> {
    let f = &seg.f;
    let clause_end = (from..f.len())
        .find(|&k| ends_clause(f[k]))
        .unwrap_or(f.len());
    let mut end = clause_end;
    for tail in ["的职务", "职务"] {
        let n = tail.chars().count();
        if end >= from + n && at(f, end - n, tail) {
            end -= n;
            break;
        }
    }
    let note = NOTES
        .iter()
        .map(|w| (w, w.chars().count()))
        .find(|&(w, n)| end >= from + n && at(f, end - n, w))
        .map_or(0, |(_, n)| n);
    let title: String = f.get(from..end - note)?.iter().collect();
    let is_post = end > from
        && end - from <= MAX_POST
        && !title.contains('为')
        && title.chars().all(|c| is_han(c) || c == '、')
        && ends_with_title(&title);
    is_post.then(|| (end, seg.text(from, end)))
}

/// Verbs after a name saying the person takes a post (`任`, `兼任`), with `同志` before them or
/// not (`王志勇同志任…`).
const TAKES: &[&str] = &["兼任", "任"];

/// Where a clause's name ends and its post starts: the verb of taking a post right after the
/// name, `同志` before it or not.
fn post_start(f: &[char], name_end: usize) -> Option<usize> {
    let k = if at(f, name_end, "同志") {
        name_end + 2
    } else {
        name_end
    };
    TAKES
        .iter()
        .find(|v| at(f, k, v))
        .map(|v| k + v.chars().count())
}

/// Farthest `任` may stand from a clause's start after a name: four chars of a name, two spaces
/// and `同志兼`.
const MAX_NAME_TO_VERB: usize = 10;

/// Whether a clause starts at `i`: the text's start, or after punctuation or a space.
fn clause_starts(f: &[char], i: usize) -> bool {
    i == 0 || f.get(i - 1).is_some_and(|&c| !is_han(c))
}

/// The names at `j` a clause may open with: the plain ones (two to four chars of a name's
/// shape) and the spaced ones (`冯　涛`), each its end and name.
fn names_at(seg: &Seg, j: usize) -> Vec<(usize, String)> {
    let f = &seg.f;
    let mut out: Vec<(usize, String)> = spaced_names_at(f, j)
        .into_iter()
        .map(|(end, cs)| (end, cs.into_iter().collect()))
        .collect();
    let surname = surname_at(seg, j);
    for len in 2..=4 {
        if f.get(j..j + len)
            .is_some_and(|cand| name_shape(cand, surname))
        {
            out.push((j + len, seg.folded(j, j + len)));
        }
    }
    out
}

/// People opening a clause with the post they take (`郝建平任…主任（兼）；`, `冯　涛任…副主任。`):
/// a name, `任` (or `同志任`, `兼任`) and a post to the clause's end. Each is added with the post
/// as role; the same name found without one gives way to it when facts are deduplicated.
pub(super) fn took_post(ex: &Extractor, seg: &Seg, out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    for j in 0..f.len() {
        // `任` a name's length after the clause's start (spaces and `同志` between): the
        // verb's char, looked for before any name is read.
        let takes_near = || (j + 2..j + MAX_NAME_TO_VERB).any(|k| f.get(k) == Some(&'任'));
        if !is_han(f[j]) || !clause_starts(f, j) || !takes_near() {
            continue;
        }
        let Some((end, name, role)) = names_at(seg, j).into_iter().find_map(|(end, name)| {
            let (_, role) = post_from(seg, post_start(f, end)?)?;
            Some((end, name, role))
        }) else {
            continue;
        };
        if is_common_word(ex, &name) {
            continue;
        }
        out.push((
            FactKind::Person,
            Found {
                role: Some(role),
                ..Found::named(j, end, name)
            },
        ));
    }
}
