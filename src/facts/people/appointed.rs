//! Names after a verb of appointing or removing an official (`任命张伟为主任`,
//! `免去王五的…职务`): the post follows the name, opened by `为` or `的`. The tagger, which
//! learnt names from running text, runs the name on into that `为` (`张伟为`) or proposes none
//! (`王五的`); the verb says a name follows, as a title does. The post written after the name
//! is the person's role (a removed one flagged `former`); see [`super::posts`].

use super::names::pick_name;
use super::posts::{post_from, took_post, FORMER};
use crate::facts::charset::word_list;
use crate::facts::{ends_with, Extractor, Found, Seg};
use crate::model::FactKind;

/// Verbs that name the official appointed or removed right after them.
const VERBS: &[&str] = &[
    "任命", "聘任", "聘请", "聘用", "提名", "推选", "推举", "选举", "选任", "委任", "任用", "免去",
    "免除", "撤销", "提请",
];

word_list!(
    /// [`VERBS`] indexed for scanning: a text is searched for them from their last chars, a
    /// few loads for every eight chars, where testing each char against every verb's first char
    /// cost the facts pass about 4 % of its instructions.
    verbs,
    VERBS
);

/// Whether a verb of appointing or removing ends right before `start`.
fn after_appointing_verb(f: &[char], start: usize) -> bool {
    let before = f.get(..start).unwrap_or_default();
    VERBS.iter().any(|v| ends_with(before, v))
}

/// Where a name read at `start..end` after a verb of appointing ends: before a last `为`
/// that opens the post (`任命张伟为主任`: `张伟`). A name of two chars is left alone (a
/// surname and `为` is no name to shorten to one char), and so is a name that ends in `为`
/// itself, which a second `为` then follows (`任命刘大为为主任`).
pub fn appointed_name_end(f: &[char], start: usize, end: usize) -> usize {
    let shortened = end
        .checked_sub(1)
        .filter(|&last| last >= start + 2 && f.get(last) == Some(&'为'));
    match shortened {
        Some(last) if f.get(end) != Some(&'为') && after_appointing_verb(f, start) => last,
        _ => end,
    }
}

/// People named right after a verb of appointing or removing (`免去王五的市商务局局长职务`,
/// `任命张伟为主任`), where the name ends as a titled one does ([`pick_name`]: `的` and `为`
/// follow a name) and no fact found before holds its chars.
pub(super) fn appointed(ex: &Extractor, seg: &Seg, out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let verbs = verbs();
    for i in verbs.starts_in(f) {
        let Some((verb, len)) = verbs.at(f, i) else {
            continue;
        };
        let j = i + len;
        let Some((end, name)) = pick_name(ex, seg, j, 1) else {
            continue;
        };
        if let Some((role, flags)) = appointed_post(seg, verb, end) {
            out.push((
                FactKind::Person,
                Found {
                    role: Some(role),
                    flags,
                    ..Found::named(j, end, name)
                },
            ));
            continue;
        }
        if out.iter().any(|(_, fd)| fd.start < end && j < fd.end) {
            continue;
        }
        out.push((FactKind::Person, Found::named(j, end, name)));
    }
    took_post(ex, seg, out);
}

/// Verbs of removing an official from a post: the post after the name is a former one.
const REMOVING: &[&str] = &["免去", "免除", "撤销"];

/// The post an appointing `verb` names after the name ending at `name_end`, with the flags of
/// the person's fact: `为` opens a post given (`任命张伟为主任`), `的` one taken away (`免去王五
/// 的市商务局局长职务`), flagged [`FORMER`].
fn appointed_post(seg: &Seg, verb: &str, name_end: usize) -> Option<(String, Vec<String>)> {
    let removing = REMOVING.contains(&verb);
    let opener = if removing { '的' } else { '为' };
    if seg.f.get(name_end) != Some(&opener) {
        return None;
    }
    let (_, role) = post_from(seg, name_end + 1)?;
    let flags = if removing {
        vec![FORMER.to_owned()]
    } else {
        Vec::new()
    };
    Some((role, flags))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end_of(text: &str, name: &str) -> String {
        let f: Vec<char> = text.chars().collect();
        let n: Vec<char> = name.chars().collect();
        let start = f
            .windows(n.len())
            .position(|w| w == n.as_slice())
            .unwrap_or(0);
        f[start..appointed_name_end(&f, start, start + n.len())]
            .iter()
            .collect()
    }

    #[test]
    fn an_appointed_name_ends_before_its_post() {
        assert_eq!(end_of("决定任命张伟为主任", "张伟为"), "张伟");
        assert_eq!(end_of("聘任欧阳晓为总经理", "欧阳晓为"), "欧阳晓");
        assert_eq!(end_of("任命刘大为为主任", "刘大为"), "刘大为");
        // No verb of appointing: the name is the tagger's.
        assert_eq!(end_of("刘大为主持会议", "刘大为"), "刘大为");
        assert_eq!(end_of("任命张为主任", "张为"), "张为");
    }
}
