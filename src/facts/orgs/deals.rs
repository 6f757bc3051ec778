//! Companies named by their brand alone where a deal says it is one: the partner a zone signs
//! with (`常州国家高新区与宁德时代签约`) and the subject of an investment or an announcement
//! (`宁德时代拟斥资130亿元`, `宁德时代公告称`). Such a name has no suffix to read it back from,
//! and the tagger took its place head for a person (`宁德`) or the whole for a place. A listed
//! company written with its stock code (`恒力石化（600346）公告`) is one too, whatever deal
//! follows. Apart from [`super::scan`], which reads names from their suffixes.

use super::left_edge::name_start;
use super::{clause_start, is_generic, past_parent};
use crate::facts::{at, Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::{is_han, is_surname};
use crate::model::FactKind;

/// The verbs of a signing that end the partner named after `与` (`与宁德时代签约`).
const SIGNING: &[&str] = &["签约", "签署", "签订"];

/// What a company does that opens right after its name at a clause's start
/// (`宁德时代拟斥资`, `宁德时代公告称`).
const DEEDS: &[&str] = &["拟斥资", "拟投资", "拟投建", "公告称", "发布公告"];

/// Longest brand read (chars): `宁德时代`, `国仪量子`, `长鑫存储`.
const MAX_BRAND: usize = 6;

/// Words a run ends in that make it a kind of thing or a body the suffix rules read, no brand
/// (`企业`, `项目`, `政府`).
const GENERIC_ENDS: &[&str] = &[
    "企业", "项目", "公司", "集团", "政府", "部门", "单位", "园区", "双方", "方面", "市场", "地区",
    "城市",
];

/// Organisations named in a deal in `seg` (see the module doc), pushed to `out` where no fact
/// found so far overlaps them.
pub(super) fn scan(seg: &Seg, zone_spans: &[ZoneSpan], out: &mut Vec<(FactKind, Found)>) {
    let f = &seg.f;
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, &c) in f.iter().enumerate() {
        if matches!(c, '（' | '(') && stock_code_at(f, i + 1) {
            if let Some((s, e)) = listed_before(seg, i, zone_spans) {
                let overlaps = out.iter().any(|(_, fd)| fd.start < e && s < fd.end)
                    || found.iter().any(|&(a, b)| a < e && s < b);
                if !overlaps {
                    found.push((s, e));
                }
            }
            continue;
        }
        let span = if matches!(c, '与' | '同') {
            partner_after(f, i + 1)
        } else if i == 0 || (!is_han(f[i - 1]) && !f[i - 1].is_ascii_alphanumeric()) {
            subject_at(f, i)
        } else {
            None
        };
        let Some((s, e)) = span else { continue };
        let overlaps = out.iter().any(|(_, fd)| fd.start < e && s < fd.end)
            || found.iter().any(|&(a, b)| a < e && s < b);
        if !overlaps && is_brand(seg, s, e) {
            found.push((s, e));
        }
    }
    for (s, e) in found {
        out.push((FactKind::Organization, Found::named(s, e, seg.folded(s, e))));
    }
}

/// Labels a stock code may follow inside its brackets (`（股票代码：300750）`).
const CODE_LABELS: &[&str] = &["股票代码", "证券代码", "代码"];

/// Whether a stock code fills the brackets opened right before `from` and closes them: four to
/// six digits (`300750`, `00700`), maybe after a label ([`CODE_LABELS`]) and before an
/// exchange's letters (`.SZ`, `.HK`). A year or a count in brackets (`（2025）`, `（3家）`) is
/// none: a year is four digits too, so four need the exchange's letters or the label.
fn stock_code_at(f: &[char], from: usize) -> bool {
    let mut k = from;
    let mut labelled = false;
    if let Some(w) = CODE_LABELS.iter().find(|w| at(f, k, w)) {
        k += w.chars().count();
        if !matches!(f.get(k), Some('：' | ':')) {
            return false;
        }
        k += 1;
        labelled = true;
    }
    let digits = f[k.min(f.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    k += digits;
    let mut exchange = false;
    if f.get(k) == Some(&'.') {
        let letters = f[(k + 1).min(f.len())..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if !(1..=2).contains(&letters) {
            return false;
        }
        k += 1 + letters;
        exchange = true;
    }
    let sized = match digits {
        5 | 6 => true,
        4 => labelled || exchange,
        _ => false,
    };
    sized && matches!(f.get(k), Some('）' | ')'))
}

/// The company's name before the stock code's bracket at `open`, read back as a suffix's name
/// is (to punctuation, a stop word or a verb, past a date and a parent's words): two to twelve
/// chars, Han or Latin (`TCL科技`), no kind of thing (`公司（600346）`).
fn listed_before(seg: &Seg, open: usize, zone_spans: &[ZoneSpan]) -> Option<(usize, usize)> {
    let f = &seg.f;
    let start = past_parent(
        f,
        clause_start(seg, name_start(seg, open, zone_spans), open),
        open,
    );
    let name = f.get(start..open)?;
    let fits = (2..=12).contains(&name.len())
        && name.iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric())
        && name.iter().any(|&c| is_han(c))
        && !is_generic(name)
        && !GENERIC_ENDS
            .iter()
            .any(|w| name.iter().copied().eq(w.chars()));
    fits.then_some((start, open))
}

/// The partner after `与` at `from`: Han chars up to a signing verb (`与宁德时代签约`).
fn partner_after(f: &[char], from: usize) -> Option<(usize, usize)> {
    let to = f.len().min(from + MAX_BRAND + 1);
    let end = (from + 2..to)
        .take_while(|&k| is_han(f[k - 1]))
        .find(|&k| SIGNING.iter().any(|v| at(f, k, v)))?;
    Some((from, end))
}

/// The company opening a clause at `from`: Han chars up to one of its [`DEEDS`].
fn subject_at(f: &[char], from: usize) -> Option<(usize, usize)> {
    let to = f.len().min(from + MAX_BRAND + 1);
    let end = (from + 2..to)
        .take_while(|&k| is_han(f[k - 1]))
        .find(|&k| DEEDS.iter().any(|v| at(f, k, v)))?;
    Some((from, end))
}

/// Whether `s..e` reads as a brand: not shaped like a person's name (a surname and one or two
/// chars: `与张伟签约` is a player's contract), no kind of thing ([`GENERIC_ENDS`]), and jieba's
/// words in it a proper name first (a place, a body, a brand: `宁德/时代`) and nouns after it,
/// or one body or brand jieba knows whole. A clause's subject that is a pronoun, a date or a
/// verb (`该项目`, `今年`, `计划`) is none.
fn is_brand(seg: &Seg, s: usize, e: usize) -> bool {
    let chars = &seg.f[s..e];
    if chars.len() < 2
        || (chars.len() <= 3 && is_surname(chars[0]))
        || GENERIC_ENDS
            .iter()
            .any(|w| crate::facts::ends_with(chars, w))
    {
        return false;
    }
    let first = seg.toks.partition_point(|t| t.start < s);
    let last = seg.toks.partition_point(|t| t.end <= e);
    if seg.toks.get(first).is_none_or(|t| t.start != s)
        || seg.toks.get(last - 1).is_none_or(|t| t.end != e)
        || last <= first
    {
        return false;
    }
    // A city jieba tags a name alone (`宁德`), which the lists hold only with its suffix
    // (`宁德市`), is asked of them so.
    let proper = |k: usize| {
        let word = &seg.f[seg.toks[k].start..seg.toks[k].end];
        matches!(seg.pos(k), Pos::PlaceName | Pos::OrgName | Pos::OtherProper)
            || crate::lexicon::places::is_place_or_city(word)
    };
    if last - first == 1 {
        return matches!(seg.pos(first), Pos::OrgName | Pos::OtherProper);
    }
    proper(first) && (first + 1..last).all(|k| seg.pos(k) == Pos::Noun)
}
