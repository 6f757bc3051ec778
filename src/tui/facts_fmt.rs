//! How facts are shown and copied: grouped by kind, each with its normalised value in a form a
//! reader checks at a glance (`3.04 亿元  ¥304,000,000`).

use super::i18n::{term, Lang};
use crate::export;
use crate::model::{Article, Fact, FactKind, FactValue};

/// Fact indices of an article in sidebar order: by kind (contract order), then by position.
pub fn order(facts: &[Fact]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..facts.len()).collect();
    idx.sort_by_key(|&i| {
        let f = &facts[i];
        (f.kind, f.paragraph.is_none(), f.paragraph, f.start)
    });
    idx
}

/// Rows of the sidebar: a heading per kind with its count, then its facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Heading(FactKind, usize),
    /// Position in [`order`] and index into the article's facts.
    Fact(usize, usize),
}

pub fn rows(facts: &[Fact]) -> Vec<Row> {
    let mut out = Vec::new();
    let ord = order(facts);
    let mut pos = 0;
    while pos < ord.len() {
        let kind = facts[ord[pos]].kind;
        let n = ord[pos..]
            .iter()
            .take_while(|&&i| facts[i].kind == kind)
            .count();
        out.push(Row::Heading(kind, n));
        for (k, &i) in ord[pos..pos + n].iter().enumerate() {
            out.push(Row::Fact(pos + k, i));
        }
        pos += n;
    }
    out
}

/// Digits grouped by thousands (`304000000` → `304,000,000`, `1233.5` → `1,233.5`); numbers in
/// exponent form are left as they are.
pub fn group_digits(n: &str) -> String {
    if n.contains(['e', 'E']) {
        return n.to_owned();
    }
    let (sign, rest) = n.strip_prefix('-').map_or(("", n), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::from(sign);
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn value_str(v: &FactValue) -> String {
    match v {
        FactValue::Number(n) => n.to_string(),
        FactValue::Text(t) => t.clone(),
    }
}

/// The fact as the sidebar names it: an amount with what it measures (`总投资 73.9 亿元`), a
/// count with what it counts (`项目 46 个`), anything else as written.
pub fn sidebar_text(f: &Fact) -> String {
    match (f.attribute.as_deref(), f.counted.as_deref()) {
        (Some(a), _) => format!("{a} {}", f.text),
        (None, Some(c)) => format!("{c} {}", f.text),
        (None, None) => f.text.clone(),
    }
}

/// The normalised value as the sidebar shows it, with role and flag words in the interface
/// language; empty when the text says it all.
pub fn display_value(f: &Fact, lang: Lang) -> String {
    let num = f.value.as_ref().map(value_str);
    let grouped = num.as_deref().map(group_digits);
    let unit = f.unit.as_deref().unwrap_or("");
    let v = match f.kind {
        FactKind::Money => match (grouped, unit) {
            (Some(g), "" | "元") => format!("¥{g}"),
            (Some(g), u) => format!("{g} {u}"),
            (None, _) => String::new(),
        },
        FactKind::Quantity => grouped
            .map(|g| format!("{g} {unit}").trim_end().to_owned())
            .unwrap_or_default(),
        FactKind::Percent => num.map(|n| format!("{n}%")).unwrap_or_default(),
        FactKind::Date => num.unwrap_or_default(),
        FactKind::Person => match (&f.name, f.role.as_deref().map(|r| term(r, lang))) {
            (Some(n), Some(r)) if *n != f.text => format!("{n} · {r}"),
            (_, Some(r)) => r.to_owned(),
            (Some(n), None) if *n != f.text => n.clone(),
            _ => String::new(),
        },
        _ => f.name.clone().filter(|n| *n != f.text).unwrap_or_default(),
    };
    // A value that only repeats the text (`12.6%`, a name as written) says nothing new.
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let v = if squeeze(&v) == squeeze(&f.text) {
        String::new()
    } else {
        v
    };
    let flags = if f.flags.is_empty() {
        String::new()
    } else {
        let words: Vec<&str> = f.flags.iter().map(|w| term(w, lang)).collect();
        format!(" ({})", words.join(", "))
    };
    format!("{v}{flags}")
}

/// The sentence of `text` holding chars `start..end`: from after the previous sentence end
/// (。！？；) to the next one, inclusive, trimmed. The detail area shows a fact in it, since a
/// figure means little without what it counts.
pub fn sentence_around(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ends = |c: &char| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';');
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    let from = chars[..start].iter().rposition(ends).map_or(0, |i| i + 1);
    let to = chars[end..]
        .iter()
        .position(ends)
        .map_or(chars.len(), |i| end + i + 1);
    chars[from..to].iter().collect::<String>().trim().to_owned()
}

/// The machine value for copying: the number or ISO date, or name and role.
pub fn plain_value(f: &Fact) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(v) = &f.value {
        parts.push(value_str(v));
    }
    if let Some(u) = &f.unit {
        parts.push(u.clone());
    }
    if let Some(n) = f.name.as_ref().filter(|n| **n != f.text) {
        parts.push(n.clone());
    }
    if let Some(r) = &f.role {
        parts.push(r.clone());
    }
    parts.join(" ")
}

/// TSV never carries tabs or newlines inside a field.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// What `y` copies: the text as written and its value.
pub fn copy_one(f: &Fact) -> String {
    let v = plain_value(f);
    if v.is_empty() {
        field(&f.text)
    } else {
        format!("{}\t{}", field(&f.text), field(&v))
    }
}

/// What `Y` copies: one TSV line per fact in sidebar order, with the columns of
/// `dubao facts` (without the header), so pasted lines and exported tables agree.
pub fn copy_all(article: &Article, facts: &[Fact], source: &str) -> String {
    order(facts)
        .into_iter()
        .filter_map(|i| facts.get(i))
        .map(|f| {
            let row = export::Row {
                article: &article.id,
                source,
                fact: f,
            };
            let cells: Vec<String> = export::cells(&row).iter().map(|c| field(c)).collect();
            cells.join("\t") + "\n"
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn fact(
        kind: FactKind,
        text: &str,
        value: Option<FactValue>,
        unit: Option<&str>,
        p: usize,
        s: usize,
    ) -> Fact {
        Fact {
            kind,
            attribute: None,
            counted: None,
            text: text.into(),
            value,
            unit: unit.map(Into::into),
            name: None,
            role: None,
            flags: vec![],
            paragraph: Some(p),
            location: None,
            start: s,
            end: s + text.chars().count(),
        }
    }

    fn num(n: f64) -> Option<FactValue> {
        serde_json::Number::from_f64(n).map(FactValue::Number)
    }

    #[test]
    fn money_shows_yuan_grouped() {
        let f = fact(
            FactKind::Money,
            "3.04 亿元",
            Some(FactValue::Number(304_000_000u64.into())),
            Some("元"),
            0,
            0,
        );
        assert_eq!(display_value(&f, Lang::En), "¥304,000,000");
        assert_eq!(copy_one(&f), "3.04 亿元\t304000000 元");
    }

    #[test]
    fn quantity_percent_date() {
        let q = fact(
            FactKind::Quantity,
            "4 万吨",
            Some(FactValue::Number(40_000u64.into())),
            Some("吨"),
            0,
            0,
        );
        assert_eq!(display_value(&q, Lang::En), "40,000 吨");
        let p = fact(FactKind::Percent, "12.6%", num(12.6), None, 0, 0);
        assert_eq!(
            display_value(&p, Lang::En),
            "",
            "the value repeats the text"
        );
        let p = fact(FactKind::Percent, "百分之十二点六", num(12.6), None, 0, 0);
        assert_eq!(display_value(&p, Lang::En), "12.6%");
        let d = fact(
            FactKind::Date,
            "12 月 22 日",
            Some(FactValue::Text("2025-12-22".into())),
            None,
            0,
            0,
        );
        assert_eq!(display_value(&d, Lang::En), "2025-12-22");
    }

    #[test]
    fn sentence_around_a_fact() {
        let p = "会议召开。总投资 3.04 亿元，增长 12.6%。其他";
        assert_eq!(sentence_around(p, 9, 16), "总投资 3.04 亿元，增长 12.6%。");
        assert_eq!(sentence_around(p, 0, 2), "会议召开。");
        assert_eq!(sentence_around(p, 26, 28), "其他");
        assert_eq!(sentence_around(p, 99, 120), "其他");
    }

    #[test]
    fn sidebar_names_what_a_number_measures() {
        let mut f = fact(
            FactKind::Money,
            "73.9 亿元",
            num(7_390_000_000.0),
            Some("元"),
            0,
            0,
        );
        assert_eq!(sidebar_text(&f), "73.9 亿元");
        f.attribute = Some("总投资".into());
        assert_eq!(sidebar_text(&f), "总投资 73.9 亿元");
        let mut c = fact(FactKind::Quantity, "46 个", num(46.0), Some("个"), 0, 0);
        c.counted = Some("项目".into());
        assert_eq!(sidebar_text(&c), "项目 46 个");
    }

    #[test]
    fn digit_grouping() {
        assert_eq!(group_digits("0"), "0");
        assert_eq!(group_digits("1233"), "1,233");
        assert_eq!(group_digits("-1234567.25"), "-1,234,567.25");
        assert_eq!(group_digits("1e21"), "1e21");
    }

    #[test]
    fn rows_group_by_kind_in_contract_order() {
        let facts = vec![
            fact(FactKind::Person, "赵自成", None, None, 0, 28),
            fact(FactKind::Date, "12 月 22 日", None, None, 0, 0),
            fact(FactKind::Person, "刘记明", None, None, 1, 0),
        ];
        let r = rows(&facts);
        assert_eq!(
            r,
            vec![
                Row::Heading(FactKind::Date, 1),
                Row::Fact(0, 1),
                Row::Heading(FactKind::Person, 2),
                Row::Fact(1, 0),
                Row::Fact(2, 2),
            ]
        );
        let article = Article {
            id: "1-2".into(),
            facts,
            ..Article::default()
        };
        let tsv = copy_all(&article, &article.facts, "x.txt");
        assert_eq!(tsv.lines().count(), 3);
        assert!(tsv.starts_with("1-2\tdate\t12 月 22 日"));
    }
}
