//! Bodies jieba's dictionary names (`nt`) that neither the rules nor the tagger read.

use crate::facts::{Found, Pos, Seg, ZoneSpan};
use crate::model::FactKind;

/// Last chars of the words [`add`] asks jieba's tag of: bodies end in them (`联合国`, `致公党`,
/// `财政部`, `新华社`), and asking only there keeps the tag lookups off nearly every word. Not
/// `行`, `会`, `所`: jieba tags kinds of bank, gathering and place so too (`商业银行`,
/// `音乐会`, `公共场所`).
const BODY_LAST: &[char] = &[
    '国', '党', '部', '委', '社', '院', '署', '团', '军', '局', '厅', '校',
];

/// Adds each word jieba's dictionary tags as an organisation on its own (`联合国维和五十年`,
/// `致公党要切实…`, where the tagger proposed nothing): a name the press writes bare, which
/// no suffix rule reads. A word some fact already covers, or inside the role written before a
/// person (`党工委委员、尚卓集团董事长王红德`: a post, not a body the text names), is left.
pub fn add(
    seg: &Seg,
    zones: &[ZoneSpan],
    roles: &[(usize, usize)],
    found: &mut Vec<(FactKind, Found)>,
) {
    for k in 0..seg.toks.len() {
        let t = &seg.toks[k];
        let (s, e) = (t.start, t.end);
        if e < s + 2 || !seg.f.get(e - 1).is_some_and(|c| BODY_LAST.contains(c)) {
            continue;
        }
        if seg.pos(k) != Pos::OrgName
            || roles.iter().any(|&(a, b)| a < e && s < b)
            || zones.iter().any(|z| z.start < e && s < z.end)
            || found.iter().any(|(_, f)| f.start < e && s < f.end)
        {
            continue;
        }
        found.push((
            FactKind::Organization,
            Found {
                start: s,
                end: e,
                name: Some(seg.folded(s, e)),
                ..Found::default()
            },
        ));
    }
}
