//! Signals from outside the reader (kill, a closing terminal) in a real terminal: tmux on a
//! private socket runs dubao, the test sends a signal and checks that the terminal is back to
//! normal (no alternate screen, no mouse reporting, not raw) and the exit status is 128 + the
//! signal. Skips (with a notice) where tmux or /proc is missing.
//!
//! No timed assertions: every wait polls with a generous cap.

use std::path::Path;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

const CAP: Duration = Duration::from_secs(60);
const STEP: Duration = Duration::from_millis(100);

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> Output {
        match Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
        {
            Ok(o) => o,
            Err(e) => panic!("cannot run tmux {args:?}: {e}"),
        }
    }

    fn format(&self, f: &str) -> String {
        let o = self.cmd(&["display-message", "-p", "-t", "sig", f]);
        String::from_utf8_lossy(&o.stdout).trim().to_owned()
    }

    /// Polls until `ok` holds; panics with what was seen after the cap.
    fn wait_for<T: std::fmt::Debug>(
        &self,
        what: &str,
        get: impl Fn() -> T,
        ok: impl Fn(&T) -> bool,
    ) -> T {
        let start = Instant::now();
        loop {
            let v = get();
            if ok(&v) {
                return v;
            }
            if start.elapsed() > CAP {
                let screen = self.cmd(&["capture-pane", "-p", "-t", "sig"]);
                panic!(
                    "waited for {what}, last saw {v:?}; the screen shows:\n{}",
                    String::from_utf8_lossy(&screen.stdout)
                );
            }
            sleep(STEP);
        }
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

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

fn usable() -> bool {
    let tmux = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !tmux {
        eprintln!("NOTICE: tmux is not installed; skipping the signal test");
    } else if !Path::new("/proc/self/task").exists() {
        eprintln!("NOTICE: no /proc; skipping the signal test");
    }
    tmux && Path::new("/proc/self/task").exists()
}

/// Runs dubao in tmux, sends it `signal`, returns (exit status, `stty -a` after, alternate
/// screen flag after, mouse flag after).
fn signal_reader(signal: &str) -> Option<(String, String, String, String)> {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("tempdir");
    };
    let q = |p: &Path| shell_quote(&p.display().to_string());
    let (status, stty) = (dir.path().join("status"), dir.path().join("stty"));
    let command = format!(
        "env -u DISPLAY -u WAYLAND_DISPLAY LANG=C.UTF-8 {} --config {}; echo $? > {}.tmp; stty -a > {}; mv {}.tmp {}; sleep 600",
        shell_quote(env!("CARGO_BIN_EXE_dubao")),
        q(&dir.path().join("none.toml")),
        q(&status),
        q(&stty),
        q(&status),
        q(&status),
    );
    let tmux = Tmux {
        socket: format!("dubao-sig-{}-{signal}", std::process::id()),
    };
    let started = tmux.cmd(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "sig",
        "-x",
        "100",
        "-y",
        "30",
        &command,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    // The reader is up once the alternate screen is on and mouse reporting requested.
    tmux.wait_for(
        "the reader",
        || {
            (
                tmux.format("#{alternate_on}"),
                tmux.format("#{mouse_any_flag}"),
            )
        },
        |(alt, mouse)| alt == "1" && mouse == "1",
    );
    let shell = tmux.format("#{pane_pid}");
    let Some(pid) = child_of(&shell) else {
        eprintln!("NOTICE: cannot find the reader's pid under {shell}; skipping SIG{signal}");
        return None;
    };
    let killed = Command::new("kill")
        .args([format!("-{signal}"), pid])
        .status();
    assert!(killed.is_ok_and(|s| s.success()));
    let code = tmux.wait_for(
        "the exit status",
        || std::fs::read_to_string(&status).unwrap_or_default(),
        |s| !s.is_empty(),
    );
    let stty = std::fs::read_to_string(&stty).unwrap_or_default();
    let alt = tmux.format("#{alternate_on}");
    let mouse = tmux.format("#{mouse_any_flag}");
    Some((code.trim().to_owned(), stty, alt, mouse))
}

/// The one child of a process: from /proc where the kernel lists children, else from pgrep.
fn child_of(pid: &str) -> Option<String> {
    let listed = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .ok()
        .or_else(|| {
            Command::new("pgrep")
                .args(["-P", pid])
                .output()
                .ok()
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        })?;
    listed.split_whitespace().next().map(str::to_owned)
}

#[test]
fn signals_restore_the_terminal_and_exit_with_128_plus_the_signal() {
    if !usable() {
        return;
    }
    for (signal, want) in [
        ("INT", "130"),
        ("QUIT", "131"),
        ("TERM", "143"),
        ("HUP", "129"),
    ] {
        let Some((code, stty, alt, mouse)) = signal_reader(signal) else {
            return;
        };
        assert_eq!(code, want, "SIG{signal}");
        let words: Vec<&str> = stty.split_whitespace().collect();
        assert!(
            words.contains(&"icanon") && words.contains(&"echo"),
            "SIG{signal} left the terminal raw: {stty}"
        );
        assert_eq!(
            (alt.as_str(), mouse.as_str()),
            ("0", "0"),
            "SIG{signal}: alternate screen, mouse"
        );
    }
}
