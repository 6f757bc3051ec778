//! Where a photo came from, when no one is credited for shooting it: `（资料图片）`,
//! `（图片由西安高新区管委会提供）`, `（受访者供图）`, `（新华社发）`, `图片来源：视觉中国`.
//!
//! Papers print such a line under a photo as they print `（梁栋 摄）`; read as text it was a
//! title with no body, so every such line made an article of its own at the end of a page.

use crate::text::fold::fold_cow;

use super::super::shape::{after_label, in_round_brackets, more_chars_than, trim_pad};
use super::is_outlet;

/// Longest photo source line (`（本版图片均由西安高新区管委会提供）`).
const SOURCE_MAX_CHARS: usize = 24;

/// Photo sources that name nobody (folded).
const ARCHIVE_PHOTOS: &[&str] = &["资料图片", "资料图", "资料照片", "网络图片", "示意图"];

/// Labels before a photo source's name (folded): `图片来源：视觉中国`.
const SOURCE_LABELS: &[&str] = &["图片来源", "图片提供", "供图"];

/// Whether a line states a photo's source and credits no one (`（图片由西安高新区管委会提供）`).
/// Every line that is no photo's credit is asked, so most are turned down on their bytes: a
/// source is bracketed, or opens with its label (`图片来源`, `供图`), and is short.
pub(in crate::ingest) fn is_photo_source(line: &str) -> bool {
    let t = trim_pad(line);
    if !(t.ends_with(['）', ')']) || t.starts_with(['图', '圖', '供']) || t.ends_with("供图"))
        || more_chars_than(t, SOURCE_MAX_CHARS)
        || !t.contains(['图', '圖', '发', '發'])
    {
        return false;
    }
    let inner = in_round_brackets(t).map(trim_pad);
    let said = inner.unwrap_or(t);
    let f = fold_cow(said);
    let states = if inner.is_some() {
        ARCHIVE_PHOTOS.contains(&&*f) || is_handout(&f) || is_labelled(&f)
    } else {
        // A body's handout printed bare under its photo (`德清县委宣传部供图`), as a
        // photographer's `张三 摄` is: no clause in it.
        is_labelled(&f)
            || (f.ends_with("供图") && f.chars().count() > 2 && !f.contains(['，', '。', '；']))
    };
    states && !said.is_empty()
}

/// `图片由西安高新区管委会提供`, `本版图片均由受访者提供`, `受访者供图`, `新华社发`: a photo
/// handed out by someone (folded, brackets off).
fn is_handout(f: &str) -> bool {
    let given = f.ends_with("提供") && (f.starts_with("图片") || f.starts_with("本版图片"));
    let supplied = f.ends_with("供图") && f.chars().count() > 2;
    let sent = f
        .strip_suffix('发')
        .is_some_and(|by| !by.starts_with('据') && is_outlet(by));
    given || supplied || sent
}

/// `图片来源：视觉中国`: a label, a colon and the source.
fn is_labelled(f: &str) -> bool {
    after_label(f, SOURCE_LABELS).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photos_source_credits_no_one() {
        for line in [
            "（资料图片）",
            "　（资料图）",
            "（受访者供图）",
            "（新华社发）",
            "(中新社发)",
            "（本版图片均由受访者提供）",
            "图片来源：视觉中国",
            "（图片来源：太原经开区）",
            "（資料圖片）",
        ] {
            assert!(is_photo_source(line), "{line}");
        }
        for line in [
            "资料图片",
            "（发）",
            "（三）",
            "图片来源：",
            "（图片由西安高新区管委会提供）之后，园区又发来了一组照片，展示了新建成的厂房",
            "新华社发",
            "（据新华社发）",
            "供图",
            "开发区绘就发展新蓝图",
        ] {
            assert!(!is_photo_source(line), "{line}");
        }
    }
}
