//! One cache entry: a checked header (who wrote it, for which file and content), the page's
//! head (its edition fields and each article's id, title, zones and date: all `dubao list` and
//! the id pass need; in [`super::head_codec`]'s layout, as the archive summary keeps it, uncompressed),
//! each article's facts (dubao's own layout, see [`fact_codec`]; empty when facts were not
//! extracted) and the rest of the page, its body (in [`super::body_codec`]'s layout), all
//! uncompressed (see [`Entry::encode`] for why). The
//! head lets a warm `list` and the id pass skip decompressing and decoding page text and facts;
//! head and facts let a warm `dubao facts` skip the page text.
//!
//! Head, facts and body each have a layout of dubao's own: warm runs decode heads by the
//! thousand and facts by the hundred thousand, and a cold run writes every page's body.

use super::fact_codec;
use super::Stamp;

use crate::model::{Article, Fact, Page};

/// Bumped whenever the entry layout or the model's encoding changes.
pub const FORMAT: u8 = 12;
const MAGIC: &[u8; 7] = b"DUBAOPG";
/// No page comes close; a larger length is corruption, not a reason to allocate.
const MAX_PAYLOAD: usize = 256 << 20;

/// Why an entry was not usable.
#[derive(Debug, PartialEq, Eq)]
pub enum Bad {
    /// Written by another format version: expected after an upgrade.
    OtherBuild,
    /// Truncated or corrupted.
    Damaged,
}

/// A decoded entry header with its still-compressed page.
#[derive(Debug, Clone)]
pub struct Entry {
    pub build: u64,
    pub stamp: Stamp,
    pub hash: u128,
    /// The page number the page's article ids were made with.
    pub number: u32,
    pub has_facts: bool,
    pub name: String,
    /// The source's absolute path, as bytes.
    pub path: Vec<u8>,
    /// The entry's bytes, and where its head and payload are in them (not copied out).
    bytes: Vec<u8>,
    head: std::ops::Range<usize>,
    /// The facts section and the page; `None` when only the entry's start was read
    /// ([`Entry::decode_head`]).
    rest: Option<Rest>,
}

/// Where the facts and the page are in an entry's bytes; the page is `None` when the entry was
/// read only up to the end of its facts ([`Entry::decode_facts`]).
#[derive(Debug, Clone)]
struct Rest {
    facts: std::ops::Range<usize>,
    payload: Option<std::ops::Range<usize>>,
}

/// How much of an entry a decode reads and checks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Head,
    Facts,
    Whole,
}

/// What an entry is written for.
#[derive(Debug, Clone, Copy)]
pub struct Key<'a> {
    pub build: u64,
    pub path: &'a [u8],
    pub name: &'a str,
    pub stamp: Stamp,
    pub hash: u128,
}

impl Entry {
    /// Serialises a page; `None` if it cannot be encoded (never expected).
    ///
    /// The body is written straight into the entry, uncompressed: zstd's fastest levels shrank
    /// Chinese text by about a quarter (66 MB of packs for a 77 MB archive) for a sixth of a
    /// cold `list`'s instructions, and every page shown from the cache paid to decompress it.
    /// The body is encoded first, so the entry is made once at its size: sizing it by the
    /// source's bytes left it short for half the pages, which grew it and copied it.
    ///
    /// The facts are not compressed either: zstd's level -3 cost a cold `dubao facts` over
    /// 1,000 pages 109 M instructions to write them and 40 M to read them back (2 % of its
    /// instructions; a warm one, the 40 M: a tenth), to keep packs a sixth smaller.
    pub fn encode(key: &Key<'_>, number: u32, page: &Page, has_facts: bool) -> Option<Vec<u8>> {
        let head = super::summary::encode_head(page);
        let facts: Vec<&[Fact]> = if has_facts {
            page.articles.iter().map(|a| a.facts.as_slice()).collect()
        } else {
            Vec::new()
        };
        let facts = fact_codec::encode(&facts);
        let body = super::body_codec::encode(page);
        let mut out = Vec::with_capacity(
            body.finished_len() + facts.len() + head.len() + 180 + key.path.len() + key.name.len(),
        );
        out.extend_from_slice(MAGIC);
        out.push(FORMAT);
        out.extend_from_slice(&key.build.to_le_bytes());
        out.extend_from_slice(&key.stamp.size.to_le_bytes());
        out.extend_from_slice(&key.stamp.mtime_ns.to_le_bytes());
        out.extend_from_slice(&key.stamp.ino.to_le_bytes());
        out.extend_from_slice(&key.stamp.ctime_ns.to_le_bytes());
        out.extend_from_slice(&key.hash.to_le_bytes());
        out.extend_from_slice(&number.to_le_bytes());
        out.push(u8::from(has_facts));
        for field in [key.name.as_bytes(), key.path] {
            out.extend_from_slice(&u32::try_from(field.len()).ok()?.to_le_bytes());
            out.extend_from_slice(field);
        }
        for section in [&head, &facts] {
            push_section_start(&mut out, section);
            out.extend_from_slice(section);
        }
        // The body's length and hash are filled in once it is written.
        let at = out.len();
        out.extend_from_slice(&[0; 16]);
        body.finish_into(&mut out);
        let payload = out.get(at + 16..)?;
        let (len, hash) = (payload.len() as u64, xxhash_rust::xxh3::xxh3_64(payload));
        out.get_mut(at..at + 8)?.copy_from_slice(&len.to_le_bytes());
        out.get_mut(at + 8..at + 16)?
            .copy_from_slice(&hash.to_le_bytes());
        Some(out)
    }

    /// Reads and checks an entry; the page itself is decoded later, by [`Entry::page`].
    pub fn decode(bytes: Vec<u8>) -> Result<Entry, Bad> {
        Entry::decode_part(bytes, Part::Whole)
    }

    /// Reads and checks an entry from its first bytes, up to the end of its head: the page is
    /// not there to decode ([`Entry::page`] is `None`). Too few bytes is [`Bad::Damaged`].
    pub fn decode_head(bytes: Vec<u8>) -> Result<Entry, Bad> {
        Entry::decode_part(bytes, Part::Head)
    }

    /// Reads and checks an entry from its first bytes, up to the end of its facts: head and
    /// facts decode, the page is not there ([`Entry::page`] is `None`). Too few bytes is
    /// [`Bad::Damaged`].
    pub fn decode_facts(bytes: Vec<u8>) -> Result<Entry, Bad> {
        Entry::decode_part(bytes, Part::Facts)
    }

    fn decode_part(bytes: Vec<u8>, part: Part) -> Result<Entry, Bad> {
        let mut r = Reader(&bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err(Bad::Damaged);
        }
        if r.take(1)?[0] != FORMAT {
            return Err(Bad::OtherBuild);
        }
        let build = r.u64()?;
        let size = r.u64()?;
        let mtime_ns = r.u128()?;
        let ino = r.u64()?;
        let ctime_ns = r.u128()?;
        let hash = r.u128()?;
        let number = r.u32()?;
        let has_facts = match r.take(1)?[0] {
            0 => false,
            1 => true,
            _ => return Err(Bad::Damaged),
        };
        let name_len = r.u32()? as usize;
        let name = std::str::from_utf8(r.take(name_len)?)
            .map_err(|_| Bad::Damaged)?
            .to_owned();
        let path_len = r.u32()? as usize;
        let path = r.take(path_len)?.to_vec();
        let head = r.section(bytes.len())?;
        let rest = match part {
            Part::Head => None,
            Part::Facts => Some(Rest {
                facts: r.section(bytes.len())?,
                payload: None,
            }),
            Part::Whole => {
                let facts = r.section(bytes.len())?;
                let payload = r.section(bytes.len())?;
                if !r.0.is_empty() {
                    return Err(Bad::Damaged);
                }
                Some(Rest {
                    facts,
                    payload: Some(payload),
                })
            }
        };
        Ok(Entry {
            build,
            stamp: Stamp {
                size,
                mtime_ns,
                ino,
                ctime_ns,
            },
            hash,
            number,
            has_facts,
            name,
            path,
            bytes,
            head,
            rest,
        })
    }

    /// The page's head (see the module docs); `None` when it does not decode.
    pub fn head(&self) -> Option<Page> {
        super::summary::decode_head(self.bytes.get(self.head.clone())?, &self.name)
    }

    /// Decodes the page, with its facts when the entry has them; `None` when the payload does
    /// not decode.
    pub fn page(&self) -> Option<Page> {
        let rest = self.rest.as_ref()?;
        let page =
            super::body_codec::decode_onto(self.head()?, self.bytes.get(rest.payload.clone()?)?)?;
        if self.has_facts {
            self.with_facts(page)
        } else {
            Some(page)
        }
    }

    /// Each article's facts, in the head's article order, without the page text (what a warm
    /// `dubao facts` needs); empty when the entry has no facts, `None` when they do not decode.
    pub fn facts(&self) -> Option<Vec<Vec<Fact>>> {
        let rest = self.rest.as_ref()?;
        fact_codec::decode(self.bytes.get(rest.facts.clone())?)
    }

    /// The page's head with each article's facts: all `dubao facts` prints; `None` when the
    /// entry has no facts or they do not decode.
    pub fn head_with_facts(&self) -> Option<Page> {
        if !self.has_facts {
            return None;
        }
        self.with_facts(self.head()?)
    }

    /// `page` (the page or its head) with the stored facts put back in its articles; `None`
    /// when they do not decode or are not one list per article.
    fn with_facts(&self, mut page: Page) -> Option<Page> {
        let facts = self.facts()?;
        if facts.len() != page.articles.len() {
            return None;
        }
        for (a, f) in page.articles.iter_mut().zip(facts) {
            a.facts = f;
        }
        Some(page)
    }
}

/// A section's length and hash, which the reader checks before using its bytes.
fn push_section_start(out: &mut Vec<u8>, section: &[u8]) {
    out.extend_from_slice(&(section.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(section).to_le_bytes());
}

/// A bounds-checked cursor over entry bytes: running out is [`Bad::Damaged`].
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Bad> {
        if n > self.0.len() {
            return Err(Bad::Damaged);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Bad> {
        self.take(N)?.try_into().map_err(|_| Bad::Damaged)
    }

    fn u32(&mut self) -> Result<u32, Bad> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, Bad> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn u128(&mut self) -> Result<u128, Bad> {
        Ok(u128::from_le_bytes(self.array()?))
    }

    /// A length-prefixed, checksummed section, as its range in the `whole` bytes read (of
    /// length `whole`).
    fn section(&mut self, whole: usize) -> Result<std::ops::Range<usize>, Bad> {
        let len = usize::try_from(self.u64()?).map_err(|_| Bad::Damaged)?;
        let sum = self.u64()?;
        if len > MAX_PAYLOAD {
            return Err(Bad::Damaged);
        }
        let bytes = self.take(len)?;
        if xxhash_rust::xxh3::xxh3_64(bytes) != sum {
            return Err(Bad::Damaged);
        }
        let end = whole - self.0.len();
        Ok(end - len..end)
    }
}

/// A page's head: the page without its text and facts, each article keeping only its id, title,
/// zones and date (what `list`, the `--zone` check and article ids need).
pub fn head_of(page: &Page) -> Page {
    Page {
        source: page.source.clone(),
        year: page.year,
        paper: page.paper.clone(),
        date: page.date.clone(),
        page_no: page.page_no,
        section: page.section.clone(),
        articles: page.articles.iter().map(Article::head).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(path: &[u8]) -> Key<'_> {
        Key {
            build: 7,
            path,
            // The name a page is stored under is its source (heads and bodies keep no other).
            name: crate::ingest::SAMPLE_SOURCE,
            stamp: Stamp {
                size: 1,
                mtime_ns: 2,
                ino: 3,
                ctime_ns: 4,
            },
            hash: 5,
        }
    }

    fn sample_with_facts() -> Page {
        let mut page = crate::ingest::load_source(&crate::ingest::sample_source(), 1)
            .expect("the sample loads");
        crate::facts::fill_page(&mut page, &crate::facts::Extractor::new());
        page
    }

    /// The entry gives the page back with its facts, and without them when it was stored
    /// without.
    #[test]
    fn a_page_and_its_facts_come_back_and_stay_in_place() {
        let page = sample_with_facts();
        assert!(page.articles.iter().any(|a| !a.facts.is_empty()));
        let bytes = Entry::encode(&key(b"/x"), 1, &page, true).expect("encodes");
        let entry = Entry::decode(bytes).expect("decodes");
        assert_eq!(entry.page().as_ref(), Some(&page));

        let bytes = Entry::encode(&key(b"/x"), 1, &page, false).expect("encodes");
        let back = Entry::decode(bytes)
            .expect("decodes")
            .page()
            .expect("the page");
        assert!(back.articles.iter().all(|a| a.facts.is_empty()));
        assert_eq!(back.articles.len(), page.articles.len());
        assert_eq!(back.articles[0].paragraphs, page.articles[0].paragraphs);
    }

    /// Read up to its facts, an entry gives its head with facts as the whole entry does, and
    /// no page; cut inside its facts, it is damaged (the caller then reads it whole).
    #[test]
    fn an_entry_read_through_its_facts_gives_them_and_no_page() {
        let page = sample_with_facts();
        let bytes = Entry::encode(&key(b"/x"), 1, &page, true).expect("encodes");
        let whole = Entry::decode(bytes.clone()).expect("decodes");
        let start = Entry::decode_facts(bytes.clone()).expect("decodes through the facts");
        assert!(start.page().is_none());
        assert_eq!(start.head_with_facts(), whole.head_with_facts());
        assert!(whole.head_with_facts().is_some());
        let head_end = whole.head.end;
        assert_eq!(
            Entry::decode_facts(bytes[..head_end + 20].to_vec()).err(),
            Some(Bad::Damaged)
        );
    }
}
