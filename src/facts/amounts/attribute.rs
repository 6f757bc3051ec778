//! What an amount measures, read from the words just before it: `总投资 73.9 亿元` is a total
//! investment, `规划面积 28.29 平方公里` a planned area, `同比增长 12.6%` a year-on-year growth.
//!
//! The words are matched in folded (Simplified) text and reported as written there. Between the
//! word and the number only linking words may stand (`达`, `约`, `为`, `超过`…), so `投资建设的
//! 5 个项目` gives the count no attribute.

use crate::facts::charset::{word_list, WordList};

/// Attribute words, longest first where one ends another (`总投资` before `投资`).
const ATTRIBUTES: &[&str] = &[
    "计划总投资",
    "项目总投资",
    "总投资额",
    "投资总额",
    "总投资",
    "固定资产投资",
    "完成投资",
    "一期投资",
    "二期投资",
    "三期投资",
    "累计投资",
    "计划投资",
    "预计投资",
    "拟投资",
    "投资额",
    "投资",
    "到位资金",
    "实际利用外资",
    "实际使用外资",
    "利用外资",
    "使用外资",
    "引进外资",
    "到位外资",
    "到位内资",
    "引进内资",
    "签约金额",
    "签约总额",
    "签约额",
    "合同金额",
    "合同额",
    "注册资本",
    "总资产",
    "资产",
    "融资",
    "贷款",
    "补贴",
    "奖励",
    "年产值",
    "总产值",
    "工业产值",
    "产值",
    "工业增加值",
    "增加值",
    "地区生产总值",
    "生产总值",
    "年销售收入",
    "年营业收入",
    "营业收入",
    "销售收入",
    "主营业务收入",
    "年营收",
    "营收",
    "营业额",
    "销售额",
    "年销售额",
    "交易额",
    "成交额",
    "进出口总额",
    "进出口额",
    "出口额",
    "进口额",
    "进出口",
    "出口",
    "进口",
    "产业规模",
    "经济总量",
    "规模",
    "社会消费品零售总额",
    "零售额",
    "年利税",
    "利税",
    "净利润",
    "利润",
    "年纳税",
    "纳税",
    "税收",
    "收入",
    "总规划面积",
    "规划总面积",
    "规划面积",
    "占地面积",
    "用地面积",
    "总用地",
    "用地",
    "占地",
    "总建筑面积",
    "建筑面积",
    "建设总面积",
    "总面积",
    "面积",
    "全长",
    "总长",
    "长度",
    "宽度",
    "高度",
    "年产能",
    "年产量",
    "年产",
    "设计产能",
    "产能",
    "产量",
    "年处理",
    "日处理",
    "年加工",
    "年吞吐量",
    "吞吐量",
    "年发电量",
    "发电量",
    "装机容量",
    "装机",
    "总容量",
    "容量",
    "储量",
    "日产",
    "同比增长",
    "环比增长",
    "同比下降",
    "环比下降",
    "年均增长",
    "增长",
    "下降",
    "增速",
    "增幅",
    "降幅",
    "占比",
    "比重",
    "带动就业",
    "吸纳就业",
    "新增就业",
    "就业",
];

/// Words that may link an attribute to its number (`总投资达`, `面积约为`, `增长了`).
const LINKS: &[&str] = &[
    // A bound is a link too (`总投资不超过95亿元`), before the word it ends with.
    "不超过",
    "不低于",
    "不少于",
    "约为",
    "达到",
    "超过",
    "共计",
    "合计",
    "累计",
    "总计",
    "高达",
    "可达",
    "将达",
    "预计",
    "突破",
    "实现",
    "完成",
    "约",
    "达",
    "为",
    "是",
    "近",
    "逾",
    "超",
    "共",
    "计",
    "了",
    "有",
    "至",
    "到",
    "已", // `产值将突破千亿元`: the future of a link is a link.
    "将",
];

/// The attribute written before `start` in folded text, if any.
pub fn attribute_before(f: &[char], start: usize) -> Option<&'static str> {
    let mut end = skip_back_spaces(f, start);
    let mut labelled = false;
    // At most two linking words (`总投资约为 5 亿元`, `同比增长了`), and one field's colon
    // (`总投资：45亿元`, a list's or a table's way of writing the attribute).
    for _ in 0..3 {
        if let Some(a) = word_ending_at(f, end, attributes()) {
            return Some(a);
        }
        if !labelled && end > 0 && matches!(f[end - 1], '：' | ':') {
            labelled = true;
            end = skip_back_spaces(f, end - 1);
            continue;
        }
        let Some(link) = word_ending_at(f, end, links()) else {
            break;
        };
        end = skip_back_spaces(f, end - link.chars().count());
    }
    word_ending_at(f, end, attributes())
}

/// Where a linking word (`超过`, `达到`, `约`) ending at `end` starts, if one does: a count's
/// noun may stand before it (`港资企业超过3000家`).
pub fn link_start(f: &[char], end: usize) -> Option<usize> {
    word_ending_at(f, end, links()).map(|w| end - w.chars().count())
}

/// Units of output, which name a plant's capacity when they open a project's name.
const OUTPUT_UNITS: &[&str] = &[
    "吨",
    "千瓦",
    "兆瓦",
    "立方米",
    "标方",
    "标准箱",
    "件",
    "套",
    "台",
    "辆",
];

/// `4 万吨铸造合金项目`: an output amount that opens the name of a project or production line
/// is that plant's capacity (`产能`), though no word says so. The name must run on without
/// punctuation to `项目`, `生产线` or `工程` within a dozen chars.
pub fn implied_after(f: &[char], end: usize, unit: &str) -> Option<&'static str> {
    if !OUTPUT_UNITS.contains(&unit) {
        return None;
    }
    let stop = end.saturating_add(16).min(f.len());
    let mut j = end;
    while j < stop
        && (crate::lexicon::names::is_han(f[j]) || f[j].is_ascii_alphanumeric() || f[j] == ' ')
    {
        if ["项目", "生产线", "工程"]
            .iter()
            .any(|w| crate::facts::at(f, j, w))
        {
            return (j > end).then_some("产能");
        }
        j += 1;
    }
    None
}

word_list!(attributes, ATTRIBUTES);

word_list!(links, LINKS);

/// The first word of `words` (in list order) that ends exactly at `end`.
fn word_ending_at(f: &[char], end: usize, words: &WordList) -> Option<&'static str> {
    words.ending_at(f, end).map(|(w, _)| w)
}

fn skip_back_spaces(f: &[char], i: usize) -> usize {
    let mut i = i.min(f.len());
    // A handful of spaces at most: a long run of them links nothing.
    let floor = i.saturating_sub(4);
    while i > floor && matches!(f[i - 1], ' ' | '\u{3000}') {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(s: &str) -> Option<&'static str> {
        let f: Vec<char> = s.chars().collect();
        attribute_before(&f, f.len())
    }

    #[test]
    fn words_before_the_number_say_what_it_measures() {
        assert_eq!(attr("项目总投资 "), Some("项目总投资"));
        assert_eq!(attr("，总投资"), Some("总投资"));
        assert_eq!(attr("规划建设总面积达 "), Some("建设总面积"));
        assert_eq!(attr("全长 "), Some("全长"));
        assert_eq!(attr("同比增长了"), Some("同比增长"));
        assert_eq!(attr("总投资约为 "), Some("总投资"));
        assert_eq!(attr("年产"), Some("年产"));
        assert_eq!(attr("全区实际利用外资"), Some("实际利用外资"));
        assert_eq!(attr("利用外资"), Some("利用外资"));
        assert_eq!(attr("外贸进出口"), Some("进出口"));
        assert_eq!(attr("汽车产业规模已突破"), Some("产业规模"));
    }

    #[test]
    fn an_output_opening_a_project_name_is_its_capacity() {
        let f: Vec<char> = "4 万吨铸造合金项目顺利投产".chars().collect();
        assert_eq!(implied_after(&f, 4, "吨"), Some("产能"));
        let f: Vec<char> = "4 万吨，项目".chars().collect();
        assert_eq!(implied_after(&f, 4, "吨"), None);
        let f: Vec<char> = "4 万元铸造合金项目".chars().collect();
        assert_eq!(implied_after(&f, 4, "元"), None);
    }

    #[test]
    fn a_fields_colon_links_its_label_to_the_number() {
        assert_eq!(attr("投资方：某公司　总投资："), Some("总投资"));
        assert_eq!(attr("总投资： 约"), Some("总投资"));
        assert_eq!(attr("年产值:"), Some("年产值"));
        assert_eq!(attr("总投资：："), None);
        assert_eq!(attr("项目总投资不超过"), Some("项目总投资"));
    }

    #[test]
    fn other_words_give_no_attribute() {
        assert_eq!(attr("投资建设的 "), None);
        assert_eq!(attr("签约项目 "), None);
        assert_eq!(attr(""), None);
    }
}
