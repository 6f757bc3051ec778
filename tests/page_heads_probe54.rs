//! Page forms first read in stop 54's probe round (a Shaanxi daily's OCR'd copy with margin
//! line numbers and a running foot, a Hunan daily's Markdown copy, a Hong Kong daily's
//! bracketed byline): each on a small page written for the test.

use dubao::ingest::{self, Source};
use dubao::Page;

fn parse(name: &str, lines: &[&str]) -> Page {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: (lines.join("\n") + "\n").into_bytes(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

fn titles(page: &Page) -> Vec<Vec<String>> {
    page.articles.iter().map(|a| a.title.clone()).collect()
}

/// A copy that numbers its lines in the margin: the numbers go, so titles and paragraphs read
/// as printed (`01  西安高新区…` had been the title, `05  ` inside a sentence).
#[test]
fn margin_line_numbers_are_no_text() {
    let page = parse(
        "numbered.txt",
        &[
            "陕西日报 2025年12月23日 星期二 第4版 区域经济",
            "01  西安高新区硬科技产业园",
            "02  ",
            "03  　　12月22日，西安高新技术产业开发区举行重点项目集中开工活动，",
            "04  共有26个项目开工，总投资达318亿元。",
            "05  　　西安高新区党工委书记王冬说，高新区将持续优化营商环境。",
            "06  　　宝鸡高新区同日签约项目12个。",
        ],
    );
    assert_eq!(titles(&page), [["西安高新区硬科技产业园"]]);
    let a = &page.articles[0];
    assert_eq!(
        a.paragraphs[0],
        "12月22日，西安高新技术产业开发区举行重点项目集中开工活动，共有26个项目开工，总投资达318亿元。"
    );
    assert!(
        a.paragraphs.iter().all(|p| !p.contains("05")),
        "{:?}",
        a.paragraphs
    );
}

/// A PDF copy's running foot at its page break (`-4-　…　陕西日报 2025.12.23`), in the middle
/// of a sentence: furniture, and the paragraph goes on under it.
#[test]
fn a_running_foot_with_its_folio_parts_no_paragraph() {
    let page = parse(
        "foot.txt",
        &[
            "陕西日报 2025年12月23日 星期二 第4版 区域经济",
            "",
            "宝鸡高新区钛材料产业园",
            "",
            "　　本报讯（记者 段宝利）12月21日，宝钛集团有限公司在宝鸡高新技",
            "-4-                                          陕西日报 2025.12.23",
            "术产业开发区投资建设的年产2万吨高端钛材项目投产。",
        ],
    );
    assert_eq!(titles(&page), [["宝鸡高新区钛材料产业园"]]);
    assert_eq!(
        page.articles[0].paragraphs,
        ["12月21日，宝钛集团有限公司在宝鸡高新技术产业开发区投资建设的年产2万吨高端钛材项目投产。"]
    );
}

/// A Markdown copy's link back to its source, beside the editor's credit, is the site's:
/// the line is a footer, not an article titled by it.
#[test]
fn a_markdown_source_link_is_chrome() {
    let page = parse(
        "hunan.md.txt",
        &[
            "# 湖南日报 | 2025年12月22日 第07版：园区经济",
            "",
            "## 湘潭高新区新能源装备产业园签约",
            "",
            "12月19日，湘潭高新技术产业开发区与湖南华菱线缆股份有限公司签约。",
            "",
            "---",
            "",
            "[原文链接](https://hnrb.voc.com.cn/hnrb_epaper/html/2025-12/22/node_201.htm) | 责任编辑：李婷",
        ],
    );
    assert_eq!(titles(&page), [["湘潭高新区新能源装备产业园签约"]]);
    assert_eq!(page.articles[0].paragraphs.len(), 1);
}

/// Where a bracket's reporters filed from is the dateline's, never a reporter.
#[test]
fn a_brackets_place_filed_from_is_the_datelines() {
    let page = parse(
        "wenwei.txt",
        &[
            "香港文匯報 2025年12月22日 星期一 A12 中國經濟",
            "",
            "廣汽埃安南沙基地二期投產",
            "",
            "　　香港文匯報訊（記者 盧靜怡 廣州報道）廣州南沙經濟技術開發區21日舉行重點項目集中投產活動。",
        ],
    );
    let a = &page.articles[0];
    assert_eq!(a.reporters, ["盧靜怡"]);
    assert_eq!(a.dateline.as_deref(), Some("香港文匯報訊 廣州報道"));
}

/// Photos under a photo page's label (`图片新闻`), each a caption over its credit: each photo is
/// an item of its own, with its own caption and credit (they had been one item, and the last
/// photo's project had taken the first photo's zone).
#[test]
fn photos_under_a_photo_label_are_items_of_their_own() {
    let page = parse(
        "photos.txt",
        &[
            "海南日报 2025年12月20日 星期六 第A04版 自贸港·园区",
            "",
            "图片新闻",
            "",
            "12月19日，洋浦经济开发区小铲滩码头，集装箱货轮正在装卸作业。",
            "本报记者 袁琛 摄",
            "",
            "12月17日，三亚崖州湾科技城南繁科技城项目施工现场，工人加紧建设。",
            "本报记者 武威 摄",
        ],
    );
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    for (a, credit) in page.articles.iter().zip(["袁琛", "武威"]) {
        assert_eq!(a.kind, dubao::ArticleKind::Photo);
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.captions[0].credit.as_deref(), Some(credit));
    }
}
