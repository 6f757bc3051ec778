//! Tests of [`super`].
use super::*;
use crate::text::fold::fold;

fn dates(s: &str, year: Option<i32>) -> Vec<(String, String)> {
    let f: Vec<char> = fold(s).chars().collect();
    let orig: Vec<char> = s.chars().collect();
    scan(&f, year)
        .into_iter()
        .map(|h| (orig[h.start..h.end].iter().collect(), h.value))
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}

#[test]
fn full_and_partial_dates() {
    assert_eq!(
        dates("2026 年 1 月 8 日，", None),
        [pair("2026 年 1 月 8 日", "2026-01-08")]
    );
    assert_eq!(
        dates("12 月 22 日，运城", Some(2025)),
        [pair("12 月 22 日", "2025-12-22")]
    );
    assert_eq!(
        dates("12 月 22 日，运城", None),
        [pair("12 月 22 日", "--12-22")]
    );
    assert_eq!(
        dates("二〇二五年十二月二十二日", None),
        [pair("二〇二五年十二月二十二日", "2025-12-22")]
    );
    assert_eq!(
        dates("２０２５年１２月２２日", None),
        [pair("２０２５年１２月２２日", "2025-12-22")]
    );
    assert_eq!(
        dates("于2026-01-08发布", None),
        [pair("2026-01-08", "2026-01-08")]
    );
}

#[test]
fn runs_of_months() {
    let f: Vec<char> = "今年1至10月，2025 年 1—11 月，3-5 月份。12 个月。"
        .chars()
        .collect();
    let v: Vec<String> = scan(&f, Some(2025)).into_iter().map(|d| d.value).collect();
    assert_eq!(v, ["2025-01/2025-10", "2025-01/2025-11", "2025-03/2025-05"]);
}

#[test]
fn after_a_clause_hou_nian_is_no_date() {
    let f: Vec<char> = "项目达产后年产值可达 5 亿元，投产后年均纳税 2000 万元。后年建成。"
        .chars()
        .collect();
    let v: Vec<String> = scan(&f, Some(2025)).into_iter().map(|d| d.value).collect();
    assert_eq!(v, ["2027"]);
}

#[test]
fn relative_years_resolve_against_the_page_year() {
    assert_eq!(
        dates("今年 3 月 3 日，中铝", Some(2025)),
        [pair("今年 3 月 3 日", "2025-03-03")]
    );
    assert_eq!(
        dates("今年 3 月，该公司", Some(2025)),
        [pair("今年 3 月", "2025-03")]
    );
    assert_eq!(dates("计划明年拓展", Some(2025)), [pair("明年", "2026")]);
    assert_eq!(dates("去年同期", Some(2025)), [pair("去年", "2024")]);
    assert!(dates("为今年高质量完成", Some(2025)).is_empty());
    assert!(dates("计划明年拓展", None).is_empty());
}

#[test]
fn years_months_and_ranges() {
    assert_eq!(
        dates("召开 2025 年度经济", None),
        [pair("2025 年度", "2025")]
    );
    assert_eq!(
        dates("及 12 月份固定资产", Some(2025)),
        [pair("12 月份", "2025-12")]
    );
    assert_eq!(
        dates("12 月 22 日至 24 日举行", Some(2025)),
        [pair("12 月 22 日至 24 日", "2025-12-22/2025-12-24")]
    );
    assert_eq!(
        dates("计划于2026年3月至2027年6月建设", None),
        [pair("2026年3月至2027年6月", "2026-03/2027-06")]
    );
    assert_eq!(
        dates("为开发区“十五五”良好开局", None),
        [pair("十五五", "2026/2030")]
    );
    assert_eq!(dates("“十四五”期间", None), [pair("十四五", "2021/2025")]);
}

#[test]
fn numbers_that_are_not_dates() {
    assert!(dates("二十届四中全会", Some(2025)).is_empty());
    assert!(dates("3 个月", Some(2025)).is_empty());
    assert!(dates("13 月", Some(2025)).is_empty());
    assert!(dates("30 年", Some(2025)).is_empty());
}

fn on(s: &str, edition: Option<&str>, year: Option<i32>) -> Vec<(String, String)> {
    let f: Vec<char> = fold(s).chars().collect();
    let orig: Vec<char> = s.chars().collect();
    scan_in(&f, &Context::new(year, edition))
        .into_iter()
        .map(|h| (orig[h.start..h.end].iter().collect(), h.value))
        .collect()
}

#[test]
fn a_year_the_text_states_is_never_the_page_year() {
    assert_eq!(
        dates("1357年6月10日", Some(2017)),
        [pair("1357年6月10日", "1357-06-10")]
    );
    assert_eq!(
        dates("18年10月1日", Some(2017)),
        [pair("18年10月1日", "2018-10-01")]
    );
    assert_eq!(
        dates("康熙二十年9月", Some(2017)),
        [pair("康熙二十年9月", "1681-09")]
    );
    assert_eq!(
        dates("康熙20年9月", Some(2017)),
        [pair("康熙20年9月", "1681-09")]
    );
    // Taiwan counts years in the 民国 era still: 民國114年 is 2025.
    assert_eq!(
        dates("民國114年12月23日", None),
        [pair("民國114年12月23日", "2025-12-23")]
    );
    // An era dubao does not know: the month stays without a year.
    assert_eq!(dates("大业三年五月", Some(2017)), [pair("五月", "--05")]);
    assert_eq!(dates("零八年奥运会", Some(2017)), [pair("零八年", "2008")]);
    assert!(dates("30 年", Some(2025)).is_empty());
}

#[test]
fn days_without_ri_and_days_alone() {
    assert_eq!(
        dates("八月十五的月亮", Some(2017)),
        [pair("八月十五", "2017-08-15")]
    );
    assert_eq!(dates("三月初一", None), [pair("三月初一", "--03-01")]);
    assert_eq!(
        dates("正月初一", Some(2018)),
        [pair("正月初一", "2018-01-01")]
    );
    assert_eq!(
        on("21日，会议召开", Some("2025-12-24"), None),
        [pair("21日", "2025-12-21")]
    );
    assert_eq!(on("21日，会议召开", None, Some(2025)), [pair("21日", "")]);
    assert!(on("乘坐1号线", Some("2025-12-24"), None).is_empty());
    assert!(on("3日元", Some("2025-12-24"), None).is_empty());
    // The day of a month that cannot be (a misprint) is no day of the edition's month.
    assert!(
        !on("2025 年 52 月 3 日，会议召开", Some("2025-12-24"), None)
            .iter()
            .any(|(_, v)| v == "2025-12-03")
    );
}

#[test]
fn numeric_forms_parts_and_ranges() {
    assert_eq!(
        dates("你13.5.2015有时间吗", None),
        [pair("13.5.2015", "2015-05-13")]
    );
    assert_eq!(
        dates("2010.01.29", None),
        [pair("2010.01.29", "2010-01-29")]
    );
    assert_eq!(
        dates("你3-7-07有时间吗", None),
        [pair("3-7-07", "2007-07-03")]
    );
    assert_eq!(dates("2011年年底", None), [pair("2011年年底", "2011")]);
    assert_eq!(
        dates("3月至5月", Some(2025)),
        [pair("3月至5月", "2025-03/2025-05")]
    );
    assert_eq!(
        dates("2016-2018年", None),
        [pair("2016-2018年", "2016/2018")]
    );
    assert_eq!(
        on("本月10日", Some("2017-03-22"), None),
        [pair("本月10日", "2017-03-10")]
    );
    assert_eq!(
        on("去年本月十日", Some("2017-03-22"), None),
        [pair("去年本月十日", "2016-03-10")]
    );
}

#[test]
fn relative_days_need_an_edition_date() {
    assert_eq!(
        on("明天开幕", Some("2025-12-31"), None),
        [pair("明天", "2026-01-01")]
    );
    assert_eq!(on("明天开幕", None, Some(2025)), [pair("明天", "2025")]);
    assert_eq!(on("明天开幕", None, None), [pair("明天", "")]);
    assert_eq!(
        on("下周三开幕", Some("2025-12-24"), None),
        [pair("下周三", "2025-12-31")]
    );
}

#[test]
fn hou_nian_after_a_clause_on_a_traditional_page() {
    assert!(dates("項目建成後年產值可達5億元", Some(2025)).is_empty());
}

#[test]
fn halves_decades_and_weeks() {
    assert_eq!(
        dates("二零一七年下半年", None),
        [pair("二零一七年下半年", "2017-07/2017-12")]
    );
    assert_eq!(
        dates("今年上半年", Some(2025)),
        [pair("今年上半年", "2025-01/2025-06")]
    );
    assert_eq!(
        dates("20世纪80年代", None),
        [pair("20世纪80年代", "1980/1989")]
    );
    assert_eq!(
        dates("上世纪90年代", Some(2025)),
        [pair("上世纪90年代", "1990/1999")]
    );
    assert_eq!(
        dates("九十年代", Some(2025)),
        [pair("九十年代", "1990/1999")]
    );
    assert_eq!(dates("在20年代", Some(2026)), [pair("20年代", "2020/2029")]);
    assert_eq!(dates("1990年代", None), [pair("1990年代", "1990/1999")]);
    assert_eq!(dates("50年代", None), [pair("50年代", "")]);
    assert_eq!(
        on("下周召开", Some("2025-12-24"), None),
        [pair("下周", "2025-12-29/2026-01-04")]
    );
}

#[test]
fn paired_years_close_with_jian_and_halves_read_either_word() {
    let v = |s: &str| -> Vec<String> {
        let f: Vec<char> = s.chars().collect();
        scan(&f, Some(2019)).into_iter().map(|d| d.value).collect()
    };
    assert_eq!(v("2007年与2009年间"), ["2007/2009"]);
    assert_eq!(v("2015年和2018年之间的销售额"), ["2015/2018"]);
    assert_eq!(v("2015年和2018年的销售额"), ["2015", "2018"]);
    assert_eq!(v("2019年后半年"), ["2019-07/2019-12"]);
}

#[test]
fn a_weekday_after_a_day_belongs_to_it() {
    assert_eq!(
        dates("2009年10月12号，星期一", None),
        [("2009年10月12号，星期一".to_owned(), "2009-10-12".to_owned())]
    );
    assert_eq!(
        dates("3月5日（周三）", Some(2025)),
        [("3月5日（周三）".to_owned(), "2025-03-05".to_owned())]
    );
    assert_eq!(dates("3月，周三", Some(2025)).len(), 2);
}

#[test]
fn quarters_seasons_and_parts_counted_in_a_year() {
    assert_eq!(
        dates("今年第一季度", Some(2017)),
        [pair("今年第一季度", "2017-01/2017-03")]
    );
    assert_eq!(
        dates("2024年前三季度", None),
        [pair("2024年前三季度", "2024-01/2024-09")]
    );
    assert_eq!(
        dates("2016年四季度", None),
        [pair("2016年四季度", "2016-10/2016-12")]
    );
    assert_eq!(
        dates("今年夏天", Some(2017)),
        [pair("今年夏天", "2017-06/2017-08")]
    );
    assert_eq!(
        dates("去年冬季", Some(2017)),
        [pair("去年冬季", "2016-12/2017-02")]
    );
    assert_eq!(
        dates("2021年的第一周", None),
        [pair("2021年的第一周", "2021-01-04/2021-01-10")]
    );
    assert_eq!(
        dates("2021年的第三个月", None),
        [pair("2021年的第三个月", "2021-03")]
    );
    assert_eq!(
        dates("2021年的前2周", None),
        [pair("2021年的前2周", "2021-01-04/2021-01-17")]
    );
    assert_eq!(
        dates("2019年的最後 3 週", None),
        [pair("2019年的最後 3 週", "2019-12-09/2019-12-29")]
    );
    assert_eq!(
        dates("2021 年的最後 4 个月", None),
        [pair("2021 年的最後 4 个月", "2021-09/2021-12")]
    );
    assert_eq!(
        dates("2020年的前10天", None),
        [pair("2020年的前10天", "2020-01-01/2020-01-10")]
    );
    assert_eq!(
        dates("今年后半年", Some(2019)),
        [pair("今年后半年", "2019-07/2019-12")]
    );
    assert_eq!(dates("今年第一个", Some(2019)), []);
}

#[test]
fn spaced_numeric_dates_only_year_first() {
    assert_eq!(
        dates("2010 01 29", None),
        [pair("2010 01 29", "2010-01-29")]
    );
    assert_eq!(dates("12 01 29", None), []);
}

#[test]
fn three_digit_years_placed_in_time_and_joined_days() {
    assert_eq!(dates("在789年", None), [pair("789年", "0789")]);
    assert_eq!(dates("在100年内", None), []);
    let f: Vec<char> = "我从上周四到十月一日都不在".chars().collect();
    let v: Vec<String> = scan_in(&f, &Context::new(None, Some("2019-07-31")))
        .into_iter()
        .map(|d| d.value)
        .collect();
    assert_eq!(v, ["2019-07-25/2019-10-01"]);
}

#[test]
fn month_slash_day_only_where_no_fraction_is_meant() {
    assert_eq!(dates("12/1", Some(2021)), vec![pair("12/1", "2021-12-01")]);
    assert_eq!(
        dates("7/20 开幕", Some(2021)),
        vec![pair("7/20", "2021-07-20")]
    );
    // `9/11` could be nine elevenths: left alone.
    assert!(dates("9/11", Some(2021)).is_empty());
    assert_eq!(dates("12/25 圣诞", None), vec![pair("12/25", "--12-25")]);
    // Proper fractions, codes and longer numeric runs are not month/day.
    assert!(dates("占 1/2 以上", Some(2021)).is_empty());
    assert!(dates("3/4 的人", Some(2021)).is_empty());
    assert!(dates("13/1", Some(2021)).is_empty());
    assert!(dates("v1.12/1", Some(2021)).is_empty());
    assert!(dates("12/1%", Some(2021)).is_empty());
    assert_eq!(
        dates("2021/12/1", None),
        vec![pair("2021/12/1", "2021-12-01")]
    );
}

#[test]
fn a_range_cut_off_at_the_end_of_the_text_is_one_day() {
    // `到` as the last char: the second date is looked for past the end (it once panicked).
    assert_eq!(
        dates("2025年3月1日到", Some(2025)),
        vec![pair("2025年3月1日", "2025-03-01")]
    );
}

/// A count of days after a word of lasting or before a bound on it is a length of time, no
/// day of the edition's month (`经过30日即视为送达` had been the 30th).
#[test]
fn a_length_of_days_is_no_day() {
    for text in [
        "自公告之日起经过30日即视为送达",
        "公示期为期7日",
        "应于收到通知书之日起15日内提出",
        "期满 10 日以内",
    ] {
        assert!(on(text, Some("2025-08-24"), None).is_empty(), "{text}");
    }
    assert_eq!(
        on("21日，会议召开", Some("2025-12-24"), None),
        [pair("21日", "2025-12-21")]
    );
}

/// A door's number in an address (`锐华路1号`, `8栋3号`) is no day of the month; a day written
/// with 号 after a clause is (`3号上午`).
#[test]
fn a_doors_number_is_no_day() {
    let f: Vec<char> = "中心位于锐华路1号、8栋3号，3号上午开始办公。"
        .chars()
        .collect();
    let found: Vec<String> = scan_in(&f, &Context::new(None, Some("2026-03-12")))
        .into_iter()
        .map(|h| h.value)
        .collect();
    assert_eq!(found, ["2026-03-03"]);
}
