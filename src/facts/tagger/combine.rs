//! The tagger's spans joined with the rules' facts: the rules keep what they found (their
//! names, roles and boundaries are checked against the sample's gold), and a span the tagger
//! proposes becomes a fact only where no rule fact overlaps it, it is sure enough of it, and
//! the rules of its kind accept it — a person's name must look like a name and not be a
//! dictionary word and gets the role written before it; an organisation's left edge is fixed
//! and its zone prefix canonicalised; a place inside a zone or organisation name stays part of
//! that name.

use super::{Kind, Span};
use crate::facts::{orgs, people, Extractor, Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::lexicon::places;
use crate::model::FactKind;

mod person;
mod place;
mod signing;

use person::{person, NOT_NAME_ENDS};
use place::{in_abbreviation_word, is_region_of_provinces, place, DIVISION_ENDS};

/// Least mean margin (in weight units of the shipped model) a span needs to become a fact on
/// its own, by kind.
const MIN_CONFIDENCE: [i32; 3] = [0, 0, 0];

/// Mean margin from which a proposed body stands even where jieba's words cut across its
/// edges (`热刺防大冷`, `vsac米兰`: clubs and bookmakers jieba does not know); below it, a body
/// cut out of a word (`验室运营中心`) is none. Chosen on the tuning sentences with a model
/// trained without them (300 of 0–500 in steps of 50 and 100). From it too, a proposed body
/// inside a person's role that jieba does not know and that ends in no suffix the rules read is
/// a body of its own (`汇丰控股财务总监`, `省社科院研究员`); the sample's departments
/// (`实验室运营中心总监`, `技术中心研发部部长`) come at 204 and 234 with the shipped model.
const SURE_BODY: i32 = 300;

/// Mean margin from which a proposed person stands though the name is also a word jieba
/// knows (`马力`, `罗本`, `桥本`); below it, such a word is no person (`和田玉`, `黄石`). Chosen
/// on the tuning sentences with a model trained without them (0–600).
const SURE_PERSON: i32 = 250;

/// Most proposal-against-fact comparisons one text may cost.
const MAX_CHECKS: usize = 4_000_000;

/// Adds the facts the tagger's `spans` bring to what the rules `found` in `seg`.
pub fn add(
    ex: &Extractor,
    seg: &Seg,
    zones: &[ZoneSpan],
    spans: &[Span],
    found: &mut Vec<(FactKind, Found)>,
) {
    // Each proposal is checked against every fact so far: a text holding so many of both that
    // this turns quadratic (a fuzzer's paragraph of 200,000 zone names) keeps the rules' facts.
    if spans.len().saturating_mul(found.len() + zones.len()) > MAX_CHECKS {
        return;
    }
    let spans = &as_places(seg, spans, found);
    let roles = role_spans(found);
    // Before the proposals are weighed: a gazetteer place inside a proposed name would block
    // that name (`尹朝阳`, `蔡朝阳`) and then go itself, leaving neither.
    drop_places_inside_names(spans, found);
    // A proposal a rule fact blocked may be free once a later proposal replaced that fact
    // (`美联储出面调停美联银行`: `美联银行` drops the rules' overreaching body, which had kept
    // `美联储` out): one more pass takes those; the facts already added block themselves.
    if add_pass(ex, seg, zones, spans, &roles, found) {
        add_pass(ex, seg, zones, spans, &roles, found);
    }
    drop_kinds_of_body(ex, seg, spans, found);
    super::known::add(seg, zones, &role_spans(found), found);
}

/// The proposals with each body that is a run of the divisions the rules found
/// (`浙江省义乌市`) or a region named by its provinces' one-char names (`粤港澳`) read as the
/// place it is.
fn as_places(seg: &Seg, spans: &[Span], found: &[(FactKind, Found)]) -> Vec<Span> {
    spans
        .iter()
        .map(|sp| match sp.kind {
            Kind::Org
                if is_division_run(seg, sp.start, sp.end, found)
                    || is_region_of_provinces(&seg.f[sp.start.min(sp.end)..sp.end]) =>
            {
                Span {
                    kind: Kind::Place,
                    ..*sp
                }
            }
            _ => *sp,
        })
        .collect()
}

/// Drops the rules' bodies written only in common words, the last the kind of body
/// (`股份制商业银行`, `网上银行`: what kind of bank, not which) that jieba does not know whole (`建设银行`) and the tagger does
/// not propose a body over (`国家开发银行`).
fn drop_kinds_of_body(
    ex: &Extractor,
    seg: &Seg,
    spans: &[Span],
    found: &mut Vec<(FactKind, Found)>,
) {
    found.retain(|(k, f)| {
        if *k != FactKind::Organization
            || spans
                .iter()
                .any(|sp| sp.kind == Kind::Org && sp.start < f.end && f.start < sp.end)
        {
            return true;
        }
        let first = seg.toks.partition_point(|t| t.end <= f.start);
        let words = &seg.toks[first..];
        let inside: Vec<usize> = (first..first + words.len())
            .take_while(|&i| seg.toks[i].end <= f.end)
            .collect();
        // The last word is the kind of body, which jieba may tag as one (`商业银行`).
        let last = inside.last().copied();
        let common = inside.len() >= 2
            && seg.toks[first].start == f.start
            && inside.iter().all(|&i| {
                let t = &seg.toks[i];
                ex.is_dictionary_word(&seg.folded(t.start, t.end))
                    && (matches!(seg.pos(i), Pos::Noun | Pos::Verb | Pos::Other)
                        || (Some(i) == last && seg.pos(i) == Pos::OrgName))
            });
        // A government name with a conjunction or verb of its own (`县商务和投资促进局`) says
        // which bureau, in common words.
        !common
            || ex.is_dictionary_word(&seg.folded(f.start, f.end))
            || (f.start..f.end).any(|p| crate::facts::orgs::in_compound(&seg.f, p))
    });
}

/// Drops the rules' places the tagger reads as part of a longer body or person's name
/// (`中国嘉德`, `孟海东`: no `中国`, no `海东`), whether or not that name became a fact: the
/// gazetteer matched chars of a name, not a place the text talks about.
fn drop_places_inside_names(spans: &[Span], found: &mut Vec<(FactKind, Found)>) {
    found.retain(|(k, f)| {
        *k != FactKind::Place
            || f.name.as_deref().is_some_and(|n| n.chars().count() == 1)
            || !spans.iter().any(|sp| {
                sp.kind != Kind::Place
                    && sp.start <= f.start
                    && f.end <= sp.end
                    && sp.end - sp.start > f.end - f.start
            })
    });
}

/// One pass of [`add`] over the proposals.
fn add_pass(
    ex: &Extractor,
    seg: &Seg,
    zones: &[ZoneSpan],
    spans: &[Span],
    roles: &[(usize, usize)],
    found: &mut Vec<(FactKind, Found)>,
) -> bool {
    let mut dropped = false;
    for sp in spans {
        if sp.confidence < MIN_CONFIDENCE[sp.kind.index()] || sp.end > seg.f.len() {
            continue;
        }
        let fact = match sp.kind {
            Kind::Person => person(ex, seg, zones, sp.start, sp.end, sp.confidence),
            Kind::Place => place(ex, seg, sp.start, sp.end),
            Kind::Org => orgs::proposed(seg, sp.start, sp.end, zones)
                .filter(|(s, _)| {
                    !place::is_relation_of_places(ex, seg.f.get(*s..sp.end).unwrap_or_default())
                })
                .map(|(s, name)| (FactKind::Organization, Found::named(s, sp.end, name))),
        };
        let Some((kind, fd)) = fact else { continue };
        let (s, e) = (fd.start, fd.end);
        // A name inside the role of a person the rules found, running on into the role's body
        // (`宁德时代董事长曾毓群`: no person `宁德`), is part of that body's name; one followed by
        // its own title is a person the body is named for (`毛泽东主席纪念堂…`).
        if kind == FactKind::Person
            && roles.iter().any(|&(a, b)| a <= s && e <= b)
            && !people::title_at(&seg.f, e)
        {
            continue;
        }
        // A kind of zone named bare (`综合保税区`, `新区`) is neither a place nor a body; a body
        // cut off after the place in its brackets (`中德（沈阳）` of `中德（沈阳）高端装备制造产业园`)
        // is no name: a body's bracketed place stands inside its name (`国新控股（重庆）有限公司`).
        let bare_kind = |n: &str| crate::lexicon::zone::is_bare_kind(n);
        let cut_at_bracket = |n: &str| kind == FactKind::Organization && n.ends_with(['）', ')']);
        if kind != FactKind::Person
            && fd
                .name
                .as_deref()
                .is_some_and(|n| bare_kind(n) || cut_at_bracket(n))
        {
            continue;
        }
        if kind != FactKind::Person && !name_chars_ok(&seg.f[s..e]) {
            continue;
        }
        if kind != FactKind::Person {
            // A body or place cut out of a word (`验室运营中心`), or a department inside the
            // role of a person the rules found (`技术中心研发部部长闫清华`), is no fact of its own;
            // a named body there is (`新华社记者王黎`, `富龙集团董事长王诚`).
            let in_role = roles.iter().any(|&(a, b)| a <= s && e <= b);
            let whole = (seg.is_boundary(s)
                && (seg.is_boundary(e)
                    || ends_before_title(seg, kind, e)
                    || ends_before_word(ex, seg, kind, e)))
                || in_abbreviation_word(seg, s, e)
                || (kind == FactKind::Organization && sp.confidence >= SURE_BODY);
            if !whole
                || (in_role
                    && !(kind == FactKind::Organization
                        && (is_named_body(ex, &seg.f[s..e])
                            || sp.confidence >= SURE_BODY
                            || holds_proper_word(ex, seg, s, e))))
            {
                continue;
            }
        }
        // A proposal over a zone is never taken: it replaces none of the rules' facts either
        // (`烟台经济技术开发区万华化学集团股份有限公司` had dropped the company after the zone).
        if zones.iter().any(|z| z.start < e && s < z.end) {
            continue;
        }
        let compound = kind == FactKind::Place && is_compound(seg, s, e, found);
        let n = found.len();
        found.retain(|(k, f)| {
            !replaced(&seg.f, kind, s, e, *k, f)
                && !overreaches(seg, kind, s, e, *k, f)
                && !date_inside_word(seg, s, e, *k, f)
        });
        dropped |= found.len() < n;
        let taken = found
            .iter()
            .filter(|(k, f)| !(compound && *k == FactKind::Place && s <= f.start && f.end <= e))
            .any(|(k, f)| named(*k) && f.start < e && s < f.end);
        if !taken {
            found.push((kind, fd));
        }
    }
    dropped
}

/// Whether the rules' fact `k`/`f` is a date read from the middle of one of jieba's words
/// inside the name proposed at `s..e` (`明日` in `光明日报`): the chars belong to the name.
fn date_inside_word(seg: &Seg, s: usize, e: usize, k: FactKind, f: &Found) -> bool {
    k == FactKind::Date
        && s <= f.start
        && f.end <= e
        && !(seg.is_boundary(f.start) && seg.is_boundary(f.end))
}

/// Whether a proposed place ends at `e` inside a jieba word whose rest is a word of two or
/// more chars itself (`韩国政府`, which jieba keeps whole: `韩国` + `政府`).
fn ends_before_word(ex: &Extractor, seg: &Seg, kind: FactKind, e: usize) -> bool {
    if kind != FactKind::Place {
        return false;
    }
    let k = seg.toks.partition_point(|t| t.end <= e);
    seg.toks
        .get(k)
        .filter(|t| t.start < e && t.end >= e + 2)
        .is_some_and(|t| ex.is_dictionary_word(&seg.folded(e, t.end)))
}

/// Whether a proposed body ends at `e` inside a jieba word that the body's last char and the
/// rest of the word make a title (`内政部长`, `财政部长`: jieba writes the body and the title
/// as one word).
fn ends_before_title(seg: &Seg, kind: FactKind, e: usize) -> bool {
    if kind != FactKind::Organization || e == 0 {
        return false;
    }
    let k = seg.toks.partition_point(|t| t.end <= e);
    seg.toks
        .get(k)
        .filter(|t| t.start < e && e < t.end)
        .is_some_and(|t| people::is_title(&seg.folded(e - 1, t.end)))
}

/// Whether one of jieba's words inside `s..e` is a proper name or no word jieba knows
/// (`安信证券`, `武汉市住房保障管理中心`): a body named so inside a person's role is that body,
/// where a department is written in common words only (`技术中心研发部`, `实验室运营中心`).
fn holds_proper_word(ex: &Extractor, seg: &Seg, s: usize, e: usize) -> bool {
    let first = seg.toks.partition_point(|t| t.start < s);
    (first..seg.toks.len())
        .take_while(|&k| seg.toks[k].end <= e)
        .any(|k| {
            let t = &seg.toks[k];
            !ex.is_dictionary_word(&seg.folded(t.start, t.end))
                || matches!(
                    seg.pos(k),
                    Pos::PersonName | Pos::PlaceName | Pos::OrgName | Pos::OtherProper
                )
        })
}

/// Whether a proposed body inside a person's role names a body of its own rather than a
/// department: jieba's dictionary knows it (`新华社`, `卫生部`, `村委会`) or it ends in a
/// suffix the rules read bodies by (`富龙集团`), where `研发部` and `运营中心` end in none.
fn is_named_body(ex: &Extractor, name: &[char]) -> bool {
    let word: String = name.iter().collect();
    (ex.is_dictionary_word(&word) && ex.word_pos(&word) != Pos::Verb) || orgs::has_suffix(name)
}

/// Whether a proposed fact of `kind` at `s..e` replaces the rules' fact `k`/`f`: a person the
/// rules cut differently (`王晨都表示` → `王晨`), or a shorter body or place an organisation
/// contains (`济日报社` in `经济日报社`, `天津市` in `天津市妇联`).
/// A person the rules read after a title (`管委会主任赵自成`) keeps the rules' reading unless it
/// ends in a char a name rarely ends in (`总编辑王晨都表示`) or the tagger reads on past it from
/// the same start (`内务部长斯捷帕申`, where the rules take the first two chars), but not into
/// the `来` of a visit (`市长李明来太原调研`).
fn replaced(f_chars: &[char], kind: FactKind, s: usize, e: usize, k: FactKind, f: &Found) -> bool {
    let overlaps = f.start < e && s < f.end;
    let same = f.start == s && f.end == e;
    let weak_end = || {
        f.end
            .checked_sub(1)
            .and_then(|i| f_chars.get(i))
            .is_some_and(|c| NOT_NAME_ENDS.contains(c))
    };
    match kind {
        FactKind::Person => {
            k == FactKind::Person
                && overlaps
                && !same
                && (f.role.is_none()
                    || weak_end()
                    || (f.start == s && f.end < e && !people::visit_follows(f_chars, f.end)))
        }
        // A name of a body that is also a place's (`罗马`, `西班牙` as clubs) is the body,
        // unless the place is a park (`苏州工业园区`) or one of China's own (`天津市在教育经费
        // 的投入上`: the city acting, which both corpora mark as the place; no club or firm is
        // named bare after a Chinese division). So is a code the rules read as a product
        // (`bet365`).
        FactKind::Organization => {
            (matches!(k, FactKind::Organization | FactKind::Place)
                && s <= f.start
                && f.end <= e
                && !same)
                || (k == FactKind::Product && same)
                || (k == FactKind::Place
                    && same
                    && !f_chars
                        .get(f.start..f.end)
                        .is_some_and(|n| crate::facts::places::is_park(n) || places::is_place(n)))
        }
        // A region the rules read with `地区` (`中东地区`, a word of jieba's) where the tagger
        // reads the region's name: the name is the place (`中东`), `地区` says it is an area. A
        // division named so (`阿克苏地区`, in the gazetteer) stays whole.
        FactKind::Place => {
            k == FactKind::Place
                && f.start == s
                && f.end == e + 2
                && crate::facts::at(f_chars, e, "地区")
                && !f_chars.get(f.start..f.end).is_some_and(places::is_place)
        }
        _ => false,
    }
}

/// Whether the rules' organisation `k`/`f` read back into the clause before the body the
/// tagger proposes at `s..e` with the same end: the tagger's left edge wins where the rules'
/// extra head starts inside a word (`被告携程商务公司` → `告携程商务公司`) or holds a word that
/// is a verb (`辽大注重外国留学生能力培养辽宁大学` → `辽宁大学`), or opens with a word that is no
/// noun, name or verb — an adjective, adverb or pronoun (`著名博彩公司`, `当地治安局`). A head
/// opening with a noun or name (`英国百年老店巴林银行`, `山西建投第三建筑工程有限公司`) stays, as
/// does one holding brackets or other marks.
fn overreaches(seg: &Seg, kind: FactKind, s: usize, e: usize, k: FactKind, f: &Found) -> bool {
    if !(kind == FactKind::Organization && k == kind && f.end == e && f.start < s) {
        return false;
    }
    if !seg.f[f.start..s].iter().all(|&c| is_han(c)) {
        return false;
    }
    // A proposed edge right after the `和` of a government name (`自然资源和|规划局`) cuts it.
    if crate::facts::orgs::in_compound(&seg.f, s - 1) {
        return false;
    }
    // A head that is a body's name itself (`比亚迪汽车工业有限公司|郑州分公司`) is the parent of
    // the unit the tagger proposes: the rules read the two as one body.
    if crate::facts::orgs::has_suffix(&seg.f[f.start..s]) {
        return false;
    }
    // The rules' head starting inside a dictionary word (`被告`) cut it; right after a char
    // the rules stop at, inside a word jieba only guessed from single chars (`由云` of
    // `由云上贵州大数据产业发展有限公司`: the preposition `由`) it cut nothing, and the tagger's shorter body
    // (`产业发展有限公司`) had replaced the whole name.
    let stopped = f.start > 0 && crate::facts::orgs::stops_a_name(seg.f[f.start - 1]);
    if !seg.is_boundary(f.start) && (!stopped || starts_in_dictionary_word(seg, f.start)) {
        return true;
    }
    // A proposed edge inside a word of a well-cut name yields to the rules' (`中节能水|务发展
    // 有限公司`: the rules' head holds the verb `节能` but the tagger cuts `水务`).
    if !seg.is_boundary(s) {
        return false;
    }
    let first = seg.toks.partition_point(|t| t.end <= f.start);
    // A head of more than one word opening with an adjective is a brand (`正大天晴药业集团`).
    let one_word_head = seg.toks.get(first).is_some_and(|t| t.end >= s);
    places::opens_with_place(&seg.f[s..e]) && !holds_place(&seg.f[f.start..s])
        || (seg.pos(first) == Pos::Other && one_word_head)
        // A head opening with its province is a company's registered name, verbs and all
        // (`陕西延长石油（集团）有限责任公司`).
        || !places::opens_with_place(&seg.f[f.start..s])
            && seg
            .toks
            .iter()
            .enumerate()
            .skip(first)
            .take_while(|(_, t)| t.end <= s)
            .any(|(i, _)| seg.pos(i) == Pos::Verb)
}

/// Whether char `pos` lies inside a word of jieba's dictionary (not one its HMM made up).
fn starts_in_dictionary_word(seg: &Seg, pos: usize) -> bool {
    seg.tok_at(pos)
        .and_then(|k| seg.toks.get(k))
        .is_some_and(|t| seg.ex.is_dictionary_word(&seg.folded(t.start, t.end)))
}

/// Whether some place of two or more chars sits anywhere in `head` (`英国百年老店`).
fn holds_place(head: &[char]) -> bool {
    (0..head.len()).any(|a| (a + 2..=head.len()).any(|b| places::is_place(&head[a..b])))
}

/// Whether a proposed place at `s..e` is a compound of the divisions the rules found in it
/// (`广东省佛山市南海区`, see [`is_division_run`]) or names a site within a place
/// ([`is_named_within`]). It becomes a fact beside its parts, which a reader looks up one by
/// one.
fn is_compound(seg: &Seg, s: usize, e: usize, found: &[(FactKind, Found)]) -> bool {
    is_division_run(seg, s, e, found) || is_named_within(seg, s, e, found)
}

/// Whether `s..e` is a run of divisions the rules found: it ends as the last of them, a
/// division, ends, and a rule place starts after its own start. The run reads from the larger
/// division down, so `兴县瓦塘镇山西` (running on into a company's name) is none.
fn is_division_run(seg: &Seg, s: usize, e: usize, found: &[(FactKind, Found)]) -> bool {
    let ends_division = e
        .checked_sub(1)
        .and_then(|i| seg.f.get(i))
        .is_some_and(|c| DIVISION_ENDS.contains(c));
    // It opens with a place too (`串联王桥工业园区` opens with a verb: no compound).
    let opens = || {
        found
            .iter()
            .any(|(k, f)| *k == FactKind::Place && f.start == s && f.end < e)
            || places::opens_with_place(&seg.f[s..e])
    };
    ends_division
        && found
            .iter()
            .any(|(k, f)| *k == FactKind::Place && s < f.start && f.end == e)
        && opens()
}

/// Whether a proposed place at `s..e` opens with a place the rules found and names a site or
/// area within it in a few more chars (`上海正大广场`, `索马里海域`, `洛杉矶西区`): a place of its
/// own beside the larger one.
fn is_named_within(seg: &Seg, s: usize, e: usize, found: &[(FactKind, Found)]) -> bool {
    found.iter().any(|(k, f)| {
        *k == FactKind::Place
            && f.start == s
            && f.end < e
            && e - f.end <= 4
            && seg.f[f.end..e].iter().all(|&c| is_han(c))
    })
}

/// Where the roles of the people found so far are written: right before each name, with a
/// char to spare for a space; from the text's start when the role opens it (`宁德时代董事长曾毓群`
/// had been given no span there).
fn role_spans(found: &[(FactKind, Found)]) -> Vec<(usize, usize)> {
    found
        .iter()
        .filter(|(k, _)| *k == FactKind::Person)
        .filter_map(|(_, f)| {
            let n = f.role.as_deref()?.chars().count();
            Some((f.start.saturating_sub(n + 1), f.start))
        })
        .collect()
}

/// Whether the chars of a proposed body or place can be one name: no sentence punctuation
/// inside (`中央司令部。东方司令部`), brackets only in pairs (`美国国家期货协会）`).
fn name_chars_ok(name: &[char]) -> bool {
    let opens = name.iter().filter(|&&c| matches!(c, '（' | '(')).count();
    let closes = name.iter().filter(|&&c| matches!(c, '）' | ')')).count();
    opens == closes
        && !name.iter().any(|&c| {
            matches!(
                c,
                '。' | '，' | '、' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '“' | '”' | '"'
            )
        })
}

/// Kinds whose facts a proposed span may not overlap.
fn named(kind: FactKind) -> bool {
    matches!(
        kind,
        FactKind::Person
            | FactKind::Place
            | FactKind::Organization
            | FactKind::Zone
            | FactKind::Project
            | FactKind::Product
            | FactKind::Date
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_body_in_common_words_goes_unless_the_tagger_proposes_one() {
        let ex = Extractor::new();
        let body = |start, end| {
            (
                FactKind::Organization,
                Found {
                    start,
                    end,
                    ..Found::default()
                },
            )
        };
        // 其他/股份制/商业银行: the body is 2..9, two common words.
        let seg = ex.seg(
            "其他股份制商业银行的增速也在放缓。",
            crate::facts::Place::Paragraph(0),
        );
        let mut found = vec![body(2, 9)];
        drop_kinds_of_body(&ex, &seg, &[], &mut found);
        assert!(found.is_empty());
        let proposed = Span {
            kind: Kind::Org,
            start: 2,
            end: 9,
            confidence: 100,
        };
        let mut found = vec![body(2, 9)];
        drop_kinds_of_body(&ex, &seg, &[proposed], &mut found);
        assert_eq!(found.len(), 1);
        // A body jieba knows whole stays.
        let seg = ex.seg("建设银行发布年报。", crate::facts::Place::Paragraph(0));
        let mut found = vec![body(0, 4)];
        drop_kinds_of_body(&ex, &seg, &[], &mut found);
        assert_eq!(found.len(), 1);
    }

    /// A body proposed on the very span of a place the rules found takes it over when the
    /// place may name a club (`罗马`), never when it is one of China's divisions or a park.
    #[test]
    fn a_body_on_a_places_span_replaces_only_a_foreign_place() {
        let place = |text: &str| {
            let f = chars(text);
            let found = Found {
                start: 0,
                end: f.len(),
                ..Found::default()
            };
            replaced(
                &f,
                FactKind::Organization,
                0,
                f.len(),
                FactKind::Place,
                &found,
            )
        };
        assert!(place("罗马"));
        assert!(place("西班牙"));
        assert!(!place("天津市"));
        assert!(!place("山西省"));
        assert!(!place("苏州工业园区"));
    }

    #[test]
    fn punctuation_splits_proposed_names() {
        assert!(!name_chars_ok(&chars("中央司令部。东方司令部")));
        assert!(!name_chars_ok(&chars("美国国家期货协会）")));
        assert!(name_chars_ok(&chars("国新控股（重庆）有限公司")));
    }
}
