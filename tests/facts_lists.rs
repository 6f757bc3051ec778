//! Lists of names and what closes them: a title several hold shared by the names listed after
//! it, and the word after `等` saying what the names are. Found reading zone news from other
//! provinces (stop 46).

#[path = "support/extract.rs"]
mod support;
use support::{facts, names, pair, people};

use dubao::model::FactKind;

/// A title several people hold (`市领导`, a deputy's `副主任`) is each listed name's; one a
/// single person holds (`董事长`) stays the first name's alone.
#[test]
fn a_title_several_hold_is_shared_by_the_names_listed() {
    let f = facts("市领导张国清、刘海燕、王志强出席签约仪式。");
    assert_eq!(
        people(&f),
        [
            pair("张国清", "市领导"),
            pair("刘海燕", "市领导"),
            pair("王志强", "市领导")
        ]
    );
    let f = facts("管委会主任刘洪涛，副主任张建华、周丽出席。");
    assert_eq!(
        people(&f),
        [
            pair("刘洪涛", "管委会主任"),
            pair("张建华", "副主任"),
            pair("周丽", "副主任")
        ]
    );
    let f = facts("公司董事长张三、李四出席。");
    assert_eq!(people(&f), [pair("张三", "董事长"), pair("李四", "")]);
}

/// Officials listed each with a title: a title after the name before it is that person's alone
/// (`市委书记杨晋东、市长冯安文`: 冯安文 had held `市委书记杨晋东、市长`), while two titles one person
/// holds stay one role (`市委副书记、市长冯安文`).
#[test]
fn a_title_after_a_listed_officials_name_is_the_next_ones_alone() {
    let f = facts("市委书记杨晋东、市长冯安文陪同调研。");
    assert_eq!(
        people(&f),
        [pair("杨晋东", "市委书记"), pair("冯安文", "市长")]
    );
    let f = facts("市委副书记、市长冯安文出席活动。");
    assert_eq!(people(&f), [pair("冯安文", "市委副书记、市长")]);
}

/// A list closed by `等企业负责人` or `等企业家` names the bodies whose people came when its
/// names are no people's (`宁德时代`, `国轩高科`): the brands are bodies, not people (`比亚迪`
/// had been a person); names of people stay people.
#[test]
fn a_list_of_bodies_whose_people_came() {
    for text in [
        "宁德时代、比亚迪、国轩高科等企业负责人参加座谈。",
        "宁德时代、比亚迪、国轩高科等企业家参加座谈。",
    ] {
        let f = facts(text);
        assert_eq!(
            names(&f, FactKind::Organization),
            ["宁德时代", "比亚迪", "国轩高科"],
            "{text}"
        );
        assert!(people(&f).is_empty(), "{text}: {f:?}");
    }
    let f = facts("张伟、李强等企业负责人参加座谈。");
    assert_eq!(people(&f), [pair("张伟", ""), pair("李强", "")]);
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
}

/// A place may qualify the body word closing a list (`等德国企业`, `等12家德国企业`): the
/// names are companies all the same (they had been people or nothing).
#[test]
fn a_list_closed_by_a_countrys_companies() {
    let f = facts("博世、大陆、采埃孚等德国企业纷纷加码。");
    assert_eq!(
        names(&f, FactKind::Organization),
        ["博世", "大陆", "采埃孚"]
    );
    let f = facts("巴斯夫、西门子、博世、舍弗勒等12家德国企业参加推介会。");
    let orgs = names(&f, FactKind::Organization);
    for company in ["巴斯夫", "西门子", "博世", "舍弗勒"] {
        assert!(orgs.contains(&company.to_owned()), "{company} in {orgs:?}");
    }
    assert!(people(&f).is_empty(), "{f:?}");
    assert_eq!(names(&f, FactKind::Place), ["德国"]);
}

/// A name the article reads as a body (a company in a list) is that body where the tagger
/// read it as a person without a title elsewhere in the article (`舍弗勒将在园区投资`), or read
/// a person on its head (`宁德` of `宁德时代`); a name inside the role of a titled person is part
/// of that role's body, at a text's start too (`宁德时代董事长曾毓群`).
#[test]
fn a_body_named_in_a_list_stays_a_body_through_the_article() {
    let f = facts(
        "巴斯夫、西门子、博世、舍弗勒等12家德国企业参加推介会。舍弗勒将在园区投资2亿欧元。\
         宁德时代、比亚迪、国轩高科等企业负责人参加座谈。宁德时代将投资建设年产30GWh动力电池项目。",
    );
    assert!(people(&f).is_empty(), "{f:?}");
    let orgs = names(&f, FactKind::Organization);
    for company in ["舍弗勒", "宁德时代", "比亚迪"] {
        assert!(orgs.contains(&company.to_owned()), "{company} in {orgs:?}");
    }
    let f = facts("宁德时代董事长曾毓群表示，宜宾基地将成为全球最大的动力电池生产基地。");
    assert_eq!(people(&f), [pair("曾毓群", "宁德时代董事长")]);
    let f = facts("巴斯夫大中华区总裁兼董事长楼剑锋出席活动。");
    assert!(names(&f, FactKind::Place).is_empty(), "{f:?}");
}
