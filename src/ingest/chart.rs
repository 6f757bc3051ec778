//! A chart's source and maker line under the chart it credits: `数据来源：国家统计局　制图：张芳`,
//! `资料来源：中国汽车工业协会`, `（制表：李明）`.
//!
//! Papers print it under a chart or table inside an article, where a text dump leaves it as a
//! short line of its own. Read by its shape, it looked like a title and took the next article's
//! title into its group (`数据来源：国家统计局 / 制图：张芳 / 新能源汽车产销两旺`). It is the chart's
//! caption: it stays in the article above, with the chart's own title lines, if any, before it.

use super::shape::{in_round_brackets, is_pad, more_chars_than, trim_pad};

/// The fields a chart credit is made of — where the data comes from, who made the chart — and
/// whether the field makes a line a chart's credit on its own (`来源：新华社` alone is an
/// article's source, not a chart's).
const FIELDS: &[(&str, bool)] = &[
    ("数据来源", true),
    ("资料来源", true),
    ("数据", true),
    ("来源", false),
    ("制图", true),
    ("制表", true),
    ("绘图", true),
    ("图表", true),
    ("图表制作", true),
    ("图表设计", true),
    ("设计", false),
];

/// The first chars of [`FIELDS`].
const FIRST_CHARS: [char; 7] = ['数', '资', '来', '制', '绘', '图', '设'];

/// The longest value of one field (`中国汽车工业协会`, `国家统计局、海关总署`).
const VALUE_MAX_CHARS: usize = 30;

/// Whether a line is a chart's credit: one or more `field：value` pairs separated by spaces (the
/// whole in brackets or not), each field one of [`FIELDS`] and at least one a chart's, each
/// value short and no sentence.
pub(super) fn is_chart_credit(line: &str) -> bool {
    let t = trim_pad(line);
    let t = in_round_brackets(t).unwrap_or(t);
    // Every piece of every line is asked: one that opens with no field's first char is turned
    // down on it (a test checks the fields against this list).
    if !t.starts_with(FIRST_CHARS) {
        return false;
    }
    if more_chars_than(t, 2 * (VALUE_MAX_CHARS + 6)) || t.contains(['。', '！', '？']) {
        return false;
    }
    let mut charted = false;
    let mut any = false;
    let mut tokens = t.split(is_pad).filter(|p| !p.is_empty());
    while let Some(pair) = tokens.next() {
        let Some((field, value)) = pair.split_once(['：', ':']) else {
            return false;
        };
        // `制图: 王五`: the value after a space.
        let value = match value {
            "" => tokens.next().unwrap_or_default(),
            v => v,
        };
        let Some(&(_, names_chart)) = FIELDS.iter().find(|(f, _)| *f == field) else {
            return false;
        };
        if value.is_empty() || more_chars_than(value, VALUE_MAX_CHARS) {
            return false;
        }
        charted |= names_chart;
        any = true;
    }
    any && charted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_makers_of_charts() {
        for line in [
            "数据来源：国家统计局",
            "制图：张芳",
            "数据来源：国家统计局　制图：张芳",
            "资料来源：中国汽车工业协会　　制图：李明",
            "（制表：李明）",
            "数据：海关总署  制图: 王五",
        ] {
            assert!(is_chart_credit(line), "{line}");
        }
    }

    #[test]
    fn every_field_opens_with_a_first_char() {
        for (field, _) in FIELDS {
            assert!(field.starts_with(FIRST_CHARS), "{field}");
        }
    }

    #[test]
    fn lines_that_are_no_chart_credit() {
        for line in [
            // An article's source alone, a sentence, a page credit, a title.
            "来源：新华社",
            "数据来源：国家统计局。前11个月工业增加值增长6.1%。",
            "制图",
            "数据显示经济回升向好",
            "记者：数据从哪里来？",
            "制图：",
        ] {
            assert!(!is_chart_credit(line), "{line}");
        }
    }
}
