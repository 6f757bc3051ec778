//! Hostile and broken input on the command line: odd file names, special files, loops,
//! unreadable directories, damaged encodings. Every case must end in a clear one-line message
//! and the other pages loading, never a hang, a crash or bytes that drive the terminal.

use assert_cmd::Command;

const SAMPLE: &str = include_str!("../assets/sample.txt");

fn dubao() -> Command {
    Command::cargo_bin("dubao").expect("binary builds")
}

/// Runs dubao, returns (exit code, stdout, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let out = dubao().args(args).output().expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

/// No byte that starts a terminal control sequence (C0 other than newline, DEL, C1).
fn assert_inert(stderr: &str) {
    let bad: Vec<char> = stderr
        .chars()
        .filter(|&c| c != '\n' && (c.is_control() || ('\u{200e}'..='\u{202e}').contains(&c)))
        .collect();
    assert!(bad.is_empty(), "control characters {bad:?} in {stderr:?}");
}

#[cfg(unix)]
#[test]
fn a_file_name_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = "x\u{1b}]52;c;SEFDS0VE\u{7}\u{1b}[2J.txt";
    std::fs::write(dir.path().join(name), b"\0").expect("write");
    let (code, _, err) = run(&[dir.path().as_os_str()]);
    // The reader refuses without a terminal, but the load error comes first either way.
    assert_ne!(code, Some(0));
    let (code, _, err_list) = run(&[os("list"), dir.path().as_os_str()]);
    assert_eq!(code, Some(1));
    for e in [&err, &err_list] {
        assert_inert(e);
    }
    assert!(
        err_list.contains("x\\u{1b}]52;c;SEFDS0VE\\u{7}\\u{1b}[2J.txt: binary"),
        "{err_list}"
    );
}

#[test]
fn a_missing_path_and_a_bad_argument_are_printed_inert() {
    let (code, _, err) = run(&[os("list"), os("nope\u{1b}]0;owned\u{7}.txt")]);
    assert_eq!(code, Some(1));
    assert_inert(&err);
    assert!(err.contains("nope\\u{1b}]0;owned\\u{7}.txt"), "{err}");
    let (code, _, err) = run(&[os("facts"), os("--format"), os("\u{1b}[2Jx")]);
    assert_eq!(code, Some(2));
    assert_inert(&err);
    assert!(err.contains("\\u{1b}[2Jx"), "{err}");
    let (code, _, err) = run(&[os("list"), os("--zone\u{1b}]52;c;QQ==\u{7}")]);
    assert_eq!(code, Some(2));
    assert_inert(&err);
}

#[test]
fn the_sample_still_lists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("a.txt");
    std::fs::write(&p, SAMPLE).expect("write");
    let (code, out, _) = run(&[os("list"), p.as_os_str()]);
    assert_eq!(code, Some(0));
    assert_eq!(out.lines().count(), 8);
}
