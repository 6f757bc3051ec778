//! Where an organisation's name starts, read back from its suffix: to punctuation, a stop char
//! or word, a speech verb, another company's name or a zone, then past a verb, function words
//! and a count in front of it. Apart from [`super::scan`], which only finds the suffixes and
//! how far a name reaches past them.

use super::clause::dropped_prefix;
use super::compounds::in_compound;
use super::extent::bracketed_place_before;
use super::function_words::{function_tag, INNER_TAGS};
use crate::facts::charset::{word_list, CharSet};
use crate::facts::numbers::is_chinese_numeral;
use crate::facts::{Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;

/// Characters a name does not run back across.
const STOP_CHARS: &[char] = &[
    '与', '和', '及', '在', '的', '对', '是', '为', '由', '向', '将', '把', '被', '等', '了', '着',
    '并', '且', '也', '从', '据', '让', '给', '同', '跟', '至', '于', '以', '即', '暨', '或', '而',
    '就', '到', '经', '兼',
];

/// Words a name does not run back across (verbs that introduce an organisation).
const STOP_WORDS: &[&str] = &[
    "位于", "入驻", "落户", "进驻", "走进", "来到", "前往", "考察", "调研", "参观", "签约", "引进",
    "依托", "联合", "携手", "组织", "支持", "委托", "邀请", "会同", "成立", "组建", "注册", "批复",
    "通过", "代表", "作为", "包括", "覆盖", "牵头", "结合", "协调", "帮助", "督促", "指导", "要求",
    "鼓励", "引导", "推动", "服务", "对接", "走访", "慰问", "深入", "带领", "针对", "面向", "协助",
    "配合", "感谢", "希望", "发挥", "推进", "实现", "加强", "促进", "助力", "投资", "收购", "并购",
    // A parent's word for its subsidiary (`富士康旗下鸿富锦精密电子（郑州）有限公司`): the name
    // is what follows; the parent is a name of its own.
    "旗下",
];

/// Verbs of saying, as jieba's words: a name read back past one takes in the speaker
/// (`易纲表示中资银行`, `媒体称建设银行`); no body's name holds one.
const SPEECH_WORDS: &[&str] = &[
    "表示", "称", "说", "指出", "认为", "透露", "强调", "宣布", "介绍", "坦言", "声称", "获悉",
];

/// [`STOP_CHARS`] as a bitmap: asked at every char a name runs back over.
pub(super) static STOP_SET: CharSet = CharSet::of(STOP_CHARS);

word_list!(pub(super) stop_words, STOP_WORDS);

word_list!(speech_words, SPEECH_WORDS);

/// Whether the stop char at `pos` is `经` opening a longer word, as jieba reads it
/// (`经济日报社`, `经贸委`: part of the name), not `经` on its own (`经省政府批准`,
/// `经济南市政府批准`: 经 / 济南市政府, which ends the name read back).
fn opens_word(seg: &Seg, pos: usize) -> bool {
    seg.f.get(pos) == Some(&'经')
        && seg
            .tok_at(pos)
            .and_then(|k| seg.toks.get(k))
            .is_some_and(|t| t.start == pos && t.end > pos + 1)
}

/// Whether the stop char at `pos` is inside a noun or a name jieba reads, not its first char
/// (`据` of `数据中心`, `为` of `华为`): part of the name, where as a word of its own (`据…称`)
/// it ends the name read back. Not inside a place's name: jieba reads `东至` (a county) where
/// a road runs east to a company (`东至潞安煤基清洁能源公司`).
fn inside_a_noun(seg: &Seg, pos: usize) -> bool {
    seg.tok_at(pos).is_some_and(|k| {
        seg.toks[k].start < pos
            && matches!(
                seg.pos(k),
                Pos::Noun | Pos::PersonName | Pos::OrgName | Pos::OtherProper
            )
    })
}

/// Whether char `pos` is the `记` of a profile's subtitle (`——记四川有线电视台妇女儿童频道`: a
/// portrait of the body), which no name takes in.
fn opens_profile(f: &[char], pos: usize) -> bool {
    f.get(pos) == Some(&'记')
        && pos
            .checked_sub(1)
            .and_then(|p| f.get(p))
            .is_some_and(|c| matches!(c, '—' | '―' | '－' | '-' | '─'))
}

/// Stop words that are a company's trade when they stand right before its suffix
/// (`中信证券投资有限公司`, `物业服务有限公司`), where elsewhere they are the clause's verb
/// (`投资建设…`, `服务企业`).
const TRADES: &[&str] = &["投资", "服务"];

/// Whether `f[..s]` ends with one of [`TRADES`]: every `…投资有限公司` was read back to nothing.
fn is_trade_before(f: &[char], s: usize) -> bool {
    TRADES.iter().any(|w| crate::facts::ends_with(&f[..s], w))
}

/// Words of a company's trade that may follow [`TRADES`] before its suffix
/// (`澳门投资发展有限公司`, `…投资管理有限公司`).
const TRADE_TAILS: &[&str] = &["发展", "管理", "建设", "控股", "咨询", "开发", "运营"];

/// Whether `f[s..end]` is only trade words ([`TRADE_TAILS`]), none or several: a trade word
/// ending at `s` then still stands before the suffix as the company's trade.
fn only_trade_tails(f: &[char], mut s: usize, end: usize) -> bool {
    while s < end {
        let Some(w) = TRADE_TAILS.iter().find(|w| {
            let n = w.chars().count();
            f.get(s..s + n)
                .is_some_and(|run| s + n <= end && run.iter().copied().eq(w.chars()))
        }) else {
            return false;
        };
        s += w.chars().count();
    }
    true
}

/// Where the name before a suffix starts: back to punctuation, a stop word or a verb.
pub(super) fn name_start(seg: &Seg, suffix_start: usize, zone_spans: &[ZoneSpan]) -> usize {
    let f = &seg.f;
    let stops = stop_words();
    // Where a trade word ([`TRADES`]) would end: right before the suffix, or before a group's
    // form in brackets there (`…建设投资（集团）有限公司`).
    let trade_end = bracketed_place_before(f, suffix_start).unwrap_or(suffix_start);
    let mut s = suffix_start;
    // The registered places in brackets read over: their words are a place's, whatever jieba
    // tags their chars (`（大连）`, cut `大/连`, had `连` an adverb that opened the name after it).
    let mut brackets: Vec<(usize, usize)> = Vec::new();
    while s > 0 && suffix_start - s < 24 {
        // A registered place in brackets is part of the name (`国新控股（重庆）有限公司`).
        if let Some(open) = bracketed_place_before(f, s) {
            brackets.push((open, s));
            s = open;
            continue;
        }
        let c = f[s - 1];
        if !(is_han(c) || c.is_ascii_alphanumeric())
            || (STOP_SET.contains(c)
                && !in_compound(f, s - 1)
                && !opens_word(seg, s - 1)
                && !inside_a_noun(seg, s - 1))
            || opens_profile(f, s - 1)
        {
            break;
        }
        if stops.ends_at(f, s)
            && !(only_trade_tails(f, s, trade_end) && is_trade_before(f, s))
            && !in_compound(f, s - 1)
        {
            break;
        }
        // Another company's name ends here: what follows is a unit or post of it
        // (`…有限公司营销总监兼实验室`), not part of one name read back from the suffix.
        if s < suffix_start
            && ["有限公司", "有限责任公司", "集团"]
                .iter()
                .any(|w| crate::facts::ends_with(&f[..s], w))
        {
            break;
        }
        // A zone ending right here starts the name (`运城经济技术开发区党工委`), unless a name
        // opening with its own place follows it: a company sited in the zone
        // (`沁水经济技术开发区山西兆丰铝业有限公司`), not one of the zone's bodies.
        if let Some(z) = zone_spans.iter().find(|z| z.end == s) {
            if s == suffix_start || !crate::lexicon::places::opens_with_place(&f[s..suffix_start]) {
                // The zone's own name is read already, with its left edge: jieba's cut of it
                // is no clause to trim (`大连长兴岛…`, cut `大/连`, had lost `大连` to the
                // adverb tests below).
                return z.start;
            }
            break;
        }
        s -= 1;
    }
    // A verb opening the phrase belongs to the sentence (`走进山西…公司`).
    while let Some(k) = seg.tok_at(s) {
        let t = &seg.toks[k];
        if t.start == s
            && t.end < suffix_start
            && seg.pos(k) == Pos::Verb
            && !in_compound(f, t.start)
            && !only_trade_before_form(seg, t.end, suffix_start)
        {
            s = t.end;
        } else {
            break;
        }
    }
    // A verb that is all there is before the suffix (`有助于缓解公司交付压力`: eases the
    // company's pressure) makes the suffix the clause's object: no body is named by a verb
    // alone. A trade before the suffix is a name's (`投资公司`, see [`TRADES`]).
    if verb_alone_before(seg, s, suffix_start) {
        return suffix_start;
    }
    // So do the quantifiers, pronouns, adverbs and the like in front of the name (`不少银行`,
    // `大多数银行`: no name is left), with the tail of one a stop char cut (`以来华为公司`: the
    // name starts after `以来`, not at its `来`), and a preposition, pronoun, adverb or
    // conjunction anywhere in it (`消费者用招商银行` → `招商银行`): a body's name holds none.
    while let Some(k) = seg.tok_at(s) {
        let t = &seg.toks[k];
        if t.start <= s && t.end <= suffix_start && function_tag(seg, t.start, t.end).is_some() {
            s = t.end;
        } else {
            break;
        }
    }
    let inner = seg.toks.partition_point(|t| t.start < s);
    for t in seg.toks[inner..]
        .iter()
        .take_while(|t| t.end <= suffix_start)
    {
        if brackets.iter().any(|&(a, b)| a <= t.start && t.end <= b) {
            continue;
        }
        if (!in_compound(f, t.start)
            && function_tag(seg, t.start, t.end).is_some_and(|tag| INNER_TAGS.contains(&tag)))
            || speech_words().contains(&f[t.start..t.end])
        {
            s = t.end;
        }
    }
    s = after_count(f, s, suffix_start);
    s = after_dated(f, s, suffix_start);
    while let Some(n) = dropped_prefix(seg, s, suffix_start) {
        s += n;
    }
    s.min(suffix_start)
}

/// Whether the words from `s` to the suffix at `suffix_start` are only common nouns of a trade
/// (`体育用品`, `航空科技`) and the suffix is a registered company's form (`有限公司`,
/// `集团有限公司`): a registered name holds its own trade name before its trade, so the word
/// before them that jieba tags a verb (`安踏` of `安踏体育用品集团有限公司`, `峰飞` of
/// `峰飞航空科技有限公司`) is that trade name, not the clause's verb (`走进山西…公司`).
fn only_trade_before_form(seg: &Seg, s: usize, suffix_start: usize) -> bool {
    let f = &seg.f;
    let mut form = suffix_start;
    for part in ["集团", "股份"] {
        if crate::facts::at(f, form, part) {
            form += 2;
        }
    }
    if !crate::facts::at(f, form, "有限") {
        return false;
    }
    let first = seg.toks.partition_point(|t| t.end <= s);
    let mut reached = s;
    for (k, t) in seg.toks.iter().enumerate().skip(first) {
        if t.start != reached || t.end > suffix_start || seg.pos(k) != Pos::Noun {
            return false;
        }
        reached = t.end;
        if reached == suffix_start {
            return true;
        }
    }
    false
}

/// Whether `s..suffix_start` is one verb jieba reads (`缓解` of `有助于缓解公司交付压力`): the
/// suffix after it is the clause's object, since no body is named by a verb alone. A trade
/// before the suffix is a name's (`投资公司`, see [`TRADES`]).
pub(super) fn verb_alone_before(seg: &Seg, s: usize, suffix_start: usize) -> bool {
    seg.tok_at(s).is_some_and(|k| {
        let t = &seg.toks[k];
        t.start == s
            && t.end == suffix_start
            && seg.pos(k) == Pos::Verb
            && !in_compound(&seg.f, t.start)
            && !is_trade_before(&seg.f, suffix_start)
    })
}

/// Past the last date written in digits in `s..suffix_start` (`预计2026年公司`):
/// a year, month or day is the clause's time, which no name holds; a name may follow it.
fn after_dated(f: &[char], s: usize, suffix_start: usize) -> usize {
    (s + 1..suffix_start)
        .rev()
        .find(|&p| matches!(f[p], '年' | '月' | '日') && f[p - 1].is_ascii_digit())
        .map_or(s, |p| p + 1)
}

/// Past the last count of bodies in `s..suffix_start` (`美国几家大银行`, `平安7家银行`,
/// `超过2个银行`, `旗下第二家村镇银行`): a number or `几`, `多`, `两` and a measure word
/// (`家`, `个`) count bodies of a kind, which no name holds; what follows may still be one.
fn after_count(f: &[char], s: usize, suffix_start: usize) -> usize {
    (s + 1..suffix_start)
        .rev()
        .find(|&p| {
            matches!(f[p], '家' | '个')
                && (f[p - 1].is_ascii_digit()
                    || is_chinese_numeral(f[p - 1])
                    || matches!(f[p - 1], '几' | '多' | '两'))
        })
        .map_or(s, |p| p + 1)
}
