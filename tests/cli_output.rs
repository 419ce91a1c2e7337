//! The binary's outputs end to end: every `-o` case (a missing folder, a
//! folder, an unknown extension, no extension, a symlink with `--force`, a
//! device), a closed stdout, `--only-differences`, the config file, and the
//! man page listing every export option and every key.

use std::process::Command;

use assert_cmd::cargo::cargo_bin;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/tui/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn bin(config_home: &std::path::Path) -> Command {
    let mut c = Command::new(cargo_bin("storydiff"));
    c.env_remove("NO_COLOR")
        .env_remove("STORYDIFF_THEME")
        .env("XDG_CONFIG_HOME", config_home);
    c
}

/// Runs `export <args> ferry_1 ferry_2`; returns (exit code, stdout, stderr).
fn export(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = bin(dir)
        .arg("export")
        .args(args)
        .arg(fixture("ferry_1.txt"))
        .arg(fixture("ferry_2.txt"))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An error: exit 2, one line, starting with the program's name, never
/// naming a temporary file.
fn one_line_error(code: i32, err: &str) {
    assert_eq!(code, 2, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("storydiff: "), "{err}");
    assert!(!err.contains(".storydiff-"), "{err}");
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn output_to_a_missing_folder_is_one_line_without_temporary_names() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = export(dir.path(), &["-o", "/nonexistent/x.md"]);
    one_line_error(code, &err);
    assert!(err.contains("/nonexistent/x.md"), "{err}");
    assert!(err.contains("folder /nonexistent does not exist"), "{err}");
}

#[test]
fn output_to_a_folder_is_an_error_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("out");
    std::fs::create_dir(&sub).unwrap();
    for target in [format!("{}/", sub.display()), sub.display().to_string()] {
        for force in [false, true] {
            // No --format: the folder is named before the missing extension.
            let mut args = vec!["-o", target.as_str()];
            if force {
                args.push("--force");
            }
            let (code, _, err) = export(dir.path(), &args);
            one_line_error(code, &err);
            assert!(err.contains("is a folder"), "{err}");
            assert!(!err.contains("--force"), "{err}");
        }
    }
    assert!(names(&sub).is_empty());
}

#[test]
fn unknown_or_missing_extension_is_an_error_unless_format_says() {
    let dir = tempfile::tempdir().unwrap();
    let xyz = dir.path().join("cmp.xyz");
    let (code, _, err) = export(dir.path(), &["-o", xyz.to_str().unwrap()]);
    one_line_error(code, &err);
    assert!(err.contains("unknown extension .xyz"), "{err}");
    assert!(err.contains("--format"), "{err}");
    let bare = dir.path().join("cmp");
    let (code, _, err) = export(dir.path(), &["-o", bare.to_str().unwrap()]);
    one_line_error(code, &err);
    assert!(err.contains("no extension"), "{err}");
    assert!(!xyz.exists() && !bare.exists());
    let (code, _, err) = export(
        dir.path(),
        &["--format", "markdown", "-o", xyz.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&xyz)
            .unwrap()
            .starts_with("# storydiff")
    );
    // Known extensions pick their format, in any case.
    let html = dir.path().join("cmp.HTML");
    let (code, _, err) = export(dir.path(), &["-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn existing_file_needs_force_and_the_message_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cmp.json");
    std::fs::write(&p, "old").unwrap();
    let (code, _, err) = export(dir.path(), &["-o", p.to_str().unwrap()]);
    one_line_error(code, &err);
    assert_eq!(err.matches("already exists").count(), 1, "{err}");
    let (code, _, _) = export(dir.path(), &["-o", p.to_str().unwrap(), "--force"]);
    assert_eq!(code, 0);
    assert!(std::fs::read_to_string(&p).unwrap().starts_with('{'));
    assert_eq!(names(dir.path()), ["cmp.json"]);
}

#[cfg(unix)]
#[test]
fn force_writes_through_a_symlink_and_refuses_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.md");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink("real.md", &link).unwrap();
    let (code, _, err) = export(dir.path(), &["-o", link.to_str().unwrap(), "--force"]);
    assert_eq!(code, 0, "{err}");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link stays a link");
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .starts_with("# storydiff")
    );
    assert_eq!(names(dir.path()), ["link.md", "real.md"]);
    let (code, _, err) = export(
        dir.path(),
        &["--format", "json", "-o", "/dev/null", "--force"],
    );
    one_line_error(code, &err);
    assert!(err.contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_is_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let cmd = format!(
        "'{}' export '{}' '{}' >&-",
        cargo_bin("storydiff").display(),
        fixture("ferry_1.txt"),
        fixture("ferry_2.txt")
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    one_line_error(out.status.code().unwrap_or(-1), &err);
    assert!(err.contains("stdout"), "{err}");
}

#[test]
fn only_differences_folds_alike_rows_in_text() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = export(
        dir.path(),
        &["--format", "text", "--width", "100", "--only-differences"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("… 8 matching rows …"), "{out}");
    assert!(!out.contains("Ticket machines"), "{out}");
    assert!(out.contains("fifteen minutes"), "{out}");
    let (_, all, _) = export(dir.path(), &["--format", "text", "--width", "100"]);
    assert!(all.contains("Ticket machines") && !all.contains("matching rows"));
}

#[test]
fn side_by_side_too_narrow_falls_back_to_inline_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = export(dir.path(), &["--format", "text", "--width", "40"]);
    assert_eq!(code, 0, "{err}");
    let note: Vec<&str> = out.lines().take(2).collect();
    assert_eq!(
        note.join(" "),
        "(side by side needs 49 columns for 2 reports; shown inline instead)"
    );
    assert!(!out.contains(" │ "), "{out}");
    let (_, wide, _) = export(dir.path(), &["--format", "text", "--width", "49"]);
    assert!(wide.contains(" │ 2: Harbour"), "{wide}");
}

#[test]
fn labels_are_numbers_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let (_, text, _) = export(dir.path(), &["--format", "text", "--width", "100"]);
    assert!(text.contains("1: Harbour ferry"), "{text}");
    assert!(text.contains("│ 2: Harbour ferry"), "{text}");
    let (_, json, _) = export(dir.path(), &[]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["articles"][1]["number"], 2);
    assert_eq!(v["articles"][1]["label"], "ferry_2.txt");
    let (_, md, _) = export(dir.path(), &["--format", "markdown"]);
    assert!(md.contains("- **2**:"), "{md}");
}

#[test]
fn the_config_file_sets_defaults_and_a_bad_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("storydiff");
    std::fs::create_dir(&conf).unwrap();
    std::fs::write(
        conf.join("config.toml"),
        "layout = \"inline\"\nwidth = 60\n",
    )
    .unwrap();
    let (code, out, err) = export(dir.path(), &["--format", "text"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("reference;"), "inline layout: {out}");
    assert!(
        out.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 60)
    );
    std::fs::write(conf.join("config.toml"), "theme = \"dark\"\nlayuot = 3\n").unwrap();
    let (code, _, err) = export(dir.path(), &["--format", "text"]);
    one_line_error(code, &err);
    assert!(err.contains("config.toml: line 2:"), "{err}");
}

#[test]
fn usage_errors_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["export", "--colour"][..],
        &["export", "--layout", "sideways"],
        &["--pivot", "x"],
    ] {
        let out = bin(dir.path()).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        one_line_error(out.status.code().unwrap_or(-1), &err);
        assert!(err.contains("see storydiff --help"), "{err}");
    }
}

/// The text of roff escapes the page uses: `\-`, `\e`, `\[uXXXX]`.
fn unroff(s: &str) -> String {
    let s = s.replace("\\-", "-").replace("\\e", "\\");
    let mut out = String::new();
    let mut rest = s.as_str();
    while let Some(i) = rest.find("\\[u") {
        out.push_str(&rest[..i]);
        let hex = &rest[i + 3..i + 7];
        out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
        rest = &rest[i + 8..];
    }
    out.push_str(rest);
    out
}

#[test]
fn man_page_lists_every_export_option_and_every_key() {
    let dir = tempfile::tempdir().unwrap();
    let man = bin(dir.path()).arg("man").output().unwrap();
    assert!(man.status.success());
    let man = unroff(&String::from_utf8_lossy(&man.stdout));
    let help = bin(dir.path()).args(["export", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let mut options = 0;
    for word in help.split(|c: char| c.is_whitespace() || c == ',') {
        if let Some(long) = word.strip_prefix("--").filter(|w| !w.is_empty()) {
            let long = long.split(['=', '[', '<']).next().unwrap_or(long);
            if long.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                assert!(man.contains(&format!("--{long}")), "man lacks --{long}");
                options += 1;
            }
        }
    }
    assert!(options >= 10, "{help}");
    for b in storydiff::tui::keymap::KEYMAP {
        assert!(man.contains(b.label), "man lacks the keys {:?}", b.label);
        assert!(man.contains(b.help), "man lacks {:?}", b.help);
        assert!(
            man.contains(&format!("[{}]", b.name)),
            "man lacks [{}]",
            b.name
        );
    }
    for section in [
        "EXPORT OPTIONS",
        "KEYS",
        "EXIT STATUS",
        "FILES",
        "ENVIRONMENT",
        "EXAMPLES",
    ] {
        assert!(
            man.contains(&format!(".SH {section}")),
            "man lacks {section}"
        );
    }
    assert!(!man.contains("storydiff-export(1)"));
}

#[test]
fn config_prints_where_and_an_example_that_parses() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin(dir.path()).arg("config").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap_or("");
    assert!(first.contains("storydiff/config.toml"), "{first}");
    storydiff::config::Config::parse(&text).expect("the printed example parses");
}
