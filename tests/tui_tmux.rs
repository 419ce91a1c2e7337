//! End to end: the real binary in a real pseudo-terminal (tmux). Opens the
//! samples, jumps to the next quote, switches report, searches, exports,
//! quits, and checks the screen, the exported file, and that the terminal
//! left the alternate screen and mouse mode. Skips (with a notice) when
//! tmux is not installed.

mod tmux;

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};
use tmux::Tmux;

#[test]
fn samples_quote_report_search_export_quit() {
    if !tmux::available("tui_tmux") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let bin = env!("CARGO_BIN_EXE_storydiff");
    // After the program ends, the shell prints its exit code and the
    // pane's modes, so the test can see the terminal was restored.
    let script = format!("{bin}; echo \"EXIT=$?\"; sleep 60");
    let t = Tmux::start_in("test", 120, 40, Some(dir.path()), &script);
    let first = t.wait_for("row 1/");
    assert!(
        first.contains("Trump declares US-Russia relations"),
        "{first}"
    );
    assert!(
        first.contains("US-Russia relations at 'all-time low'"),
        "{first}"
    );
    assert_eq!(t.flag("alternate_on"), "1");

    // Next quote: the status bar says which, or that there is none.
    t.keys(&["}"]);
    let s = t.wait_until("a quote jump", |s| {
        let status = s.lines().last().unwrap_or_default();
        status.contains("no quote here")
            || status
                .split_once("quote ")
                .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    assert!(s.contains(" of "), "{s}");

    // Switch report: the right pane (l) picks report 1, which the left pane
    // shows, so the panes swap; picking 2 swaps them back.
    t.keys(&["l", "1"]);
    let s = t.wait_for("│▶1 Trump declares");
    let top = s.lines().next().unwrap_or_default();
    assert!(top.starts_with(" 2 US-Russia relations"), "{s}");
    assert!(top.contains("▶1 Trump declares"), "{s}");
    t.keys(&["2"]);
    let s = t.wait_for("│▶2 US-Russia relations");
    let top = s.lines().next().unwrap_or_default();
    assert!(top.starts_with(" 1 Trump declares"), "{s}");
    assert!(top.contains("▶2 US-Russia relations"), "{s}");

    // Search.
    t.keys(&["/", "T", "o", "m", "a", "h", "a", "w", "k", "Enter"]);
    let s = t.wait_for("Tomahawk");
    assert!(s.contains("match 1 of"), "{s}");

    // Export, refuse to overwrite, then confirm.
    t.keys(&["e"]);
    t.wait_for("Export view to: storydiff-view.txt");
    t.keys(&["Enter"]);
    let s = t.wait_for("wrote ");
    let out = dir.path().join("storydiff-view.txt");
    assert!(s.contains("storydiff-view.txt"), "{s}");
    check_export(&out);
    std::fs::write(&out, "keep me").expect("write");
    t.keys(&["e", "Enter"]);
    t.wait_for("exists. Overwrite it?");
    t.keys(&["n", "Escape"]);
    t.wait_for("export cancelled");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "keep me");
    t.keys(&["e", "Enter", "y"]);
    t.wait_for("wrote ");
    check_export(&out);

    t.keys(&["q"]);
    let s = t.wait_for("EXIT=0");
    assert!(!s.contains("row 1/"), "TUI still on screen:\n{s}");
    t.restored();
}

fn check_export(path: &Path) {
    let text = std::fs::read_to_string(path).expect("export written");
    assert!(
        text.contains("Trump declares US-Russia relations"),
        "{text}"
    );
    assert!(text.contains("Tomahawk"), "{text}");
    assert!(!text.contains('\u{1b}'), "escape codes in the text export");
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux::available("tui_tmux") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let script = format!(
        "{bin} </dev/tty & pid=$!; sleep 2; kill -TERM $pid; wait $pid; echo \"EXIT=$?\"; sleep 60"
    );
    let t = Tmux::start("sig", 100, 30, &script);
    let s = t.wait_for("EXIT=");
    assert!(s.contains("EXIT=143"), "{s}");
    t.restored();
}

#[test]
fn a_closed_terminal_leaves_no_process_behind() {
    if !tmux::available("tui_tmux") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_storydiff");
    let t = Tmux::start("hup", 100, 30, bin);
    t.wait_for("pivot");
    let pid = t.flag("pane_pid");
    assert!(!pid.is_empty());
    // Closing the pane hangs up the terminal under the program.
    t.cmd(&["kill-server"]);
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // A zombie has exited; only its parent has not reaped it yet.
        if state.split_whitespace().nth(2) == Some("Z") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "storydiff (pid {pid}) still runs after its terminal closed"
        );
        sleep(Duration::from_millis(100));
    }
}
