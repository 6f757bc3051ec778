//! The notices after copying and writing files, in the interface language: `已复制 …` /
//! `copied …`, with what was copied and where it went.

use super::ledger::pick;
use super::Lang;

/// `copied 事实 … → terminal`: where a copy went.
pub fn copied(what: &str, dest: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("已复制 {what} → {dest}"),
        format!("copied {what} → {dest}"),
    )
}

pub fn copy_too_large(what: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("无法复制 {what}：对终端来说太大"),
        format!("could not copy {what}: too large for the terminal"),
    )
}

/// A fact as the object of a copy notice: its kind label and text.
pub fn fact_what(kind: &str, text: &str, lang: Lang) -> String {
    pick(lang, format!("{kind}“{text}”"), format!("{kind} “{text}”"))
}

/// All facts of an article as the object of a copy notice.
pub fn facts_of(n: usize, id: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("{id} 的 {n} 条事实"),
        format!("{n} facts of {id}"),
    )
}

pub fn wrote(what: &str, path: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("已将 {what} 写入 {path}"),
        format!("wrote {what} to {path}"),
    )
}

pub fn not_written(path: &str, e: &dyn std::fmt::Display, lang: Lang) -> String {
    pick(
        lang,
        format!("{path}：未写入：{e}"),
        format!("{path}: not written: {e}"),
    )
}

/// The notice after a facts export; `partial` when facts were still being extracted.
pub fn wrote_facts(n: usize, articles: usize, path: &str, partial: bool, lang: Lang) -> String {
    match (lang, partial) {
        (Lang::Zh, false) => format!("已将 {articles} 篇文章的 {n} 条事实写入 {path}"),
        (Lang::Zh, true) => {
            format!("已将 {articles} 篇文章的 {n} 条事实写入 {path}（事实仍在载入）")
        }
        (Lang::En, false) => format!("wrote {n} facts of {articles} articles to {path}"),
        (Lang::En, true) => {
            format!("wrote {n} facts of {articles} articles to {path} (facts still loading)")
        }
    }
}

pub fn export_failed(e: &dyn std::fmt::Display, lang: Lang) -> String {
    pick(
        lang,
        format!("导出失败：{e}"),
        format!("export failed: {e}"),
    )
}

/// A page whose file changed after it was loaded: its current text is shown, while the list
/// still shows the titles loaded (they refresh on the next open).
pub fn file_changed(source: &str, lang: Lang) -> String {
    let source = crate::text::sanitize::for_terminal(source);
    pick(
        lang,
        format!("{source} 在载入后已更改：显示其当前文本（重新打开以更新列表）"),
        format!("{source} changed since it was loaded: showing its current text (reopen to refresh the list)"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_in_each_language() {
        assert!(wrote_facts(2, 1, "a.csv", true, Lang::Zh).ends_with("（事实仍在载入）"));
        assert!(wrote_facts(2, 1, "a.csv", true, Lang::En).ends_with("(facts still loading)"));
        assert!(copied("项目“x”", "terminal", Lang::Zh).starts_with("已复制 "));
        assert_eq!(facts_of(3, "a#1", Lang::En), "3 facts of a#1");
    }
}
