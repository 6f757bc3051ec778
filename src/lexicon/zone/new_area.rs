//! New areas (新区): the national ones (国家级新区) by their official names, and a province's
//! or a city's own (`宜宾三江新区`, `成都东部新区`) when a city or county heads the name.
//!
//! For the readers of zone news a new area is a development zone like any other: it signs
//! projects through its own body (`两江新区管委会`) and the papers rank it with the 经开区 and
//! 高新区. `新区` alone is a kind of area (`新区建设跑出加速度`), and after no place it names
//! none (`城市新区`), so only the names below are zones.
//!
//! Two national new areas are administrative districts first (`上海浦东新区`, `天津滨海新区`):
//! a page names them for their district government (`浦东新区副区长`) far more often than as a
//! zone, so they stay the places the divisions list has them as.

use super::stops::starts_with_stop;
use crate::lexicon::places::{is_place, is_province_short};

/// The national new areas' own names (without 新区) and the place heading each official name
/// and the official name (`天府` → `四川天府新区`). A page writes either; both are one zone, the official name.
const NATIONAL: &[(&str, &str, &str)] = &[
    ("两江", "重庆", "重庆两江新区"),
    ("舟山群岛", "浙江", "浙江舟山群岛新区"),
    ("兰州", "", "兰州新区"),
    ("南沙", "广州", "广州南沙新区"),
    ("西咸", "陕西", "陕西西咸新区"),
    ("贵安", "贵州", "贵州贵安新区"),
    ("西海岸", "青岛", "青岛西海岸新区"),
    ("金普", "大连", "大连金普新区"),
    ("天府", "四川", "四川天府新区"),
    ("湘江", "湖南", "湖南湘江新区"),
    ("江北", "南京", "南京江北新区"),
    ("福州", "", "福州新区"),
    ("滇中", "云南", "云南滇中新区"),
    ("哈尔滨", "", "哈尔滨新区"),
    ("长春", "", "长春新区"),
    ("赣江", "江西", "江西赣江新区"),
    ("雄安", "河北", "河北雄安新区"),
];

/// A national new area's own name, its head and its official name, as chars.
type National = (Vec<char>, Vec<char>, &'static str);

/// The national new areas that are districts first, left places (see the module doc).
const DISTRICTS_FIRST: &[[char; 2]] = &[['浦', '东'], ['滨', '海']];

/// The official names of [`NATIONAL`], built once: `(own name, head, official name)`.
fn national() -> &'static [National] {
    static N: std::sync::OnceLock<Vec<National>> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        NATIONAL
            .iter()
            .map(|(own, head, name)| (own.chars().collect(), head.chars().collect(), *name))
            .collect()
    })
}

/// The official name of the national new area `prefix` names, with or without its head
/// (`天府`, `四川天府` → `四川天府新区`).
pub(super) fn national_name(prefix: &[char]) -> Option<&'static str> {
    national().iter().find_map(|(own, head, name)| {
        let tail = prefix.strip_suffix(own.as_slice())?;
        (tail.is_empty() || tail == head.as_slice()).then_some(*name)
    })
}

/// Shortest and longest own name of a new area after its city (`三江`, `辽东湾`).
const OWN_NAME: std::ops::RangeInclusive<usize> = 2..=3;

/// The name before `新区` in `run`: a national new area's (with its head when written), else a
/// city or county the lists know (not a province: `湖南新区` names none) with nothing or an own
/// name of two or three chars after it (`宜宾三江`, `盘锦辽东湾`). Else the run's last two chars,
/// which name a zone only when the page writes them headed by a city
/// ([`super::ZoneIndex::written_for`]): `三江新区` after `宜宾三江新区`.
pub(super) fn new_area_name(run: &[char]) -> &[char] {
    if let Some(cut) = (0..run.len()).find(|&cut| national_name(&run[cut..]).is_some()) {
        return &run[cut..];
    }
    let headed = (0..run.len()).find(|&cut| is_headed_name(&run[cut..]));
    match headed {
        Some(cut) => &run[cut..],
        None => &run[run.len().saturating_sub(2)..],
    }
}

/// Whether `name` is a new area's place part read alone: a national one's, or a city's or a
/// county's with an own name of two or three chars or none (`宜宾三江`, `宜宾`).
pub(super) fn names_a_new_area(name: &[char]) -> bool {
    let district = DISTRICTS_FIRST.iter().any(|d| name.ends_with(d));
    !district && (national_name(name).is_some() || is_headed_name(name))
}

/// A city or county the lists know (two or three chars, no province) and an own name of
/// [`OWN_NAME`] chars or none, opening with no stop word.
fn is_headed_name(name: &[char]) -> bool {
    if starts_with_stop(name) {
        return false;
    }
    (2..=3).any(|p| {
        let Some(place) = name.get(..p) else {
            return false;
        };
        let own = name.len() - p;
        is_city_or_county(place)
            && !is_province_short(place)
            && place != ['中', '国']
            && (own == 0 || (OWN_NAME.contains(&own) && !starts_with_stop(&name[p..])))
    })
}

/// Whether `place` names a city or a county, written short (`营口` of `营口市`) or as listed.
fn is_city_or_county(place: &[char]) -> bool {
    let with = |word: char| {
        let mut w = place.to_vec();
        w.push(word);
        is_place(&w)
    };
    is_place(place) || with('市') || with('县')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn read(run: &str) -> String {
        new_area_name(&chars(run)).iter().collect()
    }

    #[test]
    fn national_names_with_or_without_their_head() {
        assert_eq!(national_name(&chars("天府")), Some("四川天府新区"));
        assert_eq!(national_name(&chars("四川天府")), Some("四川天府新区"));
        assert_eq!(national_name(&chars("重庆两江")), Some("重庆两江新区"));
        assert_eq!(national_name(&chars("兰州")), Some("兰州新区"));
        assert_eq!(national_name(&chars("成都天府")), None);
        assert_eq!(read("同日四川天府"), "四川天府");
        assert_eq!(read("推动两江"), "两江");
    }

    #[test]
    fn a_city_heads_a_provincial_new_area() {
        assert_eq!(read("同日宜宾三江"), "宜宾三江");
        assert!(names_a_new_area(&chars("宜宾三江")));
        assert!(!names_a_new_area(&chars("城市")));
        assert!(!names_a_new_area(&chars("湖南")));
        assert!(!names_a_new_area(&chars("三江")));
    }
}

#[cfg(test)]
mod index_tests {
    use crate::lexicon::zone::ZoneIndex;

    fn zones(texts: &[&str], text: &str) -> Vec<String> {
        let idx = ZoneIndex::from_texts(texts.iter().copied());
        idx.find(text).into_iter().map(|m| m.canonical).collect()
    }

    #[test]
    fn new_areas_are_zones() {
        let page = [
            "宜宾三江新区竣工，三江新区表示欢迎。",
            "据悉，营口新区开工。",
        ];
        assert_eq!(zones(&page, "据悉，营口新区开工。"), ["营口新区"]);
        assert_eq!(
            zones(&page, "宜宾三江新区竣工，三江新区表示欢迎。"),
            ["宜宾三江新区", "宜宾三江新区"]
        );
        assert_eq!(zones(&page, "两江新区签约"), ["重庆两江新区"]);
        assert!(zones(&page, "推进城市新区建设，新区建设加快").is_empty());
        assert_eq!(zones(&page, "苏州高新区"), ["苏州高新技术产业开发区"]);
        assert!(zones(&page, "湖南新区").is_empty());
        assert!(zones(&page, "天津滨海新区和浦东新区").is_empty());
    }
}
