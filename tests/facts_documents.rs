//! Official documents and the reporters of a report as the facts read them: a government
//! document's number (文号: `晋政发〔2023〕7号`) is no date, and a verb after `记者` in a
//! dateline (`本报讯 记者来到园区`) is no reporter. Found reading real pages (stop 48).

#[path = "support/extract.rs"]
mod support;
use support::{ex, page_articles};

use dubao::model::{Article, Fact, FactKind};

/// The facts of one paragraph on a page of 2025-11-20: a bare day (`7号`) takes the
/// edition's month there, so a document's serial read as a day would show.
fn dated(p: &str) -> Vec<Fact> {
    let article = Article {
        id: "1-1".into(),
        paragraphs: vec![p.to_owned()],
        ..Article::default()
    };
    ex().extract_dated(&article, Some(2025), Some("2025-11-20"))
}

fn dates(facts: &[Fact]) -> Vec<String> {
    facts
        .iter()
        .filter(|f| f.kind == FactKind::Date)
        .map(|f| f.text.clone())
        .collect()
}

/// A document number's year in brackets and the serial after it (`〔2023〕7号`,
/// `[2023]12号`, `（2023）第5号`) are parts of the number, not a year or a day, whatever the
/// issuer's abbreviation before it (`晋政发`, `国办发`, `晋政办发`, `晋政函`, `晋政办字`) and
/// whatever follows it.
#[test]
fn a_document_number_is_no_date() {
    let cases = [
        "根据《关于促进开发区高质量发展的意见》（晋政发〔2023〕7号）要求，园区加快推进。",
        "依据国办发〔2024〕15号。",
        "依据晋政办发[2023]12号，推进。",
        "按照（2023）第5号公告执行。",
        "依据晋政发〔２０２３〕７号。",
        "依据晋政函〔2023〕7号，推进。",
        "依据晋政办字［2023］7号，推进。",
        "依据晋政发(2023)7号，推进。",
        "依据晋政发〔2023〕7号",
    ];
    for text in cases {
        let f = dated(text);
        assert!(dates(&f).is_empty(), "{text}: {:?}", dates(&f));
    }
}

/// A date written next to a document number is still one, and a day after no bracketed
/// year is still a day.
#[test]
fn dates_near_a_document_number_stay() {
    let f = dated("2023年12月5日，省政府印发晋政发〔2023〕7号文件。");
    assert_eq!(dates(&f), ["2023年12月5日"]);
    let f = dated("园区定于7号上午开工，晋政发〔2023〕7号）提出。");
    assert_eq!(dates(&f), ["7号"]);
}

/// The people of a page, as (name, role).
fn page_people(page: &str) -> Vec<(String, String)> {
    page_articles(page)
        .iter()
        .flat_map(|a| a.facts.iter())
        .filter(|f| f.kind == FactKind::Person)
        .map(|f| {
            (
                f.name.clone().unwrap_or_default(),
                f.role.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// `本报讯 记者来到园区`: the words after `记者` are what the reporter did, no reporter's
/// name (`来到`, `走进`, `看到`, `了解到`, `获悉`, `注意到`, `在`, `从`); a name glued to the
/// title still is one (`记者王春来到园区`).
#[test]
fn a_verb_after_the_reporter_is_no_name() {
    for verb in [
        "来到园区",
        "走进车间",
        "看到园区",
        "了解到园区",
        "获悉，园区",
        "注意到园区",
        "在园区看到",
        "从园区获悉",
    ] {
        let page = format!(
            "山西日报  2025年11月20日  星期四  第 6 版  要闻\n\n测试稿件\n　　本报讯 记者{verb}一派繁忙景象。\n"
        );
        let people = page_people(&page);
        assert!(people.is_empty(), "{verb}: {people:?}");
    }
    let page = "山西日报  2025年11月20日  星期四  第 6 版  要闻\n\n测试稿件\n　　本报讯 记者王春来到园区，看到一派繁忙景象。\n";
    assert_eq!(page_people(page), [("王春".to_owned(), "记者".to_owned())]);
}
