//! A tender notice (`…工程招标公告`, `…采购公告`): the one project its title names is what the
//! whole notice is about, so its record's fields are the project's though no sentence names it
//! there: `采购人：` or `招标人：` its owner, `预算金额：` its cost. The ceiling price
//! (`最高限价：`) is what a bid may ask, not what the project costs; a notice's parties are named
//! only in its fields, often a public body the extractor does not know as an organisation
//! (`西安高新区市政工程管理中心`), so the owner is the field's value as printed.

use serde_json::Number;

use super::attach::Located;
use super::mentions::{key, ArticleText, Part, Span};
use crate::model::{FactKind, FactValue};

/// Endings of a tender notice's title.
const NOTICE_TITLE_ENDS: &[&str] = &[
    "招标公告",
    "采购公告",
    "磋商公告",
    "谈判公告",
    "询价公告",
    "比选公告",
];

/// Field labels naming who puts the project out to tender: its owner.
const OWNER_FIELDS: &[&str] = &["采购人", "招标人"];

/// Field labels naming what the project is budgeted at: its cost.
const BUDGET_FIELDS: &[&str] = &["预算金额", "项目预算", "采购预算"];

/// Chars that end a field's value: the space between fields on one line, a sentence's end.
const VALUE_ENDS: &[char] = &['　', ' ', '\t', '；', ';', '。', '，', ','];

/// Most chars of an owner field's value read as a name: a longer value is a sentence.
const OWNER_MAX_CHARS: usize = 40;

/// What a tender notice's fields say of its project.
#[derive(Debug, Default, PartialEq)]
pub(super) struct NoticeFields {
    pub owner: Option<String>,
    pub budget: Option<Number>,
}

/// The fields of a tender notice, when the article is one (its title ends in a notice's name);
/// `None` for any other article.
pub(super) fn notice_fields(at: &ArticleText, facts: &[Located<'_>]) -> Option<NoticeFields> {
    let is_notice = at.texts.iter().any(|t| {
        matches!(t.part, Part::Title(_)) && {
            let k = key(&t.orig.iter().collect::<String>());
            NOTICE_TITLE_ENDS.iter().any(|e| k.ends_with(e))
        }
    });
    if !is_notice {
        return None;
    }
    Some(NoticeFields {
        owner: owner_field(at),
        budget: budget_field(at, facts),
    })
}

/// The value of the first owner field of the notice's paragraphs, as printed.
fn owner_field(at: &ArticleText) -> Option<String> {
    at.texts
        .iter()
        .filter(|t| matches!(t.part, Part::Para(_)))
        .find_map(|t| {
            (0..t.folded.len()).find_map(|i| {
                let label = OWNER_FIELDS
                    .iter()
                    .find(|l| crate::facts::at(&t.folded, i, l))?;
                let colon = i.checked_add(label.chars().count())?;
                field_value(&t.orig, &t.folded, colon)
            })
        })
}

/// The value after a label's colon at `colon`, up to the field's end: `None` when no colon
/// stands there or the value is no name (empty, or as long as a sentence).
fn field_value(orig: &[char], folded: &[char], colon: usize) -> Option<String> {
    if !matches!(folded.get(colon), Some('：' | ':')) {
        return None;
    }
    let from = colon.checked_add(1)?;
    let rest = orig.get(from..)?;
    let len = rest
        .iter()
        .position(|c| VALUE_ENDS.contains(c))
        .unwrap_or(rest.len());
    let value: String = rest[..len].iter().collect();
    (2..=OWNER_MAX_CHARS).contains(&len).then_some(value)
}

/// The sum a budget field states: a money fact right after its label and colon.
fn budget_field(at: &ArticleText, facts: &[Located<'_>]) -> Option<Number> {
    let labelled = |s: &Span| {
        let before = at.compact_before(s, 5);
        let before = before.strip_suffix(['：', ':']).unwrap_or("");
        BUDGET_FIELDS.iter().any(|l| before.ends_with(l))
    };
    facts
        .iter()
        .filter(|l| l.fact.kind == FactKind::Money)
        .flat_map(|l| l.spans.iter().map(move |s| (l.fact, s)))
        .filter(|(_, s)| {
            at.texts
                .get(s.text)
                .is_some_and(|t| matches!(t.part, Part::Para(_)))
        })
        .filter(|(_, s)| labelled(s))
        .min_by_key(|(_, s)| **s)
        .and_then(|(f, _)| match &f.value {
            Some(FactValue::Number(n)) => Some(n.clone()),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str, colon: usize) -> Option<String> {
        let c: Vec<char> = s.chars().collect();
        field_value(&c, &c, colon)
    }

    #[test]
    fn a_fields_value_ends_where_the_next_field_begins() {
        assert_eq!(
            value(
                "采购人：西安高新区市政工程管理中心　采购代理机构：陕西中正",
                3
            )
            .as_deref(),
            Some("西安高新区市政工程管理中心")
        );
        assert_eq!(value("采购人：", 3), None);
        assert_eq!(value("采购人员", 3), None);
    }
}
