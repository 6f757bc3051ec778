//! Bodies jieba's dictionary names (`nt`) that neither the rules nor the tagger read.

use crate::facts::charset::word_list;
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
    add_ministries(seg, zones, roles, found);
    for k in 0..seg.toks.len() {
        let t = &seg.toks[k];
        let (s, e) = (t.start, t.end);
        if e < s + 2 || !seg.f.get(e - 1).is_some_and(|c| BODY_LAST.contains(c)) {
            continue;
        }
        if seg.pos(k) == Pos::OrgName {
            add_if_free(seg, zones, roles, found, s, e);
        }
    }
}

/// Adds `s..e` as an organisation unless a fact, a zone or a person's role covers any of it.
fn add_if_free(
    seg: &Seg,
    zones: &[ZoneSpan],
    roles: &[(usize, usize)],
    found: &mut Vec<(FactKind, Found)>,
    s: usize,
    e: usize,
) {
    if roles.iter().any(|&(a, b)| a < e && s < b)
        || zones.iter().any(|z| z.start < e && s < z.end)
        || found.iter().any(|(_, f)| f.start < e && s < f.end)
    {
        return;
    }
    found.push((FactKind::Organization, Found::named(s, e, seg.folded(s, e))));
}

/// China's ministries the press names bare (`记者从教育部了解到`, `中组部、人事部`), State
/// Council ministries since 1998 and today's: those jieba's dictionary tags a common noun
/// (`教育部`, `人事部`, `公安部`) or does not know (`工信部`, `生态环境部`), which [`add`]'s
/// `nt` words miss. The rest (`外交部`, `财政部`) jieba tags `nt` already.
const MINISTRIES: &[&str] = &[
    "教育部",
    "科技部",
    "公安部",
    "水利部",
    "文化部",
    "人事部",
    "劳动部",
    "监察部",
    "审计署",
    "工信部",
    "工业和信息化部",
    "人社部",
    "人力资源和社会保障部",
    "自然资源部",
    "生态环境部",
    "住建部",
    "住房和城乡建设部",
    "交通运输部",
    "农业农村部",
    "文化和旅游部",
    "退役军人事务部",
    "应急管理部",
];

word_list!(ministry_words, MINISTRIES);

/// Adds each of [`MINISTRIES`] written where jieba's words start and end (not `宗教部门`'s
/// chars) that no fact, zone or person's role covers (`教育部部长陈至立` holds it in a role).
fn add_ministries(
    seg: &Seg,
    zones: &[ZoneSpan],
    roles: &[(usize, usize)],
    found: &mut Vec<(FactKind, Found)>,
) {
    let words = ministry_words();
    for s in words.starts_in(&seg.f) {
        let Some((_, n)) = words.at(&seg.f, s) else {
            continue;
        };
        let e = s + n;
        if seg.is_boundary(s) && seg.is_boundary(e) {
            // A body proposed inside the ministry's name is a cut of it (`工业和|信息化部`).
            found.retain(|(k, f)| {
                !(*k == FactKind::Organization && s <= f.start && f.end <= e && f.end - f.start < n)
            });
            add_if_free(seg, zones, roles, found, s, e);
        }
    }
}
