//! One page in every encoding dubao reads gives one model: UTF-8 (the fast path: valid UTF-8 is
//! never guessed at), UTF-8 with a BOM and CRLF line ends, and GB18030 (decoded once, without
//! the three-way guess). The UTF-8 model itself is pinned by `tests/sample_gold.rs`.

use dubao::ingest::{self, decode};

fn sample() -> &'static str {
    std::str::from_utf8(ingest::SAMPLE).expect("the sample is UTF-8")
}

#[test]
fn every_encoding_gives_the_same_page() {
    let text = sample();
    let utf8 = ingest::parse_bytes("page.txt", text.as_bytes(), 1).expect("utf-8");
    assert!(utf8.notice.is_none());
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    let gb = encoding_rs::GB18030.encode(text).0.into_owned();
    for (name, bytes) in [("utf-8 bom crlf", bom), ("gb18030", gb)] {
        let loaded = ingest::parse_bytes("page.txt", &bytes, 1).expect(name);
        assert!(loaded.notice.is_none(), "{name}");
        assert_eq!(loaded.page, utf8.page, "{name}");
    }
}

#[test]
fn each_encoding_is_named() {
    let text = sample();
    let gb = encoding_rs::GB18030.encode(text).0;
    let d = decode::decode(&gb).expect("gb18030");
    assert_eq!(d.encoding, decode::SourceEncoding::Gb18030);
    assert_eq!(d.text, text);
    let d = decode::decode(text.as_bytes()).expect("utf-8");
    assert_eq!((d.encoding, d.bad_bytes), (decode::SourceEncoding::Utf8, 0));
    assert_eq!(d.text, text);
}

/// A page that is GB18030 but for one damaged byte is not clean: it goes through the full guess
/// and still loads as GB18030, the damage counted.
#[test]
fn a_damaged_gb18030_page_still_loads() {
    let text = sample();
    let mut gb = encoding_rs::GB18030.encode(text).0.into_owned();
    let at = gb.len() / 2;
    let at = (at..gb.len()).find(|&i| gb[i] == b'\n').unwrap_or(at);
    gb.insert(at, 0xFF);
    let d = decode::decode(&gb).expect("gb18030 with one bad byte");
    assert_eq!(
        (d.encoding, d.bad_bytes),
        (decode::SourceEncoding::Gb18030, 1)
    );
}
