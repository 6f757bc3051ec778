//! Zones named in a text ([`ZoneSpan`]), as facts: the page's zone index matched, and a bare
//! `经开区` read as the article's own zone. Apart from the pipeline because the other rules read
//! around the spans it returns.

use super::{at, charset, ends_with, Found, Seg};
use crate::lexicon::zone::{SuffixHits, ZoneIndex};
use crate::model::FactKind;

/// A zone named in a text: char span and canonical name. Other rules read around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneSpan {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

/// Zone mentions as facts; a bare `经开区` stands for the article's own zone. Returns the spans.
/// `hits` are the text's zone suffixes when the caller found them already (see
/// [`SuffixHits::of`]); else they are found here, and only in a text that writes a 区.
pub(super) fn zone_facts(
    seg: &Seg,
    hits: Option<&SuffixHits>,
    zones: &ZoneIndex,
    own: Option<&str>,
    found: &mut Vec<(FactKind, Found)>,
) -> Vec<ZoneSpan> {
    let mut spans: Vec<ZoneSpan> = Vec::new();
    if charset::next_of(&seg.f, 0, '区', '区').is_none() {
        return spans;
    }
    let found_here;
    let hits = match hits {
        Some(hits) => hits,
        None => {
            found_here = SuffixHits::of(&seg.f);
            &found_here
        }
    };
    for m in zones.find_hits(hits) {
        let (start, name) = match own {
            // `针对云网经开区`: a stray word read into the place name of the article's own zone.
            Some(own) if m.canonical != own && m.canonical.ends_with(own) => {
                let extra = m.canonical.chars().count() - own.chars().count();
                (m.start + extra, own.to_owned())
            }
            // `宜宾临港经开区` in an article whose zone the page writes in full elsewhere
            // (`四川宜宾临港经济技术开发区`, in another article): the page's name, as the
            // article's zone has it.
            Some(own) if crate::lexicon::zone::heads(own, &m.canonical) => {
                (m.start, own.to_owned())
            }
            _ => (m.start, m.canonical),
        };
        spans.push(ZoneSpan {
            start,
            end: m.end,
            name: name.clone(),
        });
        found.push((FactKind::Zone, Found::named(start, m.end, name)));
    }
    if let Some(own) = own {
        for (first, bare) in [
            ('经', "经开区"),
            ('开', "开发区"),
            ('高', "高新区"),
            ('经', "经济技术开发区"),
        ] {
            // The spans so far, by start, walked with a cursor: a paragraph naming 200,000
            // zones is one pass, not one pass per bare word.
            let mut covered: Vec<(usize, usize)> = spans.iter().map(|z| (z.start, z.end)).collect();
            covered.sort_unstable();
            let mut reach = 0usize;
            let mut cursor = 0usize;
            let mut i = 0;
            // Only the positions holding the word's first char are tried, found a chunk of
            // chars at a time; the cursor catches up there (the reach it finds is the same).
            while let Some(p) = charset::next_of(&seg.f, i, first, first) {
                i = p;
                while covered.get(cursor).is_some_and(|&(s, _)| s <= i) {
                    reach = reach.max(covered[cursor].1);
                    cursor += 1;
                }
                // A bare word stands for the article's zone when it is of that kind: no
                // `经开区` for `苏州工业园区` (an overview naming it once had every `经开区`
                // read as it). Asked last: a bare word is rare.
                if at(&seg.f, i, bare)
                    && reach <= i
                    && !names_all_zones(&seg.f, i)
                    && crate::lexicon::zone::is_of_kind(bare, own)
                    && !tails_a_name(seg, i)
                {
                    let end = i + bare.chars().count();
                    spans.push(ZoneSpan {
                        start: i,
                        end,
                        name: own.to_owned(),
                    });
                    found.push((FactKind::Zone, Found::named(i, end, own.to_owned())));
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
    }
    spans
}

/// Words before a bare kind of zone that make it the zones of a whole area or many of them
/// (`全省开发区工作会议`, `全市高新区`, `各经开区`, `部分开发区`, `国家级经开区`), not the
/// article's own zone, which `开发区` alone stands for (`开发区党工委`).
const ALL_ZONES: &[&str] = &[
    "全省",
    "全市",
    "全县",
    "全国",
    "各",
    "部分",
    "省级",
    "市级",
    "县级",
    "国家级",
    "首批",
    "个",
    "家",
];

/// The words a bare `开发区` may end (`国家级经济技术开发区`): the qualifier stands before them.
const STEMS: &[&str] = &[
    "高新技术产业",
    "新技术产业",
    "经济技术",
    "高新技术",
    "新技术",
    "经济",
];

/// Words a zone's name of a kind the index does not know ends in before its `开发区`
/// (`上海漕河泾新兴技术开发区`, `某某科技开发区`): the bare word is that zone's tail.
const NAME_STEMS: &[&str] = &["技术", "产业", "经济", "科技"];

/// Whether the bare kind of zone at `i` is the tail of another zone's name the index did not
/// read: written right after a kind stem ([`NAME_STEMS`]) or a proper name jieba knows
/// (`漕河泾开发区`, a place the lists lack). Such a tail is that zone, never the article's own:
/// read as it, another zone's mention was counted for the article's.
fn tails_a_name(seg: &Seg, i: usize) -> bool {
    use super::Pos;
    let before = &seg.f[..i];
    if NAME_STEMS.iter().any(|w| ends_with(before, w)) {
        return true;
    }
    let k = seg.toks.partition_point(|t| t.end < i);
    seg.toks.get(k).is_some_and(|t| t.end == i)
        && matches!(
            seg.pos(k),
            Pos::PlaceName | Pos::OrgName | Pos::OtherProper | Pos::PersonName
        )
}

/// Whether the bare kind of zone at `i` follows one of [`ALL_ZONES`], directly or before the
/// rest of a longer kind's name (`国家级经济技术开发区`: its `开发区` is no own zone either).
fn names_all_zones(f: &[char], i: usize) -> bool {
    let mut before = &f[..i];
    if let Some(stem) = STEMS.iter().find(|w| ends_with(before, w)) {
        before = &before[..before.len() - stem.chars().count()];
    }
    ALL_ZONES.iter().any(|w| ends_with(before, w))
}
