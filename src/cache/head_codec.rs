//! A page's head (edition fields; each article's id, title lines, date, zones and kind: what
//! `dubao list`, the `--zone` check and article ids need) in a layout of dubao's own, as cache
//! entries and the archive summary keep it. A warm `dubao facts` or `list` decodes every head
//! of an archive, and the id pass reads the edition fields of each once more: through serde and
//! MessagePack that was a sixth of a warm `facts`. Here the strings' bytes sit apart (see
//! [`super::layout`]), so the edition fields are read without walking the articles, and the
//! zones without copying a title.
//!
//! Layout (structure): page presence bits ([`PageBit`]), then those present of year (zigzag
//! varint), paper, date, page number, section; the article count; per article its bits
//! ([`ArticleBit`]), id, title lines (count, strings), then date and zone when present, zones
//! (count, strings), and an untitled article's lede when present. The source is not stored: it is the name the head is kept under.

use super::layout::{Cursor, Out};
use crate::model::{Article, ArticleKind, Page};

/// Which of a page's optional edition fields follow.
#[derive(Clone, Copy)]
#[repr(u8)]
enum PageBit {
    Year = 1,
    Paper = 2,
    Date = 4,
    PageNo = 8,
    Section = 16,
}

/// Which of an article's optional fields follow, and its kind.
#[derive(Clone, Copy)]
#[repr(u8)]
enum ArticleBit {
    Date = 1,
    Zone = 2,
    Photo = 4,
    /// The article's main title line is known ([`Article::main_title`]): its index follows.
    MainTitle = 8,
    /// An untitled article's lede ([`Article::lede`]) follows its zones.
    Lede = 16,
}

/// The bits of those `fields` that are present.
fn bits<const N: usize>(fields: [(bool, u8); N]) -> u8 {
    fields
        .iter()
        .filter(|(present, _)| *present)
        .fold(0, |b, (_, bit)| b | bit)
}

/// Encodes a page's head. Only the head's fields are read, so a whole page encodes as its head
/// ([`super::head_of`]) does: the loader encodes pages as they are, without copying each
/// article's head first (a cold open of 10,000 pages copied them twice a page, for the cache
/// entry and for the archive summary).
pub fn encode(head: &Page) -> Vec<u8> {
    let mut out = Out::with_capacity(8 + 16 * head.articles.len(), 64 * head.articles.len());
    out.push(bits([
        (head.year.is_some(), PageBit::Year as u8),
        (head.paper.is_some(), PageBit::Paper as u8),
        (head.date.is_some(), PageBit::Date as u8),
        (head.page_no.is_some(), PageBit::PageNo as u8),
        (head.section.is_some(), PageBit::Section as u8),
    ]));
    if let Some(y) = head.year {
        out.varint(u64::from(zigzag(y)));
    }
    for s in [&head.paper, &head.date].into_iter().flatten() {
        out.string(s);
    }
    if let Some(n) = head.page_no {
        out.varint(u64::from(n));
    }
    if let Some(s) = &head.section {
        out.string(s);
    }
    out.len(head.articles.len());
    for a in &head.articles {
        // A whole page's article gives the lede its head would keep.
        let lede = a.head_lede();
        out.push(bits([
            (a.date.is_some(), ArticleBit::Date as u8),
            (a.zone.is_some(), ArticleBit::Zone as u8),
            (a.kind == ArticleKind::Photo, ArticleBit::Photo as u8),
            (a.main_title.is_some(), ArticleBit::MainTitle as u8),
            (lede.is_some(), ArticleBit::Lede as u8),
        ]));
        if let Some(k) = a.main_title {
            out.varint(k as u64);
        }
        out.string(&a.id);
        out.strings(&a.title);
        for s in [&a.date, &a.zone].into_iter().flatten() {
            out.string(s);
        }
        out.strings(&a.zones);
        if let Some(l) = &lede {
            out.string(l);
        }
    }
    out.finish()
}

/// The head of the file named `name` from its bytes ([`encode`]); `None` when they are damaged
/// in any way (bytes left over included).
pub fn decode(bytes: &[u8], name: &str) -> Option<Page> {
    let mut r = Cursor::open(bytes)?;
    let mut page = edition_fields(&mut r, name, true)?;
    page.articles = articles(&mut r)?;
    r.is_done().then_some(page)
}

/// A head's articles alone (see [`decode`]); `None` when the bytes are damaged. The reader
/// decodes a listed page's articles only when one of them is first read
/// ([`super::summary::LazyHeads`]).
pub fn decode_articles(bytes: &[u8]) -> Option<Vec<Article>> {
    let mut r = Cursor::open(bytes)?;
    edition_fields(&mut r, "", false)?;
    let list = articles(&mut r)?;
    r.is_done().then_some(list)
}

/// A listed page: its edition fields (its section included), how many articles it has and
/// the first date one of them has (what an undated page sorts by).
pub type Listing = (Page, usize, Option<String>);

/// A page's [`Listing`], every article's fields checked but none copied save the first date:
/// what a listed page needs until one of its articles is read, and the proof that
/// [`decode_articles`] will succeed then. `None` when the bytes are damaged.
pub fn listing(bytes: &[u8], name: &str) -> Option<Listing> {
    let mut r = Cursor::open(bytes)?;
    let page = edition_fields(&mut r, name, true)?;
    let n = r.count()?;
    let mut first_date: Option<&str> = None;
    for _ in 0..n {
        let bits = r.byte()?;
        main_title(&mut r, bits)?;
        r.str()?;
        r.skip_strings()?;
        if bits & ArticleBit::Date as u8 != 0 {
            let date = r.str()?;
            first_date.get_or_insert(date);
        }
        if bits & ArticleBit::Zone as u8 != 0 {
            r.str()?;
        }
        r.skip_strings()?;
        skip_lede(&mut r, bits)?;
    }
    r.is_done()
        .then(|| (page, n, first_date.map(str::to_owned)))
}

/// An article's main title index, when its bits say one follows; `None` when the bytes are
/// damaged.
fn main_title(r: &mut Cursor<'_>, bits: u8) -> Option<Option<usize>> {
    if bits & ArticleBit::MainTitle as u8 == 0 {
        return Some(None);
    }
    Some(Some(usize::try_from(r.varint()?).ok()?))
}

/// The articles that follow a head's edition fields.
fn articles(r: &mut Cursor<'_>) -> Option<Vec<Article>> {
    let n = r.count()?;
    let mut list = Vec::with_capacity(n);
    for _ in 0..n {
        let bits = r.byte()?;
        let main_title = main_title(r, bits)?;
        let id = r.string()?;
        let title = r.strings()?;
        let date = maybe(r, bits & ArticleBit::Date as u8 != 0)?;
        let zone = maybe(r, bits & ArticleBit::Zone as u8 != 0)?;
        let zones = r.strings()?;
        let lede = maybe(r, bits & ArticleBit::Lede as u8 != 0)?;
        list.push(Article {
            id,
            title,
            main_title,
            date,
            zone,
            zones,
            kind: kind(bits),
            lede,
            ..Article::default()
        });
    }
    Some(list)
}

/// What the id pass needs of a head, without copying any title or id: the page's edition
/// fields (its section left out) and, when `zones` is asked (a `--zone` to check), its articles
/// with only their zones; `None` when the bytes read are damaged. The full head is decoded
/// once, where it is printed ([`decode`]).
pub fn edition(bytes: &[u8], name: &str, zones: bool) -> Option<Page> {
    let mut r = Cursor::open(bytes)?;
    let mut page = edition_fields(&mut r, name, false)?;
    if !zones {
        return Some(page);
    }
    page.articles = article_zones(&mut r)?
        .into_iter()
        .map(|(zone, zones)| Article {
            zone,
            zones,
            ..Article::default()
        })
        .collect();
    r.is_done().then_some(page)
}

/// Each article's zone fields (`zone`, `zones`) alone, no title or id copied: what a zone
/// filter and the zone picker's counts read of a page the reader has not decoded. `None`
/// when the bytes are damaged.
pub fn zones(bytes: &[u8]) -> Option<Vec<(Option<String>, Vec<String>)>> {
    let mut r = Cursor::open(bytes)?;
    edition_fields(&mut r, "", false)?;
    let list = article_zones(&mut r)?;
    r.is_done().then_some(list)
}

/// The articles' zone fields, read past their other fields.
fn article_zones(r: &mut Cursor<'_>) -> Option<Vec<(Option<String>, Vec<String>)>> {
    let n = r.count()?;
    let mut list = Vec::with_capacity(n);
    for _ in 0..n {
        let bits = r.byte()?;
        main_title(r, bits)?;
        r.str()?;
        r.skip_strings()?;
        if bits & ArticleBit::Date as u8 != 0 {
            r.str()?;
        }
        let zone = maybe(r, bits & ArticleBit::Zone as u8 != 0)?;
        let zones = r.strings()?;
        skip_lede(r, bits)?;
        list.push((zone, zones));
    }
    Some(list)
}

/// The page's edition fields (its section only when `section`), with no articles yet.
fn edition_fields(r: &mut Cursor<'_>, name: &str, section: bool) -> Option<Page> {
    let bits = r.byte()?;
    let has = |bit: PageBit| bits & bit as u8 != 0;
    let year = if has(PageBit::Year) {
        Some(unzigzag(u32::try_from(r.varint()?).ok()?))
    } else {
        None
    };
    let paper = maybe(r, has(PageBit::Paper))?;
    let date = maybe(r, has(PageBit::Date))?;
    let page_no = if has(PageBit::PageNo) {
        Some(u32::try_from(r.varint()?).ok()?)
    } else {
        None
    };
    let kept = if has(PageBit::Section) {
        let s = r.str()?;
        section.then(|| s.to_owned())
    } else {
        None
    };
    Some(Page {
        source: name.to_owned(),
        year,
        paper,
        date,
        page_no,
        section: kept,
        articles: Vec::new(),
    })
}

/// Reads past an article's lede when its bits say one follows; `None` when it is damaged.
fn skip_lede(r: &mut Cursor<'_>, bits: u8) -> Option<()> {
    if bits & ArticleBit::Lede as u8 != 0 {
        r.str()?;
    }
    Some(())
}

/// An optional string: the next one when `present`; `None` when it is damaged.
fn maybe(r: &mut Cursor<'_>, present: bool) -> Option<Option<String>> {
    if !present {
        return Some(None);
    }
    r.string().map(Some)
}

fn kind(bits: u8) -> ArticleKind {
    if bits & ArticleBit::Photo as u8 != 0 {
        ArticleKind::Photo
    } else {
        ArticleKind::News
    }
}

/// A signed year as an unsigned number small ones keep small (0 → 0, −1 → 1, 1 → 2).
fn zigzag(n: i32) -> u32 {
    ((n << 1) ^ (n >> 31)) as u32
}

fn unzigzag(n: u32) -> i32 {
    ((n >> 1) as i32) ^ -((n & 1) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_head() -> Page {
        let page = crate::ingest::load_source(&crate::ingest::sample_source(), 1)
            .expect("the sample loads");
        super::super::head_of(&page)
    }

    /// Every optional field present and absent, a photo, a negative year.
    fn odd_head() -> Page {
        Page {
            source: "x/01.txt".to_owned(),
            year: Some(-44),
            paper: None,
            date: Some("2024-12-03".to_owned()),
            page_no: None,
            section: Some("要闻".to_owned()),
            articles: vec![
                Article {
                    id: "1-1".to_owned(),
                    kind: ArticleKind::Photo,
                    zone: Some("太原高新区".to_owned()),
                    zones: vec!["太原高新区".to_owned(), "晋中开发区".to_owned()],
                    lede: Some("（图）园区一角".to_owned()),
                    ..Article::default()
                },
                Article {
                    id: "1-2".to_owned(),
                    title: vec!["肩题".to_owned(), String::new(), "主题".to_owned()],
                    main_title: Some(2),
                    date: Some("2024-12-02".to_owned()),
                    ..Article::default()
                },
            ],
        }
    }

    #[test]
    fn heads_come_back_as_they_went_in() {
        for head in [sample_head(), odd_head(), Page::default()] {
            assert!(!head.source.is_empty() || head.articles.is_empty());
            let back = decode(&encode(&head), &head.source);
            assert_eq!(back.as_ref(), Some(&head));
        }
    }

    /// The loader encodes whole pages: their text and facts must leave no trace in the bytes.
    #[test]
    fn a_whole_page_encodes_as_its_head() {
        let x = crate::facts::Extractor::new();
        let mut page = crate::ingest::load_source(&crate::ingest::sample_source(), 1)
            .expect("the sample loads");
        crate::facts::fill_page(&mut page, &x);
        assert!(page.articles.iter().any(|a| !a.facts.is_empty()));
        assert!(page.articles.iter().any(|a| !a.paragraphs.is_empty()));
        assert_eq!(encode(&page), encode(&super::super::head_of(&page)));
        // An untitled article's lede too, whether from its caption or its text.
        page.articles[0].title.clear();
        page.articles[1].title.clear();
        page.articles[1].captions.clear();
        let head = super::super::head_of(&page);
        assert!(head.articles[0].lede.is_some() && head.articles[1].lede.is_some());
        assert_eq!(encode(&page), encode(&head));
        assert_eq!(decode(&encode(&page), &page.source), Some(head));
    }

    #[test]
    fn the_edition_is_the_heads_fields_with_zones_only() {
        for head in [sample_head(), odd_head()] {
            let bytes = encode(&head);
            let bare = edition(&bytes, &head.source, false).expect("decodes");
            assert_eq!(bare.articles, Vec::new());
            assert_eq!(bare.section, None);
            assert_eq!(
                (bare.year, &bare.paper, &bare.date, bare.page_no),
                (head.year, &head.paper, &head.date, head.page_no)
            );
            let zoned = edition(&bytes, &head.source, true).expect("decodes");
            let zones: Vec<_> = head.articles.iter().map(|a| (&a.zone, &a.zones)).collect();
            let got: Vec<_> = zoned.articles.iter().map(|a| (&a.zone, &a.zones)).collect();
            assert_eq!(got, zones);
        }
    }

    #[test]
    fn a_listing_is_the_heads_page_count_and_first_date_and_its_articles_come_apart() {
        for head in [sample_head(), odd_head(), Page::default()] {
            let bytes = encode(&head);
            let (page, n, first_date) = listing(&bytes, &head.source).expect("lists");
            assert_eq!(n, head.articles.len());
            let dated = head.articles.iter().find_map(|a| a.date.clone());
            assert_eq!(first_date, dated);
            assert_eq!(
                page,
                Page {
                    articles: Vec::new(),
                    ..head.clone()
                }
            );
            assert_eq!(decode_articles(&bytes), Some(head.articles));
        }
    }

    #[test]
    fn years_survive_zigzag() {
        for y in [0, 1, -1, 2024, -44, i32::MAX, i32::MIN] {
            assert_eq!(unzigzag(zigzag(y)), y);
        }
    }

    /// Every truncation is damage; every single changed byte reads as damage or as a head,
    /// never a panic.
    #[test]
    fn damaged_bytes_never_panic() {
        let bytes = encode(&odd_head());
        for n in 0..bytes.len() {
            assert_eq!(decode(&bytes[..n], "x"), None, "truncated at {n}");
        }
        for i in 0..bytes.len() {
            for b in [0u8, 0x7f, 0x80, 0xff] {
                let mut d = bytes.clone();
                d[i] = b;
                let whole = decode(&d, "x");
                // A listing vouches for its articles: they decode whenever it does.
                let listed = listing(&d, "x");
                assert_eq!(listed.is_some(), whole.is_some(), "byte {i} set to {b}");
                assert_eq!(decode_articles(&d).is_some(), whole.is_some());
                let _ = edition(&d, "x", true);
                let _ = zones(&d);
                let _ = edition(&d, "x", false);
            }
        }
        let mut longer = bytes;
        longer.push(0);
        assert_eq!(decode(&longer, "x"), None);
    }
}
