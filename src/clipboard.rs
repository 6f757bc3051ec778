//! Copying text out of the reader: OSC 52 for the terminal, plus the system clipboard when one
//! is reachable.
//!
//! OSC 52 is the only way that works over SSH and inside tmux (with `set-clipboard on`), so it is
//! always written; a local clipboard tool is tried as well because some terminals ignore OSC 52.
//! Shelling out to `wl-copy`/`xclip`/`xsel`/`pbcopy` avoids a heavy clipboard crate and works the
//! same way those tools do for every other terminal program.

use std::io::Write;
use std::process::{Command, Stdio};

use base64::Engine;

/// Terminals cap OSC 52 payloads (xterm: 100 000 bytes of base64 by default); beyond that the
/// sequence is dropped silently, so refuse early and say so instead.
pub const OSC52_MAX_BYTES: usize = 74_000;

/// The OSC 52 sequence that asks the terminal to put `text` on the clipboard.
///
/// `text` is base64-encoded, so nothing in it can end or alter the sequence; `None` when the
/// payload is too large for terminals to accept.
pub fn osc52(text: &str) -> Option<String> {
    if text.len() > OSC52_MAX_BYTES {
        return None;
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    Some(format!("\u{1b}]52;c;{b64}\u{7}"))
}

/// A clipboard tool and the arguments that make it read the clipboard contents from stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    pub program: &'static str,
    pub args: &'static [&'static str],
}

/// Which tool fits the session, judged from the environment only (no process is spawned):
/// Wayland first, then X11, then macOS. `None` over a bare SSH login, where only OSC 52 can help.
pub fn pick_tool(env: impl Fn(&str) -> Option<String>, has: impl Fn(&str) -> bool) -> Option<Tool> {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    let candidates: &[(bool, Tool)] = &[
        (
            set("WAYLAND_DISPLAY"),
            Tool {
                program: "wl-copy",
                args: &[],
            },
        ),
        (
            set("DISPLAY"),
            Tool {
                program: "xclip",
                args: &["-selection", "clipboard"],
            },
        ),
        (
            set("DISPLAY"),
            Tool {
                program: "xsel",
                args: &["--clipboard", "--input"],
            },
        ),
        (
            cfg!(target_os = "macos"),
            Tool {
                program: "pbcopy",
                args: &[],
            },
        ),
    ];
    candidates
        .iter()
        .find(|(ok, tool)| *ok && has(tool.program))
        .map(|(_, tool)| tool.clone())
}

/// Whether `program` is an executable file somewhere on `PATH`.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            let p = dir.join(program);
            p.is_file()
        })
    })
}

/// Hands `text` to the system clipboard through `tool`. The tools fork to keep serving the
/// selection, so waiting for the child returns promptly.
pub fn system_copy(tool: &Tool, text: &str) -> std::io::Result<()> {
    let mut child = Command::new(tool.program)
        .args(tool.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(text.as_bytes())?;
    }
    let status = child.wait()?;
    if status.success() {
        Ok(())
    } else {
        Err(std::io::Error::other(format!("{} failed", tool.program)))
    }
}

/// Where a copy went, for the notice the user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub osc52: bool,
    pub system: Option<&'static str>,
}

impl Copied {
    /// `terminal`, `xclip`, `terminal + xclip` or `nowhere`.
    pub fn describe(&self) -> String {
        match (self.osc52, self.system) {
            (true, Some(t)) => format!("terminal + {t}"),
            (true, None) => "terminal".to_owned(),
            (false, Some(t)) => t.to_owned(),
            (false, None) => "nowhere".to_owned(),
        }
    }
}

/// Copies `text`: OSC 52 to `terminal`, and the system clipboard when a tool fits the session.
pub fn copy(text: &str, terminal: &mut dyn Write) -> Copied {
    let osc52 = match osc52(text) {
        Some(seq) => terminal
            .write_all(seq.as_bytes())
            .and_then(|()| terminal.flush())
            .is_ok(),
        None => false,
    };
    let system = pick_tool(|k| std::env::var(k).ok(), on_path)
        .and_then(|tool| system_copy(&tool, text).ok().map(|()| tool.program));
    Copied { osc52, system }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_base64_and_bel_terminated() {
        let seq = osc52("3.04 亿元").unwrap_or_default();
        assert!(seq.starts_with("\u{1b}]52;c;"));
        assert!(seq.ends_with('\u{7}'));
        let b64 = &seq[7..seq.len() - 1];
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&decoded), "3.04 亿元");
    }

    #[test]
    fn payload_with_escapes_cannot_break_out() {
        let seq = osc52("a\u{1b}]52;c;evil\u{7}b").unwrap_or_default();
        assert_eq!(seq.matches('\u{1b}').count(), 1);
        assert_eq!(seq.matches('\u{7}').count(), 1);
    }

    #[test]
    fn oversized_payload_is_refused() {
        assert!(osc52(&"字".repeat(OSC52_MAX_BYTES)).is_none());
    }

    #[test]
    fn tool_follows_the_session() {
        let all = |_: &str| true;
        let wayland = |k: &str| (k == "WAYLAND_DISPLAY").then(|| "wayland-0".to_owned());
        assert_eq!(pick_tool(wayland, all).map(|t| t.program), Some("wl-copy"));
        let x11 = |k: &str| (k == "DISPLAY").then(|| ":0".to_owned());
        assert_eq!(pick_tool(x11, all).map(|t| t.program), Some("xclip"));
        assert_eq!(
            pick_tool(x11, |p: &str| p == "xsel").map(|t| t.program),
            Some("xsel")
        );
        if !cfg!(target_os = "macos") {
            assert_eq!(pick_tool(|_: &str| None, all), None);
            assert_eq!(pick_tool(|_: &str| Some(String::new()), all), None);
        }
    }
}
