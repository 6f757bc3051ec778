//! Who owns a project: the organisations a sentence gives as its investors or builders (`由 X
//! 投资建设`, the nearest body before the name, an owner's field label, a company in the brackets
//! after the name), never a body that governs (党工委, 管委会, 政府) or one given another part
//! (`批复`, `调研`).

use super::attach::{in_brackets_after, Located};
use super::mentions::{key, ArticleText, Span};
use crate::lexicon::names::is_han;
use crate::model::{Fact, FactKind};

/// Words between an organisation and a project that give it another part than owner.
const NOT_OWNER: &[&str] = &[
    "批复", "批准", "审批", "核准", "备案", "验收", "调研", "考察", "检查", "督导", "观摩", "指导",
    "服务", "支持", "协调", "东至", "西至", "南至", "北至", "西起", "东起", "至",
];

/// Organisations that govern rather than invest: party and administrative bodies.
const GOVERNING: &[&str] = &[
    "党工委",
    "管委会",
    "政府",
    "委员会",
    "人大",
    "政协",
    "局",
    "厅",
    "办公室",
    "办",
    "委",
];

/// Endings of markets and their regulators (`港交所`, `上海证券交易所`, `证监会`): a company
/// announces there (`在港交所公告`), they own none of its projects.
const MARKETS: &[&str] = &["交易所", "交所", "证监会", "监管局", "监管总局"];

/// Field labels that name a project's investor or builder in a list's or a table's details
/// (`2.半导体碳化硅衬底项目　投资方：北京天科合达半导体股份有限公司　总投资：30亿元`).
const OWNER_LABELS: &[&str] = &[
    "投资方",
    "投资主体",
    "投资企业",
    "投资单位",
    "建设单位",
    "建设主体",
    "实施主体",
    "业主单位",
    "项目业主",
    "项目单位",
    "签约企业",
    "签约方",
];

/// Longest of [`OWNER_LABELS`], in chars.
const OWNER_LABEL_MAX_CHARS: usize = 4;

/// Whether compact text right before an organisation ends in an owner's field label and its
/// colon (`投资方：`).
fn labels_owner(before: &str) -> bool {
    before
        .strip_suffix(['：', ':'])
        .is_some_and(|b| OWNER_LABELS.iter().any(|l| b.ends_with(l)))
}

/// The organisations a sentence gives as the project's investors or builders: `由 X 投资建设`
/// after the name, or the nearest organisation before it when nothing between gives it another
/// part (`X 投资 25 亿元建设…项目`, `X 的…项目`, `与 X 签约…项目`).
pub(super) fn owners_near(
    at: &ArticleText,
    facts: &[Located<'_>],
    m: &Span,
    sentence: &Span,
    others: &[Span],
) -> Vec<String> {
    let mut out = Vec::new();
    let orgs = facts
        .iter()
        .filter(|l| l.fact.kind == FactKind::Organization && !l.governing)
        .flat_map(|l| l.spans.iter().map(move |s| (l.fact, *s)))
        .filter(|(_, s)| sentence.contains(s) && !m.overlaps(s));
    let mut nearest: Option<(&Fact, Span)> = None;
    for (f, s) in orgs {
        if s.end <= m.start {
            if nearest.is_none_or(|(_, n)| s.end > n.end) {
                nearest = Some((f, s));
            }
        } else if labels_owner(&at.compact_before(&s, OWNER_LABEL_MAX_CHARS + 1))
            || at.compact_before(&s, 1) == "（" && in_brackets_after(at, m, &s)
        {
            // The label after another project's name is that project's.
            let between = Span {
                text: m.text,
                start: m.end,
                end: s.start,
            };
            if !others.iter().any(|o| o.overlaps(&between)) {
                out.push(f.text.clone());
            }
        } else if at.compact_before(&s, 1) == "由" {
            let after = at.compact_after(&s, 2);
            if ["投资", "建设", "承建", "实施", "负责"]
                .iter()
                .any(|w| after.starts_with(w))
            {
                out.push(f.text.clone());
            }
        }
    }
    // A builder named right before the name is nearer than any body the extractor knows
    // before it, unless that body is the builder itself.
    if let Some((b, from)) = builder_before(at, m) {
        if nearest.is_none_or(|(_, n)| n.end <= from) {
            out.insert(0, b);
            nearest = None;
        }
    }
    if let Some((f, s)) = nearest {
        let between = Span {
            text: m.text,
            start: s.end,
            end: m.start,
        };
        let raw = at.slice(&between);
        let words = key(&raw);
        // Another project, or a list's `、`, between them: the body owns an earlier item
        // (`…研究院中试基地、华为云晋中数据中心`).
        let blocked = NOT_OWNER.iter().any(|w| words.contains(w))
            || raw.contains('、')
            || others.iter().any(|o| o.overlaps(&between));
        if !blocked {
            out.insert(0, f.text.clone());
        }
    }
    out
}

/// Words between a builder and the works it builds (`信达生物新建的抗体药物生产基地`).
const BUILT_BY: &[&str] = &[
    "投资建设的",
    "投资兴建的",
    "牵头建设的",
    "新建的",
    "兴建的",
    "投建的",
    "建设的",
];

/// Chars that end the words before a builder's name (`在`, `与`, a `的` of another phrase).
const BEFORE_BUILDER: &[char] = &[
    '的', '在', '与', '和', '及', '由', '为', '对', '将', '向', '是',
];

/// Chars a builder's name does not open with: a pronoun or a quantifier (`该公司`, `多家企业`).
const NOT_BUILDER_START: &[char] = &[
    '该', '本', '其', '我', '这', '此', '那', '各', '全', '多', '每', '某', '一', '新', '今', '去',
];

/// The company a sentence says builds the project when the extractor knows no organisation
/// there: the short name right before `新建的` or `投资建设的` and the name (`3月11日，信达生物
/// 新建的抗体药物生产基地正式投产`), from the clause's start or a function word; as printed.
/// A pronoun, a time (`今年新建的`), a figure's unit (`120億元人民幣`), a place, an industry
/// or a governing body (`园区管委会`) is no owner. With the char it
/// starts at.
fn builder_before(at: &ArticleText, m: &Span) -> Option<(String, usize)> {
    let t = at.texts.get(m.text)?;
    let f = t.folded.get(..m.start)?;
    let marker = BUILT_BY.iter().find(|w| {
        let w: Vec<char> = w.chars().collect();
        f.ends_with(&w)
    })?;
    let end = f.len().checked_sub(marker.chars().count())?;
    let mut start = end;
    while start > 0 && is_han(f[start - 1]) && !BEFORE_BUILDER.contains(&f[start - 1]) {
        start -= 1;
    }
    let head = &f[start..end];
    // Right after a figure the words are its unit (`投資120億元人民幣建設的`), no name.
    let after_figure = start > 0 && f.get(start - 1).is_some_and(|c| c.is_numeric());
    let dated = head.iter().any(|c| matches!(c, '年' | '月' | '日'));
    let text: String = head.iter().collect();
    if dated
        || after_figure
        || governing(&text)
        || head.first().is_some_and(|c| NOT_BUILDER_START.contains(c))
        || !super::name_head::is_company_head(head)
    {
        return None;
    }
    Some((t.orig.get(start..end)?.iter().collect(), start))
}

/// Endings of an area's name (`光明科学城`, `…科技城`): a place projects are built in, which
/// the extractor may take for a body; it owns none of them.
const AREA_ENDS: &[&str] = &["科学城", "科技城", "大学城", "新城"];

/// Endings of a company's name: a zone's investment group (`赣州经开区城投集团`) builds, it
/// does not govern.
const COMPANY_ENDS: &[&str] = &["集团", "公司"];

/// Whether an organisation governs rather than invests: a party or administrative body, a
/// market or its regulator, or a zone's body that is no company.
pub(super) fn governing(name: &str) -> bool {
    let k = key(name);
    let company = COMPANY_ENDS.iter().any(|e| k.ends_with(e));
    GOVERNING.iter().any(|g| k.ends_with(g))
        || MARKETS.iter().any(|g| k.ends_with(g))
        || (!company && AREA_ENDS.iter().any(|e| k.ends_with(e)))
        || (!company && (k.contains("开发区") || k.contains("经开区")))
}

#[cfg(test)]
mod tests {
    use super::governing;

    #[test]
    fn an_area_owns_nothing_a_company_of_its_name_may() {
        assert!(governing("光明科学城"));
        assert!(governing("中关村科技城"));
        assert!(!governing("光明科学城发展有限公司"));
        assert!(!governing("京东商城"));
    }
}
