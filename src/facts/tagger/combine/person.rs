//! A person the tagger proposes, judged: the chars must look like a name, not be a common word
//! or end in a char that belongs to what follows, and it takes the role written before it.

use super::SURE_PERSON;
use crate::facts::{at, people, Extractor, Found, Pos, Seg, ZoneSpan};
use crate::lexicon::names::{is_han, is_surname};
use crate::model::FactKind;

/// Whether a proposed person's chars look like a name: Han (2 to 6, or longer joined by `·`:
/// `安德鲁·葛鲁夫`), or Latin letters (`Tim Cook`).
pub(super) fn name_like(name: &[char]) -> bool {
    // A dash joins the parts of a transliteration as a dot does (`约翰—格伦`); not a hyphen,
    // which joins the stops of a route as often (`张掖-嘉峪关`).
    let dot = |c: char| matches!(c, '·' | '•' | '・' | '—');
    let han = name.iter().all(|&c| is_han(c) || dot(c));
    let latin = name
        .iter()
        .all(|&c| c.is_ascii_alphabetic() || c == ' ' || c == '.' || c == '-')
        && name.first().is_some_and(|c| c.is_ascii_uppercase());
    let dots = name.iter().filter(|&&c| dot(c)).count();
    let parts_ok = !name.first().is_some_and(|&c| dot(c))
        && !name.last().is_some_and(|&c| dot(c))
        && !name.windows(2).any(|w| dot(w[0]) && dot(w[1]));
    match (han, latin) {
        // Up to six: transliterations are written without a dot too (`内塔尼亚胡`).
        (true, _) if dots == 0 => (2..=6).contains(&name.len()),
        (true, _) => parts_ok && name.len() <= 16,
        (_, true) => (2..=30).contains(&name.len()),
        _ => false,
    }
}

/// Where a Latin name proposed at `start..end` ends, taking in the capitalised words that
/// follow it after one space (`Robin` of `Robin Ng表示` → `Robin Ng`): the tagger cut a
/// foreign name at its space. At most 30 chars, as [`name_like`] allows.
fn latin_name_end(f: &[char], start: usize, end: usize) -> usize {
    let latin = |c: &char| c.is_ascii_alphabetic();
    if !f
        .get(start..end)
        .is_some_and(|n| !n.is_empty() && n.iter().all(latin))
    {
        return end;
    }
    let mut e = end;
    while f.get(e) == Some(&' ') && f.get(e + 1).is_some_and(char::is_ascii_uppercase) {
        let mut k = e + 1;
        while f.get(k).is_some_and(latin) {
            k += 1;
        }
        if k - start > 30
            || f.get(k)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.')
        {
            break;
        }
        e = k;
    }
    e
}

/// Whether a proposed name at `start` goes on a code written before it (`0522.HK`, a stock
/// code's exchange; `A1`): letters right after a digit or a dot are the code's, no name.
fn in_a_code(f: &[char], start: usize) -> bool {
    f.get(start).is_some_and(char::is_ascii_alphabetic)
        && start
            .checked_sub(1)
            .and_then(|p| f.get(p))
            .is_some_and(|c| c.is_ascii_digit() || *c == '.')
}

/// Whether jieba knows `word` as a noun, verb, place, body or other proper name (`和田玉`,
/// `黄石`, a brand tagged `nz`): no person. A dictionary word jieba tags as a name, or cannot
/// tag whole (`周恩来`), may be one.
fn is_common_noun(ex: &Extractor, word: &str) -> bool {
    ex.is_dictionary_word(word)
        && matches!(
            ex.word_pos(word),
            Pos::Noun | Pos::Verb | Pos::PlaceName | Pos::OrgName | Pos::OtherProper
        )
}

/// Last chars of a proposed Han name that belong to what follows or to a place (`佩恩才是`,
/// `梁沟村`, `周二晚`); a name rarely ends in them. Not `马`: transliterations end in it
/// (`奥巴马`, `莱德斯马`), and `罗马` is a place jieba knows.
pub(super) const NOT_NAME_ENDS: &[char] = &[
    '村', '镇', '乡', '县', '市', '区', '省', '室', '则', '才', '都', '时', '晚', '等', '和', '与',
    '说', '称', '是', '在', '的', '了', '率', '赴',
];

pub(super) fn person(
    ex: &Extractor,
    seg: &Seg,
    zones: &[ZoneSpan],
    start: usize,
    end: usize,
    confidence: i32,
) -> Option<(FactKind, Found)> {
    // `任命张伟为主任`: the tagger runs an appointed name on into the `为` of the post.
    let end = people::appointed_name_end(&seg.f, start, end);
    let end = latin_name_end(&seg.f, start, end);
    if in_a_code(&seg.f, start) {
        return None;
    }
    let chars = seg.f.get(start..end)?;
    // A lone surname is a dictionary word (`王`, `江`): the honorific after it says who.
    let lone = surname_before_honorific(&seg.f, start, end);
    if !name_like(chars) && !lone {
        return None;
    }
    let name = seg.folded(start, end);
    let role = people::role_before(seg, start, zones);
    // `比亚迪与园区签署合作协议`: an untitled name that signs with a zone or a body is a
    // company's (jieba's dictionary has `比亚迪` as a person's name).
    if role.is_none()
        && !lone
        && !shaped_like_a_name(chars)
        && super::signing::signs_with_a_body(seg, zones, end)
    {
        return Some((FactKind::Organization, Found::named(start, end, name)));
    }
    // `日本电产（尼得科）新能源汽车驱动电机项目`: a name filling brackets inside a noun phrase
    // is the company's other name, not a person.
    if role.is_none() && aliases_in_brackets(&seg.f, start, end) {
        return Some((FactKind::Organization, Found::named(start, end, name)));
    }
    if (is_common_noun(ex, &name) && confidence < SURE_PERSON && !lone)
        || chars.last().is_some_and(|c| NOT_NAME_ENDS.contains(c))
        || people::ends_with_title(&name)
        || people::names_a_quarter(&name)
        || names_a_committee(seg, end)
        || heads_a_listed_noun(seg, start, end)
        || heads_a_firm(&seg.f, end)
        || glosses_a_name(&seg.f, start, end)
    {
        return None;
    }
    Some((
        FactKind::Person,
        Found {
            role,
            ..Found::named(start, end, name)
        },
    ))
}

/// Whether an untitled name is shaped like a person's own, not a brand's: a surname and one or
/// two chars (`王传福`; `比亚迪` opens with no surname, `宁德时代` is too long). A brand shaped
/// so (`华为`) stays the person it was read as: precision before recall.
fn shaped_like_a_name(chars: &[char]) -> bool {
    (2..=3).contains(&chars.len()) && chars.first().is_some_and(|&c| is_surname(c))
}

/// Words for a firm's trade or form written right after its short name (`奇瑞汽车出口车辆`,
/// `潞安集团`): what they follow is a company's name, no person's.
const FIRM_WORDS: &[&str] = &["汽车", "集团", "股份", "控股", "公司"];

/// Whether the proposed name ending at `end` runs on into a firm's word ([`FIRM_WORDS`]):
/// the tagger had read `奇瑞` of `奇瑞汽车出口车辆` as a person.
fn heads_a_firm(f: &[char], end: usize) -> bool {
    FIRM_WORDS.iter().any(|w| at(f, end, w))
}

/// Whether the Latin name at `start..end` lies in brackets right after Han text
/// (`刘扬伟（Young Liu）`, `富士康（Foxconn）`): the Latin spelling of the name before it, which
/// is one fact or none, not another person (`Liu` had been one).
fn glosses_a_name(f: &[char], start: usize, end: usize) -> bool {
    let latin = |c: char| c.is_ascii_alphabetic() || c == ' ' || c == '.' || c == '-';
    if !f
        .get(start..end)
        .is_some_and(|n| n.iter().all(|&c| latin(c)))
    {
        return false;
    }
    let mut a = start;
    while a > 0 && latin(f[a - 1]) {
        a -= 1;
    }
    let mut b = end;
    while b < f.len() && latin(f[b]) {
        b += 1;
    }
    let opens = a >= 2 && matches!(f[a - 1], '（' | '(') && is_han(f[a - 2]);
    opens && matches!(f.get(b), Some('）' | ')'))
}

/// Whether the Han name at `start..end` fills brackets written inside a noun phrase: Han
/// right before `（` and right after `）` (`日本电产（尼得科）新能源汽车…项目`). A person is
/// glossed in brackets at a phrase's end (`董事长（左）`, `张三（右）表示` hold no name alone);
/// one that the phrase runs on past is the other name of the firm before it.
fn aliases_in_brackets(f: &[char], start: usize, end: usize) -> bool {
    let han = |i: Option<usize>| i.and_then(|i| f.get(i)).is_some_and(|&c| is_han(c));
    start >= 1
        && matches!(f[start - 1], '（' | '(')
        && han(start.checked_sub(2))
        && matches!(f.get(end), Some('）' | ')'))
        && han(Some(end + 1))
}

/// Whether a proposed name ends in the `委` of a committee's short name (`黄委会`, `村委会`:
/// `委员会` shortened): the tagger read `黄委` as a person where the full name
/// (`黄河水利委员会`) came earlier in the text. A name may end in `委` (`鲁政委`), but not
/// with `会` right after it.
fn names_a_committee(seg: &Seg, end: usize) -> bool {
    end.checked_sub(1).and_then(|i| seg.f.get(i)) == Some(&'委') && seg.f.get(end) == Some(&'会')
}

/// Whether the proposed name at `start..end` opens an item of a `、` list that goes on in one
/// common noun and ends there (`数字平台、楼宇经济等多种业态`: jieba's dictionary tags `楼宇` a
/// name): the item names a kind of thing, not a person. Listed people are written alone, with
/// a title or an honorific (`程用文、陈邂馨`, `张三同志、李四同志`), which stay.
fn heads_a_listed_noun(seg: &Seg, start: usize, end: usize) -> bool {
    let k = seg.toks.partition_point(|t| t.start < end);
    let Some(t) = seg
        .toks
        .get(k)
        .filter(|t| t.start == end && t.end >= end + 2)
    else {
        return false;
    };
    let after = seg.f.get(t.end).copied();
    let before = start.checked_sub(1).and_then(|i| seg.f.get(i)).copied();
    let listed = matches!(after, Some('、' | '等'))
        || (before == Some('、') && matches!(after, None | Some('，' | '。' | '；')));
    listed && seg.pos(k) == Pos::Noun && {
        let word = seg.folded(t.start, t.end);
        !people::is_title(&word) && !HONORIFICS.contains(&word.as_str())
    }
}

/// Words after a lone surname that make it a person as the press refers to one
/// (`李老师`, `郑先生`, `王某`, `胡老`); titles count too (`江主席`, `常副局长`, see
/// [`people::title_at`]).
const HONORIFICS: &[&str] = &[
    "先生", "女士", "小姐", "老师", "教授", "同志", "师傅", "大娘", "大爷", "大妈", "大姐", "某",
    "老",
];

/// Whether the proposed person `start..end` is one char, a surname, followed by an honorific
/// or a title (`李老师`, `江主席`) or after `老`, `小` or `姓` (`老于`, `姓樊的`): People's Daily marks the surname alone as the person, the
/// tagger learnt it so, and no name of two or more chars is written there to take instead.
fn surname_before_honorific(f: &[char], start: usize, end: usize) -> bool {
    end == start + 1
        && f.get(start).is_some_and(|&c| is_surname(c))
        && (HONORIFICS.iter().any(|h| at(f, end, h))
            || people::title_at(f, end)
            || start
                .checked_sub(1)
                .and_then(|p| f.get(p))
                .is_some_and(|c| matches!(c, '老' | '小' | '姓')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn names_with_dots_and_latin_names_look_like_names() {
        assert!(name_like(&chars("安德鲁·葛鲁夫")));
        assert!(name_like(&chars("张三")));
        assert!(name_like(&chars("Tim Cook")));
        assert!(!name_like(&chars("·葛鲁夫")));
        assert!(!name_like(&chars("张")));
        assert!(name_like(&chars("内塔尼亚胡")));
        assert!(name_like(&chars("约翰—格伦")));
        assert!(!name_like(&chars("赛场———香港")));
        assert!(!name_like(&chars("张掖-嘉峪关")));
        assert!(!name_like(&chars("张三李四王五赵六")));
        assert!(!name_like(&chars("3号")));
    }

    /// A company's short name before its trade (`奇瑞汽车`) and a name's Latin spelling in
    /// brackets after it (`刘扬伟（Young Liu）`) are no person.
    #[test]
    fn a_firms_name_and_a_latin_gloss_are_no_person() {
        let f = chars("奇瑞汽车出口车辆");
        assert!(heads_a_firm(&f, 2));
        assert!(!heads_a_firm(&chars("王强出席"), 2));
        let f = chars("董事长刘扬伟（Young Liu）出席");
        assert!(glosses_a_name(&f, 13, 16));
        let f = chars("苹果CEO Tim Cook出席");
        assert!(!glosses_a_name(&f, 6, 14));
    }

    /// A name in brackets that a noun phrase runs on past is a firm's other name; one at a
    /// phrase's end is not read so.
    #[test]
    fn a_name_in_brackets_inside_a_phrase_is_an_alias() {
        let f = chars("最大的是日本电产（尼得科）新能源汽车驱动电机项目");
        assert!(aliases_in_brackets(&f, 9, 12));
        let f = chars("记者（张三）。");
        assert!(!aliases_in_brackets(&f, 3, 5));
        let f = chars("（张三）出席");
        assert!(!aliases_in_brackets(&f, 1, 3));
    }

    /// A name-like word opening a listed kind of thing is no person; listed people with a
    /// title or an honorific after them are.
    #[test]
    fn a_listed_kind_of_thing_opens_with_no_person() {
        let ex = Extractor::new();
        let seg = |t: &str| ex.seg(t, crate::facts::Place::Paragraph(0));
        let s = seg("整合数字平台、楼宇经济等多种业态。");
        assert!(heads_a_listed_noun(&s, 7, 9));
        let s = seg("张三同志、李四同志出席。");
        assert!(!heads_a_listed_noun(&s, 0, 2));
        let s = seg("会见了张三书记、李四。");
        assert!(!heads_a_listed_noun(&s, 3, 5));
    }
}
