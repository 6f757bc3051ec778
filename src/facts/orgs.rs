//! Organisations: a name ending in an organisation suffix (`有限公司`, `集团`, `学校`, `局`),
//! read back to where the noun phrase starts, extended over a nested unit
//! (`某某集团有限公司某某分公司`), with the zone prefix canonicalised.

use super::charset::{text_between, word_list};
use super::{Found, Seg, ZoneSpan};
use crate::model::FactKind;

mod clause;
mod compounds;
mod deals;
mod extent;
mod function_words;
mod gatherings;
mod generic;
mod latin_alias;
mod left_edge;
mod proposed;
mod suffix;
mod zone_named;
use clause::clause_start;
pub use compounds::in_compound;
pub use extent::bracketed_place_before;
use extent::{bracketed_place_after, institute_end, nested_end, subsidiary_end};
pub(crate) use function_words::function_tag;
use generic::{is_generic, is_kind_of_body, is_level_government};
use left_edge::name_start;
pub use proposed::proposed;

/// Whether `c` is a char an organisation's name is not read back across (`由`, `在`, `与`).
pub fn stops_a_name(c: char) -> bool {
    left_edge::STOP_SET.contains(c)
}
use suffix::{
    after_inner_verb, body_shortly_before, headed_by_a_body, names_a_factory, suffix_ends_word,
};

/// Suffixes, longest first.
const SUFFIXES: &[&str] = &[
    // A registered partnership's form (`…企业管理中心合伙企业（有限合伙）`, `…投资中心（普通合伙）`):
    // the bracket ends its name, where a bracket elsewhere ends a name read back.
    "（有限合伙）",
    "（普通合伙）",
    "(有限合伙)",
    "(普通合伙)",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    // A Japanese company's form (`东丽株式会社`).
    "株式会社",
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

/// Suffixes of a company (not of a government body): a company named after its zone is no
/// mention of the zone ([`zone_named`]).
const COMPANIES: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "公司", "集团"];

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

/// Organisations in one text; returns their spans so places inside them are not repeated.
pub fn scan(
    seg: &Seg,
    zone_spans: &[ZoneSpan],
    out: &mut Vec<(FactKind, Found)>,
) -> Vec<(usize, usize)> {
    let f = &seg.f;
    let suffixes = scanned_words();
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
            .filter(|(s, _)| !matches!(*s, "局" | "厅" | "厂" | "中心"))
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
        // Most `中心` follow no body jieba knows (`研发中心`, `市中心`): turned down before the
        // name is read back.
        if suf == "中心" && !is_partnership(f, end) && !body_shortly_before(seg, i) {
            i = end;
            continue;
        }
        let mut start = past_parent(f, clause_start(seg, name_start(seg, i, zone_spans), i), i);
        if suf == "厂" {
            start = after_inner_verb(seg, start, i);
        }
        if start < i
            && !is_generic(&f[start..i])
            && !is_level_government(&f[start..end])
            && !is_kind_of_body(seg, start, i, end)
            && (suf != "厂" || names_a_factory(seg, start, end, zone_spans))
            && (suf != "中心" || is_partnership(f, end) || headed_by_a_body(seg, start, i))
        {
            let start = if COMPANIES.contains(&suf) {
                zone_named::company_start(seg, start, i, zone_spans, out)
            } else {
                start
            };
            let name = canonical_name(seg, start, end, zone_spans);
            spans.push((start, end));
            out.push((FactKind::Organization, Found::named(start, end, name)));
        }
        i = end;
    }
    latin_alias::scan(seg, zone_spans, &mut spans, out);
    let named = out.len();
    deals::scan(seg, zone_spans, out);
    spans.extend(out[named..].iter().map(|(_, fd)| (fd.start, fd.end)));
    spans
}

/// Past a parent's word for its subsidiary before the subsidiary's name (`公司全资子公司宁德时代
/// （江苏）新能源科技有限公司`, an announcement's way): `公司`, `本公司`, `全资`, `控股` and
/// `子公司` say whose it is, not what it is called.
pub(super) fn past_parent(f: &[char], start: usize, suffix_start: usize) -> usize {
    let mut s = start;
    for word in [
        &["本公司", "该公司", "公司"][..],
        &["全资", "控股", "参股"],
        &["子公司"],
    ] {
        if let Some(w) = word.iter().find(|w| crate::facts::at(f, s, w)) {
            s += w.chars().count();
        }
    }
    // Only a parent's word that leaves a name before the suffix goes.
    let named = s > start && s < suffix_start && crate::facts::at(f, s - 3, "子公司");
    if named {
        s
    } else {
        start
    }
}

/// Whether the name read to `end` ends in a registered partnership's form (`…投资中心（有限
/// 合伙）`): a registered name, whatever unit word comes before the form.
fn is_partnership(f: &[char], end: usize) -> bool {
    end >= 3 && matches!(f[end - 3..end], ['合', '伙', '）' | ')'])
}

word_list!(
    /// The suffixes, longest first, so the first match at a position is the longest.
    suffix_words,
    SUFFIXES
);

/// Units a body names after itself that are no suffix of a body alone (`中国电信西北数据中心`,
/// but `技术中心研发部` is a post's unit, `市中心` a place): read by the suffix scan, a name
/// only behind a body jieba knows ([`headed_by_a_body`]).
const UNITS: &[&str] = &["中心"];

word_list!(
    /// The suffixes the scan reads: [`SUFFIXES`] and [`UNITS`].
    scanned_words,
    &SUFFIXES.iter().chain(UNITS).copied().collect::<Vec<&str>>()
);

word_list!(nested_words, NESTED);

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
