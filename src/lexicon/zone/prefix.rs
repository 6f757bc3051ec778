//! The place name before a zone suffix when the page knows none: a known place the run ends
//! with, else a tail cut at a stop word; a cooperation zone's longer name.

use super::stops::{ends_with_stop, is_non_place, splits_a_stop, starts_with_stop};
use super::Full;
use crate::lexicon::places::{is_place, is_province_short, opens_with_place};

/// Longest place name taken without page knowledge (呼和浩特, 乌鲁木齐).
const MAX_NAME: usize = 4;
/// Length taken from an unbounded run with no stop word: most county and city names are two.
const DEFAULT_PREFIX: usize = 2;

/// The place name in a run, when no page knowledge helps: the longest place name the run ends
/// with (`石家庄`, `运城` of `山西运城`); else the longest tail of two to `MAX_NAME` chars that
/// starts right after a stop word (or at a clear boundary) and neither starts nor ends with
/// one; failing that, the last `DEFAULT_PREFIX` chars. A cooperation zone's name is read by
/// [`cooperation_name`].
pub(super) fn prefix_from_run(run: &[char], bounded: bool, full: Full) -> &[char] {
    if full == Full::Cooperation {
        return cooperation_name(run, bounded);
    }
    if full == Full::NewArea {
        return super::new_area::new_area_name(run);
    }
    if let Some(place) = crate::lexicon::places::place_at_end(run) {
        if full == Full::Generic && is_province(place) {
            return &[];
        }
        return place;
    }
    // `国家级经济技术开发区`, `该经开区`: a run ending in a stop word names no place.
    if ends_with_stop(run) {
        return &[];
    }
    let cuts = (0..=run.len()).filter(|&cut| {
        ((cut == 0 && bounded) || (cut > 0 && ends_with_stop(&run[..cut])))
            && !splits_a_stop(run, cut)
    });
    let best = cuts
        .filter(|&cut| (2..=MAX_NAME).contains(&(run.len() - cut)))
        .find(|&cut| {
            let rest = &run[cut..];
            !starts_with_stop(rest) && !is_non_place(rest)
        });
    match best.or_else(|| headed_by_place(run, bounded)) {
        Some(cut) => &run[cut..],
        None => default_tail(run),
    }
}

/// Whether `place` is a province or an autonomous region (`山东`, `山东省`, `广西壮族自治区`
/// reads `广西`): a bare `开发区` after one speaks of the province's zones (`山东开发区条例`,
/// `江苏开发区数量居全国前列`), no zone is named so. A municipality's is one (`天津开发区` is
/// TEDA's everyday name), so the four and the two special regions are left out.
fn is_province(place: &[char]) -> bool {
    const CITIES: [&str; 6] = ["北京", "天津", "上海", "重庆", "香港", "澳门"];
    let short = place.strip_suffix(&['省']).unwrap_or(place);
    is_province_short(short) && !CITIES.iter().any(|c| c.chars().eq(short.iter().copied()))
}

/// Where a zone's name headed by a place starts in `run`, when it is longer than a place name
/// alone (`郑州航空港` of `郑州航空港经济综合实验区`): right after a stop word (`记者从`) or at a
/// clear boundary, a tail of at most `MAX_NAME + 2` chars that opens with a known place. The
/// longest such tail wins; cut at the default two chars, the zone lost its place head
/// (`空港经济综合实验区`).
///
/// A name opening with its province and its city before its own (`四川宜宾临港`) needs no such
/// boundary: two places in a row, a province's and a city's, are where it starts wherever it is
/// written (`12月19日四川宜宾临港…`, where no stop word is, had been cut to `临港`).
fn headed_by_place(run: &[char], bounded: bool) -> Option<usize> {
    (0..run.len())
        .filter(|&cut| (cut == 0 && bounded) || (cut > 0 && ends_with_stop(&run[..cut])))
        .find(|&cut| {
            let rest = &run[cut..];
            rest.len() <= MAX_NAME + 2 && opens_with_place(rest)
        })
        .or_else(|| (0..run.len()).find(|&cut| province_and_city_open(&run[cut..])))
}

/// Whether `name` opens with a province's short name and a city's (two to three chars each)
/// and goes on past them (`四川宜宾临港`; not `四川宜宾`, a city's zone, read by the city).
fn province_and_city_open(name: &[char]) -> bool {
    // The place look-up (a binary search of packed names) turns nearly every cut down before
    // the province list is compared name by name.
    name.len() >= 5
        && (2..=3).any(|p| {
            let head = &name[..p];
            is_place(head)
                && is_province_short(head)
                && (p + 2..=p + 3).any(|c| c < name.len() && is_place(&name[p..c]))
        })
}

/// Whether `head` is the places heading a longer zone name: a place (`武汉` of `武汉东湖`), or a
/// province and a city (`四川宜宾` of `四川宜宾临港`). A short name written without them
/// (`东湖`, `宜宾临港`) is the same zone.
pub(super) fn is_place_head(head: &[char]) -> bool {
    is_place(head)
        || (2..head.len().saturating_sub(1)).any(|k| is_place(&head[..k]) && is_place(&head[k..]))
}

/// A zone's place without the `市` a text writes after its city (`合肥市高新区`, `合肥市经开区`):
/// a zone's name is its city's short name (`合肥高新技术产业开发区`), so the two are one zone.
/// Kept where what is left is no place the lists know (`沙市`: `沙` names none).
pub(super) fn without_city_word(prefix: &[char]) -> &[char] {
    match prefix.strip_suffix(&['市']) {
        Some(city) if city.len() >= 2 && is_place(city) => city,
        _ => prefix,
    }
}

/// One-char short names of provinces and of the cities and regions a cooperation zone names
/// in pairs (`粤澳` of `横琴粤澳深度合作区`, `深港` of `前海深港现代服务业合作区`).
const REGION_CHARS: &[char] = &[
    '京', '津', '沪', '渝', '冀', '晋', '蒙', '辽', '吉', '黑', '苏', '浙', '皖', '闽', '赣', '鲁',
    '豫', '鄂', '湘', '粤', '桂', '琼', '川', '蜀', '黔', '贵', '滇', '云', '藏', '陕', '甘', '陇',
    '青', '宁', '新', '港', '澳', '台', '深', '穗',
];

/// Shortest name a cooperation zone is read with (`东兴边境`): a shorter run is a kind of
/// cooperation (`产业合作区`), not a zone's name.
const MIN_COOPERATION: usize = 3;

/// The name before `合作区`: from the first place that opens a tail of the run (`深圳前海…`,
/// `满洲里边境经济`: a cooperation zone's name is long and its words are no stop words), else,
/// from a clear boundary or a stop word, a head of up to two chars and a pair of regions'
/// short names, with more of the name after them (`横琴粤澳深度`, `前海深港现代服务业`). Anything
/// else (`深化粤澳合作区`, `两国边境经济合作区`, `产业合作区`) names no zone: empty.
pub(super) fn cooperation_name(run: &[char], bounded: bool) -> &[char] {
    let tails = || (0..run.len()).filter(|&cut| run.len() - cut >= MIN_COOPERATION);
    let placed = tails().find(|&cut| {
        let rest = &run[cut..];
        !starts_with_stop(rest) && (opens_with_place(rest) || is_place(rest))
    });
    let paired = || {
        tails()
            .filter(|&cut| (cut == 0 && bounded) || (cut > 0 && ends_with_stop(&run[..cut])))
            .find(|&cut| regions_paired(&run[cut..]))
    };
    match placed.or_else(paired) {
        Some(cut) => &run[cut..],
        None => &[],
    }
}

/// Whether `name` holds two regions' short names side by side after a head of up to two chars,
/// with two chars or more of the name after them (`横琴粤澳深度`, `前海深港现代服务业`; `粤澳` alone, or
/// `深化粤澳`, end there).
fn regions_paired(name: &[char]) -> bool {
    let region = |c: &char| REGION_CHARS.contains(c);
    (0..=2).any(|at| {
        name.get(at..at + 2).is_some_and(|p| p.iter().all(region)) && name.len() >= at + 4
    })
}

/// The last `DEFAULT_PREFIX` chars of a run in which no place name was found.
fn default_tail(run: &[char]) -> &[char] {
    let tail = &run[run.len().saturating_sub(DEFAULT_PREFIX)..];
    // `在县经济开发区`: a tail opening with a stop word names no place; the place was left
    // unsaid (a known place that opens like one, 于都, was found above).
    if starts_with_stop(tail) {
        &[]
    } else {
        tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn read(run: &str, bounded: bool, full: Full) -> String {
        prefix_from_run(&chars(run), bounded, full).iter().collect()
    }

    /// A province's and a city's names in a row start a zone's name wherever they are written;
    /// a run ending in a city is that city's zone.
    #[test]
    fn a_province_and_a_city_head_a_name() {
        assert_eq!(read("日四川宜宾临港", true, Full::EconTech), "四川宜宾临港");
        assert_eq!(
            read("拟与四川宜宾临港", false, Full::EconTech),
            "四川宜宾临港"
        );
        assert_eq!(read("湖南宁乡", true, Full::EconTech), "宁乡");
        assert!(is_place_head(&chars("武汉")));
        assert!(is_place_head(&chars("四川宜宾")));
        assert!(!is_place_head(&chars("针对")));
    }

    /// A city's `市` is no part of its zone's name; a place ending in `市` keeps it.
    #[test]
    fn a_provinces_bare_kaifaqu_names_no_zone() {
        assert_eq!(read("山东", true, Full::Generic), "");
        assert_eq!(read("审议山东省", false, Full::Generic), "");
        assert_eq!(read("天津", true, Full::Generic), "天津");
        assert_eq!(read("山东", true, Full::EconTech), "山东");
    }

    #[test]
    fn a_citys_word_is_left_out() {
        assert_eq!(without_city_word(&chars("合肥市")), chars("合肥"));
        assert_eq!(without_city_word(&chars("合肥")), chars("合肥"));
        assert_eq!(without_city_word(&chars("沙市")), chars("沙市"));
    }

    /// A cooperation zone's name: from a place opening it, else a pair of regions' short names
    /// after a head, with more after them; no name otherwise.
    #[test]
    fn cooperation_zones_names() {
        let co = |run: &str, bounded: bool| read(run, bounded, Full::Cooperation);
        assert_eq!(co("深圳前海深港现代服务业", true), "深圳前海深港现代服务业");
        assert_eq!(co("圳前海深港现代服务业", false), "");
        assert_eq!(co("横琴粤澳深度", true), "横琴粤澳深度");
        assert_eq!(co("落户横琴粤澳深度", true), "横琴粤澳深度");
        assert_eq!(co("记者从满洲里边境经济", true), "满洲里边境经济");
        for run in ["深化粤澳", "粤港澳", "两国边境经济", "产业", "打造产业"] {
            assert_eq!(co(run, true), "", "{run}");
        }
    }
}
