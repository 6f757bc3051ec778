//! A title group's lines: which is the main title, which are kickers above it and subtitles
//! below it, from the labels a database export gives them or, failing labels, from their length.

use crate::lexicon::zone;

use super::super::classify::{heading_class, Block, Class, Mark, Placed, Rule};
use super::super::fields::Heading;

/// The role a label gave a title-like block (`引题：…`), if any.
pub(super) fn heading_of(p: &Placed) -> Option<Heading> {
    match &p.block {
        Block::Text(tb) => tb.heading,
        _ => None,
    }
}

/// Marks a title group and returns which of its lines is the main title when labels say so.
/// Lines a label names (`引题：`, `主题：`, `副题：`) are what it says, and the first one labelled
/// a title is the main one. Otherwise the longest line is marked the title, lines above it
/// kickers, below subtitles: a line opening with a dash (`——来自…的调查`) is a subtitle however
/// long, and a first line naming only a zone (`尧都高新技术产业开发区`) is the kicker of the
/// lines under it. Length is only a guess (a subtitle is often longer than its title, and two
/// lines may be one title broken), so an unlabelled group names no main title and
/// [`Article::headline`](crate::model::Article::headline) reads the lines as it always has.
pub(super) fn mark_title_group(
    marks: &mut [Mark],
    group: &[usize],
    texts: &[String],
    headings: &[Option<Heading>],
) -> Option<usize> {
    let main = headings
        .iter()
        .position(|h| *h == Some(Heading::Title))
        .or_else(|| longest_title(group, texts))?;
    for (k, &i) in group.iter().enumerate() {
        let (class, rule) = match headings.get(k).copied().flatten() {
            Some(h) => (heading_class(h), Rule::HeadingLabel),
            None => {
                let class = match k.cmp(&main) {
                    std::cmp::Ordering::Less => Class::Kicker,
                    std::cmp::Ordering::Equal => Class::Title,
                    std::cmp::Ordering::Greater => Class::Subtitle,
                };
                let rule = match marks[i].1 {
                    Rule::TitleColumnLabel => Rule::TitleColumnLabel,
                    _ => Rule::TitleGroup,
                };
                (class, rule)
            }
        };
        marks[i] = (class, rule);
    }
    headings.iter().any(Option::is_some).then_some(main)
}

/// Which line of an unlabelled title group is the main title: the last longest line that
/// opens with no dash, leaving out a first line that only names a zone when another line is
/// there to be the title; failing that, the last longest line.
fn longest_title(group: &[usize], texts: &[String]) -> Option<usize> {
    let len = |i: usize| texts[i].chars().count();
    let dashed = |i: usize| texts[i].trim_start().starts_with(['—', '－', '-']);
    let zone_kicker = group.len() > 1
        && group
            .first()
            .is_some_and(|&i| zone::canonical(&texts[i]).is_some());
    let longest = |from: usize, undashed: bool| {
        group
            .iter()
            .enumerate()
            .skip(from)
            .filter(|(_, &i)| !(undashed && dashed(i)))
            .max_by_key(|(_, &i)| len(i))
            .map(|(k, _)| k)
    };
    longest(usize::from(zone_kicker), true)
        .or_else(|| longest(0, true))
        .or_else(|| longest(0, false))
}
