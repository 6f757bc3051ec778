//! A page's footers (`责任编辑：王五`, `新闻热线：…`), page credits (`本版编辑：…`), end marks
//! (`（完）`) and jump lines (`（上接第一版）`), read from a line's start.

use super::super::classify::Rule;
use super::super::shape::{in_round_brackets, is_pad, opening_pairs, trim_pad};

/// Words that open a page footer line (`责任编辑：王五`).
pub(super) const FOOTERS: &[&str] = &[
    "责任编辑",
    "责编",
    "本版编辑",
    "本版责任编辑",
    "本版责编",
    "值班编辑",
    "值班编委",
    "编辑",
    "校对",
    "审读",
    "审核",
    "美编",
    "美术编辑",
    // A photo page's editor (`图片编辑：王　坚`).
    "图片编辑",
    "摄影编辑",
    "版式设计",
    "版式",
    "组版",
    "排版",
    "主编",
    "终审",
    "统筹",
    // A county paper's three reviews and its producer (`一审：张三`, `监制：王五`).
    "监制",
    "初审",
    "复审",
    "一审",
    "二审",
    "三审",
    // The paper's own lines to its readers and advertisers (`新闻热线：0371-65795555`,
    // `广告经营许可证：…`); a notice's own `咨询热线` stays in the notice.
    "热线",
    "新闻热线",
    "报料热线",
    "读者热线",
    "发行热线",
    "订阅热线",
    "广告热线",
    "广告经营许可证",
    "投稿邮箱",
    // The paper's imprint at the foot of its front or last page (`本报地址：…　邮编：…　零售价：
    // 1.50元`): it had read as the last article's paragraph.
    "本报地址",
    "社址",
    "邮发代号",
    "零售价",
    "国内统一连续出版物号",
    "国内统一刊号",
    // `版次：01　　责任编辑：刘丽`: a county paper's page line.
    "版次",
    // `来源：太原经开区融媒体中心` over `编辑：` and `审核：`, closing a post copied from a
    // website or a WeChat public account.
    "来源",
    // A post's terms of reuse (`版权声明：本文系…原创，转载请注明出处。`).
    "版权声明",
    "免责声明",
    // A government bulletin's distribution, under its last article (`报：市委、市政府`,
    // `送：市发改委`, `发：各街道（镇）`, `抄送：…`).
    "抄送",
    "抄报",
    // A bilingual page's credits in English (`Editor: 王晓 | Proofreader: 陈一`).
    "Editor",
    "Proofreader",
    "Designer",
];

/// What sets a footer's word off from its names: a colon, or the bar a WeChat post prints
/// (`编辑 | 周晴`, `审核丨沈杰`; `丨` is a Han char drawn as a bar).
const CREDIT_SEPS: [char; 5] = ['：', ':', '|', '｜', '丨'];

/// The first characters of every footer, page credit and end mark, Simplified and Traditional.
pub(super) const FOOTER_FIRST_CHARS: &[char] = &[
    '来', '來', '责', '責', '编', '編', '本', '值', '校', '审', '審', '美', '版', '组', '組', '排',
    '主', '终', '終', '统', '統', '（', '(', '【', '监', '監', '初', '复', '復', '一', '二', '三',
    '新', '报', '報', '读', '讀', '发', '發', '订', '訂', '广', '廣', '投', '热', '熱', '免', '声',
    '聲', '抄', '送', 'E', 'P', 'D', '图', '圖', '摄', '攝', '社', '邮', '郵', '零', '国', '國',
];

/// [`FOOTER_FIRST_CHARS`] as a bitmap: every long line of a page is asked whether it opens
/// with one, and a bitmap answers with one load where the list is compared char by char.
static FOOTER_FIRST: crate::facts::charset::CharSet =
    crate::facts::charset::CharSet::of(FOOTER_FIRST_CHARS);

/// Whether a line opens with one of [`FOOTER_FIRST_CHARS`] (as `line.starts_with` them).
pub(super) fn opens_with_footer_char(line: &str) -> bool {
    line.chars()
        .next()
        .is_some_and(|c| FOOTER_FIRST.contains(c))
}

/// What page credits and end marks open with (folded), besides the [`FOOTERS`] words: see
/// [`is_page_credit`] and [`footer`].
pub(super) const OTHER_OPENINGS: &[&str] = &[
    "本版",
    "版式设计",
    "版面设计",
    "美术设计",
    "（完）",
    "(完)",
    "（全文完）",
    "（终）",
    // A serial's instalment ends so (`（未完待续）`).
    "（未完待续）",
    "（待续）",
    "(未完待续)",
    // Jump lines (see [`is_jump_line`]).
    "（上接",
    "（下转",
    "（紧接",
    "（接第",
    "（转第",
    "(上接",
    "(下转",
    // A website's footers: `【纠错】 【责任编辑：王芳】`, `（责编：王芳、李明）`.
    "【纠错】",
    "【责任编辑",
    "（责任编辑",
    "（责编",
    "（编辑",
    "(责任编辑",
    "(责编",
    "(编辑",
    // The slot of an advertisement, alone on its line: `广告`, `（广告）`.
    "广告",
    "（广告",
    "【广告",
    // A post's bare `声明：` when it speaks of reprinting (see [`is_reprint_notice`]).
    "声明",
    // A print page's credits in brackets: `（本版编辑：王芳 美编：李明）`.
    "（本版",
    "(本版",
    "【本版",
    // A column's credit in brackets: `（本栏目稿件由…提供）`.
    "（本栏目",
    "（本专栏",
    "（本专版",
    // A bulletin's print run: `（共印40份）`.
    "（共印",
    // A bulletin's one-char distribution words with their colon (see [`is_distribution`]).
    "报：",
    "送：",
    "发：",
    "报:",
    "送:",
    "发:",
];

/// The first two chars of every footer word, page credit and end mark (folded).
fn footer_openings() -> &'static [(char, char)] {
    static PAIRS: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    PAIRS.get_or_init(|| opening_pairs(FOOTERS.iter().chain(OTHER_OPENINGS)))
}

/// Whether a line may open a footer, page credit or end mark: its first two chars (past
/// padding), folded one by one, open one of their words. Most lines that open with such a
/// word's first char (`本报讯…`, `（记者…`) are turned down here without folding the line. A
/// char whose fold depends on its neighbours (a context key of fast2s) or becomes padding is
/// given the benefit of the doubt; a test checks the rest against [`footer`].
pub(super) fn may_open_footer(line: &str) -> bool {
    let mut chars = line
        .trim_start_matches(is_pad)
        .chars()
        .map(crate::text::fold::fold_alone_char);
    match (chars.next(), chars.next()) {
        (Some(Some(a)), Some(Some(b))) if !is_pad(a) && !is_pad(b) => {
            footer_openings().binary_search(&(a, b)).is_ok()
        }
        // One char or none opens no footer word.
        (None, _) | (Some(Some(_)), None) => false,
        _ => true,
    }
}

/// A footer, page credit or end mark, from the line's (folded) start: these may be long.
pub(super) fn footer(f: &str) -> Option<Rule> {
    if is_page_credit(f)
        || f.strip_prefix(['（', '(', '【'])
            .is_some_and(|inner| is_page_credit(inner) || is_column_credit(inner))
    {
        return Some(Rule::PageCredit);
    }
    // A print page's credits in brackets, set off by spaces (`（本版编辑 刘晓 校对 王芳）`).
    let inner = in_round_brackets(f).map(trim_pad);
    if inner.is_some_and(|i| {
        FOOTERS
            .iter()
            .any(|w| i.strip_prefix(w).is_some_and(is_spaced_credit))
    }) {
        return Some(Rule::PageFooter);
    }
    let lead = lead_bytes(f.as_bytes());
    for (w, &word_lead) in FOOTERS.iter().zip(&FOOTER_LEADS) {
        // Most words differ from the line in its first char: turned down on it before the
        // whole word is compared (a call to `memcmp` each, 55 words a line).
        if word_lead != lead {
            continue;
        }
        if let Some(rest) = f.strip_prefix(w) {
            // A dated source line (`来源：山西日报 | 2025-11-18 08:30`) is a site's header.
            if *w == "来源" && rest.contains(|c: char| c.is_ascii_digit()) {
                continue;
            }
            if rest.trim_start_matches(is_pad).starts_with(CREDIT_SEPS) || is_spaced_credit(rest) {
                return Some(Rule::PageFooter);
            }
        }
    }
    if is_web_footer(f) || is_reprint_notice(f) {
        return Some(Rule::PageFooter);
    }
    if is_jump_line(f) {
        return Some(Rule::JumpLine);
    }
    if matches!(f, "广告" | "（广告）" | "【广告】") || is_print_run(f) || is_distribution(f)
    {
        return Some(Rule::PageFooter);
    }
    matches!(
        f,
        "（完）" | "(完)" | "（全文完）" | "（终）" | "（未完待续）" | "（待续）" | "(未完待续)"
    )
    .then_some(Rule::EndMark)
}

/// The first three bytes of `b` (zero past its end) as one number: a Han char's, or three
/// ASCII chars'. A word of three bytes or more opens a text only when their numbers agree.
const fn lead_bytes(b: &[u8]) -> u32 {
    let mut lead = 0;
    let mut i = 0;
    while i < 3 && i < b.len() {
        lead |= (b[i] as u32) << (8 * i);
        i += 1;
    }
    lead
}

/// [`lead_bytes`] of each of [`FOOTERS`], in order; every word has three bytes or more (the
/// build fails otherwise).
const FOOTER_LEADS: [u32; FOOTERS.len()] = {
    let mut leads = [0; FOOTERS.len()];
    let mut i = 0;
    while i < FOOTERS.len() {
        let word = FOOTERS[i].as_bytes();
        assert!(word.len() >= 3, "a footer word of fewer than three bytes");
        leads[i] = lead_bytes(word);
        i += 1;
    }
    leads
};

/// A bulletin's distribution under a one-char word and a colon (folded): `报：市委、市政府`,
/// `送：市发改委`, `发：各街道（镇）`. A word of two chars or more after the colon: a headline
/// holds a word before its colon (`发展：…`).
fn is_distribution(f: &str) -> bool {
    ["报", "送", "发"].iter().any(|w| {
        f.strip_prefix(w)
            .and_then(|r| r.strip_prefix(['：', ':']))
            .is_some_and(|r| r.chars().nth(1).is_some())
    })
}

/// A bulletin's print run (folded): `（共印40份）`.
fn is_print_run(f: &str) -> bool {
    in_round_brackets(f)
        .and_then(|i| i.strip_prefix("共印"))
        .and_then(|i| i.strip_suffix('份'))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// A website's footer under an article it printed (folded): its `【纠错】` link, or an editor's
/// credit in brackets (`（责编：王芳、李明）`, `【责任编辑：王芳】`). A print page sets the name
/// after a space instead (`（责任编辑　马　兰）`; not after a bare `编辑`, which may be a verb).
/// Only the line's start is read (see [`footer`]).
fn is_web_footer(f: &str) -> bool {
    f.starts_with("【纠错】")
        || f.strip_prefix(['（', '(', '【']).is_some_and(|inner| {
            ["责任编辑", "责编", "编辑"].iter().any(|w| {
                inner.strip_prefix(w).is_some_and(|r| {
                    r.starts_with(['：', ':']) || (*w != "编辑" && r.starts_with(is_pad))
                })
            })
        })
}

/// What a post's terms of reuse speak of first, after a bare `声明：` (folded).
const REUSE_SUBJECTS: &[&str] = &[
    "本文",
    "本号",
    "本公众号",
    "本平台",
    "文章",
    "文中",
    "图片",
    "部分图片",
    "转载",
    "原创",
    "如涉及",
];

/// A post's terms of reuse under a bare `声明：` (folded, the line's start only): `声明：本文系
/// 西安高新发布原创，转载请注明出处。` A notice printed as news (`声明：我公司…`) speaks of
/// something else first and stays text.
fn is_reprint_notice(f: &str) -> bool {
    f.strip_prefix("声明")
        .and_then(|r| r.trim_start_matches(is_pad).strip_prefix(CREDIT_SEPS))
        .is_some_and(|r| {
            let r = r.trim_start_matches(is_pad);
            REUSE_SUBJECTS.iter().any(|w| r.starts_with(w))
        })
}

/// Words of a jump line before the page it names.
const JUMPS: &[&str] = &[
    "上接",
    "下转",
    "紧接",
    "接",
    "转",
    // A pointer to a story on another page (`（相关报道见第八版）`): it too ends the text above.
    "相关报道见",
    "相关新闻见",
    "更多报道见",
    "详见",
    "另见",
    "见",
];
/// Longest page number a jump line names (`第十二版`, `A12`).
const JUMP_PAGE_MAX_CHARS: usize = 4;

/// A jump line, alone on its line (folded): where an article came from or goes on, `（上接第一版）`,
/// `（下转第4版）`, `（转第二版）`. It is the page's furniture: as a title it made an article of
/// `（上接第一版）` and, after the last paragraph, a column label of the last title.
fn is_jump_line(f: &str) -> bool {
    let Some(inner) = in_round_brackets(f) else {
        return false;
    };
    let Some(rest) = JUMPS.iter().find_map(|w| inner.strip_prefix(w)) else {
        return false;
    };
    let rest = trim_pad(rest);
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let Some(page) = rest.strip_suffix('版').map(trim_pad) else {
        return false;
    };
    !page.is_empty()
        && page.chars().count() <= JUMP_PAGE_MAX_CHARS
        && page
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "〇零一二三四五六七八九十".contains(c))
}

/// Whether a short line (folded, whole) opens with a footer word and a slash instead of a
/// colon (`编辑/张三　校对/李四`): some papers credit their page so. A line with a sentence's
/// marks opening so is a sentence (`编辑/记者如何…，…`); the caller turns long lines down.
pub(super) fn is_slashed_credit(f: &str) -> bool {
    holds_slash(f)
        && FOOTERS.iter().any(|w| {
            f.strip_prefix(w)
                .is_some_and(|rest| rest.trim_start_matches(is_pad).starts_with(['/', '／']))
        })
        && !f.contains(['，', '。', '、', '；', '？', '！'])
}

/// Whether a text holds a slash, half- or full-width: asked of many short lines, it looks for
/// `/` and for the last byte of `／` in one byte search, checking the bytes before the latter.
pub(super) fn holds_slash(text: &str) -> bool {
    const WIDE: &[u8] = "／".as_bytes();
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'/', WIDE[2], bytes)
        .any(|i| bytes[i] == b'/' || i.checked_sub(2).and_then(|s| bytes.get(s..=i)) == Some(WIDE))
}

/// Longest footer written without colons (`本版编辑 陈 静 美 编 王子萱`).
const SPACED_CREDIT_MAX_CHARS: usize = 40;

/// Whether what follows a footer word is its names set off by spaces instead of a colon, with
/// more roles between them (`本版编辑 陈 静 美 编 王子萱`, `责任编辑 张三`): print pages write
/// their credits so. Every token must be a name or a footer word, two-char names spaced to
/// three joined again, so a title opening with such a word (`统筹 发展和安全`) is none.
fn is_spaced_credit(rest: &str) -> bool {
    if !rest.starts_with(is_pad) || rest.chars().count() > SPACED_CREDIT_MAX_CHARS {
        return false;
    }
    let mut tokens = super::super::credit::rejoin_spaced_names(
        rest.split(|c: char| is_pad(c) || matches!(c, '、' | '/' | '／'))
            .filter(|t| !t.is_empty()),
    )
    .peekable();
    tokens.peek().is_some()
        && tokens
            .all(|t| FOOTERS.contains(&t.as_ref()) || crate::lexicon::names::looks_like_name(&t))
}

/// Longest role word of a page credit (`本版制图`, `版式设计`).
const PAGE_CREDIT_ROLE_MAX: usize = 4;

/// A credit of the whole page: `本版制图：某某`, `本版责编：某某`, `本版摄影：…`, `版式设计：某某`.
/// `本版` + a short role word + a colon, or the designer's credit.
/// A column's credit in brackets under its briefs, past the bracket (folded):
/// `（本栏目稿件由各区县融媒体中心提供）`. It credits the column, as `本版…：` credits the page;
/// read as text, it had been a title-only article.
fn is_column_credit(inner: &str) -> bool {
    ["本栏目", "本专栏", "本专版", "本版由", "本版稿件"]
        .iter()
        .any(|w| inner.starts_with(w))
}

fn is_page_credit(f: &str) -> bool {
    let role_then_colon = |rest: &str| {
        rest.char_indices()
            .take(PAGE_CREDIT_ROLE_MAX + 1)
            .find(|(_, c)| matches!(c, '：' | ':'))
            .is_some_and(|(b, _)| b > 0)
    };
    match f.strip_prefix("本版") {
        Some(rest) => role_then_colon(rest),
        None => OTHER_OPENINGS[1..4].iter().any(|w| {
            f.strip_prefix(w)
                .is_some_and(|r| r.starts_with(['：', ':']))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-bytes test turns down only lines the word cannot open: every word has three
    /// bytes or more, so a line it opens starts with its first three.
    #[test]
    fn a_footer_word_opens_only_lines_with_its_lead_bytes() {
        for (w, &lead) in FOOTERS.iter().zip(&FOOTER_LEADS) {
            assert!(w.len() >= 3, "{w}");
            assert_eq!(lead_bytes(format!("{w}：王五").as_bytes()), lead, "{w}");
            assert_ne!(lead_bytes("王五".as_bytes()), lead, "{w}");
        }
        assert_eq!(lead_bytes(b"a"), u32::from(b'a'));
    }
}
