//! The binary end to end: exit codes, pipes that close early, `-o` that
//! refuses to overwrite and `--force` that replaces, colour switches,
//! help, version, completions and man page.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;

fn bin() -> Command {
    let mut c = Command::new(cargo_bin("storydiff"));
    c.env_remove("NO_COLOR");
    c
}

fn run(args: &[&str]) -> std::process::Output {
    bin().args(args).output().expect("runs")
}

/// Two long reports, so that the export is far larger than a pipe's buffer.
fn long_reports(dir: &std::path::Path) -> [String; 2] {
    let mut a = String::from("Council approves the budget\n\n");
    let mut b = String::from("Budget passes the council vote\n\n");
    for i in 0..600 {
        let _ = write!(
            a,
            "Item {i}: the council approved {i} thousand euros for road number {i} on Tuesday.\n\n"
        );
        let _ = write!(
            b,
            "Item {i}: councillors voted {i} thousand euros for road {i} on Tuesday evening.\n\n"
        );
    }
    let pa = dir.join("a.txt");
    let pb = dir.join("b.txt");
    std::fs::write(&pa, a).unwrap();
    std::fs::write(&pb, b).unwrap();
    [pa.display().to_string(), pb.display().to_string()]
}

#[test]
fn reader_going_away_is_a_normal_exit() {
    let dir = tempfile::tempdir().unwrap();
    let files = long_reports(dir.path());
    for format in ["text", "json", "html", "markdown"] {
        let mut child = bin()
            .args(["export", "--format", format, "--width", "80"])
            .args(&files)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The reader is dropped here, like `head -1` exiting.
        let out = child.wait_with_output().unwrap();
        assert!(!first.is_empty());
        assert!(out.status.success(), "{format}: {:?}", out.status);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
}

#[test]
fn pipe_into_head_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = long_reports(dir.path());
    let script = format!(
        "\"$0\" export --format text --width 80 '{a}' '{b}' | head -1; exit ${{PIPESTATUS[0]}}"
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(cargo_bin("storydiff"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn output_file_refuses_to_overwrite_and_force_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cmp.txt");
    std::fs::write(&path, "keep me").unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["export", "-o", p]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("already exists (use --force to replace it)"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");

    let out = run(&["export", "--force", "-o", p]);
    assert!(out.status.success(), "{out:?}");
    let written = std::fs::read_to_string(&path).unwrap();
    // The format follows the extension (.txt: text), without colour.
    assert!(written.starts_with("Legend: {+inserted+}"), "{written}");
    assert!(!written.contains('\x1b'));
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left");

    // A new file with an extension picks the format.
    let html = dir.path().join("cmp.html");
    let out = run(&["export", "-o", html.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn colour_switches() {
    let out = run(&[
        "export", "--format", "text", "--color", "always", "--width", "80",
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\x1b["));
    let out = run(&[
        "export", "--format", "text", "--color", "never", "--width", "80",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\x1b') && text.contains("[-Trump declares-]"));
    let out = bin()
        .args(["export", "--format", "text", "--width", "80"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn usage_errors_exit_two_with_one_line() {
    for args in [
        &["export", "--width", "5"][..],
        &["export", "--format", "pdf"],
        &[
            "export",
            "/no/such/report.txt",
            "assets/000_34bc09b13cc16031.txt",
        ],
        &["export", "--pivot", "7"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("storydiff: ") || err.starts_with("error: "),
            "{err}"
        );
        assert_eq!(out.stdout.len(), 0);
    }
    let err = String::from_utf8_lossy(&run(&["export", "--pivot", "7"]).stderr).to_string();
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn help_version_completions_man() {
    let help = String::from_utf8(run(&["export", "--help"]).stdout).unwrap();
    for s in [
        "--format",
        "--layout",
        "--width",
        "--color",
        "--force",
        "Examples:",
        "Exit codes:",
    ] {
        assert!(help.contains(s), "{s}");
    }
    let v = String::from_utf8(run(&["--version"]).stdout).unwrap();
    assert_eq!(v.trim(), format!("storydiff {}", env!("CARGO_PKG_VERSION")));
    let bash = run(&["completions", "bash"]);
    assert!(bash.status.success());
    assert!(String::from_utf8_lossy(&bash.stdout).contains("storydiff"));
    let man = run(&["man"]);
    assert!(man.status.success());
    assert!(String::from_utf8_lossy(&man.stdout).contains(".TH STORYDIFF 1"));
}
