//! Development zones: finding their names in text and resolving abbreviations to one canonical,
//! Simplified full name (`云网经开区` → `云网经济技术开发区`, `晉城經濟技術開發區` → `晋城经济技术开发区`).
//!
//! A zone name is a place prefix (`运城`, `呼和浩特`) plus a suffix. The suffix is easy; the prefix
//! is not, because Chinese has no spaces: in `助力河津经济技术开发区` only `河津` is the name. A
//! [`ZoneIndex`] is built over a whole page first, so that a prefix seen once at a clear boundary
//! (a kicker line `河津经济技术开发区`, or after a comma) disambiguates every other mention.

mod fold;
mod hits;
mod index;
mod new_area;
mod prefix;
mod query;
mod scan;
mod stops;

pub use self::fold::fold_for_zones;
pub use self::hits::SuffixHits;
pub use self::index::{ZoneIndex, ZoneKey, ZoneMention};
pub use self::query::{canonical, closest, is_of_kind, matches, of_kind, place_part};

/// Zone suffixes (folded form) and the full suffix each abbreviates, longest first.
const SUFFIXES: &[(&str, Full)] = &[
    ("国家农业高新技术产业示范区", Full::AgriHighTech),
    ("转型综合改革示范区", Full::Reform),
    ("经济综合实验区", Full::Experimental),
    ("自由贸易试验区", Full::FreeTrade),
    ("高新技术产业开发区", Full::HighTech),
    // After the 高新 forms it ends: `武汉东湖新技术开发区`, a national high-tech zone whose
    // official name has no 高, was no zone at all (its run read as a generic `开发区`'s).
    ("新技术产业开发区", Full::NewTechIndustry),
    ("经济技术开发区", Full::EconTech),
    // `山西转型综改示范区` keeps the `转型` of the full name: read as `综改示范区` after a place
    // `山西转型`, it became 山西转型转型综合改革示范区 (and `转型综改区` before `综改区` likewise).
    ("转型综改示范区", Full::Reform),
    ("高新技术开发区", Full::HighTech),
    // `上海漕河泾新兴技术开发区`: a national zone's own kind; read as a bare `开发区`, its tail
    // was taken for the article's zone and its place for a place.
    ("新兴技术开发区", Full::Emerging),
    ("新技术开发区", Full::NewTech),
    ("综合保税区", Full::Bonded),
    ("自贸试验区", Full::FreeTrade),
    ("经济开发区", Full::Econ),
    ("综改示范区", Full::Reform),
    ("转型综改区", Full::Reform),
    ("国家农高区", Full::AgriHighTech),
    ("综保区", Full::Bonded),
    ("自贸区", Full::FreeTrade),
    ("农高区", Full::AgriHighTech),
    ("综改区", Full::Reform),
    ("高新区", Full::HighTech),
    ("经开区", Full::EconAbbrev),
    ("开发区", Full::Generic),
    // Parks and cooperation zones named by a place (`苏州工业园区`, `横琴粤澳深度合作区`): zones
    // a reader of zone news looks for, as written. After every 开发区 form, which none ends in.
    ("工业园区", Full::IndustrialPark),
    ("合作区", Full::Cooperation),
    // `沈抚改革创新示范区`: a reform pilot zone named by its two cities' short names.
    ("改革创新示范区", Full::ReformPilot),
    // New areas (`四川天府新区`, `宜宾三江新区`), named only as [`new_area`] reads them: last,
    // so that `高新区` is always read first, and the only suffix of two chars.
    ("新区", Full::NewArea),
];

/// Words for an area of some kind that name none alone (`新区`, `园区`, `产业园区`): with the
/// zone suffixes (`工业园区` among them), what a bare mention of a kind of zone is.
const AREA_KIND_WORDS: &[&str] = &["新区", "园区", "产业园区", "示范区", "保税区"];

/// Whether `name` (folded) is only a kind of zone or area, naming none (`综合保税区`, `高新区`,
/// `新区` in `综合保税区进出口额创新高`, `新区建设跑出加速度`): no place and no body.
pub fn is_bare_kind(name: &str) -> bool {
    let kind = |n: &str| SUFFIXES.iter().any(|(s, _)| *s == n) || AREA_KIND_WORDS.contains(&n);
    // `新园区` (`国仪量子新园区建设现场`): a new one of a kind names none either.
    kind(name) || name.strip_prefix('新').is_some_and(kind)
}

/// Whether the zone named `full` is `short` with the places heading it (`四川宜宾临港经济技术
/// 开发区` and `宜宾临港经济技术开发区`, `武汉东湖新技术开发区` and `东湖新技术开发区`): one zone,
/// the page writing it both ways.
pub fn heads(full: &str, short: &str) -> bool {
    full.len() > short.len()
        && full.ends_with(short)
        && prefix::is_place_head(&full[..full.len() - short.len()].chars().collect::<Vec<_>>())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Full {
    EconTech,
    Econ,
    /// `经开区` abbreviates both 经济技术开发区 and 经济开发区: the page decides.
    EconAbbrev,
    HighTech,
    /// High-tech zones whose official name writes no 高 (`武汉东湖新技术开发区`): kept as
    /// written, since `高新技术产业开发区` is not their name.
    NewTech,
    NewTechIndustry,
    /// New and emerging technology zones (`上海漕河泾新兴技术开发区`), a kind of their own.
    Emerging,
    Bonded,
    /// National agricultural high-tech demonstration zones (`晋中国家农高区`).
    AgriHighTech,
    /// Shanxi's transformation and comprehensive reform zone (`山西综改示范区`).
    Reform,
    /// Comprehensive economic experimental zones (`郑州航空港经济综合实验区`).
    Experimental,
    /// Pilot free trade zones (`山西自贸试验区`, `中国（山西）自由贸易试验区`).
    FreeTrade,
    /// Industrial parks named by a known place (`苏州工业园区`); one named by no place it knows
    /// (`王桥工业园区`) stays the place it was.
    IndustrialPark,
    /// Cooperation zones named by places (`前海深港现代服务业合作区`, `满洲里边境经济合作区`):
    /// their names are long, read by [`prefix::cooperation_name`].
    Cooperation,
    /// Reform and innovation pilot zones (`沈抚改革创新示范区`).
    ReformPilot,
    /// New areas (`重庆两江新区`, `宜宾三江新区`): see [`new_area`].
    NewArea,
    Generic,
}

impl Full {
    fn expansion(self) -> &'static str {
        match self {
            Full::EconTech | Full::EconAbbrev => "经济技术开发区",
            Full::Econ => "经济开发区",
            Full::HighTech => "高新技术产业开发区",
            Full::NewTech => "新技术开发区",
            Full::NewTechIndustry => "新技术产业开发区",
            Full::Emerging => "新兴技术开发区",
            Full::Bonded => "综合保税区",
            Full::AgriHighTech => "国家农业高新技术产业示范区",
            Full::Reform => "转型综合改革示范区",
            Full::Experimental => "经济综合实验区",
            Full::FreeTrade => "自由贸易试验区",
            Full::IndustrialPark => "工业园区",
            Full::Cooperation => "合作区",
            Full::ReformPilot => "改革创新示范区",
            Full::NewArea => "新区",
            Full::Generic => "开发区",
        }
    }

    /// The kind of zone a suffix names, its short and full forms one kind: `高新区` and
    /// `新技术开发区` (a high-tech zone whose name writes no 高), `经开区` and `经济开发区`. A short
    /// name takes the full name the page writes for a zone of its kind.
    fn family(self) -> Full {
        match self {
            Full::NewTech | Full::NewTechIndustry => Full::HighTech,
            Full::Econ | Full::EconAbbrev => Full::EconTech,
            other => other,
        }
    }

    /// Whether a suffix of `len` chars written for this kind is the zone's full name
    /// (`经济技术开发区`, `经济开发区`, `新技术开发区`), not a short one (`经开区`, `高新区`,
    /// `自贸试验区`). A bare `开发区` names no kind.
    ///
    /// A new area's `新区` says nothing of it: the name is in its place part, which a page
    /// writes with its city (`宜宾三江新区`) or without (`三江新区`), so none is read as full.
    fn written_in_full(self, len: usize) -> bool {
        !matches!(self, Full::Generic | Full::NewArea)
            && (len >= 7 || len == self.expansion().chars().count())
    }
}

/// How far back a suffix looks for its place name: a cooperation zone's name runs to eleven
/// chars with its city (`深圳前海深港现代服务业合作区`).
const MAX_PREFIX: usize = 12;
