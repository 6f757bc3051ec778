//! A company named after the zone it is in (`安徽巢湖经济开发区诚信建设投资（集团）有限公司`, the
//! zone's own investment company): the zone's name is part of the company's, not a mention of
//! the zone, and the province written before it is part of the name too.

use crate::facts::{Found, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::lexicon::places::place_at_end;
use crate::model::FactKind;

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
