//! Whether a name stands at a position: a Chinese name's shape (a known surname, its length),
//! where it may end (the words a name is followed by, the chars it rarely ends with), and the
//! dictionary words that are no name. Apart from [`super::scan`] because the speakers and the
//! titled names both read names this way.

use super::lists;
use crate::facts::{Extractor, Pos, Seg};
use crate::lexicon::names::{is_han, is_surname, looks_like_name, surname_len};

/// The surname length [`surname_len`] reads from the first two chars at `j`, building a `String`
/// only where a compound surname may start. Candidates of different lengths at `j` share it.
pub(super) fn surname_at(seg: &Seg, j: usize) -> Option<usize> {
    let f = &seg.f;
    let lists = lists();
    let first = *f.get(j)?;
    if !lists.surname_firsts.may_contain(first) {
        return None;
    }
    if lists.compound_surnames.may_contain(first, f.get(j + 1)) {
        return surname_len(&seg.folded(j, j + 2));
    }
    is_surname(first).then_some(1)
}

/// Exactly [`looks_like_name`] on the chars of `cand`, given `surname_at` its start: the
/// candidates of one position differ only in length, so the surname lookup (which allocates)
/// is done once, and no `String` is built for a candidate that fails.
pub(super) fn name_shape(cand: &[char], surname: Option<usize>) -> bool {
    if cand.contains(&'·') {
        return looks_like_name(&cand.iter().collect::<String>());
    }
    let n = cand.len();
    (2..=4).contains(&n)
        && cand.iter().all(|&c| is_han(c))
        && match surname {
            Some(2) => (3..=4).contains(&n),
            Some(1) => (2..=3).contains(&n),
            _ => false,
        }
}

/// Words that may follow a name: the sentence goes on after the name ends here.
pub(super) const FOLLOWERS: &[&str] = &[
    "表示",
    "介绍",
    "说",
    "指出",
    "强调",
    "透露",
    "分析",
    "称",
    "认为",
    "主持",
    "参加",
    "出席",
    "一行",
    "等",
    "与",
    "和",
    "及",
    "同志",
    "在",
    "的",
    "带队",
    "率队",
    "率",
    "会见",
    "陪同",
    "调研",
    "讲话",
    "致辞",
    "到",
    "对",
    "向",
    "为",
    "接受",
    "告诉",
    "坦言",
    "提到",
    "也",
    "还",
    "就",
    "代表",
    "宣布",
    "作",
    "是",
    "先生",
    "女士",
    "同",
    "一起",
    "表态",
    "解释",
    "回忆",
    "感慨",
    "笑着",
    "详细",
    "正在",
    "指导",
    "深入",
    "前往",
    "听取",
    "希望",
    "要求",
    "提出",
    "说道",
    "谈到",
    "补充",
    "告诉",
    "看到",
    "带领",
    "主讲",
    "获得",
    "荣获",
    "被",
    "将",
    "已",
    "曾",
    "又",
    "都",
    "陪同",
    "出席",
    "来到",
    "走进",
    "考察",
    "慰问",
    "作出",
    "进行",
    "召开",
    // Going to see (`副市长杜飞赴西安调研`): no name ends in `赴`.
    "赴",
    // `作` opens what an official delivers (`县长周丽作动员讲话`): a name does not take it.
    "作了",
    "作动员",
    "作报告",
    "作讲话",
    "作重要讲话",
    "作部署",
    "作发言",
    "作总结",
    "作指示",
    "作表态发言",
    "作工作报告",
    "作汇报",
    "作说明",
    "作批示",
    // A time word between a name and its verb (`董事长魏哲家日前表示`): the name ends before it;
    // read on a char short of it, `魏哲家` was `魏哲`.
    "日前",
    "近日",
    "今天",
    "昨天",
    "今日",
    "昨日",
    "此前",
];

/// Last characters a name rarely ends with but a following word often starts with.
pub(super) const WEAK_ENDS: &[char] = &[
    '和', '与', '及', '等', '在', '的', '说', '是', '为', '也', '到', '对', '向', '就', '还', '称',
    '同', '率', '表', '介', '都', '晚', '时', '示', '赴',
];

/// The end of a name starting at `j` and the name, when one is there and what follows it is at
/// least `min` strong (below).
pub(super) fn pick_name(ex: &Extractor, seg: &Seg, j: usize, min: u8) -> Option<(usize, String)> {
    let f = &seg.f;
    if opens_with_function_word(seg, j) {
        return None;
    }
    // A space after the first char: a name spaced out (`孙　斌`), or none.
    if f.get(j + 1).is_some_and(|&c| c == ' ' || c == '\u{3000}') {
        return super::spaced::pick_spaced(ex, seg, j, min);
    }
    let surname = surname_at(seg, j);
    let lens: &[usize] = if surname == Some(2) { &[4, 3] } else { &[3, 2] };
    // Strength of what follows each candidate: 2 = punctuation or a follower word of two or more
    // chars, 1 = a one-char follower or jieba's own name boundary, 0 = none. The strongest wins,
    // the longer on a tie: `张伟陪同` is 张伟 + 陪同, `赵自成主持` is 赵自成 + 主持.
    let mut best: Option<(u8, usize, String)> = None;
    for &len in lens {
        let end = j + len;
        if end > f.len() || WEAK_ENDS.contains(&f[end - 1]) || !name_shape(&f[j..end], surname) {
            continue;
        }
        // jieba's tag is asked last: it is the one costly signal, and only breaks a tie.
        let strength = strength_after(f, end, || seg.word_is(j, end, Pos::PersonName));
        if strength < min.max(1) || best.as_ref().is_some_and(|(s, ..)| strength <= *s) {
            continue;
        }
        let name = seg.folded(j, end);
        if !is_common_word(ex, &name) {
            best = Some((strength, end, name));
        }
    }
    best.map(|(_, end, name)| (end, name))
}

/// How strongly what follows a proposed name ending at `end` ends it: 2 = the text's end,
/// punctuation, a follower word of two or more chars or a visit's verb; 1 = a one-char
/// follower or `hint` (asked only then); 0 = none.
pub(super) fn strength_after(f: &[char], end: usize, hint: impl FnOnce() -> bool) -> u8 {
    let follower = lists().followers.longest_at(f, end);
    if end == f.len()
        || !is_han(f[end])
        || follower.is_some_and(|n| n >= 2)
        || visit_follows(f, end)
    {
        2
    } else if follower.is_some() || hint() {
        1
    } else {
        0
    }
}

/// The verbs of an official's visit, ending the clause that `来` opens after a name
/// (`副市长杜飞来西安航天基地调研`).
const VISIT_VERBS: &[&str] = &[
    "调研", "考察", "视察", "检查", "督导", "指导", "走访", "慰问", "参观",
];

/// How far after `来` the visit's verb may stand: a place's name or two.
const VISIT_REACH: usize = 16;

/// Whether a visit follows a name ending at `end`: `来`, a place (one char or more, no
/// punctuation) and a verb of visiting (`杜飞来西安航天基地调研`). `来` alone follows no name
/// (`周恩来到延安`: the name ends in it), so a place between it and the verb is asked for.
pub fn visit_follows(f: &[char], end: usize) -> bool {
    if f.get(end) != Some(&'来') {
        return false;
    }
    let from = end + 2;
    let to = f.len().min(end + 1 + VISIT_REACH);
    (from..to)
        .take_while(|&k| is_han(f[k]))
        .any(|k| VISIT_VERBS.iter().any(|v| crate::facts::at(f, k, v)))
}

/// Whether jieba reads the char at `i` as a word of its own that is a conjunction,
/// preposition, adverb or pronoun (`但我认为`, `和我说`, `都将`, `向记者表示`): a surname
/// (`曾`, `向`, `和`, `但`) jieba joins to the given name it reads after it (`曾国藩`).
pub(super) fn opens_with_function_word(seg: &Seg, i: usize) -> bool {
    seg.is_word(i, i + 1)
        && matches!(
            crate::facts::orgs::function_tag(seg, i, i + 1),
            Some("c" | "p" | "d" | "r")
        )
}

/// Quarters and science cities the press names bare whose names have a Chinese name's shape
/// (a surname and one or two chars): `张江将以模速空间为牵引` is Shanghai's science city
/// speaking through its officials, no person.
const QUARTERS: &[&str] = &["张江", "金桥", "陆家嘴", "曹妃甸", "洋山"];

/// Whether `cand` is one of [`QUARTERS`]: a place, whatever name it looks like.
pub fn names_a_quarter(cand: &str) -> bool {
    QUARTERS.contains(&cand)
}

/// A word jieba knows as something other than a name (`介绍`, `安全`) is no name; nor is a
/// quarter of [`QUARTERS`].
pub fn is_common_word(ex: &Extractor, cand: &str) -> bool {
    if names_a_quarter(cand) {
        return true;
    }
    if !ex.is_dictionary_word(cand) {
        return false;
    }
    ex.word_pos(cand) != Pos::PersonName
}
