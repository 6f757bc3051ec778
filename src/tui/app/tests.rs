//! Unit tests of the reader's [`App`]. The fixtures they share (a page of three articles, a
//! reader on an 80×24 screen, typing) are here; the tests sit in one module per concept of the
//! app they drive, each named after the app module that holds that concept.

use super::*;
use crate::model::{Article, FactKind, FactValue, Page};

fn article(id: &str, zone: Option<&str>, title: &[&str], paras: &[&str]) -> Article {
    Article {
        id: id.into(),
        title: title.iter().map(|s| s.to_string()).collect(),
        dateline: Some("科学导报讯".into()),
        zone: zone.map(Into::into),
        paragraphs: paras.iter().map(|s| s.to_string()).collect(),
        byline: vec!["刘记明".into()],
        ..Default::default()
    }
}

fn money(p: usize, start: usize) -> Fact {
    Fact {
        kind: FactKind::Money,
        attribute: None,
        counted: None,
        text: "3.04 亿元".into(),
        value: Some(FactValue::Number(304_000_000u64.into())),
        unit: Some("元".into()),
        name: None,
        role: None,
        flags: vec![],
        paragraph: Some(p),
        location: None,
        start,
        end: start + 7,
    }
}

fn corpus() -> Corpus {
    let long: String = "项目建设稳步推进，".repeat(40);
    Corpus {
        pages: vec![Page {
            source: "a.txt".into(),
            year: Some(2025),
            articles: vec![
                article(
                    "1-1",
                    None,
                    &["山西中润铸造合金项目投产"],
                    &["近日，项目顺利投产。", &long],
                ),
                article(
                    "1-2",
                    Some("上党经济技术开发区"),
                    &["上党经开区", "举行座谈"],
                    &[&long, "总投资 3.04 亿元的项目开工。"],
                ),
                article(
                    "1-3",
                    Some("运城经济技术开发区"),
                    &["运城召开会议"],
                    &["會議強調，抓好經濟指標。"],
                ),
            ],
            ..Page::default()
        }],
    }
}

fn app() -> App {
    let mut a = App::new(
        corpus(),
        vec!["bad.bin: binary file".into()],
        Settings::default(),
    );
    a.update(Action::Resize(80, 24));
    a
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(Input::Char(c)));
    }
}

mod arrive;
mod commands;
mod export;
mod facts;
mod navigation;
mod picker;
mod search;
