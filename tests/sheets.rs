//! Files of several printed pages split by form feeds, as `pdftotext` writes a whole edition:
//! each sheet reads as it would in a file of its own, and no article runs across a sheet.

use dubao::ingest::{self, Source};
use dubao::{Article, Page};

fn load(name: &str, text: &str) -> Page {
    let source = Source::Bytes {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
    };
    ingest::load_source(&source, 1).expect("page loads")
}

fn page_text(name: &str) -> String {
    let path = format!("{}/tests/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("test page exists")
}

/// What a reader sees of an article, without its id (ids count through the file).
fn reading(a: &Article) -> String {
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        a.title,
        a.dateline,
        a.reporters,
        a.paragraphs,
        a.byline,
        a.captions,
        a.kind,
        a.zone,
        a.zones
    )
}

#[test]
fn each_sheet_reads_as_its_own_page_would() {
    // Pages of one layout (one paragraph a line, unindented), as an edition's pages are.
    let names = [
        "traditional.txt",
        "commentary.txt",
        "boxes.txt",
        "subheads.txt",
    ];
    let texts: Vec<String> = names.iter().map(|n| page_text(n)).collect();
    let mut sample = String::from_utf8_lossy(ingest::SAMPLE).into_owned();
    sample.push('\n');
    let mut sheets = texts.clone();
    sheets.insert(1, sample);
    // pdftotext ends every page with a form feed, the last one too.
    let file = sheets.join("\u{c}") + "\u{c}";
    let edition = load("edition.txt", &file);

    let mut alone: Vec<Article> = Vec::new();
    for (k, text) in sheets.iter().enumerate() {
        alone.extend(load(&format!("sheet{k}.txt"), text).articles);
    }
    let got: Vec<String> = edition.articles.iter().map(reading).collect();
    let want: Vec<String> = alone.iter().map(reading).collect();
    assert_eq!(got, want);

    // Numbered on through the file, one page of the model, as the final ids are too.
    let ids: Vec<String> = edition.articles.iter().map(|a| a.id.clone()).collect();
    let numbered: Vec<String> = (1..=ids.len()).map(|k| format!("1-{k}")).collect();
    assert_eq!(ids, numbered);
    let source = Source::Bytes {
        name: "edition.txt".to_owned(),
        bytes: file.into_bytes(),
    };
    let (corpus, errors) = ingest::load_all(&[source]);
    assert!(errors.is_empty(), "{errors:?}");
    let ids: Vec<&str> = corpus.pages[0]
        .articles
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    for (k, id) in ids.iter().enumerate() {
        let k = k + 1;
        assert!(
            id.ends_with(&format!("/{k}")) || id.ends_with(&format!("#{k}")),
            "{ids:?}"
        );
    }
    // The edition is the first sheet's (traditional.txt's header).
    let first = load("first.txt", &texts[0]);
    assert_eq!(edition.date, first.date);
    assert!(edition.date.is_some());
    // No sheet's header or footer sits in an article.
    for a in &edition.articles {
        let all: String = a.title.iter().chain(&a.paragraphs).cloned().collect();
        assert!(!all.contains("星期"), "header in {:?}", a.title);
        assert!(!all.contains('\u{c}'), "form feed in {:?}", a.title);
    }
}

/// A PDF page that holds one short article shows too little of its paper's layout to be read
/// by it alone; the file's other pages show it.
const PDFTOTEXT: &str = "\
2025年11月18日 星期二                    山西日报                         第 3 版 经济
太原经开区前10月实际利用外资增长两成
本报记者 刘晓燕
　　今年以来，太原经济技术开发区坚持把招商引资作为“一号工程”，
前10个月实际利用外资1.2亿美元，同比增长21.3%。园区新签约项
目46个，总投资286亿元，其中10亿元以上项目9个。
　　“我们组建了6个产业链招商专班，由区领导带队外出招商。”太
原经开区管委会副主任王建军介绍，截至10月底，全区规上工业企
业达到312家。

晋中高新区智能制造产业园开工
　　本报讯（记者 张明）11月16日，晋中高新区智能制造产业园项
目开工。项目总投资35亿元，占地面积约520亩，建成后可实现年产
值60亿元。

山西日报                         2025年11月18日                       第 3 版
\u{c}2025年11月18日 星期二                    山西日报                         第 4 版 综合
大同经开区新能源产业集群加速成形
　　本报记者 李华
　　记者从大同经济技术开发区获悉，今年1至10月，园区新能源产业
实现产值156亿元，同比增长18.6%。
\u{c}";

#[test]
fn a_short_sheet_is_read_by_the_layout_of_the_file() {
    let page = load("2025-11-18.txt", PDFTOTEXT);
    let titles: Vec<&Vec<String>> = page.articles.iter().map(|a| &a.title).collect();
    assert_eq!(page.articles.len(), 3, "{titles:?}");
    let last = &page.articles[2];
    assert_eq!(last.title, ["大同经开区新能源产业集群加速成形"]);
    assert_eq!(
        last.paragraphs,
        ["记者从大同经济技术开发区获悉，今年1至10月，园区新能源产业实现产值156亿元，同比增长18.6%。"]
    );
    assert_eq!(page.date.as_deref(), Some("2025-11-18"));
    assert_eq!(page.page_no, Some(3), "the first sheet's page");
    // Nothing the second sheet says is lost: its header is furniture, its text an article's.
    let all: String = page
        .articles
        .iter()
        .flat_map(|a| a.title.iter().chain(&a.paragraphs).chain(&a.byline))
        .cloned()
        .collect();
    for said in ["李华", "156亿元", "晋中高新区智能制造产业园开工"] {
        assert!(all.contains(said), "{said} lost");
    }
}
