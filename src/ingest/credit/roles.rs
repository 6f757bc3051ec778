//! The role words that introduce names on bylines and in datelines (`本报记者`, `通讯员`,
//! `经济日报记者`), and how a token's role is told from its name.

use crate::lexicon::names::is_han;
use crate::text::fold::fold_cow;

/// Words that introduce names in bylines and datelines; dropped from the names.
pub(in crate::ingest) const ROLE_WORDS: &[&str] = &[
    "本报记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "记者",
    // The paper's own stringer (`本报记者　苏雁　本报通讯员　姚莹`), as its own reporter.
    "本报通讯员",
    "特约通讯员",
    "通讯员",
    "实习生",
    "作者",
    "撰稿",
    "摄影",
    "文图",
    "图文",
    // `文字：陈秋燕`, `撰文 陈秋燕`, `图片：李明`: before `文` and `图`, which they open with.
    "文字",
    "撰文",
    "图片",
    // `文/摄`: wrote and shot (its two chars are one token once rejoined).
    "文摄",
    "文",
    "图",
];

/// The first chars of the [`ROLE_WORDS`] (a test checks), as a bitmap: a token (folded) that
/// opens with none of them holds no role word at its start, and is turned down on that char
/// before the words are compared one by one (every token of every short line of names is asked).
const ROLE_FIRST_CHARS: &[char] = &[
    '本', '特', '见', '实', '记', '通', '作', '撰', '摄', '文', '图',
];
static ROLE_FIRST: crate::facts::charset::CharSet =
    crate::facts::charset::CharSet::of(ROLE_FIRST_CHARS);

/// The role word of [`ROLE_WORDS`] a folded token opens with, the first listed that does.
fn leading_role_word(folded: &str) -> Option<&'static str> {
    folded.chars().next().filter(|&c| ROLE_FIRST.contains(c))?;
    ROLE_WORDS.iter().find(|r| folded.starts_with(*r)).copied()
}

/// Strips one leading role word (`记者王波` → `王波`), matching Traditional forms too.
pub(in crate::ingest) fn strip_role(token: &str) -> &str {
    strip_role_folded(token, &fold_cow(token)).0
}

/// [`strip_role`] of a token and its fold, returning both stripped: the fold keeps one char per
/// char, so the name's fold is the tail of the token's and need not be folded again.
pub(super) fn strip_role_folded<'t, 'f>(token: &'t str, folded: &'f str) -> (&'t str, &'f str) {
    let (name, name_f, _) = strip_credit_folded(token, folded);
    (name, name_f)
}

/// [`strip_role_folded`], and the credit stripped, as printed, when it names the reporter's
/// outlet, post or rank (`经济日报记者冯其予` → `经济日报记者`, `本报驻美国记者张三`) rather than being
/// a role word of [`ROLE_WORDS`] (`本报记者`, which says nothing the paper does not).
pub(super) fn strip_credit_folded<'t, 'f>(
    token: &'t str,
    folded: &'f str,
) -> (&'t str, &'f str, Option<&'t str>) {
    let (skip, outlet) = match leading_role_word(folded) {
        Some(r) => (r.chars().count(), false),
        None => match outlet_role(folded) {
            Some((n, _)) => (n, true),
            None => return (token, folded, None),
        },
    };
    let tail = |s: &'_ str| s.char_indices().nth(skip).map_or(s.len(), |(b, _)| b);
    let (credit, name) = token.split_at(tail(token));
    (name, &folded[tail(folded)..], outlet.then_some(credit))
}

/// The credit a token opens with, as a reporter's role: `通讯员`, `特约通讯员`, `实习生`, or
/// `记者` for every kind of reporter (`本报记者`, `新华社记者`); `None` for a bare name.
pub(in crate::ingest) fn role_of(token: &str) -> Option<&'static str> {
    let f = fold_cow(token);
    match leading_role_word(&f) {
        Some(r) => Some(credit_of(r)),
        None => outlet_role(&f).map(|(_, r)| r),
    }
}

/// The credit a role word gives: `通讯员`, `特约通讯员`, `实习生` as they are, `记者` for every
/// other (`本报记者`, `特约记者`, `摄影`).
fn credit_of(word: &'static str) -> &'static str {
    match word {
        "特约通讯员" | "通讯员" | "实习生" => word,
        "本报通讯员" => "通讯员",
        _ => "记者",
    }
}

/// Role words a paper's, agency's or broadcaster's name may come before (`经济日报记者`).
const OUTLET_ROLES: &[&str] = &["特约记者", "见习记者", "记者", "特约通讯员", "通讯员"];
/// Longest outlet name before a role word, with the reporter's post (`中央广播电视总台驻纽约`).
const OUTLET_MAX_CHARS: usize = 12;
/// What a paper calls its reporters besides `记者` (`本报首席记者`, `山西日报全媒体记者`).
const RANKS: &[&str] = &[
    "特派",
    "首席",
    "全媒体",
    "融媒体",
    "驻站",
    "主任",
    "高级",
    "资深",
    "常驻",
    // `湖北日报全媒记者`: the short forms, after the long ones they open.
    "全媒",
    "融媒",
];
/// Fewest bytes of a role word with its outlet or rank (`央视记者`, `首席记者`: four Han chars).
const OUTLET_ROLE_MIN_BYTES: usize = 4 * '记'.len_utf8();
/// How an outlet's name ends: a paper (`经济日报`, `中国青年报`), an agency (`中新社`), a
/// broadcaster (`中央广播电视总台`, `央视`), a website (`人民网`), a journal, a news app
/// (`澎湃新闻`, `央视新闻`) or a business outlet (`第一财经`).
const OUTLET_ENDS: &[char] = &['报', '社', '台', '视', '网', '刊', '闻', '经'];
/// Longer endings of an outlet's name: a business paper (`21世纪经济报道`) and a county's media
/// centre (`兴县融媒体中心`, `新闻中心`), which sign their reporters as papers do.
const OUTLET_END_WORDS: &[&str] = &["报道", "中心"];
/// What joins two outlets that sign together (`中青报·中青网记者`).
const OUTLET_JOINERS: &[char] = &['·', '•', '・'];
/// What ends a paper's news app's name (`南方+`, the app of 南方日报, whose reporters sign
/// `南方+记者`), half- or full-width.
const APP_MARKS: [char; 2] = ['+', '＋'];

/// A role word with the outlet that sent the reporter or the reporter's rank before it, or
/// both, at the start of a folded token (`经济日报记者`, `中新社记者`, `央视记者`, `人民网通讯员`,
/// `首席记者`, `本报全媒体记者`): its length in chars and the role it credits. National
/// dailies sign so (`经济日报记者 冯其予`, `本报驻美国记者 张三`); [`ROLE_WORDS`] holds only this
/// paper's own (`本报记者`) and Xinhua's. The name must end as an outlet's does, so `张记者` is
/// none.
fn outlet_role(folded: &str) -> Option<(usize, &'static str)> {
    // Four chars at least (`央视记者`, `首席记者`): a name of two or three chars, most tokens
    // asked, is turned down on its length; and every role word ends in 者 or 员, so a token
    // without either is turned down on a byte search.
    if folded.len() < OUTLET_ROLE_MIN_BYTES || !(folded.contains('者') || folded.contains('员')) {
        return None;
    }
    for (chars, (b, c)) in folded.char_indices().take(OUTLET_MAX_CHARS + 1).enumerate() {
        let outlet = chars >= 2 && is_outlet(&folded[..b]);
        if chars == 0 || outlet {
            let rest = &folded[b..];
            let rank = RANKS.iter().find(|q| rest.starts_with(*q)).copied();
            let rest = &rest[rank.map_or(0, str::len)..];
            let role = OUTLET_ROLES.iter().find(|w| rest.starts_with(*w));
            if let Some(w) = role.filter(|_| outlet || rank.is_some()) {
                let rank_chars = rank.map_or(0, |q| q.chars().count());
                return Some((chars + rank_chars + w.chars().count(), credit_of(w)));
            }
        }
        if !is_outlet_char(c) {
            return None;
        }
    }
    None
}

/// Whether a char is a news app's mark ([`APP_MARKS`]).
pub(in crate::ingest) fn is_app_mark(c: char) -> bool {
    APP_MARKS.contains(&c)
}

/// Chars an outlet's name is written with: Han, the digits of `21世纪经济报道`, the dot that
/// joins two outlets (`中青报·中青网`) and a news app's mark (`南方+`).
pub(in crate::ingest) fn is_outlet_char(c: char) -> bool {
    is_han(c) || c.is_ascii_digit() || OUTLET_JOINERS.contains(&c) || is_app_mark(c)
}

/// Whether a token's start names an outlet, with where its reporter is posted if it says so
/// (`经济日报`, `本报驻美国`, `新华社驻东京`), or two outlets joined by a dot (`中青报·中青网`).
pub(in crate::ingest) fn is_outlet(s: &str) -> bool {
    let outlet = match s.split_once('驻') {
        // `驻上海记者`: the paper's own correspondent where it posts one, its name left out.
        Some(("", post)) => {
            return (1..=4).contains(&post.chars().count()) && post.chars().all(is_han)
        }
        Some((outlet, post)) if !post.is_empty() => outlet,
        _ => s,
    };
    outlet == "本报" || outlet.split(OUTLET_JOINERS).all(is_one_outlet)
}

/// One outlet's name (no post, no joiner): two chars or more, ending as an outlet's does, with
/// a name before an ending word (`报道` alone is no outlet).
fn is_one_outlet(s: &str) -> bool {
    let named_before = |w: &&str| s.strip_suffix(*w).is_some_and(|head| !head.is_empty());
    // A news app: a name of Han chars and the mark (`南方+`).
    let app = |head: &str| head.chars().nth(1).is_some() && head.chars().all(is_han);
    if let Some(head) = s.strip_suffix(APP_MARKS) {
        return app(head);
    }
    s.chars().nth(1).is_some()
        && (s.ends_with(OUTLET_ENDS) || OUTLET_END_WORDS.iter().any(named_before))
}

/// Longest role word of [`ROLE_WORDS`] (`新华社记者`, `特约通讯员`).
pub(in crate::ingest) const ROLE_MAX_CHARS: usize = 5;

/// Whether a char may open a role word of [`ROLE_WORDS`], in any form: a char folding may
/// change is given the benefit of the doubt.
pub(super) fn could_open_a_role(c: char) -> bool {
    crate::text::fold::may_fold(c) || ROLE_WORDS.iter().any(|r| r.starts_with(c))
}

/// Whether a token may hold an outlet's role word (see [`outlet_role`]) before it is folded:
/// `记者` or `通讯员`'s last two chars, in either form, side by side. Most long tokens that get
/// here (`科学导报讯`, short titles) hold neither.
pub(super) fn may_hold_outlet_role(token: &str) -> bool {
    let mut prev = ' ';
    token.chars().any(|c| {
        let pair = matches!((prev, c), ('记' | '記', '者') | ('讯' | '訊', '员' | '員'));
        prev = c;
        pair
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every role word opens with a listed first char, and the bitmap finds what the list of
    /// words finds.
    #[test]
    fn role_words_open_with_listed_chars() {
        for r in ROLE_WORDS {
            assert!(r.starts_with(ROLE_FIRST_CHARS), "{r}");
        }
        for t in [
            "",
            "记者王波",
            "本报记者",
            "本报",
            "文",
            "图片李明",
            "王波",
            "经济日报记者",
            "摄影报道",
        ] {
            assert_eq!(
                leading_role_word(t),
                ROLE_WORDS.iter().find(|r| t.starts_with(*r)).copied(),
                "{t}"
            );
        }
    }

    #[test]
    fn an_outlets_reporter_is_credited_as_the_papers_own() {
        for (token, name, role) in [
            ("经济日报记者冯其予", "冯其予", "记者"),
            ("中新社记者", "", "记者"),
            ("央视记者王欢", "王欢", "记者"),
            ("中央广播电视总台记者李明", "李明", "记者"),
            ("人民网通讯员张三", "张三", "通讯员"),
            ("經濟日報記者馮其予", "馮其予", "记者"),
            ("本报驻美国记者张三", "张三", "记者"),
            ("新华社驻东京记者", "", "记者"),
            ("本报特约记者李四", "李四", "记者"),
            ("本报首席记者刘洋", "刘洋", "记者"),
            ("山西日报全媒体记者孙七", "孙七", "记者"),
            ("第一财经记者张三", "张三", "记者"),
            ("央视新闻记者王欢", "王欢", "记者"),
            ("首席记者张三", "张三", "记者"),
            ("全媒体记者", "", "记者"),
            ("21世纪经济报道记者王晓红", "王晓红", "记者"),
            ("中青报·中青网记者周围", "周围", "记者"),
            ("兴县融媒体中心记者刘涛", "刘涛", "记者"),
            ("融媒体中心记者", "", "记者"),
            ("南方+记者李明", "李明", "记者"),
            ("南方＋记者李明", "李明", "记者"),
            ("湖北日报全媒记者王馨", "王馨", "记者"),
            ("驻上海记者余家忠", "余家忠", "记者"),
        ] {
            assert_eq!(strip_role(token), name, "{token}");
            assert_eq!(role_of(token), Some(role), "{token}");
        }
        // No outlet before the role word: a surname, a one-char name, a phrase.
        for token in [
            "张记者",
            "报记者",
            "王欢",
            "记者节活动现场",
            "本报驻记者",
            "·中青网记者",
            "中青报·记者",
            "21记者",
            "+记者",
            "南+记者",
            "1+1记者",
        ] {
            assert_eq!(outlet_role(&fold_cow(token)), None, "{token}");
        }
        assert_eq!(strip_role("记者节活动现场"), "节活动现场");
    }
}
