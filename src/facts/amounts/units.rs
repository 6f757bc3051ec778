//! The units an amount can carry: currencies (with the unit the contract reports), measures,
//! counters, percentages and discounts, each in folded (Simplified, ASCII) form.

use crate::facts::charset::CharSet;

/// What a unit makes of the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Money; the `&str` is the currency reported as `unit` (`块` → `元`, `美圆` → `美元`).
    Money(&'static str),
    /// A measure worth reporting whatever the number: area, length, mass, energy.
    Measure,
    /// A counter (个, 家, 名, 层): a fact only with the noun it counts, and only with Arabic
    /// digits or a large Chinese number, since `一家`, `三个方面` are articles and idioms.
    Counter,
    Percent,
    Points,
    /// `成` (tenths): `三成` is 30%.
    Tenths,
    /// `折` (a discount to tenths of the price): `九折` is 90%, `75折` is 75%.
    Discount,
}

/// Units in folded form, longest first within shared prefixes; the reported unit is the
/// written one except for currencies (see [`UnitKind::Money`]).
pub const UNITS: &[(&str, UnitKind)] = &[
    ("美元", UnitKind::Money("美元")),
    ("美圆", UnitKind::Money("美元")),
    ("美金", UnitKind::Money("美元")),
    ("美分", UnitKind::Money("美分")),
    ("欧元", UnitKind::Money("欧元")),
    ("港元", UnitKind::Money("港元")),
    ("港币", UnitKind::Money("港元")),
    ("日元", UnitKind::Money("日元")),
    ("韩元", UnitKind::Money("韩元")),
    ("英镑", UnitKind::Money("英镑")),
    ("新台币", UnitKind::Money("台币")),
    ("台币", UnitKind::Money("台币")),
    ("澳门元", UnitKind::Money("澳门元")),
    ("澳门币", UnitKind::Money("澳门元")),
    // Singapore's dollar, as Singapore's papers write it (`约1.5亿新元`).
    ("新加坡元", UnitKind::Money("新元")),
    ("新元", UnitKind::Money("新元")),
    ("新币", UnitKind::Money("新元")),
    ("林吉特", UnitKind::Money("林吉特")),
    ("越南盾", UnitKind::Money("越南盾")),
    ("印尼盾", UnitKind::Money("印尼盾")),
    ("卢比", UnitKind::Money("卢比")),
    ("澳元", UnitKind::Money("澳元")),
    ("加元", UnitKind::Money("加元")),
    ("卢布", UnitKind::Money("卢布")),
    ("瑞士法郎", UnitKind::Money("瑞士法郎")),
    ("法郎", UnitKind::Money("法郎")),
    ("奈拉", UnitKind::Money("奈拉")),
    ("泰铢", UnitKind::Money("泰铢")),
    ("比特币", UnitKind::Money("比特币")),
    ("元人民币", UnitKind::Money("元")),
    ("人民币", UnitKind::Money("元")),
    ("元", UnitKind::Money("元")),
    ("块钱", UnitKind::Money("元")),
    ("块", UnitKind::Money("元")),
    ("个百分点", UnitKind::Points),
    ("百分点", UnitKind::Points),
    ("%", UnitKind::Percent),
    ("成", UnitKind::Tenths),
    ("折", UnitKind::Discount),
    ("平方公里", UnitKind::Measure),
    ("平方千米", UnitKind::Measure),
    ("平方米", UnitKind::Measure),
    ("平方英尺", UnitKind::Measure),
    ("平米", UnitKind::Measure),
    ("立方米", UnitKind::Measure),
    ("公里", UnitKind::Measure),
    ("千米", UnitKind::Measure),
    ("厘米", UnitKind::Measure),
    ("毫米", UnitKind::Measure),
    ("公分", UnitKind::Measure),
    ("英里", UnitKind::Measure),
    ("英尺", UnitKind::Measure),
    ("英寸", UnitKind::Measure),
    ("海里", UnitKind::Measure),
    ("米", UnitKind::Measure),
    ("公顷", UnitKind::Measure),
    ("亩", UnitKind::Measure),
    ("吨", UnitKind::Measure),
    ("千克", UnitKind::Measure),
    ("公斤", UnitKind::Measure),
    ("毫克", UnitKind::Measure),
    ("微克", UnitKind::Measure),
    ("克", UnitKind::Measure),
    ("斤", UnitKind::Measure),
    ("两", UnitKind::Measure),
    ("毫升", UnitKind::Measure),
    ("升", UnitKind::Measure),
    ("千瓦时", UnitKind::Measure),
    ("千瓦", UnitKind::Measure),
    // Battery and storage capacity in Chinese (`新增动力电池产能20吉瓦时`): energy, not the
    // power `吉瓦` it was cut to.
    ("兆瓦时", UnitKind::Measure),
    ("兆瓦", UnitKind::Measure),
    ("吉瓦时", UnitKind::Measure),
    ("吉瓦", UnitKind::Measure),
    ("瓦", UnitKind::Measure),
    ("千伏", UnitKind::Measure),
    ("千卡", UnitKind::Measure),
    ("兆赫", UnitKind::Measure),
    ("赫兹", UnitKind::Measure),
    ("千字节", UnitKind::Measure),
    ("兆字节", UnitKind::Measure),
    ("字节", UnitKind::Measure),
    ("比特", UnitKind::Measure),
    ("标准箱", UnitKind::Measure),
    ("标方", UnitKind::Measure),
    ("层", UnitKind::Counter),
    ("套", UnitKind::Counter),
    ("人次", UnitKind::Counter),
    ("车次", UnitKind::Counter),
    ("架次", UnitKind::Counter),
    ("个", UnitKind::Counter),
    ("家", UnitKind::Counter),
    ("项", UnitKind::Counter),
    ("名", UnitKind::Counter),
    ("人", UnitKind::Counter),
    ("位", UnitKind::Counter),
    ("户", UnitKind::Counter),
    ("台", UnitKind::Counter),
    ("辆", UnitKind::Counter),
    ("栋", UnitKind::Counter),
    ("座", UnitKind::Counter),
    ("间", UnitKind::Counter),
    ("张", UnitKind::Counter),
    ("架", UnitKind::Counter),
    ("艘", UnitKind::Counter),
    ("条", UnitKind::Counter),
    ("件", UnitKind::Counter),
    ("批", UnitKind::Counter),
    ("株", UnitKind::Counter),
    ("棵", UnitKind::Counter),
    ("头", UnitKind::Counter),
    ("只", UnitKind::Counter),
    ("所", UnitKind::Counter),
    ("场", UnitKind::Counter),
    ("次", UnitKind::Counter),
    ("款", UnitKind::Counter),
    ("种", UnitKind::Counter),
];

/// Latin unit abbreviations, matched case-insensitively and only where no letter follows
/// (`250m`, `168CM`; not `5G`, not `3mm2`), each with the form it is reported in: the SI
/// casing (`200mw` is a power station's 200 MW, as news writes it, not milliwatts). Energy
/// projects are sized in GW and GWh (`年产5GWh钠离子电池`).
pub const LATIN_UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("kwh", "kWh"),
    ("kw", "kW"),
    ("mwh", "MWh"),
    ("mw", "MW"),
    ("gwh", "GWh"),
    ("gw", "GW"),
    ("twh", "TWh"),
    ("m", "m"),
];

/// Currency signs written before the number, with the currency they stand for.
pub const CURRENCY_SIGNS: &[(char, &str)] = &[
    ('¥', "元"),
    ('￥', "元"),
    ('$', "美元"),
    ('€', "欧元"),
    ('£', "英镑"),
];

/// [`UNITS`] in chars, in the same order (so the first match is still the longest).
fn unit_table() -> &'static [(Vec<char>, &'static str, UnitKind)] {
    static T: std::sync::OnceLock<Vec<(Vec<char>, &'static str, UnitKind)>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        UNITS
            .iter()
            .map(|(u, kind)| (u.chars().collect(), *u, *kind))
            .collect()
    })
}

/// A unit found at a position: the unit reported, its kind and its length in chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitHit {
    pub unit: String,
    pub kind: UnitKind,
    pub len: usize,
}

/// The unit written at `j`: most numbers are followed by no unit, and one char tells.
pub fn unit_at(f: &[char], j: usize) -> Option<UnitHit> {
    static FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    let c = *f.get(j)?;
    if c.is_ascii_alphabetic() {
        return latin_unit_at(f, j);
    }
    let firsts = FIRSTS.get_or_init(|| CharSet::firsts(UNITS.iter().map(|(u, _)| *u)));
    if !firsts.contains(c) {
        return None;
    }
    // The weight `两` only where no word goes on from it (`两会`, `两个`, `两岸` are not).
    if c == '两'
        && f.get(j + 1).is_some_and(|&n| {
            crate::lexicon::names::is_han(n) && !"的黄金银茶酒重左多以".contains(n)
        })
    {
        return None;
    }
    unit_table()
        .iter()
        .find(|(u, _, _)| u.first() == Some(&c) && f[j..].starts_with(u))
        .map(|(u, written, kind)| UnitHit {
            unit: match kind {
                UnitKind::Money(cur) => (*cur).to_owned(),
                _ => (*written).to_owned(),
            },
            kind: *kind,
            len: u.len(),
        })
}

/// Words that make a sentence about data, where `位` is a bit.
const DATA_WORDS: &[&str] = &[
    "比特",
    "字节",
    "二进制",
    "存储",
    "位数",
    "数据位",
    "寄存器",
    "bit",
    "byte",
];

/// How far (chars, either side, within the sentence) [`is_data_bit`] looks for a data word:
/// bounded, so a paragraph of many `位` stays linear.
const DATA_WINDOW: usize = 40;

/// Whether the `位` ending at `end` is a bit (`一位是最小的存储单位`) rather than the polite
/// counter of people (`一位代表`, `三位专家`): the sentence around it talks about data
/// ([`DATA_WORDS`]) and no noun follows the `位` (a noun after it is what it counts; `是`,
/// `的`, `为`, `和`, `或`, `与`, `即`, `就` or no Han char at all leave it standing alone).
pub fn is_data_bit(f: &[char], end: usize) -> bool {
    let stands_alone = f
        .get(end)
        .is_none_or(|&c| !crate::lexicon::names::is_han(c) || "是的为和或与即就".contains(c));
    if !stands_alone {
        return false;
    }
    let stop = |c: &char| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n');
    let lo = end.saturating_sub(DATA_WINDOW);
    let hi = (end + DATA_WINDOW).min(f.len());
    let from = f[lo..end].iter().rposition(stop).map_or(lo, |p| lo + p + 1);
    let to = f[end..hi].iter().position(stop).map_or(hi, |p| end + p);
    let window = &f[from..to];
    DATA_WORDS.iter().any(|w| {
        let n = w.chars().count();
        window.windows(n).any(|x| x.iter().copied().eq(w.chars()))
    })
}

/// A Latin abbreviation ([`LATIN_UNITS`]) at `j`, not followed by another letter or digit.
fn latin_unit_at(f: &[char], j: usize) -> Option<UnitHit> {
    LATIN_UNITS.iter().find_map(|(u, reported)| {
        let n = u.len();
        let matches = u
            .chars()
            .enumerate()
            .all(|(k, c)| f.get(j + k).is_some_and(|x| x.to_ascii_lowercase() == c));
        let free = !f.get(j + n).is_some_and(|c| c.is_ascii_alphanumeric());
        (matches && free).then(|| UnitHit {
            unit: (*reported).to_owned(),
            kind: UnitKind::Measure,
            len: n,
        })
    })
}

/// The currency of a sign at `j` (`￥300`, `$20`).
pub fn sign_at(f: &[char], j: usize) -> Option<&'static str> {
    let c = *f.get(j)?;
    CURRENCY_SIGNS
        .iter()
        .find(|(s, _)| *s == c)
        .map(|(_, cur)| *cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> Option<(String, UnitKind)> {
        let f: Vec<char> = s.chars().collect();
        unit_at(&f, 0).map(|u| (u.unit, u.kind))
    }

    #[test]
    fn currencies_report_their_currency() {
        assert_eq!(unit("块钱"), Some(("元".into(), UnitKind::Money("元"))));
        assert_eq!(unit("美圆"), Some(("美元".into(), UnitKind::Money("美元"))));
        assert_eq!(
            unit("新台币"),
            Some(("台币".into(), UnitKind::Money("台币")))
        );
    }

    #[test]
    fn liang_is_a_weight_only_at_a_word_end() {
        assert_eq!(unit("两"), Some(("两".into(), UnitKind::Measure)));
        assert_eq!(unit("两黄金"), Some(("两".into(), UnitKind::Measure)));
        assert_eq!(unit("两会"), None);
    }

    #[test]
    fn wei_is_a_bit_only_about_data_and_alone() {
        let bit = |s: &str, end: usize| {
            let f: Vec<char> = s.chars().collect();
            is_data_bit(&f, end)
        };
        assert!(bit("一位是最小的存储单位", 2));
        assert!(bit("每个字节由8位组成，一位", 12));
        assert!(!bit("一位代表在存储会上发言", 2));
        assert!(!bit("一位是我的老师", 2));
        // The data word must be in the same sentence.
        assert!(!bit("硬盘存储很大。一位是老师", 9));
    }

    #[test]
    fn latin_units_need_a_word_end() {
        assert_eq!(unit("CM高"), Some(("cm".into(), UnitKind::Measure)));
        assert_eq!(unit("m深"), Some(("m".into(), UnitKind::Measure)));
        assert_eq!(unit("mb"), None);
        assert_eq!(unit("G网络"), None);
    }
}
