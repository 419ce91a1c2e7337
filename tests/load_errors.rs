//! Bad input through the real binary: one line on stderr naming the file
//! and the problem, exit code 2, nothing on stdout, never a panic.

use assert_cmd::Command;

fn storydiff() -> Command {
    Command::cargo_bin("storydiff").expect("binary built")
}

/// Runs `export` on the given inputs and returns stderr, asserting the
/// failure contract.
fn fails(args: &[&str]) -> String {
    let out = storydiff()
        .arg("export")
        .args(args)
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(!err.contains("panicked"));
    err
}

const GOOD: &str = "tests/fixtures/engine/bridge_a.txt";

#[test]
fn missing_file() {
    let err = fails(&[GOOD, "no/such/file.txt"]);
    assert_eq!(
        err.trim(),
        "storydiff: no/such/file.txt: no such file or folder"
    );
}

#[test]
fn empty_binary_and_invalid_utf8_files() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n\n").unwrap();
    let bin = dir.path().join("photo.txt");
    std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 society").unwrap();
    for (file, problem) in [
        (&empty, "empty report (no text)"),
        (&bin, "binary content, not a text report"),
        (&latin1, "invalid UTF-8 at byte offset 3"),
    ] {
        let path = file.to_str().unwrap();
        let err = fails(&[GOOD, path]);
        assert_eq!(err.trim(), format!("storydiff: {path}: {problem}"));
    }
}

#[test]
fn folder_without_reports_and_bad_json() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.csv"), "a,b\n").unwrap();
    let path = dir.path().to_str().unwrap();
    let err = fails(&[GOOD, path]);
    assert!(
        err.contains(path) && err.contains("folder has no report files"),
        "{err}"
    );
    let json = dir.path().join("a.json");
    std::fs::write(&json, r#"{"title": "x"}"#).unwrap();
    let err = fails(&[GOOD, json.to_str().unwrap()]);
    assert!(
        err.contains("a.json: invalid JSON article: no \"body\""),
        "{err}"
    );
}

#[test]
fn fewer_than_two_reports() {
    let err = fails(&[GOOD]);
    assert!(err.contains("need at least two reports"), "{err}");
    assert!(err.contains("bridge_a.txt"), "{err}");
}

#[test]
fn stdin_and_folder_inputs_compare() {
    let out = storydiff()
        .args([
            "export",
            "--format",
            "json",
            "-",
            "tests/fixtures/engine/bridge_b.txt",
        ])
        .write_stdin(std::fs::read(GOOD).unwrap())
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"][0]["source"], "-");
    assert_eq!(doc["version"], 1);
    assert!(!doc["sentence_links"].as_array().unwrap().is_empty());
    // A folder gives its report files in name order.
    let out = storydiff()
        .args(["export", "tests/fixtures/engine"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sources: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 4);
    assert!(sources[0].ends_with("bridge_a.txt") && sources[3].ends_with("unrelated.txt"));
}

#[test]
fn json_contract_on_the_samples() {
    let out = storydiff()
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a0 = &doc["articles"][0];
    assert_eq!(
        a0["title"],
        "Trump declares US-Russia relations may be at 'all-time low'"
    );
    assert_eq!(a0["paragraphs"][0]["kind"], "title");
    assert_eq!(a0["paragraphs"][1]["kind"], "meta");
    // Sentences are substrings of their paragraph, in order.
    for art in doc["articles"].as_array().unwrap() {
        for p in art["paragraphs"].as_array().unwrap() {
            let text = p["text"].as_str().unwrap();
            let mut from = 0;
            for s in p["sentences"].as_array().unwrap() {
                let s = s.as_str().unwrap();
                let at = text[from..].find(s).expect("sentence inside paragraph");
                from += at + s.len();
            }
        }
    }
    let link = &doc["sentence_links"][0];
    assert!(link["a"].as_array().unwrap().len() == 3 && link["similarity"].is_number());
    let ops: Vec<&str> = link["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["op"].as_str().unwrap())
        .collect();
    assert!(
        ops.iter()
            .all(|o| ["equal", "insert", "delete", "replace"].contains(o))
    );
    assert!(doc["rows"][0]["cells"].as_array().unwrap().len() == 2);
    // Out-of-range pivot is a usage error.
    let out = storydiff()
        .args(["export", "--pivot", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
