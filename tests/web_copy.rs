//! Copy taken from news sites and apps, and a company's press release: a site's list of news
//! with each item's date, an app's copy that prints only its original title, a finance site's
//! date line with its time and source, and a release's letterhead, labels and contacts.

#[path = "support/page.rs"]
mod support;
use support::{page_of, titles};

#[test]
fn a_sites_list_of_news_dates_each_item_by_its_own_date_line() {
    let page = page_of(
        "list.txt",
        "当前位置：首页 > 新闻中心 > 园区要闻\n\n\
         合肥经开区与蔚来汽车签署战略合作协议\n2025-12-22\n\
         12月21日，合肥经开区与蔚来汽车签署深化战略合作协议，总投资65亿元。\n[详细]\n\n\
         经开区举办2025年度企业家座谈会\n2025-12-19\n\
         12月18日，经开区举办2025年度企业家座谈会，30余家重点企业负责人参加。\n[详细]\n\n\
         联宝科技智能制造二期项目竣工投产\n2025-12-15\n\
         12月15日，联宝（合肥）电子科技有限公司智能制造二期项目竣工投产。\n[详细]\n",
    );
    assert_eq!(page.articles.len(), 3);
    let dates: Vec<_> = page.articles.iter().map(|a| a.date.as_deref()).collect();
    assert_eq!(
        dates,
        [Some("2025-12-22"), Some("2025-12-19"), Some("2025-12-15")],
        "each item had taken the first item's date"
    );
}

#[test]
fn a_printed_pages_edition_date_stays_every_articles() {
    // One article prints the day it was written under its title: the paper's edition date is
    // still its date, as the contract says.
    let page = page_of(
        "paper.txt",
        "中国开发区报 2025年12月24日 星期三 第2版 综合\n\n\
         晋中开发区：从“一片荒地”到“产业新城”\n\n\
         \u{3000}\u{3000}五年前，这里还是一片荒地；如今，一座产业新城拔地而起。\n\n\
         园区观察｜新质生产力在开发区加速集聚\n\n2025年12月23日\n\n\
         \u{3000}\u{3000}新质生产力正在各地开发区加速集聚。记者走访发现，一批新兴产业项目正在落地。\n",
    );
    assert_eq!(page.articles.len(), 2);
    for a in &page.articles {
        assert_eq!(a.date.as_deref(), Some("2025-12-24"), "{:?}", a.title);
    }
}

#[test]
fn an_apps_copy_is_titled_by_its_original_title_and_its_chrome_is_no_article() {
    let page = page_of(
        "app.txt",
        "澎湃新闻\n2025-12-21 18:42 来自上海\n\n\
         原标题：总投资超百亿！临港新片区一批重大产业项目集中签约\n\n\
         澎湃新闻记者 孙竞 实习生 吴悠\n\n\
         12月21日，临港新片区举行重大产业项目集中签约活动，共有23个项目签约，总投资达126亿元。\n\n\
         展开全文\n\n\
         “新片区将持续优化营商环境。”该负责人说。\n\n\
         责任编辑：张军\n\n\
         澎湃新闻报料：021-962866\n澎湃新闻，未经授权不得转载\n\n举报\n\n+1\n3\n收藏\n分享\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["总投资超百亿！临港新片区一批重大产业项目集中签约"]],
        "the outlet and its date line had been the title; the tip line, the terms of reuse \
         and the buttons' counters an article of their own"
    );
    let a = &page.articles[0];
    assert_eq!(a.byline, ["孙竞", "吴悠"]);
    assert_eq!(a.date.as_deref(), Some("2025-12-21"));
    assert_eq!(page.paper.as_deref(), Some("澎湃新闻"));
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn an_outlet_over_a_timed_date_line_under_the_headline_is_no_subtitle() {
    let page = page_of(
        "app2.txt",
        "总投资超百亿！临港新片区一批重大产业项目集中签约\n\n澎湃新闻\n2025-12-21 18:42 来自上海\n\n\
         12月21日，临港新片区举行重大产业项目集中签约活动，共有23个项目签约。\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["总投资超百亿！临港新片区一批重大产业项目集中签约"]]
    );
    // A title that is no outlet's name stays a title line over a date line.
    let page = page_of(
        "site.txt",
        "合肥经开区签约\n\n蔚来三期项目落地\n2025-12-21 18:42\n\n12月21日，合肥经开区举行签约活动。\n",
    );
    assert_eq!(titles(&page), [vec!["合肥经开区签约", "蔚来三期项目落地"]]);
}

#[test]
fn a_finance_sites_date_line_with_its_time_and_source_is_the_pages_header() {
    let page = page_of(
        "sina.txt",
        "新浪财经 > 上市公司 > 正文\n\n\
         宁德时代拟在宜宾投建零碳电池产业园 总投资约200亿元\n\n\
         2025年12月19日 20:15 证券时报·e公司\n\n来源：证券时报·e公司\n\n作者：王一鸣\n\n\
         \u{3000}\u{3000}e公司讯，宁德时代12月19日晚间公告，公司拟在宜宾投资建设零碳电池产业园项目。\n\
         \u{3000}\u{3000}宁德时代表示，本次投资有助于公司进一步完善产能布局。\n\n\
         海量资讯、精准解读，尽在新浪财经APP\n\n责任编辑：李桐\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["宁德时代拟在宜宾投建零碳电池产业园 总投资约200亿元"]],
        "the date line had been a subtitle, the app's call a title of its own"
    );
    assert_eq!(page.date.as_deref(), Some("2025-12-19"));
    assert_eq!(page.paper.as_deref(), Some("证券时报"));
    assert_eq!(page.articles[0].byline, ["王一鸣"]);
}

#[test]
fn a_press_releases_letterhead_labels_and_contacts_are_not_its_headline_or_byline() {
    let page = page_of(
        "release.txt",
        "苏州瑞芯微电子科技股份有限公司\n新闻稿\n\n即时发布\n\n\
         瑞芯微电子第三代半导体功率器件项目落户苏州工业园区\n总投资40亿元，预计2027年投产\n\n\
         【2025年12月23日，中国苏州】苏州瑞芯微电子科技股份有限公司今日宣布，公司与苏州工业园区管委会正式签署投资协议。\n\n\
         该项目总投资40亿元，规划用地约200亩。\n\n\
         媒体联系人：\n王晓雯\n电话：0512-62881234\n邮箱：pr@ruixinwei.com.cn\n\n###\n",
    );
    assert_eq!(
        titles(&page),
        [vec![
            "瑞芯微电子第三代半导体功率器件项目落户苏州工业园区",
            "总投资40亿元，预计2027年投产"
        ]],
        "the letterhead and the release's labels had been kickers"
    );
    let a = &page.articles[0];
    assert!(
        a.byline.is_empty(),
        "the press contact is no byline: {:?}",
        a.byline
    );
    assert_eq!(
        &a.paragraphs[a.paragraphs.len() - 4..],
        [
            "媒体联系人：",
            "王晓雯",
            "电话：0512-62881234",
            "邮箱：pr@ruixinwei.com.cn"
        ]
    );
}

#[test]
fn a_government_sites_attachments_buttons_and_footer_are_not_sub_heads_or_articles() {
    let page = page_of(
        "gov.txt",
        "首页 > 政务公开 > 工作动态 > 园区动态\n\n高新区召开2026年招商引资工作部署会\n\n\
         \u{3000}\u{3000}12月19日下午，常州高新区召开2026年招商引资工作部署会，部署2026年重点任务。\n\n\
         附件：\n1.常州高新区2026年招商引资工作要点.docx\n2.2026年重点招商项目清单.xlsx\n\n\
         【关闭窗口】\n\n相关链接：\n江苏省人民政府 | 常州市人民政府 | 新北区人民政府\n\n\
         主办单位：常州国家高新技术产业开发区管理委员会 承办：高新区党政办公室\n\
         网站标识码：3204110001 苏ICP备05012345号 苏公网安备32041102000123号\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["高新区召开2026年招商引资工作部署会"]],
        "the site's links and footer had been an article of their own"
    );
    let a = &page.articles[0];
    assert_eq!(
        &a.paragraphs[1..],
        [
            "附件：",
            "1.常州高新区2026年招商引资工作要点.docx",
            "2.2026年重点招商项目清单.xlsx"
        ],
        "the attached files had been sub-heads"
    );
}

#[test]
fn a_posts_pictures_pointed_captions_and_follow_lines_keep_it_one_article() {
    let page = page_of(
        "post.txt",
        "年终盘点｜运城经开区2025年交出亮眼“成绩单”\n运城经开区发布 2025年12月28日 19:02 山西\n\n\
         ▲ 点击上方蓝字关注我们\n\n2025年，运城经开区坚持“项目为王”，全年完成地区生产总值265.3亿元。\n\n\
         01 | 项目建设\n\n◆ 全年实施重点项目86个，总投资512亿元。\n\n[图片]\n▲ 大运新能源汽车二期项目总装车间\n\n\
         02 | 招商引资\n\n● 全年新签约项目53个，总投资318亿元。\n\n\
         长按识别二维码\n关注运城经开区发布\n分享 收藏 点赞 在看\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["年终盘点｜运城经开区2025年交出亮眼“成绩单”"]],
        "the picture's place and its caption had opened a second article, the account to \
         follow a third"
    );
    assert!(page.articles[0]
        .paragraphs
        .iter()
        .any(|p| p == "▲ 大运新能源汽车二期项目总装车间"));
}

#[test]
fn a_news_sites_share_row_follow_line_and_copyright_are_chrome() {
    let page = page_of(
        "people.txt",
        "首页 > 经济·科技 > 正文\n国务院批复同意设立湖北宜昌高新技术产业开发区扩区\n\
         2025年12月22日08:15 | 来源：人民网－湖北频道\n【字号 大 中 小】\n分享到：微信 微博 QQ空间\n\n\
         \u{3000}\u{3000}人民网武汉12月22日电 （记者 张 帆）近日，国务院正式批复同意宜昌高新区扩区。\n\
         （责编：刘佳、陈琳）\n\n分享到：\n关注人民网：人民网微博 人民网微信\n相关新闻\n\
         湖北襄阳高新区：汽车产业链再添新项目\n人民网版权所有，未经书面授权禁止使用\n\
         Copyright © 1997-2025 by www.people.com.cn. all rights reserved\n",
    );
    assert_eq!(
        titles(&page),
        [vec!["国务院批复同意设立湖北宜昌高新技术产业开发区扩区"]],
        "the share row had been a subtitle, the follow line and copyright an article"
    );
}
