//! Page text → articles.
//!
//! Two passes. The first turns physical lines into blocks: paragraphs rejoined across column
//! breaks (`…配套生产铝` / `合金液能力。`), title-like short lines, credits (`■ 梁栋摄`), bylines
//! and page chrome (header, `责任编辑：` footer). The second walks the blocks as a reader would:
//! a group of short lines followed by a body is a title (kicker, main title, subtitle), a dateline
//! starts an article, names after a body are its byline, short lines before a credit are a caption.

use crate::lexicon::names::{is_han, looks_like_name};
use crate::lexicon::zone::ZoneIndex;
use crate::model::{Article, ArticleKind, Caption, Page};
use crate::text::fold::fold;

use super::year;

/// Title lines are short; body lines are long or end a sentence.
const TITLE_MAX_CHARS: usize = 40;
/// A byline or credit line is short.
const NAMES_LINE_MAX_CHARS: usize = 40;

/// A rejoined run of text lines.
#[derive(Debug, Clone)]
struct TextBlock {
    text: String,
    indented: bool,
    title_like: bool,
    /// Present when the block is a line of names only (a byline, or a title that looks like one).
    names: Option<Vec<String>>,
    /// Present when the block starts with a dateline: it starts an article.
    dateline: Option<Dateline>,
}

#[derive(Debug, Clone)]
enum Block {
    Text(TextBlock),
    Credit {
        caption: Option<String>,
        credit: String,
    },
    Byline(Vec<String>),
    /// Page header or footer (the line as printed): belongs to no article.
    Chrome(String),
}

/// Where a dateline ends and what it names.
#[derive(Debug, Clone, PartialEq)]
struct Dateline {
    marker: String,
    reporters: Vec<String>,
    /// Char index where the paragraph text starts after the dateline and reporters.
    body_start: usize,
}

/// Parses one decoded, sanitised page; `page_no` (1-based) prefixes the article ids.
pub fn parse_page(text: &str, source: &str, page_no: usize) -> Page {
    let lines: Vec<&str> = text.lines().collect();
    let blocks = split_trailers(join_lines(&lines));
    let header_year = blocks.iter().find_map(|b| match b {
        Block::Chrome(line) => year::header_year(line),
        _ => None,
    });
    let mut articles = assemble(&blocks);
    let zones = ZoneIndex::from_texts(
        articles
            .iter()
            .flat_map(|a| a.title.iter().chain(a.paragraphs.iter()))
            .map(String::as_str),
    );
    for (i, a) in articles.iter_mut().enumerate() {
        a.id = format!("{page_no}-{}", i + 1);
        a.zone = article_zone(a, &zones);
    }
    let year = header_year.or_else(|| {
        year::body_year(
            articles
                .iter()
                .flat_map(|a| a.title.iter().chain(a.paragraphs.iter()))
                .map(String::as_str),
        )
    });
    Page {
        source: source.to_owned(),
        year,
        paper: None,
        date: None,
        page_no: None,
        section: None,
        articles,
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 1: lines → blocks
// ---------------------------------------------------------------------------------------------

/// Whitespace that pads or indents lines: ASCII space, tab, ideographic space, NBSP.
fn is_pad(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// Lines → blocks, rejoining paragraphs broken at column ends.
fn join_lines(lines: &[&str]) -> Vec<Block> {
    let indent_mode = uses_indentation(lines);
    let wrap = wrap_width(lines);
    let mut blocks: Vec<Block> = Vec::new();
    for raw in lines {
        let line = raw.trim_matches(is_pad);
        if line.is_empty() {
            continue;
        }
        if is_chrome(line) {
            blocks.push(Block::Chrome(line.to_owned()));
            continue;
        }
        let indented = raw.starts_with(is_pad);
        match parse_credit(line) {
            // A long "caption" before a credit, or a sentence right after body text, is the
            // body of a photo item or an article's last paragraph.
            Some((Some(caption), credit))
                if !looks_like_caption(line, &caption)
                    && (caption.chars().count() > TITLE_MAX_CHARS
                        || (!is_title_like(&caption) && follows_body(&blocks))) =>
            {
                push_text(
                    &mut blocks,
                    TextBlock::new(&caption, indented, wrap),
                    indent_mode,
                );
                blocks.push(Block::Credit {
                    caption: None,
                    credit,
                });
            }
            Some((caption, credit)) => blocks.push(Block::Credit { caption, credit }),
            None => push_text(
                &mut blocks,
                TextBlock::new(line, indented, wrap),
                indent_mode,
            ),
        }
    }
    blocks
}

/// A line marked as a caption: it opens with a bullet (`■ 图为…`) or says what the photo shows.
fn looks_like_caption(line: &str, caption: &str) -> bool {
    let starts_with_bullet = line.trim_start_matches(is_pad).starts_with(is_bullet);
    let f = fold(&caption.chars().take(3).collect::<String>());
    starts_with_bullet
        || ["图为", "图：", "上图", "下图", "左图", "右图", "图片"]
            .iter()
            .any(|p| f.starts_with(p))
}

/// Whether the last block is body text (not a title-like line or a byline).
fn follows_body(blocks: &[Block]) -> bool {
    matches!(blocks.last(), Some(Block::Text(t)) if !t.title_like && t.names.is_none())
}

/// Appends a text line: to the previous paragraph when it continues it, else as a new block.
fn push_text(blocks: &mut Vec<Block>, next: TextBlock, indent_mode: bool) {
    if let Some(Block::Text(prev)) = blocks.last_mut() {
        if continues(prev, &next, indent_mode) {
            prev.text.push_str(&next.text);
            prev.title_like = false;
            prev.names = None;
            return;
        }
    }
    blocks.push(Block::Text(next));
}

/// Pages that indent paragraphs (`　　`) mark each paragraph start; their unindented lines
/// are continuations or titles.
fn uses_indentation(lines: &[&str]) -> bool {
    let indented = lines
        .iter()
        .filter(|l| {
            let t = l.trim_matches(is_pad);
            !t.is_empty() && l.starts_with(is_pad) && !is_title_like(t)
        })
        .count();
    indented >= 3
}

/// Columns a line fills, trimmed.
fn line_width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line.trim_matches(is_pad))
}

/// How far short of the wrap width a wrapped line may stop: a wide char or a number that did
/// not fit moves to the next line.
const WRAP_SLACK: usize = 3;

/// The width a hard-wrapped page was cut at, when it was: many lines reach (nearly) the same
/// right edge. Pages with one line per paragraph have no such edge.
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| line_width(l))
        .filter(|&w| w > 10)
        .collect();
    let max = widths.iter().copied().max()?;
    let at_edge = widths.iter().filter(|&&w| w + WRAP_SLACK >= max).count();
    (at_edge >= 4 && at_edge * 4 >= widths.len()).then_some(max)
}

impl TextBlock {
    /// A line as a block; on a hard-wrapped page (`wrap` is its width) a line reaching the
    /// right edge is a piece of a paragraph, never a title, whatever its punctuation.
    fn new(line: &str, indented: bool, wrap: Option<usize>) -> Self {
        let dateline = split_dateline(line);
        let at_edge = wrap.is_some_and(|w| line_width(line) + WRAP_SLACK >= w);
        let title_like = is_title_like(line) && dateline.is_none() && !at_edge;
        let names = if line.chars().count() <= NAMES_LINE_MAX_CHARS {
            parse_names(line)
        } else {
            None
        };
        TextBlock {
            text: line.to_owned(),
            indented,
            title_like,
            names,
            dateline,
        }
    }
}

/// Whether `next` continues the paragraph `prev` (a column or line break inside it).
fn continues(prev: &TextBlock, next: &TextBlock, indent_mode: bool) -> bool {
    if prev.title_like || prev.names.is_some() || next.names.is_some() {
        return false;
    }
    if next.dateline.is_some() {
        return false;
    }
    if indent_mode {
        !next.indented && (is_unfinished(&prev.text) || !next.title_like)
    } else {
        is_unfinished(&prev.text)
    }
}

/// Closing marks that may follow a sentence end: `。”` `！）`.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】' | '"' | '\''
    )
}

/// A paragraph is unfinished when its last mark (past closing quotes, and past a bracketed
/// byline such as `。（记者 王晓）`) does not end a sentence.
fn is_unfinished(text: &str) -> bool {
    if let Some((_, _)) = split_trailing_bracket(text) {
        return false;
    }
    let last = text.chars().rev().find(|&c| !is_closer(c) && !is_pad(c));
    !matches!(
        last,
        Some('。' | '！' | '？' | '…' | '!' | '?' | '；' | '：' | '.')
    )
}

/// Short, and not ending like a sentence or a clause: a title, kicker, caption line or fragment.
fn is_title_like(line: &str) -> bool {
    let n = line.chars().count();
    let last = line.chars().rev().find(|c| !is_pad(*c));
    n <= TITLE_MAX_CHARS
        && !line.contains('。')
        && !matches!(last, Some('，' | '、' | '；' | '：' | ',' | ';' | ':'))
}

/// Words that introduce names in bylines and datelines; dropped from the names.
const ROLE_WORDS: &[&str] = &[
    "本报记者",
    "新华社记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "记者",
    "特约通讯员",
    "通讯员",
    "实习生",
    "作者",
    "撰稿",
    "摄影",
    "文图",
    "文",
    "图",
];

/// Strips one leading role word (`记者王波` → `王波`), matching Traditional forms too.
fn strip_role(token: &str) -> &str {
    let folded = fold(token);
    ROLE_WORDS
        .iter()
        .find(|r| folded.starts_with(*r))
        .map_or(token, |r| {
            let skip = r.chars().count();
            token
                .char_indices()
                .nth(skip)
                .map_or("", |(b, _)| &token[b..])
        })
}

/// Separators between names on a byline.
fn is_name_sep(c: char) -> bool {
    is_pad(c) || matches!(c, '、' | '，' | ',' | '/' | '／' | '：' | ':' | '|' | '｜')
}

/// A line of names only (`陈勤 田浩东 王佳琪`, `（朱怡舟）`, `记者 张三 通讯员 李四`, `文/张三`).
fn parse_names(line: &str) -> Option<Vec<String>> {
    let inner = strip_brackets(line.trim_matches(is_pad));
    let mut names = Vec::new();
    for token in inner.split(is_name_sep).filter(|t| !t.is_empty()) {
        let name = strip_role(token);
        if name.is_empty() {
            continue; // the role word alone
        }
        if !looks_like_name(&fold(name)) {
            return None;
        }
        names.push(name.to_owned());
    }
    (!names.is_empty()).then_some(names)
}

/// `（X）` → `X`; anything else unchanged.
fn strip_brackets(s: &str) -> &str {
    for (open, close) in [('（', '）'), ('(', ')'), ('【', '】'), ('[', ']')] {
        if let Some(inner) = s.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            return inner.trim_matches(is_pad);
        }
    }
    s
}

/// Longest page header line.
const CHROME_MAX_CHARS: usize = 60;

/// Page header (date, weekday, page number, section) or footer (`责任编辑：某某`), or an end
/// mark like `（完）`: text of the page that belongs to no article.
fn is_chrome(line: &str) -> bool {
    // Chrome lines are short; a long line can only be a footer, which its start shows.
    let head: String = line.chars().take(CHROME_MAX_CHARS + 1).collect();
    let long = head.chars().count() > CHROME_MAX_CHARS;
    let f = if long {
        fold(&head.chars().take(8).collect::<String>())
    } else {
        fold(&head)
    };
    let f = f.trim_matches(is_pad);
    const FOOTERS: &[&str] = &[
        "责任编辑",
        "责编",
        "本版编辑",
        "值班编辑",
        "编辑",
        "校对",
        "审读",
        "审核",
        "美编",
        "美术编辑",
        "版式设计",
        "版式",
        "组版",
        "排版",
        "主编",
        "终审",
        "统筹",
    ];
    for w in FOOTERS {
        if let Some(rest) = f.strip_prefix(w) {
            if rest.trim_start_matches(is_pad).starts_with(['：', ':']) {
                return true;
            }
        }
    }
    if matches!(f, "（完）" | "(完)" | "（全文完）" | "（终）") {
        return true;
    }
    let n = f.chars().count();
    // A long line is never a header: only its first chars were folded, and a paragraph may open
    // with a full date (`2025年6月24日，…`).
    if long || f.ends_with('。') || f.contains('，') {
        return false;
    }
    let weekday_after = |w: &str| {
        f.match_indices(w).any(|(b, m)| {
            f[b + m.len()..]
                .chars()
                .next()
                .is_some_and(|c| "一二三四五六日天".contains(c))
        })
    };
    let dated = year::header_year(f).is_some();
    // `星期五` marks a header; `周五` also appears in titles (`上周五签约`), so it needs a date.
    let weekday = weekday_after("星期") || weekday_after("礼拜") || (dated && weekday_after("周"));
    // `第4版` alone is chrome, but a title may say `2.0 版`: a page number needs a date beside it
    // or a short line.
    let page_number = has_page_number(f) && (dated || n <= 12);
    weekday || page_number || is_bare_date(f)
}

/// `第4版`, `第 04 版`, `4 版`, `A2版`, `版次`: a page number, not 版权 or 版本.
fn has_page_number(f: &str) -> bool {
    let chars: Vec<char> = f.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if c == '版' && i > 0 {
            let next = chars.get(i + 1).copied();
            if matches!(next, Some('权' | '本' | '图' | '块' | '面' | '式')) {
                return false;
            }
            let mut j = i;
            while j > 0 && chars[j - 1] == ' ' {
                j -= 1;
            }
            j > 0 && chars[j - 1].is_ascii_digit()
        } else {
            c == '版' && chars.get(i + 1) == Some(&'次')
        }
    })
}

/// A line that is only a date (`2025年12月26日`, `2025-12-26`), as page headers print it.
fn is_bare_date(f: &str) -> bool {
    let compact: String = f.chars().filter(|c| !is_pad(*c)).collect();
    !compact.is_empty()
        && compact.chars().count() <= 16
        && compact.chars().next().is_some_and(|c| c.is_ascii_digit())
        && compact
            .chars()
            .all(|c| c.is_ascii_digit() || "年月日.-/".contains(c))
        && year::header_year(&compact).is_some()
}

/// Marks that open a credit line (`■ 梁栋摄`).
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '■' | '□' | '▲' | '△' | '●' | '○' | '◆' | '◇' | '★' | '☆' | '▼' | '▽'
    )
}

/// A photo credit, alone or after caption text: `■ 张丽摄`, `本报记者 张三 摄`, `（梁栋 摄）`,
/// `图为座谈会现场。张丽 摄`. Returns the caption text (if any) and the credited names.
fn parse_credit(line: &str) -> Option<(Option<String>, String)> {
    // Cheap test first: a credit ends with 摄/攝 (or 摄影, 摄影报道) within its last few chars.
    let tail: String = line.chars().rev().take(8).collect();
    if !tail.chars().any(|c| matches!(c, '摄' | '攝')) {
        return None;
    }
    let orig: Vec<char> = line.chars().collect();
    let folded: Vec<char> = fold(line).chars().collect();
    let mut lo = 0;
    while lo < orig.len() && (is_bullet(orig[lo]) || is_pad(orig[lo])) {
        lo += 1;
    }
    let mut hi = orig.len();
    while hi > lo && is_pad(orig[hi - 1]) {
        hi -= 1;
    }
    // A bracketed credit at the end: caption text before it.
    let mut caption_end = lo;
    if hi > lo && matches!(orig[hi - 1], '）' | ')') {
        if let Some(open) = (lo..hi - 1).rev().find(|&i| matches!(orig[i], '（' | '(')) {
            caption_end = open;
            lo = open + 1;
            hi -= 1;
        }
    }
    let text = |a: usize, b: usize| -> String { orig[a..b].iter().collect() };
    let folded_inner: String = folded[lo..hi].iter().collect();
    let suffix = ["摄影报道", "摄影", "摄"]
        .iter()
        .find(|s| folded_inner.ends_with(*s))?;
    let mut end = hi - suffix.chars().count();
    while end > lo && (is_pad(orig[end - 1]) || matches!(orig[end - 1], '/' | '／')) {
        end -= 1;
    }
    // The names run back from the end over Han characters and separators.
    let mut run_start = end;
    while run_start > lo
        && (is_han(orig[run_start - 1])
            || is_name_sep(orig[run_start - 1])
            || orig[run_start - 1] == '·')
    {
        run_start -= 1;
    }
    // Tokens of the run with their char offsets, so the caption keeps its exact text.
    let mut tokens: Vec<(usize, &[char])> = Vec::new();
    let mut i = run_start;
    while i < end {
        if is_name_sep(orig[i]) {
            i += 1;
            continue;
        }
        let j = (i..end).find(|&j| is_name_sep(orig[j])).unwrap_or(end);
        tokens.push((i, &orig[i..j]));
        i = j;
    }
    let mut names: Vec<String> = Vec::new();
    let mut names_start = end;
    for &(at, tok) in tokens.iter().rev() {
        let tok: String = tok.iter().collect();
        let name = strip_role(&tok);
        if !name.is_empty() && !looks_like_name(&fold(name)) {
            break;
        }
        if !name.is_empty() {
            names.insert(0, name.to_owned());
        }
        names_start = at;
    }
    if names.is_empty() {
        return None;
    }
    let bracketed = caption_end != lo;
    if bracketed && !text(lo, names_start).trim_matches(is_pad).is_empty() {
        // `（…摄）` holding more than a credit is a parenthesis of the text, not a credit.
        return None;
    }
    // Caption text: whatever precedes the credit on the line, as printed.
    let mut caption = text(0, caption_end);
    caption.push_str(&text(lo, names_start));
    let caption = caption
        .trim_matches(|c| is_pad(c) || is_bullet(c))
        .to_owned();
    let starts_with_bullet = orig
        .iter()
        .find(|c| !is_pad(**c))
        .is_some_and(|c| is_bullet(*c));
    if caption.is_empty() && !starts_with_bullet && orig.len() > NAMES_LINE_MAX_CHARS {
        return None;
    }
    Some(((!caption.is_empty()).then_some(caption), names.join(" ")))
}

/// Splits a byline or credit in brackets off the end of a paragraph: `…新动能。（朱怡舟）`,
/// `…。（记者 张三 通讯员 李四）`, `…体系。（梁栋 摄）`.
fn split_trailers(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let Block::Text(tb) = &block else {
            out.push(block);
            continue;
        };
        if tb.title_like || tb.names.is_some() {
            out.push(block);
            continue;
        }
        match split_trailing_bracket(&tb.text) {
            Some((body, trailer)) => {
                let mut tb = tb.clone();
                tb.text = body;
                out.push(Block::Text(tb));
                out.push(trailer);
            }
            None => out.push(block),
        }
    }
    out
}

fn split_trailing_bracket(text: &str) -> Option<(String, Block)> {
    let t = text.trim_end_matches(is_pad);
    let rest = t.strip_suffix(['）', ')'])?;
    let open = rest.rfind(['（', '('])?;
    let body = t[..open].trim_end_matches(is_pad);
    let ends_sentence = body
        .chars()
        .rev()
        .find(|c| !is_closer(*c))
        .is_some_and(|c| matches!(c, '。' | '！' | '？' | '…' | '!' | '?'));
    if !ends_sentence {
        return None;
    }
    let bracket = &t[open..];
    let trailer = if let Some((caption, credit)) = parse_credit(bracket) {
        Block::Credit { caption, credit }
    } else {
        Block::Byline(parse_names(bracket)?)
    };
    Some((body.to_owned(), trailer))
}

// ---------------------------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------------------------

/// How far into a paragraph a dateline with its reporters can reach.
const DATELINE_SCAN: usize = 80;
/// How far into a paragraph a dateline's 讯 or 电 can be.
const DATELINE_MARKER_MAX: usize = 32;

/// News agencies whose datelines end in 电 (`新华社太原12月3日电`).
const AGENCIES: &[&str] = &[
    "新华社",
    "中新社",
    "中新网",
    "人民网",
    "央视网",
    "央广网",
    "光明网",
    "中国新闻网",
    "新华网",
    "国际在线",
    "澎湃新闻",
    "本报",
];

/// Finds a dateline at the start of a paragraph: `科学导报讯`, `本报讯（记者 张三）`,
/// `本报讯 记者 张三 李四`, `新华社太原12月3日电（记者 某某）`.
fn split_dateline(text: &str) -> Option<Dateline> {
    // Datelines and their reporters sit in the first few dozen chars: fold only those, and
    // only when a 讯 or 电 is there at all.
    let chars: Vec<char> = text.chars().take(DATELINE_SCAN).collect();
    if !chars
        .iter()
        .take(DATELINE_MARKER_MAX)
        .any(|c| matches!(c, '讯' | '訊' | '电' | '電'))
    {
        return None;
    }
    let folded: Vec<char> = fold(&chars.iter().collect::<String>()).chars().collect();
    let window = folded.len().min(DATELINE_MARKER_MAX);
    let end = (0..window).find(|&i| matches!(folded[i], '讯' | '电'))?;
    let marker_f: String = folded[..=end].iter().filter(|c| !is_pad(**c)).collect();
    if marker_f.chars().any(|c| {
        matches!(
            c,
            '，' | '。' | '、' | '；' | '：' | '“' | '”' | '（' | '）'
        )
    }) {
        return None;
    }
    let stem: String = marker_f
        .chars()
        .take(marker_f.chars().count() - 1)
        .collect();
    let dated = stem.contains('月') && stem.contains('日');
    let valid = match folded[end] {
        '讯' => {
            stem.starts_with("本报")
                || dated
                || stem.ends_with(['报', '社', '网', '台', '刊', '闻', '视', '站', '端'])
        }
        _ => (dated && stem.ends_with('日')) || (AGENCIES.contains(&stem.as_str())),
    };
    if !valid || stem.chars().count() < 2 || stem.chars().count() > 24 {
        return None;
    }
    let marker: String = chars[..=end].iter().collect::<String>();
    let mut pos = end + 1;
    skip_pad(&chars, &mut pos);
    let reporters = take_reporters(&chars, &folded, &mut pos);
    skip_pad(&chars, &mut pos);
    Some(Dateline {
        marker: marker.trim_matches(is_pad).to_owned(),
        reporters,
        body_start: pos,
    })
}

fn skip_pad(chars: &[char], pos: &mut usize) {
    while *pos < chars.len() && is_pad(chars[*pos]) {
        *pos += 1;
    }
}

/// Reporters right after a dateline: a bracket `（记者 张三 通讯员 李四）`, or role-led names
/// `记者王波 ` / `记者 张三 李四 ` up to the first token that is not a name.
fn take_reporters(chars: &[char], folded: &[char], pos: &mut usize) -> Vec<String> {
    let start = *pos;
    if matches!(chars.get(start), Some('（' | '(')) {
        let Some(close) =
            (start..chars.len().min(start + 40)).find(|&i| matches!(chars[i], '）' | ')'))
        else {
            return Vec::new();
        };
        let inner: String = chars[start + 1..close].iter().collect();
        let names: Vec<String> = inner
            .split(is_name_sep)
            .map(strip_role)
            .filter(|t| {
                !t.is_empty() && (2..=4).contains(&t.chars().count()) && t.chars().all(is_han)
            })
            .map(str::to_owned)
            .collect();
        let has_role = ROLE_WORDS.iter().any(|r| fold(&inner).contains(r));
        if !names.is_empty() && (has_role || names.iter().all(|n| looks_like_name(&fold(n)))) {
            *pos = close + 1;
            return names;
        }
        return Vec::new();
    }
    let rest_f: String = folded[start..].iter().collect();
    if !ROLE_WORDS[..8].iter().any(|r| rest_f.starts_with(r)) {
        return Vec::new();
    }
    // Tokens separated by spaces: role words and names.
    let mut names = Vec::new();
    let mut i = start;
    loop {
        let tok_end = (i..chars.len())
            .find(|&j| is_pad(chars[j]))
            .unwrap_or(chars.len());
        let token: String = chars[i..tok_end].iter().collect();
        let name = strip_role(&token);
        let is_role_only = name.is_empty() && !token.is_empty();
        if is_role_only {
            // a role word alone
        } else if looks_like_name(&fold(name)) {
            names.push(name.to_owned());
        } else if names.is_empty() && name != token {
            // Role glued to name and text (`记者王波近日…`): take a two-char name.
            let n: String = name.chars().take(2).collect();
            if looks_like_name(&fold(&n)) {
                names.push(n.clone());
                *pos = i + (token.chars().count() - name.chars().count()) + 2;
            }
            return names;
        } else {
            break;
        }
        i = tok_end;
        *pos = i;
        skip_pad(chars, &mut i);
        if i >= chars.len() {
            break;
        }
    }
    names
}

// ---------------------------------------------------------------------------------------------
// Pass 2: blocks → articles
// ---------------------------------------------------------------------------------------------

/// An article being assembled.
#[derive(Debug, Default)]
struct Draft {
    title: Vec<String>,
    dateline: Option<String>,
    reporters: Vec<String>,
    paragraphs: Vec<String>,
    byline: Vec<String>,
    captions: Vec<Caption>,
    /// A byline or credit was seen: new body text after it likely starts something new.
    closed: bool,
    /// The article ended with a photo credit right after its body.
    credited: bool,
}

impl Draft {
    fn into_article(self) -> Article {
        let kind = if self.dateline.is_none() && self.credited && self.paragraphs.len() <= 3 {
            ArticleKind::Photo
        } else {
            ArticleKind::News
        };
        Article {
            id: String::new(),
            title: self.title,
            dateline: self.dateline,
            reporters: self.reporters,
            date: None,
            zone: None,
            zones: Vec::new(),
            kind,
            paragraphs: self.paragraphs,
            byline: self.byline,
            captions: self.captions,
            facts: Vec::new(),
        }
    }
}

/// Walks the blocks and assembles articles.
fn assemble(blocks: &[Block]) -> Vec<Article> {
    let mut done: Vec<Draft> = Vec::new();
    let mut cur: Option<Draft> = None;
    let mut pending: Vec<String> = Vec::new();
    let mut pending_byline: Vec<String> = Vec::new();

    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Chrome(_) => {}
            Block::Byline(names) => {
                if let Some(d) = cur.as_mut() {
                    d.byline.extend(names.iter().cloned());
                    d.closed = true;
                }
            }
            Block::Credit { caption, credit } => {
                let text = if pending.is_empty() {
                    caption.clone()
                } else {
                    let mut t = pending.concat();
                    if let Some(c) = caption {
                        t.push_str(c);
                    }
                    Some(t)
                };
                let credit_only = text.is_none();
                pending.clear();
                let d = cur.get_or_insert_with(Draft::default);
                if credit_only && !d.closed {
                    d.credited = true;
                }
                d.captions.push(Caption {
                    text,
                    credit: Some(credit.clone()),
                });
                d.closed = true;
            }
            Block::Text(tb) => {
                if tb.title_like {
                    let byline_here = tb.names.is_some()
                        && pending.is_empty()
                        && cur
                            .as_ref()
                            .is_some_and(|d| !d.paragraphs.is_empty() && !d.closed);
                    if byline_here {
                        if let (Some(d), Some(names)) = (cur.as_mut(), &tb.names) {
                            d.byline.extend(names.iter().cloned());
                            d.closed = true;
                        }
                    } else if tb.names.is_some()
                        && !pending.is_empty()
                        && next_is_body(blocks, i + 1)
                    {
                        // Names under a title: the author.
                        pending_byline.extend(tb.names.iter().flatten().cloned());
                    } else {
                        pending.push(tb.text.clone());
                    }
                    continue;
                }
                let dateline = tb.dateline.clone();
                let starts_article = dateline.is_some()
                    || match &cur {
                        None => true,
                        Some(d) => {
                            !pending.is_empty()
                                && (d.closed
                                    || pending.len() >= 2
                                    || !ZoneIndex::default().find(&pending.concat()).is_empty()
                                    || body_ends_with_credit(blocks, i))
                        }
                    };
                if starts_article {
                    if let Some(d) = cur.take() {
                        done.push(d);
                    }
                    let mut d = Draft {
                        title: std::mem::take(&mut pending),
                        byline: std::mem::take(&mut pending_byline),
                        ..Draft::default()
                    };
                    let body = match dateline {
                        Some(dl) => {
                            d.dateline = Some(dl.marker);
                            d.reporters = dl.reporters;
                            tb.text.chars().skip(dl.body_start).collect()
                        }
                        None => tb.text.clone(),
                    };
                    if !body.is_empty() {
                        d.paragraphs.push(body);
                    }
                    cur = Some(d);
                } else if let Some(d) = cur.as_mut() {
                    // Short lines inside an open article are subheadings: keep them as paragraphs.
                    d.paragraphs.append(&mut pending);
                    d.paragraphs.push(tb.text.clone());
                }
            }
        }
    }
    if !pending.is_empty() {
        // Short lines at the end with no body: keep them rather than lose them.
        if let Some(d) = cur.take() {
            done.push(d);
        }
        cur = Some(Draft {
            title: pending,
            ..Draft::default()
        });
    }
    done.extend(cur);
    done.into_iter()
        .filter(|d| !(d.title.is_empty() && d.paragraphs.is_empty() && d.captions.is_empty()))
        .map(Draft::into_article)
        .collect()
}

/// Whether the block at `i` starts a body (rather than more title lines).
fn next_is_body(blocks: &[Block], i: usize) -> bool {
    blocks
        .get(i..)
        .into_iter()
        .flatten()
        .find(|b| !matches!(b, Block::Chrome(_)))
        .is_some_and(|b| matches!(b, Block::Text(t) if !t.title_like))
}

/// Whether the run of body blocks starting at `i` ends with a photo credit: a photo item.
fn body_ends_with_credit(blocks: &[Block], i: usize) -> bool {
    for b in &blocks[i..] {
        match b {
            Block::Text(t) if !t.title_like => continue,
            Block::Credit { caption: None, .. } => return true,
            _ => return false,
        }
    }
    false
}

/// The zone an article is about: named in its title lines, else first mentioned in its body.
fn article_zone(a: &Article, zones: &ZoneIndex) -> Option<String> {
    a.title
        .iter()
        .chain(a.paragraphs.iter())
        .find_map(|t| zones.find(t).into_iter().next())
        .map(|m| m.canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let d = split_dateline("科学导报讯 近日，兴县").unwrap();
        assert_eq!((d.marker.as_str(), d.body_start), ("科学导报讯", 6));
        let d = split_dateline("科学导报讯 记者王波 12 月 18 日，云网").unwrap();
        assert_eq!(d.reporters, ["王波"]);
        assert_eq!(d.body_start, 11);
        let d = split_dateline("本报讯（记者 张三 通讯员 李四）日前，").unwrap();
        assert_eq!(
            (d.marker.as_str(), d.reporters.clone()),
            ("本报讯", vec!["张三".to_owned(), "李四".to_owned()])
        );
        let d = split_dateline("本报讯 记者 张三 李四 近日，").unwrap();
        assert_eq!(d.reporters, ["张三", "李四"]);
        let d = split_dateline("新华社太原12月3日电（记者 刘翔宇）山西").unwrap();
        assert_eq!(
            (d.marker.as_str(), d.reporters.clone()),
            ("新华社太原12月3日电", vec!["刘翔宇".to_owned()])
        );
        let d = split_dateline("新华社太原 12 月 3 日电 近日").unwrap();
        assert_eq!(d.marker, "新华社太原 12 月 3 日电");
        assert!(split_dateline("近日，记者从电力公司获悉").is_none());
        assert!(split_dateline("据了解，该工程将与经开区现有路网形成联动").is_none());
        assert!(split_dateline("本報訊 近日").is_some());
    }

    #[test]
    fn credits() {
        assert_eq!(parse_credit("■ 梁栋摄"), Some((None, "梁栋".into())));
        assert_eq!(
            parse_credit("本报记者 张三 摄"),
            Some((None, "张三".into()))
        );
        assert_eq!(parse_credit("（梁栋 摄）"), Some((None, "梁栋".into())));
        assert_eq!(
            parse_credit("图为座谈会现场。 张丽 摄"),
            Some((Some("图为座谈会现场。".into()), "张丽".into()))
        );
        assert_eq!(parse_credit("（李明 攝）"), Some((None, "李明".into())));
        assert_eq!(
            parse_credit("上党经开区座谈会现场 ■ 张丽摄"),
            Some((Some("上党经开区座谈会现场".into()), "张丽".into()))
        );
        assert_eq!(parse_credit("对项目进行了拍摄"), None);
    }

    #[test]
    fn names_lines() {
        assert_eq!(
            parse_names("陈勤 田浩东 王佳琪").unwrap(),
            ["陈勤", "田浩东", "王佳琪"]
        );
        assert_eq!(parse_names("（朱怡舟）").unwrap(), ["朱怡舟"]);
        assert_eq!(
            parse_names("记者 张三 通讯员 李四").unwrap(),
            ["张三", "李四"]
        );
        assert!(parse_names("循环低碳绿色体系").is_none());
        assert!(parse_names("会现场").is_none());
    }

    #[test]
    fn chrome_lines() {
        assert!(is_chrome("2025年12月26日 星期五 第4版 开发区"));
        assert!(is_chrome("责任编辑：王五 校对：赵六"));
        assert!(is_chrome("2025-12-26"));
        assert!(!is_chrome("无人机“飞”出新天地"));
        assert!(!is_chrome("版权所有"));
        assert!(!is_chrome("数字政府 2.0 版正式上线"));
        assert!(is_chrome("第 4 版"));
        assert!(!is_chrome("上周五签约的项目开工"));
        assert!(is_chrome("2025年12月26日 周五"));
        assert!(is_chrome("科学导报 2025 年 12 月 26 日 4 版"));
    }

    #[test]
    fn paragraph_end() {
        assert!(is_unfinished("同时具备给下游企业配套生产铝"));
        assert!(!is_unfinished("培养造就更多战略科学家。”"));
    }
}
