//! `dubao dump --format ndjson`: one article per line, with its page's fields (under `page`) and
//! its facts — the shape a search cluster's bulk loader takes (see README, "Past one machine").

use std::io::Write;

use super::Filter;
use crate::error::Error;
use crate::model::{Article, Corpus, Page};
use serde::Serialize;

/// A page's own fields, without its articles: what every article line repeats.
#[derive(Serialize)]
struct PageFields<'a> {
    source: &'a str,
    year: Option<i32>,
    paper: Option<&'a str>,
    date: Option<&'a str>,
    page_no: Option<u32>,
    section: Option<&'a str>,
}

/// An article line: the article's own fields and facts, with its page's under `page`.
#[derive(Serialize)]
struct Line<'a> {
    #[serde(flatten)]
    article: &'a Article,
    page: PageFields<'a>,
}

/// Writes one JSON object per selected article, each on its own line.
pub fn write(corpus: &Corpus, filter: &Filter, out: &mut dyn Write) -> Result<(), Error> {
    for page in &corpus.pages {
        write_page(page, filter, out)?;
    }
    Ok(())
}

/// The lines of one page's selected articles.
pub fn write_page(page: &Page, filter: &Filter, out: &mut dyn Write) -> Result<(), Error> {
    for article in page.articles.iter().filter(|a| filter.passes(a)) {
        let line = Line {
            article,
            page: PageFields {
                source: &page.source,
                year: page.year,
                paper: page.paper.as_deref(),
                date: page.date.as_deref(),
                page_no: page.page_no,
                section: page.section.as_deref(),
            },
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_article_per_line_with_its_page_fields_and_facts() {
        let (mut corpus, _) = crate::ingest::load_all(&[crate::ingest::sample_source()]);
        crate::facts::fill(&mut corpus, &crate::facts::Extractor::new());
        let mut out = Vec::new();
        write(&corpus, &Filter::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), corpus.pages[0].articles.len());
        for (line, a) in lines.iter().zip(&corpus.pages[0].articles) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["id"], a.id.as_str());
            assert_eq!(v["facts"].as_array().map(Vec::len), Some(a.facts.len()));
            assert_eq!(v["page"]["source"], "assets/sample.txt");
            assert!(v["page"].get("articles").is_none());
        }
    }
}
