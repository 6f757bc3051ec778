//! Photo captions told from the text around them: a line that says what a photo shows or
//! numbers it (`图为…`, `图①：…`, `■ …`), and a paragraph of that kind over a credit alone.

use super::super::credit::is_bullet;
use super::super::shape::{is_pad, more_chars_than, Line};
use super::{Block, Class, Placed, Rule};
use crate::text::fold::fold;

/// A line marked as a caption: it opens with a bullet (`■ 图为…`), says what the photo shows or
/// numbers it (`图①：…`).
pub(super) fn looks_like_caption(line: &str, caption: &str) -> bool {
    let starts_with_bullet = line.trim_start_matches(is_pad).starts_with(is_bullet);
    let f = fold(&caption.chars().take(3).collect::<String>());
    // `图①：`, `图1：`, `图一`: one of a set of photos.
    let numbered = f.strip_prefix('图').is_some_and(|r| {
        r.starts_with(|c: char| {
            ('①'..='⑳').contains(&c) || c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
        })
    });
    starts_with_bullet
        || numbered
        || [
            "图为", "图：", "上图", "下图", "左图", "右图", "图片", "组图",
        ]
        .iter()
        .any(|p| f.starts_with(p))
}

/// A credit alone on its line (`新华社记者 孙凡越摄`) under a paragraph of its own that says what
/// a photo shows (`图为12月22日，工人在…生产。`, too long for a caption line): that paragraph is
/// the photo's caption, not the article's text. It is marked so, and assembly gives it to the
/// credit as the short caption lines above a credit are.
pub(super) fn mark_caption_above(blocks: &mut [Placed]) {
    let Some(prev) = blocks.last_mut() else {
        return;
    };
    let Block::Text(tb) = &prev.block else {
        return;
    };
    if prev.mark.0 == Class::Body
        && prev.tail.is_none()
        && tb.names.is_none()
        && tb.dateline.is_none()
        && may_open_caption(&tb.text)
    {
        prev.mark = (Class::Caption, Rule::CaptionLines);
    }
}

/// [`looks_like_caption`] of a line, turned down on its first char before anything is folded:
/// every caption opening starts with a bullet or one of a few chars (in either form).
pub(super) fn may_open_caption(line: &str) -> bool {
    let text = line.trim_start_matches(is_pad);
    text.chars().next().is_some_and(|c| {
        is_bullet(c) || matches!(c, '图' | '圖' | '上' | '下' | '左' | '右' | '组' | '組')
    }) && looks_like_caption(line, text)
}

/// A caption with its photo's source in brackets after it on the same line
/// (`图为西安高新区丝路软件城。　（西安高新区供图）`): the whole line is the photo's caption, as
/// printed, where it had been read as the article's last paragraph.
pub(super) fn caption_with_source(line: &str) -> bool {
    let t = line.trim_end_matches(is_pad);
    if !t.ends_with(['）', ')']) || !may_open_caption(t) {
        return false;
    }
    t.rfind(['（', '('])
        .is_some_and(|open| open > 0 && super::is_photo_source(&t[open..]))
}

/// A caption line (`图为萧山经开区长川科技生产车间。`) right under a closing byline of a reporter
/// who wrote the text and shot the photos (`记者　黄　云　文/摄`): the photo's caption, credited by
/// that byline, where it had been read as the article's last paragraph.
pub(super) fn under_shooters_byline(lines: &[Line<'_>], no: usize) -> bool {
    let Some(line) = lines.get(no) else {
        return false;
    };
    if !may_open_caption(line.text) || more_chars_than(line.text, CAPTION_ALONE_MAX_CHARS) {
        return false;
    }
    let above = no.checked_sub(1).and_then(|k| lines.get(k));
    above.is_some_and(|a| super::wrote_and_shot(a.text) && super::parse_names(a.text).is_some())
}

/// Longest caption read under a shooter's byline, in chars.
const CAPTION_ALONE_MAX_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-char test before [`looks_like_caption`] lets every caption opening through,
    /// in either form.
    #[test]
    fn every_caption_opening_passes_the_first_char_test() {
        for line in [
            "图为园区一角。",
            "圖為園區一角。",
            "图：园区一角",
            "上图：园区一角",
            "下圖：园区一角",
            "左图为园区",
            "右图为园区",
            "图片：园区",
            "组图：园区",
            "組圖：园区",
            "图①：园区",
            "■ 园区一角",
            "　图为园区一角。",
        ] {
            assert!(
                looks_like_caption(line, line.trim_start_matches(is_pad)),
                "{line}"
            );
            assert!(may_open_caption(line), "{line}");
        }
        assert!(!may_open_caption("今年以来，园区新签约项目12个。"));
        assert!(caption_with_source(
            "图为西安高新区丝路软件城。　（西安高新区供图）"
        ));
        assert!(caption_with_source("图为园区一角。（资料图片）"));
        assert!(!caption_with_source("图为园区一角。（张三）"));
        assert!(!caption_with_source("园区一角。（西安高新区供图）"));
    }
}
