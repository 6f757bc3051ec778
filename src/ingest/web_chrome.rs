//! A news website's own words around an article copied from it: its buttons (`小字号`,
//! `分享让更多人看到`, `【打印】`, `关闭窗口`) and, at the end of the page, its list of links to other
//! articles under `推荐阅读` or `相关新闻`. Copied with the article (people.com.cn, xinhuanet.com
//! pages saved as text keep them, and a WeChat public account's `点击蓝字关注我们`, `在看`, `阅读原文`), they had been read as subtitles, and the link list as a last
//! article made of titles. They are the site's furniture, as its date line and `（责编：…）` are:
//! `--explain` shows them (rule `web-chrome`), no article holds them.

use super::shape::{is_pad, opening_pairs};
use crate::text::fold::{fold_alone_char, fold_cow};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// A button or label of the site alone on its line, folded and without pad.
const BUTTONS: &[&str] = &[
    "小字号",
    "大字号",
    "中字号",
    "字号",
    "字号：大中小",
    "字号:大中小",
    "【字号大中小】",
    "分享让更多人看到",
    "分享到：",
    "分享到:",
    "分享到",
    "分享",
    "【打印】",
    "【关闭】",
    "【我要打印】【关闭】",
    "打印本页",
    "关闭窗口",
    "返回顶部",
    "返回首页",
    "扫一扫",
    "扫码阅读",
    "手机看新闻",
    "点赞",
    "收藏",
    // A WeChat public account's article (公众号) copied as text.
    "在看",
    "阅读原文",
    "轻触阅读原文",
    "点击蓝字关注我们",
    "点击上方蓝字关注我们",
    "写留言",
    "留言",
    "转发",
    "长按识别二维码关注我们",
    "微信扫一扫关注该公众号",
    "继续滑动看下一个",
    "向上滑动看下一个",
    "预览时标签不可点",
    "喜欢此内容的人还喜欢",
    // The four buttons a post asks its readers to press, one a line.
    "点分享",
    "点收藏",
    "点点赞",
    "点在看",
    "分享收藏点赞在看",
    "扫码关注我们",
    "扫码关注",
    "长按二维码关注我们",
    "长按识别二维码",
    "关注我们",
    "设为星标",
    "星标我们",
    // A news app's and a site's list page's buttons.
    "展开全文",
    "展开剩余全文",
    "举报",
    "[详细]",
    "【详细】",
    "查看原文",
    // Where a copied page had a picture or a video.
    "[图片]",
    "【图片】",
    "[视频]",
    "[组图]",
    // A company's press release: its kind and its embargo, over the headline.
    "新闻稿",
    "新闻通稿",
    "新闻发布稿",
    "即时发布",
    "立即发布",
];

/// The [`BUTTONS`] that label a press release, under the company's letterhead.
const RELEASE_LABELS: &[&str] = &["新闻稿", "新闻通稿", "新闻发布稿", "即时发布", "立即发布"];

/// How the name of a company that issues a release ends (`苏州瑞芯微电子科技股份有限公司`).
const COMPANY_ENDS: &[&str] = &["公司", "集团"];

/// Longest letterhead, in chars.
const LETTERHEAD_MAX_CHARS: usize = 30;

/// What a post's own notices open with (folded): the collection it is filed in (`收录于合集
/// #项目建设 36个`) and the account it was taken from (`以下文章来源于西安高新区融媒体中心`).
/// Read as titles they had joined the post's title.
const NOTICE_OPENINGS: &[&str] = &["收录于合集", "收录于话题", "以下文章来源于"];

/// Longest such notice, in chars.
const NOTICE_MAX_CHARS: usize = 40;

/// How an outlet's terms of reuse end (`澎湃新闻，未经授权不得转载`, `转载请注明出处`).
const REUSE_ENDINGS: &[&str] = &[
    "不得转载",
    "禁止转载",
    "谢绝转载",
    "严禁转载",
    "请注明出处",
    "请注明来源",
];

/// What an outlet calls its app at the end of a line asking readers to install it.
const APP_ENDINGS: &[&str] = &["APP", "App", "app", "客户端"];

/// Words of such a call (`尽在新浪财经APP`, `下载澎湃新闻客户端`).
const APP_CALLS: &[&str] = &["尽在", "下载", "打开", "安装"];

/// How the label of an outlet's tip line ends, before its colon and number
/// (`澎湃新闻报料：021-962866`).
const TIP_LINES: &[&str] = &["报料", "新闻热线", "爆料"];

/// Longest line of an outlet's own (terms of reuse, tip line, app), in chars.
const OUTLET_LINE_MAX_CHARS: usize = 30;

/// Longest button counter, in bytes (`+1`, `3`, `128`).
const COUNTER_MAX_BYTES: usize = 6;

/// Labels that open a site's list of links to other articles.
const LINK_LISTS: &[&str] = &[
    "推荐阅读",
    "相关新闻",
    "相关阅读",
    // A site's links to other sites under its page (a paper's `相关链接` box holds sentences,
    // so it is no list of links).
    "相关链接",
    "相关推荐",
    "热点推荐",
    "热门推荐",
    "猜你喜欢",
    "更多精彩",
    "精彩推荐",
    "热点新闻",
    // A WeChat post's links to the account's earlier posts.
    "往期推荐",
    "往期回顾",
    "往期精选",
    "往期精彩",
    "精彩回顾",
    "近期热文",
];

/// The longest button, in chars: longer lines are turned down on their length alone.
const BUTTON_MAX_CHARS: usize = 12;
/// The longest title in a list of links, in chars.
const LINK_MAX_CHARS: usize = 40;

/// The first chars of every button and link-list label, Simplified and Traditional: other
/// lines, most titles among them, are turned down on their first char, unfolded.
const FIRST_CHARS: &[char] = &[
    '小', '大', '中', '字', '【', '[', '分', '打', '關', '关', '返', '扫', '掃', '手', '点', '點',
    '收', '推', '相', '热', '熱', '猜', '更', '精', '在', '阅', '閱', '轻', '輕', '写', '寫', '留',
    '转', '轉', '长', '長', '微', '继', '繼', '向', '预', '預', '喜', '往', '近', '设', '設', '星',
    '展', '举', '舉', '查', '新', '即', '立',
];

/// [`FIRST_CHARS`] as a bitmap, looked up with one load (every short line is asked).
static FIRST: crate::facts::charset::CharSet = crate::facts::charset::CharSet::of(FIRST_CHARS);

/// Longest row of bracketed buttons, in chars.
const BUTTON_ROW_MAX_CHARS: usize = 30;

/// What a short line (`chars` long) says when it may be chrome: folded, without pad or
/// spaces (`字号：大 中 小` → `字号：大中小`). `None` for nearly every line, on its length or its
/// first char.
pub(super) fn chrome_words(line: &str, chars: usize) -> Option<String> {
    // A row of bracketed buttons (`【字号 大 中 小】【打印】【关闭】`) is longer than one button.
    let row = chars <= BUTTON_ROW_MAX_CHARS && line.trim_start_matches(is_pad).starts_with('【');
    if chars > BUTTON_MAX_CHARS + 4 && !row {
        return None;
    }
    // A post points at its buttons with a mark (`▲ 点击上方蓝字关注我们`).
    let line = line.trim_start_matches(|c: char| is_pad(c) || is_pointer(c));
    let mut opening = line.chars().filter(|&c| !is_pad(c));
    let first = opening.next().filter(|&c| FIRST.contains(c))?;
    let second = opening.next()?;
    let fold = |c: char| fold_alone_char(c).unwrap_or(c);
    openings()
        .binary_search(&(fold(first), fold(second)))
        .is_ok()
        .then(|| fold_cow(line).chars().filter(|&c| !is_pad(c)).collect())
}

/// The first two chars (folded) of every button and link-list label, bracketed or not.
fn openings() -> &'static [(char, char)] {
    static PAIRS: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    PAIRS.get_or_init(|| {
        opening_pairs(
            BUTTONS
                .iter()
                .chain(LINK_LISTS)
                .flat_map(|w| [w.to_string(), format!("【{w}"), format!("[{w}")]),
        )
    })
}

/// Marks a post points with (`▲ 点击上方蓝字关注我们`, `▼ 11月28日，…签约仪式现场`).
fn is_pointer(c: char) -> bool {
    matches!(c, '▲' | '▼' | '△' | '▽' | '►' | '◆' | '●')
}

/// Where a share button sends a page (`分享到：微信 微博 QQ空间`).
const SHARE_TARGETS: &[&str] = &["微信", "微博", "QQ空间", "QQ", "朋友圈", "抖音", "今日头条"];

/// Whether a line's [`chrome_words`] are one of the site's buttons (`小字号`, `分享让更多人看到`),
/// bare or in brackets (`【关闭窗口】`), or a share button with where it shares to
/// (`分享到：微信 微博 QQ空间`).
pub(super) fn is_button(words: &str) -> bool {
    BUTTONS.contains(&words)
        || BUTTONS.contains(&words.trim_matches(['【', '】', '[', ']']))
        || is_button_row(words)
        || words
            .strip_prefix("分享到")
            .map(|r| r.trim_start_matches(['：', ':']))
            .is_some_and(|mut r| {
                while let Some(t) = SHARE_TARGETS.iter().find(|t| r.starts_with(**t)) {
                    r = &r[t.len()..];
                }
                r.is_empty()
            })
}

/// Whether a line's [`chrome_words`] are a row of buttons each in its brackets
/// (`【字号大中小】【打印】【关闭】`): each one a button bare or bracketed.
fn is_button_row(words: &str) -> bool {
    let Some(inner) = words.strip_prefix('【').and_then(|w| w.strip_suffix('】')) else {
        return false;
    };
    inner.contains("】【")
        && inner.split("】【").all(|b| {
            BUTTONS.iter().any(|w| w.trim_matches(['【', '】']) == b)
                || b.strip_prefix("字号")
                    .is_some_and(|r| r.chars().all(|c| "大中小".contains(c)))
        })
}

/// Whether a line's [`chrome_words`] are a picture's or a video's place (`[图片]`).
pub(super) fn is_placeholder(words: &str) -> bool {
    matches!(words, "[图片]" | "【图片】" | "[视频]" | "[组图]")
}

/// Whether a line opens with a mark pointing at the picture above or below it
/// (`▲ 大运新能源汽车二期项目总装车间`): under a picture's place it is that picture's caption.
pub(super) fn is_pointed(line: &str) -> bool {
    line.starts_with(is_pointer)
}

/// Where an outlet asks to be followed (`关注人民网：人民网微博 人民网微信`).
const FOLLOW_TARGETS: &[&str] = &["微博", "微信", "公众号", "抖音", "头条号", "视频号"];

/// Longest line asking to be followed, in chars.
const FOLLOW_MAX_CHARS: usize = 30;

/// Whether a line (`chars` long) asks readers to follow the outlet (`关注人民网：人民网微博
/// 人民网微信`), or, right under a button (`长按识别二维码`), names the account to follow
/// (`关注运城经开区发布`).
pub(super) fn is_follow_line(line: &str, chars: usize, under_chrome: bool) -> bool {
    chars <= FOLLOW_MAX_CHARS
        && line.starts_with("关注")
        && (under_chrome || FOLLOW_TARGETS.iter().any(|t| line.contains(t)))
}

/// What a site's footer line opens with (`主办单位：…`, `网站标识码：…`, `版权所有：…`).
const SITE_FOOTER_OPENINGS: &[&str] = &[
    "主办单位",
    "主办：",
    "承办单位",
    "网站标识码",
    "版权所有",
    "Copyright",
    "©",
];

/// What a site's registration line holds (`苏ICP备05012345号`, `苏公网安备32041102000123号`).
const SITE_REGISTRATIONS: &[&str] = &["ICP备", "公网安备", "ICP证"];

/// Longest line of a site's footer, in chars.
const SITE_FOOTER_MAX_CHARS: usize = 100;

/// Whether a line (`chars` long) is a government or news site's footer under its pages: who
/// runs the site, its registration numbers, its copyright (`主办单位：常州国家高新技术产业开发区
/// 管理委员会`, `网站标识码：3204110001 苏ICP备05012345号`). Read as text, it had made an article.
/// Asked of every line: turned down on its first and last chars.
pub(super) fn is_site_footer(line: &str, chars: usize) -> bool {
    if chars > SITE_FOOTER_MAX_CHARS {
        return false;
    }
    let opens = matches!(
        line.chars().next(),
        Some('主' | '承' | '网' | '版' | 'C' | '©')
    ) && SITE_FOOTER_OPENINGS.iter().any(|w| line.starts_with(w));
    opens || (line.ends_with('号') && SITE_REGISTRATIONS.iter().any(|w| line.contains(w)))
}

/// Whether a line's [`chrome_words`] label a press release (`新闻稿`, `即时发布`).
pub(super) fn is_release_label(words: &str) -> bool {
    RELEASE_LABELS.contains(&words)
}

/// Whether a line (trimmed) is a company's letterhead: its name alone (`…股份有限公司`), as a
/// press release prints it over its label.
pub(super) fn is_letterhead(line: &str) -> bool {
    !line.contains(is_pad)
        && line.chars().nth(LETTERHEAD_MAX_CHARS).is_none()
        && COMPANY_ENDS.iter().any(|e| line.ends_with(e))
}

/// Whether a line's [`chrome_words`] label a site's list of links (`推荐阅读`, `【相关新闻】`).
pub(super) fn is_link_list_label(words: &str) -> bool {
    LINK_LISTS.contains(&words.trim_matches(['【', '】', '[', ']', '：', ':']))
}

/// Whether a line is one of a post's own notices (see [`NOTICE_OPENINGS`]); turned down on
/// its first char, unfolded, as nearly every line is.
/// `line` is trimmed of padding, as the classifier holds its lines.
pub(super) fn is_notice(line: &str) -> bool {
    let t = line;
    (t.starts_with("收") || t.starts_with("以")) && t.chars().nth(NOTICE_MAX_CHARS).is_none() && {
        let f = fold_cow(t);
        NOTICE_OPENINGS.iter().any(|w| f.starts_with(w))
    }
}

/// The longest end mark with its dashes and spaces, in bytes (`——  THE END  ——`).
const END_MARK_MAX_BYTES: usize = 40;

/// The longest line of a site's navigation, in chars.
const NAVIGATION_MAX_CHARS: usize = 60;

/// Whether a line (`chars` long) is a site's navigation: its breadcrumb
/// (`当前位置：首页 > 新闻中心 > 园区动态`, `新浪财经 > 上市公司 > 正文`) or a list page's pager
/// (`共 128 条 首页 上一页 1 2 3 下一页 尾页`). Read as text, a breadcrumb had been the first
/// line of the title.
pub(super) fn is_navigation(line: &str, chars: usize) -> bool {
    // Asked of every short line: turned down, by SIMD searches of its bytes built once (a
    // searcher built per line cost more than the search), when it holds no `>` or `＞` and no
    // pager.
    static WIDE_STEP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("＞"));
    static PAGER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("上一页"));
    let bytes = line.as_bytes();
    if chars > NAVIGATION_MAX_CHARS
        || (memchr::memchr(b'>', bytes).is_none()
            && WIDE_STEP.find(bytes).is_none()
            && PAGER.find(bytes).is_none())
    {
        return false;
    }
    let steps = line.matches(['>', '＞']).count();
    let breadcrumb = steps >= 2
        || (steps == 1
            && ["当前位置", "您的位置", "您现在的位置", "首页"]
                .iter()
                .any(|w| line.starts_with(w)));
    let pager = line.contains("上一页") && line.contains("下一页");
    (breadcrumb || pager) && !line.contains(['。', '，'])
}

/// Whether a line (`chars` long, trimmed) is an outlet's own, closing the copy an app or a site
/// printed, and says nothing of the story: its terms of reuse (`澎湃新闻，未经授权不得转载`),
/// its tip line (`澎湃新闻报料：021-962866`) or its call to install its app
/// (`海量资讯、精准解读，尽在新浪财经APP`). Read as text, they had made an article of their own.
/// Asked of every line: turned down on its length and its last chars.
pub(super) fn is_outlet_line(line: &str, chars: usize) -> bool {
    if chars > OUTLET_LINE_MAX_CHARS {
        return false;
    }
    let t = line.trim_end_matches(['。', '！', '!', '.']);
    // Each kind ends in its own few chars: other lines are turned down on their last.
    match t.chars().next_back() {
        Some('载' | '處' | '处' | '源') => REUSE_ENDINGS.iter().any(|e| t.ends_with(e)),
        Some('0'..='9') => t.split_once(['：', ':']).is_some_and(|(label, number)| {
            TIP_LINES.iter().any(|w| label.ends_with(w))
                && number
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b' ')
        }),
        Some('P' | 'p' | '端') => {
            APP_ENDINGS.iter().any(|e| t.ends_with(e)) && APP_CALLS.iter().any(|w| t.contains(w))
        }
        // A paper and its site signing together over the copy (`中国证券报·中证网`): it had
        // been the first title's kicker.
        Some('网' | '網' | '报' | '報' | '社' | '台') => {
            let t = t.trim_matches(is_pad);
            t.contains(['·', '•', '・']) && crate::ingest::credit::is_outlet(&fold_cow(t))
        }
        _ => false,
    }
}

/// Whether a line is a button's counter (`+1`, `3`: its likes, its shares): digits, and a `+`.
/// Only under a button is it one ([`super::classify`] asks).
pub(super) fn is_counter(line: &str) -> bool {
    line.len() <= COUNTER_MAX_BYTES
        && line.bytes().any(|b| b.is_ascii_digit())
        && line.bytes().all(|b| b.is_ascii_digit() || b == b'+')
}

/// Whether a line is a post's end mark alone: `END`, `-END-`, `— THE END —`, any case. A
/// WeChat post prints it under its last paragraph, over its credits; read as a title it had
/// opened an article of the post's credits and buttons.
pub(super) fn is_end_mark(line: &str) -> bool {
    // Asked of every line: most are turned down on their length or first byte (a letter of
    // `END` or `THE`, a dash, `=`, `*`, or the lead byte of `—`, `─` or `·`).
    if line.len() > END_MARK_MAX_BYTES
        || !line.as_bytes().first().is_some_and(|b| {
            matches!(
                b,
                b'E' | b'e' | b'T' | b't' | b'-' | b'=' | b'*' | b' ' | b'#' | 0xE2 | 0xE3 | 0xC2
            )
        })
    {
        return false;
    }
    // A press release ends with `###` (or `-###-`).
    if line.matches('#').nth(2).is_some()
        && line
            .chars()
            .all(|c| matches!(c, '#' | '-' | ' ') || is_pad(c))
    {
        return true;
    }
    let t = line.trim_matches(|c: char| {
        is_pad(c) || c.is_ascii_whitespace() || matches!(c, '-' | '—' | '–' | '─' | '=' | '*' | '·')
    });
    if t.len() > "THE END".len() {
        return false;
    }
    let t = t.strip_prefix(['T', 't']).map_or(t, |rest| {
        rest.strip_prefix("HE")
            .or_else(|| rest.strip_prefix("he"))
            .map_or(t, str::trim_start)
    });
    t.eq_ignore_ascii_case("end")
}

/// Whether a line could be a title in a list of links: short, and ending no sentence.
pub(super) fn is_link_like(line: &str) -> bool {
    let t = line.trim_matches(is_pad);
    t.chars().count() <= LINK_MAX_CHARS && !t.contains(['。', '！', '？', '；'])
}

/// Whether the lines after a link-list label are its links: one at least, and only short lines
/// that end no sentence — titles of other articles — to the end of the page.
pub(super) fn all_links<'a>(mut rest: impl Iterator<Item = &'a str> + Clone) -> bool {
    rest.clone().any(|l| !l.trim_matches(is_pad).is_empty()) && rest.all(is_link_like)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bitmap holds the listed chars and no other.
    #[test]
    fn the_first_chars_bitmap_is_the_list() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(FIRST.contains(c), FIRST_CHARS.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn a_sites_buttons_are_chrome_and_titles_are_not() {
        for line in [
            "小字号",
            "分享让更多人看到",
            "字号：大 中 小",
            "【打印】",
            "  关闭窗口  ",
            "点击蓝字 关注我们",
            "在看",
            "阅读原文",
            "閱讀原文",
            "点在看",
            "点 分 享",
            "扫码关注我们",
            "分享 收藏 点赞 在看",
        ] {
            let words = chrome_words(line, line.chars().count());
            assert!(words.is_some_and(|w| is_button(&w)), "{line}");
        }
        for line in [
            "分享经济",
            "小字号里的大学问",
            "推荐阅读",
            "收藏家的故事",
            "在看得见的地方",
            "留言板",
        ] {
            let words = chrome_words(line, line.chars().count());
            assert!(!words.is_some_and(|w| is_button(&w)), "{line}");
        }
    }

    #[test]
    fn a_link_list_closes_the_page() {
        let links = [
            "苏州工业园区连续九年位居第一",
            "",
            "天津经开区新签约项目42个",
        ];
        let opens = |label: &str, rest: &[&str]| {
            chrome_words(label, label.chars().count()).is_some_and(|w| is_link_list_label(&w))
                && all_links(rest.iter().copied())
        };
        assert!(opens("推荐阅读", &links));
        assert!(opens("【相关新闻】", &links));
        // A paragraph after the label: a box of the article, not a list of links.
        assert!(!opens(
            "相关新闻",
            &["记者了解到，园区今年新签约项目42个。"]
        ));
        assert!(opens("往期推荐", &links));
        assert!(!opens("推荐阅读", &[]));
        assert!(!opens("延伸阅读", &links));
    }

    #[test]
    fn a_posts_notices() {
        for line in [
            "收录于合集 #项目建设 36个",
            "以下文章来源于西安高新区融媒体中心",
            "收錄於合集 #園區動態",
        ] {
            assert!(is_notice(line), "{line}");
        }
        for line in ["以下是记者了解到的情况", "收录于", "收入增长12%"] {
            assert!(!is_notice(line), "{line}");
        }
    }

    #[test]
    fn a_sites_navigation() {
        for line in [
            "当前位置：首页 > 新闻中心 > 园区动态",
            "新浪财经 > 上市公司 > 正文",
            "首页>新闻",
            "共 128 条 首页 上一页 1 2 3 下一页 尾页",
        ] {
            assert!(is_navigation(line, line.chars().count()), "{line}");
        }
        for line in ["增速>5%的企业", "园区产值突破千亿元", "A>B，然后C>D。"] {
            assert!(!is_navigation(line, line.chars().count()), "{line}");
        }
    }

    #[test]
    fn a_posts_end_mark_alone() {
        for line in [
            "END",
            "-END-",
            "— END —",
            "  End",
            "THE END",
            "- The End -",
            "end",
        ] {
            assert!(is_end_mark(line), "{line}");
        }
        for line in [
            "ENDS",
            "BEND",
            "THE",
            "THEEND2",
            "END。",
            "结束",
            "",
            "the endless",
        ] {
            assert!(!is_end_mark(line), "{line}");
        }
    }
}
