//! Which development zones an article is about, most central first, and whether one of them is
//! central enough to file the article under (`Article::zone`).
//!
//! A zone named in a title is what the article is about. Without one, the zone mentioned most
//! (then first) leads; but an article listing many zones alike (`全省 14 个经开区…`) is about
//! none of them in particular and is filed under no zone.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;

use super::zone::{SuffixHits, ZoneIndex, ZoneKey};
use crate::model::Article;

/// Above this many zones, the leading one must be mentioned more often than the next to be
/// central.
const FEW_ZONES: usize = 2;

/// An article's zones, most central first, and whether the first is the article's zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleZones {
    pub zones: Vec<String>,
    pub central: bool,
}

/// The zone suffixes of one article's texts, found once for both learning the page's names
/// and ranking the article's own. Each text is read where a 区 is, not folded whole
/// ([`SuffixHits::of_text`]).
struct Hits {
    titles: Vec<SuffixHits>,
    /// Paragraphs, then captions.
    body: Vec<SuffixHits>,
    /// How many of `body` are paragraphs (captions follow and teach the page nothing).
    paragraphs: usize,
}

impl Hits {
    fn of(a: &Article) -> Hits {
        let of = |t: &String| SuffixHits::of_text(t);
        Hits {
            titles: a.title.iter().map(of).collect(),
            body: a
                .paragraphs
                .iter()
                .chain(a.captions.iter().filter_map(|c| c.text.as_ref()))
                .map(of)
                .collect(),
            paragraphs: a.paragraphs.len(),
        }
    }

    /// The texts the page's zone index learns from: titles and paragraphs.
    fn learned(&self) -> impl Iterator<Item = &SuffixHits> {
        self.titles.iter().chain(&self.body[..self.paragraphs])
    }
}

/// Every article's zones: the page's zone names are learned from every article's titles and
/// paragraphs (a kicker line or a full name in one article tells how another's short mention
/// reads), then each article's mentions are ranked.
pub fn page_zones(articles: &[Article]) -> Vec<ArticleZones> {
    let hits: Vec<Hits> = articles.iter().map(Hits::of).collect();
    let index = ZoneIndex::from_hits(hits.iter().flat_map(Hits::learned));
    hits.iter().map(|h| rank(&index, h)).collect()
}

/// The zones one article names, ranked. Mentions are counted by their borrowed names
/// ([`ZoneKey`]); a name is built once per distinct zone, not once per mention.
fn rank(index: &ZoneIndex, a: &Hits) -> ArticleZones {
    let mut titled: Vec<ZoneKey<'_>> = Vec::new();
    for t in &a.titles {
        for (key, _, _) in index.find_keys(t) {
            if !titled.contains(&key) {
                titled.push(key);
            }
        }
    }
    // zone → (mentions, first mention), in first-mention order
    let mut body: Vec<(ZoneKey<'_>, (usize, usize))> = Vec::new();
    let mut at: FxHashMap<ZoneKey<'_>, usize> = FxHashMap::default();
    let mut order = 0;
    for p in &a.body {
        for (key, _, _) in index.find_keys(p) {
            match at.entry(key) {
                Entry::Occupied(e) => body[*e.get()].1 .0 += 1,
                Entry::Vacant(e) => {
                    e.insert(body.len());
                    body.push((key, (1, order)));
                }
            }
            order += 1;
        }
    }
    let mut ranked: Vec<(ZoneKey<'_>, (usize, usize))> = body
        .into_iter()
        .filter(|(z, _)| !titled.contains(z))
        .collect();
    // First mentions differ, so the order is total: most mentioned, then first mentioned.
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    let central =
        !titled.is_empty() || ranked.len() <= FEW_ZONES || ranked[0].1 .0 > ranked[1].1 .0;
    let zones = titled
        .iter()
        .chain(ranked.iter().map(|(z, _)| z))
        .map(ZoneKey::name)
        .collect();
    ArticleZones {
        zones: merge_stray_prefixes(zones),
        central,
    }
}

/// `针对云网经济技术开发区` next to `云网经济技术开发区`: a stray word read into a place name; keep
/// the shorter name, where the longer one ranked.
fn merge_stray_prefixes(zones: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for z in &zones {
        let real = zones
            .iter()
            .filter(|o| *o != z && z.ends_with(o.as_str()))
            .min_by_key(|o| o.len())
            .unwrap_or(z);
        if !out.contains(real) {
            out.push(real.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &[&str], paragraphs: &[&str]) -> Article {
        Article {
            title: title.iter().map(|s| (*s).to_owned()).collect(),
            paragraphs: paragraphs.iter().map(|s| (*s).to_owned()).collect(),
            ..Default::default()
        }
    }

    fn of(a: &Article) -> ArticleZones {
        page_zones(std::slice::from_ref(a)).remove(0)
    }

    #[test]
    fn a_zone_in_the_title_leads() {
        let a = article(
            &["运城经济技术开发区", "召开调度会"],
            &["会上，河津经开区、河津经开区介绍了经验。运城经开区表示"],
        );
        let z = of(&a);
        assert_eq!(z.zones, ["运城经济技术开发区", "河津经济技术开发区"]);
        assert!(z.central);
    }

    #[test]
    fn the_most_mentioned_zone_leads_without_a_title_zone() {
        let a = article(
            &["项目建设跑出加速度"],
            &["河津经开区与稷山经开区签约。稷山经开区表示，稷山经开区将"],
        );
        let z = of(&a);
        assert_eq!(z.zones, ["稷山经济技术开发区", "河津经济技术开发区"]);
        assert!(z.central);
    }

    #[test]
    fn an_article_about_many_zones_alike_is_filed_under_none() {
        let body =
            "全省 14 个经开区中，太原经开区、晋中经开区、大同经开区、长治经开区、晋城经开区、\
                    朔州经开区、忻州经开区、吕梁经开区、临汾经开区、运城经开区、阳泉经开区、\
                    河津经开区、侯马经开区、介休经开区排名靠前。";
        let z = of(&article(&["全省经开区考核结果公布"], &[body]));
        assert_eq!(z.zones.len(), 14, "{:?}", z.zones);
        assert!(!z.central);
    }
}
