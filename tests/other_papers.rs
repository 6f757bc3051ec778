//! Shapes the pages of other papers take that the sample's regional paper seldom does: a
//! national daily's reporters of other outlets (`经济日报记者`), a story continued from another
//! page, a wire story's source under it, a photo's caption apart from its credit, the page's
//! credits in brackets; an evening paper's reporter who wrote and shot (`文/摄`) and its
//! weather box.

use dubao::ingest::{self, Source};
use dubao::Page;

fn page_file(name: &str) -> Page {
    let path = format!("{}/tests/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("test page exists");
    let source = Source::Bytes {
        name: path,
        bytes: text.into_bytes(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

fn titles(page: &Page) -> Vec<Vec<String>> {
    page.articles.iter().map(|a| a.title.clone()).collect()
}

#[test]
fn a_national_dailys_page_reads_story_by_story() {
    let page = page_file("national_daily.txt");
    assert_eq!(
        titles(&page),
        [
            vec!["国家级经开区外资外贸稳中提质"],
            vec![],
            vec![],
            vec!["■ 数据"],
            vec!["开发区要敢闯敢试"],
        ],
        "the bracketed page credit is no trailing title, the wire story's source no title"
    );
    let [first, continued, wire, data, essay] = &page.articles[..] else {
        unreachable!("five articles");
    };

    // A reporter of another paper is credited as `本报记者` is.
    assert_eq!(first.byline, ["冯其予"]);
    assert_eq!(essay.byline, ["王欢"]);

    // The text after `（上接第一版）` is another story's, continued from page one.
    assert_eq!(first.paragraphs.len(), 2);
    assert_eq!(
        continued.paragraphs,
        ["会议强调，要深化开发区管理制度改革，推动开发区整合提升。"]
    );

    // The wire story's source closes it, kept as printed.
    assert_eq!(wire.dateline.as_deref(), Some("新华社北京12月23日电"));
    assert_eq!(wire.reporters, ["张三", "李四"]);
    assert_eq!(
        wire.paragraphs.last().map(String::as_str),
        Some("（新华社北京12月23日电）")
    );
    assert_eq!(
        essay.paragraphs.last().map(String::as_str),
        Some("（据中新社电）")
    );

    // A caption too long for a caption line, over its credit, is the photo's, not the text's.
    assert_eq!(data.paragraphs.len(), 1);
    let caption = data.captions.first().expect("the photo's caption");
    assert_eq!(
        caption.text.as_deref(),
        Some("图为12月22日，工人在天津经济技术开发区一家企业车间内生产。")
    );
    assert_eq!(caption.credit.as_deref(), Some("孙凡越"));
}

/// An article copied from a national daily's website: a correspondent posted abroad signs it,
/// and the site's source line under it gives the paper, date and page.
const COPIED: &str = "加快建设开放型经济新体制
本报驻美国记者 张三

　　美国商务部近日公布的数据显示，美国企业对华投资意愿有所回升。
　　多家美国企业负责人表示，中国的国家级经济技术开发区营商环境持续改善。

《 人民日报 》（ 2025年12月24日 03 版）
";

#[test]
fn a_correspondent_posted_abroad_signs_the_article() {
    let source = Source::Bytes {
        name: "copied.txt".to_owned(),
        bytes: COPIED.as_bytes().to_vec(),
    };
    let page = ingest::load_source(&source, 1).expect("page loads");
    assert_eq!(titles(&page), [vec!["加快建设开放型经济新体制"]]);
    assert_eq!(page.articles[0].byline, ["张三"]);
    assert_eq!(page.paper.as_deref(), Some("人民日报"));
    assert_eq!(page.page_no, Some(3));
}

#[test]
fn an_evening_papers_page() {
    let page = page_file("evening_paper.txt");
    assert_eq!(page.paper.as_deref(), Some("太原晚报"));
    assert_eq!(page.page_no, Some(5));
    assert_eq!(
        titles(&page),
        [
            vec!["经开区“新市民”有了新家", "1200套保障性租赁住房交付"],
            vec!["■相关新闻", "小店区：今年新增就业岗位1.2万个"],
            vec!["今日天气"],
            vec!["广告", "热线：0351-1234567"],
        ],
        "the title over `文/摄` is no photo's caption, the weather no part of the news above"
    );
    let home = &page.articles[0];
    assert_eq!(home.byline, ["郝杰"]);
    assert!(home.captions.is_empty());
    assert_eq!(home.paragraphs.len(), 2);
    assert_eq!(page.articles[1].paragraphs.len(), 1);
}
