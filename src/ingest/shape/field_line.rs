//! A record's field on a line of its own: `项目名称：芜湖经开区汽车电子产业园项目`,
//! `总投资：18.5亿元`, `姓名：陈浩`. Investment promotion pages print each project so, and
//! appointment notices each nominee: short lines that end in no sentence mark, which read alone
//! are titles, and a record had been split into articles at them (`总投资：…` over `合作方式：…`
//! the title of an article of its own, the project left with no cost).
//!
//! A headline may hold a colon too (`太原经开区：打造千亿级产业集群`): what tells a field is its
//! label, a word that names a field (`名称`, `地点`, `职务`…), never a place's or a zone's name.

/// Labels that name a field, whole.
const LABELS: &[&str] = &[
    "姓名",
    "性别",
    "民族",
    "籍贯",
    "学历",
    "学位",
    "政治面貌",
    "出生年月",
    "出生日期",
    "现任职务",
    "拟任职务",
    "拟任",
    "现任",
    "总投资",
    "投资总额",
    "投资额",
    "投资估算",
    "投资方",
    "年产值",
    "年销售收入",
    "年利税",
    "建设期",
    "效益分析",
    "市场前景",
    "合作条件",
    "邮编",
    "网址",
    "时间",
    "地点",
    "日期",
    // A tender notice's fields (`采购人：…`, `预算金额：8,650.00万元`, `最高限价：…`).
    "采购人",
    "招标人",
    "代理机构",
    "采购代理机构",
    "最高限价",
    "资金来源",
];

/// Endings of labels that name a field (`项目名称`, `建设内容`, `合作方式`, `占地面积`).
const LABEL_ENDS: &[&str] = &[
    "名称", "内容", "地点", "方式", "电话", "时间", "面积", "规模", "职务", "年月", "单位", "周期",
    "概况", "地址", "邮箱", "传真", "期限", "进度", "热线", "编号", "金额",
];

/// Longest label, in chars.
const LABEL_MAX_CHARS: usize = 6;

/// Endings of a contact's label, which may name its office first (`投资服务中心地址`,
/// `招商引资服务热线`): no headline ends its first words in these, so such a label may be
/// longer, up to [`CONTACT_LABEL_MAX_CHARS`].
const CONTACT_ENDS: &[&str] = &["地址", "电话", "热线", "邮箱", "传真", "网址"];

/// Longest contact label, in chars.
const CONTACT_LABEL_MAX_CHARS: usize = 10;

/// Whether a line is one field of a record: a label (see [`LABELS`], [`LABEL_ENDS`]) of at most
/// [`LABEL_MAX_CHARS`] Han chars, a colon, and a value after it on the line.
pub(in crate::ingest) fn is_field_line(line: &str) -> bool {
    let line = line.trim_start_matches(super::is_pad);
    // Asked of every text line: a label is Han chars, three bytes each, so its colon (`：` or
    // `:`) starts at a multiple of three bytes; any other line is turned down there.
    let b = line.as_bytes();
    let Some(at) = (2..=CONTACT_LABEL_MAX_CHARS)
        .map(|k| 3 * k)
        .find(|&i| b.get(i) == Some(&b':') || b.get(i..i + 3) == Some("：".as_bytes()))
    else {
        return false;
    };
    let long = at > 3 * LABEL_MAX_CHARS;
    let colon = if b[at] == b':' { ':' } else { '：' };
    let label = &line[..at];
    let value = line[at + colon.len_utf8()..].trim_matches(super::is_pad);
    !value.is_empty()
        && label.chars().count() >= 2
        && label.chars().all(crate::lexicon::names::is_han)
        && if long {
            CONTACT_ENDS.iter().any(|e| label.ends_with(e))
        } else {
            LABELS.contains(&label) || LABEL_ENDS.iter().any(|e| label.ends_with(e))
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_a_record() {
        for line in [
            "项目名称：芜湖经开区汽车电子产业园项目",
            "　　总投资：18.5亿元",
            "合作方式：合资、合作",
            "姓名：陈 浩",
            "出生年月：1985年11月",
            "现任职务：宜宾市叙州区副区长",
            "建设内容：规划用地300亩，建设标准化厂房20万平方米。",
            "　　项目编号：XAGX-2025-ZB-0147",
            "采购人：西安高新区市政工程管理中心",
            "预算金额：8,650.00万元",
            "投资服务中心地址：郑州经开区经北一路138号",
            "招商引资服务热线：0371-66778899",
        ] {
            assert!(is_field_line(line), "{line}");
        }
    }

    #[test]
    fn headlines_with_a_colon_are_no_fields() {
        for line in [
            "太原经开区：打造千亿级产业集群",
            "烟台经开区：海上风电装备产业链成型",
            "总投资：",
            "记者：下一步有何打算？",
            "时间管理：企业的新课题",
            "2025年：开发区的新起点",
            "郑州经开区投资服务中心：打造一流营商环境",
            "汽车电子产业园项目名称：待定",
        ] {
            assert!(!is_field_line(line), "{line}");
        }
    }
}
