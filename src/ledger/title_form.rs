//! A title's short form of the body's project. A headline names the project the way a headline
//! can (`万华化学40万吨聚醚项目投产`, `新乡经开区年产10万吨锂电材料项目投产`), the body by its
//! full name (`万华化学集团股份有限公司年产40万吨聚醚多元醇项目`, `河南天力锂能科技股份有限公司
//! 年产10万吨磷酸铁锂正极材料项目`); the words differ, so neither is the other's prefix or end,
//! and each became a record of its own until stop 52. What the two share is the figure: a
//! capacity the title names inside the name is the body project's that names the same figure.
//! A title's name that is only a zone's short name (`签约大连长兴岛项目`) says where the body's
//! project is, and is none of its own.

use super::mentions::{key, ArticleText, Part};
use super::merge::Local;
use crate::model::{Article, FactKind};

/// The article's projects with each title-only name that states a figure exactly one body
/// project's name states too joined into that project (its mentions and its name as an alias).
/// Owners must agree: `甲公司10万吨…项目` in the title is not `乙公司年产10万吨…项目`'s.
pub fn join_title_forms(article: &Article, at: &ArticleText, locals: Vec<Local>) -> Vec<Local> {
    let figures: Vec<String> = article
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Quantity)
        .map(|f| key(&f.text))
        .filter(|k| k.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let in_title = |l: &Local| {
        !l.mentions.is_empty()
            && l.mentions.iter().all(|m| {
                at.texts
                    .get(m.text)
                    .is_some_and(|t| matches!(t.part, Part::Title(_)))
            })
    };
    let mut locals = locals;
    let mut i = 0;
    while i < locals.len() {
        let target = in_title(&locals[i])
            .then(|| body_project_sharing_figure(&locals, i, &figures, in_title))
            .flatten();
        match target {
            Some(j) => {
                let short = locals.remove(i);
                let j = if j > i { j - 1 } else { j };
                absorb(&mut locals[j], short);
            }
            None => i += 1,
        }
    }
    // `恒力石化子公司签约大连长兴岛项目` over a body that names the project: `大连长兴岛项目`
    // says where (the zone `大连长兴岛经济技术开发区`), not which.
    let zones: Vec<String> = article
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Zone)
        .flat_map(|f| [Some(&f.text), f.name.as_ref()])
        .flatten()
        .map(|z| key(z))
        .collect();
    let body_named = locals
        .iter()
        .any(|l| !l.mentions.is_empty() && !in_title(l));
    locals.retain(|l| !(body_named && in_title(l) && names_a_zone(&l.name, &zones)));
    locals
}

/// Whether a name is only a zone's short name and `项目` (`大连长兴岛项目`).
fn names_a_zone(name: &str, zones: &[String]) -> bool {
    let k = key(name);
    let Some(core) = k.strip_suffix("项目") else {
        return false;
    };
    core.chars().count() >= 2 && zones.iter().any(|z| z.starts_with(core))
}

/// The one body project (not only in titles) whose name states a figure the title-only
/// project `i`'s name states, with no owner of its own other than `i`'s.
fn body_project_sharing_figure(
    locals: &[Local],
    i: usize,
    figures: &[String],
    in_title: impl Fn(&Local) -> bool,
) -> Option<usize> {
    let short = &locals[i];
    let short_key = key(&short.name);
    let named: Vec<&String> = figures
        .iter()
        .filter(|f| short_key.contains(f.as_str()))
        .collect();
    if named.is_empty() {
        return None;
    }
    let names_figure = |l: &Local| {
        std::iter::once(&l.name)
            .chain(&l.aliases)
            .map(|n| key(n))
            .any(|k| named.iter().any(|f| k.contains(f.as_str())))
    };
    let mut found = locals
        .iter()
        .enumerate()
        .filter(|(j, l)| *j != i && !in_title(l) && names_figure(l));
    let (j, body) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let owners_differ = matches!((&short.name_owner, &body.name_owner),
        (Some(a), Some(b)) if key(a) != key(b) && !key(b).starts_with(&key(a)));
    (!owners_differ).then_some(j)
}

/// The body's project takes the title's mentions, and its name as an alias.
fn absorb(body: &mut Local, short: Local) {
    for a in std::iter::once(short.name).chain(short.aliases) {
        if a != body.name && !body.aliases.contains(&a) {
            body.aliases.push(a);
        }
    }
    body.mentions.extend(short.mentions);
    body.mentions.sort();
    body.name_owner = body.name_owner.take().or(short.name_owner);
}
