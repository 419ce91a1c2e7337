//! Without a terminal the TUI does not start: it points to
//! `storydiff export` and exits 2, leaving stdout empty.

use assert_cmd::Command;

#[test]
fn no_terminal_says_to_use_export_and_exits_2() {
    let out = Command::cargo_bin("storydiff")
        .expect("binary built")
        .write_stdin("")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "storydiff: not a terminal: use `storydiff export` to write a comparison"
    );
}
