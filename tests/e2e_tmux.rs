//! The real binary in a real terminal: tmux on a private socket opens the sample, and the test
//! reads the screen as a user would. Skips (with a notice) where tmux is not installed.
//!
//! No timed assertions: every wait polls for the expected screen with a generous cap.

use std::path::Path;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Give up waiting after this long; only reached when something is broken.
const CAP: Duration = Duration::from_secs(60);
const STEP: Duration = Duration::from_millis(100);

/// A tmux server on its own socket, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> Output {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output();
        match out {
            Ok(o) => o,
            Err(e) => panic!("cannot run tmux {args:?}: {e}"),
        }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status.success());
    }

    fn literal(&self, text: &str) {
        assert!(self
            .cmd(&["send-keys", "-t", "e2e", "-l", text])
            .status
            .success());
    }

    /// Polls until `ok` holds for the screen; panics with the last screen after the cap.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > CAP {
                panic!("waited for {what}; the screen shows:\n{s}");
            }
            sleep(STEP);
        }
    }

    fn buffer(&self) -> Option<String> {
        let o = self.cmd(&["show-buffer"]);
        o.status
            .success()
            .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

fn have_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The sample's headlines as the library reads them, so the test follows the parser rather than
/// a list typed here.
fn sample_headlines() -> Vec<(String, Option<String>)> {
    let (corpus, errors) = dubao::ingest::load_paths(&[]);
    assert!(errors.is_empty());
    corpus
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .map(|a| (a.headline().to_owned(), a.zone.clone()))
        .collect()
}

#[test]
fn opens_filters_copies_and_quits() {
    if !have_tmux() {
        eprintln!("NOTICE: tmux is not installed; skipping the tmux end-to-end test");
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        panic!("tempdir");
    };
    let conf = dir.path().join("tmux.conf");
    let written = std::fs::write(
        &conf,
        "set -g set-clipboard on\nset -g remain-on-exit on\nset -g status off\nset -g history-limit 100\n",
    );
    assert!(written.is_ok());
    let bin = env!("CARGO_BIN_EXE_dubao");
    let no_config = dir.path().join("no-config.toml");
    // The shell records dubao's exit status in a file: tmux's own #{pane_dead_status} is racy
    // (it can mark the pane dead on the pty's EOF and never fill the status in).
    let status_file = dir.path().join("status");
    let command = format!(
        "env -u DISPLAY -u WAYLAND_DISPLAY LANG=C.UTF-8 {} --config {}; echo $? > {}",
        shell_quote(bin),
        shell_quote(&no_config.display().to_string()),
        shell_quote(&status_file.display().to_string())
    );
    let tmux = Tmux {
        socket: format!("dubao-e2e-{}", std::process::id()),
    };
    let started = tmux.cmd(&[
        "-f",
        &conf.display().to_string(),
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        "200",
        "-y",
        "60",
        &command,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );

    // All 8 titles of the sample are on the first screen (long ones cut with …).
    let headlines = sample_headlines();
    assert_eq!(headlines.len(), 8);
    let prefix = |h: &str| h.chars().take(8).collect::<String>();
    tmux.wait_for("all 8 titles", |s| {
        headlines.iter().all(|(h, _)| s.contains(&prefix(h)))
    });

    // z, type 上党, Enter: only the 上党 article is listed.
    tmux.keys(&["z"]);
    tmux.wait_for("the zone picker", |s| s.contains("按园区筛选"));
    tmux.literal("上党");
    tmux.wait_for("the narrowed picker", |s| s.contains("上党经济技术开发区"));
    tmux.keys(&["Enter"]);
    let (shangdang, _) = headlines
        .iter()
        .find(|(_, z)| z.as_deref() == Some("上党经济技术开发区"))
        .cloned()
        .unwrap_or_default();
    // The screen is read while dubao may still be drawing, so wait for the whole change.
    let others: Vec<String> = headlines
        .iter()
        .filter(|(h, _)| *h != shangdang)
        .map(|(h, _)| prefix(h))
        .collect();
    tmux.wait_for("the list filtered to 上党", |s| {
        s.contains("1/8")
            && s.contains(&prefix(&shangdang))
            && others.iter().all(|o| !s.contains(o.as_str()))
    });

    // Y copies the article's facts as TSV; tmux receives them by OSC 52 into its buffer. Facts
    // arrive from a background thread, so press again until they are there.
    let start = Instant::now();
    let buffer = loop {
        tmux.keys(&["Y"]);
        sleep(Duration::from_millis(300));
        if let Some(b) = tmux.buffer().filter(|b| !b.is_empty()) {
            break b;
        }
        if start.elapsed() > CAP {
            panic!(
                "no facts reached tmux's buffer; the screen shows:\n{}",
                tmux.screen()
            );
        }
    };
    let lines: Vec<&str> = buffer.lines().collect();
    assert!(!lines.is_empty());
    for l in &lines {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), dubao::export::COLUMNS.len(), "TSV line {l:?}");
        assert!(dubao::model::FactKind::parse(cols[1]).is_some(), "{l:?}");
    }
    let id = lines[0].split('\t').next().unwrap_or_default().to_owned();
    assert!(
        lines.iter().all(|l| l.starts_with(&format!("{id}\t"))),
        "one article's facts"
    );
    // The interface speaks Chinese by default: 已复制 … → where it went.
    tmux.wait_for("the copy notice", |s| s.contains("已复制"));

    // q quits with status 0.
    tmux.keys(&["q"]);
    let start = Instant::now();
    loop {
        let status = std::fs::read_to_string(&status_file).unwrap_or_default();
        if status.ends_with('\n') {
            assert_eq!(status.trim(), "0", "exit status");
            break;
        }
        if start.elapsed() > CAP {
            panic!("dubao did not quit; the screen shows:\n{}", tmux.screen());
        }
        sleep(STEP);
    }
    assert!(Path::new(bin).exists());
}

/// Quotes for the shell tmux runs the command with.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// With stdout a pipe there is no screen to draw on: say so and point to the plain subcommands.
#[test]
fn no_terminal_points_to_list_and_dump() {
    let out = assert_cmd::Command::cargo_bin("dubao").map(|mut c| c.output());
    let Ok(Ok(out)) = out else {
        panic!("cannot run dubao");
    };
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("terminal") && err.contains("list") && err.contains("dump"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "nothing drawn into the pipe");
}
