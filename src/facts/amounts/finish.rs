//! Finishing an amount: the approximation words around it (`约`, `左右`), a capacity rate before
//! it (`年产`), what it measures ([`super::attribute`]) and the fact kind its unit makes. Apart
//! from reading the amount, since these words are read around it, not in it.

use super::*;

/// Words before a number that make it approximate.
pub(super) const APPROX_BEFORE: &[&str] = &[
    "大约", "将近", "接近", "超过", "约", "近", "逾", "超", "约合",
];

/// Words after an amount that make it approximate.
pub(super) const APPROX_AFTER: &[&str] = &["左右", "上下", "以上", "许"];

/// Words before an amount that make it a rate per year or day (`年产 8 万吨`).
pub(super) const CAPACITY: &[(&str, &str)] = &[
    ("年产能", "annual"),
    ("年产", "annual"),
    ("年处理", "annual"),
    ("年加工", "annual"),
    ("年吞吐", "annual"),
    ("年发电", "annual"),
    ("日产", "daily"),
    ("日处理", "daily"),
];

/// Chars that make a word of `约` or `近` ending right before a number, not an approximation:
/// `签约18个项目`, `履约`, `合约`, `最近3年`, `附近`.
const NOT_APPROX: &[(char, &[char])] = &[
    (
        '约',
        &[
            '签', '履', '预', '合', '特', '节', '制', '公', '条', '邀', '违', '践', '解', '缔',
            '毁', '守', '相', '续', '租',
        ],
    ),
    ('近', &['最', '附', '就', '临', '靠', '邻', '亲', '贴']),
];

/// Whether the text before an amount ends with a word that makes it approximate
/// ([`APPROX_BEFORE`]) and not inside a longer word ([`NOT_APPROX`]).
fn approximated_before(before: &[char]) -> bool {
    APPROX_BEFORE.iter().any(|w| {
        crate::facts::ends_with(before, w)
            && !NOT_APPROX.iter().any(|(last, firsts)| {
                w.chars().eq([*last])
                    && before
                        .len()
                        .checked_sub(2)
                        .is_some_and(|i| firsts.contains(&before[i]))
            })
    })
}

#[allow(clippy::too_many_arguments)]
pub(super) fn finish(
    f: &[char],
    start: usize,
    end: usize,
    value: Option<Decimal>,
    unit: String,
    kind: UnitKind,
    approx: bool,
    mut flags: Vec<String>,
) -> Amount {
    let mut end = end;
    let trimmed = back_spaces(f, start);
    let before = &f[..trimmed];
    let mut approx = approx || approximated_before(before);
    let after = skip_spaces(f, end);
    if let Some(w) = APPROX_AFTER.iter().find(|w| at(f, after, w)) {
        approx = true;
        if *w != "以上" {
            end = after + w.chars().count();
        }
    }
    // `千亿元级产业集群`: a sum's class, its order of magnitude (a tonnage's class, `30万吨级
    // 航道`, is a rating, exact).
    if matches!(kind, UnitKind::Money(_)) && f.get(after) == Some(&'级') {
        approx = true;
    }
    if approx {
        flags.insert(0, "approx".to_owned());
    }
    if let Some((_, flag)) = CAPACITY
        .iter()
        .find(|(w, _)| crate::facts::ends_with(before, w))
    {
        flags.push((*flag).to_owned());
    }
    let counter = kind == UnitKind::Counter;
    let attribute =
        attribute::attribute_before(f, start).or_else(|| attribute::implied_after(f, end, &unit));
    let (kind, unit) = match kind {
        UnitKind::Money(_) => (FactKind::Money, unit),
        UnitKind::Percent => (FactKind::Percent, "%".to_owned()),
        UnitKind::Tenths => (FactKind::Percent, "%".to_owned()),
        UnitKind::Discount => {
            flags.push("discount".to_owned());
            (FactKind::Percent, "%".to_owned())
        }
        UnitKind::Points => {
            flags.push("points".to_owned());
            (FactKind::Percent, "百分点".to_owned())
        }
        UnitKind::Measure | UnitKind::Counter => (FactKind::Quantity, unit),
    };
    Amount {
        kind,
        start,
        end,
        value,
        unit,
        flags,
        attribute,
        counter,
    }
}
