//! The document model: pages → articles → paragraphs → facts.
//!
//! Shaped after the JSON contract (`dubao dump`), so serialising a [`Corpus`] *is* the dump.

use serde::{Deserialize, Serialize};

/// Everything loaded in one run: one [`Page`] per input file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Corpus {
    pub pages: Vec<Page>,
}

/// One newspaper page as read from one file. `Default` is an empty page of unknown edition:
/// tests name only the fields they have.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Page {
    /// The path the page was read from (or `-` for stdin, or the sample's asset path).
    pub source: String,
    /// The page's year when the page states or implies it.
    pub year: Option<i32>,
    /// The paper's name from the header or the path (`科学导报`).
    #[serde(default)]
    pub paper: Option<String>,
    /// The edition date, `YYYY-MM-DD`, from the header or footer, else from the path.
    #[serde(default)]
    pub date: Option<String>,
    /// The page number (版次).
    #[serde(default)]
    pub page_no: Option<u32>,
    /// The section name (版面名, `园区经济`).
    #[serde(default)]
    pub section: Option<String>,
    pub articles: Vec<Article>,
}

/// News story or photo item (a photo with a caption paragraph and a credit, no dateline).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    #[default]
    News,
    Photo,
}

/// One article of a page. `Default` is an empty news article: tests and partial readings
/// (cache heads) name only the fields they have.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    /// `page-article`, both 1-based, e.g. `1-2`: stable across runs for the same inputs.
    pub id: String,
    /// Every title line in page order: kicker, main title, subtitle.
    pub title: Vec<String>,
    /// Which line of `title` is the main title, when the page says so (a database export's line
    /// labelled `主题：` or `【标题】`); `None` otherwise, and [`Article::headline_index`] reads
    /// the lines. Not in the JSON, whose `title` keeps the lines in page order as the contract
    /// gives them.
    #[serde(skip)]
    pub main_title: Option<usize>,
    /// The dateline marker (`科学导报讯`, `本报讯`, `新华社太原12月3日电`), without reporters.
    pub dateline: Option<String>,
    /// Reporters named with the dateline (`记者王波`).
    pub reporters: Vec<String>,
    /// The credit each reporter is printed with, in `reporters`' order, when one is not a
    /// reporter's (`（记者 陈晓 通讯员 黄埔宣）` → `记者`, `通讯员`); empty when all are `记者`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reporter_roles: Vec<String>,
    /// The article's date: the edition date when known, else the news date its dateline or first
    /// sentence gives; never a date only mentioned in the body.
    #[serde(default)]
    pub date: Option<String>,
    /// Canonical name of the development zone the article is about (the first of `zones`).
    pub zone: Option<String>,
    /// Every zone the article is about, canonical names, most central first.
    #[serde(default)]
    pub zones: Vec<String>,
    pub kind: ArticleKind,
    /// Repaired body paragraphs, without the dateline and reporter prefix.
    pub paragraphs: Vec<String>,
    /// Author names from the byline.
    pub byline: Vec<String>,
    /// The credit each byline name is printed with when one names the reporter's outlet, post
    /// or rank (`经济日报记者`, `南方+记者`, `本报驻美国记者`), in `byline`'s order, empty for a
    /// name printed without one; empty when none is (`本报记者`, `记者` and a bare name say
    /// nothing the paper does not).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub byline_credits: Vec<String>,
    pub captions: Vec<Caption>,
    pub facts: Vec<Fact>,
    /// What a list shows for an article without title lines when only its head is kept (the
    /// cache's heads, the reader's lean entries): its [`Article::opening`], taken when the head
    /// was made. `None` for a titled article. Not in the JSON: the text it is cut from is.
    #[serde(skip)]
    pub lede: Option<String>,
}

/// Longest opening kept for an untitled article's list line.
const LEDE_MAX_CHARS: usize = 40;

impl Article {
    /// The byline as printed, part by part: each name, after its credit when it has one and
    /// the name before it had another (`经济日报记者`, `冯其予`, `王欢`). Search, the reader and
    /// the index read the byline so.
    pub fn byline_parts(&self) -> impl Iterator<Item = &str> {
        let credit = |k: usize| {
            self.byline_credits
                .get(k)
                .map(String::as_str)
                .filter(|c| !c.is_empty())
        };
        self.byline.iter().enumerate().flat_map(move |(k, name)| {
            let shown = credit(k).filter(|&c| k == 0 || credit(k - 1) != Some(c));
            shown.into_iter().chain(std::iter::once(name.as_str()))
        })
    }

    /// The lede a head of this article keeps ([`Article::lede`]): its [`Article::opening`] when
    /// it has no title lines, else none. A head and a whole page encode it alike.
    pub fn head_lede(&self) -> Option<String> {
        if self.title.is_empty() {
            self.opening()
        } else {
            None
        }
    }

    /// What stands for an untitled article in a list: its photo's caption (marked `（图）`) or
    /// the opening of its text, cut to a list line's worth; else the lede its head kept. `None`
    /// when there is none (or the article has a title: ask [`Article::headline`] first).
    pub fn opening(&self) -> Option<String> {
        let cut = |s: &str| s.chars().take(LEDE_MAX_CHARS).collect::<String>();
        self.captions
            .iter()
            .find_map(|c| c.text.as_deref())
            .map(|s| format!("（图）{}", cut(s)))
            .or_else(|| self.paragraphs.first().map(|p| cut(p)))
            .or_else(|| self.lede.clone())
    }

    /// The article's head: its id, title, date, zones and kind, without text, credits or
    /// facts — what lists, zone checks and ids need, and what the cache's page heads and the
    /// reader's lean entries keep.
    pub fn head(&self) -> Article {
        Article {
            id: self.id.clone(),
            title: self.title.clone(),
            main_title: self.main_title,
            date: self.date.clone(),
            zone: self.zone.clone(),
            zones: self.zones.clone(),
            kind: self.kind,
            lede: self.head_lede(),
            ..Article::default()
        }
    }

    /// The main title line: the one the reading marked ([`Article::main_title`]), else, read
    /// from the lines (titles run kicker, main title, subtitle): a first line that only names a
    /// zone (`尧都高新技术产业开发区`) is the kicker, a line opening with a dash (`——记…`) a
    /// subtitle, and the main title is the first line that is neither.
    pub fn headline(&self) -> &str {
        self.headline_index()
            .and_then(|i| self.title.get(i))
            .map_or("", String::as_str)
    }

    /// Which title line [`Article::headline`] is.
    pub fn headline_index(&self) -> Option<usize> {
        if let Some(i) = self.main_title.filter(|&i| i < self.title.len()) {
            return Some(i);
        }
        let kicker = self.title.len() > 1 && (self.kicker_names_zone() || self.kicker_is_column());
        (0..self.title.len())
            .find(|&i| (i > 0 || !kicker) && !is_subtitle(&self.title[i]))
            .or((!self.title.is_empty()).then_some(0))
    }

    /// The kicker, when the first title line only names a zone and no label made it the main
    /// title: the list shows it as the zone label rather than as the headline.
    pub fn zone_kicker(&self) -> Option<&str> {
        let first_is_headline = self.main_title == Some(0);
        (self.title.len() > 1 && !first_is_headline && self.kicker_names_zone())
            .then(|| self.title[0].as_str())
    }

    /// A first title line of a few chars over a longer one is the column's label (`对话`,
    /// `专访`, `■相关新闻`), not the headline: papers print it above the title they file there.
    fn kicker_is_column(&self) -> bool {
        const COLUMN_KICKER_MAX_CHARS: usize = 4;
        let [first, second, ..] = &self.title[..] else {
            return false;
        };
        let label: Vec<char> = first
            .trim()
            .trim_start_matches(['■', '◎', '●', '▲', '【'])
            .trim_end_matches('】')
            .chars()
            .collect();
        !label.is_empty()
            && label.len() <= COLUMN_KICKER_MAX_CHARS
            && label.iter().all(|&c| crate::lexicon::names::is_han(c))
            && second.chars().count() > label.len()
    }

    fn kicker_names_zone(&self) -> bool {
        self.title
            .first()
            .is_some_and(|t| crate::lexicon::zone::canonical(t).is_some())
    }
}

/// A subtitle opens with a dash: `——记运城经开区…`, `—访…`.
fn is_subtitle(line: &str) -> bool {
    line.trim_start().starts_with(['—', '－', '-'])
}

/// A photo caption and its credit (`■ 张丽摄` → credit `张丽`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Caption {
    pub text: Option<String>,
    pub credit: Option<String>,
}

/// The kinds of fact dubao extracts.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Date,
    Money,
    Quantity,
    Percent,
    Person,
    Organization,
    Zone,
    Place,
    Project,
    Product,
}

impl FactKind {
    pub const ALL: [FactKind; 10] = [
        FactKind::Date,
        FactKind::Money,
        FactKind::Quantity,
        FactKind::Percent,
        FactKind::Person,
        FactKind::Organization,
        FactKind::Zone,
        FactKind::Place,
        FactKind::Project,
        FactKind::Product,
    ];

    /// The contract's lowercase name (`organization`).
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Date => "date",
            FactKind::Money => "money",
            FactKind::Quantity => "quantity",
            FactKind::Percent => "percent",
            FactKind::Person => "person",
            FactKind::Organization => "organization",
            FactKind::Zone => "zone",
            FactKind::Place => "place",
            FactKind::Project => "project",
            FactKind::Product => "product",
        }
    }

    /// Parses a contract name; used by `--kind`.
    pub fn parse(s: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }
}

impl std::fmt::Display for FactKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a fact was found when it is not in a body paragraph.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    Title,
    Byline,
    Caption,
}

/// A normalised value: a number (money in yuan, quantities, percent) or text (ISO dates).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(untagged)]
pub enum FactValue {
    Number(serde_json::Number),
    Text(String),
}

/// One fact found in an article.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    /// The text as written on the page.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<FactValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// What the number measures, as the text says it (`总投资`, `年产值`, `规划面积`), Simplified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// For a count: the noun it counts (`46 个项目` → `项目`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// Extra meaning the value alone cannot carry: `approx` (约/余/多), `range`, `partial`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Index into `paragraphs`, or null when found in a title, byline or caption.
    pub paragraph: Option<usize>,
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Character (not byte) offsets into the paragraph (or title line / byline / caption text).
    pub start: usize,
    pub end: usize,
}

impl Fact {
    /// A fact of `kind` with only its text and span, every other field empty: what a fact is
    /// before a value, a name or a place is filled in (tests build theirs from it).
    pub fn new(kind: FactKind, text: impl Into<String>, start: usize, end: usize) -> Fact {
        Fact {
            kind,
            text: text.into(),
            value: None,
            unit: None,
            name: None,
            role: None,
            attribute: None,
            counted: None,
            flags: Vec::new(),
            paragraph: None,
            location: None,
            start,
            end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(lines: &[&str]) -> Article {
        Article {
            title: lines.iter().map(|s| (*s).to_owned()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn headline_is_the_main_title_not_the_longest_line() {
        let a = titled(&["尧都高新技术产业开发区", "无人机“飞”出新天地"]);
        assert_eq!(a.headline(), "无人机“飞”出新天地");
        assert_eq!(a.zone_kicker(), Some("尧都高新技术产业开发区"));
        let a = titled(&["项目建设跑出加速度", "——记运城经济技术开发区重点项目建设"]);
        assert_eq!(a.headline(), "项目建设跑出加速度");
        assert_eq!(a.zone_kicker(), None);
        assert_eq!(titled(&["太原高新区"]).headline(), "太原高新区");
        assert_eq!(titled(&[]).headline(), "");
    }

    #[test]
    fn the_main_title_the_reading_marked_is_the_headline() {
        let mut a = titled(&[
            "坚持稳中求进",
            "中央经济工作会议在北京举行",
            "部署明年经济工作",
        ]);
        assert_eq!(a.headline(), "坚持稳中求进");
        a.main_title = Some(1);
        assert_eq!(a.headline(), "中央经济工作会议在北京举行");
        let mut a = titled(&["尧都高新技术产业开发区", "无人机“飞”出新天地"]);
        a.main_title = Some(1);
        assert_eq!(a.zone_kicker(), Some("尧都高新技术产业开发区"));
        // A marked line past the title's end (bad data) is not trusted.
        a.main_title = Some(5);
        assert_eq!(a.headline(), "无人机“飞”出新天地");
    }
}
