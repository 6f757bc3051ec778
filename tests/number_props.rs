//! Property tests of the number reader: no numeral string panics (debug builds check overflow),
//! a value is never wrapped into a negative, and every integer written out in Chinese reads back
//! exactly.

use dubao::facts::amounts;
use dubao::facts::numbers::number_at;
use proptest::prelude::*;

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// An integer written in Chinese the way a newspaper writes it (`一千二百零五万三千`).
fn chinese(n: u64) -> String {
    if n == 0 {
        return "零".to_owned();
    }
    fn section(n: u64) -> String {
        // Below 10,000: 千 百 十 with 零 for gaps.
        let mut out = String::new();
        let mut gap = false;
        for (p, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / p) % 10;
            if d == 0 {
                gap = !out.is_empty();
                continue;
            }
            if gap {
                out.push('零');
                gap = false;
            }
            out.push(DIGITS[d as usize]);
            out.push_str(unit);
        }
        out
    }
    let parts = [
        (n / 10_000_000_000_000_000, "亿亿"),
        ((n / 100_000_000) % 100_000_000, "亿"),
        (n % 100_000_000, ""),
    ];
    let mut out = String::new();
    for (v, big) in parts {
        if v == 0 {
            continue;
        }
        let (hi, lo) = (v / 10_000, v % 10_000);
        if hi > 0 {
            out.push_str(&section(hi));
            out.push('万');
            if lo > 0 && lo < 1000 {
                out.push('零');
            }
        }
        if lo > 0 {
            out.push_str(&section(lo));
        }
        out.push_str(big);
    }
    out
}

fn numeral_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '零', '〇', '一', '二', '两', '三', '九', '十', '百', '千', '万', '亿', '点', '兆', '1',
        '9', '0', '.', ',', ' ', '元', '%', '负', '-', '成', '折', '半', '分', '之', '年', '月',
        '日', '^', '+', 'e', 'k', 'M', '的', '次', '方', '/', '／', '季', '度', '第', '周', '旬',
        '上', '下', '最', '后', '个', '星', '期', '位', '存', '储', '人', '民', '币', '美',
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn integers_read_back_exactly(n in 0u64..10_000_000_000_000_000) {
        let s = chinese(n);
        let c: Vec<char> = s.chars().collect();
        let got = number_at(&c, 0).and_then(|x| x.value).map(|v| v.to_string());
        prop_assert_eq!(got, Some(n.to_string()), "{}", s);
    }

    #[test]
    fn no_numeral_string_panics_or_wraps(chars in prop::collection::vec(numeral_char(), 0..80)) {
        let signed = chars.iter().any(|c| matches!(c, '负' | '-'));
        for i in 0..chars.len() {
            if let Some(n) = number_at(&chars, i) {
                prop_assert!(n.end <= chars.len() && n.start == i);
                if let Some(v) = n.value {
                    prop_assert!(v.mantissa >= 0);
                }
            }
        }
        for a in amounts::scan(&chars) {
            prop_assert!(a.start < a.end && a.end <= chars.len());
            if let Some(v) = a.value {
                prop_assert!(signed || v.mantissa >= 0, "{:?}", a);
            }
        }
        for n in dubao::facts::numbers::scan(&chars) {
            prop_assert!(n.start < n.end && n.end <= chars.len());
            if let Some(v) = n.value {
                prop_assert!(signed || v.mantissa >= 0, "{:?}", n);
            }
        }
        let found = amounts::scan(&chars);
        for m in amounts::mentions::currency_mentions(&chars, &found) {
            prop_assert!(m.start < m.end && m.end <= chars.len());
            prop_assert!(found.iter().all(|a| m.end <= a.start || a.end <= m.start));
        }
        let _ = dubao::facts::dates::scan(&chars, Some(2025));
        let cx = dubao::facts::dates::Context::new(None, Some("2024-02-29"));
        for d in dubao::facts::dates::scan_in(&chars, &cx) {
            prop_assert!(d.start < d.end && d.end <= chars.len());
        }
    }

    #[test]
    fn long_runs_of_nines_never_wrap(k in 3usize..120) {
        let s: Vec<char> = format!("总投资{}元", "九".repeat(k)).chars().collect();
        let a = amounts::scan(&s);
        prop_assert_eq!(a.len(), 1);
        match a[0].value {
            Some(v) => prop_assert!(k <= 38 && v.mantissa > 0),
            None => prop_assert!(k > 38),
        }
    }
}
