//! `storydiff batch` through the real binary: output independent of the
//! thread count, bad lines reported and skipped, split input = one run,
//! `--summary` CSV, and a reader that goes away (`| head -1`).

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use assert_cmd::Command;
use serde_json::{Value, json};

const OUTLETS: [&str; 3] = ["North Gazette", "Radio Seven", "The Courier"];

fn storydiff() -> Command {
    Command::cargo_bin("storydiff").expect("binary built")
}

/// `n` invented clusters of three reports each: one event told three
/// ways (reordered, reworded, one figure sometimes off by a few).
fn clusters(n: usize) -> Vec<String> {
    let towns = ["Brackwater", "Ostley", "Fennmouth", "Carrow"];
    let sites = ["pier", "tunnel", "power station", "market hall"];
    (0..n)
        .map(|i| {
            let town = towns[i % towns.len()];
            let site = sites[(i / 4) % sites.len()];
            let hurt = 5 + i * 3;
            let reports: Vec<Value> = (0..3)
                .map(|j| {
                    let count = if j == 2 && i % 3 == 0 { hurt + 2 } else { hurt };
                    let mut paras = vec![
                        format!("The {site} in {town} was closed on Friday after a collapse, police said."),
                        format!("At least {count} people were hurt, according to the fire service."),
                        format!("\"We are checking every beam before anyone goes back,\" inspector Jo Marsh said."),
                    ];
                    if j == 1 {
                        paras.swap(0, 1);
                        paras[1] = format!("Police said the {site} in {town} had been shut on Friday following a collapse.");
                    }
                    if j == 2 {
                        paras.push(format!("Cluster {i}: a detour runs past the old {town} station."));
                    }
                    json!({
                        "title": format!("{town} {site} closed"),
                        "source": OUTLETS[j],
                        "paragraphs": paras,
                    })
                })
                .collect();
            json!({ "id": format!("c{i}"), "articles": reports }).to_string()
        })
        .collect()
}

fn batch(args: &[&str], input: &str) -> (String, String, Option<i32>) {
    let out = storydiff()
        .arg("batch")
        .args(args)
        .write_stdin(input.to_string())
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code(),
    )
}

fn joined(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

#[test]
fn same_output_with_one_and_two_threads_and_like_export() {
    let input = joined(&clusters(10));
    let (one, err, code) = batch(&["--jobs", "1", "-"], &input);
    assert_eq!((err.as_str(), code), ("", Some(0)));
    let (two, _, _) = batch(&["--jobs", "2"], &input);
    assert_eq!(one, two);
    let lines: Vec<Value> = one
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 10);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["id"], format!("c{i}"));
        assert_eq!(l["articles"].as_array().unwrap().len(), 3);
    }
    // A line is the document `export --format json` writes, plus "id".
    let first: Value = serde_json::from_str(input.lines().next().unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c0.json");
    std::fs::write(&file, first["articles"].to_string()).unwrap();
    let export = storydiff()
        .args(["export", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let mut doc: Value = serde_json::from_slice(&export.stdout).unwrap();
    let mut line = lines[0].clone();
    line.as_object_mut().unwrap().remove("id");
    // Sources name the input: the file there, the cluster's id here.
    for d in [&mut doc, &mut line] {
        for a in d["articles"].as_array_mut().unwrap() {
            a.as_object_mut().unwrap().remove("source");
            a.as_object_mut().unwrap().remove("label");
        }
    }
    assert_eq!(line, doc);
}

#[test]
fn a_malformed_line_is_reported_and_skipped() {
    let mut lines = clusters(3);
    lines.insert(
        1,
        "{\"id\": \"bad\", \"articles\": [{\"title\": \"no body\"}, ".into(),
    );
    lines.insert(3, "{\"id\": 42, \"articles\": []}".into());
    let (out, err, code) = batch(&[], &joined(&lines));
    assert_eq!(code, Some(1), "{err}");
    let out: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&Value> = out.iter().map(|l| &l["id"]).collect();
    assert_eq!(
        ids,
        [
            &json!("c0"),
            &Value::Null,
            &json!("c1"),
            &json!(42),
            &json!("c2")
        ]
    );
    assert!(out[1]["error"].as_str().unwrap().starts_with("not JSON: "));
    assert_eq!(out[3]["error"], "need at least two reports, got 0");
    assert!(out[2]["rows"].is_array() && out[2].get("error").is_none());
    let err: Vec<&str> = err.lines().collect();
    assert_eq!(err.len(), 3, "{err:?}");
    assert!(err[0].starts_with("storydiff: batch line 2 (id null): not JSON"));
    assert_eq!(
        err[1],
        "storydiff: batch line 4 (id 42): need at least two reports, got 0"
    );
    assert_eq!(err[2], "storydiff: batch: 2 of 5 clusters failed");
}

#[test]
fn two_halves_give_the_output_of_one_run() {
    let lines = clusters(9);
    let (whole, _, _) = batch(&[], &joined(&lines));
    let (a, _, _) = batch(&["--jobs", "2"], &joined(&lines[..4]));
    let (b, _, _) = batch(&["--jobs", "1"], &joined(&lines[4..]));
    assert_eq!(whole.lines().count(), 9);
    assert_eq!(format!("{a}{b}"), whole);
}

#[test]
fn summary_counts_as_csv() {
    let mut lines = clusters(2);
    lines.push("{\"id\": \"x,1\", \"articles\": 3}".into());
    let dir = tempfile::tempdir().unwrap();
    let inp = dir.path().join("in.jsonl");
    std::fs::write(&inp, joined(&lines)).unwrap();
    let outp = dir.path().join("out.csv");
    let (stdout, _, code) = batch(
        &[
            "--summary",
            inp.to_str().unwrap(),
            "-o",
            outp.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!((stdout.as_str(), code), ("", Some(1)));
    let csv = std::fs::read_to_string(&outp).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "id",
            "reports",
            "links",
            "shared_quotes",
            "conflicts",
            "unique_facts",
            "error"
        ]
    );
    // c0: the third report gives another count of the hurt; c1 does not.
    assert_eq!(rows[1][0..2], ["c0", "3"]);
    assert!(rows[1][2].parse::<usize>().unwrap() >= 3, "{csv}");
    assert_eq!(rows[1][3], "1", "one quotation shared: {csv}");
    assert_eq!(rows[1][4], "1", "the count of the hurt: {csv}");
    assert_eq!(rows[2][4], "0", "{csv}");
    assert_eq!(
        csv.lines().nth(3),
        Some("\"x,1\",,,,,,\"no \"\"articles\"\" array\"")
    );
}

#[test]
fn a_reader_that_goes_away_is_a_quiet_exit() {
    let input = joined(&clusters(200));
    let dir = tempfile::tempdir().unwrap();
    let inp = dir.path().join("in.jsonl");
    std::fs::write(&inp, input).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("storydiff"))
        .args(["batch", "--jobs", "1"])
        .arg(&inp)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // stdout is closed here (`| head -1`).
    assert!(first.starts_with("{\"id\":\"c0\""));
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}
