//! An archive laid out by date, with and without page headers: edition fields, stable ids,
//! `--since`/`--until`, and id and source columns in every table.

#[path = "support/archive.rs"]
mod gen;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use dubao::ingest;
use predicates::prelude::*;

const PAGES: usize = 50;

fn dubao() -> Command {
    Command::cargo_bin("dubao").expect("binary built")
}

fn stdout_of(args: &[&str]) -> String {
    let out = dubao().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Source path → that page's article ids.
fn ids(root: &Path) -> BTreeMap<String, Vec<String>> {
    let (corpus, errors) = ingest::load_paths(&[root.to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    corpus
        .pages
        .into_iter()
        .map(|p| (p.source, p.articles.into_iter().map(|a| a.id).collect()))
        .collect()
}

#[test]
fn edition_fields_from_headers_else_paths() {
    let dir = tempfile::tempdir().unwrap();
    let want = gen::write(dir.path(), PAGES);
    assert!(want.iter().any(|e| e.header) && want.iter().any(|e| !e.header));
    let (corpus, errors) = ingest::load_paths(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(corpus.pages.len(), PAGES);
    let by_source: BTreeMap<PathBuf, &dubao::model::Page> = corpus
        .pages
        .iter()
        .map(|p| (PathBuf::from(&p.source), p))
        .collect();
    for e in &want {
        let page = by_source[&dir.path().join(&e.rel)];
        let got = (
            page.paper.clone(),
            page.date.clone(),
            page.page_no,
            page.section.clone(),
        );
        let exp = (
            e.paper.clone(),
            e.date.clone(),
            e.page_no,
            e.section.clone(),
        );
        assert_eq!(got, exp, "{} (header: {})", e.rel, e.header);
        for a in &page.articles {
            // With an edition date, it is every article's date.
            if e.date.is_some() {
                assert_eq!(a.date, e.date, "{}", a.id);
            }
            let id_ok = match (&e.date, e.page_no) {
                (Some(d), Some(n)) => {
                    let plain = format!("{d}/{n:02}/");
                    a.id.starts_with(&plain)
                        || e.paper
                            .as_ref()
                            .is_some_and(|p| a.id.starts_with(&format!("{p}/{plain}")))
                }
                _ => a.id.starts_with(&format!("{}#", e.rel)),
            };
            assert!(id_ok, "{} for {e:?}", a.id);
        }
    }
    // Two papers' pages share the last edition: both ids name their paper.
    let last = &want[PAGES - 1];
    let twin = &want[PAGES - 2];
    for (e, paper) in [
        (last, "山西日报"),
        (twin, twin.paper.as_deref().unwrap_or("科学导报")),
    ] {
        let page = by_source[&dir.path().join(&e.rel)];
        assert!(
            page.articles[0].id.starts_with(&format!("{paper}/")),
            "{}",
            page.articles[0].id
        );
    }
}

#[test]
fn ids_do_not_change_when_files_come_and_go() {
    let dir = tempfile::tempdir().unwrap();
    gen::write(dir.path(), 12);
    let before = ids(dir.path());
    // A new page that sorts first, a new undated page, then one removed.
    std::fs::create_dir_all(dir.path().join("0000")).unwrap();
    std::fs::write(
        dir.path().join("0000/2020-01-01-01.txt"),
        "新页面\n\n本报讯 近日，会议召开。\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("aaa.txt"),
        "另一页\n\n本报讯 近日，会议召开。\n",
    )
    .unwrap();
    let added = ids(dir.path());
    for (source, list) in &before {
        assert_eq!(added.get(source), Some(list), "{source} after adding files");
    }
    let (gone, _) = before.iter().nth(3).unwrap();
    std::fs::remove_file(gone).unwrap();
    let removed = ids(dir.path());
    for (source, list) in before.iter().filter(|(s, _)| *s != gone) {
        assert_eq!(
            removed.get(source),
            Some(list),
            "{source} after removing {gone}"
        );
    }
}

#[test]
fn since_and_until_on_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    gen::write(dir.path(), 30);
    let root = dir.path().to_str().unwrap();
    let out = stdout_of(&["list", "--since", "2025-01", "--until", "2025-02", root]);
    assert!(!out.is_empty());
    for line in out.lines() {
        let date = line.split('\t').nth(2).unwrap();
        assert!(("2025-01-01"..="2025-02-28").contains(&date), "{line}");
    }
    let all = stdout_of(&["list", root]).lines().count();
    let y2025 = stdout_of(&["list", "--since", "2025", "--until", "2025", root])
        .lines()
        .count();
    assert!(0 < y2025 && y2025 < all, "{y2025} of {all}");
    let zones = stdout_of(&["zones", "--until", "2024-12-31", root]);
    for line in zones.lines() {
        for id in line.split('\t').nth(2).unwrap().split(',') {
            assert!(
                id.starts_with("2024-") || id.contains('#') || id.contains("/2024-"),
                "{id}"
            );
        }
    }
    let dump = stdout_of(&["dump", "--since", "2025-06-01", root]);
    let v: serde_json::Value = serde_json::from_str(&dump).unwrap();
    for p in v["pages"].as_array().unwrap() {
        for a in p["articles"].as_array().unwrap() {
            assert!(a["date"].as_str().unwrap() >= "2025-06-01");
        }
    }
    dubao()
        .args(["facts", "--since", "2025-13", root])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a date: 2025-13"));
}

#[test]
fn facts_in_every_format_carry_id_and_source() {
    let dir = tempfile::tempdir().unwrap();
    gen::write(dir.path(), 3);
    let root = dir.path().to_str().unwrap();
    let csv = stdout_of(&["facts", "--format", "csv", root]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers = r.headers().unwrap().clone();
    let source_col = headers.iter().position(|h| h == "source").unwrap();
    let mut n = 0;
    for rec in r.records() {
        let rec = rec.unwrap();
        assert!(Path::new(&rec[source_col]).is_file(), "{:?}", &rec);
        assert!(!rec[0].is_empty());
        n += 1;
    }
    assert!(n > 10);
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["facts", "--format", "json", root])).unwrap();
    assert!(json[0]["source"]
        .as_str()
        .is_some_and(|s| s.starts_with(root)));
    let md = stdout_of(&["facts", "--format", "md", root]);
    assert!(md.lines().next().unwrap().contains("source"));
    let tsv = stdout_of(&["facts", root]);
    assert!(tsv.lines().nth(1).unwrap().ends_with(".txt"));
}

#[test]
fn unknown_zone_is_an_error_naming_the_closest() {
    dubao()
        .args(["list", "--zone", "上堂经开区"])
        .assert()
        .code(1)
        .stderr(
            predicates::str::contains("unknown zone: 上堂经开区")
                .and(predicates::str::contains("closest: 上党经济技术开发区")),
        );
    dubao().args(["list", "--zone", "火星"]).assert().code(1);
    // Without a cache the first pass only decodes pages, unless a --zone needs their zones.
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let pages = pages.to_str().unwrap();
    dubao()
        .args(["list", "--no-cache", "--zone", "火星", pages])
        .assert()
        .code(1);
    let listed = stdout_of(&["list", "--no-cache", "--zone", "晋城经开区", pages]);
    assert!(!listed.is_empty(), "a known zone lists its articles");
}

/// Writes the 50-page archive the README and the tmux pass use:
/// `DUBAO_ARCHIVE_DIR=/tmp/archive cargo test --test archive -- --ignored write_demo_archive`.
#[test]
#[ignore]
fn write_demo_archive() {
    let Some(dir) = std::env::var_os("DUBAO_ARCHIVE_DIR") else {
        eprintln!("skipping: set DUBAO_ARCHIVE_DIR");
        return;
    };
    let pages = gen::write(Path::new(&dir), PAGES);
    eprintln!(
        "wrote {} pages to {}",
        pages.len(),
        Path::new(&dir).display()
    );
}

/// An article about several zones alike is filed under none, and its bare `开发区` then stands
/// for no zone (it used to become the first zone mentioned).
#[test]
fn bare_kaifaqu_resolves_to_no_zone_in_an_article_about_many() {
    let page = "上党经开区\n举行项目签约仪式\n\n本报讯 近日，上党经开区举行项目签约仪式，共签约项目 12 个。\n\n\
                全省开发区考核结果公布\n\n本报讯 近日，全省开发区考核结果公布。太原经开区、晋中经开区、\
                大同经开区排名靠前，晋中经开区、大同经开区位列其后。开发区管委会表示，将继续努力。\n";
    let out = dubao()
        .args(["dump", "-"])
        .write_stdin(page)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &v["pages"][0]["articles"][1];
    assert_eq!(a["zone"], serde_json::Value::Null);
    assert_eq!(a["zones"].as_array().unwrap().len(), 3);
    let zone_facts: Vec<&str> = a["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "zone")
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(!zone_facts.contains(&"开发区"), "{zone_facts:?}");
    assert_eq!(v["pages"][0]["articles"][0]["zone"], "上党经济技术开发区");
}

/// News sentences (CLUENER's Sina news, People's Daily 1998), text the header parser was never
/// tuned on, hold no page header: none may be taken for one.
#[test]
fn news_sentences_are_never_headers() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    let (Ok(cluener), Ok(pd)) = (
        std::fs::read_to_string(corpora.join("cluener/train.json")),
        std::fs::read_to_string(corpora.join("peoples-daily-ner/dev.bio")),
    ) else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    let mut sentences: Vec<String> = serde_json::Deserializer::from_str(&cluener)
        .into_iter::<serde_json::Value>()
        .filter_map(Result::ok)
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    sentences.extend(pd.split("\n\n").map(|block| {
        block
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect::<String>()
    }));
    assert!(sentences.len() > 12_000, "{}", sentences.len());
    // Clauses too: a header is short, so a sentence's pieces are the harder test.
    let pieces: Vec<&str> = sentences
        .iter()
        .flat_map(|s| s.split(['，', '。', '；']))
        .filter(|p| !p.trim().is_empty())
        .collect();
    let fired: Vec<&str> = pieces
        .iter()
        .copied()
        .filter(|p| dubao::ingest::edition::parse_header_line(p).is_some())
        .collect();
    // A piece that is only a date reads as a dated header line; on a page only the first and
    // last lines are looked at, and a lone date line there is the page's date.
    let bare = |p: &str| {
        p.chars()
            .all(|c| c.is_ascii_digit() || "年月日-./ ".contains(c))
    };
    let fired: Vec<&str> = fired.into_iter().filter(|p| !bare(p.trim())).collect();
    eprintln!(
        "{} of {} clauses read as headers: {fired:?}",
        fired.len(),
        pieces.len()
    );
    assert!(fired.is_empty(), "{fired:?}");
}

/// Every page writer's bytes after a streaming load (two passes, each page dropped once
/// written), for the writers that stream.
fn streamed(
    loader: &dubao::loader::Loader,
    roots: &[PathBuf],
    detail: dubao::loader::Detail<'_>,
    writer: Box<dyn dubao::cli::stream::PageWriter>,
) -> String {
    use dubao::loader::Detail;
    let facts = match detail {
        Detail::Facts(x) | Detail::FactRows(x) => Some(x),
        Detail::Head | Detail::Page => None,
    };
    let plan = loader.plan(roots, facts, false);
    let mut out = Vec::new();
    let mut writer = writer;
    loader
        .stream(&plan, detail, |r| {
            writer.page(&r.expect("loads").page, &mut out)
        })
        .unwrap();
    writer.finish(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn streamed_output_is_the_whole_corpus_output_byte_for_byte() {
    use dubao::cli::{stream, Filter};
    use dubao::loader::{CacheMode, Detail, Loader};
    let dir = tempfile::tempdir().unwrap();
    gen::write(dir.path(), 40);
    // The same edition printed by two papers, and one page twice: prefixed and name-based ids.
    let twin = dir.path().join("twin");
    std::fs::create_dir_all(&twin).unwrap();
    std::fs::write(
        twin.join("a.txt"),
        "太原晚报 2025年12月24日 第03版\n\n本报讯 近日，会议召开。\n",
    )
    .unwrap();
    std::fs::write(
        twin.join("b.txt"),
        "太原晚报 2025年12月24日 第03版\n\n本报讯 近日，又一会议召开。\n",
    )
    .unwrap();
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let roots = vec![dir.path().to_path_buf(), pages];
    let x = dubao::facts::Extractor::new();
    let (corpus, errors) =
        Loader::new(&CacheMode::Off, Default::default()).load_paths(&roots, Some(&x));
    assert!(errors.is_empty(), "{errors:?}");
    let zone = corpus
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .find_map(|a| a.zone.clone())
        .expect("a zone");
    let zoned = Filter {
        zone: Some(zone),
        ..Filter::default()
    };
    // Independent of the writers: serde's own pretty printing of the whole documents.
    let want_dump = serde_json::to_string_pretty(&corpus).unwrap() + "\n";
    let mut only = corpus.clone();
    for p in &mut only.pages {
        p.articles.retain(|a| zoned.passes(a));
    }
    only.pages.retain(|p| !p.articles.is_empty());
    let want_zoned = serde_json::to_string_pretty(&only).unwrap() + "\n";
    let rows = dubao::export::rows(corpus.pages.iter().flat_map(|p| {
        p.articles
            .iter()
            .flat_map(move |a| a.facts.iter().map(move |f| (p.source.as_str(), a, f)))
    }));
    let want_facts = serde_json::to_string_pretty(&rows).unwrap() + "\n";
    let mut want_tsv = Vec::new();
    dubao::export::write(&rows, dubao::export::Format::Tsv, &mut want_tsv).unwrap();
    let want_list: String = corpus
        .pages
        .iter()
        .flat_map(|p| p.articles.iter().map(move |a| (p, a)))
        .map(|(p, a)| {
            format!(
                "{}\t{}\t{}\t{}\t{}\n",
                a.id,
                a.zone.as_deref().unwrap_or("-"),
                a.date.as_deref().unwrap_or("-"),
                a.title.join(" / "),
                p.source
            )
        })
        .collect();
    let mut want_zones = Vec::new();
    dubao::cli::zones(&corpus, &Filter::default(), &mut want_zones).unwrap();
    let mut want_projects = Vec::new();
    dubao::cli::ledger::projects(
        &corpus,
        None,
        &Default::default(),
        dubao::export::Format::Json,
        &mut want_projects,
    )
    .unwrap();
    assert!(
        String::from_utf8_lossy(&want_projects).contains("\"stage\""),
        "the pages have projects"
    );
    let cache = tempfile::tempdir().unwrap();
    for (run, mode) in [
        ("no cache", CacheMode::Off),
        ("cold", CacheMode::Dir(cache.path().to_owned())),
        ("warm", CacheMode::Dir(cache.path().to_owned())),
    ] {
        let loader = || Loader::new(&mode, Default::default());
        let all = Filter::default();
        let dump = streamed(
            &loader(),
            &roots,
            Detail::Facts(&x),
            Box::new(stream::Dump::new(all.clone())),
        );
        assert!(dump == want_dump, "{run}: dump differs");
        let dump = streamed(
            &loader(),
            &roots,
            Detail::Facts(&x),
            Box::new(stream::Dump::new(zoned.clone())),
        );
        assert!(dump == want_zoned, "{run}: dump --zone differs");
        let w = stream::Facts::new(all.clone(), Vec::new(), dubao::export::Format::Json);
        // What `dubao facts` asks for: heads with facts, read from the cache's facts section
        // when warm.
        let facts = streamed(&loader(), &roots, Detail::FactRows(&x), Box::new(w));
        assert!(facts == want_facts, "{run}: facts --format json differs");
        let w = stream::Facts::new(all.clone(), Vec::new(), dubao::export::Format::Tsv);
        let tsv = streamed(&loader(), &roots, Detail::FactRows(&x), Box::new(w));
        assert!(tsv.into_bytes() == want_tsv, "{run}: facts (TSV) differs");
        let list = streamed(
            &loader(),
            &roots,
            Detail::Head,
            Box::new(stream::List::new(all, false)),
        );
        assert_eq!(list, want_list, "{run}: list");
        let zones = streamed(
            &loader(),
            &roots,
            Detail::Facts(&x),
            Box::new(dubao::cli::ledger::Zones::new(Filter::default())),
        );
        assert!(zones.as_bytes() == want_zones, "{run}: zones differs");
        let projects = streamed(
            &loader(),
            &roots,
            Detail::Facts(&x),
            Box::new(dubao::cli::ledger::Projects::new(
                None,
                Default::default(),
                dubao::export::Format::Json,
            )),
        );
        assert!(
            projects.as_bytes() == want_projects,
            "{run}: projects differs"
        );
    }
    // `dubao mentions` streams twice (the ledger, then the sentences): a project's name, the
    // whole-corpus function's lines.
    let records = dubao::ledger::build(&corpus);
    let name = &records.first().expect("a project").name;
    let mut want_mentions = Vec::new();
    dubao::cli::ledger::mentions(&corpus, name, None, &mut want_mentions).unwrap();
    assert!(want_mentions.iter().filter(|&&b| b == b'\n').count() > 1);
    let mentions_cache = tempfile::tempdir().unwrap();
    for run in ["cold", "warm", "no cache"] {
        let mut cmd = dubao();
        cmd.env("DUBAO_CACHE_DIR", mentions_cache.path())
            .arg("mentions");
        if run == "no cache" {
            cmd.arg("--no-cache");
        }
        let out = cmd.arg(name).args(&roots).output().unwrap();
        assert!(
            out.status.success(),
            "{run}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout == want_mentions, "{run}: mentions differs");
    }
}
