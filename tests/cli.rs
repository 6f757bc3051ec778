//! The command line as scripts use it: `list`, `dump`, `zones`, encodings and bad input.

use predicates::prelude::*;

const SAMPLE: &str = include_str!("../assets/sample.txt");

#[path = "support/bin.rs"]
mod bin;

use bin::dubao;

fn stdout_of(args: &[&str]) -> String {
    let out = dubao().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn list_shows_every_article_of_the_sample() {
    let out = stdout_of(&["list"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 8, "{out}");
    assert!(lines[1].starts_with("assets/sample.txt#2\t运城经济技术开发区\t2025-12-22\t"));
    assert!(lines[1].ends_with(
        "运城经济技术开发区 / 召开 2025 年度经济运行分析暨招商引资项目建设调度会\tassets/sample.txt"
    ));
    assert!(!out.contains('\u{1b}'), "no escape codes in a pipe");
}

#[test]
fn gb18030_and_utf16_pages_read_like_the_utf8_original() {
    let dir = tempfile::tempdir().unwrap();
    let utf8 = dir.path().join("utf8.txt");
    let gb = dir.path().join("gb.txt");
    let u16 = dir.path().join("u16.txt");
    let crlf = dir.path().join("crlf.txt");
    std::fs::write(&utf8, SAMPLE).unwrap();
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(SAMPLE);
    assert!(!unmappable);
    std::fs::write(&gb, &bytes).unwrap();
    let mut wide = vec![0xFF, 0xFE];
    for unit in SAMPLE.encode_utf16() {
        wide.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&u16, wide).unwrap();
    std::fs::write(&crlf, SAMPLE.replace('\n', "\r\n")).unwrap();

    // The same rows but for the file's name in the id and source columns.
    let rows = |p: &std::path::Path| {
        let name = p.to_str().unwrap();
        stdout_of(&["list", name]).replace(name, "PAGE")
    };
    let want = rows(&utf8);
    for p in [&gb, &u16, &crlf] {
        assert_eq!(rows(p), want, "{}", p.display());
    }
}

#[test]
fn binary_file_is_one_line_naming_it_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("photo.txt");
    std::fs::write(
        &bin,
        [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE,
        ],
    )
    .unwrap();
    let out = dubao()
        .args(["list", bin.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("photo.txt"), "{err}");
    assert!(out.stdout.is_empty());
}

/// An empty page (or one of blank lines) loads with no article, and one line says so: it is not
/// passed over in silence, nor a failure (exit 0) — the other pages are listed as ever.
#[test]
fn an_empty_page_is_said_to_be_empty_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    let blank = dir.path().join("blank.txt");
    std::fs::write(&empty, "").unwrap();
    std::fs::write(&blank, "\n\n　　\n").unwrap();
    for page in [&empty, &blank] {
        let out = dubao()
            .args(["--no-cache", "list", page.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("empty page"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn when_no_page_loads_stdout_stays_empty_in_every_command() {
    // A header or an empty JSON document would pass for a result; the problem alone is printed.
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("photo.txt");
    std::fs::write(&bin, [0u8, 1, 2, 3, 0xFF, 0xFE, 0xFD, 0]).unwrap();
    let missing = dir.path().join("missing.txt");
    for path in [&bin, &missing] {
        for cmd in [
            &["facts"][..],
            &["facts", "--format", "json"],
            &["list"],
            &["dump"],
            &["zones"],
            &["projects"],
        ] {
            let out = dubao().args(cmd).arg(path).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{cmd:?} {path:?}");
            assert!(out.stdout.is_empty(), "{cmd:?} {path:?}: {:?}", out.stdout);
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(err.lines().count(), 1, "{cmd:?}: {err}");
        }
    }
}

#[test]
fn other_files_still_load_when_one_fails() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    let bad = dir.path().join("bad.txt");
    std::fs::write(&good, SAMPLE).unwrap();
    std::fs::write(&bad, [0u8, 1, 2, 3, 0xFF, 0xFE, 0xFD, 0]).unwrap();
    dubao()
        .args([
            "list",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
            "missing.txt",
        ])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("运城经济技术开发区")
                .and(predicate::str::contains("good.txt#8")),
        )
        .stderr(
            predicate::str::contains("bad.txt")
                .and(predicate::str::contains("missing.txt: no such file")),
        );
}

#[test]
fn directories_are_read_recursively_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "乙报道\n\n本报讯 近日，乙地召开会议。\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("sub/a.txt"),
        "甲报道\n\n本报讯 近日，甲地召开会议。\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.md"), "不是报纸").unwrap();
    let out = stdout_of(&["list", dir.path().to_str().unwrap()]);
    let titles: Vec<&str> = out.lines().map(|l| l.split('\t').nth(3).unwrap()).collect();
    assert_eq!(titles, ["乙报道", "甲报道"], "b.txt sorts before sub/a.txt");
    // Ids name the file under the folder given.
    assert!(
        out.lines().nth(1).unwrap().starts_with("sub/a.txt#1\t"),
        "{out}"
    );
}

#[test]
fn stdin_is_a_page() {
    dubao()
        .args(["list", "-"])
        .write_stdin(SAMPLE)
        .assert()
        .success()
        .stdout(predicate::str::contains("-#8\t上党经济技术开发区"));
}

#[test]
fn zone_aliases_select_the_same_articles() {
    let full = stdout_of(&["list", "--zone", "上党经济技术开发区"]);
    assert_eq!(full.lines().count(), 1);
    assert_eq!(stdout_of(&["list", "--zone", "上党"]), full);
    assert_eq!(stdout_of(&["list", "--zone", "上党经开区"]), full);
    assert_eq!(stdout_of(&["list", "--zone", "上黨經開區"]), full);
}

#[test]
fn zones_count_articles() {
    let out = stdout_of(&["zones"]);
    assert!(
        out.contains("1\t上党经济技术开发区\tassets/sample.txt#8\t0\t0\t-\n"),
        "{out}"
    );
    assert!(
        out.contains("1\t-\tassets/sample.txt#1\t1\t12330000\t2025-03-03\n"),
        "the article with no zone is counted: {out}"
    );
    assert_eq!(out.lines().count(), 8);
}

#[test]
fn dump_is_the_contract_json() {
    let out = stdout_of(&["dump"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let page = &v["pages"][0];
    assert_eq!(page["source"], "assets/sample.txt");
    assert_eq!(page["year"], 2025);
    let a = &page["articles"][4];
    assert_eq!(a["id"], "assets/sample.txt#5");
    assert_eq!(a["date"], "2025-12-18");
    assert_eq!(a["zones"][0], "云网经济技术开发区");
    assert_eq!(a["reporters"][0], "王波");
    assert_eq!(a["kind"], "news");
    assert_eq!(page["articles"][5]["kind"], "photo");
    assert!(a["facts"].is_array());
}

#[test]
fn control_characters_from_a_page_are_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    let evil = dir.path().join("evil.txt");
    std::fs::write(
        &evil,
        "标题\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[31m一\n\n本报讯 近日，会议\u{9b}2J召开。\n",
    )
    .unwrap();
    let out = dubao()
        .args(["list", evil.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("标题一"), "{text}");
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{text:?}"
    );
}

#[test]
fn dump_explain_prints_one_line_per_input_line() {
    let out = stdout_of(&["dump", "--explain"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), SAMPLE.lines().count(), "{out}");
    let cols = |no: usize| -> Vec<&str> { lines[no - 1].splitn(4, '\t').collect() };
    // Line 3 of the sample is the first article's title, line 5 its dateline paragraph.
    assert_eq!(
        cols(3),
        [
            "3",
            "title",
            "title-group",
            "山西中润 4 万吨铸造合金项目在兴县投产"
        ]
    );
    assert_eq!(&cols(5)[..3], ["5", "dateline", "dateline"]);
    assert!(lines
        .iter()
        .any(|l| l.contains("\tbyline\tnames-after-body\t刘少伟")));
    let two = stdout_of(&["dump", "--explain", "-", "-"]);
    assert!(two.starts_with("# -\n"), "{two}");
}

/// `dubao facts --format csv | head -1`: a reader that leaves is not an error in any format —
/// nothing on stderr and exit 0. (CSV's error came wrapped in csv::Error and was printed as
/// "Broken pipe" with status 1.)
#[test]
fn a_closed_pipe_is_not_an_error_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    // Several pages so that every output overflows the writers' buffers.
    for i in 0..4 {
        std::fs::write(dir.path().join(format!("p{i}.txt")), SAMPLE).unwrap();
    }
    let d = dir.path().to_str().unwrap();
    let runs: [&[&str]; 6] = [
        &["facts", "--format", "csv", d],
        &["facts", "--format", "tsv", d],
        &["facts", "--format", "json", d],
        &["facts", "--format", "md", d],
        &["list", d],
        &["dump", d],
    ];
    for args in runs {
        let bin = assert_cmd::cargo::cargo_bin("dubao");
        let mut child = std::process::Command::new(bin)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        // The reader of the pipe is gone before dubao writes anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("waits");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
    }
}

/// A mistyped `--since`/`--until` or `--kind` is a usage error like any other: one line naming
/// what was typed, exit status 2 (README, Robustness) — not 1, which says a page failed.
#[test]
fn a_bad_date_or_kind_is_a_usage_error() {
    let runs: [&[&str]; 4] = [
        &["list", "--since", "2025-13"],
        &["facts", "--until", "yesterday"],
        &["zones", "--since", "2025-02-30"],
        &["facts", "--kind", "money,moneyy"],
    ];
    for args in runs {
        let out = dubao().args(args).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains(args[2].split(',').next_back().unwrap_or("")),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let after = stdout_of(&["list", "--no-cache", "--max-page-size", "1M"]);
    let before = stdout_of(&["--no-cache", "--max-page-size", "1M", "list"]);
    assert_eq!(before, after);
    assert!(before.contains("assets/sample.txt#1"));
}

#[test]
fn reader_options_before_a_subcommand_are_a_usage_error() {
    dubao()
        .args(["--zone", "上党", "list"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--zone before the subcommand"));
}
