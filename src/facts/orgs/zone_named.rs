//! A company named after the zone it is in (`安徽巢湖经济开发区诚信建设投资（集团）有限公司`, the
//! zone's own investment company): the zone's name is part of the company's, not a mention of
//! the zone, and the province written before it is part of the name too.

use crate::facts::{Found, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::lexicon::places::place_at_end;
use crate::model::FactKind;

/// Words of the trade of a zone's own company (`诚信建设投资`, `城市建设投资`, `城投`): it
/// builds, invests in, develops or runs the zone. A company sited in a zone is named by its
/// own brand (`万华化学集团`).
const ZONE_FIRM_WORDS: &[&str] = &[
    "建设", "投资", "发展", "开发", "城投", "城建", "资产", "运营", "国资", "实业", "控股", "管理",
];

/// Whether the name written between a zone and a company's suffix is a zone's own firm's
/// (see [`ZONE_FIRM_WORDS`]).
fn names_a_zone_firm(rest: &[char]) -> bool {
    ZONE_FIRM_WORDS.iter().any(|w| {
        rest.windows(w.chars().count())
            .any(|x| x.iter().copied().eq(w.chars()))
    })
}

/// Where a company's name read back to `start` (its suffix at `suffix_start`) starts, when a
/// zone opens it with more of the name after the zone: over a place written right before the
/// zone at a clause's edge (`安徽`), and the zone's facts inside the name dropped from `out`.
/// Any other name starts at `start`.
pub(super) fn company_start(
    seg: &Seg,
    start: usize,
    suffix_start: usize,
    zone_spans: &[ZoneSpan],
    out: &mut Vec<(FactKind, Found)>,
) -> usize {
    let f = &seg.f;
    let Some(zone) = zone_spans
        .iter()
        .find(|z| z.start == start && z.end < suffix_start)
    else {
        return start;
    };
    // `烟台经济技术开发区万华化学集团股份有限公司`: a company of its own sited in the zone; the
    // zone is a fact, the company's name what follows it.
    let rest = f.get(zone.end..suffix_start).unwrap_or_default();
    if rest.len() >= 2 && !names_a_zone_firm(rest) {
        return zone.end;
    }
    let before = f.get(..zone.start).unwrap_or_default();
    let head = place_at_end(before)
        .map(<[char]>::len)
        .filter(|&n| before.len() == n || !is_han(before[before.len() - n - 1]))
        .unwrap_or(0);
    let new_start = zone.start - head;
    out.retain(|(k, fd)| {
        !((*k == FactKind::Zone && fd.start >= new_start && fd.end <= suffix_start)
            || (*k == FactKind::Place && fd.start >= new_start && fd.end <= zone.start))
    });
    new_start
}
