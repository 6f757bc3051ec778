//! Forms an amount takes around its number: shares (`三成半`, `九五折`, `千分之`), halves (`一吨半`), compound money (`五元三毛`). A currency named before it (`人民币 50元`) is [`super::currency_before`]'s.

use super::*;

/// `千亿元`, `百亿元`, `千万元`: a bare 百 or 千 right before a larger multiplier and a unit of
/// money is one of it (`产值突破千亿元`: a hundred billion yuan), where alone it opens no number
/// (`千万`, `百万` stay words: `千万不要`). After `数` or `几` (`数千亿元`) it is a vague
/// multiple, no amount.
pub(super) fn bare_order_of_money(f: &[char], i: usize) -> Option<NumberSpan> {
    let exp = match f.get(i)? {
        '百' => 2,
        '千' => 3,
        _ => return None,
    };
    if !matches!(f.get(i + 1), Some('万' | '亿')) || (i > 0 && matches!(f[i - 1], '数' | '几'))
    {
        return None;
    }
    let value = Decimal::int(1).shift(exp);
    let unit = unit_after(f, i + 1, value)?;
    matches!(unit.kind, UnitKind::Money(_)).then_some(NumberSpan {
        start: i,
        end: i + 1,
        value,
        chinese: true,
    })
}

/// `五十兆字节`, `一百千瓦`: a Chinese number whose last char opens a unit (`兆字节`, `千瓦`)
/// gives that char back to the unit.
pub(super) fn unit_inside(f: &[char], n: NumberSpan) -> NumberSpan {
    let last = n.end - 1;
    if !n.chinese || last == n.start || !matches!(f[last], '千' | '兆' | '百' | '万') {
        return n;
    }
    match (unit_at(f, last), parse_chinese(&f[n.start..last])) {
        (Some(u), Some(v)) if u.len > 1 => NumberSpan {
            end: last,
            value: Some(v),
            ..n
        },
        _ => n,
    }
}

/// `成` and `折` count tenths: `三成` is 30%, `九折` 90%, and a two-digit `75折` is 75%.
/// `None` for a share that is none (`十折`, `15成`).
pub(super) fn scale_share(unit: &mut Unit, n: &NumberSpan) -> Option<()> {
    if !matches!(unit.kind, UnitKind::Tenths | UnitKind::Discount) {
        return Some(());
    }
    let v = unit.value?;
    let ten = Decimal::int(10);
    let below_ten = v.mantissa < ten.shift(v.scale)?.mantissa && v.mantissa > 0;
    match unit.kind {
        UnitKind::Tenths => {
            if !(below_ten || v == ten) || unit.multiplied {
                return None;
            }
            unit.value = v.shift(1);
        }
        UnitKind::Discount => {
            if below_ten && !unit.multiplied {
                unit.value = v.shift(1);
            } else if !n.chinese
                && n.end - n.start == 2
                && v.as_int().is_some_and(|x| (11..=99).contains(&x))
            {
                unit.value = Some(v);
            } else {
                return None;
            }
        }
        _ => {}
    }
    Some(())
}

/// `一吨半`, `两米半`, `三成半`: a `半` after the unit adds half a unit.
pub(super) fn half_after(f: &[char], unit: &mut Unit) {
    if f.get(unit.end) != Some(&'半') || !matches!(unit.kind, UnitKind::Measure | UnitKind::Tenths)
    {
        return;
    }
    let half = match unit.kind {
        UnitKind::Tenths => Decimal::int(5),
        _ => Decimal {
            mantissa: 5,
            scale: 1,
        },
    };
    if let Some(v) = unit.value.and_then(|v| add(v, half)) {
        unit.value = Some(v);
        unit.end += 1;
    }
}

/// Exact sum of two decimals.
pub(super) fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale.max(b.scale);
    let a2 = a.shift_scale(scale)?;
    let b2 = b.shift_scale(scale)?;
    Some(
        Decimal {
            mantissa: a2.checked_add(b2)?,
            scale,
        }
        .normalized(),
    )
}

/// `五元三毛`, `50元6角三分`, `两美元又三美分`, `10日元5日本銭`: smaller coins after the main unit add up.
pub(super) fn compound_money(f: &[char], unit: &mut Unit) {
    let coins: &[(&str, u32)] = match unit.kind {
        UnitKind::Money("元") => &[("角", 1), ("毛", 1), ("分", 2)],
        UnitKind::Money("美元") => &[("美分", 2)],
        // Sen, a hundredth of a yen (`10日元5日本銭`), in Japanese or Chinese form.
        UnitKind::Money("日元") => &[("日本銭", 2), ("日本钱", 2), ("銭", 2)],
        _ => return,
    };
    let Some(mut total) = unit.value else { return };
    let mut end = unit.end;
    let mut last_exp = 0;
    loop {
        let mut j = skip_spaces(f, end);
        if matches!(f.get(j), Some('又' | '零')) {
            j += 1;
        }
        let Some(n) = number_at(f, j) else { break };
        let Some(v) = n
            .value
            .filter(|v| v.as_int().is_some_and(|x| (0..10).contains(&x)))
        else {
            break;
        };
        let k = skip_spaces(f, n.end);
        let Some(&(w, exp)) = coins.iter().find(|(w, e)| *e > last_exp && at(f, k, w)) else {
            break;
        };
        let Some(sum) = divided(v, exp).and_then(|c| add(total, c)) else {
            break;
        };
        total = sum;
        last_exp = exp;
        end = k + w.chars().count();
    }
    if end != unit.end {
        unit.value = Some(total);
        unit.end = end;
    }
}

/// `九五折`, `五五折`: two Chinese digits before `折`, read as a percentage.
pub(super) fn two_digit_discount(f: &[char], i: usize) -> Option<Amount> {
    let a = chinese_digit(*f.get(i)?)?;
    let b = chinese_digit(*f.get(i + 1)?)?;
    if f.get(i + 2) != Some(&'折') || a == 0 {
        return None;
    }
    Some(plain(
        FactKind::Percent,
        i,
        i + 3,
        Decimal::int(i128::from(a * 10 + b)),
        "%",
        vec!["discount".to_owned()],
    ))
}

/// `百分之`, `千分之`, `万分之`, `百万分之` right before `i`: its start and the power of ten it
/// divides by beyond a percentage (`千分之` 1, `万分之` 2, `百万分之` 4).
pub(super) fn fraction_prefix(f: &[char], i: usize) -> Option<(usize, u32)> {
    let j = back_spaces(f, i);
    let k = j.checked_sub(2)?;
    if !at(f, k, "分之") {
        return None;
    }
    let mut s = k;
    let mut exp = 0u32;
    // At most four unit chars (`百万万`): a bounded look-back.
    while s > 0 && k - s < 4 {
        let e = match f[s - 1] {
            '十' => 1,
            '百' => 2,
            '千' => 3,
            '万' => 4,
            '亿' => 8,
            _ => break,
        };
        exp += e;
        s -= 1;
    }
    // `五百分之二` is a fraction of 500, not a percentage.
    if exp < 2 || (s > 0 && (chinese_digit(f[s - 1]).is_some() || f[s - 1].is_ascii_digit())) {
        return None;
    }
    Some((s, exp - 2))
}

/// `打` or `折扣` right before `i`.
pub(super) fn discount_before(f: &[char], i: usize) -> bool {
    let j = back_spaces(f, i);
    (j >= 1 && f[j - 1] == '打') || (j >= 2 && at(f, j - 2, "折扣"))
}
