//! The sample page read exactly as its hand-checked gold reading says (tests/sample.gold.json).

use dubao::ingest;
use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(include_str!("sample.gold.json")).expect("gold file is valid JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn sample_page_matches_gold_structure() {
    let gold = gold();
    let (corpus, errors) = ingest::load_paths(&[]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(corpus.pages.len(), 1);
    let page = &corpus.pages[0];
    assert_eq!(page.year, gold["page_year"].as_i64().map(|y| y as i32));

    let want = gold["articles"].as_array().expect("articles");
    let titles: Vec<_> = page.articles.iter().map(|a| a.title.clone()).collect();
    assert_eq!(page.articles.len(), want.len(), "articles: {titles:#?}");

    for (i, (got, want)) in page.articles.iter().zip(want).enumerate() {
        let ctx = format!("article {} {:?}", i + 1, got.title);
        assert_eq!(got.id, format!("assets/sample.txt#{}", i + 1));
        assert_eq!(got.title, strings(&want["title"]), "{ctx}: title");
        assert_eq!(
            got.dateline.as_deref(),
            want["dateline"].as_str(),
            "{ctx}: dateline"
        );
        assert_eq!(
            got.reporters,
            strings(&want["reporter"]),
            "{ctx}: reporters"
        );
        assert_eq!(got.zone.as_deref(), want["zone"].as_str(), "{ctx}: zone");
        assert_eq!(
            got.paragraphs.len() as u64,
            want["paragraphs"].as_u64().expect("count"),
            "{ctx}: paragraphs {:#?}",
            got.paragraphs
        );
        let first = want["first_words"].as_str().expect("first_words");
        let last = want["last_words"].as_str().expect("last_words");
        assert!(
            got.paragraphs[0].starts_with(first),
            "{ctx}: first words {:?}",
            got.paragraphs[0]
        );
        let last_para = got.paragraphs.last().expect("a paragraph");
        assert!(last_para.ends_with(last), "{ctx}: last words {last_para:?}");
        assert_eq!(got.byline, strings(&want["byline"]), "{ctx}: byline");
        let captions: Vec<(Option<&str>, Option<&str>)> = want["captions"]
            .as_array()
            .expect("captions")
            .iter()
            .map(|c| (c["text"].as_str(), c["credit"].as_str()))
            .collect();
        let got_captions: Vec<(Option<&str>, Option<&str>)> = got
            .captions
            .iter()
            .map(|c| (c.text.as_deref(), c.credit.as_deref()))
            .collect();
        assert_eq!(got_captions, captions, "{ctx}: captions");
        let photo = want["dateline"].is_null() && !captions.is_empty();
        assert_eq!(got.kind == dubao::ArticleKind::Photo, photo, "{ctx}: kind");
    }
}

#[test]
fn no_paragraph_keeps_a_column_break() {
    // Rejoined paragraphs read on: 配套生产铝 + 合金液能力。
    let (corpus, _) = ingest::load_paths(&[]);
    let first = &corpus.pages[0].articles[0];
    assert!(first.paragraphs[1].contains("配套生产铝合金液能力。"));
    for a in &corpus.pages[0].articles {
        for p in &a.paragraphs {
            assert!(!p.contains('\n'), "{p}");
        }
    }
}
