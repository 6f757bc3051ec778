//! The reader's interface language: one setting (`lang = "zh"`, the default, or `"en"` in
//! config.toml), and every interface word translated here, once, so that a screen never mixes
//! `日期 date` or `1 articles`. The page's own text is never translated.
//!
//! To add a string: add a [`Msg`] variant with both texts in [`Msg::text`], then draw
//! `Msg::X.text(app.lang)`. Counts go through a function (`articles`) so plurals stay right.

use crate::model::FactKind;

pub mod config;
pub mod ledger;
pub mod notices;
pub mod problems;

/// Interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// From the config value `"zh"` or `"en"` (also `zh-CN`, `en_US` and the like).
    pub fn from_name(s: &str) -> Option<Lang> {
        let base = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Interface words. Each has its Chinese and English text in [`Msg::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Msg {
    Loading,
    Indexing,
    Facts,
    NoFacts,
    ExtractingFacts,
    Help,
    Zone,
    Search,
    Copy,
    Export,
    Quit,
    NoZone,
    Dates,
    Skipped,
    SortDateDesc,
    SortDateAsc,
    SortLoad,
    Sort,
    ExportTo,
    NoHits,
    ScrollAnyKeyCloses,
    ArticlesTitle,
    EveryFileRead,
    ExportCancelled,
    UnknownFormat,
    NoSearch,
    LastPage,
    FirstPage,
    ZoneFilterTitle,
    EnterApplyEscClose,
    NoFactsToCopy,
    FactsStillExtracting,
    All,
    Searching,
    ExistsOverwrite,
    ExportKeys,
    NoArticlesLoaded,
    NoArticleHasHit,
    NoArticlePassesFilters,
    EndOfList,
    NoZoneMatches,
    AllArticles,
    AllDates,
    SearchPromptKeys,
    DatesPrompt,
    DatesKeys,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        use Msg::*;
        match (self, lang) {
            (Loading, Lang::Zh) => "载入",
            (Loading, Lang::En) => "loading",
            (Indexing, Lang::Zh) => "索引",
            (Indexing, Lang::En) => "indexing",
            (Facts, Lang::Zh) => "事实",
            (Facts, Lang::En) => "facts",
            (NoFacts, Lang::Zh) => "未找到事实",
            (NoFacts, Lang::En) => "no facts found",
            (ExtractingFacts, Lang::Zh) => "正在提取事实…",
            (ExtractingFacts, Lang::En) => "extracting facts…",
            (Help, Lang::Zh) => "帮助",
            (Help, Lang::En) => "help",
            (Zone, Lang::Zh) => "园区",
            (Zone, Lang::En) => "zone",
            (Search, Lang::Zh) => "搜索",
            (Search, Lang::En) => "search",
            (Copy, Lang::Zh) => "复制",
            (Copy, Lang::En) => "copy",
            (Export, Lang::Zh) => "导出",
            (Export, Lang::En) => "export",
            (Quit, Lang::Zh) => "退出",
            (Quit, Lang::En) => "quit",
            (NoZone, Lang::Zh) => "无园区",
            (NoZone, Lang::En) => "no zone",
            (Dates, Lang::Zh) => "日期",
            (Dates, Lang::En) => "dates",
            (Skipped, Lang::Zh) => "跳过",
            (Skipped, Lang::En) => "skipped",
            (SortDateDesc, Lang::Zh) => "日期 ↓",
            (SortDateDesc, Lang::En) => "date ↓",
            (SortDateAsc, Lang::Zh) => "日期 ↑",
            (SortDateAsc, Lang::En) => "date ↑",
            (SortLoad, Lang::Zh) => "读入顺序",
            (SortLoad, Lang::En) => "load order",
            (Sort, Lang::Zh) => "排序",
            (Sort, Lang::En) => "sort",
            (ExportTo, Lang::Zh) => "导出到",
            (ExportTo, Lang::En) => "export to",
            (NoHits, Lang::Zh) => "无结果",
            (NoHits, Lang::En) => "no hits",
            (ScrollAnyKeyCloses, Lang::Zh) => "↑↓ 滚动 · 按任意键关闭",
            (ScrollAnyKeyCloses, Lang::En) => "↑↓ scroll · any key closes",
            (ArticlesTitle, Lang::Zh) => "文章",
            (ArticlesTitle, Lang::En) => "articles",
            (EveryFileRead, Lang::Zh) => "所有文件均已读取",
            (EveryFileRead, Lang::En) => "every file was read",
            (ExportCancelled, Lang::Zh) => "已取消导出",
            (ExportCancelled, Lang::En) => "export cancelled",
            (UnknownFormat, Lang::Zh) => {
                "未知格式——文件名请以 .csv、.json、.md 或 .tsv 结尾（Tab 切换）"
            }
            (UnknownFormat, Lang::En) => {
                "unknown format — end the name in .csv, .json, .md or .tsv (Tab cycles)"
            }
            (NoSearch, Lang::Zh) => "没有搜索：按 / 搜索",
            (NoSearch, Lang::En) => "no search: press / to search",
            (LastPage, Lang::Zh) => "已是最后一版",
            (LastPage, Lang::En) => "last page",
            (FirstPage, Lang::Zh) => "已是第一版",
            (FirstPage, Lang::En) => "first page",
            (ZoneFilterTitle, Lang::Zh) => "按园区筛选",
            (ZoneFilterTitle, Lang::En) => "zone filter",
            (EnterApplyEscClose, Lang::Zh) => "Enter 应用 · Esc 关闭",
            (EnterApplyEscClose, Lang::En) => "Enter apply · Esc close",
            (NoFactsToCopy, Lang::Zh) => "没有可复制的事实",
            (NoFactsToCopy, Lang::En) => "no facts to copy",
            (FactsStillExtracting, Lang::Zh) => "仍在提取事实，请稍后再试",
            (FactsStillExtracting, Lang::En) => {
                "facts are still being extracted; try again in a moment"
            }
            (All, Lang::Zh) => "全部",
            (All, Lang::En) => "all",
            (Searching, Lang::Zh) => "正在搜索…",
            (Searching, Lang::En) => "searching…",
            (ExistsOverwrite, Lang::Zh) => "文件已存在——Enter 覆盖，Esc 取消",
            (ExistsOverwrite, Lang::En) => "exists — Enter overwrites, Esc cancels",
            (ExportKeys, Lang::Zh) => "Tab 切换格式 · Enter 写出 · Esc 取消",
            (ExportKeys, Lang::En) => "Tab format · Enter write · Esc cancel",
            (NoArticlesLoaded, Lang::Zh) => "没有载入文章",
            (NoArticlesLoaded, Lang::En) => "no articles loaded",
            (NoArticleHasHit, Lang::Zh) => "没有文章命中（Esc 显示全部）",
            (NoArticleHasHit, Lang::En) => "no article has a hit (Esc shows all)",
            (NoArticlePassesFilters, Lang::Zh) => "没有文章符合筛选条件（z 园区，d 日期）",
            (NoArticlePassesFilters, Lang::En) => "no articles pass the filters (z zone, d dates)",
            (EndOfList, Lang::Zh) => "（列表结束）",
            (EndOfList, Lang::En) => "(end of list)",
            (NoZoneMatches, Lang::Zh) => "没有匹配的园区",
            (NoZoneMatches, Lang::En) => "no zone matches",
            (AllArticles, Lang::Zh) => "全部文章",
            (AllArticles, Lang::En) => "all articles",
            (AllDates, Lang::Zh) => "全部日期",
            (AllDates, Lang::En) => "all dates",
            (SearchPromptKeys, Lang::Zh) => "Enter 保留 · Esc 清除",
            (SearchPromptKeys, Lang::En) => "Enter keep · Esc clear",
            (DatesPrompt, Lang::Zh) => "日期",
            (DatesPrompt, Lang::En) => "dates",
            (DatesKeys, Lang::Zh) => "2025-12 · 2025-12-01..2025-12-24 · 留空 = 全部 · Esc",
            (DatesKeys, Lang::En) => "2025-12 · 2025-12-01..2025-12-24 · empty = all · Esc",
        }
    }
}

/// `3/8 篇` / `3/8 articles` (`1/1 article`).
pub fn articles(shown: usize, all: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{shown}/{all} 篇"),
        Lang::En if all == 1 => format!("{shown}/{all} article"),
        Lang::En => format!("{shown}/{all} articles"),
    }
}

/// `12 篇` / `12 articles` (`1 article`): a count of listed articles in a status message.
pub fn article_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} 篇"),
        Lang::En if n == 1 => "1 article".to_owned(),
        Lang::En => format!("{n} articles"),
    }
}

/// `第 3/12 处` / `3/12 hits` while typing a search; `+` while the worker is still counting.
pub fn hit_position(at: usize, n: usize, pending: bool, lang: Lang) -> String {
    let more = if pending { "+" } else { "" };
    match lang {
        Lang::Zh => format!("第 {at}/{n}{more} 处"),
        Lang::En => format!("{at}/{n}{more} hits"),
    }
}

/// `“q”：3 篇中 12 处 …` / `“q”: 12 hits in 3 articles …`: the search summary.
pub fn search_hits(q: &str, hits: usize, articles: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("“{q}”：{articles} 篇中 {hits} 处 · n/N 下一个/上一个 · Esc 全部"),
        Lang::En => {
            format!("“{q}”: {hits} hits in {articles} articles · n/N next/previous · Esc all")
        }
    }
}

/// `3 个文件未能读取` / `3 files not read` (`1 file not read`): the `!` overlay's count of
/// skipped files.
pub fn files_not_read(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => format!("{n} 个文件未能读取"),
        (Lang::En, 1) => "1 file not read".to_owned(),
        (Lang::En, _) => format!("{n} files not read"),
    }
}

/// What the date filter says of a bound it cannot read: `不是日期：2025-13（应为 YYYY、
/// YYYY-MM 或 YYYY-MM-DD）` / `not a date: 2025-13 (expected YYYY, YYYY-MM or YYYY-MM-DD)`.
pub fn not_a_date(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("不是日期：{what}（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）"),
        Lang::En => format!("not a date: {what} (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    }
}

/// `提示 2 条` / `2 notes`: notes on pages read all the same (and on the cache), on the
/// status line and in the `!` overlay's title.
pub fn notes_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => format!("提示 {n} 条"),
        (Lang::En, 1) => "1 note".to_owned(),
        (Lang::En, _) => format!("{n} notes"),
    }
}

/// `跳过 2 个（! 查看原因）：` / `skipped 2 (! why):`: the heading of the unread files under
/// the list.
pub fn skipped_heading(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("跳过 {n} 个（! 查看原因）："),
        Lang::En => format!("skipped {n} (! why):"),
    }
}

/// Sidebar heading of a fact kind.
pub fn kind_label(kind: FactKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        FactKind::Date => ("日期", "date"),
        FactKind::Money => ("金额", "money"),
        FactKind::Quantity => ("数量", "quantity"),
        FactKind::Percent => ("比例", "percent"),
        FactKind::Person => ("人物", "person"),
        FactKind::Organization => ("机构", "organization"),
        FactKind::Zone => ("园区", "zone"),
        FactKind::Place => ("地点", "place"),
        FactKind::Project => ("项目", "project"),
        FactKind::Product => ("产品", "product"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A fact flag or role word from the extractor (`approx`, `part`, `author`) in the interface
/// language; unknown words (and `upper=…` values) are shown as they are.
pub fn term(word: &str, lang: Lang) -> &str {
    if lang == Lang::En {
        return word;
    }
    match word {
        "approx" => "约数",
        "part" => "部分",
        "partial" => "不完整",
        "range" => "范围",
        "relative" => "相对",
        "annual" => "年",
        "daily" => "日",
        "points" => "百分点",
        "discount" => "折扣",
        "start" => "初",
        "early" => "上旬",
        "middle" => "中",
        "late" => "下旬",
        "end" => "末",
        "author" => "作者",
        "photographer" => "摄影",
        other => other,
    }
}

/// The help overlay's words (section titles and what each key does, written in English in
/// the key map) in the interface language. A text without a translation shows as it is, and a
/// test checks that every text of the key map has one.
pub fn help_text(en: &'static str, lang: Lang) -> &'static str {
    if lang == Lang::En {
        return en;
    }
    HELP_ZH
        .iter()
        .find(|(e, _)| *e == en)
        .map_or(en, |(_, zh)| zh)
}

/// English → Chinese for [`help_text`].
const HELP_ZH: &[(&str, &str)] = &[
    ("Move", "移动"),
    ("Panes", "窗格"),
    ("Filter and search", "筛选与搜索"),
    ("Facts", "事实"),
    ("General", "通用"),
    ("down / scroll down", "下移 / 向下滚动"),
    ("up / scroll up", "上移 / 向上滚动"),
    ("page down", "下一屏"),
    ("page up", "上一屏"),
    ("to the top", "到开头"),
    ("to the end", "到末尾"),
    ("next article", "下一篇"),
    ("previous article", "上一篇"),
    ("next page (版)", "下一版"),
    ("previous page (版)", "上一版"),
    ("next pane", "下一个窗格"),
    ("previous pane", "上一个窗格"),
    ("open / show in text", "打开 / 在正文中显示"),
    ("back / clear search", "返回 / 清除搜索"),
    ("facts sidebar on/off", "显示 / 隐藏事实栏"),
    ("zone filter", "按园区筛选"),
    ("date filter", "按日期筛选"),
    ("cycle sort order", "切换排序"),
    ("search all text", "全文搜索"),
    ("next hit", "下一个结果"),
    ("previous hit", "上一个结果"),
    ("copy the fact", "复制该事实"),
    ("copy all facts (TSV)", "复制全部事实（TSV）"),
    ("export listed facts", "导出所列事实"),
    ("unreadable files", "无法读取的文件"),
    ("Projects", "项目台账"),
    ("mentions of the fact", "提及该事实的文章"),
    ("projects ledger", "项目台账"),
    ("zone profile chart", "园区画像图表"),
    ("this help", "本帮助"),
    ("quit", "退出"),
    ("keys", "按键"),
    ("any key closes", "按任意键关闭"),
    ("j/k scroll · other keys close", "j/k 滚动 · 其他键关闭"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_language_per_setting() {
        assert_eq!(Lang::from_name("zh"), Some(Lang::Zh));
        assert_eq!(Lang::from_name("en_US"), Some(Lang::En));
        assert_eq!(Lang::from_name("fr"), None);
        assert_eq!(kind_label(FactKind::Date, Lang::Zh), "日期");
        assert_eq!(kind_label(FactKind::Date, Lang::En), "date");
        assert_eq!(articles(1, 1, Lang::En), "1/1 article");
        assert_eq!(articles(3, 8, Lang::Zh), "3/8 篇");
        assert_eq!(files_not_read(1, Lang::En), "1 file not read");
        assert_eq!(files_not_read(2, Lang::En), "2 files not read");
        assert_eq!(files_not_read(2, Lang::Zh), "2 个文件未能读取");
        assert_eq!(term("author", Lang::Zh), "作者");
        // Every flag the dates and amounts readers give has a Chinese word.
        for flag in [
            "approx",
            "part",
            "partial",
            "range",
            "relative",
            "annual",
            "daily",
            "points",
            "discount",
            "start",
            "early",
            "middle",
            "late",
            "end",
            "photographer",
        ] {
            assert_ne!(term(flag, Lang::Zh), flag, "{flag}");
        }
        assert_eq!(term("approx", Lang::En), "approx");
        assert_eq!(term("upper=5", Lang::Zh), "upper=5");
        assert_eq!(article_count(1, Lang::En), "1 article");
        assert_eq!(article_count(4, Lang::Zh), "4 篇");
        assert!(search_hits("港", 5, 2, Lang::Zh).contains("2 篇中 5 处"));
        assert_eq!(hit_position(1, 9, true, Lang::Zh), "第 1/9+ 处");
        assert_eq!(hit_position(1, 9, false, Lang::En), "1/9 hits");
        assert!(search_hits("港", 5, 2, Lang::En).contains("5 hits in 2 articles"));
    }

    #[test]
    fn every_help_text_of_the_key_map_is_translated() {
        let keymap = crate::tui::keys::KeyMap::default();
        for (title, rows) in keymap.help() {
            assert_ne!(help_text(title, Lang::Zh), title, "{title:?}");
            for (_, what) in rows {
                assert_ne!(
                    help_text(what, Lang::Zh),
                    what,
                    "{what:?} has no translation"
                );
                assert_eq!(help_text(what, Lang::En), what);
            }
        }
    }

    #[test]
    fn every_message_has_both_texts_and_no_mixing() {
        // Every variant, so a new one cannot escape the check.
        for m in <Msg as strum::IntoEnumIterator>::iter() {
            let (zh, en) = (m.text(Lang::Zh), m.text(Lang::En));
            assert!(!zh.is_empty() && !en.is_empty());
            assert!(!zh.is_ascii(), "{m:?} zh is Chinese");
            assert!(
                en.chars().all(|c| !('\u{4E00}'..='\u{9FFF}').contains(&c)),
                "{m:?}"
            );
        }
    }
}
