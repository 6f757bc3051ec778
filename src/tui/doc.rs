//! An article laid out for the reading pane: every line pre-wrapped with [`wrap()`](crate::text::wrap())
//! and tagged with the text segment and character offset it shows, so that facts and search hits
//! (which are char offsets into the model) can be highlighted and scrolled to.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

mod grid;

use crate::index::scan::byline_text;
use crate::model::{Article, ArticleKind, Fact, Location};
use crate::text::{wrap, AmbiguousWidth};

/// A piece of the article that offsets refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seg {
    Title(usize),
    Para(usize),
    Caption(usize),
    Byline,
}

/// What a line is, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Kicker,
    Title,
    Dateline,
    Body,
    Caption,
    Credit,
    Byline,
    Blank,
}

/// One screen line of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub text: String,
    pub kind: Kind,
    pub seg: Option<Seg>,
    /// Segment char offset of the line's first char; negative while the line starts with the
    /// indentation that is not part of the paragraph.
    pub origin: isize,
    /// Columns of left padding (right-aligned bylines).
    pub pad: usize,
    /// For a table row laid out in columns ([`grid`]): each cell's (first char in `text`,
    /// first char in the segment, chars), since padding parts what the segment has together.
    /// Empty for every other line, whose chars follow the segment's from `origin` on.
    pub pieces: Vec<(usize, usize, usize)>,
}

impl DocLine {
    fn blank() -> DocLine {
        DocLine {
            text: String::new(),
            kind: Kind::Blank,
            seg: None,
            origin: 0,
            pad: 0,
            pieces: Vec::new(),
        }
    }

    /// Char range within `text` that the segment range `start..end` covers on this line.
    pub fn local_range(
        &self,
        seg: Seg,
        start: usize,
        end: usize,
    ) -> Option<std::ops::Range<usize>> {
        if self.seg != Some(seg) {
            return None;
        }
        if !self.pieces.is_empty() {
            return self.piece_range(start, end);
        }
        let n = self.text.chars().count() as isize;
        let s = (start as isize - self.origin).max(0);
        let e = (end as isize - self.origin).min(n);
        (s < e).then_some(s as usize..e as usize)
    }

    /// [`DocLine::local_range`] of a line laid out in cells: from where the range's first
    /// shown char sits to past its last (a range over two cells covers the padding between).
    fn piece_range(&self, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
        let mut shown: Option<std::ops::Range<usize>> = None;
        for &(at, from, n) in &self.pieces {
            let (a, b) = (start.max(from), end.min(from + n));
            if a < b {
                let r = at + (a - from)..at + (b - from);
                shown = Some(shown.map_or(r.clone(), |s| s.start..r.end));
            }
        }
        shown
    }
}

/// Paragraph indentation: two ideographic spaces, as printed Chinese text does. The line breaker
/// keeps leading spaces on a paragraph's first line.
const INDENT: &str = "\u{3000}\u{3000}";
const INDENT_CHARS: isize = 2;

/// Lays out `article` for a pane `width` columns wide.
pub fn layout(article: &Article, width: usize, amb: AmbiguousWidth) -> Vec<DocLine> {
    let width = width.max(1);
    let mut out = Vec::new();
    let headline = article.headline_index();
    for (i, t) in article.title.iter().enumerate() {
        let kind = if Some(i) == headline {
            Kind::Title
        } else {
            Kind::Kicker
        };
        push_wrapped(&mut out, t, width, amb, kind, Some(Seg::Title(i)), 0);
    }
    if article.title.is_empty() && article.kind == ArticleKind::Photo {
        push_wrapped(&mut out, "（图片）", width, amb, Kind::Kicker, None, 0);
    }
    out.push(DocLine::blank());
    if let Some(line) = dateline(article) {
        push_wrapped(&mut out, &line, width, amb, Kind::Dateline, None, 0);
    }
    let rows = grid::rows(&article.paragraphs, width, amb);
    for ((i, p), row) in article.paragraphs.iter().enumerate().zip(rows) {
        match row {
            grid::Row::Aligned(line) => out.push(line),
            grid::Row::Wide => {
                push_wrapped(&mut out, p, width, amb, Kind::Body, Some(Seg::Para(i)), 0)
            }
            grid::Row::Prose => {
                let indented = format!("{INDENT}{p}");
                push_wrapped(
                    &mut out,
                    &indented,
                    width,
                    amb,
                    Kind::Body,
                    Some(Seg::Para(i)),
                    INDENT_CHARS,
                );
            }
        }
    }
    for (i, c) in article.captions.iter().enumerate() {
        out.push(DocLine::blank());
        if let Some(text) = c.text.as_deref().filter(|t| !t.is_empty()) {
            push_wrapped(
                &mut out,
                text,
                width,
                amb,
                Kind::Caption,
                Some(Seg::Caption(i)),
                0,
            );
        }
        if let Some(credit) = c.credit.as_deref().filter(|t| !t.is_empty()) {
            push_wrapped(
                &mut out,
                &format!("■ {credit} 摄"),
                width,
                amb,
                Kind::Credit,
                None,
                0,
            );
        }
    }
    if !article.byline.is_empty() {
        out.push(DocLine::blank());
        let text = byline_text(article);
        let start = out.len();
        push_wrapped(
            &mut out,
            &text,
            width,
            amb,
            Kind::Byline,
            Some(Seg::Byline),
            0,
        );
        for line in &mut out[start..] {
            line.pad = width.saturating_sub(amb.width(&line.text));
        }
    }
    out
}

/// `■ 科学导报讯  记者 王波`: the dateline and its reporters, marked out from the body.
fn dateline(article: &Article) -> Option<String> {
    let d = article.dateline.as_deref().filter(|d| !d.is_empty());
    if d.is_none() && article.reporters.is_empty() {
        return None;
    }
    // Words the reader adds are written in the page's own script (a Traditional page gets
    // 記者, not 记者).
    let traditional = is_traditional(article);
    let own = if traditional {
        "本報訊"
    } else {
        "本报讯"
    };
    let mut s = format!("【{}】", d.unwrap_or(own));
    // Each name after its credit, a credit written once for the names it covers
    // (`记者 汪国梁　通讯员 经宣`); a name printed without one is the paper's reporter.
    let reporter = if traditional { "記者" } else { "记者" };
    let mut credit_before: Option<&str> = None;
    for (k, name) in article.reporters.iter().enumerate() {
        let credit = article
            .reporter_roles
            .get(k)
            .map_or(reporter, String::as_str);
        if credit_before == Some(credit) {
            s.push('　');
        } else {
            s.push(' ');
            s.push_str(credit);
            s.push(' ');
        }
        s.push_str(name);
        credit_before = Some(credit);
    }
    Some(s)
}

/// Whether the article is printed in Traditional characters: some of its title and first
/// paragraph's Han characters fold to Simplified ones (a Simplified page has none, or one stray).
fn is_traditional(article: &Article) -> bool {
    let sample = article
        .title
        .iter()
        .chain(article.paragraphs.first())
        .flat_map(|s| s.chars())
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c));
    let (mut han, mut folds) = (0usize, 0usize);
    for c in sample {
        han += 1;
        folds += usize::from(crate::text::fold::may_fold(c));
    }
    folds >= 2 && folds * 50 >= han
}

fn push_wrapped(
    out: &mut Vec<DocLine>,
    text: &str,
    width: usize,
    amb: AmbiguousWidth,
    kind: Kind,
    seg: Option<Seg>,
    shift: isize,
) {
    for line in wrap(text, width, amb) {
        out.push(DocLine {
            origin: line.range.start as isize - shift,
            text: line.text,
            kind,
            seg,
            pad: 0,
            pieces: Vec::new(),
        });
    }
}

/// The text of a segment, as offsets into it count.
pub fn seg_text(article: &Article, seg: Seg) -> Option<String> {
    match seg {
        Seg::Title(i) => article.title.get(i).cloned(),
        Seg::Para(i) => article.paragraphs.get(i).cloned(),
        Seg::Caption(i) => article.captions.get(i).and_then(|c| c.text.clone()),
        Seg::Byline => Some(byline_text(article)),
    }
}

/// Where a fact sits: its paragraph, or for a title/byline/caption fact the segment whose text
/// holds the fact's text at its offsets (the model does not say which title line or caption).
pub fn fact_seg(article: &Article, fact: &Fact) -> Option<(Seg, usize, usize)> {
    if let Some(p) = fact.paragraph {
        return (p < article.paragraphs.len()).then_some((Seg::Para(p), fact.start, fact.end));
    }
    let candidates: Vec<Seg> = match fact.location? {
        Location::Title => (0..article.title.len()).map(Seg::Title).collect(),
        Location::Caption => (0..article.captions.len()).map(Seg::Caption).collect(),
        Location::Byline => vec![Seg::Byline],
    };
    let n = fact.text.chars().count();
    let at_offset = |seg: &Seg| {
        seg_text(article, *seg)
            .is_some_and(|t| t.chars().skip(fact.start).take(n).eq(fact.text.chars()))
    };
    if let Some(seg) = candidates.iter().find(|s| at_offset(s)) {
        return Some((*seg, fact.start, fact.end));
    }
    candidates.iter().find_map(|seg| {
        let t = seg_text(article, *seg)?;
        let byte = t.find(fact.text.as_str())?;
        let start = t[..byte].chars().count();
        Some((*seg, start, start + n))
    })
}

/// Index of the first line showing segment offset `offset`.
pub fn line_of(lines: &[DocLine], seg: Seg, offset: usize) -> Option<usize> {
    let off = offset as isize;
    lines
        .iter()
        .position(|l| {
            l.seg == Some(seg)
                && off >= l.origin
                && off < l.origin + l.text.chars().count() as isize
        })
        .or_else(|| lines.iter().position(|l| l.seg == Some(seg)))
}

/// Laid-out articles per (article, width): layout is redone only when the pane width changes.
/// Interior mutability keeps drawing a function of state; the cache only remembers results.
#[derive(Debug, Default)]
pub struct Cache {
    map: RefCell<HashMap<CacheKey, Rc<Vec<DocLine>>>>,
}

/// (article index, width).
type CacheKey = (usize, usize);

/// Layouts kept at most: the shown article and those just shown, moving back and forth.
const KEPT_LAYOUTS: usize = 32;

impl Cache {
    /// The layout of article `key` at `width`; `article` gives the article when it is not
    /// laid out yet (reading it back from the cache costs more than a look-up).
    pub fn get<A: std::ops::Deref<Target = Article>>(
        &self,
        key: usize,
        article: impl FnOnce() -> Option<A>,
        width: usize,
        amb: AmbiguousWidth,
    ) -> Rc<Vec<DocLine>> {
        if let Some(v) = self.map.borrow().get(&(key, width)) {
            return Rc::clone(v);
        }
        let Some(article) = article() else {
            return Rc::default();
        };
        let mut map = self.map.borrow_mut();
        // Old widths are useless after a resize; drop them so memory stays bounded. So are the
        // layouts of articles read long ago: a reader paging through an archive would
        // otherwise end up holding every article it passed, laid out.
        map.retain(|(_, w), _| *w == width);
        if map.len() >= KEPT_LAYOUTS {
            map.clear();
        }
        let v = Rc::new(layout(&article, width, amb));
        map.insert((key, width), Rc::clone(&v));
        v
    }

    pub fn clear(&self) {
        self.map.borrow_mut().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Caption;

    #[test]
    fn added_words_follow_the_page_script() {
        // Issue 11 item 21: a Traditional page's dateline got a Simplified 记者.
        let mut a = article();
        assert_eq!(dateline(&a).as_deref(), Some("【科学导报讯】 记者 王波"));
        a.title = vec!["晉城經濟技術開發區".into(), "召開年度經濟運行分析會".into()];
        a.dateline = Some("科學導報訊".into());
        a.paragraphs[0] = "12 月 22 日，晉城經濟技術開發區召開會議。".into();
        assert_eq!(dateline(&a).as_deref(), Some("【科學導報訊】 記者 王波"));
        a.dateline = None;
        assert_eq!(dateline(&a).as_deref(), Some("【本報訊】 記者 王波"));
    }

    /// A correspondent after a reporter keeps the credit the page gives each
    /// (`记者 汪国梁　通讯员 经宣`): the line had called both 记者.
    #[test]
    fn each_reporter_after_their_credit() {
        let mut a = article();
        a.reporters = vec!["汪国梁".into(), "李明".into(), "经宣".into()];
        a.reporter_roles = vec!["记者".into(), "记者".into(), "通讯员".into()];
        assert_eq!(
            dateline(&a).as_deref(),
            Some("【科学导报讯】 记者 汪国梁　李明 通讯员 经宣")
        );
    }

    fn article() -> Article {
        Article {
            id: "1-1".into(),
            title: vec!["运城经济技术开发区".into(), "召开年度经济运行分析会".into()],
            dateline: Some("科学导报讯".into()),
            reporters: vec!["王波".into()],
            zone: Some("运城经济技术开发区".into()),
            paragraphs: vec![
                "12 月 22 日，运城经济技术开发区召开会议。".into(),
                "会议强调，一要抓好经济指标运行。".into(),
            ],
            byline: vec!["刘记明".into()],
            captions: vec![Caption {
                text: Some("无人机表演".into()),
                credit: Some("张丽".into()),
            }],
            ..Default::default()
        }
    }

    #[test]
    fn every_line_fits_and_body_is_indented() {
        let a = article();
        for w in [1, 2, 3, 10, 24, 80] {
            let lines = layout(&a, w, AmbiguousWidth::Narrow);
            for l in &lines {
                let lw = AmbiguousWidth::Narrow.width(&l.text);
                assert!(lw <= w.max(2), "{w}: {:?}", l.text);
            }
        }
        let lines = layout(&a, 80, AmbiguousWidth::Narrow);
        let body = lines
            .iter()
            .find(|l| l.kind == Kind::Body)
            .map(|l| l.text.clone());
        assert!(body
            .unwrap_or_default()
            .starts_with("\u{3000}\u{3000}12 月"));
        assert!(lines.iter().any(|l| l.kind == Kind::Dateline
            && l.text.contains("科学导报讯")
            && l.text.contains("王波")));
        assert!(lines.iter().any(|l| l.kind == Kind::Byline && l.pad > 0));
        assert!(lines
            .iter()
            .any(|l| l.kind == Kind::Credit && l.text.contains("张丽")));
    }

    #[test]
    fn offsets_map_back_to_the_paragraph() {
        let a = article();
        let lines = layout(&a, 12, AmbiguousWidth::Narrow);
        // "运城经济技术开发区" starts at char 10 of paragraph 0.
        let i = line_of(&lines, Seg::Para(0), 10).unwrap_or(usize::MAX);
        let l = &lines[i.min(lines.len() - 1)];
        let r = l.local_range(Seg::Para(0), 10, 19).unwrap_or(0..0);
        let shown: String = l.text.chars().skip(r.start).take(r.len()).collect();
        assert!(
            "运城经济技术开发区".starts_with(&shown) && !shown.is_empty(),
            "{shown:?}"
        );
    }

    #[test]
    fn title_fact_found_by_text() {
        let a = article();
        let f = Fact {
            kind: crate::model::FactKind::Zone,
            attribute: None,
            counted: None,
            text: "运城经济技术开发区".into(),
            value: None,
            unit: None,
            name: None,
            role: None,
            flags: vec![],
            paragraph: None,
            location: Some(Location::Title),
            start: 0,
            end: 9,
        };
        assert_eq!(fact_seg(&a, &f), Some((Seg::Title(0), 0, 9)));
        let f2 = Fact {
            text: "经济运行".into(),
            start: 50,
            end: 54,
            ..f
        };
        assert_eq!(fact_seg(&a, &f2), Some((Seg::Title(1), 4, 8)));
    }

    #[test]
    fn cache_keeps_one_width() {
        let a = article();
        let c = Cache::default();
        let x = c.get(0, || Some(&a), 20, AmbiguousWidth::Narrow);
        let y = c.get(0, || Some(&a), 20, AmbiguousWidth::Narrow);
        assert!(Rc::ptr_eq(&x, &y));
        let _ = c.get(0, || Some(&a), 30, AmbiguousWidth::Narrow);
        assert_eq!(c.map.borrow().len(), 1);
    }

    #[test]
    fn cache_keeps_a_bounded_number_of_layouts() {
        let a = article();
        let c = Cache::default();
        for k in 0..KEPT_LAYOUTS * 3 {
            let _ = c.get(k, || Some(&a), 20, AmbiguousWidth::Narrow);
        }
        assert!(c.map.borrow().len() <= KEPT_LAYOUTS);
    }
}
