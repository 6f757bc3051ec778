//! What is said of a batch of projects, not of one: a size band that counts them
//! (`投资10亿元至50亿元项目9个`: `10亿元至50亿元项目` is no project's name) and a total over a
//! count (`共签约项目108个，总投资865亿元，其中孚能科技一期项目…`: the 865亿 is the 108's, not
//! the project's the sentence goes on to name).

/// Chars a size band is written with: figures, money units and range words.
const BAND_CHARS: &str =
    "0123456789０１２３４５６７８９.．一二三四五六七八九十百千万亿元美港币至到超以上下及投资额总";

/// Whether a project name is a size band (`10亿元至50亿元项目`, `亿元以上项目`): before
/// `项目`, nothing but figures, money units and range words, with a money unit among them.
pub fn is_size_band(name: &str) -> bool {
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(head) = compact
        .strip_suffix("项目")
        .or_else(|| compact.strip_suffix("項目"))
    else {
        return false;
    };
    !head.is_empty() && head.contains('元') && head.chars().all(|c| BAND_CHARS.contains(c))
}

/// Whether a project name is a count or a region, no project: `12項目` (a title's `簽約12項目`,
/// twelve projects) has nothing but a number before `项目`, and `粤港澳大湾区项目` (`举行粤港澳
/// 大湾区项目签约活动`) a region the projects of an event come from, which no one project is.
pub fn is_count_or_region(name: &str) -> bool {
    let compact: String = crate::text::fold::fold(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let Some(head) = compact.strip_suffix("项目") else {
        return false;
    };
    let numeral = |c: char| c.is_numeric() || "一两二三四五六七八九十百千个余多".contains(c);
    let count = !head.is_empty() && head.chars().all(numeral);
    let region = REGIONS.iter().any(|r| head.ends_with(r));
    count || region
}

/// Endings of a region's name: a region spans many places and zones, no one project's site.
const REGIONS: &[&str] = &["湾区", "地区", "经济带", "经济圈", "都市圈", "城市群"];

/// Whether text counts projects (`签约项目108个`, `26个项目`, `12个重点项目`): the figure
/// that follows such a count in its sentence is the batch's.
pub fn counts_projects(text: &[char]) -> bool {
    let s: String = text.iter().collect();
    let digit =
        |c: char| c.is_ascii_digit() || "０１２３４５６７８９一二三四五六七八九十百".contains(c);
    let cs: Vec<char> = s.chars().collect();
    (0..cs.len()).any(|i| {
        if !digit(cs[i]) {
            return false;
        }
        let mut j = i;
        while j < cs.len() && digit(cs[j]) {
            j += 1;
        }
        if cs.get(j) != Some(&'个') {
            return false;
        }
        // `项目108个` before the figure, or `108个(重点)项目` after it.
        let before: String = cs[i.saturating_sub(2)..i].iter().collect();
        let after: String = cs[j + 1..cs.len().min(j + 5)].iter().collect();
        before == "项目" || after.contains("项目")
    })
}

/// Whether compact text before a name ends in a count of two or more (`签约5个`, `十二个`):
/// the name after it is a kind the batch's projects share (`龙南经开区签约5个稀土深加工项目`), not
/// one project's. `一个` introduces one (`一个投资50亿元的…项目`).
pub fn ends_in_count(before: &str) -> bool {
    let Some(rest) = before.strip_suffix('个') else {
        return false;
    };
    let numeral = |c: &char| {
        c.is_ascii_digit() || "０１２３４５６７８９一两二三四五六七八九十百".contains(*c)
    };
    let count: String = rest.chars().rev().take_while(numeral).collect();
    let n = count.chars().count();
    // `第5个` is an ordinal.
    let ordinal = rest.chars().rev().nth(n) == Some('第');
    n > 0 && !["1", "１", "一"].contains(&count.as_str()) && !ordinal
}

/// Whether compact text right after a name opens with a count of two or more (`58个`,
/// `10个以上`): the name is the kind the batch counts (`新签约数字经济项目58个`).
pub fn opens_with_count(after: &str) -> bool {
    let numeral = |c: &char| {
        c.is_ascii_digit() || "０１２３４５６７８９一两二三四五六七八九十百".contains(*c)
    };
    let count: String = after.chars().take_while(numeral).collect();
    let n = count.chars().count();
    n > 0 && after.chars().nth(n) == Some('个') && !["1", "１", "一"].contains(&count.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_bands_are_no_names() {
        assert!(is_size_band("10亿元至50亿元项目"));
        assert!(is_size_band("亿元以上项目"));
        assert!(is_size_band("超50亿元项目"));
        assert!(!is_size_band("年产30GWh动力电池项目"));
        assert!(!is_size_band("孚能科技一期项目"));
        assert!(!is_size_band("10亿元"));
    }

    #[test]
    fn counts_and_regions_are_no_names() {
        assert!(is_count_or_region("12項目"));
        assert!(is_count_or_region("十二个项目"));
        assert!(is_count_or_region("粵港澳大灣區項目"));
        assert!(!is_count_or_region("二期项目"));
        assert!(!is_count_or_region("光电产业园三期项目"));
        assert!(!is_count_or_region("前海國際金融中心項目"));
    }

    #[test]
    fn a_count_before_a_name() {
        assert!(ends_in_count("签约5个"));
        assert!(ends_in_count("签约十二个"));
        assert!(ends_in_count("签约十一个"));
        assert!(!ends_in_count("是一个"));
        assert!(!ends_in_count("第5个"));
        assert!(!ends_in_count("签约1个"));
        assert!(!ends_in_count("签约"));
    }

    #[test]
    fn counts_of_projects() {
        let c = |s: &str| counts_projects(&s.chars().collect::<Vec<_>>());
        assert!(c("2025年赣州经开区共签约项目108个，"));
        assert!(c("集中签约26个重点项目"));
        assert!(!c("2025年10月投产"));
        assert!(!c("新增就业岗位1200个"));
    }
}
