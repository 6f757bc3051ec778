//! Hostile and broken input on the command line: odd file names, special files, loops,
//! unreadable directories, damaged encodings. Every case must end in a clear one-line message
//! and the other pages loading, never a hang, a crash or bytes that drive the terminal.

#[path = "support/bin.rs"]
mod bin;

use bin::dubao;

const SAMPLE: &str = include_str!("../assets/sample.txt");

/// Runs dubao, returns (exit code, stdout, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    // A cap only for when something hangs (a loop walked forever, a FIFO read): not a timing test.
    let out = dubao()
        .args(args)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("runs");
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

/// A folder holding the sample as `a.txt` and `z.txt`.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in ["a.txt", "z.txt"] {
        std::fs::write(dir.path().join(f), SAMPLE).expect("write");
    }
    dir
}

#[cfg(unix)]
#[test]
fn symlink_loops_end_and_each_is_reported_once() {
    use std::os::unix::fs::symlink;
    let dir = folder();
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    symlink(".", dir.path().join("self")).expect("symlink");
    symlink("..", dir.path().join("sub/up")).expect("symlink");
    let (code, out, err) = run(&[os("list"), dir.path().as_os_str()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.lines().count(), 16, "each page once");
    assert_eq!(err.matches("symbolic link loop").count(), 2, "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_inside_a_folder_is_skipped_and_the_rest_loads() {
    let dir = folder();
    let fifo = dir.path().join("m.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipping: mkfifo not available");
        return;
    }
    let out = dubao()
        .args([os("list"), dir.path().as_os_str()])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 16);
    assert_eq!(
        err.trim(),
        format!(
            "dubao: {}: a FIFO, not a regular file: skipped",
            fifo.display()
        )
    );
}

#[cfg(unix)]
#[test]
fn endless_and_huge_pages_are_refused_with_one_line() {
    if !std::path::Path::new("/dev/zero").exists() {
        eprintln!("skipping: no /dev/zero");
        return;
    }
    let dir = folder();
    let (code, out, err) = run(&[os("list"), os("/dev/zero"), dir.path().as_os_str()]);
    assert_eq!(code, Some(1));
    assert_eq!(out.lines().count(), 16);
    assert_eq!(
        err.trim(),
        "dubao: /dev/zero: larger than the page size limit of 64 MB (--max-page-size)"
    );
    let (code, out, err) = run(&[
        os("list"),
        os("--max-page-size"),
        os("4K"),
        dir.path().as_os_str(),
    ]);
    assert_eq!(code, Some(1));
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.lines().all(|l| l.ends_with(".txt: larger than the page size limit of 4 KB (--max-page-size)")), "{err}");
    let (code, _, err) = run(&[
        os("wrap"),
        os("-w"),
        os("20"),
        os("--max-page-size"),
        os("1K"),
        os("/dev/zero"),
    ]);
    assert_eq!(code, Some(1));
    assert!(err.contains("/dev/zero: larger than"), "{err}");
    let (code, _, err) = run(&[os("list"), os("--max-page-size"), os("lots")]);
    assert_eq!(code, Some(2), "{err}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_subdirectory_is_named_and_its_siblings_load() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder();
    for sub in ["b", "c"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
        std::fs::write(dir.path().join(sub).join("p.txt"), SAMPLE).expect("write");
    }
    let locked = dir.path().join("b");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read_dir(&locked).is_ok() {
        eprintln!("skipping: running as root, permissions are not enforced");
        return;
    }
    let (code, out, err) = run(&[os("list"), dir.path().as_os_str()]);
    let _ = std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755));
    assert_eq!(code, Some(1));
    assert_eq!(out.lines().count(), 24, "a.txt, c/p.txt and z.txt load");
    assert!(
        err.starts_with(&format!("dubao: {}: cannot read", locked.display())),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

/// A stray UTF-16 byte-order mark before UTF-8 text: the text shows as written (escape
/// sequences removed), with one notice naming the file, and the exit status stays 0.
#[test]
fn a_false_utf16_mark_is_read_past_with_one_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("marked.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend_from_slice("第一版\n\n经开区招商\x1b[31m引资\n\n正文。\n".as_bytes());
    std::fs::write(&page, &bytes).expect("write");
    let (code, out, err) = run(&[os("list"), page.as_os_str()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("经开区招商"), "{out}");
    assert_eq!(
        err,
        format!(
            "dubao: {}: byte-order mark says UTF-16LE but the text is not: read as UTF-8\n",
            page.display()
        )
    );
    assert!(!out.contains('\u{1b}'), "{out:?}");
}

/// Quotes typed on Windows inside a UTF-8 page (lone bytes 0x93/0x94) are the quotes the page
/// printed, not U+FFFD, and the reader says it read them so.
#[test]
fn windows_1252_quotes_in_utf8_are_read_as_quotes_with_one_notice() {
    let mut page = "福建日报　2026年3月12日　第5版\n\n厦门火炬高新区："
        .as_bytes()
        .to_vec();
    page.extend_from_slice(b"\x93");
    page.extend_from_slice("芯".as_bytes());
    page.extend_from_slice(b"\x94");
    page.extend_from_slice("动力澎湃\n\n　　本报讯　高新区今年新签约项目12个。\n".as_bytes());
    let out = dubao()
        .args(["list", "--no-cache", "-"])
        .write_stdin(page)
        .output()
        .expect("runs");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("厦门火炬高新区：“芯”动力澎湃"), "{stdout}");
    assert!(!stdout.contains('\u{fffd}'), "{stdout}");
    assert_eq!(
        stderr,
        "dubao: -: read as UTF-8 with 2 stray bytes read as Windows-1252 punctuation (“ ” ‘ ’ – —)\n"
    );
}

#[test]
fn damaged_text_loads_with_one_warning_naming_the_file() {
    let out = dubao()
        .args(["list", "-"])
        .write_stdin(&b"\xe8\xbf\x90\xe5\x9f\x8e\xe7\xbb\x8f\xe5\xbc\x80\xe5\x8c\xba\xe5\x8f\xac\xe5\xbc\x80\xe4\xbc\x9a\xe8\xae\xae\xe3\x80\n"[..])
        .output()
        .expect("runs");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("运城经开区召开会议"), "{stdout}");
    assert_eq!(
        stderr,
        "dubao: -: read as UTF-8 with 2 damaged bytes replaced by U+FFFD\n"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let big5 = dir.path().join("big5.txt");
    let (bytes, _, _) = encoding_rs::BIG5.encode("晉城經濟技術開發區簽約。");
    std::fs::write(&big5, &bytes).expect("write");
    let (code, _, err) = run(&[os("list"), big5.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with(&format!("dubao: {}: Big5 is not supported", big5.display())),
        "{err}"
    );
}
