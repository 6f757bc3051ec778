//! Organisations: a name ending in an organisation suffix (`有限公司`, `集团`, `学校`, `局`),
//! read back to where the noun phrase starts, extended over a nested unit
//! (`某某集团有限公司某某分公司`), with the zone prefix canonicalised.

use super::charset::{text_between, word_list, CharSet};
use super::numbers::is_chinese_numeral;
use super::{Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::model::FactKind;

mod extent;
mod gatherings;
mod suffix;
pub use extent::bracketed_place_before;
use extent::{bracketed_place_after, institute_end, nested_end, subsidiary_end};
use suffix::{after_inner_verb, names_a_factory, suffix_ends_word};

/// Suffixes, longest first.
const SUFFIXES: &[&str] = &[
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "分公司",
    "子公司",
    "公司",
    "集团",
    "股份",
    "研究院",
    "研究所",
    "实验室",
    "设计院",
    "科学院",
    "大学",
    "学院",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "医院",
    "卫生院",
    "银行",
    "支行",
    "分行",
    "协会",
    "学会",
    "商会",
    "联合会",
    "委员会",
    "管委会",
    "党工委",
    "人民政府",
    "合作社",
    "事务所",
    // Consortia (`中国航天保险联合体`). Not `办公室`: a firm's or a person's office as often
    // (`西南证券办公室`, `李文玉办公室`).
    "联合体",
    "基金会",
    "出版社",
    "报社",
    "电视台",
    "检察院",
    "法院",
    "局",
    "厅",
    // Factories (`黄石单板厂`, `济南污水处理厂`); a kind of factory jieba knows as one word
    // (`发电厂`, `化工厂`) is none, see [`names_a_factory`].
    "厂",
];
/// Units nested under a company (`…有限公司太原分公司`).
const NESTED: &[&str] = &[
    "分公司",
    "子公司",
    "分行",
    "支行",
    "分院",
    "研究院",
    "事业部",
    "分厂",
    "办事处",
    "营业部",
];
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
];
/// Verbs of saying, as jieba's words: a name read back past one takes in the speaker
/// (`易纲表示中资银行`, `媒体称建设银行`); no body's name holds one.
const SPEECH_WORDS: &[&str] = &[
    "表示", "称", "说", "指出", "认为", "透露", "强调", "宣布", "介绍", "坦言", "声称", "获悉",
];
/// Leading words an organisation name does not keep.
const DROP_PREFIXES: &[&str] = &[
    "本报讯",
    "本市",
    "本县",
    "本区",
    "这家",
    "该",
    "本",
    "这",
    "此",
    "其",
    "各",
    "每",
    "一家",
    "两家",
    "多家",
    "全市",
    "全省",
    "全县",
    "原告",
    "被告",
    "著名",
    "知名",
    "各大",
    // Former (`原招商银行信用卡中心负责人`), after `原告`: the first word listed that matches wins.
    "原",
];
/// Prefixes too vague to name an organisation (`运营公司`, `国有企业`).
const GENERIC: &[&str] = &[
    "运营",
    "相关",
    "国有",
    "合作",
    "投资",
    "下属",
    "上市",
    "民营",
    "外资",
    "平台",
    "建设",
    "国企",
    "央企",
    "龙头",
    "头部",
    "有限",
    "股份",
    "全资",
    "控股",
    "科技",
    "企业",
    "单位",
    "部门",
    "我们",
    "他们",
    "新",
    "老",
    "大",
    "小",
    "总",
    "子",
    "分",
    "母",
    "集团",
    "物业",
    "施工",
    "设计",
    "监理",
    "第三方",
    "专业",
    "一批",
    "人民",
    "地方",
    // Kinds of business, not names: `商业银行`, `保险公司`, `博彩公司`.
    "商业",
    "保险",
    "信托",
    "博彩",
    "证券",
    "基金",
    "担保",
    "商业银行",
    "保险公司",
    "信托公司",
    "博彩公司",
    "证券公司",
    "基金公司",
    "担保公司",
    "当地",
    "产业",
    "行业",
    "大型",
    "中小",
    "本地",
    "外地",
    "省属",
    "市属",
    "县属",
    "区属",
    "各级",
    "有关",
    "主管",
    "职能",
    "基层",
    "村级",
    // Groups sent somewhere, not bodies, when nothing says whose (`代表团参观了工厂`).
    "代表团",
    "考察团",
    "访问团",
    "观摩团",
    "调研组",
    "工作组",
    "督导组",
    "检查组",
    "专家组",
];

/// Organisations in one text; returns their spans so places inside them are not repeated.
pub fn scan(
    seg: &Seg,
    zone_spans: &[ZoneSpan],
    out: &mut Vec<(FactKind, Found)>,
) -> Vec<(usize, usize)> {
    let f = &seg.f;
    let suffixes = suffix_words();
    let mut spans = Vec::new();
    let mut i = 0;
    // Left to right over the places a suffix is written, skipping those inside a name found.
    for p in suffixes.starts_in(f) {
        if p < i {
            continue;
        }
        i = p;
        let Some((suf, len)) = suffixes.at(f, i) else {
            continue;
        };
        let mut end = i + len;
        if !suffix_ends_word(seg, suf, i, end) {
            i = end;
            continue;
        }
        // `集团有限公司`, `集团股份有限公司`: suffixes that follow each other are one name.
        while let Some((_, len)) = suffixes
            .at(f, end)
            .filter(|(s, _)| !matches!(*s, "局" | "厅" | "厂"))
        {
            end += len;
        }
        if matches!(
            suf,
            "有限公司" | "股份有限公司" | "有限责任公司" | "集团" | "公司"
        ) {
            end = nested_end(f, end, nested_words()).unwrap_or(end);
        }
        if suf == "集团" {
            end = subsidiary_end(f, end).unwrap_or(end);
        }
        // `香港科技大学（广州）`: a campus or branch named by its place in brackets.
        end = bracketed_place_after(f, end).unwrap_or(end);
        if matches!(
            suf,
            "大学" | "学院" | "科学院" | "研究院" | "研究所" | "实验室"
        ) {
            end = institute_end(f, end);
        }
        let mut start = clause_start(seg, name_start(seg, i, zone_spans), i);
        if suf == "厂" {
            start = after_inner_verb(seg, start, i);
        }
        if start < i
            && !is_generic(&f[start..i])
            && !is_kind_of_body(seg, start, i, end)
            && (suf != "厂" || names_a_factory(seg, start, end, zone_spans))
        {
            let name = canonical_name(seg, start, end, zone_spans);
            spans.push((start, end));
            out.push((
                FactKind::Organization,
                Found {
                    start,
                    end,
                    name: Some(name),
                    ..Found::default()
                },
            ));
        }
        i = end;
    }
    spans
}

/// [`STOP_CHARS`] as a bitmap: asked at every char a name runs back over.
static STOP_SET: CharSet = CharSet::of(STOP_CHARS);

word_list!(stop_words, STOP_WORDS);

word_list!(
    /// The suffixes, longest first, so the first match at a position is the longest.
    suffix_words,
    SUFFIXES
);

word_list!(nested_words, NESTED);

word_list!(speech_words, SPEECH_WORDS);

word_list!(generic_words, GENERIC);

word_list!(compound_words, COMPOUNDS);

/// Every char of every [`COMPOUNDS`] word: a char outside it lies inside none.
fn compound_chars() -> &'static CharSet {
    static S: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let chars: Vec<char> = COMPOUNDS.iter().flat_map(|w| w.chars()).collect();
        CharSet::of(&[]).with_all(&chars)
    })
}

word_list!(
    /// Asked at every name's left edge, often twice: a list matches by the first char.
    drop_prefix_words,
    DROP_PREFIXES
);

word_list!(clause_verbs, CLAUSE_VERBS);

/// Government names that contain a conjunction (`工业和信息化厅`): `和` inside them is no stop.
const COMPOUNDS: &[&str] = &[
    "工业和信息化",
    "住房和城乡建设",
    "人力资源和社会保障",
    "文化和旅游",
    "自然资源和规划",
    "农业和农村",
    "商务和",
    "卫生和计划生育",
    "发展和改革",
    "科学技术和",
    "应急管理和",
    "交通运输和",
    "教育和",
    "民族和宗教",
];

/// Whether char `pos` lies inside one of [`COMPOUNDS`].
pub fn in_compound(f: &[char], pos: usize) -> bool {
    let Some(&c) = f.get(pos) else {
        return false;
    };
    // Most chars are in no compound: one bit answers them before any word is walked.
    if !compound_chars().contains(c) {
        return false;
    }
    // A compound covers `pos` where its own char `c` sits: try those alignments only.
    compound_words().chars().any(|w| {
        w.iter()
            .enumerate()
            .filter(|&(o, &wc)| wc == c && o <= pos)
            .any(|(o, _)| f[pos - o..].starts_with(w))
    })
}

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
    TRADES.iter().any(|w| super::ends_with(&f[..s], w))
}

/// Where the name before a suffix starts: back to punctuation, a stop word or a verb.
fn name_start(seg: &Seg, suffix_start: usize, zone_spans: &[ZoneSpan]) -> usize {
    let f = &seg.f;
    let stops = stop_words();
    let mut s = suffix_start;
    while s > 0 && suffix_start - s < 24 {
        // A registered place in brackets is part of the name (`国新控股（重庆）有限公司`).
        if let Some(open) = bracketed_place_before(f, s) {
            s = open;
            continue;
        }
        let c = f[s - 1];
        if !(is_han(c) || c.is_ascii_alphanumeric())
            || (STOP_SET.contains(c) && !in_compound(f, s - 1) && !opens_word(seg, s - 1))
            || opens_profile(f, s - 1)
        {
            break;
        }
        if stops.ends_at(f, s) && !(s == suffix_start && is_trade_before(f, s)) {
            break;
        }
        // Another company's name ends here: what follows is a unit or post of it
        // (`…有限公司营销总监兼实验室`), not part of one name read back from the suffix.
        if s < suffix_start
            && ["有限公司", "有限责任公司", "集团"]
                .iter()
                .any(|w| super::ends_with(&f[..s], w))
        {
            break;
        }
        // A zone ending right here starts the name (`运城经济技术开发区党工委`), unless a name
        // opening with its own place follows it: a company sited in the zone
        // (`沁水经济技术开发区山西兆丰铝业有限公司`), not one of the zone's bodies.
        if let Some(z) = zone_spans.iter().find(|z| z.end == s) {
            if s == suffix_start || !crate::lexicon::places::opens_with_place(&f[s..suffix_start]) {
                s = z.start;
            }
            break;
        }
        s -= 1;
    }
    // A verb opening the phrase belongs to the sentence (`走进山西…公司`).
    while let Some(k) = seg.tok_at(s) {
        let t = &seg.toks[k];
        if t.start == s && t.end < suffix_start && seg.pos(k) == Pos::Verb {
            s = t.end;
        } else {
            break;
        }
    }
    // So do the quantifiers, pronouns, adverbs and the like in front of the name (`不少银行`,
    // `大多数银行`: no name is left), and a preposition, pronoun, adverb or conjunction
    // anywhere in it (`消费者用招商银行` → `招商银行`): a body's name holds none of them.
    while let Some(k) = seg.tok_at(s) {
        let t = &seg.toks[k];
        if t.start == s && t.end <= suffix_start && function_tag(seg, t.start, t.end).is_some() {
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
        if (!in_compound(f, t.start)
            && function_tag(seg, t.start, t.end).is_some_and(|tag| INNER_TAGS.contains(&tag)))
            || speech_words().contains(&f[t.start..t.end])
        {
            s = t.end;
        }
    }
    s = after_count(f, s, suffix_start);
    while let Some(n) = dropped_prefix(seg, s, suffix_start) {
        s += n;
    }
    s.min(suffix_start)
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

/// How many chars of a word saying what kind of firm the body is (`知名企业`, `龙头企业`,
/// `民营企业`: jieba keeps each whole) open the name at `s`, when a name of two or more chars
/// follows it before `end` that opens with no suffix (`知名企业太原重工集团` → `太原重工集团`;
/// `中国企业联合会` is one word, and `外资企业协会` keeps its head, as `协会` alone is no name).
fn category_head(seg: &Seg, s: usize, end: usize) -> Option<usize> {
    // Asked for every name: most hold no `业` and are passed over with a short scan.
    if !seg.f.get(s..end)?.contains(&'业') {
        return None;
    }
    let t = &seg.toks[seg.tok_at(s)?];
    let word = seg.f.get(t.start..t.end)?;
    let rest = seg.f.get(t.end..end)?;
    let is_category = t.start == s && word.len() >= 3 && super::ends_with(word, "企业");
    (is_category && rest.len() >= 2 && suffix_words().at(rest, 0).is_none()).then(|| t.end - s)
}

/// How many chars of a demonstrative or vague count (`该`, `本`, `这家`) open the name at `s`
/// and go. Only one written as its own word, as the head of the word the name ends in
/// (`本公司`), or as part of a pronoun word (`本报`, `该行`: the word goes whole) is a
/// demonstrative: in `本源量子…公司` jieba reads `本源` (origin) and in `本菲卡队` a name, the
/// name's first word, and `本` stays.
fn dropped_prefix(seg: &Seg, s: usize, end: usize) -> Option<usize> {
    let (_, n) = drop_prefix_words().at(seg.f.get(s..end).unwrap_or_default(), 0)?;
    let word_end = seg
        .tok_at(s)
        .map(|k| &seg.toks[k])
        .filter(|t| t.start == s)
        .map_or(s + n, |t| t.end);
    if word_end <= s + n || word_end >= end {
        Some(n)
    } else if function_tag(seg, s, word_end) == Some("r") {
        Some(word_end - s)
    } else {
        None
    }
}

/// jieba's dictionary tags of words that never open an organisation's name: numerals and
/// quantifiers, pronouns, adverbs, conjunctions, prepositions, time words, particles.
const FUNCTION_TAGS: &[&str] = &["m", "mq", "r", "d", "c", "p", "t", "q", "u", "uj", "ul"];

/// The tags of those that are no part of a name anywhere in it (numerals are: `第一汽车集团`).
const INNER_TAGS: &[&str] = &["r", "d", "c", "p"];

/// jieba's tag of the word at `start..end` when it is a dictionary word tagged as one of
/// [`FUNCTION_TAGS`] (`m` for a run of digits: `10余家银行`).
pub(crate) fn function_tag(seg: &Seg, start: usize, end: usize) -> Option<&'static str> {
    let chars = seg.f.get(start..end)?;
    if chars.iter().all(char::is_ascii_digit) {
        return Some("m");
    }
    super::wordtags::function_tag(chars, || {
        let word: String = chars.iter().collect();
        if !seg.ex.is_dictionary_word(&word) {
            return None;
        }
        match seg.ex.jieba().tag(&word, false).as_slice() {
            [one] => FUNCTION_TAGS.iter().find(|&&t| t == one.tag).copied(),
            _ => None,
        }
    })
}

/// Whether the name `start..end`, its suffix at `suffix_start`, says what kind of body rather
/// than which: one common word before the suffix (`国内银行`, `私人银行`, `使用银行`, `怪物公司`)
/// where the whole is no word jieba knows (`工商银行`, `招商银行` are). A proper name before the
/// suffix (`尚卓集团`, `山西大学`) or more than one word (`山西建投…公司`) names a body.
fn is_kind_of_body(seg: &Seg, start: usize, suffix_start: usize, end: usize) -> bool {
    let Some(k) = seg.tok_at(start) else {
        return false;
    };
    let t = &seg.toks[k];
    if !(t.start == start && t.end == suffix_start) {
        return false;
    }
    let word = text_between(&seg.f, start, suffix_start);
    let whole = text_between(&seg.f, start, end);
    seg.ex.is_dictionary_word(&word)
        && matches!(seg.pos(k), Pos::Noun | Pos::Verb | Pos::Other)
        && !seg.ex.is_dictionary_word(&whole)
}

fn is_generic(prefix: &[char]) -> bool {
    prefix.len() < 2
        || generic_words().contains(prefix)
        || prefix.iter().all(|&c| is_chinese_numeral(c))
}

/// The name as written, with a zone abbreviation at its front expanded (`上党经开区党工委` →
/// `上党经济技术开发区党工委`) so that one body has one name.
fn canonical_name(seg: &Seg, start: usize, end: usize, zone_spans: &[ZoneSpan]) -> String {
    match zone_spans.iter().find(|z| z.start == start && z.end < end) {
        Some(z) => z.name.clone() + &text_between(&seg.f, z.end, end),
        None => text_between(&seg.f, start, end),
    }
}

/// Whether a name ends in one of the suffixes the rules read bodies by (`富龙集团`, `新华社`
/// does not: `社` alone is none).
pub fn has_suffix(name: &[char]) -> bool {
    SUFFIXES.iter().any(|suf| {
        let n = suf.chars().count();
        name.len() > n && name[name.len() - n..].iter().copied().eq(suf.chars())
    })
}

/// Verbs a proposed name must not open with: the clause before a name (`现任海尔集团公司`,
/// `上报市财政局`).
const CLAUSE_VERBS: &[&str] = &[
    "现任",
    "出任",
    "担任",
    "曾任",
    "时任",
    "就职于",
    "任职于",
    "加入",
    "上报",
    "报送",
    "来自",
    "成立",
];

/// An organisation the tagger proposes at `start..end`, its left edge fixed as the rules fix
/// theirs (a date, a clause verb, a demonstrative dropped: `2006年9月出任TCL集团` → `TCL集团`),
/// its zone prefix canonicalised. `None` when what is left is too short or vague to name a body
/// (`公司`, `有关部门`).
pub fn proposed(
    seg: &Seg,
    start: usize,
    end: usize,
    zone_spans: &[ZoneSpan],
) -> Option<(usize, String)> {
    let f = &seg.f;
    let end = end.min(f.len());
    let s = clause_start(seg, start, end);
    let name = f.get(s..end)?;
    // Two bodies joined by a conjunction are two names (`太原理工大学与阳泉市人民政府`); a
    // conjunction after no body's suffix joins words of one name (`欧洲安全与合作组织`).
    let joined = name.iter().enumerate().any(|(k, &c)| {
        matches!(c, '与' | '和' | '及' | '暨' | '或')
            && !in_compound(f, s + k)
            && has_suffix(&name[..k])
    });
    if name.len() < 2
        || joined
        || has_stop_word(seg, s, end)
        || generic_words().contains(name)
        || suffix_words().contains(name)
        || gatherings::is_gathering(name)
        || name
            .iter()
            .all(|&c| is_chinese_numeral(c) || c.is_ascii_digit())
    {
        return None;
    }
    Some((s, canonical_name(seg, s, end, zone_spans)))
}

/// Whether one of jieba's words in `s..end` is a stop word (`位于`, `联合`): a verb of the
/// clause, not part of a name, which holds it only inside a longer word (`联合国`, `联合体`).
fn has_stop_word(seg: &Seg, s: usize, end: usize) -> bool {
    let first = seg.toks.partition_point(|t| t.end <= s);
    let stops = stop_words();
    seg.toks[first..]
        .iter()
        .take_while(|t| t.start < end)
        .any(|t| {
            let a = t.start.max(s);
            let b = t.end.min(end);
            // A word cut by the name's edge counts by the part inside.
            seg.f.get(a..b).is_some_and(|w| stops.contains(w))
        })
}

/// Where a name read from `start` really starts: past a date, a clause verb and a
/// demonstrative in front of it (`2006年9月出任TCL集团` → `TCL集团`), never past `end`.
fn clause_start(seg: &Seg, start: usize, end: usize) -> usize {
    let f = &seg.f;
    let mut s = start;
    loop {
        let before = s;
        s = after_date(f, s, end);
        if let Some((_, n)) = clause_verbs().at(f, s) {
            s += n;
        }
        if let Some(n) = dropped_prefix(seg, s, end) {
            s += n;
        }
        s += category_head(seg, s, end).unwrap_or(0);
        if s == before || s >= end {
            return s.min(end);
        }
    }
}

/// Past a date at `s` (`2006年9月`, `9月`, `3日`): digits followed by 年, 月 or 日, repeated.
fn after_date(f: &[char], mut s: usize, end: usize) -> usize {
    loop {
        let mut k = s;
        while k < end && f[k].is_ascii_digit() {
            k += 1;
        }
        if k > s && k < end && matches!(f[k], '年' | '月' | '日' | '号') {
            s = k + 1;
        } else {
            return s;
        }
    }
}
