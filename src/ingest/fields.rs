//! Labelled lines of a newspaper database's export: `引题：…`, `【主题】…`, `副题：…`, `作者：…`,
//! `【正文】`.
//!
//! Text exported from a paper's own system (a 数字报 or a press database) names each headline
//! line's role instead of leaving it to the layout: the kicker above the title (引题, 肩题, 眉题),
//! the title (主题, 标题, 正题), the subtitle (副题, 副标题). Read by its length alone, a long kicker
//! over a short title would take the title's place; read by its label, each line is what the
//! paper says it is, and the label (the system's, not the page's words) is not part of it.

use super::shape::{is_pad, is_title_like, more_chars_than};

/// A headline line's role, as its label names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Heading {
    Kicker,
    Title,
    Subtitle,
}

/// What a labelled line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Heading(Heading),
    /// `作者：张三　李四`: the article's authors.
    Author,
    /// `【正文】`: the body starts (alone on its line, a marker; with text, that text is body).
    Body,
    /// `【报纸名称】山西日报`, `【日期】2025-12-24`: the page's edition (furniture).
    Edition(EditionField),
}

/// Which edition field a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EditionField {
    Paper,
    Date,
    Page,
    Section,
}

/// Every label, as written between `【】` or before a colon.
const LABELS: &[(&str, Field)] = &[
    ("引题", Field::Heading(Heading::Kicker)),
    ("肩题", Field::Heading(Heading::Kicker)),
    ("眉题", Field::Heading(Heading::Kicker)),
    ("上引题", Field::Heading(Heading::Kicker)),
    // The column an article runs under, printed over its title like a kicker.
    ("栏目", Field::Heading(Heading::Kicker)),
    ("主题", Field::Heading(Heading::Title)),
    ("标题", Field::Heading(Heading::Title)),
    ("正题", Field::Heading(Heading::Title)),
    ("主标题", Field::Heading(Heading::Title)),
    ("大标题", Field::Heading(Heading::Title)),
    ("副题", Field::Heading(Heading::Subtitle)),
    ("副标题", Field::Heading(Heading::Subtitle)),
    ("子题", Field::Heading(Heading::Subtitle)),
    ("下引题", Field::Heading(Heading::Subtitle)),
    ("作者", Field::Author),
    ("正文", Field::Body),
    ("报纸名称", Field::Edition(EditionField::Paper)),
    ("报名", Field::Edition(EditionField::Paper)),
    ("刊名", Field::Edition(EditionField::Paper)),
    ("日期", Field::Edition(EditionField::Date)),
    ("出版日期", Field::Edition(EditionField::Date)),
    ("发表日期", Field::Edition(EditionField::Date)),
    ("刊发日期", Field::Edition(EditionField::Date)),
    ("版号", Field::Edition(EditionField::Page)),
    ("版次", Field::Edition(EditionField::Page)),
    ("版名", Field::Edition(EditionField::Section)),
    ("版面", Field::Edition(EditionField::Section)),
    ("版面名称", Field::Edition(EditionField::Section)),
];

/// The longest value of an edition field (`第003版`, `2025年12月24日`, `山西经济日报`).
const EDITION_MAX_CHARS: usize = 20;

/// The longest label ([`LABELS`]).
const LABEL_MAX_CHARS: usize = 4;

/// The longest text a labelled author or edition line holds (a headline's must read as one:
/// [`is_title_like`]).
const FIELD_MAX_CHARS: usize = 60;

/// A labelled line's field and its text after the label (trimmed; empty when the label stands
/// alone). `【主题】`, `[主题]`, `主题：` and `主题:` all label; a bare word does not (`标题`
/// alone could be a headline).
pub(super) fn field_of(line: &str) -> Option<(Field, &str)> {
    let t = line.trim_start_matches(is_pad);
    // Every line of a page is asked: one that opens with neither a bracket nor a label's
    // first char is turned down on that char.
    // (A test checks that every label opens with one of these.)
    let first = t.chars().next()?;
    if !matches!(
        first,
        '【' | '['
            | '〔'
            | '引'
            | '肩'
            | '眉'
            | '上'
            | '主'
            | '标'
            | '正'
            | '大'
            | '副'
            | '子'
            | '下'
            | '作'
            | '报'
            | '刊'
            | '日'
            | '出'
            | '发'
            | '版'
            | '栏'
    ) {
        return None;
    }
    let (label, rest) = if let Some(r) = t.strip_prefix(['【', '[', '〔']) {
        let end = r.find(['】', ']', '〕'])?;
        let close = r.get(end..)?.chars().next()?.len_utf8();
        (r.get(..end)?, r.get(end + close..)?)
    } else {
        // A label is a few chars: the colon is looked for among the first ones only, not
        // through a whole paragraph (every line of a page is asked).
        let (end, colon) = t
            .char_indices()
            .take(LABEL_MAX_CHARS + 1)
            .find(|(_, c)| matches!(c, '：' | ':'))?;
        (t.get(..end)?, t.get(end + colon.len_utf8()..)?)
    };
    let field = LABELS
        .iter()
        .find(|(l, _)| *l == label.trim_matches(is_pad))?
        .1;
    let rest = rest
        .trim_start_matches(|c: char| is_pad(c) || matches!(c, '：' | ':'))
        .trim_end_matches(is_pad);
    match field {
        Field::Body => Some((field, rest)),
        // A paragraph that happens to open with `标题：` is the paragraph it is.
        Field::Heading(_) if !rest.is_empty() && !is_title_like(rest) => None,
        // An edition field's value is a name, a date or a page: short, no sentence in it.
        Field::Edition(_)
            if more_chars_than(rest, EDITION_MAX_CHARS)
                || rest.contains(['。', '，', '；', '！', '？', '“', '”']) =>
        {
            None
        }
        _ if more_chars_than(rest, FIELD_MAX_CHARS) => None,
        _ => Some((field, rest)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_brackets_and_before_colons() {
        assert_eq!(
            field_of("引题：为民营企业发展营造良好环境"),
            Some((
                Field::Heading(Heading::Kicker),
                "为民营企业发展营造良好环境"
            ))
        );
        assert_eq!(
            field_of("【主题】山西出台措施"),
            Some((Field::Heading(Heading::Title), "山西出台措施"))
        );
        assert_eq!(
            field_of("　　副标题: 涵盖市场准入"),
            Some((Field::Heading(Heading::Subtitle), "涵盖市场准入"))
        );
        assert_eq!(
            field_of("[作者]本报记者 张三"),
            Some((Field::Author, "本报记者 张三"))
        );
        assert_eq!(field_of("【正文】"), Some((Field::Body, "")));
        assert_eq!(
            field_of("【报纸名称】山西日报"),
            Some((Field::Edition(EditionField::Paper), "山西日报"))
        );
    }

    #[test]
    fn every_label_is_found_by_its_colon() {
        for (label, field) in LABELS {
            assert!(label.chars().count() <= LABEL_MAX_CHARS, "{label}");
            let line = format!("{label}：山西日报");
            assert_eq!(field_of(&line).map(|f| f.0), Some(*field), "{line}");
        }
    }

    #[test]
    fn words_that_are_no_label() {
        // A headline that is the word itself, a speaker, a paragraph opening with a label word.
        assert_eq!(field_of("标题"), None);
        assert_eq!(field_of("记者：下一步有何打算？"), None);
        assert_eq!(field_of("主题教育：在学思践悟中坚定理想信念"), None);
        let long = format!("标题：{}", "很长的一段话".repeat(12));
        assert_eq!(field_of(&long), None);
        assert_eq!(field_of("标题：这个词在句中不是标签。"), None);
        assert_eq!(field_of("【相关链接】"), None);
        assert_eq!(field_of("【日期】。科学导报讯"), None);
    }
}
