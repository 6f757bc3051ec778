//! What a reporter does, written right after `记者` where a name could stand
//! (`本报讯 记者来到园区`, `记者了解到`, `记者从市商务局获悉`): the words open the report's
//! first clause, and `来`, `从` being surnames, the two chars after the title (`来到`) had been
//! taken for the reporter's name.

/// Words that open what a reporter did or learnt, or where and when: verbs of going and
/// seeing, of learning, the prepositions of place and source `在` and `从`, adverbs, and the
/// day words of a report. Not `于`, `向`, `曾`: common surnames (`记者于洋`), which open a
/// name there as often as a clause.
const ACTS: &[&str] = &[
    "来到", "走进", "走入", "走访", "探访", "赶到", "前往", "深入", "进入", "跟随", "随同", "看到",
    "见到", "发现", "了解", "获悉", "得知", "注意", "观察", "采访", "调查", "实地", "现场", "近日",
    "日前", "昨天", "昨日", "今天", "今日", "当天", "随后", "在", "从", "也", "还", "又", "一行",
];

/// Whether `text` (what follows `记者`) opens with a reporter's act ([`ACTS`]), so no name
/// stands there. Folded first: a Traditional page (`記者走進車間`) reads the same.
pub fn opens_with_reporters_act(text: &str) -> bool {
    let folded = crate::text::fold::fold_cow(text);
    ACTS.iter().any(|w| folded.starts_with(w))
}

/// [`opens_with_reporters_act`] for a name a byline or a photo credit gives, where a name
/// stands by itself: only the acts of two chars or more count there (`来到`), since `从` and
/// `在` open a surname as well (`从维熙`). Every credit asks: an act is compared only when it
/// opens with the name's first char, and its chars are counted only when it matches.
pub fn opens_with_reporters_verb(name: &str) -> bool {
    let folded = crate::text::fold::fold_cow(name);
    let Some(first) = folded.chars().next() else {
        return false;
    };
    ACTS.iter()
        .filter(|w| w.starts_with(first))
        .any(|w| folded.starts_with(w) && w.chars().nth(1).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reporters_act_opens_no_name() {
        for t in [
            "来到园区",
            "了解到",
            "获悉",
            "注意到",
            "在现场",
            "从市商务局获悉",
            "走進車間",
        ] {
            assert!(opens_with_reporters_act(t), "{t}");
        }
        for t in ["王春来到园区", "来小华", "于洋", "曾红", "张三"] {
            assert!(!opens_with_reporters_act(t), "{t}");
        }
        assert!(opens_with_reporters_verb("来到"));
        assert!(!opens_with_reporters_verb("从维熙"));
    }
}
