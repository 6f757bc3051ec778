//! Tests of [`super`].
use super::*;

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn n(s: &str) -> String {
    let c = chars(s);
    number_at(&c, 0)
        .map(|n| n.value.map_or("null".to_owned(), |v| v.to_string()))
        .unwrap_or_default()
}

#[test]
fn chinese_numerals() {
    assert_eq!(n("一千二百三十三万"), "12330000");
    assert_eq!(n("十五"), "15");
    assert_eq!(n("三十五"), "35");
    assert_eq!(n("两"), "2");
    assert_eq!(n("二〇二五"), "2025");
    assert_eq!(n("一亿二千万"), "120000000");
    assert_eq!(n("三点五"), "3.5");
    assert_eq!(n("一百零五"), "105");
    assert_eq!(n("贰拾"), "20");
    assert_eq!(n("一万三"), "13000");
    assert_eq!(n("两千四百五"), "2450");
    assert_eq!(n("一亿五"), "150000000");
    assert_eq!(n("一万零三"), "10003");
    assert_eq!(n("四十九兆九千五百九十二亿"), "49959200000000");
    assert_eq!(n("五兆六十二亿四万五千二"), "5006200045200");
    assert_eq!(n("四十五亿四千零四万"), "4540040000");
}

#[test]
fn arabic_numbers() {
    assert_eq!(n("1233"), "1233");
    assert_eq!(n("1,233,000"), "1233000");
    assert_eq!(n("1 233 元"), "1233");
    assert_eq!(n("4，565"), "4565");
    assert_eq!(n("111，111，111"), "111111111");
    assert_eq!(n("2019，202"), "2019");
    assert_eq!(n("1，2，3"), "1");
    assert_eq!(number_at(&chars("$20，300美圆"), 1).map(|n| n.end), Some(3));
    assert_eq!(n("3.04"), "3.04");
    assert_eq!(n("0.776"), "0.776");
    assert_eq!(n("2025 年"), "2025");
}

#[test]
fn exact_multipliers() {
    let d = Decimal {
        mantissa: 304,
        scale: 2,
    };
    assert_eq!(
        d.shift(8).map(|d| d.to_string()).as_deref(),
        Some("304000000")
    );
    assert_eq!(
        d.shift(8)
            .and_then(Decimal::to_json)
            .map(|j| j.to_string())
            .as_deref(),
        Some("304000000")
    );
    let d = Decimal {
        mantissa: 776,
        scale: 3,
    };
    assert_eq!(d.to_json().map(|j| j.to_string()).as_deref(), Some("0.776"));
    assert_eq!(
        Decimal {
            mantissa: 5,
            scale: 3
        }
        .to_string(),
        "0.005"
    );
}

#[test]
fn number_starts_are_what_number_at_accepts() {
    for n in 0..=0xFFFFu32 {
        let Some(c) = char::from_u32(n) else { continue };
        let accepts = c.is_ascii_digit()
            || chinese_digit(c).is_some()
            || matches!(c, '十' | '拾' | '百' | '千' | '半');
        assert_eq!(NUMBER_STARTS.contains(c), accepts, "{c}");
    }
}

#[test]
fn zero_shifts_at_once() {
    assert_eq!(Decimal::int(0).shift(u32::MAX), Some(Decimal::int(0)));
    let tiny = Decimal {
        mantissa: 0,
        scale: u32::MAX,
    };
    assert_eq!(tiny.normalized(), Decimal::int(0));
}

#[test]
fn long_digit_runs_are_refused() {
    assert_eq!(n(&"9".repeat(30)), "9".repeat(30));
    assert_eq!(n(&"9".repeat(31)), "null");
}

#[test]
fn huge_chinese_numerals_have_no_value_and_never_wrap() {
    assert_eq!(n(&"九".repeat(38)), "9".repeat(38));
    assert_eq!(n(&"九".repeat(39)), "null");
    assert_eq!(n("一亿亿"), "10000000000000000");
    assert_eq!(n("一亿亿亿亿"), "100000000000000000000000000000000");
    assert_eq!(n("一亿亿亿亿亿"), "null");
    assert_eq!(n("一万万"), "100000000");
    assert_eq!(n(&format!("一{}", "万".repeat(10))), "null");
}

fn scanned(s: &str) -> Vec<String> {
    scan(&chars(s))
        .iter()
        .map(|n| {
            format!(
                "{}:{}",
                n.start,
                n.value.map(|v| v.to_string()).unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn reader_takes_compounds_and_leaves_word_digits() {
    assert_eq!(scanned(".5"), ["0:0.5"]);
    assert_eq!(scanned("-.5"), ["0:-0.5"]);
    assert_eq!(scanned("x.一"), ["2:1"]);
    assert_eq!(scanned("负一又二分之一"), ["0:-1.5"]);
    assert_eq!(scanned("这是我的队伍"), Vec::<String>::new());
    assert_eq!(scanned("伍佰"), ["0:500"]);
    assert_eq!(scanned("一切准备"), Vec::<String>::new());
    assert_eq!(scanned("四川一个"), ["2:1"]);
}

#[test]
fn reader_forms_beyond_the_plain_numeral() {
    assert_eq!(scanned("半百"), ["0:50"]);
    assert_eq!(scanned("百三"), ["0:130"]);
    assert_eq!(scanned("千三"), ["0:1300"]);
    assert_eq!(scanned("千万不要"), Vec::<String>::new());
    assert_eq!(scanned("两百点两"), ["0:200", "3:2"]);
    assert_eq!(scanned("...9"), ["3:9"]);
    assert_eq!(scanned("－－9"), ["2:9"]);
    assert_eq!(scanned("-2.5 M"), ["0:-2500000"]);
    assert_eq!(scanned("-2.5^-1"), ["0:-0.4"]);
    assert_eq!(scanned("1,100.9亿"), ["0:110090000000"]);
    assert_eq!(scanned("1.2.3"), ["0:1", "2:2", "4:3"]);
    assert_eq!(scanned("3.25"), ["0:3.25"]);
}

#[test]
fn garbage_is_no_number() {
    assert_eq!(n("万"), "");
    assert_eq!(n("三四"), "");
    assert_eq!(n(""), "");
}
