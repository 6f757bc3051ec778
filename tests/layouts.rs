//! Layouts the sample page does not show, each on a small page written for the test.

use dubao::ingest::{self, Source};
use dubao::{Article, ArticleKind, Page};

fn parse(name: &str, text: &str) -> Page {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

fn page_file(name: &str) -> Page {
    let path = format!("{}/tests/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("test page exists");
    parse(&path, &text)
}

fn titles(page: &Page) -> Vec<Vec<String>> {
    page.articles.iter().map(|a| a.title.clone()).collect()
}

fn by_title<'a>(page: &'a Page, headline: &str) -> &'a Article {
    page.articles
        .iter()
        .find(|a| a.title.iter().any(|t| t == headline))
        .unwrap_or_else(|| panic!("no article titled {headline}: {:?}", titles(page)))
}

#[test]
fn indented_paragraphs_without_blank_lines() {
    let page = page_file("indented.txt");
    assert_eq!(page.articles.len(), 3, "{:?}", titles(&page));
    let a = by_title(&page, "数字经济产业园一期工程竣工");
    assert_eq!(a.title, ["晋中高新区", "数字经济产业园一期工程竣工"]);
    assert_eq!(a.paragraphs.len(), 3);
    // Hard-wrapped lines rejoin: `…平方米，` + `可容纳企业200余家。`
    assert!(a.paragraphs[0].ends_with("总建筑面积18万平方米，可容纳企业200余家。"));
    assert!(a.paragraphs[1].ends_with("入驻企业超过百家。"));
    assert_eq!(a.zone.as_deref(), Some("晋中高新技术产业开发区"));
}

#[test]
fn page_header_and_editor_footer_belong_to_no_article() {
    let page = page_file("indented.txt");
    assert_eq!(page.year, Some(2026), "year from the header date");
    for a in &page.articles {
        let all = a
            .title
            .iter()
            .chain(&a.paragraphs)
            .cloned()
            .collect::<String>();
        assert!(!all.contains("星期四"), "header leaked into {:?}", a.title);
        assert!(
            !all.contains("责任编辑"),
            "footer leaked into {:?}",
            a.title
        );
    }
}

#[test]
fn dateline_with_reporters_in_brackets() {
    let page = page_file("indented.txt");
    let a = by_title(&page, "数字经济产业园一期工程竣工");
    assert_eq!(a.dateline.as_deref(), Some("本报讯"));
    assert_eq!(a.reporters, ["郭晓丽", "任建军"]);
    assert!(a.paragraphs[0].starts_with("1月6日，"));
}

#[test]
fn dateline_with_reporters_after_spaces() {
    let page = page_file("indented.txt");
    let a = by_title(&page, "阳曲县高标准农田建设提速");
    assert_eq!(a.dateline.as_deref(), Some("本报讯"));
    assert_eq!(a.reporters, ["王晓", "李娜"]);
    assert!(a.paragraphs[0].starts_with("入冬以来，"));
    assert_eq!(a.zone, None);
}

#[test]
fn agency_dateline_and_bylines_in_brackets_at_the_end() {
    let page = page_file("indented.txt");
    let a = by_title(&page, "精细化工园区通过省级认定");
    assert_eq!(a.dateline.as_deref(), Some("新华社太原1月7日电"));
    assert_eq!(a.reporters, ["刘翔宇"]);
    assert_eq!(a.byline, ["朱怡舟"]);
    assert!(a
        .paragraphs
        .last()
        .unwrap()
        .ends_with("2025年实现产值156亿元。"));
    assert_eq!(
        a.zone.as_deref(),
        Some("清徐经济开发区"),
        "经开区 follows the stated 经济开发区"
    );

    let b = by_title(&page, "阳曲县高标准农田建设提速");
    assert_eq!(b.byline, ["王晓", "刘海"]);
    assert!(b
        .paragraphs
        .last()
        .unwrap()
        .ends_with("亩均增产可达百斤以上。"));
}

#[test]
fn traditional_characters_and_full_width_digits() {
    let page = page_file("traditional.txt");
    assert_eq!(page.year, Some(2025));
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(
        a.title,
        ["晉城經濟技術開發區", "新能源汽車零部件項目簽約落地"]
    );
    assert_eq!(a.zone.as_deref(), Some("晋城经济技术开发区"));
    assert_eq!(a.dateline.as_deref(), Some("新華社太原１２月４日電"));
    assert_eq!(a.reporters, ["劉翔宇"]);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.paragraphs[0].contains("建成後年產電機殼體３０萬套。"));
    assert_eq!(a.byline, ["陳曉東", "王麗"]);

    let b = &page.articles[1];
    assert_eq!(b.dateline.as_deref(), Some("本報訊"));
    assert_eq!(b.kind, ArticleKind::News);
    assert_eq!(b.captions.len(), 1);
    assert_eq!(b.captions[0].credit.as_deref(), Some("李明"));
    assert!(b.paragraphs.last().unwrap().ends_with("品牌。"));
}

#[test]
fn numbers_with_and_without_spaces_stay_in_the_text() {
    let spaced = parse(
        "a.txt",
        "标题一\n\n本报讯 总投资 3.04 亿元，建设 18 层大楼。\n",
    );
    let tight = parse("b.txt", "标题一\n\n本报讯 总投资3.04亿元，建设18层大楼。\n");
    assert_eq!(
        spaced.articles[0].paragraphs,
        ["总投资 3.04 亿元，建设 18 层大楼。"]
    );
    assert_eq!(
        tight.articles[0].paragraphs,
        ["总投资3.04亿元，建设18层大楼。"]
    );
}

#[test]
fn crlf_and_blank_line_free_pages() {
    let text = "运城经济技术开发区\r\n召开调度会\r\n科学导报讯 12 月 22 日，会议召开。\r\n会议强调，要抓好项目。\r\n刘记明\r\n";
    let page = parse("crlf.txt", text);
    assert_eq!(page.articles.len(), 1);
    let a = &page.articles[0];
    assert_eq!(a.title, ["运城经济技术开发区", "召开调度会"]);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(a.byline, ["刘记明"]);
}

#[test]
fn photo_item_with_caption_and_credit() {
    let text = "丰收的喜悦\n\n近日，农民在田间收割谷子，一派繁忙景象，今年全县谷子种植面积达 5 万亩。\n\n■ 王强摄\n";
    let page = parse("photo.txt", text);
    let a = &page.articles[0];
    assert_eq!(a.kind, ArticleKind::Photo);
    assert_eq!(a.dateline, None);
    assert_eq!(a.captions[0].credit.as_deref(), Some("王强"));
}

#[test]
fn escape_sequences_never_reach_the_model() {
    let text = "标题\u{1b}]52;c;ZXZpbA==\u{7}一\n\n本报讯 近日，\u{1b}[2J会议召开。\n";
    let page = parse("evil.txt", text);
    let json = serde_json::to_string(&page).unwrap();
    assert!(!json.contains("\\u001b"), "{json}");
    assert_eq!(page.articles[0].title, ["标题一"]);
}

#[test]
fn author_under_title_subheadings_and_a_bulleted_caption() {
    let page = page_file("subheads.txt");
    assert_eq!(page.articles.len(), 3, "{:?}", titles(&page));
    let a = by_title(&page, "晋城经开区：“双招双引”跑出加速度");
    assert_eq!(a.byline, ["赵鹏"], "本报记者 赵鹏 under the title");
    assert_eq!(a.dateline, None);
    assert!(
        a.paragraphs.contains(&"聚焦主导产业精准招商".to_owned()),
        "subheadings stay in the article"
    );
    assert_eq!(a.paragraphs.len(), 5);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.captions[0].text.as_deref(), Some("图为晋城经开区一角。"));
    assert_eq!(a.captions[0].credit.as_deref(), Some("王刚"));
    assert_eq!(a.zone.as_deref(), Some("晋城经济技术开发区"));
    assert_eq!(a.kind, ArticleKind::News);

    let b = by_title(&page, "新能源装备产业园开园");
    assert_eq!(
        b.zone.as_deref(),
        Some("朔州经济开发区"),
        "开发区 follows the stated 经济开发区"
    );
    assert_eq!(b.byline, ["张华"]);
}

/// A page cut at a fixed width with neither indentation nor blank lines: a line that reaches
/// the right edge is a piece of a paragraph even when it has no full stop, never a title.
#[test]
fn hard_wrapped_lines_reaching_the_edge_are_body_text() {
    let page = page_file("hardwrapped.txt");
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = by_title(&page, "“智改数转”让老企业焕发新活力");
    assert_eq!(a.title, ["长治高新区", "“智改数转”让老企业焕发新活力"]);
    assert_eq!(a.paragraphs.len(), 4, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].ends_with("生产效率提升 30% 以上。"));
    assert!(a.paragraphs[3].starts_with("下一步"));
    assert!(a.paragraphs[3].ends_with("实现规上企业全覆盖。"));
    let b = by_title(&page, "光机电产业园二期开工");
    assert_eq!(b.zone.as_deref(), Some("晋城经济技术开发区"));
    assert_eq!(b.paragraphs.len(), 1);
}

/// Issue 11 item 2: a paragraph opening with a full date and running past 60 characters was
/// read as a page-header date line, dropped, and its year made the page's year.
#[test]
fn a_paragraph_opening_with_a_full_date_is_body_text() {
    let long = "2025年6月24日，开发区管委会组织召开重点项目推进会，会议听取了各项目建设进展情况汇报，研究解决了项目推进中遇到的土地、资金和用工等方面的困难和问题。";
    assert!(long.chars().count() > 70);
    let text = format!("标题\n\n本报讯 第一段。\n\n{long}\n\n第三段正常文字。\n");
    let page = parse("date.txt", &text);
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.paragraphs, ["第一段。", long, "第三段正常文字。"]);
    // The page's year comes from the body's vote, not from a "header" that was a paragraph.
    let header = format!("2019年3月1日 星期五 第4版\n\n{text}");
    assert_eq!(parse("date2.txt", &header).year, Some(2019));
}

/// Photo items with an agency credit (`张三摄（影像中国）`, `李四 摄（人民视觉）`): title, one
/// caption paragraph, the credit; the next article's title follows directly.
#[test]
fn photo_items_with_an_agency_credit() {
    let page = page_file("photo_agency.txt");
    assert_eq!(
        titles(&page),
        [
            ["湿地保护修复成效明显"],
            ["夏日荷塘"],
            ["草原生态持续向好"],
            ["云海日出"]
        ]
    );
    let photo = by_title(&page, "夏日荷塘");
    assert_eq!(photo.kind, ArticleKind::Photo);
    assert_eq!(photo.paragraphs.len(), 1);
    assert_eq!(
        photo.captions[0].credit.as_deref(),
        Some("张三（影像中国）")
    );
    let before = by_title(&page, "湿地保护修复成效明显");
    assert_eq!(
        before.paragraphs.len(),
        2,
        "the photo item is not merged into it"
    );
    assert_eq!(before.kind, ArticleKind::News);
    let last = by_title(&page, "云海日出");
    assert_eq!(last.kind, ArticleKind::Photo);
    assert_eq!(last.captions[0].credit.as_deref(), Some("李四（人民视觉）"));
}

/// `核心阅读` / `导读` open a summary box under the title: the label is no title line, and the
/// dateline after the box does not start another article.
#[test]
fn summary_boxes_before_the_body() {
    let page = page_file("summary_box.txt");
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(
        a.title,
        ["稳外贸政策效应持续显现", "前5个月货物贸易进出口同比增长"]
    );
    assert_eq!(a.dateline.as_deref(), Some("本报北京6月24日电"));
    assert_eq!(a.reporters, ["刘洋"]);
    assert_eq!(a.paragraphs.len(), 5, "{:#?}", a.paragraphs);
    assert_eq!(a.paragraphs[0], "核心阅读");
    assert!(a.paragraphs[3].starts_with("海关总署24日发布数据"));
    let b = &page.articles[1];
    assert_eq!(b.title, ["新能源汽车下乡活动启动"]);
    assert_eq!(b.dateline.as_deref(), Some("本报北京6月24日电"));
    assert_eq!(b.paragraphs[0], "导读");
    assert_eq!(b.paragraphs.len(), 3);
}

/// A sub-head inside an article (`5G赋能：…`, a question `…怎么看？`) followed by a short
/// paragraph, even one ending in `！`, stays in the article.
#[test]
fn sub_heads_followed_by_short_paragraphs() {
    let page = page_file("short_subheads.txt");
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.title, ["工业互联网为制造业添动力"]);
    assert_eq!(a.byline, ["周华"]);
    assert_eq!(a.paragraphs.len(), 7, "{:#?}", a.paragraphs);
    assert_eq!(a.paragraphs[1], "5G赋能：工厂变得更聪明");
    assert_eq!(a.paragraphs[2], "工人们都说，变化太大了！");
    assert_eq!(a.paragraphs[4], "数据安全怎么看？");
    assert_eq!(page.articles[1].title, ["乡村旅游持续升温"]);
}

/// Page-level credits (`本版制图：`, `本版责编：`, `版式设计：`, `本版摄影：`) belong to no article.
#[test]
fn page_credits_belong_to_no_article() {
    let page = page_file("page_credits.txt");
    assert_eq!(
        titles(&page),
        [["民营经济发展势头良好"], ["消费市场稳中有升"]]
    );
    let json = serde_json::to_string(&page.articles).unwrap();
    for credit in ["蔡华伟", "王一", "沈亦伶", "本版摄影"] {
        assert!(!json.contains(credit), "{credit} leaked into an article");
    }
    assert_eq!(page.articles[0].paragraphs.len(), 2);
    assert_eq!(page.articles[1].paragraphs.len(), 1);
}

/// A credit in brackets alone on a line is the byline of the article above, not an article.
#[test]
fn closing_credits_in_brackets_are_bylines() {
    let page = page_file("closing_credits.txt");
    assert_eq!(page.articles.len(), 3, "{:?}", titles(&page));
    assert_eq!(page.articles[0].byline, ["王浩"]);
    assert_eq!(page.articles[0].paragraphs.len(), 2);
    assert_eq!(page.articles[1].byline, ["李华", "赵敏"]);
    assert_eq!(page.articles[1].reporters, ["吴刚"]);
    assert_eq!(page.articles[2].title, ["秸秆综合利用率超过88%"]);
}

/// Paragraphs on one line separated by `　　` are separate paragraphs.
#[test]
fn paragraphs_on_one_line() {
    let page = page_file("inline_paragraphs.txt");
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.reporters, ["谢卫"]);
    assert_eq!(a.paragraphs.len(), 4, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].starts_with("上海今年启动城市更新项目30个"));
    assert!(a.paragraphs[0].ends_with("500万平方米。"));
    assert_eq!(
        a.paragraphs[3],
        "据介绍，上海将继续推进城市更新，让城市更有温度。"
    );
}

/// A column label at the end of a title, or alone under it, is part of the title line, and
/// marks a new article even without a dateline.
#[test]
fn column_labels_stay_in_the_title_line() {
    let page = page_file("column_labels.txt");
    assert_eq!(
        titles(&page),
        [
            vec!["稳住外贸基本盘需多方发力（经济聚焦）".to_owned()],
            vec!["让每一个孩子都享有公平而有质量的教育（人民时评）".to_owned()]
        ]
    );
    assert_eq!(page.articles[0].paragraphs.len(), 2);
    assert_eq!(page.articles[1].paragraphs.len(), 2);
}

/// `■链接`, `记者手记`, `短评`, `相关链接` boxes stay inside their article, even after its byline.
#[test]
fn boxes_inside_an_article() {
    let page = page_file("boxes.txt");
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.byline, ["丁怡"]);
    assert_eq!(a.paragraphs.len(), 8, "{:#?}", a.paragraphs);
    assert_eq!(a.paragraphs[2], "■链接");
    assert_eq!(a.paragraphs[6], "短评");
    let b = &page.articles[1];
    assert_eq!(b.title, ["城市公园免费开放"]);
    assert_eq!(b.paragraphs.len(), 3);
}

/// A commentary signed under the title, with the author's affiliation in brackets at the end.
#[test]
fn commentary_with_the_author_note_at_the_end() {
    let page = page_file("commentary.txt");
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.byline, ["张三"]);
    assert_eq!(a.paragraphs.len(), 3);
    assert_eq!(a.paragraphs[2], "（作者为北京大学教授）");
    let b = &page.articles[1];
    assert_eq!(b.title, ["绿色发展要久久为功"]);
    assert_eq!(b.byline, ["李四"]);
    assert_eq!(
        b.paragraphs.last().unwrap(),
        "（作者系中国社会科学院研究员）"
    );
}

/// Numbered parts (`一`, `二` alone on a line) are parts of the article, never titles.
#[test]
fn numbered_parts_are_not_titles() {
    let page = page_file("numbered_parts.txt");
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.title, ["奋力谱写高质量发展新篇章"]);
    assert_eq!(a.byline, ["本报评论员"]);
    assert_eq!(a.paragraphs.len(), 6);
    assert_eq!(a.paragraphs[0], "一");
    assert_eq!(a.paragraphs[4], "三");
}

/// `dump --explain`'s data: every line has a class and a rule; furniture is kept for the
/// edition fields.
#[test]
fn every_line_is_classified() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/pages/page_credits.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let parsed = ingest::page::parse(&text, "p.txt", 1);
    assert_eq!(parsed.lines.len(), text.lines().count());
    let furniture: Vec<&str> = parsed.furniture().collect();
    assert_eq!(furniture.len(), 5);
    assert!(furniture[0].starts_with("人民日报"));
    let line = |no: usize| &parsed.lines[no - 1];
    assert_eq!(line(9).rule.name(), "page-credit");
    assert_eq!(line(3).class.name(), "title");
    assert_eq!(line(5).class.name(), "dateline");
    assert_eq!(line(2).class.name(), "blank");
}

/// The photographer of an agency credit is a person fact; the agency is not part of the name.
#[test]
fn agency_credit_names_the_photographer() {
    let page = page_file("photo_agency.txt");
    let people = dubao::facts::people::credits(by_title(&page, "云海日出"));
    let names: Vec<_> = people
        .iter()
        .map(|f| (f.name.as_deref(), f.role.as_deref()))
        .collect();
    assert_eq!(names, [(Some("李四"), Some("photographer"))]);
}

/// A short exclamation with a comma is a paragraph inside an article, but a title right above
/// a dateline.
#[test]
fn a_short_sentence_above_a_dateline_is_a_title() {
    let page = parse(
        "t.txt",
        "奋斗吧，青年！\n\n本报讯 近日，青年创业大赛举行。\n\n大家都说，真不错！\n\n比赛共吸引200余支队伍参加。\n",
    );
    assert_eq!(titles(&page), [["奋斗吧，青年！"]]);
    assert_eq!(page.articles[0].paragraphs.len(), 3);
}

#[test]
fn a_header_whose_date_names_no_day_is_still_the_header() {
    let page = parse(
        "typo.txt",
        "南方日报 2025年13月3日 A05 区域\n\n开发区签约项目12个\n\n　　本报讯 开发区签约项目12个，总投资30亿元。\n",
    );
    assert_eq!(titles(&page), [["开发区签约项目12个"]]);
    assert_eq!(page.paper.as_deref(), Some("南方日报"));
    assert_eq!(page.page_no, Some(5));
    assert_eq!(page.date, None, "no day is guessed");
    assert_eq!(page.year, Some(2025));
}

/// A byline whose surname is also the role word `文` (text by) closes its article like any
/// other name: it is no kicker of the next article's title.
#[test]
fn a_byline_named_wen_closes_its_article() {
    let text = "\
开发区召开经济运行分析会

会议强调，要全力推进项目建设，为良好开局提供坚实的项目支撑。

文欣

襄垣经开区潞北三路开工

科学导报讯 襄垣经济技术开发区潞北三路道路工程开工建设。
";
    let page = parse("wen.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["开发区召开经济运行分析会"],
            vec!["襄垣经开区潞北三路开工"]
        ],
    );
    assert_eq!(page.articles[0].byline, ["文欣"]);
}

/// A title with its author under it, after an article that ended with no byline, opens a new
/// article: before, it became a sub-head of the article above and its author an article of
/// its own with no title.
#[test]
fn a_title_with_its_author_under_it_opens_an_article() {
    let text = "\
夜间经济点亮城市

本报讯 多地推出夜市、夜游等消费新场景，夜间消费规模持续扩大。


奋力谱写高质量发展新篇章

本报评论员

一

高质量发展是全面建设社会主义现代化国家的首要任务。

二

推动高质量发展，必须坚持创新驱动。


郑州航空港区签约19个项目

本报记者 孙静

2月8日，郑州航空港经济综合实验区举行重点项目集中签约活动。
";
    let page = parse("authors.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec!["夜间经济点亮城市"],
            vec!["奋力谱写高质量发展新篇章"],
            vec!["郑州航空港区签约19个项目"],
        ],
    );
    assert_eq!(page.articles[1].byline, ["本报评论员"]);
    assert_eq!(page.articles[2].byline, ["孙静"]);
    assert!(page.articles.iter().all(|a| !a.title.is_empty()));
}

#[test]
fn names_spaced_out_to_align_and_credits_without_colons() {
    let page = parse(
        "spaced.txt",
        "2025年12月3日 星期三\n第 5 版 区域经济\n\n西部陆海新通道跑出加速度\n\n本报记者 吴 陆\n\n\
         今年以来，西部陆海新通道班列累计开行1.2万列，同比增长18%。\n\n\
         本版编辑 陈 静 美 编 王子萱\n",
    );
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.title, ["西部陆海新通道跑出加速度"]);
    // A two-char name spaced to the width of a three-char one is one name.
    assert_eq!(a.byline, ["吴陆"]);
    // The editors' credit is the page's, written with spaces instead of a colon.
    assert!(
        a.paragraphs.iter().all(|p| !p.contains("王子萱")),
        "{:?}",
        a.paragraphs
    );
}

#[test]
fn a_masthead_over_the_header_names_the_paper() {
    let page = parse(
        "masthead.txt",
        "经济日报\n2025年12月24日 星期三 第5版 区域经济\n\n开放创新高地加快建设\n本报记者 刘洋\n\n\
         \u{3000}\u{3000}12月20日，园区举行重大项目集中签约仪式，15个项目落户园区。\n",
    );
    assert_eq!(page.paper.as_deref(), Some("经济日报"));
    assert_eq!(page.page_no, Some(5));
    assert_eq!(titles(&page), [["开放创新高地加快建设"]]);
    // Alone, a paper's name above a title stays a kicker: only a header beside it makes it a masthead.
    let page = parse(
        "kicker.txt",
        "科学导报\n开放创新高地加快建设\n\n　　12月20日，园区举行重大项目集中签约仪式。\n",
    );
    assert_eq!(page.paper, None);
    assert_eq!(titles(&page), [["科学导报", "开放创新高地加快建设"]]);
}

#[test]
fn a_caption_credits_a_spaced_name() {
    let page = parse(
        "caption.txt",
        "新项目陆续开工\n\n　　今年以来，一批新项目陆续开工建设，为县域经济注入动力。\n\n\
         \u{3000}\u{3000}图为开发区新建厂房。　记者 刘 洋 摄\n\n聚焦产业升级\n企业扩产提速\n\n\
         \u{3000}\u{3000}多家企业分别投资建设新项目。\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["新项目陆续开工"], vec!["聚焦产业升级", "企业扩产提速"]]
    );
    let a = &page.articles[0];
    assert_eq!(a.captions.len(), 1, "{:?}", a.paragraphs);
    assert_eq!(a.captions[0].text.as_deref(), Some("图为开发区新建厂房。"));
    assert_eq!(a.captions[0].credit.as_deref(), Some("刘洋"));
}

#[test]
fn a_bulleted_byline_under_the_title() {
    let page = parse(
        "bullets.txt",
        "县经济开发区新上项目20个\n■ 本报记者 张明\n\n\u{3000}\u{3000}今年以来，一批新项目陆续开工建设。\n\n\
         园区经济跑出加速度\n□ 记者 王 刚 通讯员 李四\n\n\u{3000}\u{3000}今年以来，园区经济持续向好。\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["县经济开发区新上项目20个"], vec!["园区经济跑出加速度"]]
    );
    assert_eq!(page.articles[0].byline, ["张明"]);
    assert_eq!(page.articles[1].byline, ["王刚", "李四"]);
}

/// A front-page story continued here, an interview, numbered photos and a dashed subtitle, as a
/// national daily prints them.
#[test]
fn jump_lines_interviews_numbered_photos_and_dashed_subtitles() {
    let text = "2025年12月3日 星期三 第2版 要闻\n\n（上接第一版）\n\
        \u{3000}\u{3000}会议强调，要坚持稳中求进工作总基调。\n\n\
        新质生产力加快培育\n——来自长三角一体化示范区的调查\n本报记者 王明\n\n\
        \u{3000}\u{3000}本报上海12月2日电 示范区成立五年来，累计推进重点项目140余个。\n\
        \u{3000}\u{3000}记者：示范区下一步有何打算？\n\
        \u{3000}\u{3000}张强：一是推进跨域项目，二是优化营商环境。\n\n\
        图①：示范区内的水乡客厅。\u{3000}本报记者 王明摄\n\n（下转第四版）\n";
    let page = parse("national.txt", text);
    assert_eq!(
        titles(&page),
        [
            vec![],
            vec!["新质生产力加快培育", "——来自长三角一体化示范区的调查"]
        ]
    );
    let a = &page.articles[1];
    assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
    assert!(a.paragraphs[1].contains("记者：示范区下一步有何打算？"));
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        a.captions[0].text.as_deref(),
        Some("图①：示范区内的水乡客厅。")
    );
    let parsed = ingest::page::parse(text, "national.txt", 1);
    let rule = |no: usize| parsed.lines[no - 1].rule.name();
    let class = |no: usize| parsed.lines[no - 1].class.name();
    assert_eq!((rule(3), rule(16)), ("jump-line", "jump-line"));
    assert_eq!((class(6), class(7)), ("title", "subtitle"));
}

#[test]
fn a_county_papers_page_line_is_furniture() {
    let page = parse(
        "county.txt",
        "兴县报\u{3000}2025年11月18日\u{3000}星期二\u{3000}第1版\u{3000}要闻\n版次：01\u{3000}\u{3000}责任编辑：刘丽\n\n\
         我县召开重点项目推进会\n\u{3000}\u{3000}本报讯（通讯员 高峰）11月16日，我县召开全县重点项目推进会。\n",
    );
    assert_eq!(page.paper.as_deref(), Some("兴县报"));
    assert_eq!(titles(&page), [["我县召开重点项目推进会"]]);
}

#[test]
fn a_database_exports_labelled_fields() {
    let page = page_file("labelled_export.txt");
    assert_eq!(
        titles(&page),
        [
            vec![
                "为民营企业发展营造更好环境",
                "山西出台二十条措施",
                "涵盖市场准入、要素保障、权益保护等方面"
            ],
            vec![
                "园区动态",
                "开放型经济再上新台阶",
                "太原综保区进出口额创新高"
            ]
        ]
    );
    // The label, not the length, names the main title: the kicker is the longer line.
    assert_eq!(page.articles[0].headline(), "山西出台二十条措施");
    assert_eq!(page.articles[1].headline(), "太原综保区进出口额创新高");
    assert_eq!(page.articles[0].byline, ["王晓丽"]);
    assert_eq!(page.articles[0].paragraphs.len(), 2);
    assert_eq!(page.articles[1].paragraphs.len(), 2);
    // The edition comes from the labelled fields.
    assert_eq!(page.paper.as_deref(), Some("山西经济日报"));
    assert_eq!(page.date.as_deref(), Some("2025-12-24"));
    assert_eq!(page.page_no, Some(3));
    assert_eq!(page.section.as_deref(), Some("园区经济"));
    let text = std::fs::read_to_string(format!(
        "{}/tests/pages/labelled_export.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("test page exists");
    let parsed = ingest::page::parse(&text, "labelled_export.txt", 1);
    let class = |no: usize| parsed.lines[no - 1].class.name();
    assert_eq!(
        (class(1), class(2), class(3), class(4), class(9)),
        ("kicker", "title", "subtitle", "byline", "furniture")
    );
}

#[test]
fn labels_before_colons_and_a_title_after_an_open_article() {
    // One labelled title line after an article with no byline still opens a new article (an
    // unlabelled short line there would be a sub-head).
    let text = "主题：园区项目集中开工\n\u{3000}\u{3000}12月20日，开发区18个项目集中开工，总投资56亿元。\n\
        主题：招商推介会在深圳举行\n\u{3000}\u{3000}推介会上，开发区签约项目12个。\n\
        \u{3000}\u{3000}标题：这个词在句中不是标签，只是正文的开头，句子很长很长，很长很长很长很长很长很长很长很长很长很长很长很长很长。\n";
    let page = parse("colons.txt", text);
    assert_eq!(
        titles(&page),
        [["园区项目集中开工"], ["招商推介会在深圳举行"]]
    );
    assert_eq!(page.articles[1].paragraphs.len(), 2);
}

#[test]
fn a_charts_source_and_maker_are_its_caption_in_the_article_above() {
    let text = "经济日报　2025年12月24日　星期三　第5版　产经\n\n前11个月全国规模以上工业增加值增长\n\
        \u{3000}\u{3000}本报北京12月23日讯（记者 王明）国家统计局23日发布数据，前11个月全国规模以上工业增加值同比增长6.1%。\n\
        \u{3000}\u{3000}分行业看，装备制造业增长较快。\n\n\
        前11个月工业增加值增速\n数据来源：国家统计局\n制图：张芳\n\n\
        新能源汽车产销两旺\n\u{3000}\u{3000}本报讯　今年以来，新能源汽车产销持续增长。\n\n\
        资料来源：中国汽车工业协会\u{3000}\u{3000}制图：李明\n";
    let page = parse("chart.txt", text);
    assert_eq!(
        titles(&page),
        [
            ["前11个月全国规模以上工业增加值增长"],
            ["新能源汽车产销两旺"]
        ]
    );
    let captions = |k: usize| -> Vec<Option<String>> {
        page.articles[k]
            .captions
            .iter()
            .map(|c| c.text.clone())
            .collect()
    };
    assert_eq!(
        captions(0),
        [Some(
            "前11个月工业增加值增速数据来源：国家统计局\u{3000}制图：张芳".to_owned()
        )]
    );
    assert_eq!(
        captions(1),
        [Some(
            "资料来源：中国汽车工业协会\u{3000}\u{3000}制图：李明".to_owned()
        )]
    );
    let parsed = ingest::page::parse(text, "chart.txt", 1);
    let rule = |no: usize| parsed.lines[no - 1].rule.name();
    assert_eq!(
        (rule(7), rule(8), rule(9)),
        ("caption-lines", "chart-credit", "chart-credit")
    );
}

#[test]
fn an_article_copied_from_a_website_keeps_its_furniture_out() {
    // 新华网: a date, time and source line under the title, 【纠错】 and the editor at the end.
    let page = parse(
        "xinhua.txt",
        "国家级经开区前11个月实际使用外资增长5%\n\n2025-12-23 18:30:25\u{3000}来源：新华网\n\n\
         \u{3000}\u{3000}新华社北京12月23日电（记者王浩）商务部23日发布数据，国家级经济技术开发区实际使用外资同比增长5%。\n\n\
         【纠错】\u{3000}【责任编辑：王芳】\n",
    );
    assert_eq!(titles(&page), [["国家级经开区前11个月实际使用外资增长5%"]]);
    assert_eq!(page.date.as_deref(), Some("2025-12-23"));
    // 人民网: the editors in brackets, the paper's source line.
    let page = parse(
        "people.txt",
        "山西：开发区改革创新提速\n\n\u{3000}\u{3000}本报太原12月23日电（记者乔栋）山西省开发区今年实现营业收入2万亿元。\n\n\
         （责编：王芳、李明）\n\n《 人民日报 》（ 2025年12月24日   第 01 版）\n",
    );
    assert_eq!(titles(&page), [["山西：开发区改革创新提速"]]);
    assert_eq!(page.paper.as_deref(), Some("人民日报"));
    assert_eq!(
        (page.date.as_deref(), page.page_no),
        (Some("2025-12-24"), Some(1))
    );
}

#[test]
fn a_pdf_converters_spread_header_and_footer() {
    // pdftotext -layout spreads a header's fields across the page with runs of spaces: the line
    // is wider than any line of text, but it is the page's header, and the wrapped text under it
    // is still read at its own right edge.
    let gap = " ".repeat(24);
    let page = parse(
        "pdf.txt",
        &format!(
            "2025年11月18日 星期二{gap}山西日报{gap}第 3 版 经济\n\
             太原经开区前10月实际利用外资增长两成\n\
             本报记者 刘晓燕\n\
             \u{3000}\u{3000}今年以来，太原经济技术开发区坚持把招商引资作为“一号工程”，\n\
             前10个月实际利用外资1.2亿美元，同比增长21.3%。园区新签约项\n\
             目46个，总投资286亿元，其中10亿元以上项目9个。\n\
             \u{3000}\u{3000}“我们组建了6个产业链招商专班，由区领导带队外出招商。”太\n\
             原经开区管委会副主任王建军介绍，截至10月底，全区规上工业企\n\
             业达到312家。\n\n\
             大同经开区新能源产业集群加速成形\n\
             \u{3000}\u{3000}本报记者 李华\n\
             \u{3000}\u{3000}记者从大同经济技术开发区获悉，今年1至10月，园区新能源产业\n\
             实现产值156亿元，同比增长18.6%。\n\n\
             山西日报{gap}2025年11月18日{gap}第 3 版\n"
        ),
    );
    assert_eq!(
        (page.paper.as_deref(), page.date.as_deref(), page.page_no),
        (Some("山西日报"), Some("2025-11-18"), Some(3))
    );
    assert_eq!(page.section.as_deref(), Some("经济"));
    assert_eq!(
        titles(&page),
        [
            ["太原经开区前10月实际利用外资增长两成"],
            ["大同经开区新能源产业集群加速成形"]
        ]
    );
    let second = by_title(&page, "大同经开区新能源产业集群加速成形");
    assert_eq!(second.byline, ["李华"]);
    assert_eq!(
        second.paragraphs,
        ["记者从大同经济技术开发区获悉，今年1至10月，园区新能源产业实现产值156亿元，同比增长18.6%。"]
    );
    let first = by_title(&page, "太原经开区前10月实际利用外资增长两成");
    assert_eq!(first.paragraphs.len(), 2);
    assert!(page
        .articles
        .iter()
        .all(|a| a.paragraphs.iter().all(|p| !p.contains("山西日报"))));
}

#[test]
fn a_tables_rows_are_paragraphs_of_their_article() {
    // Cells apart by tabs (a table copied from a web page) or by runs of spaces (from a PDF):
    // each row is a paragraph of the article it sits in, never its title, never joined to the
    // row above or the paragraph below.
    let page = parse(
        "table.txt",
        "山西科技报  2025年12月2日  第5版\n\n\
         全省开发区前三季度主要指标\n\n\
         开发区\t营业收入（亿元）\t增速（%）\n\
         太原经开区\t1,286.5\t12.3\n\
         晋中高新区\t856.2\t9.8\n\
         \u{3000}\u{3000}据省商务厅统计，前三季度全省开发区实现营业收入1.2万亿元，同比增长10.6%。\n\n\
         运城经开区优化营商环境\n\
         \u{3000}\u{3000}今年以来，运城经开区新引进项目23个，主要指标如下：\n\
         指标      数值      同比\n\
         新签项目      23个      +15%\n\
         \u{3000}\u{3000}园区管委会主任赵刚表示，将继续深化改革。\n",
    );
    assert_eq!(
        titles(&page),
        [["全省开发区前三季度主要指标"], ["运城经开区优化营商环境"]]
    );
    let first = by_title(&page, "全省开发区前三季度主要指标");
    assert_eq!(
        first.paragraphs,
        [
            "开发区  营业收入（亿元）  增速（%）",
            "太原经开区  1,286.5  12.3",
            "晋中高新区  856.2  9.8",
            "据省商务厅统计，前三季度全省开发区实现营业收入1.2万亿元，同比增长10.6%。",
        ]
    );
    let second = by_title(&page, "运城经开区优化营商环境");
    assert_eq!(second.paragraphs.len(), 4, "{:?}", second.paragraphs);
    assert_eq!(second.paragraphs[1], "指标      数值      同比");
    // One line with a wide gap is no table.
    let page = parse(
        "gap.txt",
        "运城经开区优化营商环境\n本报记者  王强\n\u{3000}\u{3000}今年以来，运城经开区新引进项目23个。\n",
    );
    assert_eq!(titles(&page), [["运城经开区优化营商环境"]]);
}

#[test]
fn an_ocr_page_spaced_out_char_by_char() {
    // A recogniser's output of a scanned page: a space between every two chars. The page is
    // read (and shown) with them closed up; the header's wide gaps stay gaps.
    let page = parse(
        "ocr.txt",
        "山 西 科 技 报    2025 年 10 月 9 日    第 2 版\n\n\
         运 城 经 开 区 优 化 营 商 环 境\n\n\
         本 报 记 者  王 强\n\n\
         今 年 以 来 ， 运 城 经 济 技 术 开 发 区 推 出 “ 拿 地 即 开 工 ” 改 革 ， 新 引 进 项 目 23 个 ， 总 投 资 96 亿 元 。\n\n\
         园 区 管 委 会 主 任 赵 刚 表 示 ， 将 继 续 深 化 “ 放 管 服 ” 改 革 。\n",
    );
    assert_eq!(
        (page.paper.as_deref(), page.date.as_deref(), page.page_no),
        (Some("山西科技报"), Some("2025-10-09"), Some(2))
    );
    assert_eq!(titles(&page), [["运城经开区优化营商环境"]]);
    let a = &page.articles[0];
    assert_eq!(a.byline, ["王强"]);
    assert_eq!(a.zone.as_deref(), Some("运城经济技术开发区"));
    assert_eq!(
        a.paragraphs[0],
        "今年以来，运城经济技术开发区推出“拿地即开工”改革，新引进项目23个，总投资96亿元。"
    );
}

#[test]
fn a_page_saved_as_markdown_reads_without_its_marks() {
    let page = parse(
        "clip.md",
        "# 太原经开区前10月实际利用外资增长两成\n\n**来源：山西日报** | 2025-11-18 08:30\n\n\
![太原经开区](https://img.example.com/a.jpg)\n\n\
今年以来，**太原经济技术开发区**坚持把招商引资作为“一号工程”，前10个月实际利用外资1.2亿美元。\n\n\
> “我们组建了6个产业链招商专班。”太原经开区管委会副主任王建军介绍。\n\n\
## 主要指标\n\n\
| 开发区 | 营业收入（亿元） | 增速（%） |\n| --- | ---: | ---: |\n\
| 太原经开区 | 1,286.5 | 12.3 |\n| 晋中高新区 | 856.2 | 9.8 |\n\n\
- 年产10万吨锂电池正极材料项目，总投资35亿元；\n\
- 详见[太原经开区官网](http://www.tyda.gov.cn)。\n\n*责任编辑：张三*\n",
    );
    assert_eq!(page.date.as_deref(), Some("2025-11-18"));
    assert_eq!(titles(&page), [["太原经开区前10月实际利用外资增长两成"]]);
    let a = &page.articles[0];
    assert_eq!(
        a.paragraphs,
        [
            "今年以来，太原经济技术开发区坚持把招商引资作为“一号工程”，前10个月实际利用外资1.2亿美元。",
            "“我们组建了6个产业链招商专班。”太原经开区管委会副主任王建军介绍。",
            "主要指标",
            "开发区  营业收入（亿元）  增速（%）",
            "太原经开区  1,286.5  12.3",
            "晋中高新区  856.2  9.8",
            "年产10万吨锂电池正极材料项目，总投资35亿元；",
            "详见太原经开区官网。",
        ]
    );
    // No mark of the source is left anywhere in the page.
    let all: String = a.title.iter().chain(&a.paragraphs).cloned().collect();
    for mark in ["#", "**", "](", "|", "> "] {
        assert!(!all.contains(mark), "{mark} left in {all}");
    }
}

#[test]
fn a_news_websites_buttons_and_link_list_are_its_furniture() {
    let page = parse(
        "rmw.txt",
        "国家级经开区前三季度实际使用外资1850亿元\n\
2025年11月18日05:42 | 来源：人民网－人民日报\n小字号\n\n\
本报北京11月17日电  （记者罗珊珊）记者从商务部获悉：今年前三季度，国家级经开区地区生产总值同比增长5.8%。\n\n\
商务部外国投资管理司负责人表示，国家级经开区在稳外贸稳外资方面发挥了重要作用。\n\n\
《 人民日报 》（ 2025年11月18日 02 版）\n(责编：王震、王博)\n\n分享让更多人看到\n\n\
推荐阅读\n苏州工业园区连续九年位居国家级经开区综合考评第一\n天津经开区新签约项目42个\n",
    );
    // The site's date line names the paper it copied; the source line under the article its page.
    assert_eq!(page.paper.as_deref(), Some("人民日报"));
    assert_eq!(page.date.as_deref(), Some("2025-11-18"));
    assert_eq!(page.page_no, Some(2));
    // One article: the buttons, the editors' credit and the links to other articles are no part
    // of it, and the links make no article of their own.
    assert_eq!(
        titles(&page),
        [["国家级经开区前三季度实际使用外资1850亿元"]]
    );
    let a = &page.articles[0];
    assert_eq!(a.reporters, ["罗珊珊"]);
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_series_label_over_a_title_is_its_kicker_not_a_byline() {
    let page = parse(
        "series.txt",
        "经济日报  2025年11月20日  星期四  第 6 版  区域\n\n\
走进经开区·合肥篇\n合肥经开区：新能源汽车产业链加速集聚\n□ 本报记者 王明\n\n\
\u{3000}\u{3000}11月19日，在合肥经济技术开发区的一家新能源汽车整车工厂，每分钟就有一辆新车下线。\n",
    );
    assert_eq!(
        titles(&page),
        [["走进经开区·合肥篇", "合肥经开区：新能源汽车产业链加速集聚"]]
    );
    assert_eq!(page.articles[0].byline, ["王明"]);
}

/// A front page's index of the edition and a column of news in brief.
const FRONT_PAGE: &str = "山西经济日报
2026年1月8日 星期四 第1版 要闻

全省开发区2025年主要指标稳中有进
实际利用外资同比增长12.4%

　　本报讯（记者 刘洋）1月7日，记者从省商务厅获悉，2025年全省开发区实现地区生产总值8650亿元，同比增长6.8%。
　　省商务厅有关负责人表示，2026年将继续深化开发区体制机制改革。

本版导读
2版 ▶ 太原经开区：新能源汽车产业链加速成形
3版 ▶ 晋中高新区数字经济产业园一期竣工
评论：让开发区成为改革开放的排头兵……4版

简讯
■ 1月6日，运城经开区与3家企业签约，总投资18亿元。
■ 大同经开区新能源装备制造基地项目日前开工，项目总投资25亿元。
";

#[test]
fn a_front_pages_index_and_its_news_in_brief_are_articles_of_their_own() {
    let page = parse("front.txt", FRONT_PAGE);
    assert_eq!(
        titles(&page),
        [
            vec![
                "全省开发区2025年主要指标稳中有进",
                "实际利用外资同比增长12.4%"
            ],
            vec!["本版导读"],
            vec!["简讯"],
        ],
    );
    let index = by_title(&page, "本版导读");
    assert_eq!(index.paragraphs.len(), 3, "{:?}", index.paragraphs);
    assert!(index.paragraphs[2].ends_with("……4版"));
    let briefs = by_title(&page, "简讯");
    assert!(
        briefs.byline.is_empty(),
        "简讯 is no name: {:?}",
        briefs.byline
    );
    assert_eq!(briefs.paragraphs.len(), 2);
    let lead = &page.articles[0];
    assert_eq!(lead.paragraphs.len(), 2, "{:?}", lead.paragraphs);
}

/// A notice closed by its issuer and date (落款), and a notice after it.
const NOTICES: &str = "2025年12月24日 星期三 第8版 公告

太原经济技术开发区管理委员会
关于2026年度重点项目招商推介的公告

　　为进一步优化营商环境，加快重点项目落地，现将有关事项公告如下：
　　一、推介项目。新能源汽车零部件产业园等12个项目，总投资86亿元。
　　特此公告。

太原经济技术开发区管理委员会
2025年12月20日

遗失声明
　　山西某某科技有限公司遗失营业执照副本一份，声明作废。
";

#[test]
fn a_notices_issuer_and_date_close_it() {
    let page = parse("notices.txt", NOTICES);
    assert_eq!(
        titles(&page),
        [
            vec![
                "太原经济技术开发区管理委员会",
                "关于2026年度重点项目招商推介的公告"
            ],
            vec!["遗失声明"],
        ],
    );
    let notice = &page.articles[0];
    assert_eq!(
        notice.paragraphs[notice.paragraphs.len() - 2..],
        ["太原经济技术开发区管理委员会", "2025年12月20日"]
    );
    assert_eq!(page.articles[1].paragraphs.len(), 1);
}

/// Articles apart by rule lines, one of them a title-only box above the rule.
const RULED: &str = "数说经开区
1286.5亿元
地区生产总值

——————————————

晋中经开区打造数字经济新高地

　　今年以来，晋中经济技术开发区聚焦数字经济，新引进项目23个，总投资156亿元。

＊＊＊

　　王建军从事招商工作20年，累计引进项目上百个。
";

#[test]
fn a_rule_line_ends_what_is_above_it() {
    let page = parse("ruled.txt", RULED);
    assert_eq!(
        titles(&page),
        [
            vec!["数说经开区", "1286.5亿元", "地区生产总值"],
            vec!["晋中经开区打造数字经济新高地"],
            vec![],
        ],
    );
    assert_eq!(page.articles[1].paragraphs.len(), 1);
    assert!(page.articles[2].paragraphs[0].starts_with("王建军"));
    // The column title's verb is no place: 数说 names no zone.
    assert_eq!(page.articles[0].zone, None);
}

/// Lines a paper prints over a title belong to the article under it: an editor's note
/// introducing a series (it had been an article of its own with no title) and a text-and-photo
/// credit (it had been the byline of the article above). A table's lead-in under a title is
/// the table's heading, not the main title with the real title as its kicker (and the dateline
/// under the table no new article with no title). A credit closing an article, apart from the
/// next title, still signs the article above.
#[test]
fn lines_over_a_title_belong_to_the_article_under_it() {
    let page = page_file("above_title.txt");
    assert_eq!(
        titles(&page),
        [
            vec!["走进经开区·合肥篇", "合肥经开区：新能源汽车产业链加速集聚"],
            vec!["长沙经开区工程机械出口增长两成"],
            vec!["全省开发区前三季度运行平稳"],
        ]
    );
    let hefei = &page.articles[0];
    assert!(hefei.paragraphs[0].starts_with("编者按："), "{hefei:?}");
    assert_eq!(hefei.paragraphs.len(), 3);
    assert_eq!(hefei.byline, ["王明"]);
    let changsha = &page.articles[1];
    assert_eq!(changsha.byline, ["张三"]);
    assert_eq!(changsha.paragraphs.len(), 2);
    let table = &page.articles[2];
    assert_eq!(table.dateline.as_deref(), Some("本报讯"));
    assert_eq!(table.paragraphs[0], "2025年前三季度全省开发区主要经济指标");
    assert_eq!(table.paragraphs.len(), 5);
    assert_eq!(table.byline, ["李四"]);
}

/// A post copied from a WeChat public account: its buttons and its source line are the
/// platform's, not an article's.
const WECHAT: &str = "太原经开区：新能源汽车产业链加速成形

点击蓝字 关注我们

　　12月19日，太原经济技术开发区举行新能源汽车产业链项目集中签约仪式，8个项目现场签约，总投资56亿元。

来源：太原经开区融媒体中心
编辑：王丽
审核：张军

分享
在看
阅读原文
";

#[test]
fn a_wechat_posts_buttons_and_source_line_are_furniture() {
    let page = parse("wechat.txt", WECHAT);
    assert_eq!(
        titles(&page),
        [vec!["太原经开区：新能源汽车产业链加速成形"]]
    );
    assert_eq!(page.articles[0].paragraphs.len(), 1);
}

/// A PDF converted with its layout kept prints two columns side by side, a run of spaces
/// between them: each column reads as its own article, its wrapped lines one paragraph again,
/// and a paragraph break in one column (an indented line) stays one.
#[test]
fn two_columns_side_by_side_read_one_after_the_other() {
    let page = parse(
        "columns.txt",
        concat!(
            "大众日报　2025年10月22日　星期三　第6版　县域经济\n",
            "\n",
            "烟台经开区：海上风电装备产业集群成型          潍坊滨海经济技术开发区打造化工新材料高地\n",
            "　　本报记者 张 环泽                          　　本报记者 宋 弢\n",
            "　　10月20日，在烟台经济技术开发区的东方电气   　　10月19日，潍坊滨海经济技术开发区内，国邦\n",
            "（烟台）风电有限公司生产车间里，风电机组叶片   医药化工新材料项目二期工程正在安装调试，该项\n",
            "正在加紧生产，前三季度实现产值48.6亿元。      目总投资32亿元。\n",
            "　　烟台经开区管委会副主任王海涛介绍，开发区已   　　潍坊滨海区管委会主任刘国庆表示，滨海区已\n",
            "集聚风电装备企业56家，形成完整产业链。         形成三条产业链。\n",
        ),
    );
    assert_eq!(
        titles(&page),
        [
            ["烟台经开区：海上风电装备产业集群成型"],
            ["潍坊滨海经济技术开发区打造化工新材料高地"]
        ]
    );
    let left = &page.articles[0];
    assert_eq!(left.byline, ["张环泽"]);
    assert_eq!(
        left.paragraphs,
        [
            "10月20日，在烟台经济技术开发区的东方电气（烟台）风电有限公司生产车间里，\
             风电机组叶片正在加紧生产，前三季度实现产值48.6亿元。",
            "烟台经开区管委会副主任王海涛介绍，开发区已集聚风电装备企业56家，形成完整产业链。",
        ]
    );
    let right = &page.articles[1];
    assert_eq!(right.byline, ["宋弢"]);
    assert_eq!(
        right.paragraphs,
        [
            "10月19日，潍坊滨海经济技术开发区内，国邦医药化工新材料项目二期工程正在安装调试，\
             该项目总投资32亿元。",
            "潍坊滨海区管委会主任刘国庆表示，滨海区已形成三条产业链。",
        ]
    );
}

/// Where a byline says its reporters filed from (`上海报道`, `台北報導`) is no name, but the
/// page says it: it is the article's dateline.
#[test]
fn where_the_reporters_filed_from_is_the_dateline() {
    let page = parse(
        "filed.txt",
        "经济参考报　2026年1月13日　星期二　第A05版　深度\n\n储能超级工厂满产\n\n\
         本报记者 李 果 上海报道\n\n\u{3000}\u{3000}4月3日，储能超级工厂实现满产。\n\n\
         经开区转型升级进入深水区\n\n\u{3000}\u{3000}本报记者 王 璐 班 娟娟 上海、合肥报道\n\n\
         \u{3000}\u{3000}新年伊始，合肥经济技术开发区的企业服务中心里人头攒动。\n",
    );
    let a = by_title(&page, "储能超级工厂满产");
    assert_eq!(a.byline, ["李果"]);
    assert_eq!(a.dateline.as_deref(), Some("上海报道"));
    let b = by_title(&page, "经开区转型升级进入深水区");
    assert_eq!(b.byline, ["王璐", "班娟娟"]);
    assert_eq!(b.dateline.as_deref(), Some("上海、合肥报道"));
}
/// A work bulletin's masthead (its issuer's unit, its name, its issue, the issuer over the
/// date) is the page's header: the date is the page's and the first report's title is its own.
#[test]
fn a_bulletins_masthead_is_its_header() {
    let page = parse(
        "bulletin.txt",
        "常州国家高新区（新北区）\n工\u{3000}作\u{3000}简\u{3000}报\n第 3 期\n\
         常州国家高新区管委会办公室\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2026年2月27日\n\n\
         2026年1—2月全区重点工作进展情况\n\n\
         \u{3000}\u{3000}1—2月，全区实现规上工业总产值412.6亿元，同比增长7.8%。\n",
    );
    assert_eq!(page.date.as_deref(), Some("2026-02-27"));
    assert_eq!(page.paper.as_deref(), Some("常州国家高新区管委会办公室"));
    assert_eq!(titles(&page), [["2026年1—2月全区重点工作进展情况"]]);
}

/// A bulletin whose name and issue are set without a blank line between them, whose issuer
/// says it prints it (`…编印`), and which lists its reports in a contents box: the masthead, the
/// header and the box are furniture (the box's entries are the reports' headings again), and
/// each numbered report is an item of its own, where a paper's `一、…二、…` are one article's parts.
#[test]
fn a_bulletins_contents_and_numbered_reports() {
    let page = parse(
        "bulletin.txt",
        "开发区工作简报\n2025年第24期（总第186期）\n\n\
         滁州经济技术开发区党政办公室编印\u{3000}\u{3000}\u{3000}\u{3000}2025年12月25日\n\n\
         【本期要目】\n一、我区四季度重大项目集中开工\n二、惠科光电显示模组二期项目竣工投产\n\n\
         一、我区四季度重大项目集中开工\n\
         \u{3000}\u{3000}12月24日，滁州经济技术开发区四季度重大项目集中开工仪式举行。\n\
         二、惠科光电显示模组二期项目竣工投产\n\
         \u{3000}\u{3000}12月20日，滁州惠科光电科技有限公司显示模组二期项目竣工投产。\n",
    );
    assert_eq!(page.date.as_deref(), Some("2025-12-25"));
    assert_eq!(page.paper.as_deref(), Some("滁州经济技术开发区党政办公室"));
    assert_eq!(
        titles(&page),
        [
            ["一、我区四季度重大项目集中开工"],
            ["二、惠科光电显示模组二期项目竣工投产"]
        ]
    );
    assert_eq!(page.articles[1].paragraphs.len(), 1);
    // The issuer is the zone's own office: a report naming no zone is the zone's.
    for a in &page.articles {
        assert_eq!(
            a.zone.as_deref(),
            Some("滁州经济技术开发区"),
            "{:?}",
            a.title
        );
    }
}

/// A page a converter cut at a count of chars (18 here), not of columns: lines with digits in
/// them stop short of the width a line of Han fills, and a paragraph had broken into a title
/// over its last line; a decimal cut at a line's end (`12.` over `6亿元`) had become two amounts.
#[test]
fn lines_cut_at_a_count_of_chars_rejoin_into_paragraphs() {
    let page = page_file("wrapped_by_chars.txt");
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = by_title(&page, "石嘴山经开区8个项目集中开工");
    assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
    assert!(a.paragraphs[1].contains("总投资12.6亿元，建成后"));
    assert!(a.paragraphs[1].ends_with("总投资7.5亿元。"));
    assert!(a.paragraphs[2].starts_with("经开区管委会主任王　强表示"));
    assert_eq!(a.reporters, ["李青"]);
}

/// An interview's byline over a box on its guest (`【人物简介】`): the byline is the article's,
/// the box its text; both had been read as subtitles and the reporter lost.
#[test]
fn an_interviews_byline_over_its_guests_box() {
    let page = parse(
        "interview.txt",
        "经济日报　2026年3月12日　星期四　第6版　产业\n\n园区如何当好“领头雁”\n——访某某高新区管委会主任王　珂\n\n本报记者　吴　涛\n\n【人物名片】\n王珂，1975年生，浙江宁波人。\n\n　　记者：今年有哪些重点？\n　　王珂：今年将推进十个重大项目。\n",
    );
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(
        a.title,
        ["园区如何当好“领头雁”", "——访某某高新区管委会主任王　珂"]
    );
    assert_eq!(a.byline, ["吴涛"]);
    assert_eq!(a.paragraphs[0], "【人物名片】");
    assert!(a.paragraphs[1].starts_with("王珂，1975年生"));
}

/// An English wire under a Chinese one (an overseas edition): its own article, its dateline
/// read, its text not run on into the story above.
#[test]
fn an_english_wire_is_its_own_article() {
    let page = parse(
        "wires.txt",
        "人民日报海外版　2026年3月12日　星期四　第3版　要闻\n\n　　新华社上海3月11日电（记者　周　琳）临港新片区举行项目集中开工活动。\n\nBEIJING, March 11 (Xinhua) -- China's development zones attracted more foreign investment.\nSuzhou Industrial Park topped the list.\n",
    );
    assert_eq!(page.articles.len(), 2, "{:?}", titles(&page));
    let english = &page.articles[1];
    assert_eq!(
        english.dateline.as_deref(),
        Some("BEIJING, March 11 (Xinhua)")
    );
    assert!(english.paragraphs[0].starts_with("China's development zones"));
    assert_eq!(page.articles[0].paragraphs.len(), 1);
}

/// A front page's boxes under its news: a correction (`更　正`, printed letter-spaced) is an
/// item of its own, not the story's last paragraph; a weather box keeps its forecast lines as
/// its paragraphs, not as a kicker, a title and a subtitle; the paper's imprint at the foot is
/// furniture, not the weather's text.
#[test]
fn a_front_pages_correction_weather_and_imprint() {
    let lines = [
        "晋中日报　2026年4月2日　星期四　第1版",
        "",
        "晋中高新区一季度十个项目开工",
        "",
        "　　本报讯（记者　李　明）4月1日，晋中高新技术产业开发区10个项目集中开工。",
        "",
        "更　正",
        "",
        "　　本报3月30日第2版《榆次工业园区签约项目8个》一文中，“总投资36亿元”应为“总投资63亿元”。特此更正。",
        "",
        "天气预报",
        "",
        "　　榆次：晴转多云　2℃～16℃　西北风3级",
        "　　太谷：多云　1～15℃　北风2级",
        "　　（晋中市气象台4月1日17时发布）",
        "",
        "本报地址：晋中市榆次区顺城街1号　邮编：030600　　零售价：1.00元",
    ];
    let page = parse("front.txt", &(lines.join("\n") + "\n"));
    assert_eq!(page.articles.len(), 3, "{:?}", titles(&page));
    let news = by_title(&page, "晋中高新区一季度十个项目开工");
    assert_eq!(news.paragraphs.len(), 1, "{:?}", news.paragraphs);
    let correction = by_title(&page, "更　正");
    assert!(correction.paragraphs[0].ends_with("特此更正。"));
    let weather = by_title(&page, "天气预报");
    assert_eq!(weather.title, ["天气预报"]);
    assert_eq!(weather.paragraphs.len(), 3, "{:?}", weather.paragraphs);
    assert!(weather.paragraphs[0].contains("榆次：晴转多云"));
    assert!(weather.paragraphs[2].contains("气象台"));
    let all: String = page
        .articles
        .iter()
        .flat_map(|a| a.title.iter().chain(&a.paragraphs))
        .cloned()
        .collect();
    assert!(!all.contains("本报地址"), "imprint read as text");
}

/// A scan's text breaks a paragraph after a short line, mid-word (`…副主任谢鹏表` over
/// `示，…`): the short line opens the paragraph, not a sub-head over it.
#[test]
fn a_short_line_cut_mid_word_opens_its_paragraph() {
    let lines = [
        "湖南日报　2026年3月12日　星期四　第5版　经济",
        "",
        "岳麓高新区人工智能企业集聚",
        "",
        "    本报讯（记者 陈亮）3月10日，岳麓高新技术产业开发区新增人工智能企业28家。",
        "    湘江新区管委会副主任谢鹏表",
        "示，岳麓高新区将打造产业生态。",
    ];
    let page = parse("ocr.txt", &(lines.join("\n") + "\n"));
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert_eq!(a.title, ["岳麓高新区人工智能企业集聚"]);
    assert_eq!(
        a.paragraphs.last().map(String::as_str),
        Some("湘江新区管委会副主任谢鹏表示，岳麓高新区将打造产业生态。")
    );
}

/// A supplement's directory of companies (a name over its address and telephone lines) is a
/// part of the supplement: each entry one paragraph, not an article a company; the column's
/// credit (`（本专版由…提供）`) is the page's, not a last title.
#[test]
fn a_directory_of_companies_stays_in_its_supplement() {
    let lines = [
        "河南日报　2026年3月12日　星期四　第16版　专版",
        "",
        "投资航空港　共赢新未来",
        "",
        "　　郑州航空港经济综合实验区规划面积415平方公里。",
        "",
        "■ 重点企业名录",
        "",
        "郑州富士康精密电子有限公司",
        "地址：郑州航空港区振兴路东侧",
        "电话：0371-86558888",
        "",
        "河南华锐光电产业有限公司",
        "地址：郑州航空港区锐华路1号",
        "电话：0371-86100888",
        "",
        "■ 投资服务",
        "",
        "　　实行全程代办服务。",
        "",
        "（本专版由郑州航空港经济综合实验区管委会投资促进局提供）",
    ];
    let page = parse("supplement.txt", &(lines.join("\n") + "\n"));
    assert_eq!(page.articles.len(), 1, "{:?}", titles(&page));
    let a = &page.articles[0];
    assert!(
        a.paragraphs.iter().any(|p| p
            == "郑州富士康精密电子有限公司　地址：郑州航空港区振兴路东侧　电话：0371-86558888"),
        "{:?}",
        a.paragraphs
    );
    assert!(a
        .paragraphs
        .last()
        .is_some_and(|p| p.ends_with("全程代办服务。")));
}

/// A photo page: a body's handout printed bare under its photo (`德清县委宣传部供图`) is the
/// photo's source, not the kicker of the next photo's title, and the page's photo editor
/// (`图片编辑：王　坚`) is a footer, not a title-only article.
#[test]
fn a_photo_pages_handout_and_its_editor() {
    let lines = [
        "浙江日报　2026年3月12日　星期四　第8版　图片新闻",
        "",
        "春耕备耕正当时",
        "",
        "　　3月9日，湖州市德清县新市镇农户在田间驾驶无人插秧机作业。",
        "　　德清县委宣传部供图",
        "",
        "光伏组件出海忙",
        "",
        "　　3月10日，嘉兴秀洲高新技术产业开发区工人在包装出口产品。",
        "　　谢尚国　摄",
        "",
        "图片编辑：王　坚",
    ];
    let page = parse("photos.txt", &(lines.join("\n") + "\n"));
    assert_eq!(
        titles(&page),
        [
            vec!["春耕备耕正当时".to_owned()],
            vec!["光伏组件出海忙".to_owned()]
        ]
    );
    let first = by_title(&page, "春耕备耕正当时");
    assert!(
        first
            .captions
            .iter()
            .any(|c| c.text.as_deref() == Some("德清县委宣传部供图")),
        "{:?}",
        first.captions
    );
}

/// A caption pointing at its photo (`▲…`) over its credit starts at the pointer: the title above
/// it stays the photo's title, and the caption keeps its words without the pointer, as one with
/// its credit on the same line does.
#[test]
fn a_pointed_caption_over_its_credit_drops_the_pointer() {
    let lines = [
        "浙江日报　2026年3月12日　星期四　第8版　图片新闻",
        "",
        "温州经开区：机械臂焊接忙",
        "",
        "　　▲3月11日，温州经济技术开发区瑞立集团智能制造车间，机械臂在焊接汽车零部件。",
        "　　本报记者　徐　添　摄",
    ];
    let page = parse("pointed.txt", &(lines.join("\n") + "\n"));
    // The title over it is the photo's title, not the caption's first words.
    assert_eq!(titles(&page), [vec!["温州经开区：机械臂焊接忙".to_owned()]]);
    let captions: Vec<_> = page.articles.iter().flat_map(|a| &a.captions).collect();
    assert!(
        captions.iter().any(|c| c
            .text
            .as_deref()
            .is_some_and(|t| t.starts_with("3月11日，温州经济技术开发区"))),
        "{captions:?}"
    );
}

/// A caption with its photo's source on the same line (`图为…。　（西安高新区供图）`) is the
/// photo's caption, not the article's last paragraph.
#[test]
fn a_caption_with_its_source_in_brackets() {
    let lines = [
        "西安高新区：硬科技产业集群加速崛起",
        "■本报记者　马　晶",
        "",
        "　　12月19日，西安高新区举行重大项目集中签约活动，签约项目23个，总投资386亿元。",
        "",
        "图为西安高新区丝路软件城。　（西安高新区供图）",
    ];
    let page = parse("source.txt", &(lines.join("\n") + "\n"));
    let a = &page.articles[0];
    assert_eq!(a.paragraphs.len(), 1, "{:?}", a.paragraphs);
    assert!(
        a.captions.iter().any(|c| c
            .text
            .as_deref()
            .is_some_and(|t| t.starts_with("图为西安高新区丝路软件城"))),
        "{:?}",
        a.captions
    );
}

/// `图为…` under the closing byline of a reporter who wrote and shot (`记者　黄　云　文/摄`) is
/// the photo's caption; the reporter credited under the title too is one author.
#[test]
fn a_caption_under_a_wrote_and_shot_byline() {
    let lines = [
        "钱江晚报　2025.12.19　星期五　A8　浙商",
        "萧山经济技术开发区一年签下47个项目",
        "钱江晚报·小时新闻记者　黄　云",
        "　　今年以来，萧山经开区共签约项目47个，总投资382亿元。",
        "　　记者　黄　云　文/摄",
        "图为萧山经开区长川科技生产车间。",
    ];
    let page = parse("wenshe.txt", &(lines.join("\n") + "\n"));
    let a = &page.articles[0];
    assert_eq!(a.paragraphs.len(), 1, "{:?}", a.paragraphs);
    assert_eq!(a.byline, ["黄云"]);
    assert_eq!(
        a.captions[0].text.as_deref(),
        Some("图为萧山经开区长川科技生产车间。")
    );
}

/// A summary box set tight under its label (`核心阅读` and its paragraph) ends at the blank line
/// under it: the paragraph after that is the story's body.
#[test]
fn a_tight_summary_box_ends_at_its_blank_line() {
    let lines = [
        "合肥高新区新签约项目投资额超过680亿元",
        "本报记者 程　晨",
        "",
        "　　核心阅读",
        "　　今年以来，合肥高新区前11个月新签约亿元以上项目97个。",
        "",
        "　　冬日的合肥高新区，塔吊林立。在国仪量子新园区建设现场，工人们正在施工。",
        "　　合肥高新区管委会主任王海军告诉记者，新开工项目73个。",
    ];
    let text = lines.join("\n") + "\n";
    let parsed = ingest::page::parse(&text, "summary.txt", 1);
    let rule = |no: usize| parsed.lines[no - 1].rule.name();
    assert_eq!(rule(5), "summary-paragraph");
    assert_eq!(rule(7), "paragraph");
}
