//! Does a string look like a Chinese personal name? Shared by byline detection and fact extraction.

// Fx, not SipHash: asked about every char a name may start with.
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const SURNAMES: &str = include_str!("../../assets/surnames.txt");

struct Surnames {
    single: HashSet<char>,
    compound: HashSet<&'static str>,
}

/// Every surname of the list, single and compound, as written there. Prefilters elsewhere
/// (the fact extractor's first-char tables) build from this, so they never reject a surname
/// [`surname_len`] knows.
pub fn surname_list() -> impl Iterator<Item = &'static str> {
    SURNAMES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

fn surnames() -> &'static Surnames {
    static S: OnceLock<Surnames> = OnceLock::new();
    S.get_or_init(|| {
        let mut single = HashSet::default();
        let mut compound = HashSet::default();
        for word in surname_list() {
            let mut cs = word.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => {
                    single.insert(c);
                }
                (Some(_), Some(_)) => {
                    compound.insert(word);
                }
                _ => {}
            }
        }
        Surnames { single, compound }
    })
}

/// Han ideograph (CJK Unified, Extension A, compatibility).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// Whether `c` (Simplified) is a single-character surname.
pub fn is_surname(c: char) -> bool {
    surnames().single.contains(&c)
}

/// Length in chars of the surname `name` starts with, preferring a compound surname.
pub fn surname_len(name: &str) -> Option<usize> {
    let mut it = name.chars();
    let first = it.next()?;
    // The first two chars as a slice of `name`, not a new string: asked of every byline token.
    if let Some(second) = it.next() {
        let pair = name.get(..first.len_utf8() + second.len_utf8());
        if pair.is_some_and(|p| surnames().compound.contains(p)) {
            return Some(2);
        }
    }
    is_surname(first).then_some(1)
}

/// A Chinese name as printed in bylines and text: a known surname and a one- or two-character
/// given name (three with a compound surname), Han characters only, in Simplified form.
/// A middle dot joins transliterated names (阿卜杜·热合曼) and is accepted too.
///
/// The text is read once, for its length, its `·` and its Han chars: asked of every byline
/// token, and a search for the two-byte `·` in a short text set up a substring searcher each time.
pub fn looks_like_name(s: &str) -> bool {
    let (mut n, mut dot, mut han) = (0usize, false, true);
    for c in s.chars() {
        n += 1;
        if n > 12 {
            return false;
        }
        if c == '·' {
            dot = true;
        } else {
            han &= is_han(c);
        }
    }
    if dot {
        return (3..=12).contains(&n) && han && s.split('·').all(is_transliterated_part);
    }
    if !(2..=4).contains(&n) || !han {
        return false;
    }
    match surname_len(s) {
        Some(2) => (3..=4).contains(&n),
        Some(1) => (2..=3).contains(&n) && !is_column_name(s),
        _ => false,
    }
}

/// A paper's column or section name that opens with a surname (`简讯`, `关注`, `时评`): a
/// heading alone on its line, never a byline's name.
fn is_column_name(s: &str) -> bool {
    // Asked of most two-char tokens of bylines: one is turned down on its first char.
    let mut chars = s.chars();
    let (Some(first), Some(_), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    is_column_name_first(first) && COLUMN_NAMES.binary_search(&s).is_ok()
}

/// Whether a char opens one of [`COLUMN_NAMES`].
fn is_column_name_first(c: char) -> bool {
    matches!(
        c,
        '万' | '书'
            | '关'
            | '农'
            | '史'
            | '商'
            | '文'
            | '方'
            | '时'
            | '焦'
            | '简'
            | '经'
            | '言'
            | '车'
            | '连'
    )
}

/// Column and section names that read as a surname and a given name, sorted (a test checks).
const COLUMN_NAMES: &[&str] = &[
    "万象", "书评", "关注", "农讯", "史话", "商讯", "文苑", "方圆", "时政", "时讯", "时评", "焦点",
    "简报", "简讯", "经纬", "言论", "车讯", "连线",
];

/// Chars no part of a transliterated name ends with, and titles and series labels do
/// (`走进经开区·合肥篇`, `园区·观察`): a place's division, a series' part, a venue.
const NOT_NAME_ENDS: &[char] = &[
    '篇', '区', '市', '省', '县', '镇', '路', '街', '节', '展', '报', '刊', '局', '厅', '院', '园',
    '察', '谈', '记', '录',
];

/// Whether one part of a `·`-joined name reads as a transliterated name's part (`阿卜杜`,
/// `热合曼`): one to six chars, not ending as a place or a title's label does.
fn is_transliterated_part(part: &str) -> bool {
    !part.is_empty() && part.chars().count() <= 6 && !part.ends_with(NOT_NAME_ENDS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_names_are_sorted_and_no_names() {
        assert!(super::COLUMN_NAMES.windows(2).all(|w| w[0] < w[1]));
        for c in super::COLUMN_NAMES {
            assert_eq!(c.chars().count(), 2, "{c}");
            assert!(c.starts_with(super::is_column_name_first), "{c}");
        }
        for c in super::COLUMN_NAMES {
            assert!(!super::looks_like_name(c), "{c}");
        }
        assert!(super::looks_like_name("简伟"));
        assert!(super::looks_like_name("关平"));
    }

    use super::*;

    #[test]
    fn dotted_names_and_dotted_labels() {
        for n in ["阿卜杜·热合曼", "安德鲁·葛鲁夫", "买买提·艾力"] {
            assert!(looks_like_name(n), "{n}");
        }
        for w in ["走进经开区·合肥篇", "园区·观察", "合肥·新区", "·合肥"] {
            assert!(!looks_like_name(w), "{w}");
        }
    }

    #[test]
    fn names_from_the_sample_bylines() {
        for n in [
            "刘少伟",
            "刘记明",
            "陈勤",
            "田浩东",
            "王佳琪",
            "刘静",
            "董战轩",
            "张丽",
            "欧阳修文",
            // Among the hundred commonest surnames (赖, 洪) or a common form of one (萧).
            "赖海子",
            "洪波",
            "萧华",
        ] {
            assert!(looks_like_name(n), "{n}");
        }
    }

    #[test]
    fn words_are_not_names() {
        for w in [
            "会现场",
            "合金液",
            "近日",
            "开发区",
            "科学导报讯",
            "王",
            "张三李四王五",
        ] {
            assert!(!looks_like_name(w), "{w}");
        }
    }
}
