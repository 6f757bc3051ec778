//! Tests of the fact export formats.

use super::*;
use crate::model::FactKind;

fn article() -> Article {
    let fact = Fact {
        kind: FactKind::Money,
        attribute: Some("总投资".into()),
        counted: None,
        text: "3.04 亿元".into(),
        value: Some(FactValue::Number(304_000_000.into())),
        unit: Some("元".into()),
        name: None,
        role: None,
        flags: vec!["approx".into()],
        paragraph: Some(1),
        location: None,
        start: 4,
        end: 11,
    };
    let person = Fact {
        kind: FactKind::Person,
        attribute: None,
        counted: None,
        text: "赵|自成".into(),
        value: None,
        unit: None,
        name: Some("赵自成".into()),
        role: Some("党工委、管委会主任".into()),
        flags: vec![],
        paragraph: None,
        location: Some(Location::Title),
        start: 0,
        end: 3,
    };
    Article {
        id: "1-2".into(),
        facts: vec![fact, person],
        ..Article::default()
    }
}

fn render(format: Format) -> String {
    let a = article();
    let rows = rows(a.facts.iter().map(|f| ("2025/12/24/03.txt", &a, f)));
    let mut out = Vec::new();
    write(&rows, format, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn tsv_has_a_header_and_one_line_per_fact() {
    let s = render(Format::Tsv);
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0], COLUMNS.join("\t"));
    assert_eq!(
        lines[1],
        "1-2\tmoney\t3.04 亿元\t304000000\t元\t\t\tapprox\tp1\t4-11\t总投资\t\t2025/12/24/03.txt"
    );
}

#[test]
fn tsv_cells_keep_one_record_a_line() {
    let mut a = article();
    a.facts[0].text = "3.04\t亿元\r\n".into();
    a.facts[0].flags = vec!["approx".into(), "range".into()];
    let rows = rows(a.facts.iter().map(|f| ("a\tb.txt", &a, f)));
    let mut out = Vec::new();
    write(&rows, Format::Tsv, &mut out).expect("writing to memory");
    let s = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[1].starts_with("1-2\tmoney\t3.04 亿元  \t304000000\t元\t\t\tapprox,range\t"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with("\ta b.txt"), "{}", lines[1]);
}

#[test]
fn csv_quotes_through_the_csv_crate() {
    let s = render(Format::Csv);
    let mut r = csv::Reader::from_reader(s.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("valid csv");
    assert_eq!(recs.len(), 2);
    assert_eq!(&recs[1][6], "党工委、管委会主任");
    assert_eq!(&recs[1][8], "title");
    assert_eq!(&recs[1][12], "2025/12/24/03.txt");
}

#[test]
fn json_is_flat_facts_with_their_article_id() {
    let v: serde_json::Value = serde_json::from_str(&render(Format::Json)).expect("valid json");
    assert_eq!(v[0]["article"], "1-2");
    assert_eq!(v[0]["source"], "2025/12/24/03.txt");
    assert_eq!(v[0]["kind"], "money");
    assert_eq!(v[0]["value"], 304000000);
    assert_eq!(v[0]["attribute"], "总投资");
    assert_eq!(v[1]["where"], "title");
    assert_eq!(v[1]["paragraph"], serde_json::Value::Null);
}

#[test]
fn markdown_escapes_pipes() {
    let s = render(Format::Markdown);
    assert!(s.starts_with("| article | kind |"));
    assert!(s.contains("赵\\|自成"));
    assert_eq!(s.lines().count(), 4);
}

#[test]
fn csv_files_start_with_a_bom() {
    let a = article();
    let mut out = Vec::new();
    write_document(&[("a.txt", &a)], Format::Csv, &mut out).expect("writing to memory");
    assert!(out.starts_with(UTF8_BOM));
    let mut r = csv::Reader::from_reader(&out[3..]);
    assert_eq!(r.records().count(), 2);
    let mut tsv = Vec::new();
    write_document(&[("a.txt", &a)], Format::Tsv, &mut tsv).expect("writing to memory");
    assert!(tsv.starts_with(b"article\t"));
}

#[test]
fn markdown_export_is_a_document_grouped_by_article() {
    let mut a = article();
    a.title = vec!["运城经开区".into(), "召开调度会".into()];
    a.zone = Some("运城经济技术开发区".into());
    let empty = Article {
        id: "1-3".into(),
        facts: vec![],
        ..article()
    };
    let mut out = Vec::new();
    write_document(
        &[("a.txt", &a), ("a.txt", &empty)],
        Format::Markdown,
        &mut out,
    )
    .expect("writing to memory");
    let s = String::from_utf8(out).expect("utf-8");
    assert_eq!(
        s,
        "# Facts\n\n2 facts from 1 article.\n\n## 召开调度会 (1-2)\n\n运城经济技术开发区 · a.txt\n\n\
         - **money** 3.04 亿元 → 304000000 元 (approx; p1)\n\
         - **person** 赵\\|自成 → 赵自成, 党工委、管委会主任 (title)\n"
    );
}

#[test]
fn formats_parse_by_name() {
    assert_eq!(Format::parse("md"), Some(Format::Markdown));
    assert_eq!(Format::parse(" CSV "), Some(Format::Csv));
    assert_eq!(Format::parse("xml"), None);
}

/// TSV writes its cells straight into a buffer; they must be [`cells`]' cells, escaped, in
/// order, whatever a fact holds (a text value, a float, several flags, each place, a tab).
#[test]
fn tsv_lines_are_the_rows_cells_escaped() {
    let mut a = article();
    let mut odd = a.facts[0].clone();
    odd.value = Some(FactValue::Number(
        serde_json::Number::from_f64(0.25).unwrap(),
    ));
    odd.flags = vec!["approx".into(), "ran\tge".into()];
    odd.attribute = Some("年\n产值".into());
    let mut dated = a.facts[1].clone();
    dated.kind = FactKind::Date;
    dated.value = Some(FactValue::Text("2024-03-08".into()));
    for location in [Location::Byline, Location::Caption] {
        let mut f = dated.clone();
        f.location = Some(location);
        a.facts.push(f);
    }
    a.facts.extend([odd, dated]);
    let rows = rows(a.facts.iter().map(|f| ("p\tages/a.txt", &a, f)));
    let mut out = Vec::new();
    write_tsv(&rows, &mut out).unwrap();
    let want: String = rows
        .iter()
        .map(|r| {
            let escaped: Vec<String> = cells(r)
                .iter()
                .map(|c| c.replace(['\t', '\n', '\r'], " "))
                .collect();
            format!("{}\n", escaped.join("\t"))
        })
        .collect();
    assert_eq!(String::from_utf8(out).unwrap(), want);
}

/// The word-at-a-time scan agrees with a byte-by-byte one: every break byte at every position
/// of cells of every length around a word's, among Chinese text and other control bytes.
#[test]
fn break_scan_agrees_with_a_byte_scan() {
    let fill = "经开区\u{1}\u{b}\u{c}\u{e}ab ".as_bytes();
    for len in 0..40 {
        let plain: Vec<u8> = fill.iter().copied().cycle().take(len).collect();
        assert!(!has_break(&plain), "{plain:?}");
        for at in 0..len {
            for b in [b'\t', b'\n', b'\r'] {
                let mut cell = plain.clone();
                cell[at] = b;
                assert!(has_break(&cell), "{cell:?}");
            }
        }
    }
}
