//! A place the tagger proposes, judged: divisions, sites and streets, regions named by their
//! provinces' one-char names, and the one-char abbreviations jieba reads inside a word.

use crate::facts::{at, Extractor, Found, Pos, Seg};
use crate::lexicon::names::is_han;
use crate::model::FactKind;

/// Last chars of China's divisions, down to the village (`深圳市龙岗区`, `泗张镇`, `梁沟村`).
pub(super) const DIVISION_ENDS: &[char] = &[
    '省', '市', '州', '盟', '区', '县', '旗', '镇', '乡', '道', '村',
];

/// Endings of streets, buildings and sites: an address, not a place a reader looks up.
const SITE_ENDS: &[&str] = &["路", "街", "巷", "弄", "号", "楼", "栋", "基地"];

/// Words that place something beside a street or site (`长江一路东侧`, `吉华路以南`).
const BESIDE: &[&str] = &[
    "东侧", "西侧", "南侧", "北侧", "一侧", "两侧", "以东", "以西", "以南", "以北", "附近", "一带",
    "沿线", "东段", "西段", "南段", "北段", "东口", "西口", "南口", "北口",
];

/// Whether `name` is a street or site with a word placing something beside it
/// (`长江一路东侧`): a spot on a map, an address, not a place a reader looks up. A short
/// street alone (`长安街`) stays a place; with such a word it is where a project sits.
fn is_beside_site(name: &str) -> bool {
    // Asked for every proposed place: the last char rules out nearly all of them at once.
    let last = name.chars().next_back();
    if !matches!(
        last,
        Some('侧' | '东' | '西' | '南' | '北' | '近' | '带' | '线' | '段' | '口')
    ) {
        return false;
    }
    BESIDE.iter().any(|b| {
        name.strip_suffix(b)
            .is_some_and(|rest| SITE_ENDS.iter().any(|s| rest.ends_with(s)) || rest.ends_with('道'))
    })
}

/// The one-char names of China's provinces and regions, which news joins into the name of a
/// region (`粤港澳`, `京津冀`, `川渝`, `苏浙沪`).
const PROVINCE_CHARS: &[char] = &[
    '京', '津', '沪', '渝', '冀', '晋', '辽', '吉', '黑', '苏', '浙', '皖', '闽', '赣', '鲁', '豫',
    '鄂', '湘', '粤', '桂', '琼', '川', '蜀', '黔', '滇', '藏', '陕', '甘', '陇', '青', '宁', '新',
    '港', '澳', '台', '蒙',
];

/// Whether `name` is two to four one-char province names (`粤港澳`, `京津冀`): a region.
pub(super) fn is_region_of_provinces(name: &[char]) -> bool {
    (2..=4).contains(&name.len()) && name.iter().all(|c| PROVINCE_CHARS.contains(c))
}

/// One-char abbreviations of countries, regions and China's own places as the press writes
/// them in pairs and lists (`中美`, `日俄和约`, `港台`, `欧美`): a proposed place of one char is
/// one of them or none.
const ONE_CHAR_PLACES: &[char] = &[
    '中', '美', '日', '俄', '英', '法', '德', '意', '韩', '朝', '印', '巴', '越', '泰', '澳', '欧',
    '亚', '非', '港', '台', '华', '苏', '以', '伊', '埃', '菲', '缅', '蒙', '葡', '荷', '希', '土',
];

/// Whether `s..e` is one char of a pair of such abbreviations (`中美`, `日俄`): a jieba word
/// opening with them, or two of them each a word of its own.
pub(super) fn in_abbreviation_word(seg: &Seg, s: usize, e: usize) -> bool {
    if e != s + 1 {
        return false;
    }
    if after_visit_verb(seg, s) {
        return true;
    }
    // `日俄和约`, cut `日` + `俄` + `和约`: two such chars side by side, each a word.
    let single = |i: usize| {
        seg.is_word(i, i + 1) && seg.f.get(i).is_some_and(|c| ONE_CHAR_PLACES.contains(c))
    };
    if single(s) && (s.checked_sub(1).is_some_and(single) || single(s + 1)) {
        return true;
    }
    let k = seg.toks.partition_point(|t| t.end <= s);
    seg.toks.get(k).is_some_and(|t| {
        let word = &seg.f[t.start..t.end];
        let run = word
            .iter()
            .take_while(|c| ONE_CHAR_PLACES.contains(c))
            .count();
        // `中美`, or `中美关系` as jieba keeps it whole: the run opens the word and what
        // follows it says two countries meet (not `中华人民共和国`).
        run >= 2
            && s < t.start + run
            && (run == word.len() || RELATIONS.iter().any(|r| at(word, run, r)))
    })
}

/// Verbs of going, staying and dealing that jieba joins to the one-char name of the country
/// or city they go to (`访华`, `来华`, `驻华`, `抵京`, `侵华`, `对华`, `赴美`, `旅欧`).
const VISIT_VERBS: &[char] = &[
    '访', '来', '驻', '抵', '赴', '返', '回', '侵', '旅', '留', '离', '对', '进',
];

/// Whether char `s` is the place of a two-char word of jieba's that opens with a verb of
/// [`VISIT_VERBS`] (`访华`, `抵京`): news names China `华` and Beijing `京` so, and the
/// countries by their one char (`访美`, `留法`). Not a char such words use in another sense
/// (`来意`, `留意`, `出土`), not `进港` (a ship's port), not a word jieba knows as no verb,
/// noun or name (`来日`, a time word: days to come).
fn after_visit_verb(seg: &Seg, s: usize) -> bool {
    let Some(k) = seg.tok_at(s) else {
        return false;
    };
    let t = &seg.toks[k];
    let (Some(&verb), Some(&place)) = (seg.f.get(t.start), seg.f.get(s)) else {
        return false;
    };
    let place_ok = place == '京'
        || (ONE_CHAR_PLACES.contains(&place)
            && !matches!(place, '中' | '意' | '土' | '以' | '亚' | '非')
            && !(verb == '进' && place == '港'));
    t.end == t.start + 2
        && s == t.start + 1
        && VISIT_VERBS.contains(&verb)
        && place_ok
        && !(seg.ex.is_dictionary_word(&seg.folded(t.start, t.end)) && seg.pos(k) == Pos::Other)
}

/// Whether `chars` is two or more one-char country names and then one common word, with no
/// body's suffix (`中美经贸`, `中欧班列`): the tagger proposed `中美经贸` (of `中美经贸磋商`) as an
/// organisation; it names a relation between places. A body keeps its suffix
/// (`中俄能源合作委员会`).
pub(super) fn is_relation_of_places(ex: &Extractor, chars: &[char]) -> bool {
    let run = chars
        .iter()
        .take_while(|c| ONE_CHAR_PLACES.contains(c))
        .count();
    let rest: String = chars.get(run..).unwrap_or_default().iter().collect();
    run >= 2
        && !rest.is_empty()
        && ex.is_dictionary_word(&rest)
        && !crate::facts::orgs::has_suffix(chars)
}

/// Words that follow a pair of one-char country names inside one of jieba's words
/// (`中美关系`, `中日两国`, `中俄边境`).
const RELATIONS: &[&str] = &[
    "关系", "两国", "双边", "合作", "边境", "贸易", "友好", "和约", "会谈", "峰会", "建交", "战争",
];

/// Whether jieba tags `word` as a place (`ns`) or a transliterated name (`nrt`: it tags
/// `新德里` and `南斯拉夫` so), not as a common word or a Chinese name (`楼宇` is `nr`).
fn tagged_place_or_foreign(ex: &Extractor, word: &str) -> bool {
    matches!(ex.jieba().tag(word, true).as_slice(), [one] if matches!(one.tag, "ns" | "nrt"))
}

/// Kinds of area a sentence names by what they are, not by a name: `老旧小区`, `中心城区`.
const AREA_KINDS: &[&str] = &[
    "小区", "城区", "市区", "郊区", "景区", "片区", "辖区", "山区", "街区", "厂区", "校区", "矿区",
    "库区", "灾区", "园区",
];

/// Words that say what kind of area follows (`老旧小区`, `居民小区`, `周边景区`), as
/// news writes them in front of [`AREA_KINDS`]; most are no dictionary word of jieba's.
const AREA_QUALIFIERS: &[&str] = &[
    "老旧", "老", "旧", "居民", "住宅", "新建", "周边", "各", "全", "农村", "城市", "偏远", "贫困",
    "受灾", "重灾", "生活", "商业", "核心", "中心", "主", "重点",
];

/// Whether `name` is a kind of area, not a named one (`老旧小区`, `居民小区`, `中心城区`,
/// `重点片区`): the tagger reads them as places, and the ledger then filed a project under
/// `老旧小区`. The qualifier is a word of [`AREA_QUALIFIERS`], or (for kinds other than
/// `小区`, whose names are often common words: `幸福小区`) a common word of two chars or more
/// that jieba does not know as a place. A one-char qualifier outside the list keeps the name
/// (`东城区` is a district of Beijing), as does a place (`上海市区`).
fn is_area_of_a_kind(ex: &Extractor, name: &str) -> bool {
    AREA_KINDS.iter().any(|kind| {
        name.strip_suffix(kind).is_some_and(|qualifier| {
            AREA_QUALIFIERS.contains(&qualifier)
                || (*kind != "小区"
                    && qualifier.chars().count() >= 2
                    && ex.is_dictionary_word(qualifier)
                    && !tagged_place_or_foreign(ex, qualifier))
        })
    })
}

/// A proposed place; a word jieba knows as anything but a place name or a transliteration
/// (`楼宇`) is none, and so is a kind of area (`老旧小区`, see [`is_area_of_a_kind`]).
pub(super) fn place(
    ex: &Extractor,
    seg: &Seg,
    start: usize,
    end: usize,
) -> Option<(FactKind, Found)> {
    let chars = seg.f.get(start..end)?;
    // `中` is a dictionary word (`在会谈中`); in `中美` it is a place.
    let abbreviation = in_abbreviation_word(seg, start, end);
    let one_char = abbreviation || matches!(chars, [c] if ONE_CHAR_PLACES.contains(c));
    if (chars.len() < 2 && !one_char) || !chars.iter().any(|&c| is_han(c)) {
        return None;
    }
    let name = seg.folded(start, end);
    if is_beside_site(&name) || is_area_of_a_kind(ex, &name) {
        return None;
    }
    let street = chars.len() <= 4 && matches!(chars.last(), Some('路' | '街'));
    if (SITE_ENDS.iter().any(|s| name.ends_with(s)) && !street)
        || (!abbreviation && ex.is_dictionary_word(&name) && !tagged_place_or_foreign(ex, &name))
    {
        return None;
    }
    Some((FactKind::Place, Found::named(start, end, name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_a_common_word_are_no_body() {
        let ex = Extractor::new();
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(is_relation_of_places(&ex, &chars("中美经贸")));
        for body in ["中俄能源合作委员会", "中美", "美国财政部", "中国银行"] {
            assert!(!is_relation_of_places(&ex, &chars(body)), "{body}");
        }
    }

    /// The one char of a country or city a visit verb takes is that place (`抵京`),
    /// not a char of a word that means something else (`留意`, `来日`).
    #[test]
    fn a_visited_country_is_its_one_char() {
        let ex = Extractor::new();
        let at = |text: &str, c: char| {
            let seg = ex.seg(text, crate::facts::Place::Paragraph(0));
            let s = seg.f.iter().position(|&x| x == c).unwrap_or(0);
            after_visit_verb(&seg, s)
        };
        assert!(at("总统昨天抵京访问。", '京'));
        assert!(!at("请大家留意安全。", '意'));
        assert!(!at("来日方长，后会有期。", '日'));
    }

    #[test]
    fn a_kind_of_area_is_no_place_but_a_named_one_is() {
        let ex = Extractor::new();
        for generic in [
            "老旧小区",
            "居民小区",
            "中心城区",
            "重点片区",
            "主城区",
            "周边景区",
        ] {
            assert!(is_area_of_a_kind(&ex, generic), "{generic}");
        }
        for named in [
            "望京小区",
            "幸福小区",
            "东城区",
            "西城区",
            "朝阳区",
            "上海市区",
            "浦东新区",
            "黄山景区",
        ] {
            assert!(!is_area_of_a_kind(&ex, named), "{named}");
        }
    }
}
