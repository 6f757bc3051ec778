//! The per-article pipeline: every text of an article prepared once, each rule run over it in
//! order (dates, amounts, zones, organisations, people, projects, places, the tagger, lists),
//! the found facts placed, then the credits added, deduplicated and roads-built dropped. Apart
//! from the [`Extractor`]'s loading and public entry points, which do not change with the rules.

use super::agree;
use super::dedupe::dedupe;
use super::zones::zone_facts;
use super::{
    amounts, dates, lists, orgs, people, places, projects, table_cells, tagger, Extractor, Found,
    Place, Seg,
};
use crate::lexicon::names::is_han;
use crate::lexicon::zone::{SuffixHits, ZoneIndex};
use crate::model::{Article, Fact, FactKind, FactValue, Location};

impl Extractor {
    pub(super) fn extract_on(&self, article: &Article, when: &dates::Context) -> Vec<Fact> {
        let texts = article.paragraphs.len() + article.title.len() + article.captions.len();
        let mut segs: Vec<Seg> = Vec::with_capacity(texts);
        for (i, p) in article.paragraphs.iter().enumerate() {
            segs.push(self.seg(p, Place::Paragraph(i)));
        }
        for t in &article.title {
            segs.push(self.seg(t, Place::Elsewhere(Location::Title)));
        }
        for c in &article.captions {
            if let Some(text) = &c.text {
                segs.push(self.seg(text, Place::Elsewhere(Location::Caption)));
            }
        }
        // Zone names all end in 区: an article without one needs no index.
        let has_zone_suffix = article
            .title
            .iter()
            .chain(&article.paragraphs)
            // One char at a time: a single char is found with memchr, a set of two char by char.
            .any(|t| t.contains('区') || t.contains('區'));
        // Each text's zone suffixes, found once: the index learns from them and the text's
        // zones are read from them (finding them again per text had scanned every text twice).
        let hits = indexed_hits(&segs, has_zone_suffix);
        // Titles first, then paragraphs: the order the index learns a page's full names in.
        let zones = if has_zone_suffix {
            let of_place = |title: bool| {
                segs.iter()
                    .zip(&hits)
                    .filter(move |(s, _)| (s.place == Place::Elsewhere(Location::Title)) == title)
                    .filter_map(|(_, h)| h.as_ref())
            };
            ZoneIndex::from_hits(of_place(true).chain(of_place(false)))
        } else {
            ZoneIndex::default()
        };
        let mut per_seg: Vec<Vec<(FactKind, Found)>> = Vec::with_capacity(segs.len());
        for (seg, hits) in segs.iter().zip(&hits) {
            let mut found: Vec<(FactKind, Found)> = Vec::new();
            for d in dates::scan_in(&seg.f, when) {
                found.push((FactKind::Date, dated(d)));
            }
            for a in amounts::scan(&seg.f) {
                if let Some(fd) = amount(seg, a) {
                    found.push((fd.0, fd.1));
                }
            }
            let own = article.zone.as_deref();
            let zone_spans = zone_facts(seg, hits.as_ref(), &zones, own, &mut found);
            let org_spans = orgs::scan(seg, &zone_spans, &mut found);
            people::scan(self, seg, &zone_spans, &mut found);
            projects::scan(seg, &zone_spans, &mut found);
            places::scan(seg, &zone_spans, &org_spans, &mut found);
            // The tagger learnt Chinese: over a text with no Han (an English wire's paragraph) it
            // proposes any capitalised or common word (`China` a person, `actual` a body).
            if seg.f.iter().any(|&c| is_han(c)) {
                let words: Vec<(usize, usize)> =
                    seg.toks.iter().map(|t| (t.start, t.end)).collect();
                let spans = tagger::tag(&seg.f, &words);
                tagger::combine::add(self, seg, &zone_spans, &spans, &mut found);
            }
            lists::scan(seg, &mut found);
            places::drop_clocks(seg, &mut found);
            places::add_compounds(seg, &mut found);
            per_seg.push(found);
        }
        agree::bodies_stay_bodies(&segs, &mut per_seg);
        // Sized once: a fact is large, and growing the list copied every fact placed before.
        let placed: usize = per_seg.iter().map(Vec::len).sum();
        let mut facts = Vec::with_capacity(placed);
        for (seg, found) in segs.iter().zip(per_seg) {
            for (kind, fd) in found {
                facts.push(place_fact(seg, kind, fd));
            }
        }
        facts.extend(people::credits(article));
        let mut facts = dedupe(facts);
        projects::drop_roads_built(&mut facts);
        table_cells::add(article, &mut facts);
        facts
    }
}

/// The zone suffixes of each text the zone index learns from (titles and paragraphs, when the
/// article writes a 区 at all), in the order of `segs`; `None` for the others (captions), whose
/// suffixes [`zone_facts`] finds itself when it needs them.
fn indexed_hits(segs: &[Seg], has_zone_suffix: bool) -> Vec<Option<SuffixHits>> {
    segs.iter()
        .map(|s| {
            let indexed = matches!(
                s.place,
                Place::Paragraph(_) | Place::Elsewhere(Location::Title)
            );
            (has_zone_suffix && indexed).then(|| SuffixHits::of(&s.f))
        })
        .collect()
}

fn dated(d: dates::DateHit) -> Found {
    Found {
        start: d.start,
        end: d.end,
        // An unresolved date (a bare day on an undated page) keeps its text, value null.
        value: (!d.value.is_empty()).then_some(FactValue::Text(d.value)),
        flags: d.flags,
        ..Found::default()
    }
}

/// An amount as a fact: a count only with the noun it counts (`46 个项目`, `签约项目 12 个`),
/// since a bare `14 个` says nothing a reader can use.
fn amount(seg: &Seg, a: amounts::Amount) -> Option<(FactKind, Found)> {
    let counted = if a.counter {
        Some(super::counted::counted_noun(seg, a.start, a.end, &a.unit)?)
    } else {
        None
    };
    Some((
        a.kind,
        Found {
            start: a.start,
            end: a.end,
            value: a.value.and_then(|v| v.to_json()).map(FactValue::Number),
            unit: Some(a.unit),
            flags: a.flags,
            attribute: a.attribute.map(str::to_owned),
            counted,
            ..Found::default()
        },
    ))
}

fn place_fact(seg: &Seg, kind: FactKind, fd: Found) -> Fact {
    let (paragraph, location) = match seg.place {
        Place::Paragraph(i) => (Some(i), None),
        Place::Elsewhere(l) => (None, Some(l)),
    };
    Fact {
        kind,
        attribute: fd.attribute,
        counted: fd.counted,
        text: seg.text(fd.start, fd.end),
        value: fd.value,
        unit: fd.unit,
        name: fd.name,
        role: fd.role,
        flags: fd.flags,
        paragraph,
        location,
        start: fd.start,
        end: fd.end,
    }
}
