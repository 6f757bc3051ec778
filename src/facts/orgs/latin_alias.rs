//! A company written with its Latin name in brackets after the Chinese one (`胜科工业
//! （Sembcorp Industries）`, `三星电子（Samsung Electronics）`): the Chinese name, which ends in
//! no suffix the scan reads, is the company's. Apart from the suffix scan, which this reads
//! no suffix for.

use super::generic::is_generic;
use super::left_edge::name_start;
use super::text_between;
use crate::facts::{Found, Seg, ZoneSpan};
use crate::lexicon::names::is_han;
use crate::model::FactKind;

/// Last words of a company's Latin name: a form or a trade a firm names itself by. Not
/// `Technology` (`区块链技术（Blockchain Technology）` glosses a term) nor other terms' words.
const COMPANY_WORDS: &[&str] = &[
    "Industries",
    "Electronics",
    "Group",
    "Holdings",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Limited",
    "Company",
    "Co",
    "Motors",
    "Pharmaceuticals",
    "Semiconductor",
    "AG",
    "SE",
    "GmbH",
    "PLC",
    "plc",
    "LLC",
];

/// Longest Chinese name read before the brackets, in chars.
const MAX_NAME: usize = 10;

/// Companies named before their Latin name in brackets, pushed to `out` unless a found name
/// covers them already; `spans` are the names found so far.
pub(super) fn scan(
    seg: &Seg,
    zone_spans: &[ZoneSpan],
    spans: &mut Vec<(usize, usize)>,
    out: &mut Vec<(FactKind, Found)>,
) {
    let f = &seg.f;
    let mut i = 0;
    while let Some(open) = f[i..]
        .iter()
        .position(|&c| c == '（' || c == '(')
        .map(|p| p + i)
    {
        i = open + 1;
        if open == 0 || !is_han(f[open - 1]) || !latin_company_at(f, open + 1) {
            continue;
        }
        let start = name_start(seg, open, zone_spans);
        let n = open - start;
        if !(2..=MAX_NAME).contains(&n)
            || is_generic(&f[start..open])
            || spans.iter().any(|&(s, e)| s < open && start < e)
        {
            continue;
        }
        spans.push((start, open));
        out.push((
            FactKind::Organization,
            Found::named(start, open, text_between(f, start, open)),
        ));
    }
}

/// Whether a company's Latin name and the closing bracket follow at `i`: words of letters
/// opening with a capital, separated by single spaces, the last one of [`COMPANY_WORDS`]
/// (a dot after it aside: `Co.`).
fn latin_company_at(f: &[char], i: usize) -> bool {
    let mut k = i;
    let mut last: &[char];
    loop {
        let w = k;
        if !f.get(k).is_some_and(char::is_ascii_uppercase) {
            return false;
        }
        while f.get(k).is_some_and(char::is_ascii_alphabetic) {
            k += 1;
        }
        last = &f[w..k];
        if f.get(k) == Some(&'.') {
            k += 1;
        }
        match f.get(k) {
            Some(' ') if k - i < 60 => k += 1,
            Some('）' | ')') => break,
            _ => return false,
        }
    }
    k > i
        && COMPANY_WORDS
            .iter()
            .any(|w| w.chars().eq(last.iter().copied()))
}
