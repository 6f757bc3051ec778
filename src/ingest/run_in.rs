//! Run-in titles of news in brief: a column of briefs that prints each item's title in
//! brackets at the start of its paragraph, the item's text right after it (or, after a
//! bullet, its title and a space: `■晋中开发区新签约项目7个　1月6日，…`).
//!
//! ```text
//! ■【长安汽车数智工厂二期投产】12月18日，长安汽车两江数智工厂二期项目正式投产。（记者 杨骏）
//! ■【璧山高新区6个项目集中签约】12月17日，璧山高新区举行项目集中签约仪式。（通讯员 李青）
//! ```
//!
//! Read as paragraphs, a column of them was one article under the column's name, each item's
//! title left inside its text and every reporter pooled on one byline. Each item is an article
//! of its own: the bracketed words its title, the text after them its paragraph.

use super::credit::is_bullet;
use super::labels::label_line;
use super::shape::{is_pad, is_title_like, more_chars_than, Line};

/// The shortest and longest run-in title, in chars.
const TITLE_MIN_CHARS: usize = 4;
const TITLE_MAX_CHARS: usize = 30;
/// The shortest text after a run-in title, in chars: an item's sentence, not a label's rest.
const TEXT_MIN_CHARS: usize = 10;

/// Line `no`'s run-in title and the text after it, when it opens with one and the line of
/// text nearest above or below it (blank lines between) does too: one such line alone is as
/// likely a paragraph that opens with a bracketed word.
pub(super) fn run_in_title<'a>(lines: &[Line<'a>], no: usize) -> Option<(&'a str, &'a str)> {
    let this = split(lines.get(no)?.text)?;
    let text_at = |k: usize| !lines[k].text.is_empty();
    let above = (0..no).rev().find(|&k| text_at(k));
    let below = (no + 1..lines.len()).find(|&k| text_at(k));
    [above, below]
        .into_iter()
        .flatten()
        .any(|k| split(lines[k].text).is_some())
        .then_some(this)
}

/// A line's run-in title and the text after it (see the module docs). Turned down on its
/// first char (past a bullet) for every line that does not open with `【`.
fn split(line: &str) -> Option<(&str, &str)> {
    // `【` and the bullets and pads before it open with one of these bytes; a line of Han chars
    // (E4..E9) or ASCII is turned down on its first.
    if !line
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, 0xE2 | 0xE3 | 0xC2 | b' ' | b'\t'))
    {
        return None;
    }
    let t = line.trim_start_matches(|c: char| is_pad(c) || is_bullet(c));
    let (title, text) = match t.strip_prefix('【') {
        Some(inner) => {
            let close = inner.find('】')?;
            (
                inner[..close].trim_matches(is_pad),
                &inner[close + '】'.len_utf8()..],
            )
        }
        None => spaced_title(line, t)?,
    };
    let text = text.trim_start_matches(is_pad);
    let n = title.chars().count();
    let is_title = (TITLE_MIN_CHARS..=TITLE_MAX_CHARS).contains(&n)
        && is_title_like(title)
        // A dateline's marker (`【本报讯】`, `【大公報訊】`) or a label (`【编者按】`) is none.
        && !title.ends_with(['讯', '訊', '电', '電', '息', '道', '導'])
        && label_line(title).is_none();
    (is_title && more_chars_than(text, TEXT_MIN_CHARS - 1)).then_some((title, text))
}

/// A bulleted line's run-in title set off by a space instead of brackets
/// (`■晋中开发区新签约项目7个　1月6日，…`): the words before the line's first ideographic space
/// or run of two spaces, when the line opens with a bullet and they hold no sentence's
/// punctuation. `t` is the line past its bullets and pads.
fn spaced_title<'a>(line: &str, t: &'a str) -> Option<(&'a str, &'a str)> {
    if !line.trim_start_matches(is_pad).starts_with(is_bullet) {
        return None;
    }
    let gap = t.find(['\u{3000}', ' '])?;
    let (title, rest) = t.split_at(gap);
    let rest = rest
        .strip_prefix("  ")
        .or_else(|| rest.strip_prefix('\u{3000}'))?;
    (!title.contains(['，', '。', '；', '：', ',', ';', ':'])).then_some((title, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.lines().map(Line::of).collect()
    }

    #[test]
    fn a_column_of_run_in_briefs() {
        let page = lines(concat!(
            "■【长安汽车数智工厂二期投产】12月18日，长安汽车两江数智工厂二期项目正式投产。（记者 杨骏）\n",
            "\n",
            "　　【璧山高新区6个项目集中签约】12月17日，璧山高新区举行项目集中签约仪式。（通讯员 李青）\n",
        ));
        assert_eq!(
            run_in_title(&page, 0),
            Some((
                "长安汽车数智工厂二期投产",
                "12月18日，长安汽车两江数智工厂二期项目正式投产。（记者 杨骏）"
            ))
        );
        assert_eq!(
            run_in_title(&page, 2).map(|t| t.0),
            Some("璧山高新区6个项目集中签约")
        );
    }

    /// A bulleted brief's title may be set off by a space instead of brackets; a bulleted
    /// sentence is no title.
    #[test]
    fn a_column_of_briefs_titled_before_a_space() {
        let page = lines(concat!(
            "■晋中开发区新签约项目7个　1月6日，晋中经开区举行项目集中签约活动，签约项目7个。（刘晓阳）\n",
            "\n",
            "▲长治高新区首家外资研发中心揭牌　1月7日，博世长治研发中心在长治高新区揭牌。（李建华）\n",
        ));
        assert_eq!(
            run_in_title(&page, 0),
            Some((
                "晋中开发区新签约项目7个",
                "1月6日，晋中经开区举行项目集中签约活动，签约项目7个。（刘晓阳）"
            ))
        );
        assert_eq!(
            run_in_title(&page, 2).map(|t| t.0),
            Some("长治高新区首家外资研发中心揭牌")
        );
        for line in [
            "■1月6日，晋中经开区举行项目集中签约活动　签约项目7个。",
            "晋中开发区新签约项目7个　1月6日，晋中经开区举行项目集中签约活动。",
        ] {
            assert_eq!(split(line), None, "{line}");
        }
    }

    #[test]
    fn a_bracketed_word_alone_or_a_dateline_is_no_run_in_title() {
        // One line alone.
        let alone = lines(
            "【长安汽车数智工厂二期投产】12月18日，长安汽车数智工厂二期项目正式投产。\n正文。",
        );
        assert_eq!(run_in_title(&alone, 0), None);
        for line in [
            "【本报讯】12月18日，长安汽车两江数智工厂二期项目正式投产。",
            "【编者按】开发区是改革开放的重要窗口，本报今起推出系列报道。",
            "【短】12月18日，长安汽车两江数智工厂二期项目正式投产。",
            "【长安汽车数智工厂二期投产】正式投产",
        ] {
            assert_eq!(split(line), None, "{line}");
        }
    }
}
