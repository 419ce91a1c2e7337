//! The real binary in a real terminal: each test gets a tmux server of its
//! own, opens one pane of a chosen size running a shell command, sends keys
//! as a person would, reads the screen and the pane's modes. Shared by
//! `tui_pty.rs` and `tui_tmux.rs`; a test skips (with a notice) when tmux is
//! not installed.
#![allow(dead_code)] // each test file uses a part of it

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long a screen may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(90);

pub struct Tmux {
    pub socket: String,
}

/// Whether tmux runs here; prints why `test` skips when it does not.
pub fn available(test: &str) -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        println!("skipping {test}: tmux is not installed");
    }
    ok
}

impl Tmux {
    /// Opens a `w`×`h` pane running `command` on a server named after
    /// `name` and this process.
    pub fn start(name: &str, w: u16, h: u16, command: &str) -> Tmux {
        Tmux::start_in(name, w, h, None, command)
    }

    /// As [`Tmux::start`], in the working directory `cwd`. The pane has
    /// `NO_COLOR=1`, no user configuration, and `SOCKET` naming this server
    /// (so a script can watch its own screen with `tmux -L $SOCKET`).
    pub fn start_in(name: &str, w: u16, h: u16, cwd: Option<&Path>, command: &str) -> Tmux {
        let t = Tmux {
            socket: format!("storydiff-{name}-{}", std::process::id()),
        };
        let (w, h) = (w.to_string(), h.to_string());
        let socket = format!("SOCKET={}", t.socket);
        let mut args = vec!["new-session", "-d", "-s", "t", "-x", &w, "-y", &h];
        if let Some(dir) = cwd {
            args.extend(["-c", dir.to_str().expect("utf-8 path")]);
        }
        args.extend([
            "-e",
            "NO_COLOR=1",
            "-e",
            "XDG_CONFIG_HOME=/nonexistent",
            "-e",
            &socket,
            command,
        ]);
        t.cmd(&args);
        t
    }

    pub fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys one at a time, letting the program draw between them.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.cmd(&["send-keys", "-t", "t", k]);
            sleep(Duration::from_millis(80));
        }
    }

    pub fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "t"])
    }

    /// One of the pane's format flags, e.g. `alternate_on`.
    pub fn flag(&self, name: &str) -> String {
        self.cmd(&["display", "-p", "-t", "t", &format!("#{{{name}}}")])
            .trim()
            .to_string()
    }

    /// Waits until the screen shows `text`; panics with the screen if not.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(text, |s| s.contains(text))
    }

    /// Waits until `ok` holds for the screen; panics with it if not.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "screen never showed {what:?}:\n{s}"
            );
            sleep(Duration::from_millis(100));
        }
    }

    /// The terminal is back to normal: main screen, no mouse reporting,
    /// cursor shown.
    pub fn restored(&self) {
        assert_eq!(self.flag("alternate_on"), "0");
        assert_eq!(self.flag("mouse_any_flag"), "0");
        assert_eq!(self.flag("cursor_flag"), "1");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.cmd(&["kill-server"]);
    }
}
