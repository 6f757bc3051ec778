//! Mention identity within an article: which strings of an article name one project.
//! Which projects of different articles are one is `cluster`'s.
//!
//! Names compare in their compact form (folded to Simplified, no spaces). Within an article a
//! project is known by its full name, the name without its owner, zone or `年产 …` clause
//! (`山西中润 4 万吨铸造合金项目` → `4 万吨铸造合金项目`), the name with another head the text uses
//! (`… 生产线`) and, when what is left without `项目`/`工程` names a thing, that short form
//! (`潞北三路道路工程` → `潞北三路`).

use std::collections::{HashMap, HashSet};

use super::mentions::{key, ArticleText, Span};
use crate::model::{Article, FactKind};

/// Heads that end a project name; stripping one leaves its core (`潞北三路道路工程` → `潞北三路`).
const HEADS: &[&str] = &[
    "建设项目",
    "道路工程",
    "建设工程",
    "工程项目",
    "项目",
    "工程",
];

/// Heads the text may put after a core for the same project (`… 铸造合金生产线`).
const VARIANT_HEADS: &[&str] = &[
    "建设项目",
    "道路工程",
    "建设工程",
    "工程项目",
    "项目",
    "工程",
    "生产线",
];

/// Endings of a core that names a thing by itself (a road, a base, a plant), so the text may use
/// it alone for the project; `4 万吨铸造合金` names no thing and is never used alone.
const THING_ENDS: &[&str] = &[
    "路",
    "大道",
    "街",
    "桥",
    "隧道",
    "基地",
    "园",
    "中心",
    "厂",
    "站",
    "馆",
    "楼",
    "大厦",
    "广场",
    "港",
    "城",
    "小镇",
    "医院",
    "学校",
    "公园",
    "综合体",
    "水库",
    "电站",
];

/// The fewest compact chars a core needs before it is searched for alone.
const MIN_CORE: usize = 4;

/// A project as one article reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Local {
    /// The fullest name the article uses, as printed.
    pub name: String,
    /// Other names the article uses or implies, as printed.
    pub aliases: Vec<String>,
    /// Every mention in the article, in reading order.
    pub mentions: Vec<Span>,
    /// The organisation the name opens with (`山西中润`), an owner.
    pub name_owner: Option<String>,
    /// Compact key of the barest form (without owner, zone and `年产 …`).
    pub bare: String,
}

/// What one project fact grows into before the article is scanned.
#[derive(Debug, Clone)]
struct Seed {
    name: String,
    stripped: Vec<String>,
    name_owner: Option<String>,
    /// Core of the name and of each stripped form, searched for variants.
    cores: Vec<String>,
    /// The barest form's core when it names a thing by itself.
    thing: Option<String>,
    /// Compact key of the barest form.
    bare: String,
}

/// The projects an article reports, from its project facts.
/// The most project names the ledger reads in one article. Joining an article's names weighs
/// each against the others, and an article naming 24,000 projects (a year of pages run
/// together into one) kept `dubao projects` busy for minutes; the longest real article names a
/// few dozen. An article past it is named in a notice ([`crowded`]).
pub const MAX_NAMES: usize = 1_000;

/// How many project names an article gives when it gives more than [`MAX_NAMES`].
pub fn crowded(article: &Article) -> Option<usize> {
    let names: std::collections::HashSet<String> = article
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Project)
        .map(|f| key(&f.text))
        .filter(|k| !k.is_empty())
        .collect();
    (names.len() > MAX_NAMES).then_some(names.len())
}

pub fn local_projects(article: &Article, at: &ArticleText) -> Vec<Local> {
    let names: Vec<String> = seed_names(article)
        .iter()
        .map(|n| super::name_head::without_verb(at, n))
        .collect();
    let pre = Prefixes::of(article);
    let seeds: Vec<Seed> = names.iter().map(|n| seed(&pre, at, n)).collect();
    let mut locals = scan(at, &join_seeds(seeds));
    // A name only ever written after a count (`签约5个稀土深加工项目`) or before one
    // (`新签约数字经济项目58个`) is a batch's kind.
    locals.retain(|l| {
        l.mentions.is_empty()
            || !l.mentions.iter().all(|m| {
                super::batch::ends_in_count(&at.compact_before(m, 6))
                    || super::batch::opens_with_count(&at.compact_after(m, 6))
            })
    });
    super::title_form::join_title_forms(article, at, locals)
}

/// What may open a project name in an article, as compact keys computed once per article:
/// organisations (with their short names; the owner), zones, `年产 …` clauses.
struct Prefixes {
    list: Vec<(String, Option<String>)>,
    zones: Vec<String>,
    /// The canonical names of the article's zones (`赣州经济技术开发区` for `赣州经开区`).
    zone_names: Vec<String>,
}

impl Prefixes {
    fn of(article: &Article) -> Prefixes {
        let zones: Vec<String> = article
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Zone)
            .map(|f| key(&f.text))
            .filter(|k| !k.is_empty())
            .collect();
        let mut list = Vec::new();
        for f in &article.facts {
            match f.kind {
                FactKind::Organization => {
                    let name = without_zone(&zones, &f.text);
                    for k in short_names(&name) {
                        list.push((k, Some(name.clone())));
                    }
                }
                FactKind::Zone => list.push((key(&f.text), None)),
                FactKind::Quantity => list.push((format!("年产{}", key(&f.text)), None)),
                _ => {}
            }
        }
        list.retain(|(k, _)| !k.is_empty());
        let zone_names = article
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Zone)
            .filter_map(|f| f.name.clone())
            .collect();
        Prefixes {
            list,
            zones,
            zone_names,
        }
    }
}

/// The barest form of a seed (its last stripped form, else its name), as a key.
fn bare(s: &Seed) -> String {
    s.bare.clone()
}

/// Joins the names of one project in one article: the same barest form, by the same owner or
/// with no owner written (`兆丰铝业高端铝合金项目` in the title, `山西兆丰铝业有限公司年产 5 万吨
/// 高端铝合金项目` in the body); two owners of one barest form are two projects.
fn join_seeds(seeds: Vec<Seed>) -> Vec<Seed> {
    let mut out: Vec<Seed> = Vec::new();
    for s in seeds {
        let b = bare(&s);
        let owners_of_b = |v: &[Seed]| {
            v.iter()
                .filter(|o| bare(o) == b)
                .filter_map(|o| o.name_owner.clone())
                .collect::<Vec<_>>()
        };
        let mut owners = owners_of_b(&out);
        owners.extend(s.name_owner.clone());
        owners.dedup();
        let into = out.iter().position(|o| {
            bare(o) == b
                && (o.name_owner.is_none()
                    || s.name_owner.is_none()
                    || o.name_owner == s.name_owner)
        });
        match into {
            Some(i) if owners.len() <= 1 => {
                let o = &mut out[i];
                let compact_len = |n: &str| n.chars().filter(|c| !c.is_whitespace()).count();
                let (long, short) = if compact_len(&s.name) > compact_len(&o.name) {
                    (s, o.clone())
                } else {
                    (o.clone(), s)
                };
                let mut merged = long;
                for f in std::iter::once(short.name).chain(short.stripped) {
                    if f != merged.name && !merged.stripped.contains(&f) {
                        merged.stripped.push(f);
                    }
                }
                for c in short.cores {
                    if !merged.cores.contains(&c) {
                        merged.cores.push(c);
                    }
                }
                merged.name_owner = merged.name_owner.or(short.name_owner);
                merged.thing = merged.thing.or(short.thing);
                out[i] = merged;
            }
            _ => out.push(s),
        }
    }
    out
}

/// Distinct project names of the article; a name that is the end of a longer one is the same
/// project (`新质生产力创新基地建设项目` in `河津…新质生产力创新基地建设项目`), unless it ends two.
fn seed_names(article: &Article) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let areas: Vec<String> = article
        .facts
        .iter()
        .filter(|f| matches!(f.kind, FactKind::Zone | FactKind::Place))
        .flat_map(|f| [key(&f.text), f.name.as_deref().map(key).unwrap_or_default()])
        .filter(|k| !k.is_empty())
        .collect();
    for f in article.facts.iter().filter(|f| f.kind == FactKind::Project) {
        // As printed: a Traditional page's project keeps its Traditional name, like its owner;
        // identity compares the folded key, so the script never splits a project.
        let n = f.text.clone();
        let k = key(&n);
        // `10亿元至50亿元项目9个` counts a batch by size, `12項目` by number; no project's name.
        if super::batch::is_size_band(&n)
            || super::batch::is_count_or_region(&n)
            || super::generic::is_generic(&n, &areas)
        {
            continue;
        }
        if !k.is_empty() && seen.insert(k.clone()) {
            names.push(n);
            keys.push(k);
            if names.len() == MAX_NAMES {
                break;
            }
        }
    }
    names
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let longer = keys
                .iter()
                .enumerate()
                .filter(|(j, k)| j != i && k.len() > keys[*i].len() && k.ends_with(&keys[*i]))
                .count();
            longer == 0
        })
        .map(|(_, n)| n.clone())
        .collect()
}

/// Grows a project name into its forms (see the module doc).
fn seed(pre: &Prefixes, at: &ArticleText, name: &str) -> Seed {
    let name = with_zone(pre, at, name);
    let mut stripped = Vec::new();
    let mut name_owner = None;
    let mut cur = name.clone();
    while let Some((rest, owner)) = strip_prefix(pre, &cur) {
        if owner.is_some() && name_owner.is_none() {
            name_owner = owner;
        }
        stripped.push(rest.clone());
        cur = rest;
    }
    // No organisation the extractor knows opens it: a company's short name before a place may.
    if name_owner.is_none() {
        name_owner = super::name_head::company_head(&cur);
    }
    let mut cores = Vec::new();
    for form in std::iter::once(&name).chain(&stripped) {
        if let Some(c) = core(form) {
            if key(&c).chars().count() >= MIN_CORE && !cores.contains(&c) {
                cores.push(c);
            }
        }
    }
    let thing = core(&cur).filter(|c| {
        let k = key(c);
        k.chars().count() >= MIN_CORE && THING_ENDS.iter().any(|e| k.ends_with(e))
    });
    let bare = key(stripped.last().unwrap_or(&name));
    Seed {
        name,
        stripped,
        name_owner,
        cores,
        thing,
        bare,
    }
}

/// The name with the zone written before it, when the text writes them together at least
/// twice: then the zone is part of the name (`河津经济技术开发区新质生产力创新基地建设项目`); once
/// is only where the project is (`襄垣经济技术开发区潞北三路道路工程建设`), unless the name
/// without it is only a kind of works, opening with an industry (`赣州经开区新能源汽车零部件
/// 产业园标准厂房项目`, `运城经开区氢能重卡产业园项目`): the zone's name makes it one.
fn with_zone(pre: &Prefixes, at: &ArticleText, name: &str) -> String {
    let nk = key(name);
    let kind = super::name_head::opens_with_industry(&nk);
    for z in &pre.zones {
        let joined = format!("{z}{nk}");
        let found = at.find(&joined);
        if found.len() >= 2 || (kind && found.len() == 1) {
            return at.slice(&found[0]);
        }
    }
    if kind {
        if let Some(s) = at.find(&nk).iter().find_map(|s| zone_before(pre, at, s)) {
            return at.slice(&s);
        }
    }
    name.to_owned()
}

/// Most compact chars of a zone's name written before a project's (`呼和浩特经开区`).
const ZONE_BEFORE_MAX_CHARS: usize = 14;

/// A name's span with the zone written right before it, in any of its forms (`赣州经开区` of
/// `赣州经济技术开发区`): the longest stretch before it that is one of the article's zones.
fn zone_before(pre: &Prefixes, at: &ArticleText, s: &Span) -> Option<Span> {
    let before: Vec<char> = at
        .compact_before(s, ZONE_BEFORE_MAX_CHARS)
        .chars()
        .collect();
    (4..=before.len()).rev().find_map(|n| {
        let cand: String = before[before.len() - n..].iter().collect();
        let zone = crate::lexicon::zone::canonical(&cand)?;
        pre.zone_names.contains(&zone).then(|| at.extend_left(s, n))
    })
}

/// The name without its first prefix: an organisation (returned as the owner), a zone, or a
/// `年产 …` clause; `None` when nothing is left but a head.
fn strip_prefix(pre: &Prefixes, name: &str) -> Option<(String, Option<String>)> {
    let k = key(name);
    let mut best: Option<(usize, Option<String>)> = None;
    for (prefix, owner) in &pre.list {
        if k.starts_with(prefix.as_str()) && best.as_ref().is_none_or(|(n, _)| prefix.len() > *n) {
            best = Some((prefix.len(), owner.clone()));
        }
    }
    let (n, owner) = best?;
    let rest_key = &k[n..];
    let head_only = HEADS.contains(&rest_key) || rest_key.chars().count() < 3;
    if head_only {
        return None;
    }
    let rest = drop_compact(name, rest_key.len(), k.len());
    Some((rest, owner))
}

/// An organisation's name without a zone written before it (`沁水经济技术开发区山西兆丰铝业有限公司`
/// read as one name → `山西兆丰铝业有限公司`), as printed.
fn without_zone(zones: &[String], org: &str) -> String {
    let k = key(org);
    zones
        .iter()
        .find_map(|zk| {
            (k.starts_with(zk.as_str()) && k.len() > zk.len())
                .then(|| drop_compact(org, k.len() - zk.len(), k.len()))
        })
        .unwrap_or_else(|| org.to_owned())
}

/// Legal-form endings a company's short name drops.
const LEGAL: &[&str] = &[
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "集团",
    "公司",
];

/// The keys a company goes by at the head of a project name: its full name, without its legal
/// form, without its leading place, without both (`山西兆丰铝业有限公司` → `兆丰铝业`).
fn short_names(org: &str) -> Vec<String> {
    let full = key(org);
    let no_legal = LEGAL
        .iter()
        .find_map(|l| full.strip_suffix(l))
        .unwrap_or(&full)
        .to_owned();
    let no_place = |s: &str| -> Option<String> {
        let c: Vec<char> = s.chars().collect();
        let n = (2..=4.min(c.len()))
            .rev()
            .find(|&n| crate::lexicon::places::is_place(&c[..n]))?;
        Some(c[n..].iter().collect())
    };
    let mut v = vec![full.clone(), no_legal.clone()];
    v.extend(no_place(&full));
    v.extend(no_place(&no_legal));
    v.retain(|s| s.chars().count() >= 2);
    v.dedup();
    v
}

/// The end of a printed string that holds its last `keep` compact bytes (of `total`), trimmed.
fn drop_compact(s: &str, keep: usize, total: usize) -> String {
    let skip_chars = key_prefix_chars(s, total - keep);
    s.chars()
        .skip(skip_chars)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// How many printed chars hold the first `bytes` bytes of the compact key.
fn key_prefix_chars(s: &str, bytes: usize) -> usize {
    let mut seen = 0;
    for (i, c) in crate::text::fold::fold(s).chars().enumerate() {
        if seen >= bytes {
            return i;
        }
        if !c.is_whitespace() {
            seen += c.len_utf8();
        }
    }
    s.chars().count()
}

/// The name without its head (`项目`, `道路工程` …), as printed.
fn core(name: &str) -> Option<String> {
    let k = key(name);
    let head = HEADS
        .iter()
        .find(|h| k.ends_with(*h) && k.len() > h.len())?;
    let keep = k.len() - head.len();
    let chars = key_prefix_chars(name, keep);
    Some(
        name.chars()
            .take(chars)
            .collect::<String>()
            .trim()
            .to_owned(),
    )
}

/// One place a form of a project was found.
struct Candidate {
    span: Span,
    seed: usize,
}

/// Finds every mention of every seed in the article: longest first, a span taken once, and a
/// form two projects share (`铸造合金项目` of two owners) is nobody's.
fn scan(at: &ArticleText, seeds: &[Seed]) -> Vec<Local> {
    let mut exact: Vec<(String, usize)> = Vec::new();
    for (i, s) in seeds.iter().enumerate() {
        let forms = std::iter::once(&s.name)
            .chain(&s.stripped)
            .chain(s.thing.as_ref());
        for f in forms {
            exact.push((key(f), i));
        }
    }
    // Which seeds use each form (exact or core): a form of two seeds is nobody's.
    let mut users: HashMap<String, HashSet<usize>> = HashMap::new();
    for (k, i) in &exact {
        users.entry(k.clone()).or_default().insert(*i);
    }
    let core_keys: Vec<Vec<String>> = seeds
        .iter()
        .map(|s| s.cores.iter().map(|c| key(c)).collect())
        .collect();
    for (i, ks) in core_keys.iter().enumerate() {
        for k in ks {
            users.entry(k.clone()).or_default().insert(i);
        }
    }
    let shared = |k: &str| users.get(k).is_some_and(|u| u.len() > 1);
    let mut found: Vec<Candidate> = Vec::new();
    for (k, i) in &exact {
        if shared(k) {
            continue;
        }
        found.extend(
            at.find(k)
                .into_iter()
                .map(|span| Candidate { span, seed: *i }),
        );
    }
    for (i, ks) in core_keys.iter().enumerate() {
        for ck in ks {
            if shared(ck) {
                continue;
            }
            for span in at.find(ck) {
                let after = at.compact_after(&span, 4);
                let head = VARIANT_HEADS.iter().find(|h| after.starts_with(*h));
                let span = match head {
                    Some(h) => at.extend_right(&span, h.chars().count()),
                    None if THING_ENDS.iter().any(|e| ck.ends_with(e)) => span,
                    None => continue,
                };
                found.push(Candidate { span, seed: i });
            }
        }
    }
    found.sort_by_key(|c| (std::cmp::Reverse(c.span.end - c.span.start), c.span));
    let mut taken: Vec<Candidate> = Vec::new();
    for c in found {
        if !taken.iter().any(|t| t.span.overlaps(&c.span)) {
            taken.push(c);
        }
    }
    taken.sort_by_key(|c| c.span);
    seeds
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mentions: Vec<Span> = taken
                .iter()
                .filter(|c| c.seed == i)
                .map(|c| c.span)
                .collect();
            let mut aliases: Vec<String> = Vec::new();
            let written = mentions.iter().map(|m| at.slice(m));
            for a in s
                .stripped
                .iter()
                .cloned()
                .chain(written)
                .chain(s.thing.clone())
            {
                if a != s.name && !aliases.contains(&a) {
                    aliases.push(a);
                }
            }
            Local {
                name: s.name.clone(),
                aliases,
                mentions,
                name_owner: s.name_owner.clone(),
                bare: bare(s),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_strips_the_longest_head() {
        assert_eq!(core("潞北三路道路工程").as_deref(), Some("潞北三路"));
        assert_eq!(
            core("新质生产力创新基地建设项目").as_deref(),
            Some("新质生产力创新基地")
        );
        assert_eq!(
            core("4 万吨铸造合金项目").as_deref(),
            Some("4 万吨铸造合金")
        );
        assert_eq!(core("项目"), None);
    }
}
