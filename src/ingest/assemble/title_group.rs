//! A title group's lines: which is the main title, which are kickers above it and subtitles
//! below it, from the labels a database export gives them or, failing labels, from their length.

use crate::ingest::shape::{item_number, ItemStyle};
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

/// How many of a title group's lines head its first part instead (`一、经济运行总体平稳` under
/// `2026年1—2月全区重点工作进展情况`): from the first line after the first that numbers part one
/// (`一、`, `（一）`) on. A report's first part head often sits right under its title with no
/// body between, and read as the title's subtitle it had made `二、` and `三、` sub-heads of a
/// part the reader never saw. A group's first line is its title whatever it says.
pub(super) fn part_head_lines(group: &[usize], texts: &[String]) -> usize {
    group
        .iter()
        .skip(1)
        .position(|&i| {
            matches!(
                item_number(&texts[i]),
                Some((ItemStyle::HanComma | ItemStyle::BracketHan, 1))
            )
        })
        .map_or(0, |k| group.len() - 1 - k)
}

#[cfg(test)]
mod tests {
    use super::part_head_lines;

    #[test]
    fn a_first_part_head_under_a_title_is_no_subtitle() {
        let texts: Vec<String> = [
            "进展情况",
            "一、经济运行总体平稳",
            "——来自一线的报告",
            "（一）新开工项目",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(part_head_lines(&[0, 1], &texts), 1);
        assert_eq!(part_head_lines(&[0, 3], &texts), 1);
        assert_eq!(part_head_lines(&[0, 2], &texts), 0);
        // The first line is the title, numbered or not; a part two is no first part.
        assert_eq!(part_head_lines(&[1, 2], &texts), 0);
        assert_eq!(part_head_lines(&[0], &texts), 0);
    }
}
