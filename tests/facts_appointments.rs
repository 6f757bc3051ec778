//! People in a notice of appointments and removals, and names printed spaced out in running
//! text (stop 50's probe pages: a 人事 page's 任免名单, a meeting report's list of officials):
//! the post written after the name is the person's role, a removed one flagged `former`; a
//! two-char name spaced to the width of three (`孙　斌`) is read whole.

#[path = "support/extract.rs"]
mod support;
use support::{facts, names, pair, people};

use dubao::model::FactKind;

/// `任命X为Y`, `免去X的Y职务`, `X任Y`, `X同志任Y`: the post after the name is the role; the
/// body it names stays an organisation.
#[test]
fn an_appointment_gives_the_post_after_the_name() {
    let f = facts("任命张建国为长治市发展和改革委员会主任；");
    assert_eq!(people(&f), [pair("张建国", "长治市发展和改革委员会主任")]);
    assert!(names(&f, FactKind::Organization).contains(&"长治市发展和改革委员会".to_owned()));

    let f = facts("郝建平任长治高新技术产业开发区管理委员会主任（兼）；");
    assert_eq!(
        people(&f),
        [pair("郝建平", "长治高新技术产业开发区管理委员会主任（兼）")]
    );
    let f = facts("王志勇同志任中共长治高新技术产业开发区工作委员会书记。");
    assert_eq!(
        people(&f),
        [pair("王志勇", "中共长治高新技术产业开发区工作委员会书记")]
    );
    // A clause with `任` that names no post gives no role.
    let f = facts("张建国任务繁重，仍坚持每天下车间。");
    assert!(people(&f).iter().all(|(_, role)| role.is_empty()), "{f:?}");
}

/// A post taken away is the person's role, flagged `former`.
#[test]
fn a_removal_gives_a_former_post() {
    let f = facts("免去赵志刚的长治市发展和改革委员会主任职务。");
    let p: Vec<_> = f.iter().filter(|x| x.kind == FactKind::Person).collect();
    assert_eq!(p.len(), 1, "{f:?}");
    assert_eq!(p[0].name.as_deref(), Some("赵志刚"));
    assert_eq!(p[0].role.as_deref(), Some("长治市发展和改革委员会主任"));
    assert_eq!(p[0].flags, ["former"]);
}

/// A notice's addressees and its `经…研究决定` are no bodies' names (`各县、区人民政府`,
/// `市人民政府各委、局`, `经市人民政府`), and a zone's place does not open on a spaced name's
/// last char (`冯　涛任上党经济技术开发区…` had given the zone `涛任上党…`).
#[test]
fn a_notices_addressees_are_no_bodies() {
    let f = facts("各县、区人民政府，市人民政府各委、局：");
    assert!(names(&f, FactKind::Organization).is_empty(), "{f:?}");
    let f = facts("经市人民政府研究决定：冯　涛任上党经济技术开发区管理委员会副主任。");
    assert_eq!(names(&f, FactKind::Zone), ["上党经济技术开发区"]);
    assert!(
        !names(&f, FactKind::Organization)
            .iter()
            .any(|o| o.starts_with('经')),
        "{f:?}"
    );
    assert_eq!(
        people(&f),
        [pair("冯涛", "上党经济技术开发区管理委员会副主任")]
    );
    let p = f.iter().find(|x| x.kind == FactKind::Person);
    assert_eq!(p.map(|x| x.text.as_str()), Some("冯　涛"));
}

/// A two-char name spaced to the width of three is read whole, and a list headed by a title
/// several hold gives each name that title (`市领导李继红、孙　斌、崔振华`).
#[test]
fn spaced_names_in_running_text_are_read() {
    let f = facts("市领导李继红、孙　斌、崔振华参加。出席会议的还有市政府秘书长刘　涛。");
    assert_eq!(
        people(&f),
        [
            pair("李继红", "市领导"),
            pair("孙斌", "市领导"),
            pair("崔振华", "市领导"),
            pair("刘涛", "市政府秘书长"),
        ]
    );
    // A scan's OCR spacing every char of a name: read as the name printed whole is.
    let spaced = facts("长沙经开区党工委书记、管委会主任王 晓 东介绍，去年该区引进项目。");
    let whole = facts("长沙经开区党工委书记、管委会主任王晓东介绍，去年该区引进项目。");
    assert_eq!(people(&spaced), people(&whole));
    assert_eq!(
        people(&spaced).first().map(|p| p.0.as_str()),
        Some("王晓东")
    );
}

/// `本报记者` before a spaced name is the reporter's title `记者`, not `报记者`.
#[test]
fn the_papers_own_reporter_is_a_reporter() {
    let f = facts("本报记者　蒋　波　通讯员　李　明");
    assert!(
        people(&f).contains(&pair("蒋波", "记者")),
        "{:?}",
        people(&f)
    );
}

/// Two posts in one unit before a name (`党工委书记、管委会主任`, `市委副秘书长、市委办公室主任`)
/// are both the role; a post in another body before the last one is not
/// (`党工委委员、尚卓集团董事长`, `广州市委常委、黄埔区委书记`: the sample's gold reads the last).
#[test]
fn two_posts_in_one_unit_are_one_role() {
    let f = facts("济南高新区党工委书记、管委会主任刘　强出席并宣布开工。");
    assert_eq!(people(&f), [pair("刘强", "党工委书记、管委会主任")]);
    let f = facts("出席会议的还有：市委副秘书长、市委办公室主任吴亚平。");
    assert_eq!(people(&f), [pair("吴亚平", "市委副秘书长、市委办公室主任")]);
    let f = facts("上党经开区党工委委员、尚卓集团董事长王红德参加座谈。");
    assert_eq!(people(&f), [pair("王红德", "尚卓集团董事长")]);
    let f = facts("广州市委常委、黄埔区委书记陈杰表示，");
    assert_eq!(people(&f), [pair("陈杰", "黄埔区委书记")]);
}

/// An interview's verb before the post (`——访…党工委书记沈觅`, `记者专访…`) is no part of the role.
#[test]
fn an_interviews_verb_is_no_part_of_the_role() {
    for text in [
        "——访苏州工业园区党工委书记沈　觅",
        "记者日前专访苏州工业园区党工委书记沈觅。",
    ] {
        let f = facts(text);
        let p = people(&f);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!(p[0].0, "沈觅", "{text}");
        assert!(!p[0].1.contains('访'), "{text}: {p:?}");
        assert!(p[0].1.ends_with("党工委书记"), "{text}: {p:?}");
    }
}
