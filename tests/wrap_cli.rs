//! `dubao wrap` as a user runs it (spec §3.1, §10): line ends, files vs stdin, blank lines.

use std::io::Write;

use assert_cmd::Command;

/// Runs `dubao wrap --width W [args]` with `stdin` and returns stdout.
fn run(width: usize, args: &[&str], stdin: &[u8]) -> String {
    let out = Command::cargo_bin("dubao")
        .expect("dubao binary")
        .args(["wrap", "--width", &width.to_string()])
        .args(args)
        .write_stdin(stdin.to_vec())
        .output()
        .expect("run dubao wrap");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn crlf_is_a_plain_line_end() {
    assert_eq!(
        run(6, &[], "新消息。\r\n\r\n山西中润\r\n".as_bytes()),
        "新消\n息。\n\n山西中\n润\n"
    );
}

#[test]
fn final_newline_adds_no_paragraph_and_empty_input_prints_nothing() {
    assert_eq!(run(10, &[], "第一段\n".as_bytes()), "第一段\n");
    assert_eq!(run(10, &[], "第一段".as_bytes()), "第一段\n");
    assert_eq!(run(10, &[], b""), "");
    assert_eq!(run(10, &[], b"\n"), "\n");
}

#[test]
fn blank_and_whitespace_only_lines_give_one_empty_line_each() {
    assert_eq!(
        run(10, &[], "甲\n\n \u{3000}\n乙\n".as_bytes()),
        "甲\n\n\n乙\n"
    );
}

#[test]
fn reads_a_file_and_dash_means_stdin() {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all("　　科学导报讯 近日，兴县".as_bytes())
        .expect("write");
    let path = f.path().to_str().expect("UTF-8 temp path");
    assert_eq!(run(10, &[path], b""), "　　科学导\n报讯 近\n日，兴县\n");
    assert_eq!(run(10, &["-"], "新消息".as_bytes()), "新消息\n");
}

#[test]
fn gb18030_input_is_decoded() {
    let (bytes, _, _) = encoding_rs::GB18030.encode("会议于今天下午两点半，在运城召开。\n");
    assert_eq!(
        run(20, &[], &bytes),
        "会议于今天下午两点\n半，在运城召开。\n"
    );
}

#[test]
fn control_characters_never_reach_the_output() {
    assert_eq!(
        run(20, &[], "新\u{1b}[31m消息\u{7}\n".as_bytes()),
        "新消息\n"
    );
}
