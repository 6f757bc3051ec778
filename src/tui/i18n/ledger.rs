//! The ledger views' words (Projects `p`, mentions `m`, zone profile `P`) in the interface
//! language: the sentences with counts and names in them that `Msg` labels cannot hold.

use super::Lang;
use crate::tui::app::SortBy;

/// Picks the Chinese or English text.
pub(super) fn pick<T>(lang: Lang, zh: T, en: T) -> T {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The name of a Projects sort order, as the title and the `s` notice show it.
pub fn sort_label(sort: SortBy, lang: Lang) -> &'static str {
    match sort {
        SortBy::Page => pick(lang, "版面顺序", "page order"),
        SortBy::Investment => pick(lang, "投资额", "investment"),
        SortBy::Date => pick(lang, "日期", "date"),
        SortBy::Stage => pick(lang, "阶段", "stage"),
    }
}

/// ` 项目台账 · 12 个 · 按投资额排序 ` / ` projects · 12 · sorted by investment `.
pub fn projects_title(n: usize, sort: SortBy, lang: Lang) -> String {
    let by = sort_label(sort, lang);
    pick(
        lang,
        format!(" 项目台账 · {n} 个 · 按{by}排序 "),
        format!(" projects · {n} · sorted by {by} "),
    )
}

/// The key hint at the bottom of the Projects view.
pub fn projects_hint(lang: Lang) -> &'static str {
    pick(
        lang,
        " Enter 打开 · s 排序 · y/Y 复制 · e 导出 · P 画像 · Esc 返回 ",
        " Enter open · s sort · y/Y copy · e export · P profile · Esc back ",
    )
}

/// The Projects table's column headings: stage, project, investment, owners, date.
pub fn projects_columns(lang: Lang) -> [&'static str; 5] {
    pick(
        lang,
        ["阶段", "项目", "投资", "业主", "日期"],
        ["stage", "project", "invest", "owners", "date"],
    )
}

pub fn no_projects(lang: Lang) -> &'static str {
    pick(
        lang,
        "所列文章中没有项目",
        "no projects in the listed articles",
    )
}

/// `projects sorted by investment`, the notice after `s`.
pub fn sorted_by(sort: SortBy, lang: Lang) -> String {
    let by = sort_label(sort, lang);
    pick(
        lang,
        format!("项目按{by}排序"),
        format!("projects sorted by {by}"),
    )
}

/// The Projects view while its ledger is built (the status line and the view say so).
pub fn building_ledger(lang: Lang) -> &'static str {
    pick(lang, "正在构建项目台账…", "building the projects ledger…")
}

/// The mentions view while the sentences are looked for.
pub fn finding_mentions(lang: Lang) -> &'static str {
    pick(
        lang,
        "正在查找提及的句子…",
        "finding the sentences that mention it…",
    )
}

/// ` 项目台账 · 构建中… ` / ` projects · building… `: no count to show yet.
pub fn projects_building_title(lang: Lang) -> &'static str {
    pick(lang, " 项目台账 · 构建中… ", " projects · building… ")
}

/// ` “name” · 查找中… ` / ` “name” · searching… `.
pub fn mentions_building_title(name: &str, lang: Lang) -> String {
    pick(
        lang,
        format!(" “{name}” · 查找中… "),
        format!(" “{name}” · searching… "),
    )
}

pub fn ledger_partial(lang: Lang) -> &'static str {
    pick(
        lang,
        "事实仍在提取中：台账不完整",
        "facts are still being extracted: the ledger is partial",
    )
}

pub fn no_project_to_copy(lang: Lang) -> &'static str {
    pick(lang, "没有可复制的项目", "no project to copy")
}

pub fn select_fact_first(lang: Lang) -> &'static str {
    pick(
        lang,
        "请先选中一条事实（Tab 切到事实栏）",
        "select a fact first (Tab to the facts pane)",
    )
}

pub fn no_zone_for_profile(lang: Lang) -> &'static str {
    pick(
        lang,
        "没有园区：按 z 选择，或选中带园区的项目",
        "no zone: pick one with z, or select a project with a zone",
    )
}

/// A project as the object of a copy notice.
pub fn project_what(name: &str, lang: Lang) -> String {
    pick(lang, format!("项目“{name}”"), format!("project “{name}”"))
}

/// `12 projects (TSV)` as the object of a copy or write notice.
pub fn projects_what(n: usize, lang: Lang) -> String {
    pick(lang, format!("{n} 个项目"), format!("{n} projects"))
}

pub fn ledger_not_written(e: &dyn std::fmt::Display, lang: Lang) -> String {
    pick(
        lang,
        format!("无法写出台账：{e}"),
        format!("cannot write the ledger: {e}"),
    )
}

pub fn article_not_loaded(id: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("文章 {id} 未载入"),
        format!("article {id} is not loaded"),
    )
}

/// ` “name” · 12 句提及 ` / ` “name” · mentioned in 12 sentences ` (`1 sentence`).
pub fn mentions_title(name: &str, n: usize, lang: Lang) -> String {
    let noun = if n == 1 { "sentence" } else { "sentences" };
    pick(
        lang,
        format!(" “{name}” · {n} 句提及 "),
        format!(" “{name}” · mentioned in {n} {noun} "),
    )
}

pub fn mentions_hint(lang: Lang) -> &'static str {
    pick(lang, " Enter 打开 · Esc 返回 ", " Enter open · Esc back ")
}

pub fn no_mentions(lang: Lang) -> &'static str {
    pick(lang, "没有文章提及", "no article mentions it")
}

pub fn profile_title(zone: &str, lang: Lang) -> String {
    pick(
        lang,
        format!(" 园区画像 {zone} "),
        format!(" zone profile {zone} "),
    )
}

pub fn any_key_closes(lang: Lang) -> &'static str {
    pick(lang, " 按任意键关闭 ", " any key closes ")
}

/// The profile's one-line summary: articles, projects, announced investment, latest date.
pub fn profile_summary(
    articles: usize,
    projects: usize,
    investment: &str,
    latest: &str,
    lang: Lang,
) -> String {
    pick(
        lang,
        format!("{articles} 篇 · {projects} 个项目 · 公布投资 {investment} · 最近 {latest}"),
        format!(
            "{articles} articles · {projects} projects · announced {investment} · latest {latest}"
        ),
    )
}

/// Said after the figures while the profile is being computed.
pub fn profile_computing(lang: Lang) -> &'static str {
    pick(lang, " · 统计中…", " · counting…")
}

pub fn nothing_to_chart(lang: Lang) -> &'static str {
    pick(
        lang,
        "没有带日期的项目：无图可画",
        "no dated projects: nothing to chart",
    )
}

pub fn chart_investment(lang: Lang) -> &'static str {
    pick(lang, "每月公布投资", "announced investment per month")
}

pub fn chart_projects(lang: Lang) -> &'static str {
    pick(lang, "每月项目数", "projects per month")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_in_each_language() {
        assert_eq!(
            projects_title(3, SortBy::Investment, Lang::Zh),
            " 项目台账 · 3 个 · 按投资额排序 "
        );
        assert_eq!(
            projects_title(3, SortBy::Investment, Lang::En),
            " projects · 3 · sorted by investment "
        );
        assert!(!no_mentions(Lang::Zh).is_ascii());
        assert!(!building_ledger(Lang::Zh).is_ascii());
        assert_ne!(building_ledger(Lang::En), finding_mentions(Lang::En));
        assert!(no_mentions(Lang::En).is_ascii());
    }

    #[test]
    fn one_sentence_is_not_sentences() {
        assert_eq!(
            mentions_title("甲", 1, Lang::En),
            " “甲” · mentioned in 1 sentence "
        );
        assert_eq!(
            mentions_title("甲", 2, Lang::En),
            " “甲” · mentioned in 2 sentences "
        );
        assert_eq!(mentions_title("甲", 1, Lang::Zh), " “甲” · 1 句提及 ");
    }
}
