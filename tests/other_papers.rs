//! Shapes the pages of other papers take that the sample's regional paper seldom does: a
//! national daily's reporters of other outlets (`经济日报记者`), a story continued from another
//! page, a wire story's source under it, a photo's caption apart from its credit, the page's
//! credits in brackets; an evening paper's reporter who wrote and shot (`文/摄`) and its
//! weather box; a business daily's interview and its outlets' reporters (`21世纪经济报道记者`,
//! `中青报·中青网记者`), a photo's source with no one credited; a provincial daily's summary box
//! over its title and its page furniture (`新闻热线：`, `一审：`, `广告`); a story copied from a
//! site, closed by its source and first title, and the web's wire openers.

#[path = "support/page.rs"]
mod support;
use dubao::ingest;
use dubao::Page;
use support::{page_of, titles};

fn page_file(name: &str) -> Page {
    let path = format!("{}/tests/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("test page exists");
    page_of(&path, &text)
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

    // A reporter of another paper is credited as `本报记者` is, and the paper is kept.
    assert_eq!(first.byline, ["冯其予"]);
    assert_eq!(first.byline_credits, ["经济日报记者"]);
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
    // The agency is kept with its photographer, as another paper's name is.
    assert_eq!(caption.credit.as_deref(), Some("孙凡越（新华社记者）"));
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
    let page = page_of("copied.txt", COPIED);
    assert_eq!(titles(&page), [vec!["加快建设开放型经济新体制"]]);
    assert_eq!(page.articles[0].byline, ["张三"]);
    assert_eq!(page.paper.as_deref(), Some("人民日报"));
    assert_eq!(page.page_no, Some(3));
}

/// A paper's news app signs its reporters as a paper does (`南方+记者`, half- or full-width
/// `+`): the line under the title is a byline, not the title with the real one as its kicker.
/// A `+` anywhere else keeps a line what it was.
#[test]
fn a_news_apps_reporter_signs_the_article() {
    for mark in ["+", "＋"] {
        let text = format!(
            "南方日报 2025年12月24日 星期三 A05 区域\n\n深圳新开国际航线\n\n南方{mark}记者 李明 \
             通讯员 黄小华\n\n　　深圳机场今年新开国际航线8条。\n\n1+1大于2\n\n　　正文在这里。\n"
        );
        let page = page_of("app.txt", &text);
        assert_eq!(titles(&page)[0], ["深圳新开国际航线"], "{mark}");
        assert_eq!(page.articles[0].byline, ["李明", "黄小华"], "{mark}");
        assert!(
            page.articles.iter().all(|a| a.byline.len() <= 2),
            "1+1大于2 names no one"
        );
    }
}

/// A column of news in brief under an article, named with a word of its own (`园区快讯`,
/// `一周观察`), is an article of its own: it had been read as a sub-head of the article above,
/// its items that article's paragraphs.
#[test]
fn named_briefs_columns_are_articles_of_their_own() {
    let text = concat!(
        "山西日报 2025年12月24日 星期三 第5版 园区经济\n\n",
        "太原经开区新签约项目12个\n\n",
        "　　本报讯 12月22日，太原经开区举行项目集中签约活动，12个项目现场签约。\n\n",
        "一周观察\n\n",
        "　　1.晋中开发区一季度新增市场主体1200户。\n",
        "　　2.大同经开区数字经济产业园开园。\n\n",
        "园区快讯\n\n",
        "　　长治高新区获评省级智慧园区。\n",
    );
    let page = page_of("weekly.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["太原经开区新签约项目12个"],
            vec!["一周观察"],
            vec!["园区快讯"]
        ]
    );
    assert_eq!(page.articles[0].paragraphs.len(), 1);
    assert_eq!(page.articles[1].paragraphs.len(), 2);
}

/// A table typed with ideographic spaces between its cells, as a word processor's user lines
/// one up, under a unit line (`单位：亿元`), inside an article: its rows are rows, shown and read
/// with two-space gaps, and the article goes on under it. The rows had been one title group of
/// an article of their own, the unit line its kicker, and the paragraph under them that
/// article's body.
#[test]
fn a_table_in_ideographic_spaces_stays_in_its_article() {
    let text = concat!(
        "山西日报 2025年12月24日 星期三 第5版 经济\n\n",
        "全省开发区运行平稳\n\n",
        "　　本报讯（记者 王强）省商务厅日前发布全省开发区前三季度主要经济指标。\n\n",
        "2025年前三季度全省开发区主要经济指标\n",
        "单位：亿元\n",
        "开发区　　营业收入　　增速（%）\n",
        "太原经开区　　1286.5　　12.3\n",
        "运城经开区　　612.0　　8.1\n\n",
        "　　数据显示，太原经开区营业收入继续领跑。\n\n",
        "晋中开发区签约项目12个\n\n",
        "　　本报讯 晋中开发区日前集中签约项目12个，总投资86亿元。\n",
    );
    let page = page_of("table.txt", text);
    assert_eq!(
        titles(&page),
        [vec!["全省开发区运行平稳"], vec!["晋中开发区签约项目12个"]]
    );
    assert_eq!(
        page.articles[0].paragraphs,
        [
            "省商务厅日前发布全省开发区前三季度主要经济指标。",
            "2025年前三季度全省开发区主要经济指标",
            "单位：亿元",
            "开发区  营业收入  增速（%）",
            "太原经开区  1286.5  12.3",
            "运城经开区  612.0  8.1",
            "数据显示，太原经开区营业收入继续领跑。",
        ]
    );
}

/// A table printed right under its title, the story's dateline under the table: one article,
/// the table its box. The dateline had opened an article with no title.
#[test]
fn a_dateline_under_a_titled_table_is_the_tables_story() {
    for gap in ["  ", "　"] {
        let text = format!(
            "中国开发区报 2025年12月24日 第3版 招商引资\n\n\
             招商引资项目签约一览\n\n\
             序号{gap}项目名称{gap}投资额{gap}落户园区\n\
             1{gap}新能源电池项目{gap}50亿元{gap}晋中开发区\n\
             2{gap}半导体材料项目{gap}30亿元{gap}太原经开区\n\n{indent}本报讯（记者 王强）12月20日，全省重点招商引资项目集中签约仪式在太原举行。\n",
            indent = "　　",
        );
        let page = page_of("signings.txt", &text);
        assert_eq!(titles(&page), [vec!["招商引资项目签约一览"]], "gap {gap:?}");
        let story = &page.articles[0];
        assert_eq!(story.dateline.as_deref(), Some("本报讯"));
        assert_eq!(story.reporters, ["王强"]);
        assert_eq!(story.paragraphs.len(), 4);
        assert_eq!(story.paragraphs[1], "1  新能源电池项目  50亿元  晋中开发区");
    }
}

/// A page of photo news: each photo's description, then its credit alone on the next line, no
/// titles. Each is an item of its own; the second had been read into the first.
#[test]
fn untitled_photos_are_items_of_their_own() {
    let text = concat!(
        "山西日报 2025年12月24日 星期三 第6版 图片新闻\n\n",
        "　　12月22日，工人在太原经开区一家新能源企业生产线上作业。\n",
        "新华社记者　詹彦　摄\n\n",
        "　　12月21日，游客在晋中开发区智慧展厅参观。\n",
        "本报记者　李明　摄\n",
    );
    let page = page_of("photos.txt", text);
    assert_eq!(page.articles.len(), 2, "{:?}", page.articles);
    for (a, credit) in page.articles.iter().zip(["詹彦（新华社记者）", "李明"]) {
        assert_eq!(a.kind, dubao::model::ArticleKind::Photo);
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.captions[0].credit.as_deref(), Some(credit));
    }
}

/// A photo report's byline (`记者 王五 摄影报道`: photographed and reported by) signs the
/// article under its title; it had been read as a photo's credit, the title as its caption and
/// the body as the article above's.
#[test]
fn a_photo_reports_byline_signs_its_article() {
    let text = concat!(
        "太原晚报 2025年12月24日 星期三 A07 城事\n\n",
        "开发区如何破解用地难？\n\n",
        "文/本报记者 张三　图/李四\n\n",
        "　　用地难一直是制约开发区发展的瓶颈。\n\n",
        "新能源汽车产业园开园！\n\n",
        "记者 王五 摄影报道\n\n",
        "　　12月20日，晋中开发区新能源汽车产业园正式开园，首批入驻企业12家。\n",
    );
    let page = page_of("report.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["开发区如何破解用地难？"],
            vec!["新能源汽车产业园开园！"]
        ]
    );
    assert_eq!(page.articles[0].byline, ["张三", "李四"]);
    assert_eq!(page.articles[1].byline, ["王五"]);
    assert!(page.articles[1].captions.is_empty());
    assert_eq!(page.articles[1].paragraphs.len(), 1);
}

/// A wire story reprinted in the agency's form: the dateline, then its headline after `题：`,
/// then its reporters on a line of their own. The headline is the title and the reporters the
/// dateline's; the story had been untitled, its headline its first paragraph.
#[test]
fn a_wire_storys_headline_after_its_dateline_is_its_title() {
    let text = concat!(
        "经济参考报 2025年12月24日 星期三 第3版 区域\n\n",
        "中西部开发区承接产业转移\n\n",
        "　　中新网太原12月23日电 (记者 李四)全省开发区承接产业转移项目230个。\n\n",
        "　　新华社北京12月23日电 题：开发区改革再出发\n\n",
        "　　新华社记者 王五\n\n",
        "　　开发区是改革开放的试验田。今年以来，各地开发区改革步伐加快。\n",
    );
    let page = page_of("wire.txt", text);
    assert_eq!(
        titles(&page),
        [vec!["中西部开发区承接产业转移"], vec!["开发区改革再出发"]]
    );
    let wire = &page.articles[1];
    assert_eq!(wire.dateline.as_deref(), Some("新华社北京12月23日电"));
    assert_eq!(wire.reporters, ["王五"]);
    assert_eq!(wire.reporter_roles, ["新华社记者"]);
    assert_eq!(wire.paragraphs.len(), 1);
}

/// A story's title with its date alone on the line under it, as a site's copy dates each
/// story, or with its column's name before a bar (`园区观察｜`): a new story, though the one
/// above closed with no byline. It had been a sub-head of the story above, its body that
/// story's.
#[test]
fn a_title_dated_under_it_opens_a_story() {
    let text = concat!(
        "中国开发区报 2025年12月24日 星期三 第2版 综合\n\n",
        "晋中开发区：从“一片荒地”到“产业新城”\n\n",
        "记者 张三 通讯员 李四 报道\n\n",
        "　　五年前，这里还是一片荒地；如今，一座产业新城拔地而起。\n\n",
        "园区观察｜新质生产力在开发区加速集聚\n\n",
        "2025年12月23日\n\n",
        "　　新质生产力正在各地开发区加速集聚。\n",
    );
    let page = page_of("dated.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["晋中开发区：从“一片荒地”到“产业新城”"],
            vec!["园区观察｜新质生产力在开发区加速集聚"]
        ]
    );
    assert_eq!(page.articles[0].byline, ["张三", "李四"]);
    assert_eq!(page.articles[0].paragraphs.len(), 1);
    assert_eq!(page.articles[1].paragraphs.len(), 1);

    // A column's name before a bar heads a story too, dated or not.
    let undated = text.replace("2025年12月23日\n\n", "");
    assert_eq!(titles(&page_of("column.txt", &undated)), titles(&page));
    // A sub-head without either stays in its story.
    let plain = undated.replace("园区观察｜", "");
    assert_eq!(page_of("plain.txt", &plain).articles.len(), 1);
}

/// A Taiwanese paper's credits: a byline of the reporter and where the report is filed from
/// (`記者王小明／新竹報導`, whose `報導` folds to `报导`, not `报道`), and a story opened by the same
/// in brackets (`【記者李大華／台南報導】`). The byline had been a title line, the bracketed
/// opener the first words of a paragraph, and its story a sub-head's of the one above.
#[test]
fn a_taiwanese_papers_reporter_and_report() {
    let text = concat!(
        "經濟日報 2025年12月24日 星期三 A5版 產業\n\n",
        "科學園區營收創新高\n\n",
        "記者王小明／新竹報導\n\n",
        "　　竹科今年前11月營業額達新台幣3.2兆元，年增15%，創歷史新高。\n\n",
        "南部園區擴建啟動\n\n",
        "【記者李大華／台南報導】南部科學園區擴建計畫今天動工，總投資新台幣500億元。\n",
    );
    let page = page_of("tw.txt", text);
    assert_eq!(
        titles(&page),
        [vec!["科學園區營收創新高"], vec!["南部園區擴建啟動"]]
    );
    assert_eq!(page.articles[0].byline, ["王小明"]);
    let report = &page.articles[1];
    assert_eq!(report.dateline.as_deref(), Some("台南報導"));
    assert_eq!(report.reporters, ["李大華"]);
    assert_eq!(
        report.paragraphs,
        ["南部科學園區擴建計畫今天動工，總投資新台幣500億元。"]
    );
}

/// A feature that opened with a summary box (`核心阅读`) and whose body began without a
/// dateline keeps no later dateline: a wire story printed under it is a story of its own. It
/// had been read into the feature, its dateline and reporter taken for the feature's.
#[test]
fn a_wire_story_under_a_summarised_feature_is_its_own() {
    let text = concat!(
        "人民日报 2025年12月24日 星期三 第10版 经济\n\n",
        "　　核心阅读\n",
        "　　今年以来，各地开发区加快转型升级。\n\n",
        "开发区“二次创业”提速\n\n",
        "本报记者　刘温馨\n\n",
        "　　12月中旬，记者来到江苏昆山经济技术开发区，一批新项目正在加紧建设。\n",
        "　　“今年我们新签约项目68个。”昆山开发区管委会负责人说。\n\n",
        "新华社北京12月23日电（记者　赵文君）国务院新闻办公室23日举行发布会。\n",
        "　　商务部副部长表示，国家级经开区是稳外资的重要平台。\n",
    );
    let page = page_of("summarised.txt", text);
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let [feature, wire] = &page.articles[..] else {
        unreachable!("two articles");
    };
    assert_eq!(feature.title, ["开发区“二次创业”提速"]);
    assert_eq!(feature.dateline, None);
    assert_eq!(feature.byline, ["刘温馨"]);
    assert_eq!(wire.dateline.as_deref(), Some("新华社北京12月23日电"));
    assert_eq!(wire.reporters, ["赵文君"]);
    assert_eq!(wire.paragraphs.len(), 2);
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
        ],
        "the title over `文/摄` is no photo's caption, the weather no part of the news above, \
         the advertisement's slot and the paper's hotline no article"
    );
    let home = &page.articles[0];
    assert_eq!(home.byline, ["郝杰"]);
    assert!(home.captions.is_empty());
    assert_eq!(home.paragraphs.len(), 2);
    assert_eq!(page.articles[1].paragraphs.len(), 1);
}

#[test]
fn a_business_dailys_page() {
    let page = page_file("business_daily.txt");
    assert_eq!(page.paper.as_deref(), Some("21世纪经济报道"));
    assert_eq!(
        titles(&page),
        [
            vec!["中部开发区“抢滩”新能源赛道"],
            vec![
                "对话",
                "“开发区的核心竞争力是营商环境”",
                "——访山西综改示范区管委会主任李明"
            ],
            vec!["硬科技企业加速成长"],
        ],
        "an outlet with digits signs a byline; an interview's questions are no titles; \
         a photo's source is no title"
    );
    let [report, interview, startups] = &page.articles[..] else {
        unreachable!("three articles");
    };
    assert_eq!(report.byline, ["王晓红"]);
    assert_eq!(report.paragraphs.len(), 3);
    assert_eq!(report.captions.len(), 1);
    // A photo's source names no photographer: it is kept as printed, as the photo's caption.
    let source = &report.captions[0];
    assert_eq!(
        (source.text.as_deref(), source.credit.as_deref()),
        (Some("（资料图片）"), None)
    );

    // The paper asks in its name's brackets; every question and answer is a paragraph.
    assert_eq!(interview.headline(), "“开发区的核心竞争力是营商环境”");
    assert_eq!(interview.paragraphs.len(), 4);
    assert!(interview.paragraphs[0].starts_with("《21世纪》："));

    // Two outlets joined by a dot, under a bullet, and a second rank on the next line.
    assert_eq!(startups.byline, ["周围", "李丽"]);
    let source = &startups.captions[0];
    assert_eq!(
        (source.text.as_deref(), source.credit.as_deref()),
        (Some("（图片由西安高新区管委会提供）"), None)
    );
}

#[test]
fn a_provincial_dailys_page() {
    let page = page_file("provincial_daily.txt");
    assert_eq!(
        titles(&page),
        [
            vec!["郑州经开区：“链”上发力跑出加速度"],
            vec!["许昌经开区签约5个重大项目"],
        ],
        "the summary box over the title is that article's; the advertisement's slot, the \
         paper's hotlines and its reviewers are the page's furniture"
    );
    let [zone, signing] = &page.articles[..] else {
        unreachable!("two articles");
    };
    // The box opens the article under it, and the bracketed byline under the title is its own.
    assert_eq!(zone.paragraphs[0], "核心提示");
    assert!(zone.paragraphs[1].starts_with("今年以来"));
    assert_eq!(zone.byline, ["刘红涛", "王磊"]);
    assert_eq!(zone.paragraphs.len(), 6);
    assert_eq!(signing.reporters, ["张建新"]);
    let source = &signing.captions[0];
    assert_eq!(
        (source.text.as_deref(), source.credit.as_deref()),
        (Some("（新华社发）"), None)
    );
}

/// A story copied from a news site, with its source and first title under it, and two wire
/// openers of the web (`央视网消息（新闻联播）：`, `【环球时报报道 记者 王五】`).
const WEB_COPY: &str = "太原经开区：今年新签约项目120个
2025-12-23 09:15　来源：山西新闻网

　　12月22日，记者从太原经开区获悉，今年该区新签约项目120个，总投资680亿元。
（来源：山西日报）
原标题：《太原经开区新签约项目120个》

央视网报道开发区
　　央视网消息（新闻联播）：国家级经开区实际使用外资同比增长。

环球时报报道开发区
　　【环球时报报道 记者 王五】多家外资企业加码布局中国开发区。
";

#[test]
fn a_copied_storys_source_and_first_title_close_it() {
    let page = page_of("web.txt", WEB_COPY);
    assert_eq!(
        titles(&page),
        [
            vec!["太原经开区：今年新签约项目120个"],
            vec!["央视网报道开发区"],
            vec!["环球时报报道开发区"],
        ],
        "the source and first title are no trailing title; each web opener starts its story"
    );
    let [copied, cctv, global] = &page.articles[..] else {
        unreachable!("three articles");
    };
    assert_eq!(
        copied.paragraphs[1..],
        [
            "（来源：山西日报）",
            "原标题：《太原经开区新签约项目120个》"
        ]
    );
    assert_eq!(cctv.dateline.as_deref(), Some("央视网消息（新闻联播）"));
    assert_eq!(cctv.paragraphs, ["国家级经开区实际使用外资同比增长。"]);
    assert_eq!(global.dateline.as_deref(), Some("环球时报报道"));
    assert_eq!(global.reporters, ["王五"]);
    assert_eq!(global.paragraphs, ["多家外资企业加码布局中国开发区。"]);
}

/// Found reading other papers' pages (stop 45). A paragraph that closes with a note in
/// brackets after its last sentence (`（宜昌高新区宣）`, `（完）`) is finished: the title set
/// flush under it opens the next story. It had been joined to the paragraph as a column break.
#[test]
fn a_note_in_brackets_finishes_its_paragraph() {
    let text = concat!(
        "湖北日报 2025年12月24日 星期三 第 06 版 区域经济\n\n",
        "襄阳高新区新能源电池项目投产\n",
        "　　本报讯（记者 张涛）12月20日，襄阳高新区动力电池项目正式投产。\n",
        "　　项目从签约到投产仅用时14个月。（宜昌高新区宣）\n\n",
        "宜昌高新区企业服务平台上线\n",
        "　　本报讯 宜昌高新区近日上线企业服务平台。（完）\n\n",
        "荆门高新区化工园区智慧管理平台启用\n",
        "　　本报讯 平台已接入企业62家。\n",
    );
    let page = page_of("note.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["襄阳高新区新能源电池项目投产"],
            vec!["宜昌高新区企业服务平台上线"],
            vec!["荆门高新区化工园区智慧管理平台启用"],
        ]
    );
    assert_eq!(
        page.articles[0].paragraphs.last().map(String::as_str),
        Some("项目从签约到投产仅用时14个月。（宜昌高新区宣）")
    );
}

/// On a page whose paragraphs are indented, a line set flush under a paragraph with a photo
/// credit at its end is the photo's caption, and the agency stays with the photographer; a
/// speaker's turn and a numbered item set flush are paragraphs of their own.
#[test]
fn flush_captions_turns_and_items_on_an_indented_page() {
    let text = concat!(
        "经济日报 2025年12月24日 星期三 第 05 版 产经\n\n",
        "国家级经开区外资外贸稳中提质\n",
        "经济日报记者 冯其予\n\n",
        "　　商务部日前发布的数据显示，国家级经开区外资外贸稳中提质。\n",
        "　　合肥经济技术开发区新引进项目45个。\n\n",
        "12月22日，工人在天津经济技术开发区一家企业车间内生产。新华社记者 孙凡越 摄\n\n",
        "打造新产业平台\n",
        "记者 李攀\n\n",
        "　　钱塘区是杭州制造业的主战场。\n\n",
        "问：下一步有哪些打算？\n",
        "答：明年，我们将继续聚焦主导产业。\n\n",
        "园区短讯\n\n",
        "1. 南京经济技术开发区签约项目18个，总投资156亿元。\n",
        "2. 苏州工业园区今年新增独角兽企业3家。\n",
    );
    let page = page_of("flush.txt", text);
    let first = &page.articles[0];
    assert_eq!(first.paragraphs.len(), 2, "{:?}", first.paragraphs);
    let caption = first.captions.first().expect("the photo's caption");
    assert_eq!(
        caption.text.as_deref(),
        Some("12月22日，工人在天津经济技术开发区一家企业车间内生产。")
    );
    assert_eq!(caption.credit.as_deref(), Some("孙凡越（新华社记者）"));
    let interview = &page.articles[1];
    assert_eq!(
        interview.paragraphs,
        [
            "钱塘区是杭州制造业的主战场。",
            "问：下一步有哪些打算？",
            "答：明年，我们将继续聚焦主导产业。",
        ]
    );
    let briefs = &page.articles[2];
    assert_eq!(briefs.paragraphs.len(), 2, "{:?}", briefs.paragraphs);
}

#[test]
fn a_wechat_post_reads_as_one_article_with_its_byline() {
    let page = page_file("wechat_post.txt");
    assert_eq!(
        titles(&page),
        [vec!["长沙经开区一批重大项目集中开工"]],
        "numbered sections, credits, the end mark and the post's links open no article"
    );
    let post = &page.articles[0];
    // `文字丨` and `摄影丨` credit people (a bar drawn with the Han char `丨`); the newsroom
    // credited for the photos is furniture, as `来源：` is, and takes no one's place.
    assert_eq!(post.byline, ["周晓雯", "唐亮"]);
    // Each section's number and heading are the post's sub-heads, in order.
    assert_eq!(
        post.paragraphs,
        [
            "12月18日，长沙经开区2025年第四季度重大项目集中开工活动举行，16个项目集中开工，总投资128亿元。",
            "01",
            "产业链条更完整",
            "开工项目中，工程机械配套项目7个，新能源汽车零部件项目5个。",
            "02",
            "建设节奏更快",
            "记者了解到，今年以来长沙经开区累计新开工项目58个。",
        ]
    );
    // Nothing the post says is lost: its chrome and credits are furniture, shown by --explain.
    let path = format!("{}/tests/pages/wechat_post.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("test page exists");
    let parsed = ingest::page::parse(&text, "wechat_post.txt", 1);
    for (line, rule) in [
        ("收录于合集 #项目建设 21个", "web-chrome"),
        ("以下文章来源于星沙融媒", "web-chrome"),
        ("图 | 星沙融媒体中心", "page-credit"),
        ("- END -", "web-chrome"),
        ("责编丨罗 琳", "page-footer"),
        (
            "声明：本文系长沙经开发布原创，转载请注明出处。",
            "page-footer",
        ),
        ("星沙产业基地新签约项目12个", "web-chrome"),
        ("点在看", "web-chrome"),
    ] {
        assert!(
            parsed
                .lines
                .iter()
                .any(|l| l.text == line && l.class.name() == "furniture" && l.rule.name() == rule),
            "{line} should be furniture by {rule}"
        );
    }
}

#[test]
fn a_wire_agencys_copy_with_its_dateline_in_brackets() {
    // Central News Agency copy as sites and papers reprint it: the whole dateline in brackets,
    // the editor's note and the day's code (ROC calendar) closing the story, unspaced from the
    // next story's title.
    let text = concat!(
        "竹科三期擴建案通過環評\n",
        "（中央社記者林長順新竹23日電）新竹科學園區三期擴建案今天通過環境影響評估審查。\n",
        "竹科管理局長王永壯表示，廠商用地需求持續殷切。（編輯：陳清芳）1141223\n",
        "中科園區新增投資逾千億\n",
        "（中央社台中23日電）中部科學園區今年新增投資新台幣1200億元。\n",
    );
    let page = page_of("cna.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["竹科三期擴建案通過環評"],
            vec!["中科園區新增投資逾千億"]
        ],
        "the day's code after the editor's note finishes the story"
    );
    let [first, second] = &page.articles[..] else {
        unreachable!("two stories");
    };
    assert_eq!(first.dateline.as_deref(), Some("中央社新竹23日電"));
    assert_eq!(first.reporters, ["林長順"]);
    assert_eq!(
        first.paragraphs[0],
        "新竹科學園區三期擴建案今天通過環境影響評估審查。"
    );
    // Nothing is dropped: the editor's note and code stay with the last paragraph.
    assert!(first.paragraphs[1].ends_with("（編輯：陳清芳）1141223"));
    assert_eq!(second.dateline.as_deref(), Some("中央社台中23日電"));
    assert!(second.reporters.is_empty());
}

#[test]
fn a_numbered_table_under_a_finished_paragraph_stays_in_its_article() {
    let text = concat!(
        "全省开发区前11个月主要经济指标\n",
        "本报记者 王佳\n\n",
        "　　省商务厅日前发布数据，全省开发区主要经济指标保持平稳增长。\n\n",
        "表2 全省开发区新签约项目情况\n",
        "项目类别  签约项目（个）  总投资（亿元）\n",
        "先进制造业  86  1260.5\n",
        "合计  128  1646.7\n\n",
        "晋城经开区光机电产业园二期开工\n",
        "　　本报讯（记者 李晓）1月9日，晋城经济技术开发区光机电产业园二期项目开工建设。\n",
    );
    let page = page_of("tables.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["全省开发区前11个月主要经济指标"],
            vec!["晋城经开区光机电产业园二期开工"]
        ],
        "a table's number (`表2`) titles no story, though the line names a zone"
    );
    assert_eq!(
        page.articles[0].paragraphs[1],
        "表2 全省开发区新签约项目情况"
    );
    assert_eq!(page.articles[0].paragraphs.len(), 5);
}

#[test]
fn a_pdf_pages_indented_paragraphs_wrapped_at_its_edge() {
    // Cut at 20 chars a line, as a PDF converter cuts a column: an indented paragraph's first
    // line reaches the edge with its indent, and the reporters' bracket is cut in two.
    let text = concat!(
        "佛山日报 2025年12月19日 星期五 A03 要闻\n\n",
        "顺德高新区今年新增规上工业企业126家\n\n",
        "　　本报讯（记者 梁晓玲 通讯员 何嘉欣\n",
        "）12月18日，记者从顺德高新区获悉，今\n",
        "年以来该区新增规上工业企业126家，创\n",
        "历史新高，规上工业企业总数达到一千余家。\n",
        "　　据悉，顺德高新区今年持续推动“小升规\n",
        "”，对首次纳入规上统计的企业给予奖励，\n",
        "已兑现奖励资金三千二百万元。\n",
        "　　顺德高新区管委会主任李伟表示，明年将\n",
        "继续推动小升规工作，力争新增规上工业企业\n",
        "一百五十家以上。\n\n",
        "- 3 -\n",
    );
    let page = page_of("pdf.txt", text);
    assert_eq!(
        titles(&page),
        [vec!["顺德高新区今年新增规上工业企业126家"]],
        "no paragraph's first line is a title, the page number no article"
    );
    let a = &page.articles[0];
    assert_eq!(a.reporters, ["梁晓玲", "何嘉欣"]);
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs[0].starts_with("12月18日，记者从顺德高新区获悉"));
    assert!(a.paragraphs[1].starts_with("据悉，顺德高新区今年持续推动“小升规”，"));
}

#[test]
fn a_notices_contact_lines_close_it_with_its_sign_off() {
    let text = concat!(
        "关于2025年度经开区产业扶持资金拟支持企业的公示\n\n",
        "　　经企业申报、部门审核，现将拟支持企业名单予以公示。\n",
        "　　公示期内，如有异议，请以书面形式实名反映。\n",
        "　　联系人：李明　　联系电话：0371-66781234\n",
        "　　地址：郑州经开区经北一路138号\n\n",
        "郑州经济技术开发区经济发展局\n",
        "2025年12月22日\n",
    );
    let page = page_of("notice.txt", text);
    assert_eq!(
        titles(&page),
        [vec!["关于2025年度经开区产业扶持资金拟支持企业的公示"]],
        "contact lines are no article's title"
    );
    let p = &page.articles[0].paragraphs;
    assert_eq!(p.len(), 6, "{p:?}");
    assert_eq!(p[2], "联系人：李明　　联系电话：0371-66781234");
    assert_eq!(p[5], "2025年12月22日");
}

#[test]
fn a_sites_breadcrumb_buttons_and_pager_are_no_text() {
    let text = concat!(
        "当前位置：首页 > 新闻中心 > 园区要闻\n\n",
        "合肥经开区与蔚来汽车签署战略合作协议\n",
        "　　12月19日，合肥经开区与蔚来汽车签署战略合作协议，双方将在智能电动汽车领域深化合作。\n",
        "展开全文\n",
        "　　根据协议，蔚来将在经开区新建研发中心。\n",
        "[详细]\n\n",
        "共 128 条　首页　上一页　1　2　3　下一页　尾页\n",
        "举报\n",
    );
    let page = page_of("site.txt", text);
    assert_eq!(
        titles(&page),
        [vec!["合肥经开区与蔚来汽车签署战略合作协议"]]
    );
    assert_eq!(page.articles[0].paragraphs.len(), 2);
}

#[test]
fn briefs_with_run_in_titles_are_articles_of_their_own() {
    let text = concat!(
        "重庆日报 2025年12月19日 星期五 第5版 区县新闻\n\n",
        "■【长安汽车数智工厂二期投产】12月18日，长安汽车两江数智工厂二期项目正式投产，项目总投资45亿元。（记者 杨骏）\n",
        "■【璧山高新区6个项目集中签约】12月17日，璧山高新区举行项目集中签约仪式，总投资32亿元。（通讯员 李青）\n",
    );
    let page = page_of("briefs.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["长安汽车数智工厂二期投产"],
            vec!["璧山高新区6个项目集中签约"]
        ]
    );
    assert_eq!(page.articles[0].byline, ["杨骏"]);
    assert_eq!(page.articles[1].byline, ["李青"]);
    assert_eq!(
        page.articles[1].paragraphs,
        ["12月17日，璧山高新区举行项目集中签约仪式，总投资32亿元。"]
    );
}
