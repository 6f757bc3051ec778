//! A page's zone knowledge ([`ZoneIndex`]): the place names it states at a clear boundary and
//! the full suffix each uses, and the zones each text names, read with it.

use std::collections::{BTreeMap, BTreeSet};

use super::fold::fold_for_zones;
use super::hits::{Hit, SuffixHits};
use super::prefix::{is_place_head, without_city_word};
use super::stops::is_non_place;
use super::Full;
use crate::facts::charset::ends_with_chars;
use crate::lexicon::places::is_place;

mod written;
use written::Written;

/// One zone named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneMention {
    /// Character offsets of the whole mention (prefix + suffix) in the text searched.
    pub start: usize,
    pub end: usize,
    /// The canonical full name.
    pub canonical: String,
}

/// Up to this many names a page knows, [`ZoneIndex::prefix_of`] compares each with a run
/// rather than looking the run's tails up.
const FEW_KNOWN: usize = 16;

/// Zone knowledge of one page: which place prefixes were seen, and which full suffix each uses.
#[derive(Debug, Clone, Default)]
pub struct ZoneIndex {
    /// Prefixes seen at a clear boundary, e.g. from a kicker line (folded chars).
    known: BTreeSet<Vec<char>>,
    /// Prefix → full suffix stated on the page (`经济开发区` vs `经济技术开发区`).
    stated: BTreeMap<Vec<char>, &'static str>,
    /// Prefix → the full suffix of the page's 经济(技术)开发区 of that place, which `经开区`
    /// abbreviates: apart from [`ZoneIndex::stated`], because a city has a 高新区 and a 经开区
    /// alike (`太原高新区和太原经开区` had read both as the 高新区, one zone).
    econ: BTreeMap<Vec<char>, &'static str>,
    /// The zones the page writes by their full names ([`Full::written_in_full`]), by their
    /// place and by each shorter name that leaves out the places heading it (`武汉东湖新技术开发区`
    /// under `武汉东湖` and `东湖`; `四川宜宾临港…` under `宜宾临港` and `临港`): a mention of
    /// that place and kind is that zone (`东湖高新区`, `宜宾临港经开区`).
    written: BTreeMap<Vec<char>, Vec<Written>>,
}

impl ZoneIndex {
    /// Learns prefixes and full names from all texts of a page (titles and paragraphs).
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let folded: Vec<Vec<char>> = texts.into_iter().map(fold_for_zones).collect();
        Self::from_folded(folded.iter().map(Vec::as_slice))
    }

    /// [`ZoneIndex::from_texts`] over texts already folded (see [`fold_for_zones`](super::fold_for_zones)), so a caller that
    /// folds each text once for its own matching does not pay for folding again.
    pub fn from_folded<'a>(texts: impl IntoIterator<Item = &'a [char]>) -> Self {
        let hits: Vec<SuffixHits> = texts.into_iter().map(SuffixHits::of).collect();
        Self::from_hits(&hits)
    }

    /// [`ZoneIndex::from_folded`] over the suffixes already found in each text, so a caller
    /// that also finds each text's zones ([`ZoneIndex::find_hits`]) scans it once.
    pub fn from_hits<'h>(texts: impl IntoIterator<Item = &'h SuffixHits>) -> Self {
        let mut index = ZoneIndex::default();
        let hits: Vec<&Hit> = texts.into_iter().flat_map(|h| h.0.iter()).collect();
        for hit in hits.iter().copied() {
            let p = hit.guessed();
            // Looked up before it is copied: a page names its few zones many times.
            // A new area's guessed tail (`城市` of `，城市新区`) is no place learned.
            if hit.bounded
                && p.len() == hit.run_len
                && !index.known.contains(p)
                && !is_non_place(p)
                && (hit.full != Full::NewArea || super::new_area::names_a_new_area(p))
            {
                index.known.insert(p.to_vec());
            }
        }
        // `图为晋城` seen at a line start is not a name when `晋城` is known too: keep the shortest.
        // Each name's own tails are looked up (names are short), not every other name, so a
        // page with 100,000 zone lines stays linear.
        // The shadowed names are found first and removed after, so that every name is judged
        // against the whole set, as before, without a copy of it.
        let shadowed: Vec<Vec<char>> = index
            .known
            .iter()
            .filter(|k| (1..k.len()).any(|cut| index.known.contains(&k[cut..])))
            .cloned()
            .collect();
        for k in &shadowed {
            index.known.remove(k);
        }
        let mut full: Vec<(Full, &[char], bool)> = Vec::new();
        for hit in hits.iter().copied() {
            let stated = matches!(hit.full, Full::EconTech | Full::Econ | Full::HighTech);
            let in_full = hit.full.written_in_full(hit.suffix_end - hit.suffix_start);
            if !stated && !in_full {
                // A short name headed by its city (`惠州仲恺高新区`) still tells the page's
                // other mentions without the city (`仲恺高新区`) which zone they are.
                // Only a run of three chars or more can hold a head and a name
                // (`learn_written`'s `headed`): shorter ones, most, are not read again.
                if hit.full != Full::Generic && hit.run().len() >= 3 {
                    let p = without_city_word(index.prefix_of(hit));
                    if !p.is_empty() {
                        full.push((hit.full, p, false));
                    }
                }
                continue;
            }
            let p = without_city_word(index.prefix_of(hit));
            if stated {
                if !index.stated.contains_key(p) {
                    index.stated.insert(p.to_vec(), hit.full.expansion());
                }
                if hit.full != Full::HighTech && !index.econ.contains_key(p) {
                    index.econ.insert(p.to_vec(), hit.full.expansion());
                }
            }
            if !p.is_empty() && (in_full || hit.full != Full::Generic) {
                full.push((hit.full, p, in_full));
            }
        }
        index.learn_written(&full);
        index
    }

    /// The place name ending a run: the longest known prefix it ends with, else the heuristic.
    /// A known name that the heuristic reads with the places heading it (`东湖` known, the run
    /// `记者从武汉东湖`) is read with them: the page's short name cut the full one's head.
    fn prefix_of<'r>(&self, hit: &'r Hit) -> &'r [char] {
        // The run's tails, longest first, looked up in the set: a run is at most `MAX_PREFIX`
        // chars, so this costs the same however many names the page knows.
        // A page knows a few names, mostly: then each is compared with the run's end, which
        // costs less than a set look-up per tail and finds the same longest one.
        let run = hit.run();
        let known = if self.known.len() <= FEW_KNOWN {
            self.known
                .iter()
                .filter(|k| !k.is_empty() && ends_with_chars(run, k))
                .max_by_key(|k| k.len())
                .map(|k| &run[run.len() - k.len()..])
        } else {
            (1..=run.len())
                .map(|n| &run[run.len() - n..])
                .rev()
                .find(|tail| self.known.contains(*tail))
        };
        match known {
            // Asked only where a place of two to four chars ends right before the known name:
            // most runs are the name alone (`，太原`) or hold no place before it.
            Some(k) if place_ends(&run[..run.len() - k.len()]) => {
                let guessed = hit.guessed();
                let head = guessed.len().saturating_sub(k.len());
                if head > 0 && guessed.ends_with(k) && is_place_head(&guessed[..head]) {
                    guessed
                } else {
                    k
                }
            }
            Some(k) => k,
            None => hit.guessed(),
        }
    }

    /// Every zone named in `text`, in order, with canonical names.
    pub fn find(&self, text: &str) -> Vec<ZoneMention> {
        self.find_folded(&fold_for_zones(text))
    }

    /// [`ZoneIndex::find`] over a text already folded (see [`fold_for_zones`](super::fold_for_zones)); offsets are the same.
    pub fn find_folded(&self, folded: &[char]) -> Vec<ZoneMention> {
        self.find_hits(&SuffixHits::of(folded))
    }

    /// [`ZoneIndex::find_folded`] over the suffixes already found in a text.
    pub fn find_hits(&self, hits: &SuffixHits) -> Vec<ZoneMention> {
        self.find_keys(hits)
            .map(|(key, start, end)| ZoneMention {
                start,
                end,
                canonical: key.name(),
            })
            .collect()
    }

    /// The zones of [`ZoneIndex::find_hits`] as borrowed names with their char offsets, so a
    /// caller that counts mentions (an article's ranking reads every zone of a page) builds
    /// each distinct name once rather than a `String` per mention.
    pub fn find_keys<'s>(
        &'s self,
        hits: &'s SuffixHits,
    ) -> impl Iterator<Item = (ZoneKey<'s>, usize, usize)> + 's {
        hits.0.iter().filter_map(|hit| {
            let prefix = self.prefix_of(hit);
            if is_non_place(prefix) {
                return None;
            }
            let start = hit.mention_start(prefix);
            let prefix = without_city_word(prefix);
            // A short name is the zone the page writes in full for its place and kind; a full
            // name is as written, but for the places heading it on the page (`宜宾临港经济技术
            // 开发区` where the page writes `四川宜宾临港经济技术开发区`).
            let in_full = hit.full.written_in_full(hit.suffix_end - hit.suffix_start);
            let written = (hit.full != Full::Generic)
                .then(|| self.written_for(prefix, hit.full))
                .flatten()
                .filter(|w| {
                    !in_full || (w.prefix.len() > prefix.len() && w.suffix == hit.full.expansion())
                });
            if let Some(w) = written {
                let key = ZoneKey {
                    prefix: &w.prefix,
                    skip: None,
                    suffix: w.suffix,
                };
                return Some((key, start, hit.suffix_end));
            }
            if hit.full == Full::NewArea {
                // A national new area is its official name however the page writes it; any
                // other is a city's (`宜宾三江`), else none (`城市新区`).
                if let Some(name) = super::new_area::national_name(prefix) {
                    let key = ZoneKey {
                        prefix: &[],
                        skip: None,
                        suffix: name,
                    };
                    return Some((key, start, hit.suffix_end));
                }
                if !super::new_area::names_a_new_area(prefix) {
                    return None;
                }
            }
            let suffix = match hit.full {
                Full::EconAbbrev => self
                    .econ
                    .get(prefix)
                    .copied()
                    .unwrap_or(Full::EconTech.expansion()),
                // A bare `X开发区` is the zone the page names in full (`广州经济技术开发区`),
                // else, when X is a place, the zone as written (`广州开发区`): papers call
                // a zone by its city's name and 开发区 alone.
                Full::Generic => match self.stated.get(prefix) {
                    Some(full) => full,
                    None if crate::lexicon::places::is_place(prefix) => Full::Generic.expansion(),
                    None => return None,
                },
                // A park is a zone when a place the lists know names it (`苏州工业园区`);
                // `王桥工业园区` stays the place it was, and a province's are its parks as a
                // whole (`山西工业园区建设加快`).
                Full::IndustrialPark if !names_a_park(prefix) => return None,
                other => other.expansion(),
            };
            let skip = inner_city_word(prefix);
            Some((
                ZoneKey {
                    prefix,
                    skip,
                    suffix,
                },
                start,
                hit.suffix_end,
            ))
        })
    }
}

/// Whether `head` ends in a place name of two to four chars (`武汉` of `记者从武汉`): a few
/// look-ups, where a run's every tail would be many.
fn place_ends(head: &[char]) -> bool {
    (2..=head.len().min(4)).any(|n| is_place(&head[head.len() - n..]))
}

/// Whether `prefix` names one industrial park: a place the lists know below a province
/// (`苏州`, `潞城`; not `山西`, `山西省`).
pub(super) fn names_a_park(prefix: &[char]) -> bool {
    use crate::lexicon::places::is_province_short;
    let province =
        is_province_short(prefix) || prefix.strip_suffix(&['省']).is_some_and(is_province_short);
    is_place(prefix) && !province
}

/// A zone's canonical name as its place prefix (folded chars) and its full suffix, unjoined:
/// equal, and hashed alike, exactly when the joined names are.
#[derive(Debug, Clone, Copy)]
pub struct ZoneKey<'a> {
    prefix: &'a [char],
    /// A char of `prefix` no part of the name: the `市` between a city and its district's zone
    /// (`芜湖市三山经开区`, see [`inner_city_word`]).
    skip: Option<usize>,
    suffix: &'static str,
}

impl ZoneKey<'_> {
    /// The joined name, built at its exact size.
    pub fn name(&self) -> String {
        let mut s = String::with_capacity(self.prefix.len() * 3 + self.suffix.len());
        s.extend(self.prefix_chars());
        s.push_str(self.suffix);
        s
    }

    /// The prefix's chars without the skipped one.
    fn prefix_chars(&self) -> impl Iterator<Item = char> + '_ {
        self.prefix
            .iter()
            .enumerate()
            .filter(|&(i, _)| Some(i) != self.skip)
            .map(|(_, &c)| c)
    }

    /// The name's chars, prefix then suffix.
    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.prefix_chars().chain(self.suffix.chars())
    }
}

/// Where the `市` of a city stands inside a zone's place (`芜湖市三山` of `芜湖市三山经开区`): a
/// city's name of two or more chars the lists know, `市`, and the district's or county's own
/// name of two or more chars. A zone is named by its city's short name (`芜湖三山经济技术开发
/// 区`), as [`without_city_word`] reads `合肥市经开区`; a place ending in `市` keeps it (`沙市`).
fn inner_city_word(prefix: &[char]) -> Option<usize> {
    // Asked once a zone mention; most prefixes hold no `市` at all.
    let p = prefix.iter().position(|&c| c == '市')?;
    (p >= 2 && prefix.len() - p > 2 && is_place(&prefix[..p])).then_some(p)
}

impl PartialEq for ZoneKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.chars().eq(other.chars())
    }
}

impl Eq for ZoneKey<'_> {}

impl std::hash::Hash for ZoneKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for c in self.chars() {
            state.write_u32(u32::from(c));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::zone::{canonical, matches};
    use crate::text::fold::fold;

    fn zones(index: &ZoneIndex, text: &str) -> Vec<String> {
        index.find(text).into_iter().map(|m| m.canonical).collect()
    }

    #[test]
    fn kicker_line_teaches_the_prefix() {
        let idx =
            ZoneIndex::from_texts(["河津经济技术开发区", "同时，助力河津经济技术开发区加速实现"]);
        assert_eq!(
            zones(&idx, "同时，助力河津经济技术开发区加速实现"),
            ["河津经济技术开发区"]
        );
    }

    #[test]
    fn a_zone_whose_place_is_left_unsaid_is_none() {
        let text = "今年以来，在县经济开发区，一批新项目陆续开工。";
        let idx = ZoneIndex::from_texts([text]);
        assert!(zones(&idx, text).is_empty(), "{:?}", zones(&idx, text));
        let text = "今年以来，在河津经济开发区，一批新项目陆续开工。";
        let idx = ZoneIndex::from_texts([text]);
        assert_eq!(zones(&idx, text), ["河津经济开发区"]);
    }

    #[test]
    fn a_known_shorter_name_wins_over_a_caption_start() {
        let idx =
            ZoneIndex::from_texts(["今年以来，晋城经济技术开发区坚持", "图为晋城经开区一角。"]);
        assert_eq!(zones(&idx, "图为晋城经开区一角。"), ["晋城经济技术开发区"]);
    }

    #[test]
    fn stop_words_cut_the_prefix() {
        let idx = ZoneIndex::default();
        assert_eq!(
            zones(&idx, "12 月 21 日，位于沁源经济技术开发区的"),
            ["沁源经济技术开发区"]
        );
        assert_eq!(
            zones(&idx, "该公司正式成立并入驻尧都高新技术产业开发区。"),
            ["尧都高新技术产业开发区"]
        );
        assert_eq!(
            zones(&idx, "在呼和浩特经济技术开发区"),
            ["呼和浩特经济技术开发区"]
        );
    }

    #[test]
    fn abbreviations_expand() {
        let idx = ZoneIndex::default();
        assert_eq!(
            zones(&idx, "襄垣经开区潞北三路开工"),
            ["襄垣经济技术开发区"]
        );
        assert_eq!(
            zones(&idx, "云网经开区与中节能水务公司"),
            ["云网经济技术开发区"]
        );
        assert_eq!(zones(&idx, "太原高新区"), ["太原高新技术产业开发区"]);
        assert_eq!(
            zones(&idx, "1 月 6 日，晋中国家农高区召开推进会"),
            ["晋中国家农业高新技术产业示范区"]
        );
        assert_eq!(zones(&idx, "山西综改示范区"), ["山西转型综合改革示范区"]);
        for written in ["山西转型综改示范区", "山西轉型綜改示範區", "山西转型综改区"]
        {
            assert_eq!(
                zones(&idx, written),
                ["山西转型综合改革示范区"],
                "{written}"
            );
        }
        assert!(matches("晋中农高区", "晋中国家农业高新技术产业示范区"));
        assert!(matches("晋中", "晋中国家农业高新技术产业示范区"));
    }

    #[test]
    fn abbreviation_follows_the_full_name_the_page_states() {
        let idx = ZoneIndex::from_texts(["平遥经济开发区召开会议", "平遥经开区表示"]);
        assert_eq!(zones(&idx, "平遥经开区表示"), ["平遥经济开发区"]);
    }

    /// A city's 高新区 and 经开区 are two zones: the full name of the one does not expand the
    /// other's abbreviation.
    #[test]
    fn a_high_tech_zone_does_not_expand_an_econ_abbreviation() {
        let text = "太原高新区和太原经开区举行活动。";
        let idx = ZoneIndex::from_texts([text]);
        assert_eq!(
            zones(&idx, text),
            ["太原高新技术产业开发区", "太原经济技术开发区"]
        );
        let idx = ZoneIndex::from_texts(["平遥高新区与平遥经济开发区", "平遥经开区表示"]);
        assert_eq!(zones(&idx, "平遥经开区表示"), ["平遥经济开发区"]);
    }

    /// A zone's name headed by a place and longer than a place name alone keeps its head after
    /// a stop word as at a line's start (`记者从郑州航空港…`: it had been `空港…`); a high-tech
    /// zone whose official name writes no 高 is a zone, named as written.
    #[test]
    fn long_names_headed_by_a_place_and_zones_named_without_gao() {
        let idx = ZoneIndex::default();
        for text in [
            "记者从郑州航空港经济综合实验区获悉",
            "郑州航空港经济综合实验区今年引进项目",
            "代表团赴郑州航空港经济综合实验区考察",
        ] {
            assert_eq!(zones(&idx, text), ["郑州航空港经济综合实验区"], "{text}");
        }
        assert_eq!(
            zones(&idx, "记者从武汉东湖新技术开发区获悉"),
            ["武汉东湖新技术开发区"]
        );
        assert_eq!(
            zones(&idx, "杭州新技术产业开发区举行活动"),
            ["杭州新技术产业开发区"]
        );
        assert_eq!(
            zones(&idx, "武汉东湖高新技术开发区举行活动"),
            ["武汉东湖高新技术产业开发区"]
        );
        assert!(zones(&idx, "推动新技术开发区建设").is_empty());
    }

    #[test]
    fn traditional_characters() {
        let idx = ZoneIndex::default();
        assert_eq!(zones(&idx, "晉城經濟技術開發區"), ["晋城经济技术开发区"]);
        assert_eq!(
            canonical("晉城經開區").as_deref(),
            Some("晋城经济技术开发区")
        );
    }

    #[test]
    fn generic_words_are_not_zones() {
        let idx = ZoneIndex::default();
        assert!(zones(&idx, "为襄垣打造省级开发区示范样板").is_empty());
        assert_eq!(zones(&idx, "广州开发区举行活动"), ["广州开发区"]);
        assert!(zones(&idx, "各开发区举行活动").is_empty());
        assert!(zones(&idx, "会议通报了开发区 2025 年度").is_empty());
        assert!(zones(&idx, "就经开区污水处理厂运营").is_empty());
        assert!(zones(&idx, "近年来，该县以经开区为核心").is_empty());
        assert!(zones(&idx, "该区是国家级经济技术开发区").is_empty());
        assert!(zones(&idx, "获批省级高新技术产业开发区").is_empty());
    }

    /// Pilot free trade zones, by their short names and by the official name that puts the
    /// province in brackets after the country, canonical as place and full suffix; the mention
    /// spans the whole official name.
    #[test]
    fn free_trade_zones() {
        let idx = ZoneIndex::default();
        let text = "中国（山西）自由贸易试验区方案获批";
        let found = idx.find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].canonical, "山西自由贸易试验区");
        let span: String = text
            .chars()
            .skip(found[0].start)
            .take(found[0].end - found[0].start)
            .collect();
        assert_eq!(span, "中国（山西）自由贸易试验区");
        assert_eq!(zones(&idx, "（上海）自贸区"), ["上海自由贸易试验区"]);
        assert!(zones(&idx, "（）自由贸易试验区").is_empty());
        assert!(
            zones(&idx, "（山西）经开区").is_empty(),
            "only a free trade zone's"
        );
        assert_eq!(
            zones(&idx, "山西自贸试验区将落地太原"),
            ["山西自由贸易试验区"]
        );
        assert_eq!(zones(&idx, "上海自贸区扩区"), ["上海自由贸易试验区"]);
        assert_eq!(zones(&idx, "广东自由贸易试验区"), ["广东自由贸易试验区"]);
        assert!(zones(&idx, "各自贸区要加强协同").is_empty());
        assert_eq!(
            canonical("山西自贸区").as_deref(),
            Some("山西自由贸易试验区")
        );
    }

    /// A verb of building a zone up is no place's end (`全力建设高新区`: no zone `力建设`).
    #[test]
    fn building_verbs_name_no_place() {
        let idx = ZoneIndex::default();
        for text in [
            "全力建设高新区",
            "大力发展经开区",
            "申建综保区",
            "创建自贸试验区",
        ] {
            assert!(zones(&idx, text).is_empty(), "{text}");
        }
        assert_eq!(zones(&idx, "建设太原经开区"), ["太原经济技术开发区"]);
    }

    /// A national zone's `国家` follows its place (`苏州国家高新区`); after no place it names
    /// none (`全国国家高新区`: the country's national zones). The level word is no part of the
    /// canonical name: `苏州国家高新区` and `苏州高新区` are one zone.
    #[test]
    fn national_comes_after_a_place() {
        let idx = ZoneIndex::default();
        assert!(zones(&idx, "截至目前，全国国家高新区已达178家").is_empty());
        assert_eq!(
            zones(&idx, "苏州国家高新区举行活动"),
            ["苏州高新技术产业开发区"]
        );
        let m = idx.find("，苏州国家高新区举行活动");
        assert_eq!((m[0].start, m[0].end), (1, 8), "the mention keeps its 国家");
        assert_eq!(
            zones(&idx, "1月6日，晋中国家级经济技术开发区举行签约活动"),
            ["晋中经济技术开发区"]
        );
        assert!(zones(&idx, "该区是国家级经济技术开发区").is_empty());
    }

    /// The country names all its zones, not one: `中国开发区`, `中国高新区` are China's zones as a
    /// whole (a report's, a forum's subject).
    #[test]
    fn the_country_names_no_zone() {
        let idx = ZoneIndex::from_texts(["中国高新区成效明显", "企业加快布局中国开发区"]);
        assert!(zones(&idx, "企业加快布局中国开发区").is_empty());
        assert!(zones(&idx, "中国高新区成效明显").is_empty());
        assert!(zones(&idx, "《中国经开区发展报告》发布").is_empty());
        assert_eq!(
            zones(&idx, "中山高新区举行活动"),
            ["中山高新技术产业开发区"]
        );
    }

    /// A text that may hold a zone is folded whole, context rules (`藉此`, `看著`) included, and
    /// its zones read from that.
    #[test]
    fn zone_texts_fold_like_the_whole_text() {
        let text = "據了解，藉此機會，沁水經濟技術開發區與山西兆豐鋁業簽約，晉中國家農高區、太原高新區、看著平遙經開區，地區社區";
        let whole: Vec<char> = fold(text).chars().collect();
        assert_eq!(fold_for_zones(text), whole);
        let idx = ZoneIndex::default();
        assert_eq!(
            zones(&idx, text),
            [
                "沁水经济技术开发区",
                "晋中国家农业高新技术产业示范区",
                "太原高新技术产业开发区",
                "平遥经济技术开发区"
            ]
        );
    }
}
