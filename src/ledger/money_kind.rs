//! What kind of investment a figure states: the project's total, or an amount added to it
//! (`追加投资3亿美元`, `增资5亿元`), which is no total.

/// Words right before a figure (after its fillers) that make it an addition to an earlier
/// investment, longest first where one ends another.
const ADDED: &[&str] = &[
    "追加投资",
    "追加",
    "增资",
    "增加投资",
    "新增投资",
    "加码投资",
    "再投资",
    "增资扩股",
];

/// Fillers between the words and the figure (`追加投资约3亿美元`).
const FILLERS: &[&str] = &["约", "达", "逾", "超", "近", "共"];

/// Whether compact text right before a figure says the figure adds to an investment.
pub fn is_additional(before: &str) -> bool {
    let mut b = before;
    while let Some(f) = FILLERS.iter().find(|f| b.ends_with(*f)) {
        b = &b[..b.len() - f.len()];
    }
    ADDED.iter().any(|w| b.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn additions_are_told_from_totals() {
        assert!(is_additional("扩产项目追加投资"));
        assert!(is_additional("该公司增资约"));
        assert!(!is_additional("项目总投资"));
        assert!(!is_additional("投资"));
    }
}
