//! The version of a page's searchable text, which tells an index's documents made from it
//! from stale ones.

use crate::model::Article;

/// The pending version that marks a removed file.
pub(super) const REMOVED: u64 = u64::MAX;

/// The version of a page's searchable text: documents made from another version are stale.
pub fn page_version(articles: &[&Article]) -> u64 {
    // The bytes of each of `scan::texts`'s strings, each followed by 0xff, gathered in a buffer
    // the thread keeps and hashed at once (the reader takes the version of every page it
    // loads): fed piece by piece to xxh3's streaming state, a paragraph and a byte at a time, it
    // cost a cold open's loader 3.7 % of its time. The hash is the same either way.
    thread_local! {
        static BYTES: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let hash = |bytes: &mut Vec<u8>| {
        bytes.clear();
        push_page(bytes, articles);
        xxhash_rust::xxh3::xxh3_64(bytes)
    };
    let digest = BYTES.with(|b| match b.try_borrow_mut() {
        Ok(mut bytes) => {
            let digest = hash(&mut bytes);
            // A page far larger than most leaves no buffer of its size behind.
            if bytes.capacity() > KEPT_BYTES {
                *bytes = Vec::new();
            }
            digest
        }
        // Never expected (nothing here calls back in); a buffer of its own then.
        Err(_) => hash(&mut Vec::new()),
    });
    // Never the value that marks a removal.
    digest.min(REMOVED - 1)
}

/// The largest buffer [`page_version`] keeps between pages.
const KEPT_BYTES: usize = 1 << 20;

/// Appends the bytes [`page_version`] hashes to `out`.
fn push_page(out: &mut Vec<u8>, articles: &[&Article]) {
    for a in articles {
        for t in a.title.iter().chain(&a.paragraphs) {
            push_segment(out, std::iter::once(t.as_str()));
        }
        for t in a.captions.iter().filter_map(|c| c.text.as_deref()) {
            push_segment(out, std::iter::once(t));
        }
        push_segment(out, a.byline_parts());
        out.push(0xfe);
    }
}

/// Appends one searchable segment: its parts joined as [`super::scan::byline_text`] joins a byline
/// (one part for any other segment), then 0xff.
fn push_segment<'a>(out: &mut Vec<u8>, parts: impl Iterator<Item = &'a str>) {
    for (k, t) in parts.enumerate() {
        if k > 0 {
            out.extend_from_slice("\u{3000}".as_bytes());
        }
        out.extend_from_slice(t.as_bytes());
    }
    out.push(0xff);
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::*;
    use crate::index::scan;

    /// The version hashes the strings `scan::texts` gives, each followed by 0xff, each article
    /// followed by 0xfe (versions kept in caches and indexes depend on it).
    #[test]
    fn a_page_version_hashes_the_scans_texts() {
        let caption = |t: Option<&str>| crate::model::Caption {
            text: t.map(str::to_owned),
            credit: None,
        };
        let a = Article {
            title: vec!["经开区".into(), "".into()],
            paragraphs: vec!["一".into(), "二".into()],
            captions: vec![caption(Some("图")), caption(None)],
            byline: vec!["甲".into(), "乙".into()],
            ..Article::default()
        };
        let b = article("无关", &[]);
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for x in [&a, &b] {
            let (titles, texts) = scan::texts(x);
            for t in titles.iter().chain(&texts) {
                h.update(t.as_bytes());
                h.update(&[0xff]);
            }
            h.update(&[0xfe]);
        }
        assert_eq!(page_version(&[&a, &b]), h.digest());
    }

    #[test]
    fn page_versions_differ_with_the_text() {
        let a = article("经开区", &["一"]);
        let b = article("经开区", &["二"]);
        assert_eq!(page_version(&[&a]), page_version(&[&a.clone()]));
        assert_ne!(page_version(&[&a]), page_version(&[&b]));
        assert_ne!(page_version(&[&a, &b]), page_version(&[&b, &a]));
    }
}
