//! Tests of [`super`].
use super::*;
use crate::text::fold::fold;

fn amounts(s: &str) -> Vec<(FactKind, String, String, Vec<String>)> {
    let f: Vec<char> = fold(s).chars().collect();
    scan(&f)
        .into_iter()
        .map(|a| {
            (
                a.kind,
                a.value.map_or("null".to_owned(), |v| v.to_string()),
                a.unit,
                a.flags,
            )
        })
        .collect()
}

fn one(s: &str) -> (FactKind, String, String) {
    let v = amounts(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    (v[0].0, v[0].1.clone(), v[0].2.clone())
}

#[test]
fn money_with_multipliers_is_exact() {
    assert_eq!(
        one("总投资 3.04 亿元，"),
        (FactKind::Money, "304000000".into(), "元".into())
    );
    assert_eq!(
        one("总投资 1233 万元的"),
        (FactKind::Money, "12330000".into(), "元".into())
    );
    assert_eq!(
        one("投资一千二百三十三万元"),
        (FactKind::Money, "12330000".into(), "元".into())
    );
    assert_eq!(
        one("合同额 1,250 万美元"),
        (FactKind::Money, "12500000".into(), "美元".into())
    );
    assert_eq!(
        one("投資３．０４億元"),
        (FactKind::Money, "304000000".into(), "元".into())
    );
}

#[test]
fn quantities_keep_the_unit_without_multiplier() {
    assert_eq!(
        one("4 万吨铸造合金"),
        (FactKind::Quantity, "40000".into(), "吨".into())
    );
    assert_eq!(
        one("全长 0.776 公里的"),
        (FactKind::Quantity, "0.776".into(), "公里".into())
    );
    assert_eq!(
        one("面积 28.29 平方公里，"),
        (FactKind::Quantity, "28.29".into(), "平方公里".into())
    );
    assert_eq!(
        one("总面积达 5 万平方米。"),
        (FactKind::Quantity, "50000".into(), "平方米".into())
    );
    assert_eq!(
        one("流转土地两千亩"),
        (FactKind::Quantity, "2000".into(), "亩".into())
    );
    assert_eq!(
        one("長１２公里"),
        (FactKind::Quantity, "12".into(), "公里".into())
    );
}

#[test]
fn capacity_and_approximation_flags() {
    let v = amounts("年产 8 万吨焦炉煤气制 LNG 项目");
    assert_eq!(v[0].3, ["annual"]);
    let v = amounts("投资约 1000 余万元");
    assert_eq!(v[0].1, "10000000");
    assert_eq!(v[0].3, ["approx"]);
    let v = amounts("吸纳就业 300 人左右");
    assert_eq!(v[0].3, ["approx"]);
    let v = amounts("总投资 5 亿元，其中一期投资 2 亿元。");
    assert!(v[0].3.is_empty());
    // `约` and `近` that end a word (`签约`, `最近`) say nothing of the number after them.
    for text in [
        "园区集中签约18个重大项目",
        "此次签约120亿元",
        "履约12个项目",
    ] {
        let v = amounts(text);
        assert!(v[0].3.is_empty(), "{text}: {v:?}");
    }
    for text in ["接近 3 亿元", "约 2 亿元", "大约 2 亿元", "将近 2 亿元"] {
        assert_eq!(amounts(text)[0].3, ["approx"], "{text}");
    }
    assert_eq!(v[1].3, ["part"]);
}

#[test]
fn ranges_share_multiplier_and_unit() {
    let v = amounts("预计投资 2 至 3 亿元");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].1, "200000000");
    assert_eq!(v[0].3, ["range", "upper=300000000"]);
}

#[test]
fn percentages() {
    assert_eq!(
        one("同比增长 12.6%"),
        (FactKind::Percent, "12.6".into(), "%".into())
    );
    assert_eq!(
        one("增长百分之十二点六"),
        (FactKind::Percent, "12.6".into(), "%".into())
    );
    assert_eq!(
        one("提高 3 个百分点"),
        (FactKind::Percent, "3".into(), "百分点".into())
    );
    assert_eq!(
        one("占比１５％"),
        (FactKind::Percent, "15".into(), "%".into())
    );
}

#[test]
fn ordinals_counters_and_idioms_are_not_amounts() {
    for s in [
        "第一块 A356.2 合金锭",
        "第 3 名",
        "一栋地上",
        "三大指标",
        "一区两园",
        "每一架无人机",
        "三个方面",
        "A356.2",
        "二十届四中全会",
    ] {
        assert!(amounts(s).is_empty(), "{s}: {:?}", amounts(s));
    }
    assert_eq!(
        one("签约项目 12 个"),
        (FactKind::Quantity, "12".into(), "个".into())
    );
    assert_eq!(
        one("地上 18 层"),
        (FactKind::Quantity, "18".into(), "层".into())
    );
}

#[test]
fn dates_are_not_amounts() {
    assert!(amounts("2025 年 12 月 22 日").is_empty());
}

#[test]
fn compound_money_and_currencies() {
    assert_eq!(
        one("这个手机壳五元三毛"),
        (FactKind::Money, "5.3".into(), "元".into())
    );
    assert_eq!(
        one("50元6角三分"),
        (FactKind::Money, "50.63".into(), "元".into())
    );
    assert_eq!(
        one("两美元又三美分"),
        (FactKind::Money, "2.03".into(), "美元".into())
    );
    assert_eq!(
        one("10日元5日本銭"),
        (FactKind::Money, "10.05".into(), "日元".into())
    );
    assert_eq!(
        one("央行到期定存单5306亿台币"),
        (FactKind::Money, "530600000000".into(), "台币".into())
    );
    assert_eq!(
        one("花费我三块"),
        (FactKind::Money, "3".into(), "元".into())
    );
    assert_eq!(one("4人民币"), (FactKind::Money, "4".into(), "元".into()));
    assert_eq!(
        one("8亿元人民币"),
        (FactKind::Money, "800000000".into(), "元".into())
    );
    assert_eq!(
        one("价格￥300，"),
        (FactKind::Money, "300".into(), "元".into())
    );
    assert_eq!(
        one("价格$20，"),
        (FactKind::Money, "20".into(), "美元".into())
    );
    let f: Vec<char> = "人民币 50元".chars().collect();
    assert_eq!(scan(&f)[0].start, 0);
}

#[test]
fn units_halves_and_signs() {
    assert_eq!(
        one("一吨半"),
        (FactKind::Quantity, "1.5".into(), "吨".into())
    );
    assert_eq!(
        one("三斤半"),
        (FactKind::Quantity, "3.5".into(), "斤".into())
    );
    assert_eq!(
        one("一百千瓦"),
        (FactKind::Quantity, "100".into(), "千瓦".into())
    );
    assert_eq!(
        one("身高168CM"),
        (FactKind::Quantity, "168".into(), "cm".into())
    );
    assert_eq!(
        one("负0.2千米"),
        (FactKind::Quantity, "-0.2".into(), "千米".into())
    );
    assert_eq!(
        one("负3.9%"),
        (FactKind::Percent, "-3.9".into(), "%".into())
    );
    assert_eq!(one("-5%"), (FactKind::Percent, "-5".into(), "%".into()));
    assert_eq!(amounts("5-20%")[0].3, ["range", "upper=20"]);
}

#[test]
fn discounts_tenths_and_fractions() {
    assert_eq!(one("打九折"), (FactKind::Percent, "90".into(), "%".into()));
    assert_eq!(one("75折"), (FactKind::Percent, "75".into(), "%".into()));
    assert_eq!(one("五五折"), (FactKind::Percent, "55".into(), "%".into()));
    assert_eq!(one("三成半"), (FactKind::Percent, "35".into(), "%".into()));
    assert_eq!(one("7.2成"), (FactKind::Percent, "72".into(), "%".into()));
    assert_eq!(
        one("千分之2.4"),
        (FactKind::Percent, "0.24".into(), "%".into())
    );
    assert_eq!(
        one("万分之三"),
        (FactKind::Percent, "0.03".into(), "%".into())
    );
    assert!(amounts("十折").is_empty());
    assert!(amounts("一成不变").is_empty());
}

#[test]
fn url_escapes_are_no_percentages() {
    assert!(amounts("访问 https://www.test.com/search?q=30%25%2020% 吧").is_empty());
}

#[test]
fn unrepresentable_amounts_keep_their_text_without_value() {
    let s = format!("总投资{}元", "九".repeat(39));
    let v = amounts(&s);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].1, "null");
    let v = amounts("一亿亿亿亿亿元");
    assert_eq!(v[0].1, "null");
}

#[test]
fn attributes_come_from_the_words_before() {
    let f: Vec<char> = "项目总投资 73.9 亿元，规划面积 28.29 平方公里，同比增长 12.6%"
        .chars()
        .collect();
    let v: Vec<_> = scan(&f).into_iter().map(|a| a.attribute).collect();
    assert_eq!(v, [Some("项目总投资"), Some("规划面积"), Some("同比增长")]);
}

#[test]
fn breakdown_state_ends_with_the_sentence() {
    let v = amounts("其中投资 2 亿元。另投资 3 亿元。");
    assert_eq!(v[0].3, ["part"]);
    assert!(v[1].3.is_empty());
}

#[test]
fn liang_after_a_number_is_the_weight() {
    assert_eq!(
        one("三十两"),
        (FactKind::Quantity, "30".into(), "两".into())
    );
    assert_eq!(
        one("三千两百两"),
        (FactKind::Quantity, "3200".into(), "两".into())
    );
    assert_eq!(
        one("1234两"),
        (FactKind::Quantity, "1234".into(), "两".into())
    );
    assert!(amounts("一两个月").is_empty());
    for text in [
        "项目历时19个月建成",
        "3个工作日内办结",
        "用时8个月",
        "历时 19 个月",
    ] {
        assert!(amounts(text).is_empty(), "{text}");
    }
    assert_eq!(amounts("新签约12个项目")[0].2, "个");
    assert!(amounts("3 两会").is_empty());
}

#[test]
fn a_counter_before_a_currency_counts_money() {
    assert_eq!(
        one("我有20个比特币"),
        (FactKind::Money, "20".into(), "比特币".into())
    );
}

#[test]
fn wei_about_data_is_a_bit_else_a_counter() {
    assert_eq!(
        one("一位是最小的存储单位"),
        (FactKind::Quantity, "1".into(), "比特".into())
    );
    assert!(amounts("一位代表在存储会议上发言").is_empty());
    // A large count of people stays a counter.
    let v = amounts("32位专家参加了会议");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].2, "位");
}

#[test]
fn units_times_a_capacity_multiply_it() {
    let v = amounts("2×35万千瓦热电联产项目");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].1, "700000");
    assert_eq!(v[0].2, "千瓦");
    let f: Vec<char> = "建设2×35万千瓦机组".chars().collect();
    assert_eq!(scan(&f)[0].start, 2);
    // A code or a decimal before `×` is no count of units.
    assert_eq!(amounts("A2×35万千瓦")[0].1, "350000");
    assert_eq!(amounts("1.5×35万千瓦")[0].1, "350000");
}
