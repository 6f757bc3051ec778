//! Microsoft Recognizers-Text's Chinese specs (`../shared/corpora/recognizers-text`) run
//! through dubao: every case of every spec file, scored as the corpora README says — a fact
//! counts when its span overlaps the expected one and its normalised value is the resolved
//! value. Prints pass rates per spec file (tuning cases and held-out cases apart) and the
//! precision of the facts dubao gives on those inputs, and asserts floors just under what the
//! reader reached.
//!
//! Held out: every fifth case (index % 5 == 4) of each file, chosen before any failure was
//! looked at; rules were tuned on the other four fifths only.
//!
//! Currencies: the money facts, plus the recogniser's currencies named without an amount
//! (`amounts::mentions`), which the spec expects with a null value and the facts layer keeps
//! out of the sidebar.
//!
//! Scope: `NumberModel` is scored on the numeral reader (dubao reports no bare number as a
//! fact); in `DateTimeModel` only `date` and `daterange` results are in scope (times, durations
//! and sets are not dates a newspaper fact holds), and a case with no result in scope is
//! skipped. `NumberRangeModel` and `OrdinalModel` are run and printed without a floor: dubao
//! reports neither bare ranges of numbers nor ordinals.

use std::path::{Path, PathBuf};

use dubao::facts::Extractor;
use dubao::facts::{amounts, numbers};
use dubao::model::{Article, Fact, FactKind, FactValue};
use dubao::text::fold::fold;
use serde_json::Value;

fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/recognizers-text");
    dir.is_dir().then_some(dir)
}

/// What a spec file measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Currency,
    Dimension,
    Percent,
    Number,
    Date,
    NoFloor,
}

/// Spec files with their category and the floor (share of all cases) asserted: just under
/// what the reader reached when these were set.
const SPECS: &[(&str, Category, f64)] = &[
    (
        "NumberWithUnit/Chinese/CurrencyModel.json",
        Category::Currency,
        0.99,
    ),
    (
        "NumberWithUnit/Chinese/DimensionModel.json",
        Category::Dimension,
        0.97,
    ),
    ("Number/Chinese/PercentModel.json", Category::Percent, 0.96),
    ("Number/Chinese/NumberModel.json", Category::Number, 0.97),
    (
        "Number/Chinese/NumberRangeModel.json",
        Category::NoFloor,
        0.0,
    ),
    ("Number/Chinese/OrdinalModel.json", Category::NoFloor, 0.0),
    ("DateTime/Chinese/DateExtractor.json", Category::Date, 0.98),
    ("DateTime/Chinese/DateParser.json", Category::Date, 0.93),
    (
        "DateTime/Chinese/DatePeriodExtractor.json",
        Category::Date,
        0.92,
    ),
    (
        "DateTime/Chinese/DatePeriodParser.json",
        Category::Date,
        0.95,
    ),
    ("DateTime/Chinese/DateTimeModel.json", Category::Date, 0.94),
];

/// Precision floor over all facts dubao gives on the currency, dimension, percent and date
/// inputs.
const PRECISION_FLOOR: f64 = 0.97;

/// One expected result: char span (end exclusive) and what its value must match.
#[derive(Debug)]
struct Expected {
    start: usize,
    end: usize,
    want: Want,
}

#[derive(Debug)]
enum Want {
    /// A number (money in its currency, a percentage, a plain number), with the currency's
    /// ISO code or the dimension's unit name when the spec gives one.
    Number(f64, Option<String>),
    /// Any value will do (extractor specs give spans only; `人民币` alone has no value).
    Span,
    /// A date: timex (`XXXX-01-29`, `(2016-01-10,2016-01-12,P2D)`) and resolved dates.
    Date(String, Vec<String>),
}

/// One value dubao gave, with its span.
#[derive(Debug)]
struct Got {
    start: usize,
    end: usize,
    text: String,
    value: Option<FactValue>,
    unit: Option<String>,
}

fn parse_value(s: &str) -> Option<f64> {
    s.trim_end_matches('%').parse().ok()
}

/// The expected results of a case in scope, or `None` when the case is out of scope.
fn expected(case: &Value, cat: Category) -> Option<Vec<Expected>> {
    let results = case["Results"].as_array().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for r in &results {
        let start = r["Start"].as_u64()? as usize;
        let end = match (r["End"].as_u64(), r["Length"].as_u64()) {
            (Some(e), _) => e as usize + 1,
            (None, Some(l)) => start + l as usize,
            _ => return None,
        };
        let kind = r["TypeName"]
            .as_str()
            .or(r["Type"].as_str())
            .unwrap_or("")
            .trim_start_matches("datetimeV2.");
        let want = match cat {
            Category::Date => {
                if !matches!(kind, "date" | "daterange") {
                    continue;
                }
                if let Some(v) = r.get("Value").filter(|v| v.is_object()) {
                    let timex = v["Timex"].as_str().unwrap_or("").to_owned();
                    let dates = ["FutureResolution", "PastResolution"]
                        .iter()
                        .filter_map(|k| v[*k]["date"].as_str().map(str::to_owned))
                        .collect();
                    Want::Date(timex, dates)
                } else if let Some(vals) = r["Resolution"]["values"].as_array() {
                    let timex = vals
                        .first()
                        .and_then(|v| v["timex"].as_str())
                        .unwrap_or("")
                        .to_owned();
                    let dates = vals
                        .iter()
                        .filter_map(|v| v["value"].as_str().map(str::to_owned))
                        .collect();
                    Want::Date(timex, dates)
                } else {
                    Want::Span
                }
            }
            _ => {
                let res = &r["Resolution"];
                let tag = res["isoCurrency"]
                    .as_str()
                    .or(res["unit"].as_str().filter(|_| cat == Category::Dimension))
                    .map(str::to_owned);
                match res["value"].as_str().and_then(parse_value) {
                    Some(v) => Want::Number(v, tag),
                    None => Want::Span,
                }
            }
        };
        out.push(Expected { start, end, want });
    }
    if cat == Category::Date && out.is_empty() && !results.is_empty() {
        return None;
    }
    Some(out)
}

/// The article a spec input becomes: one paragraph.
fn article(text: &str) -> Article {
    Article {
        id: "1".to_owned(),
        paragraphs: vec![text.to_owned()],
        ..Article::default()
    }
}

fn fact_kinds(cat: Category) -> &'static [FactKind] {
    match cat {
        Category::Currency => &[FactKind::Money],
        Category::Dimension => &[FactKind::Quantity],
        Category::Percent => &[FactKind::Percent],
        Category::Date => &[FactKind::Date],
        Category::Number | Category::NoFloor => &[],
    }
}

/// What dubao gives for one input: facts of the category's kinds (the edition date is the
/// spec's reference date), or for numbers every numeral the reader finds.
fn got(ex: &Extractor, text: &str, reference: Option<&str>, cat: Category) -> Vec<Got> {
    if matches!(cat, Category::Number | Category::NoFloor) {
        let f: Vec<char> = fold(text).chars().collect();
        return numbers::scan(&f)
            .into_iter()
            .map(|n| Got {
                start: n.start,
                end: n.end,
                text: text.chars().skip(n.start).take(n.end - n.start).collect(),
                value: n.value.and_then(|v| v.to_json()).map(FactValue::Number),
                unit: None,
            })
            .collect();
    }
    let year = reference.and_then(|r| r.get(..4)?.parse().ok());
    let edition = reference.and_then(|r| r.get(..10));
    let mut out: Vec<Got> = ex
        .extract_dated(&article(text), year, edition)
        .into_iter()
        .filter(|f: &Fact| fact_kinds(cat).contains(&f.kind))
        .map(|f| Got {
            start: f.start,
            end: f.end,
            text: f.text,
            value: f.value,
            unit: f.unit,
        })
        .collect();
    if cat == Category::Currency {
        // The recogniser's currencies named without an amount (the facts layer makes no money
        // fact of them; the spec expects them with a null value).
        let f: Vec<char> = fold(text).chars().collect();
        let found = amounts::scan(&f);
        out.extend(
            amounts::mentions::currency_mentions(&f, &found)
                .into_iter()
                .map(|m| Got {
                    start: m.start,
                    end: m.end,
                    text: f[m.start..m.end].iter().collect(),
                    value: None,
                    unit: Some(m.unit),
                }),
        );
    }
    out
}

/// ISO code of the currency dubao reports as `unit`.
fn iso(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "元" => "CNY",
        "美元" | "美分" => "USD",
        "欧元" => "EUR",
        "港元" => "HKD",
        "日元" => "JPY",
        "韩元" => "KRW",
        "英镑" => "GBP",
        "台币" => "TWD",
        "澳元" => "AUD",
        "加元" => "CAD",
        "卢布" => "RUB",
        "瑞士法郎" => "CHF",
        "奈拉" => "NGN",
        "泰铢" => "THB",
        _ => return None,
    })
}

/// Dimension names of the spec with dubao's units and how many of dubao's unit make one.
fn dimension(name: &str) -> &'static [(&'static str, f64)] {
    match name {
        "Mu" => &[("亩", 1.0)],
        "Kilogram" => &[("公斤", 1.0), ("千克", 1.0), ("kg", 1.0)],
        "Centimeter" => &[("公分", 1.0), ("厘米", 1.0), ("cm", 1.0)],
        "Meter" => &[("米", 1.0), ("m", 1.0)],
        "Kilometer" => &[("千米", 1.0), ("公里", 1.0), ("km", 1.0)],
        "Ton" => &[("吨", 1.0)],
        "Jin" => &[("斤", 1.0)],
        "Kilowatt" => &[("千瓦", 1.0), ("kW", 1.0)],
        "Kilocalorie" => &[("千卡", 1.0)],
        "Hertz" => &[("赫兹", 1.0)],
        "Microgram" => &[("微克", 1.0)],
        "Kilobit" => &[("比特", 1000.0)],
        "Bit" => &[("比特", 1.0)],
        "Kilobyte" => &[("千字节", 1.0), ("字节", 1000.0)],
        "Megabyte" => &[("兆字节", 1.0)],
        _ => &[],
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// `--01-29` / `--01` (dubao's partial dates) in timex form.
fn timex_form(v: &str) -> String {
    match v.strip_prefix("--") {
        Some(rest) => format!("XXXX-{rest}"),
        None => v.to_owned(),
    }
}

/// Whether dubao's date `ours` is the timex `exp`: equal where the timex states digits (`X` is
/// unknown), or a coarser date whose missing parts are the timex's firsts (`2016` for
/// `2016-01-01`).
fn date_fits(ours: &str, exp: &str) -> bool {
    let ours = timex_form(ours);
    let (o, e): (Vec<char>, Vec<char>) = (ours.chars().collect(), exp.chars().collect());
    if o.len() > e.len() {
        return false;
    }
    let head = o.iter().zip(&e).all(|(a, b)| a == b || *b == 'X');
    let rest: String = e[o.len()..].iter().collect();
    head && (rest.is_empty() || rest == "-01" || rest == "-01-01")
}

/// The day, month or year after a date (`2018` → `2019`, `2018-10` → `2018-11`), for range
/// ends that the timex states exclusive.
fn next(d: &str) -> Option<String> {
    let parts: Vec<i64> = d
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    Some(match parts.as_slice() {
        [y] => format!("{:04}", y + 1),
        [y, 12] => format!("{:04}-01", y + 1),
        [y, m] => format!("{y:04}-{:02}", m + 1),
        [y, m, dd] => {
            let days = [
                31,
                28 + i64::from(y % 4 == 0),
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ];
            let last = *days.get((*m as usize).checked_sub(1)?)?;
            match (dd >= &last, *m == 12) {
                (true, true) => format!("{:04}-01-01", y + 1),
                (true, false) => format!("{y:04}-{:02}-01", m + 1),
                _ => format!("{y:04}-{m:02}-{:02}", dd + 1),
            }
        }
        _ => return None,
    })
}

/// An ISO week timex (`2017-W13`, `2017-W13-WE`) as the dates it spans (Monday to Sunday, or
/// Saturday and Sunday), in the interval form dubao writes.
fn week_timex(timex: &str) -> Option<String> {
    use dubao::facts::dates::calendar::{from_days, iso, to_days, weekday};
    let (y, rest) = timex.split_once("-W")?;
    let y: i32 = y.parse().ok()?;
    let (w, weekend) = match rest.strip_suffix("-WE") {
        Some(w) => (w, true),
        None => (rest, false),
    };
    let w: i64 = w.parse().ok()?;
    let jan4 = to_days(y, 1, 4);
    let monday = jan4 - (weekday(jan4) - 1) + 7 * (w - 1);
    let (a, b) = if weekend { (5, 6) } else { (0, 6) };
    let (ya, ma, da) = from_days(monday + a)?;
    let (yb, mb, db) = from_days(monday + b)?;
    Some(format!("{}/{}", iso(ya, ma, da), iso(yb, mb, db)))
}

/// A week of a month (`XXXX-10-W01`, the timex of `十月的第一周`) in the year of dubao's
/// value `ours`, in the interval form dubao writes. Weeks of a month count as ISO weeks of a
/// year do: Monday to Sunday, the first is the one holding the 4th (Recognizers-Text's own
/// resolutions, 2 to 8 October 2017 and 3 to 9 October 2016, agree).
fn month_week_timex(timex: &str, ours: &str) -> Option<String> {
    use dubao::facts::dates::calendar::{from_days, iso, to_days, weekday};
    let rest = timex.strip_prefix("XXXX-")?;
    let (m, w) = rest.split_once("-W")?;
    let (m, w): (u32, i64) = (m.parse().ok()?, w.parse().ok()?);
    let y: i32 = ours.get(..4)?.parse().ok()?;
    let fourth = to_days(y, m, 4);
    let monday = fourth - (weekday(fourth) - 1) + 7 * (w - 1);
    let (ya, ma, da) = from_days(monday)?;
    let (yb, mb, db) = from_days(monday + 6)?;
    Some(format!("{}/{}", iso(ya, ma, da), iso(yb, mb, db)))
}

/// A weekday counted within a month (`XXXX-08-WXX-1-#4`, the fourth Monday of August) in the
/// year of dubao's value `ours`, as the day it is.
fn nth_weekday_timex(timex: &str, ours: &str) -> Option<String> {
    use dubao::facts::dates::calendar::{from_days, iso, to_days, weekday};
    let rest = timex.strip_prefix("XXXX-")?;
    let (m, rest) = rest.split_once("-WXX-")?;
    let (d, n) = rest.split_once("-#")?;
    let (m, d, n): (u32, i64, i64) = (m.parse().ok()?, d.parse().ok()?, n.parse().ok()?);
    let y: i32 = ours.get(..4)?.parse().ok()?;
    let first = to_days(y, m, 1);
    let (yy, mm, dd) = from_days(first + (d - weekday(first)).rem_euclid(7) + 7 * (n - 1))?;
    Some(iso(yy, mm, dd))
}

/// A season timex (`2017-SU`) as the months dubao writes for it (northern seasons: summer is
/// June to August, winter December to February of the next year).
fn season_timex(timex: &str) -> Option<String> {
    let (y, s) = timex.split_once('-')?;
    let y: i32 = y.parse().ok()?;
    Some(match s {
        "SP" => format!("{y:04}-03/{y:04}-05"),
        "SU" => format!("{y:04}-06/{y:04}-08"),
        "FA" => format!("{y:04}-09/{y:04}-11"),
        "WI" => format!("{y:04}-12/{:04}-02", y + 1),
        _ => return None,
    })
}

fn value_fits(g: &Got, want: &Want) -> bool {
    match want {
        Want::Span => true,
        Want::Number(v, tag) => {
            let Some(FactValue::Number(n)) = &g.value else {
                return false;
            };
            let Some(ours) = n.as_f64() else { return false };
            let unit = g.unit.as_deref().unwrap_or("");
            match tag.as_deref() {
                Some(code) if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) => {
                    let cents = if unit == "美分" { 100.0 } else { 1.0 };
                    iso(unit) == Some(code) && close(ours / cents, *v)
                }
                Some(name) if !dimension(name).is_empty() => dimension(name)
                    .iter()
                    .any(|(u, k)| *u == unit && close(ours, v * k)),
                _ => close(ours, *v),
            }
        }
        Want::Date(timex, dates) => {
            let Some(FactValue::Text(ours)) = &g.value else {
                return false;
            };
            if dates.iter().any(|d| d == ours)
                || week_timex(timex).as_deref() == Some(ours)
                || month_week_timex(timex, ours).as_deref() == Some(ours)
                || season_timex(timex).as_deref() == Some(ours)
            {
                return true;
            }
            if let Some(inner) = timex.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                let mut parts = inner.split(',');
                let (Some(s), Some(e)) = (parts.next(), parts.next()) else {
                    return false;
                };
                let Some((a, b)) = ours.split_once('/') else {
                    return false;
                };
                let starts = date_fits(a, s) || nth_weekday_timex(s, a).as_deref() == Some(a);
                return starts
                    && (date_fits(b, e) || next(&timex_form(b)).is_some_and(|n| date_fits(&n, e)));
            }
            date_fits(ours, timex)
        }
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    cases: usize,
    passed: usize,
}

impl Tally {
    fn rate(self) -> f64 {
        if self.cases == 0 {
            1.0
        } else {
            self.passed as f64 / self.cases as f64
        }
    }
}

#[test]
fn recognizers_text_chinese_specs() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    let ex = Extractor::new();
    let (mut facts_all, mut facts_right) = (0usize, 0usize);
    let mut below = Vec::new();
    let verbose = std::env::var("RT_VERBOSE").is_ok();
    for &(file, cat, floor) in SPECS {
        let path = dir.join(file);
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {file}: not found");
            continue;
        };
        let cases: Vec<Value> =
            serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("spec is JSON");
        let (mut tune, mut held) = (Tally::default(), Tally::default());
        for (k, case) in cases.iter().enumerate() {
            let Some(want) = expected(case, cat) else {
                continue;
            };
            let input = case["Input"].as_str().unwrap_or("");
            let reference = case["Context"]["ReferenceDateTime"].as_str();
            let ours = got(&ex, input, reference, cat);
            // dubao reports a repeated fact once (`2成，…，2成`): a repeat of a fact it gave,
            // same text and value, counts as found.
            let text_of = |e: &Expected| -> String {
                input.chars().skip(e.start).take(e.end - e.start).collect()
            };
            let squash = |s: &str| s.replace(' ', "");
            let hit = |e: &Expected| {
                ours.iter().any(|g| {
                    let placed = g.start < e.end && e.start < g.end;
                    let repeat = squash(&fold(&text_of(e))) == squash(&fold(&g.text));
                    (placed || repeat) && value_fits(g, &e.want)
                })
            };
            let all_found = want.iter().all(hit);
            // A fact is right where it overlaps an expected result with its value, or repeats
            // one (same text and value) as above.
            let right = ours
                .iter()
                .filter(|g| {
                    want.iter().any(|e| {
                        let placed = g.start < e.end && e.start < g.end;
                        let repeat = squash(&fold(&text_of(e))) == squash(&fold(&g.text));
                        (placed || repeat) && value_fits(g, &e.want)
                    })
                })
                .count();
            // A case passes when every expected result is found and nothing else is claimed.
            let pass = all_found && right == ours.len();
            if matches!(
                cat,
                Category::Currency | Category::Dimension | Category::Percent | Category::Date
            ) {
                facts_all += ours.len();
                facts_right += right;
            }
            let t = if k % 5 == 4 { &mut held } else { &mut tune };
            t.cases += 1;
            t.passed += usize::from(pass);
            if verbose && !pass && k % 5 != 4 {
                eprintln!("  FAIL {file}#{k} {input} want {want:?} got {ours:?}");
            }
        }
        let all = Tally {
            cases: tune.cases + held.cases,
            passed: tune.passed + held.passed,
        };
        println!(
            "{file}: {:.1}% of {} (tuning {:.1}% of {}, held out {:.1}% of {})",
            100.0 * all.rate(),
            all.cases,
            100.0 * tune.rate(),
            tune.cases,
            100.0 * held.rate(),
            held.cases
        );
        if cat != Category::NoFloor && all.rate() < floor {
            below.push(format!("{file}: {:.3} < {floor}", all.rate()));
        }
    }
    let precision = if facts_all == 0 {
        1.0
    } else {
        facts_right as f64 / facts_all as f64
    };
    println!("precision over facts on currency, dimension, percent and date inputs: {:.1}% of {facts_all}", 100.0 * precision);
    assert!(below.is_empty(), "below floor: {below:?}");
    assert!(
        precision >= PRECISION_FLOOR,
        "precision {precision:.3} < {PRECISION_FLOOR}"
    );
}
