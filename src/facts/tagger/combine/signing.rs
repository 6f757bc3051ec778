//! A name that signs with a zone or a body (`比亚迪与园区签署合作协议`): a company, not the
//! person the tagger proposes there. Apart from the person rules because it reads the clause
//! after the name, not the name.

use crate::facts::{at, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::lexicon::places::is_place;

/// The verbs of a signing, ending the partner named after `与` (`签署`, `签约`, `签订`).
const SIGNING: &[&str] = &["签署", "签约", "签订", "签下"];

/// What a partner that is a body or a zone ends in (`园区`, `西安高新区管委会`, `宜宾市政府`):
/// a person signs with people, a company with these.
const BODY_ENDS: &[&str] = &[
    "园区",
    "政府",
    "管委会",
    "委员会",
    "公司",
    "集团",
    "银行",
    "大学",
    "学院",
    "研究院",
    "区",
    "市",
    "县",
    "省",
    "局",
    "厅",
    "委",
    "镇",
];

/// How far after `与` a signing verb may stand: a body's name.
const PARTNER_REACH: usize = 20;

/// Whether the name ending at `end` signs with a zone or a body: `与` (`和`, `同`), the partner
/// (a zone, a place, or a name ending in a body's word), then a signing verb, in one run of Han
/// chars (`比亚迪与园区签署合作协议`, `宁德时代与宜宾市政府签订…`).
pub(super) fn signs_with_a_body(seg: &Seg, zones: &[ZoneSpan], end: usize) -> bool {
    let f = &seg.f;
    if !matches!(f.get(end), Some('与' | '和' | '同')) {
        return false;
    }
    let from = end + 1;
    let to = f.len().min(from + PARTNER_REACH);
    let Some(verb) = (from + 1..to)
        .take_while(|&k| is_han(f[k - 1]))
        .find(|&k| SIGNING.iter().any(|v| at(f, k, v)))
    else {
        return false;
    };
    let partner = &f[from..verb];
    zones.iter().any(|z| z.start == from && z.end <= verb)
        || is_place(partner)
        || BODY_ENDS
            .iter()
            .any(|w| crate::facts::ends_with(partner, w))
}
