//! The county-level place of a project (`兴县`, `襄垣县`): one named with it, else one the
//! article names. Words that end like a district and are none (`园区`, `台湾地区`, `粤港澳
//! 大湾区`, `香港特区`), and a place named only where a person's career is told (`曾任苏州市
//! 吴中区区长` in an interviewee's profile), say nothing of where the project is.

use super::attach::Located;
use super::mentions::{key, ArticleText, Part, Span};
use crate::model::FactKind;

/// Suffixes of county-level places (the place a project is usually reported in).
const COUNTY: &[&str] = &["县", "旗", "区", "市"];
/// Names ending like a district that are not one.
const NOT_COUNTY: &[&str] = &[
    "园区",
    "开发区",
    "新区",
    "示范区",
    "景区",
    "城区",
    "社区",
    "片区",
    "矿区",
    "厂区",
    "功能区",
    "保税区",
    "产业区",
    "工业区",
    "港区",
    "校区",
    "街区",
    // A region, not a county: `台湾地区`, `粤港澳大湾区`, `香港特区`.
    "地区",
    "湾区",
    "特区",
];

/// Words of a sentence that tells a person's career (`曾任苏州市吴中区区长`): the places it
/// names are the person's offices, not where a project is.
const CAREER: &[&str] = &["曾任", "历任", "现任", "任职", "出生", "生于"];

/// Whether every place `spans` are written is inside a sentence telling someone's career.
fn only_in_careers(at: &ArticleText, spans: &[Span]) -> bool {
    !spans.is_empty()
        && spans.iter().all(|s| {
            let sentence: String = at.folded(&at.sentence(s)).iter().collect();
            CAREER.iter().any(|w| sentence.contains(w))
        })
}

/// The county-level place of the project: one named in a sentence with it first, else the first
/// the article names; counties before districts before cities. A place named only in the
/// sentences of the article's other projects (`others`) is theirs, not this one's
/// (`成都经开区（龙泉驿区）与吉利汽车签约…` gives the week's other projects no 龙泉驿区), and one
/// named only in a person's career ([`CAREER`]) is no project's.
pub fn place(
    at: &ArticleText,
    facts: &[Located<'_>],
    mentions: &[Span],
    others: &[Span],
) -> Option<String> {
    let sentences: Vec<Span> = mentions.iter().map(|m| at.sentence(m)).collect();
    let theirs: Vec<Span> = others.iter().map(|o| at.sentence(o)).collect();
    let items = brief_items(at);
    let own_items: Vec<usize> = mentions
        .iter()
        .filter_map(|m| items.get(m.text).copied().flatten())
        .collect();
    // In a page of briefs only the project's own item says where it is.
    let in_other_item = |spans: &[Span]| {
        !own_items.is_empty()
            && !spans.iter().any(|s| {
                items
                    .get(s.text)
                    .copied()
                    .flatten()
                    .is_some_and(|i| own_items.contains(&i))
            })
    };
    facts
        .iter()
        .filter(|l| l.fact.kind == FactKind::Place)
        .filter_map(|l| {
            let name = l.fact.name.clone().unwrap_or_else(|| l.fact.text.clone());
            let k = key(&name);
            // A part of a park (`园区东区`) is no county either.
            if NOT_COUNTY.iter().any(|n| k.ends_with(n)) || k.contains("园区") {
                return None;
            }
            let rank = COUNTY.iter().position(|c| k.ends_with(c))?;
            let with_project = l
                .spans
                .iter()
                .any(|s| sentences.iter().any(|t| t.contains(s)));
            if !with_project
                && !l.spans.is_empty()
                && l.spans.iter().all(|s| theirs.iter().any(|t| t.contains(s)))
            {
                return None;
            }
            if !with_project && (only_in_careers(at, &l.spans) || in_other_item(&l.spans)) {
                return None;
            }
            let first = l.spans.first().copied();
            Some((rank, !with_project, first, name))
        })
        .min_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)))
        .map(|(_, _, _, n)| n)
}

/// Marks that open an item of a news-in-brief column (`▲昆山开发区…`).
const ITEM_MARKS: &[char] = &['▲', '△', '■', '□', '●', '○', '◆', '◇', '★', '☆', '▶', '►'];

/// For each text of the article, the brief item it belongs to, when the article is a column of
/// briefs (two paragraphs or more opening with an item mark): an item runs from its marked
/// paragraph to the next. Titles, captions and paragraphs before the first item are in none.
/// Each item is its own story (`▲常州国家高新区（新北区）与宁德时代签约…` says nothing of where
/// the items before and after it are), though the page prints them as one article.
fn brief_items(at: &ArticleText) -> Vec<Option<usize>> {
    let marked = |t: &super::mentions::Text| {
        matches!(t.part, Part::Para(_))
            && t.orig
                .iter()
                .find(|c| !c.is_whitespace())
                .is_some_and(|c| ITEM_MARKS.contains(c))
    };
    if at.texts.iter().filter(|t| marked(t)).count() < 2 {
        return vec![None; at.texts.len()];
    }
    let mut item: Option<usize> = None;
    let mut n = 0;
    at.texts
        .iter()
        .map(|t| {
            if !matches!(t.part, Part::Para(_)) {
                return None;
            }
            if marked(t) {
                item = Some(n);
                n += 1;
            }
            item
        })
        .collect()
}
