//! `dubao projects`, `dubao mentions` and the ledger's columns of `dubao zones`, as a user runs
//! them on the sample page and the pages written for the ledger.

#[path = "support/bin.rs"]
mod bin;

use serde_json::Value;

const SAMPLE: &str = "assets/sample.txt";
const PROGRESS: &str = "tests/pages/ledger_progress.txt";

fn dubao(args: &[&str]) -> (bool, String, String) {
    let out = bin::dubao()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn names(json: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(json).expect("JSON array");
    v.as_array()
        .expect("array")
        .iter()
        .map(|r| r["name"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn projects_as_json_one_record_per_project() {
    let (ok, out, _) = dubao(&["projects", "--format", "json", SAMPLE, PROGRESS]);
    assert!(ok);
    let n = names(&out);
    assert_eq!(n.len(), 5, "{n:?}");
    let v: Value = serde_json::from_str(&out).expect("json");
    let last = &v[4];
    assert_eq!(last["stage"], "投产");
    assert_eq!(last["articles"].as_array().map(Vec::len), Some(4));
    assert_eq!(last["investment"], 1_500_000_000u64);
}

#[test]
fn projects_filter_by_zone_alias_and_dates() {
    let (ok, out, _) = dubao(&[
        "projects",
        "--format",
        "json",
        "--zone",
        "襄垣经开区",
        SAMPLE,
    ]);
    assert!(ok);
    assert_eq!(names(&out), ["潞北三路道路工程"]);
    let (ok, out, _) = dubao(&["projects", "--format", "json", "--since", "2025-12", SAMPLE]);
    assert!(ok);
    assert_eq!(names(&out), ["年产 8 万吨焦炉煤气制 LNG 项目"]);
    let (ok, out, _) = dubao(&[
        "projects", "--format", "json", "--since", "2025-04", "--until", "2025-08", PROGRESS,
    ]);
    assert!(ok);
    assert_eq!(names(&out).len(), 1);
    let (ok, _, err) = dubao(&["projects", "--since", "2025-13", SAMPLE]);
    assert!(!ok);
    assert!(err.contains("2025-13"), "{err}");
}

#[test]
fn projects_tables_trace_rows_to_articles_and_files() {
    let (ok, out, _) = dubao(&["projects", SAMPLE]);
    assert!(ok);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("name\tzone\tplace\towners\tinvestment"));
    assert!(lines[0].ends_with("articles\tsources"));
    assert_eq!(lines.len(), 5);
    assert!(lines[2].ends_with("\tassets/sample.txt"), "{}", lines[2]);
    let ids: Vec<&str> = lines[1..]
        .iter()
        .filter_map(|l| l.split('\t').nth(8))
        .collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(
        unique.len(),
        4,
        "one article per record here, each traceable: {ids:?}"
    );
    let (ok, out, _) = dubao(&["projects", "--format", "csv", SAMPLE]);
    assert!(ok);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(r.records().count(), 4);
    let (ok, out, _) = dubao(&["projects", "--format", "md", SAMPLE]);
    assert!(ok);
    assert!(out.starts_with("| name | zone |"));
}

#[test]
fn mentions_print_every_sentence_naming_a_project_by_any_name() {
    let (ok, out, _) = dubao(&["mentions", "潞北三路道路工程", SAMPLE]);
    assert!(ok);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "article\tdate\tsource\tsentence");
    assert_eq!(lines.len(), 6, "{out}");
    let first: Vec<&str> = lines[1].split('\t').take(3).collect();
    assert_eq!(first[2], "assets/sample.txt");
    let prefix = format!("{}\t{}\t{}\t", first[0], first[1], first[2]);
    assert!(
        lines.iter().skip(1).all(|l| l.starts_with(&prefix)),
        "one article: {out}"
    );
    assert!(lines[1].ends_with("襄垣经开区潞北三路开工"));
    let (ok, out, _) = dubao(&[
        "mentions",
        "山西兆豐鋁業有限公司",
        "--kind",
        "organization",
        PROGRESS,
    ]);
    assert!(ok);
    assert_eq!(out.lines().count(), 5, "{out}");
    let (ok, out, _) = dubao(&["mentions", "潞北三路", "--kind", "person", SAMPLE]);
    assert!(ok);
    assert_eq!(out.lines().count(), 1, "no person by that name: {out}");
    let (ok, _, err) = dubao(&["mentions", "x", "--kind", "city", SAMPLE]);
    assert!(!ok);
    assert!(err.contains("city"));
}

#[test]
fn mentions_of_nothing_say_so_and_a_path_for_a_name_gets_a_hint() {
    let (ok, out, err) = dubao(&["mentions", "潞北三路道路工程", SAMPLE]);
    assert!(ok);
    assert!(err.is_empty(), "hits need no note: {err}");
    assert!(out.lines().count() > 1);
    let (ok, out, err) = dubao(&["mentions", "月球开发区", SAMPLE]);
    assert!(ok, "no hit is no failure");
    assert_eq!(out.lines().count(), 1, "the header only: {out}");
    assert!(
        err.contains("no article mentions 月球开发区 (1 page read)"),
        "{err}"
    );
    assert!(!err.contains("path"), "{err}");
    // The name left out: the folder was read as the name, and the sample as the pages.
    let (ok, _, err) = dubao(&["mentions", "tests/pages"]);
    assert!(ok);
    assert!(
        err.contains("tests/pages is a path: the name comes first"),
        "{err}"
    );
}

#[test]
fn zones_gain_projects_investment_and_latest_date() {
    let (ok, out, _) = dubao(&["zones", SAMPLE, PROGRESS]);
    assert!(ok);
    let row = out
        .lines()
        .find(|l| l.contains("沁水经济技术开发区"))
        .expect("the zone");
    // count, zone and ids first; then projects, announced investment, latest date.
    let cols: Vec<&str> = row.split('\t').collect();
    assert_eq!(cols[..2], ["3", "沁水经济技术开发区"]);
    assert_eq!(cols[3..], ["1", "1500000000", "2025-12-20"]);
    let hejin = out.lines().find(|l| l.contains("河津")).expect("河津");
    let cols: Vec<&str> = hejin.split('\t').collect();
    assert_eq!(cols[3..], ["1", "304000000", "-"]);
}
