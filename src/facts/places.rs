//! Places: provinces, cities and counties from a gazetteer, towns (`瓦塘镇`) and parks
//! (`王桥工业园区`) by their suffix, all read on jieba's word boundaries so `长治` in
//! `长治久安` is no place. Places inside a zone or organisation name are part of that name.

use std::sync::OnceLock;

use super::charset::WordList;
use super::tables::{CharTable, PairTable};
use super::{Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::model::FactKind;
use crate::text::fold::fold;

/// Whether a slice of folded text is a gazetteer name (see [`crate::lexicon::places`]).
fn in_gazetteer(word: &[char]) -> bool {
    crate::lexicon::places::is_place(word)
}

/// Suffixes of towns and townships written with their name.
const TOWN_SUFFIXES: &[&str] = &["街道", "镇", "乡"];
/// Suffixes of parks, joined to the proper name before them.
const PARK_SUFFIXES: &[&str] = &[
    "工业园区",
    "产业园区",
    "工业园",
    "产业园",
    "科技园",
    "物流园",
    "示范园",
    "农业园",
];
/// Whether a place's name ends in a park suffix (`苏州工业园区`): a site, never a club or a
/// body named after a city, so a body proposed on the same span does not replace it.
pub fn is_park(name: &[char]) -> bool {
    super::ends_with_longer(name, PARK_SUFFIXES)
}
/// Last characters of a suffix word joined to the proper name before it (`瓦塘/镇`).
const JOIN_TAILS: &[char] = &['区', '园', '镇', '乡', '道'];
/// County and city suffixes taken with a jieba place name.
const ADMIN_SUFFIXES: &[char] = &['省', '市', '县', '区', '州', '盟', '旗'];
/// First characters of words that end in a place suffix but are not places (`全市`, `城镇`).
const NOT_PLACE_STARTS: &[char] = &[
    '全', '本', '该', '各', '此', '城', '超', '上', '乡', '农', '都', '县', '市', '省', '集', '小',
    '大', '新', '两', '辖', '园', '景', '社', '片', '厂', '矿', '开', '郊', '地', '我', '外', '邻',
    '周', '其', '那', '某', '兄',
];

/// Countries, continents and world cities in Chinese (generated from CLDR and GeoNames by
/// `tools/world_places.py`), some city names in Traditional characters.
const WORLD: &str = include_str!("../../assets/world_places.txt");

/// The world names folded as the text is (Traditional to Simplified: `開普敦` → `开普敦`),
/// longest first, so the first match at a position is the longest.
fn world() -> &'static WordList {
    static W: OnceLock<WordList> = OnceLock::new();
    W.get_or_init(|| {
        // Folded once for the life of the process, like the list it stands for.
        let folded: &'static str = Box::leak(fold(WORLD).into_boxed_str());
        let mut names: Vec<&'static str> = folded
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        // Longest first; equal names (a Simplified and a Traditional form) side by side.
        names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        names.dedup();
        WordList::new(&names)
    })
}

/// Whether `word` (folded) is a country, continent or world city of the world list, or a place
/// of the gazetteer (`德国`, `江苏`): what may qualify the body word closing a list (`等德国企业`).
pub fn is_known_place(word: &[char]) -> bool {
    in_gazetteer(word) || world().contains(word)
}

/// Foreign countries, continents and world cities (`美国`, `欧洲`, `纽约`) written as whole
/// jieba words (or runs of them), outside zone and organisation names.
fn scan_world(seg: &Seg, inside: &impl Fn(usize, usize) -> bool, out: &mut Vec<(FactKind, Found)>) {
    let world = world();
    for t in &seg.toks {
        if !world.can_start(seg.f[t.start]) {
            continue;
        }
        let Some((_, n)) = world.at(&seg.f, t.start) else {
            continue;
        };
        let end = t.start + n;
        // `长滩岛` (Boracay) is no `长滩` (Long Beach), nor `巴里岛` Bari, and `巴里·穆尼兹` is
        // a person: a world name running on into an island or a transliterated name is none.
        let runs_on = matches!(seg.f.get(end), Some('岛' | '·' | '•' | '・'));
        if !seg.is_boundary(end) || runs_on || inside(t.start, end) {
            continue;
        }
        out.push((
            FactKind::Place,
            Found::named(t.start, end, seg.folded(t.start, end)),
        ));
    }
}

/// Places in one text.
pub fn scan(
    seg: &Seg,
    zone_spans: &[ZoneSpan],
    org_spans: &[(usize, usize)],
    out: &mut Vec<(FactKind, Found)>,
) {
    let covered = super::SpanSet::new(
        zone_spans
            .iter()
            .map(|z| (z.start, z.end))
            .chain(org_spans.iter().copied()),
    );
    let inside = |s: usize, e: usize| covered.contains(s, e);
    scan_world(seg, &inside, out);
    let filters = filters();
    let mut from = 0;
    while let Some(k) = next_candidate(seg, from, filters) {
        from = k + 1;
        let t = &seg.toks[k];
        if !seg.f.get(t.start).is_some_and(|&c| is_han(c)) {
            continue;
        }
        let gazetteer = if filters.may_open(&seg.f, t.start) {
            gazetteer_at(seg, k)
        } else {
            None
        };
        let span = if let Some(end) = gazetteer {
            Some((t.start, end))
        } else if filters.may_end(&seg.f, t.start, t.end) {
            suffixed_place(seg, k, &inside)
        } else {
            None
        };
        if let Some((s, e)) = span {
            if !inside(s, e) {
                out.push(place_at(seg, s, e));
            }
        }
    }
}

/// The first word at or after `from` that may open a gazetteer name or end in a place suffix.
/// Most words do neither; a tight loop passes over them with a few bitmap loads each (kept out
/// of line, so the loop keeps its pointers in registers).
#[inline(never)]
fn next_candidate(seg: &Seg, from: usize, filters: &Filters) -> Option<usize> {
    let f = seg.f.as_slice();
    let found = seg
        .toks
        .get(from..)?
        .iter()
        .position(|t| filters.may_open(f, t.start) || filters.may_end(f, t.start, t.end));
    found.map(|p| from + p)
}

/// A place read from its suffix at word `k`: a town or county word (`瓦塘镇`, `襄垣县`), or a
/// suffix word joined to the proper name before it (`王桥/工业园区`). jieba's tags are asked
/// last, and not at all for a word inside a zone or organisation name, which keeps its places.
fn suffixed_place(
    seg: &Seg,
    k: usize,
    inside: &impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    let t = seg.toks.get(k)?;
    let word = &seg.f[t.start..t.end];
    let n = word.len();
    if n == 1 && !PLACE_TAILS.contains(&word[0]) {
        return None;
    }
    // Whether the word can join the name before it; the tail test spares most comparisons.
    let joinable = JOIN_TAILS.contains(&word[n - 1])
        && filters().join_words.iter().any(|s| s.as_slice() == word);
    // Only a suffix word can widen the span past this word, so inside a name nothing else counts.
    if !joinable && inside(t.start, t.end) {
        return None;
    }
    if n >= 3 && word.iter().all(|c| is_han(*c)) && is_town_or_county(word, || seg.pos(k)) {
        return Some((t.start, t.end));
    }
    let prev = seg.toks.get(k.checked_sub(1)?)?;
    if !joinable {
        return None;
    }
    let prev_word = &seg.f[prev.start..prev.end];
    let joins = prev.end == t.start
        && prev_word.len() >= 2
        && prev_word.iter().all(|c| is_han(*c))
        && !inside(prev.start, t.end);
    let proper = || {
        in_gazetteer(prev_word)
            || matches!(
                seg.pos(k - 1),
                Pos::PlaceName | Pos::PersonName | Pos::OtherProper
            )
    };
    (joins && proper()).then_some((prev.start, t.end))
}

/// Last characters of the one-char tokens a place can end with (`瓦塘/镇`, `王桥/工业园区`).
const PLACE_TAILS: &[char] = &['镇', '乡', '村', '区', '县', '市', '省'];

/// Bitmaps that reject most words before a gazetteer search or a suffix comparison.
struct Filters {
    /// First chars, opening pairs and last chars of gazetteer names.
    gaz_firsts: CharTable,
    gaz_pairs: PairTable,
    gaz_lasts: CharTable,
    /// Last chars a word of three or more chars ends with when it is a town, county or park
    /// (`瓦塘镇`, `襄垣县`, `工业园区`) or a suffix word joined to the name before it.
    long_tails: CharTable,
    /// Last chars of the shorter suffix words (`镇`, `街道`): a word of one or two chars is a
    /// place only as one of them, joined to the name before it.
    short_tails: CharTable,
    /// The park and town suffixes, which join the proper name before them as words.
    join_words: Vec<Vec<char>>,
}

impl Filters {
    /// Whether a gazetteer name may start at `start`: its first two chars.
    #[inline(always)]
    fn may_open(&self, f: &[char], start: usize) -> bool {
        f.get(start).is_some_and(|&c| {
            self.gaz_firsts.may_contain(c) && self.gaz_pairs.may_contain(c, f.get(start + 1))
        })
    }

    /// Whether the word `f[start..end]` may be a place by its suffix (see [`suffixed_place`]):
    /// its last char, checked against the suffixes a word of its length can have. The short
    /// tails are among the long ones, so most words are rejected by one load.
    #[inline(always)]
    fn may_end(&self, f: &[char], start: usize, end: usize) -> bool {
        f.get(end.wrapping_sub(1)).is_some_and(|&c| {
            self.long_tails.may_contain(c)
                && (end.saturating_sub(start) >= 3 || self.short_tails.may_contain(c))
        })
    }
}

fn filters() -> &'static Filters {
    static F: OnceLock<Filters> = OnceLock::new();
    F.get_or_init(|| {
        let names: Vec<Vec<char>> = crate::lexicon::places::names()
            .map(|w| w.chars().collect())
            .collect();
        let join_words: Vec<Vec<char>> = PARK_SUFFIXES
            .iter()
            .chain(TOWN_SUFFIXES)
            .map(|s| s.chars().collect())
            .collect();
        let join_tails = |short: bool| {
            join_words
                .iter()
                .filter(move |w| !short || w.len() < 3)
                .filter_map(|w| w.last().copied())
        };
        Filters {
            gaz_firsts: CharTable::new(names.iter().filter_map(|w| w.first().copied())),
            gaz_pairs: PairTable::new(names.iter().filter_map(|w| Some((*w.first()?, *w.get(1)?)))),
            gaz_lasts: CharTable::new(names.iter().filter_map(|w| w.last().copied())),
            long_tails: CharTable::new(
                join_tails(false)
                    .chain(ADMIN_SUFFIXES.iter().copied())
                    .chain(JOIN_TAILS.iter().copied()),
            ),
            // A subset of the long tails: `join_tails(true)` is part of `join_tails(false)`.
            short_tails: CharTable::new(join_tails(true)),
            join_words,
        }
    })
}

/// The longest gazetteer name starting at token `k` and ending on a token boundary, over up
/// to three tokens (`云冈/区`).
fn gazetteer_at(seg: &Seg, k: usize) -> Option<usize> {
    let start = seg.toks.get(k)?.start;
    let filters = filters();
    if !filters
        .gaz_pairs
        .may_contain(*seg.f.get(start)?, seg.f.get(start + 1))
    {
        return None;
    }
    seg.toks[k..]
        .iter()
        .take(3)
        .map(|t| t.end)
        .filter(|&end| {
            (2..=9).contains(&(end - start))
                && filters.gaz_lasts.may_contain(seg.f[end - 1])
                && in_gazetteer(&seg.f[start..end])
        })
        .max()
}

/// A single jieba word such as `瓦塘镇` (any tag: jieba guesses `nr` for unknown towns) or
/// `襄垣县` (a place-tagged word with an administrative suffix).
fn is_town_or_county(word: &[char], pos: impl Fn() -> Pos) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    if NOT_PLACE_STARTS.contains(&first) {
        return false;
    }
    let park = PARK_SUFFIXES
        .iter()
        .any(|s| super::ends_with(word, s) && word.len() > s.chars().count() + 1);
    if park {
        return true;
    }
    let town = TOWN_SUFFIXES.iter().any(|s| super::ends_with(word, s));
    let admin = word.last().is_some_and(|c| ADMIN_SUFFIXES.contains(c));
    if !(town || admin) {
        return false;
    }
    let pos = pos();
    (town && matches!(pos, Pos::PlaceName | Pos::PersonName | Pos::OtherProper))
        || (admin && pos == Pos::PlaceName)
}

/// The level of a division by its last char: province, prefecture, county, township.
fn level(c: char) -> Option<u8> {
    match c {
        '省' => Some(1),
        '市' | '州' | '盟' => Some(2),
        '区' | '县' | '旗' => Some(3),
        '镇' | '乡' => Some(4),
        _ => None,
    }
}

/// The level of a place's name: a region (`内蒙古自治区`, `香港特别行政区`) and a province's
/// short name (`湖北`, written before its county in `湖北蕲春县`) are provinces, though the
/// one ends in `区` and the other in no suffix; otherwise the last char says ([`level`]).
fn level_of(name: &[char]) -> Option<u8> {
    let region = ["自治区", "特别行政区"]
        .iter()
        .any(|s| super::ends_with(name, s));
    if region || crate::lexicon::places::is_province_short(name) {
        return Some(1);
    }
    name.last().and_then(|&c| level(c))
}

/// Adds a compound place where places sit side by side, each a division below the one before
/// (`重庆市巴南区`, `兴县瓦塘镇`, `广东省佛山市南海区`, `湖北蕲春县`): a reader looks the run
/// up as one address, and the parts stay facts of their own. Only the whole run is added, not
/// its shorter runs (`广东省佛山市`), which would list one address several times.
pub fn add_compounds(seg: &Seg, found: &mut Vec<(FactKind, Found)>) {
    let mut places: Vec<(usize, usize)> = found
        .iter()
        .filter(|(k, _)| *k == FactKind::Place)
        .map(|(_, f)| (f.start, f.end))
        .collect();
    places.sort_unstable();
    places.dedup();
    let level_of_span = |&(s, e): &(usize, usize)| seg.f.get(s..e).and_then(level_of);
    // The level of the longest place ending at `e` (the sorted list puts it first).
    let level_at = |e: usize| places.iter().find(|p| p.1 == e).and_then(level_of_span);
    // The places starting at `s`, from the sorted list.
    let starting_at = |s: usize| {
        let from = places.partition_point(|p| p.0 < s);
        let to = places.partition_point(|p| p.0 <= s);
        &places[from..to]
    };
    // The longest place that goes on from a division ending at `e`, a level below it.
    let next = |e: usize| {
        let above = level_at(e)?;
        starting_at(e)
            .iter()
            .rev()
            .find(|p| level_of_span(p).is_some_and(|b| b > above))
            .copied()
    };
    let mut ends: Vec<usize> = places.iter().map(|p| p.1).collect();
    ends.sort_unstable();
    ends.dedup();
    // A run starts at a place no division above it ends right before.
    let heads_run = |p: &(usize, usize)| {
        ends.binary_search(&p.0).is_err()
            || !matches!((level_at(p.0), level_of_span(p)), (Some(a), Some(b)) if a < b)
    };
    let runs: Vec<(usize, usize)> = places
        .iter()
        .filter(|p| heads_run(p))
        .filter_map(|&(s, e)| {
            let mut end = e;
            while let Some((_, e2)) = next(end).filter(|&(_, e2)| e2 - s <= 16) {
                end = e2;
            }
            (end > e).then_some((s, end))
        })
        .filter(|span| places.binary_search(span).is_err())
        .collect();
    found.extend(runs.into_iter().map(|(s, e)| place_at(seg, s, e)));
}

/// Places that name a clock before `时间` (`北京时间`, `莫斯科时间`): the time of day, not a
/// place the text is about.
const CLOCKS: &[&str] = &["北京", "东京", "莫斯科", "格林尼治", "格林威治"];

/// Drops the places that only name a time zone (`北京时间昨晚`) and those inside the name of a
/// newspaper or magazine ([`in_publication_title`]). Places inside the title of another work
/// stay (`《晋中市国土空间总体规划》`): People's Daily marks them (`《桂林山水歌》`), and a
/// plan's place is news to an analyst.
pub fn drop_clocks(seg: &Seg, found: &mut Vec<(FactKind, Found)>) {
    found.retain(|(k, f)| {
        *k != FactKind::Place
            || !((crate::facts::at(&seg.f, f.end, "时间")
                && seg
                    .f
                    .get(f.start..f.end)
                    .is_some_and(|name| CLOCKS.iter().any(|c| name.iter().copied().eq(c.chars()))))
                || in_publication_title(&seg.f, f.start, f.end))
    });
}

/// Longest title of a publication looked through for its marks.
const MAX_TITLE: usize = 24;

/// Whether `s..e` lies inside the title marks of a newspaper or magazine (`《洛杉矶时报》`,
/// `《朝鲜日报》`, `《新英格兰医学杂志》`): the place is part of the publication's name, which
/// People's Daily marks whole as an organisation (`《纽约时报》`, `《天津日报》`) and CLUENER never
/// as an address.
fn in_publication_title(f: &[char], s: usize, e: usize) -> bool {
    let open = f[s.saturating_sub(MAX_TITLE)..s]
        .iter()
        .rev()
        .take_while(|&&c| c != '》')
        .any(|&c| c == '《');
    let close = f
        .get(e..)
        .unwrap_or_default()
        .iter()
        .take(MAX_TITLE)
        .take_while(|&&c| c != '《')
        .position(|&c| c == '》');
    open && close.is_some_and(|k| {
        let title = &f[s..e + k];
        title.ends_with(&['报']) || title.ends_with(&['刊']) || title.ends_with(&['杂', '志'])
    })
}

/// The place fact of `s..e`, named as the folded text reads.
fn place_at(seg: &Seg, s: usize, e: usize) -> (FactKind, Found) {
    (FactKind::Place, Found::named(s, e, seg.folded(s, e)))
}
