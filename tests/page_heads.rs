//! A page's head as papers print it across several lines, and the bylines under its titles:
//! each on a small page written for the test (stop 52's probe pages).

use dubao::ingest::{self, Source};
use dubao::Page;

fn parse(name: &str, lines: &[&str]) -> Page {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: (lines.join("\n") + "\n").into_bytes(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

fn edition(page: &Page) -> (Option<&str>, Option<&str>, Option<u32>, Option<&str>) {
    (
        page.paper.as_deref(),
        page.date.as_deref(),
        page.page_no,
        page.section.as_deref(),
    )
}

const STORY: &str =
    "　　12月20日，佛山高新技术产业开发区举行项目签约大会，现场签约项目15个，总投资210亿元。";

/// Masthead, date and a lettered page each on a line of their own: the page line is the page's,
/// not the first title's kicker.
#[test]
fn a_lettered_page_line_under_the_date() {
    let page = parse(
        "nanfang.txt",
        &[
            "南方日报",
            "2025年12月23日　星期二",
            "A06　广东·区域",
            "",
            "佛山高新区",
            "签约15个项目　总投资210亿元",
            "南方+记者　何　颖",
            "",
            STORY,
        ],
    );
    assert_eq!(
        edition(&page),
        (
            Some("南方日报"),
            Some("2025-12-23"),
            Some(6),
            Some("广东·区域")
        )
    );
    assert_eq!(page.articles.len(), 1);
    assert_eq!(
        page.articles[0].title,
        ["佛山高新区", "签约15个项目　总投资210亿元"]
    );
}

#[test]
fn a_page_line_with_its_section_after_a_colon() {
    let page = parse(
        "xinhua.txt",
        &[
            "新华日报",
            "2025年12月25日 星期四",
            "第5版：经济观察",
            "",
            "佛山高新区签约15个项目",
            "",
            STORY,
        ],
    );
    assert_eq!(
        edition(&page),
        (
            Some("新华日报"),
            Some("2025-12-25"),
            Some(5),
            Some("经济观察")
        )
    );
}

#[test]
fn a_lettered_page_spaced_inside_its_mark() {
    let page = parse(
        "gaoxin.txt",
        &[
            "中国高新技术产业导报",
            "2025年12月22日　第 A3 版　高新区",
            "",
            "佛山高新区签约15个项目",
            "",
            STORY,
        ],
    );
    assert_eq!(page.page_no, Some(3));
    assert_eq!(page.section.as_deref(), Some("高新区"));
}

/// A Taiwan paper's tag closing the page (`【2025-12-24/經濟日報】`) is its edition, not an
/// article of its own.
#[test]
fn a_closing_date_and_paper_tag() {
    let page = parse(
        "udn.txt",
        &[
            "中科台中園區　美光新廠動土",
            "【記者宋健生／台中報導】美光科技昨日在中部科學園區台中園區舉行新廠動土典禮。",
            "",
            "【2025-12-24/經濟日報】",
        ],
    );
    assert_eq!(page.articles.len(), 1);
    assert_eq!(page.paper.as_deref(), Some("經濟日報"));
    assert_eq!(page.date.as_deref(), Some("2025-12-24"));
}

/// A press office's pen name after `通讯员` (`港宣`) leaves the line a byline, not the title.
#[test]
fn a_correspondents_pen_name_on_the_byline() {
    let page = parse(
        "henan.txt",
        &[
            "河南日报　2025年12月24日　星期三　第07版　经济·产业",
            "",
            "郑州航空港区",
            "今年引进亿元以上项目105个",
            "本报记者　宋　敏　通讯员　港宣",
            "",
            "　　本报讯　12月23日，记者从郑州航空港经济综合实验区获悉，今年以来引进项目105个。",
        ],
    );
    let a = &page.articles[0];
    assert_eq!(a.title, ["郑州航空港区", "今年引进亿元以上项目105个"]);
    assert_eq!(a.byline, ["宋敏", "港宣"]);
}
