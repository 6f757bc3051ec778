//! A speech or a work report printed in full: its title, the occasion under it
//! (`——2025年12月26日在宁乡经济技术开发区党工委扩大会议上`) and the speaker's line
//! (`宁乡经开区管委会主任　刘志刚`). The speaker's line is the byline, the speaker's post its
//! credit; read as a title line, the longest of the group, it had been the speech's headline.

use super::credit::Credited;
use super::shape::{is_pad, Line};
use crate::lexicon::names::looks_like_name;

/// Longest speaker's line, in chars.
pub(super) const SPEAKER_MAX_CHARS: usize = 30;

/// Whether the line at `no` stands right beside a speech's occasion line (the line above or
/// below it opens with a dash): only there is a post and a name the speaker's line.
pub(super) fn beside_occasion(lines: &[Line<'_>], no: usize) -> bool {
    let occasion = |k: Option<usize>| {
        k.and_then(|k| lines.get(k))
            .is_some_and(|l| is_occasion(l.text))
    };
    occasion(no.checked_sub(1)) || occasion(no.checked_add(1))
}

/// A speech's occasion (`——2025年12月26日在…会议上`, `——在全市招商引资大会上的讲话`): a dash,
/// then where it was given.
fn is_occasion(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("——") else {
        return false;
    };
    rest.contains('在')
        && (rest.ends_with('上') || rest.ends_with("讲话") || rest.ends_with("报告"))
}

/// The speaker a line names: a post, then a pad, then the name (`宁乡经开区管委会主任　刘志刚`),
/// the post ending in an official's title (`主任`, `书记`, `区长`).
pub(super) fn speaker(line: &str) -> Option<Credited> {
    if line.chars().nth(SPEAKER_MAX_CHARS).is_some() {
        return None;
    }
    let (post, name) = post_and_name(line.trim_matches(is_pad))?;
    (looks_like_name(&name) && !post.is_empty() && crate::facts::people::ends_with_role(post)).then(
        || Credited {
            credit: Some(post.to_owned()),
            ..Credited::bare(name)
        },
    )
}

/// A speaker's line cut into the post and the name after it. A print page spaces a two-char
/// name to the width of three (`管委会主任　黄　河`) and a scan spaces every char
/// (`王 晓 东`): the name's spaced chars are read together, where the last char alone had been
/// no name and the speaker was lost.
fn post_and_name(line: &str) -> Option<(&str, String)> {
    use crate::lexicon::spaced_names::{one_han, spaced_name_shape};
    let tokens: Vec<&str> = line.split(is_pad).filter(|t| !t.is_empty()).collect();
    let n = tokens.len();
    let spaced = |k: usize| tokens.get(n.checked_sub(k)?..).filter(|_| n > k);
    let name_tokens: &[&str] = match (spaced(3), spaced(2)) {
        (Some(three), _) if three.iter().all(|t| one_han(t).is_some()) => three,
        (_, Some(two)) if spaced_name_shape(two[0], two[1]) => two,
        _ => tokens.get(n.checked_sub(1)?..)?,
    };
    let mut post = line;
    for t in name_tokens.iter().rev() {
        post = post.strip_suffix(t)?.trim_end_matches(is_pad);
    }
    Some((post, name_tokens.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_and_a_name_are_the_speaker() {
        let s = speaker("宁乡经开区管委会主任　刘志刚").expect("a speaker");
        assert_eq!(s.name, "刘志刚");
        assert_eq!(s.credit.as_deref(), Some("宁乡经开区管委会主任"));
        let s = speaker("管委会主任　黄　河").expect("a spaced name");
        assert_eq!(
            (s.name.as_str(), s.credit.as_deref()),
            ("黄河", Some("管委会主任"))
        );
        let s = speaker("经开区管委会主任 王 晓 东").expect("an OCR'd name");
        assert_eq!(s.name, "王晓东");
        assert!(speaker("政府工作报告（摘要）").is_none());
        assert!(speaker("招商引资　成效明显").is_none());
    }

    #[test]
    fn occasions_open_with_a_dash() {
        assert!(is_occasion(
            "——2025年12月26日在宁乡经济技术开发区党工委扩大会议上"
        ));
        assert!(is_occasion("——在全市招商引资大会上的讲话"));
        assert!(!is_occasion("——来自太原经开区的调查"));
    }
}
