//! Print pages in shapes the sample never takes: a speech printed in full (its occasion under
//! the title, the speaker's post and name under that); a blank line that ends a finished
//! paragraph on a page whose paragraphs are indented; a column's credit under its briefs; an
//! agency's name and date over its story; a numbered list under its lead-in; an investment
//! promotion page's records of fields; notices dated by their own sign-offs.

#[path = "support/page.rs"]
mod support;
use support::page_of;

#[test]
fn a_speakers_post_and_name_under_the_occasion_are_the_byline() {
    let page = page_of(
        "speech.txt",
        "政府工作报告（摘要）\n——2025年12月26日在宁乡经济技术开发区党工委扩大会议上\n\
         宁乡经开区管委会主任\u{3000}刘志刚\n\n各位代表、同志们：\n\
         \u{3000}\u{3000}现在，我代表管委会，向大会报告工作，请予审议。\n",
    );
    let [a] = &page.articles[..] else {
        panic!("one article: {:?}", page.articles.len());
    };
    assert_eq!(
        a.title,
        [
            "政府工作报告（摘要）",
            "——2025年12月26日在宁乡经济技术开发区党工委扩大会议上"
        ],
        "the speaker's line, the longest, had been the main title"
    );
    assert_eq!(a.headline(), "政府工作报告（摘要）");
    assert_eq!(a.byline, ["刘志刚"]);
    assert_eq!(a.byline_credits, ["宁乡经开区管委会主任"]);
}

#[test]
fn a_post_and_a_name_with_no_occasion_beside_them_stay_a_title() {
    let page = page_of(
        "profile.txt",
        "访谈\n太原经开区管委会主任\u{3000}王明\n\n\u{3000}\u{3000}记者日前专访了太原经开区管委会主任王明。\n",
    );
    assert!(page.articles[0].byline.is_empty());
}

#[test]
fn a_blank_line_ends_a_finished_paragraph_on_an_indented_page() {
    let page = page_of(
        "blank.txt",
        "南京日报 2025年12月20日 星期六 A02 要闻\n\n江北新区芯片项目投产\n\
         \u{3000}\u{3000}本报讯（记者 王敏）12月19日，江北新区一批集成电路项目集中投产，总投资86亿元。\n\
         \u{3000}\u{3000}项目负责人表示，将力争明年满产。\n\n\
         据悉，江北新区今年累计引进集成电路项目41个，产业规模突破600亿元。\n\n\
         \u{3000}\u{3000}江北新区管委会副主任李强说，新区将持续完善产业链。\n",
    );
    let a = &page.articles[0];
    assert_eq!(
        a.paragraphs,
        [
            "12月19日，江北新区一批集成电路项目集中投产，总投资86亿元。",
            "项目负责人表示，将力争明年满产。",
            "据悉，江北新区今年累计引进集成电路项目41个，产业规模突破600亿元。",
            "江北新区管委会副主任李强说，新区将持续完善产业链。",
        ],
        "the unindented line after the blank had been joined to the paragraph above"
    );
    // Without the blank, an unindented line still continues the paragraph (a column break).
    let page = page_of(
        "column.txt",
        "江北新区芯片项目投产\n\
         \u{3000}\u{3000}本报讯（记者 王敏）12月19日，江北新区一批集成电路项目集中投产，\n\
         总投资86亿元。\n\u{3000}\u{3000}项目负责人表示，将力争明年满产。\n",
    );
    assert_eq!(
        page.articles[0].paragraphs[0],
        "12月19日，江北新区一批集成电路项目集中投产，总投资86亿元。"
    );
}

#[test]
fn a_columns_credit_under_its_briefs_is_no_article() {
    let page = page_of(
        "briefs.txt",
        "重庆日报 2025年12月19日 星期五 第5版 区县新闻\n\n\
         ■【长寿经开区】化工园区智慧安全平台上线\n\
         \u{3000}\u{3000}近日，长寿经开区化工园区智慧安全监管平台正式上线运行。\n\n\
         （本栏目稿件由各区县融媒体中心提供）\n",
    );
    assert_eq!(
        page.articles.len(),
        1,
        "the column's credit had been a title-only article"
    );
}

#[test]
fn an_agencys_name_and_date_over_its_story_are_the_pages_header() {
    let page = page_of(
        "cna.txt",
        "中央社 2025年12月23日\n\n竹科三期擴建案通過環評\n\
         （中央社記者林長順新竹23日電）新竹科學園區三期擴建案今天通過環境影響評估審查。\n",
    );
    assert_eq!(page.paper.as_deref(), Some("中央社"));
    assert_eq!(page.date.as_deref(), Some("2025-12-23"));
    assert_eq!(page.articles[0].title, ["竹科三期擴建案通過環評"]);
}

#[test]
fn a_taiwanese_papers_header_in_the_minguo_era_dates_the_page() {
    let page = page_of(
        "tw.txt",
        "經濟日報\u{3000}中華民國114年12月23日\u{3000}星期二\u{3000}A6版\u{3000}產業\n\n\
         竹科三期擴建案通過環評\n\n\u{3000}\u{3000}國科會於民國114年12月22日表示，擴建區預計明年完工。\n",
    );
    assert_eq!(page.paper.as_deref(), Some("經濟日報"));
    assert_eq!(page.date.as_deref(), Some("2025-12-23"));
    assert_eq!(page.page_no, Some(6));
    assert_eq!(page.section.as_deref(), Some("產業"));
}

#[test]
fn a_governments_notice_is_titled_by_its_long_title_and_closed_by_its_attachments_and_sign_off() {
    let page = page_of(
        "notice.txt",
        "山西省人民政府关于印发山西省开发区高质量发展三年行动方案（2025—2027年）的通知\n\
         晋政发〔2025〕12号\n\n各市、县人民政府，省人民政府各委、办、厅、局：\n\
         \u{3000}\u{3000}现将《山西省开发区高质量发展三年行动方案（2025—2027年）》印发给你们，请认真贯彻执行。\n\n\
         \u{3000}\u{3000}附件：1.山西省开发区高质量发展三年行动方案（2025—2027年）\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2.开发区高质量发展重点任务分工表\n\n\
         山西省人民政府\n2025年4月18日\n（此件公开发布）\n\n\
         山西省商务厅关于公布2025年度省级开发区综合考核评价结果的通知\n晋商开〔2025〕86号\n\n\
         各市商务局，各开发区管委会：\n\u{3000}\u{3000}根据考核评价办法，现将结果予以公布。\n",
    );
    let titles: Vec<_> = page.articles.iter().map(|a| a.title.clone()).collect();
    assert_eq!(
        titles,
        [
            vec![
                "山西省人民政府关于印发山西省开发区高质量发展三年行动方案（2025—2027年）的通知",
                "晋政发〔2025〕12号"
            ],
            vec![
                "山西省商务厅关于公布2025年度省级开发区综合考核评价结果的通知",
                "晋商开〔2025〕86号"
            ],
        ],
        "the long title had been a paragraph, the attachments and sign-off the next notice's title"
    );
    let first = &page.articles[0];
    assert_eq!(
        &first.paragraphs[first.paragraphs.len() - 5..],
        [
            "附件：1.山西省开发区高质量发展三年行动方案（2025—2027年）",
            "2.开发区高质量发展重点任务分工表",
            "山西省人民政府",
            "2025年4月18日",
            "（此件公开发布）"
        ]
    );
}

/// A signing ceremony's list of projects, one item a line or an item over a line of its details.
const SIGNED_LIST: &str = "忻州日报　2025年12月26日　星期五　第2版　经济\n\n\
     忻州经开区三个项目集中签约\n\
     本报讯（记者 高原）12月25日，忻州经济技术开发区重点项目集中签约仪式举行。\n\
     签约项目名单如下：\n\
     1.年产10万吨高纯硅材料项目\n\u{3000}投资方：山西宏晟新材料有限公司\u{3000}总投资：45亿元\n\
     2.半导体碳化硅衬底项目\n\u{3000}投资方：北京天科合达半导体股份有限公司\u{3000}总投资：30亿元\n\
     3.冷链物流园项目\n\u{3000}投资方：顺丰控股股份有限公司\u{3000}总投资：6亿元\n";

#[test]
fn a_numbered_list_under_its_lead_in_is_the_articles_not_a_title() {
    let page = page_of("list.txt", SIGNED_LIST);
    let [a] = &page.articles[..] else {
        panic!(
            "one article, no title-only one: {:?}",
            support::titles(&page)
        );
    };
    assert_eq!(a.title, ["忻州经开区三个项目集中签约"]);
    assert_eq!(
        &a.paragraphs[1..],
        [
            "签约项目名单如下：",
            "1.年产10万吨高纯硅材料项目\u{3000}投资方：山西宏晟新材料有限公司\u{3000}总投资：45亿元",
            "2.半导体碳化硅衬底项目\u{3000}投资方：北京天科合达半导体股份有限公司\u{3000}总投资：30亿元",
            "3.冷链物流园项目\u{3000}投资方：顺丰控股股份有限公司\u{3000}总投资：6亿元",
        ],
        "the items had been one title-only article of six title lines"
    );
}

#[test]
fn a_list_ends_where_its_numbers_stop_and_the_next_title_opens_its_article() {
    let text = SIGNED_LIST.replace(
        "3.冷链物流园项目\n\u{3000}投资方：顺丰控股股份有限公司\u{3000}总投资：6亿元\n",
        "3.冷链物流园项目\n\n太原经开区新添两家专精特新企业\n\
         本报讯 12月24日，太原经开区两家企业获评专精特新“小巨人”企业。\n",
    );
    let page = page_of("list_then_article.txt", &text);
    assert_eq!(
        support::titles(&page),
        [
            vec!["忻州经开区三个项目集中签约".to_owned()],
            vec!["太原经开区新添两家专精特新企业".to_owned()]
        ]
    );
    assert_eq!(
        page.articles[0].paragraphs.last().map(String::as_str),
        Some("3.冷链物流园项目")
    );
}

#[test]
fn numbered_sub_heads_with_paragraphs_between_them_stay_sub_heads() {
    let page = page_of(
        "parts.txt",
        "经开区推进三项改革\n本报讯 今年以来，经开区推进三项改革，主要做法如下：\n\
         1.深化审批改革\n经开区推行承诺制审批，项目从签约到开工平均用时缩短至45天，比去年快了一倍多。\n\
         2.优化要素保障\n经开区新增工业用地1200亩，保障了23个重点项目的用地需求，并新建标准化厂房。\n",
    );
    assert_eq!(page.articles.len(), 1, "{:?}", support::titles(&page));
    let text = "经开区推进三项改革\n本报讯 今年以来，经开区推进三项改革，主要做法如下：\n\
         1.深化审批改革\n经开区推行承诺制审批，项目从签约到开工平均用时缩短至45天，比去年快了一倍多。\n";
    let parsed = dubao::ingest::page::parse(text, "parts.txt", 1);
    assert_eq!(
        parsed.lines[2].rule.name(),
        "sub-head",
        "a numbered head over its paragraph is a sub-head, not a list item"
    );
}

/// Two notices copied from a government's site, each signed on its own day: each is dated by its
/// sign-off. Both had taken the page's date, the last sign-off's.
#[test]
fn notices_on_a_page_without_a_header_are_dated_by_their_own_sign_offs() {
    let page = page_of(
        "notices.txt",
        "山西省人民政府关于印发开发区三年行动方案的通知\n\n\
         各市、县人民政府：\n\u{3000}\u{3000}现将《开发区三年行动方案》印发给你们，请认真贯彻执行。\n\n\
         山西省人民政府\n2025年4月18日\n\n\
         山西省商务厅关于公布开发区考核评价结果的通知\n\n\
         各市商务局：\n\u{3000}\u{3000}现将2025年度省级开发区综合考核评价结果予以公布。\n\n\
         山西省商务厅\n2025年12月15日\n",
    );
    let dates: Vec<Option<&str>> = page.articles.iter().map(|a| a.date.as_deref()).collect();
    assert_eq!(dates, [Some("2025-04-18"), Some("2025-12-15")]);
}

/// An investment promotion page: numbered projects, each a record of fields (`项目名称：…`,
/// `总投资：…`) closed by its contact lines.
const PROMOTION: &str = "安徽日报　2026年3月6日　星期五　第8版　招商专版\n\n\
     芜湖经济技术开发区招商项目推介\n\n\
     \u{3000}\u{3000}芜湖经济技术开发区是首批国家级经济技术开发区，汽车及零部件产业集聚。\n\n\
     一、新能源汽车一体化压铸件项目\n\
     \u{3000}\u{3000}项目名称：新能源汽车一体化压铸件生产基地项目\n\
     \u{3000}\u{3000}建设内容：新建一体化压铸车间及配套设施。\n\
     \u{3000}\u{3000}总投资：25亿元\n\
     \u{3000}\u{3000}合作方式：独资、合资\n\
     \u{3000}\u{3000}联系人：张伟\n\n\
     二、汽车电子产业园项目\n\
     \u{3000}\u{3000}项目名称：芜湖经开区汽车电子产业园项目\n\
     \u{3000}\u{3000}总投资：18.5亿元\n\
     \u{3000}\u{3000}合作方式：合资、合作\n\
     \u{3000}\u{3000}联系人：李娟\n";

#[test]
fn a_records_fields_are_one_paragraph_and_its_parts_stay_in_one_article() {
    let page = page_of("promotion.txt", PROMOTION);
    let [a] = &page.articles[..] else {
        panic!("one article: {:?}", support::titles(&page));
    };
    assert_eq!(a.title, ["芜湖经济技术开发区招商项目推介"]);
    assert!(
        a.paragraphs.iter().any(|p| p
            == "项目名称：芜湖经开区汽车电子产业园项目\u{3000}总投资：18.5亿元\u{3000}合作方式：合资、合作"),
        "{:?}",
        a.paragraphs
    );
    assert!(a.paragraphs.iter().any(|p| p == "二、汽车电子产业园项目"));
}

#[test]
fn a_headline_with_a_colon_is_no_field() {
    let page = page_of(
        "colon_title.txt",
        "太原经开区：打造千亿级产业集群\n本报讯 今年以来，太原经开区加快产业集群建设。\n",
    );
    assert_eq!(
        support::titles(&page),
        [vec!["太原经开区：打造千亿级产业集群".to_owned()]]
    );
}
