//! Names printed spaced out: print pages space a two-char name to the width of a three-char one
//! (`吴　陆`, `孙　斌`), some set a surname apart from its given name (`班 娟娟`), and a scan's OCR
//! spaces every char of a name (`王 晓 东`). Shared by the byline reader (whose tokens are cut at
//! spaces) and the fact extractor (which reads names in running text).

use super::names::{is_han, is_surname};

/// The char of a token that is one Han char.
pub fn one_han(t: &str) -> Option<char> {
    let mut cs = t.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if is_han(c) => Some(c),
        _ => None,
    }
}

/// Whether two tokens printed apart have the shape of one name spaced out: two single Han chars
/// (a one-char token is never a name of its own), or a surname alone before two Han chars
/// (`班 娟娟`). Only the shape: a byline also turns down a role word or a credit's act after a
/// surname (`王 摄影`), which running text has no use for.
pub fn spaced_name_shape(first: &str, next: &str) -> bool {
    let Some(c) = one_han(first) else {
        return false;
    };
    if one_han(next).is_some() {
        return true;
    }
    let mut cs = next.chars();
    let two_han = matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some(b), None) if is_han(a) && is_han(b));
    two_han && is_surname(c)
}

/// Whether `c` is a space a name may be spaced out with: an ASCII or an ideographic one.
fn is_name_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

/// Most spaces set between two chars of one name (`孙　　斌` in a justified line).
const MAX_GAP: usize = 2;

/// Most chars of a name read spaced out one by one (`王 晓 东`); a longer run of spaced chars
/// is spaced-out text (`湖 南 日 报`), no name.
const MAX_SPACED: usize = 3;

/// The names that may be printed spaced out from `j` in running text (folded chars): a Han
/// char, then one Han char after another, each set apart by one or two spaces, two or three
/// in all, the first pair of the shape [`spaced_name_shape`] reads. Each is its end (just past
/// its last char) and its chars without the spaces, shortest first; the last char may run on
/// into the next word (`冯　涛任…`, `王 晓 东介绍`), so the caller judges where a name ends.
/// Empty where no space follows the char at `j`, which is nearly everywhere.
pub fn spaced_names_at(f: &[char], j: usize) -> Vec<(usize, Vec<char>)> {
    let mut out = Vec::new();
    let Some(&first) = f.get(j).filter(|&&c| is_han(c)) else {
        return out;
    };
    let mut chars = vec![first];
    let mut k = j + 1;
    loop {
        let gap = f
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&c| is_name_space(c))
            .count();
        let Some(&c) = f.get(k + gap).filter(|&&c| is_han(c)) else {
            break;
        };
        if gap == 0 || gap > MAX_GAP {
            break;
        }
        if chars.len() == MAX_SPACED {
            // A fourth char spaced out: spaced-out text, not a name.
            return Vec::new();
        }
        chars.push(c);
        k += gap + 1;
        out.push((k, chars.clone()));
        // A char run on into a word ends the spaced name: what follows is the text's.
        if f.get(k).is_some_and(|&c| is_han(c)) {
            break;
        }
    }
    let first_pair = |(_, cs): &(usize, Vec<char>)| {
        cs.len() != 2 || spaced_name_shape(&cs[0].to_string(), &cs[1].to_string())
    };
    out.retain(first_pair);
    out
}

/// Whether the char at `i` may be the last of a two-char name spaced out (`冯　涛任…`): one or
/// two spaces before it, and a surname alone before them. A place's name read back from a zone's
/// suffix does not open there (`冯　涛任上党经济技术开发区…` names no zone `涛任上党`).
pub fn after_spaced_surname(f: &[char], i: usize) -> bool {
    let before = f.get(..i).unwrap_or_default();
    let gap = before
        .iter()
        .rev()
        .take_while(|&&c| is_name_space(c))
        .count();
    let Some(&surname) = before
        .len()
        .checked_sub(gap + 1)
        .and_then(|k| before.get(k))
    else {
        return false;
    };
    let alone = before
        .len()
        .checked_sub(gap + 2)
        .and_then(|k| before.get(k))
        .is_none_or(|&c| !is_han(c));
    (1..=MAX_GAP).contains(&gap) && is_surname(surname) && alone
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn names_at(text: &str, j: usize) -> Vec<String> {
        spaced_names_at(&chars(text), j)
            .into_iter()
            .map(|(_, cs)| cs.into_iter().collect())
            .collect()
    }

    #[test]
    fn spaced_names_in_running_text() {
        assert_eq!(names_at("孙　斌、崔振华", 0), ["孙斌"]);
        assert_eq!(names_at("王 晓 东介绍", 0), ["王晓", "王晓东"]);
        assert_eq!(names_at("冯　涛任上党", 0), ["冯涛"]);
        assert_eq!(names_at("孙　斌　崔振华", 0), ["孙斌", "孙斌崔"]);
        assert!(names_at("湖 南 日 报", 0).is_empty());
        assert!(names_at("孙斌、崔振华", 0).is_empty());
        assert!(names_at("孙　　　斌", 0).is_empty());
    }

    #[test]
    fn the_second_half_of_a_spaced_name() {
        let f = chars("研究决定：冯　涛任上党");
        assert!(after_spaced_surname(&f, 7));
        assert!(!after_spaced_surname(&f, 8));
        // A surname glued to a word before it is that word's (`秘书长刘`), not alone.
        assert!(!after_spaced_surname(&chars("秘书长刘　涛"), 5));
        assert!(!after_spaced_surname(&chars("山西　运城"), 3));
    }
}
