//! `dubao facts` end to end: formats, kind filter, errors.

use assert_cmd::Command;
use predicates::prelude::*;

fn dubao() -> Command {
    Command::cargo_bin("dubao").expect("the dubao binary is built")
}

#[test]
fn csv_starts_with_its_header() {
    dubao()
        .args(["facts", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "article,kind,text,value,unit,name,role,flags,where,span,attribute,counted,source\n",
        ));
}

#[test]
fn json_is_an_array_of_facts_with_article_ids() {
    let out = dubao()
        .args(["facts", "--format", "json", "--kind", "date,money"])
        .assert()
        .success();
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).expect("valid JSON");
    let facts = v.as_array().expect("an array");
    for f in facts {
        assert!(f["article"].is_string());
        assert!(matches!(f["kind"].as_str(), Some("date" | "money")));
    }
}

#[test]
fn unknown_kind_and_format_are_errors() {
    dubao()
        .args(["facts", "--kind", "weather"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown fact kind: weather"));
    dubao()
        .args(["facts", "--format", "xml"])
        .assert()
        .failure();
}

#[test]
fn markdown_is_a_table() {
    dubao()
        .args(["facts", "--format", "md"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("| article | kind |"));
}

#[test]
fn tsv_carries_what_each_amount_measures() {
    let out = dubao()
        .args(["facts", "--kind", "money"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let header: Vec<&str> = text.lines().next().unwrap_or("").split('\t').collect();
    let col = header
        .iter()
        .position(|c| *c == "attribute")
        .expect("an attribute column");
    assert!(
        text.lines()
            .any(|l| l.contains("1233 万元") && l.split('\t').nth(col) == Some("总投资")),
        "{text}"
    );
}
