//! Page heads, bylines and story breaks of papers first read in stop 53's probe round (a
//! Chongqing, Shanghai, Sichuan, Zhejiang, Hubei and Hong Kong daily, a Singapore paper, a
//! business weekly): each on a small page written for the test.

use dubao::ingest::{self, Source};
use dubao::Page;

fn parse(name: &str, lines: &[&str]) -> Page {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: (lines.join("\n") + "\n").into_bytes(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

fn edition(page: &Page) -> (Option<&str>, Option<u32>, Option<&str>) {
    (page.paper.as_deref(), page.page_no, page.section.as_deref())
}

fn titles(page: &Page) -> Vec<Vec<String>> {
    page.articles.iter().map(|a| a.title.clone()).collect()
}

const STORY: &str = "　　12月20日，两江新区举行项目签约大会，现场签约项目15个，总投资210亿元。";

/// A page line that names the page's editor after its section, one that parts them with a
/// slash, and one that names the section before a lettered page, as Hong Kong's papers do: each
/// is the page's number and section, never the first title.
#[test]
fn page_lines_with_an_editor_a_slash_or_the_section_first() {
    for (line, page_no, section) in [
        ("第 4 版　经济·区域　　责任编辑　刘　伟", 4, "经济·区域"),
        ("第 3 版 / 上海·经济", 3, "上海·经济"),
        ("經濟 | B02", 2, "经济"),
    ] {
        let page = parse(
            "head.txt",
            &[
                "某某日报",
                "2025年12月26日　星期五",
                line,
                "",
                "园区新签约项目213个",
                "",
                STORY,
            ],
        );
        assert_eq!(
            edition(&page),
            (Some("某某日报"), Some(page_no), Some(section)),
            "{line}"
        );
        assert_eq!(titles(&page), [vec!["园区新签约项目213个"]], "{line}");
    }
    // A jump line names another page: it is no page line.
    let page = parse(
        "jump.txt",
        &[
            "某某日报",
            "2025年12月26日　星期五　第2版",
            "",
            "（上接第一版）",
            STORY,
        ],
    );
    assert_eq!(page.page_no, Some(2));
}

/// A masthead with the paper's name in Latin letters under it or beside it is the masthead;
/// a post's time label (`发布/…`) names no section.
#[test]
fn a_masthead_with_its_english_name() {
    let page = parse(
        "sichuan.txt",
        &[
            "四川日报",
            "SICHUAN DAILY",
            "2025年12月25日　星期四",
            "第 06 版　经济",
            "",
            "天府新区新签约重大项目23个",
            "",
            STORY,
        ],
    );
    assert_eq!(edition(&page), (Some("四川日报"), Some(6), Some("经济")));
    assert_eq!(titles(&page), [vec!["天府新区新签约重大项目23个"]]);
    let page = parse(
        "zaobao.txt",
        &[
            "联合早报 Lianhe Zaobao",
            "2025年12月23日　星期二",
            "中国财经　第15版",
            "",
            "苏州工业园区三十而立",
            "发布/2025年12月23日 05:30",
            "文 / 驻上海记者　余家忠",
            "",
            STORY,
        ],
    );
    assert_eq!(
        edition(&page),
        (Some("联合早报"), Some(15), Some("中国财经"))
    );
    assert_eq!(titles(&page), [vec!["苏州工业园区三十而立"]]);
    assert_eq!(page.articles[0].byline, ["余家忠"]);
}

/// Bylines that name a newsroom's desk between reporters, a paper's 全媒记者 in ASCII spaces, and
/// several places filed from apart by pads: bylines, not titles.
#[test]
fn bylines_with_a_desk_a_media_reporter_or_several_places() {
    for (byline, names) in [
        (
            "　　本报记者　王世琪　县市新闻部　李　攀",
            vec!["王世琪", "李攀"],
        ),
        (
            "湖北日报全媒记者 王 馨 通讯员 宜高宣",
            vec!["王馨", "宜高宣"],
        ),
        ("　　记者　李　唐　郑州　西安　成都报道", vec!["李唐"]),
    ] {
        let page = parse("byline.txt", &["园区新签约项目213个", byline, "", STORY]);
        assert_eq!(titles(&page), [vec!["园区新签约项目213个"]], "{byline}");
        assert_eq!(page.articles[0].byline, names, "{byline}");
    }
}

/// Where one story ends and the next begins: a place kicker closed by a colon over the next
/// title, a named column of news in brief, and a title over a round-up's dateline
/// (`（重庆综合讯）`) each open a story of their own.
#[test]
fn kickers_columns_and_datelines_open_stories() {
    let page = parse(
        "breaks.txt",
        &[
            "天府新区新签约重大项目23个",
            "",
            "　　本报讯　12月24日，四川天府新区现场签约重大项目23个。",
            "",
            "绵阳高新区：",
            "电子信息产业向“新”而行",
            "",
            "　　本报记者　张　宇",
            "",
            "　　在绵阳高新技术产业开发区，新型显示模组项目今年7月正式投产。",
            "",
            "经济短波",
            "",
            "　　■营口经济技术开发区绿色钢铁项目竣工投产，总投资46亿元。",
            "",
            "中新项目签约额今年逾250亿美元",
            "",
            "　　（重庆综合讯）示范项目管理局局长陈悦星期一在重庆说，来福士二期项目已经开工。",
        ],
    );
    assert_eq!(
        titles(&page),
        [
            vec!["天府新区新签约重大项目23个"],
            vec!["绵阳高新区：", "电子信息产业向“新”而行"],
            vec!["经济短波"],
            vec!["中新项目签约额今年逾250亿美元"],
        ]
    );
    let last = &page.articles[3];
    assert_eq!(last.dateline.as_deref(), Some("重庆综合讯"));
}

/// What a web copy or a PDF copy adds around the story is the page's, not the story's: a row of
/// bracketed buttons, a paper and its site signing together, a pointer to a story on another
/// page, and the running head a PDF repeats at its page break inside a sentence.
#[test]
fn buttons_site_tags_pointers_and_running_heads() {
    let page = parse(
        "web.txt",
        &[
            "中国证券报·中证网",
            "",
            "北京经开区15个项目集中开工",
            "【字号 大 中 小】【打印】【关闭】",
            "",
            STORY,
            "",
            "　　（相关报道见第八版）",
        ],
    );
    assert_eq!(titles(&page), [vec!["北京经开区15个项目集中开工"]]);
    assert_eq!(page.articles[0].paragraphs.len(), 1);
    let head = "湖北日报 2025年12月22日 星期一 第7版 经济·区域";
    let page = parse(
        "pdf.txt",
        &[
            head,
            "光谷合作产业园首批项目签约",
            "本报讯 12月21日，华工科技投资35亿元的激光装备制造基地项目将于明年开工，建成后年产激光装备2万台",
            head,
            "套。",
        ],
    );
    assert_eq!(page.articles.len(), 1);
    assert_eq!(
        page.articles[0].paragraphs.len(),
        1,
        "{:?}",
        page.articles[0].paragraphs
    );
    assert!(page.articles[0].paragraphs[0].ends_with("2万台套。"));
}

/// A closing credit that names no one (`（本報記者）`) closes the story as its own line; it had
/// been glued to the photo caption under it.
#[test]
fn an_unnamed_closing_credit_is_the_storys() {
    let page = parse(
        "mingpao.txt",
        &[
            "深圳前海管理局：今年港資項目增四成",
            "",
            "　　【明報專訊】深圳市前海管理局副局長昨在記者會上表示，今年前海新設港資企業1380家。",
            "　　（本報記者）",
            "",
            "圖：河套香港園區首批大樓昨日落成。（鍾偉德攝）",
        ],
    );
    let a = &page.articles[0];
    assert_eq!(a.dateline.as_deref(), Some("明報專訊"));
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        a.captions[0].text.as_deref(),
        Some("圖：河套香港園區首批大樓昨日落成。")
    );
    assert!(
        a.paragraphs.iter().any(|p| p.contains("（本報記者）")),
        "{:?}",
        a.paragraphs
    );
}
