//! `dubao facts` end to end: formats, kind filter, errors.

#[path = "support/bin.rs"]
mod bin;

use bin::dubao;
use predicates::prelude::*;

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

/// A page dated by its path: `明天` is the day after the edition, in `dubao facts` as in the
/// reader (the cached loader once extracted with the page year only, leaving it unresolved).
#[test]
fn relative_dates_resolve_against_the_edition_date() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let day = dir.path().join("2025/12/24");
    std::fs::create_dir_all(&day).expect("folders");
    std::fs::write(
        day.join("03.txt"),
        "园区召开调度会\n\n本报讯 园区将于明天召开项目建设调度会，部署下一阶段工作。\n",
    )
    .expect("the page");
    let out = dubao()
        .args(["facts", "--no-cache", "--kind", "date", "--format", "json"])
        .arg(dir.path())
        .assert()
        .success();
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).expect("valid JSON");
    let values: Vec<&str> = v
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["text"] == "明天")
        .filter_map(|f| f["value"].as_str())
        .collect();
    assert_eq!(values, ["2025-12-25"], "{v}");
}
