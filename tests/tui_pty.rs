//! The real binary in a real pseudo-terminal (tmux): a report piped on
//! stdin while keys still come from the terminal (as with less and fzf),
//! an external SIGINT that restores the terminal and exits 130, and
//! Ctrl-Z then `fg` in an interactive shell, the progress screen (its stage
//! named; q, Ctrl-C and signals while a report is still being read) and the
//! sanitiser's warning on screen. Skips (with a notice) when
//! tmux is not installed.

mod tmux;

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;
use tmux::Tmux;

fn tmux_available() -> bool {
    tmux::available("tui_pty")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/tui/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_report_on_stdin_and_keys_from_the_terminal() {
    if !tmux_available() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "cat '{}' | {bin} - '{}'; echo \"EXIT=$?\"; sleep 60",
        fixture("ferry_1.txt"),
        fixture("ferry_2.txt")
    );
    let t = Tmux::start("stdin", 100, 30, &script);
    let s = t.wait_for("row 1/");
    assert!(s.contains("stdin · pivot"), "{s}");
    // Keys work: differences only, then the help.
    t.keys(&["d"]);
    t.wait_for("… 8 matching rows …");
    t.keys(&["?"]);
    t.wait_for("storydiff keys");
    t.keys(&["Escape", "q"]);
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=0"), "{s}");
    t.restored();
}

#[test]
fn an_external_sigint_restores_the_terminal_and_exits_130() {
    if !tmux_available() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "{bin} '{}' '{}' </dev/tty & pid=$!; sleep 2; kill -INT $pid; wait $pid; \
         echo \"EXIT=$?\"; sleep 60",
        fixture("bridge_1.txt"),
        fixture("bridge_2.txt")
    );
    let t = Tmux::start("sigint", 100, 30, &script);
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=130"), "{s}");
    t.restored();
}

#[test]
fn a_signal_while_aligning_restores_the_terminal_and_exits_128_plus_n() {
    if !tmux_available() {
        return;
    }
    // Two long invented reports keep the progress screen up for a while.
    let dir = tempfile::tempdir().expect("temp dir");
    let words = [
        "council", "road", "budget", "vote", "river", "school", "tax", "park",
    ];
    for n in 0..2 {
        let mut text = format!("Long report {n}\n\n");
        for i in 0..3000_usize {
            let sentence: Vec<&str> = (0..20).map(|k| words[(i * 7 + k * (n + 3)) % 8]).collect();
            text.push_str(&sentence.join(" "));
            text.push_str(".\n\n");
        }
        std::fs::write(dir.path().join(format!("{n}.txt")), text).expect("write");
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "{bin} '{0}/0.txt' '{0}/1.txt' </dev/tty & pid=$!; \
         while ! tmux -L $SOCKET capture-pane -p -t t | grep -q Aligning; do sleep 0.05; done; \
         kill -HUP $pid; wait $pid; echo \"EXIT=$?\"; sleep 60",
        dir.path().display()
    );
    let t = Tmux::start("align", 100, 30, &script);
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=129"), "{s}");
    t.restored();
}

#[test]
fn ctrl_z_suspends_and_fg_resumes() {
    if !tmux_available() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let t = Tmux::start("tstp", 100, 30, "bash --norc --noprofile -i");
    sleep(Duration::from_millis(300));
    // (An `; echo $?` would run at the stop, so the exit is checked with
    // a second command once the program is gone.)
    let run = format!(
        "{bin} '{}' '{}'",
        fixture("bridge_1.txt"),
        fixture("bridge_2.txt")
    );
    t.keys(&[&run, "Enter"]);
    t.wait_for("row 1/");
    t.keys(&["C-z"]);
    t.wait_for("Stopped");
    t.restored();
    t.keys(&["fg", "Enter"]);
    t.wait_for("row 1/");
    assert_eq!(t.flag("alternate_on"), "1");
    t.keys(&["q"]);
    sleep(Duration::from_millis(500));
    t.keys(&["echo \"EXIT=$?\"", "Enter"]);
    t.wait_for("EXIT=0");
    t.restored();
}

/// A report that never comes (a FIFO with no writer): the progress screen
/// names the stage, and the key or signal ends the program with the
/// terminal restored. The opener waits in the worker thread; the screen
/// stays alive.
fn waiting_on_a_fifo(name: &str, stop: &[&str], signal: Option<&str>, code: i32) {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("never.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = match signal {
        None => format!(
            "{bin} '{}' '{}'; echo \"EXIT=$?\"; sleep 60",
            fixture("bridge_1.txt"),
            fifo.display()
        ),
        Some(sig) => format!(
            "{bin} '{}' '{}' </dev/tty & pid=$!; \
             while ! tmux -L $SOCKET capture-pane -p -t t | grep -q 'Reading input 2'; \
             do sleep 0.05; done; kill -{sig} $pid; wait $pid; echo \"EXIT=$?\"; sleep 60",
            fixture("bridge_1.txt"),
            fifo.display()
        ),
    };
    let t = Tmux::start(name, 100, 30, &script);
    if signal.is_none() {
        // (With a signal, the script itself waits for this screen before
        // sending it, and the program may already be gone.)
        let s = t.wait_for("Reading input 2: ");
        assert!(s.contains("never.txt…"), "{s}");
        assert!(s.contains("q, Esc or Ctrl-C cancels"), "{s}");
        assert!(!s.contains("Aligning"), "{s}");
        assert_eq!(t.flag("alternate_on"), "1");
    }
    t.keys(stop);
    let s = t.wait_for("EXIT=");
    assert!(s.contains(&format!("EXIT={code}")), "{s}");
    t.restored();
}

#[test]
fn q_on_the_progress_screen_cancels_and_restores_the_terminal() {
    waiting_on_a_fifo("cancel-q", &["q"], None, 0);
}

#[test]
fn ctrl_c_on_the_progress_screen_cancels_and_restores_the_terminal() {
    waiting_on_a_fifo("cancel-c", &["C-c"], None, 0);
}

#[test]
fn sigterm_while_reading_restores_the_terminal_and_exits_143() {
    waiting_on_a_fifo("read-term", &[], Some("TERM"), 143);
}

#[test]
fn the_sanitisers_warning_shows_on_screen() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Ferry back in service\n\nThe \u{202e}ferry\u{202c} to the island \
         sailed again on Monday after repairs.\n",
    )
    .expect("write");
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "{bin} '{}' '{}'; echo \"EXIT=$?\"; sleep 60",
        a.display(),
        fixture("ferry_1.txt")
    );
    let t = Tmux::start("warn", 140, 30, &script);
    let s = t.wait_for("removed 2 bidirectional controls");
    assert!(s.contains("a.txt: removed 2 bidirectional controls"), "{s}");
    t.keys(&["?"]);
    t.wait_for("Removed from the inputs");
    t.keys(&["Escape", "q"]);
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=0"), "{s}");
    t.restored();
}

#[test]
fn sigquit_in_a_prompt_restores_the_terminal_and_exits_131() {
    if !tmux_available() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "{bin} '{}' '{}' </dev/tty & pid=$!; echo $pid > pid; wait $pid; \
         echo \"EXIT=$?\"; sleep 60",
        fixture("bridge_1.txt"),
        fixture("bridge_2.txt")
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let t = Tmux::start(
        "prompt",
        100,
        30,
        &format!("cd '{}'; {script}", dir.path().display()),
    );
    t.wait_for("row 1/");
    // The export prompt, half typed.
    t.keys(&["e", "BSpace", "x"]);
    t.wait_for("Export view to:");
    let pid = std::fs::read_to_string(dir.path().join("pid")).expect("pid written");
    let killed = Command::new("kill")
        .args(["-QUIT", pid.trim()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=131"), "{s}");
    t.restored();
}

#[test]
fn an_input_refused_while_reading_is_one_line_on_a_restored_terminal() {
    if !tmux_available() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "{bin} /dev/zero '{}'; echo \"EXIT=$?\"; sleep 60",
        fixture("bridge_1.txt")
    );
    let t = Tmux::start("refused", 100, 30, &script);
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=2"), "{s}");
    assert!(
        s.contains("storydiff: /dev/zero: binary content, not a text report"),
        "{s}"
    );
    t.restored();
}
