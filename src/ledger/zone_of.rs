//! The zone of one project of an article. An article may name several zones (`贵阳高新区` for
//! one project, `贵阳经开区` for the next, a weekly report's title zone and another park's
//! signing): each project is in the zone its own words name, and only where they name none in
//! the article's, so that a zone another project's sentence names is not given to it.

use super::mentions::{key, ArticleText, Part, Span};
use crate::model::{Article, FactKind};
use crate::text::fold::fold;

/// How a company's name ends (folded): a zone in such a name is no place.
const FIRM_ENDS: &[&str] = &["公司", "集团"];

/// The zone one project of an article is in: the one zone its clause names, else the one its
/// sentence names (`…项目落户贵阳高新区`, `贵阳经开区签约项目6个，包括…项目`), the mentions
/// that name one agreeing; else the article's zone ([`fallback`]). A sentence naming two zones
/// says nothing of which is the project's.
pub fn project_zone(
    article: &Article,
    at: &ArticleText,
    mentions: &[Span],
    others: &[Span],
) -> Option<String> {
    // Every zone written in the article, as each occurrence of its text. A bare kind
    // (`经开区`, read as the article's own zone) occurs inside every zone of that kind and
    // says nothing of which: left out.
    // A company named for a zone (`山西转型综改示范区建设投资集团`) invests where it likes:
    // the zone in its name says nothing of where its project is.
    let firms: Vec<Span> = article
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Organization)
        .filter(|f| {
            let k = key(&f.text);
            FIRM_ENDS.iter().any(|e| k.ends_with(e))
        })
        .flat_map(|f| at.occurrences(f))
        .collect();
    let mut named: Vec<(&str, Span)> = Vec::new();
    for f in article.facts.iter().filter(|f| f.kind == FactKind::Zone) {
        let Some(name) = f.name.as_deref() else {
            continue;
        };
        if crate::lexicon::zone::is_bare_kind(&fold(&key(&f.text))) {
            continue;
        }
        named.extend(
            at.occurrences(f)
                .into_iter()
                .filter(|s| !firms.iter().any(|c| c.contains(s) && c != s))
                .map(|s| (name, s)),
        );
    }
    if named.is_empty() {
        return article.zone.clone();
    }
    let one_in = |within: &Span| -> Option<Option<&str>> {
        let mut found = named.iter().filter(|(_, s)| within.contains(s));
        let first = found.next()?.0;
        Some(found.all(|(n, _)| *n == first).then_some(first))
    };
    let mut own: Option<&str> = None;
    for m in mentions {
        let said = match one_in(&at.clause(m)) {
            Some(z) => z,
            None => one_in(&at.sentence(m)).flatten(),
        };
        match (own, said) {
            (_, None) => {}
            (None, Some(z)) => own = Some(z),
            (Some(y), Some(z)) if y == z => {}
            // Two mentions in two zones: neither is sure.
            (Some(_), Some(_)) => return fallback(article, at, &named, others),
        }
    }
    match own {
        Some(z) => Some(z.to_owned()),
        None if in_brief_items(at, mentions) => brief_zone(at, &named, mentions),
        None => fallback(article, at, &named, others),
    }
}

/// Marks that open each item of a brief list (`▲漕河泾开发区…项目竣工`, `●…`, `■…`).
const ITEM_MARKS: &[char] = &[
    '▲', '△', '●', '○', '■', '□', '◆', '◇', '★', '☆', '►', '▶', '•',
];

/// Whether every mention stands in a paragraph that opens with an item mark: an item of a
/// brief list (简讯, 快讯), a news item of its own whose zone is its own words' or none.
fn in_brief_items(at: &ArticleText, mentions: &[Span]) -> bool {
    !mentions.is_empty()
        && mentions.iter().all(|m| {
            at.texts.get(m.text).is_some_and(|t| {
                matches!(t.part, Part::Para(_))
                    && t.orig
                        .iter()
                        .find(|c| !c.is_whitespace())
                        .is_some_and(|c| ITEM_MARKS.contains(c))
            })
        })
}

/// The zone of a brief item's project: the one zone its item names, else the one the title
/// names (`金桥开发区快讯`), else none. Until stop 53 the article's zone, which in a brief list
/// is the zone of whichever item named one (`▲漕河泾开发区…项目竣工` took the next item's
/// `金桥经济技术开发区`).
fn brief_zone(at: &ArticleText, named: &[(&str, Span)], mentions: &[Span]) -> Option<String> {
    let one = |keep: &dyn Fn(&Span) -> bool| -> Option<String> {
        let mut spans = named.iter().filter(|(_, s)| keep(s));
        let first = spans.next()?.0;
        spans.all(|(n, _)| *n == first).then(|| first.to_owned())
    };
    let items: Vec<usize> = mentions.iter().map(|m| m.text).collect();
    one(&|s: &Span| items.contains(&s.text)).or_else(|| {
        one(&|s: &Span| {
            at.texts
                .get(s.text)
                .is_some_and(|t| matches!(t.part, Part::Title(_)))
        })
    })
}

/// The article's zone, unless only the other projects' sentences name it: then the first of
/// the article's other zones named outside them, if any, and none when the article names
/// several. An article whose zone is unsaid (none, or several with none first) gives its
/// projects none: a zone is never guessed.
fn fallback(
    article: &Article,
    at: &ArticleText,
    named: &[(&str, Span)],
    others: &[Span],
) -> Option<String> {
    let zone = article.zone.as_deref()?;
    if others.is_empty() {
        return Some(zone.to_owned());
    }
    let theirs: Vec<Span> = others.iter().map(|o| at.sentence(o)).collect();
    let outside = |z: &str| {
        named
            .iter()
            .any(|(n, s)| *n == z && !theirs.iter().any(|t| t.contains(s)))
    };
    if outside(zone) {
        return Some(zone.to_owned());
    }
    if let Some(other) = article.zones.iter().find(|z| outside(z)) {
        return Some(other.clone());
    }
    // Every zone of an article naming several is another project's (`贵阳高新区当天也签下
    // 一批项目：…；…贵阳经开区签约项目6个…`, on a page about a third area's signing): which
    // is this one's is unsaid. An article of one zone is about it, said where it is.
    let several = named.iter().any(|(n, _)| *n != zone);
    (!several).then(|| zone.to_owned())
}

/// Whether every mention of a project is a table row's (three cells or more) that names a place
/// and no zone (`德布勒森电池工厂二期  匈牙利  73.4`, `…生产基地二期  河南洛阳  68`): the row
/// says where the project is, outside any zone the article names, so the article's zone is no
/// guess for it. Until stop 54 each such row took the zone of the article's prose.
pub fn rows_place_it_outside(article: &Article, at: &ArticleText, mentions: &[Span]) -> bool {
    !mentions.is_empty()
        && mentions.iter().all(|m| {
            let Some(Part::Para(p)) = at.texts.get(m.text).map(|t| t.part) else {
                return false;
            };
            let row = article
                .paragraphs
                .get(p)
                .is_some_and(|row| crate::text::cells::row_cells(row).len() >= 3);
            let in_row = |kind: FactKind| {
                article.facts.iter().any(|f| {
                    f.kind == kind && f.paragraph == Some(p) && !m.contains(&fact_span(f, m))
                })
            };
            row && in_row(FactKind::Place) && !in_row(FactKind::Zone)
        })
}

/// A fact's span in the mention's text (its paragraph), to tell a place inside the project's
/// own name (`比亚迪西安…项目`) from the row's place cell.
fn fact_span(f: &crate::model::Fact, m: &Span) -> Span {
    Span {
        text: m.text,
        start: f.start,
        end: f.end,
    }
}
