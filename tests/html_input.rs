//! Saved web pages through the real binary: three pages of our own making
//! that imitate news layouts (navigation, share bars, related links,
//! captions, cookie banners, adverts, comments, JSON-LD). The article text
//! and its metadata come out; the furniture does not.

use assert_cmd::Command;
use serde_json::Value;

const DIR: &str = "tests/fixtures/html";

fn export(files: &[&str], stdin: Option<&str>) -> Value {
    let out = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["export", "--format", "json"])
        .args(files)
        .write_stdin(stdin.unwrap_or("").to_string())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `(kind, first words)` of each paragraph, and the article's metadata.
fn paragraphs(a: &Value) -> Vec<(String, String)> {
    a["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let text = p["text"].as_str().unwrap();
            let words: Vec<&str> = text.split_whitespace().take(4).collect();
            (p["kind"].as_str().unwrap().to_string(), words.join(" "))
        })
        .collect()
}

fn all_text(a: &Value) -> String {
    a["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Words that only the pages' furniture contains.
const FURNITURE: &[&str] = &[
    "cookie",
    "Accept all",
    "Share on",
    "Email this",
    "Related stories",
    "Flood warnings lifted",
    "Comments",
    "nightmare",
    "Copyright",
    "Privacy",
    "Home",
    "Weather",
    "Advertisement",
    "home insurance",
    "Sign up",
    "daily briefing",
    "Tweet",
    "More from Local",
    "Most read",
    "Lottery",
    "discussion",
    "Courier Media",
    "Manage settings",
    "You may also like",
    "Podcast",
    "Quiz",
    "About us",
    "broadcasting since",
    "Transport Kelby Floods",
];

fn assert_no_furniture(a: &Value) {
    let text = all_text(a);
    for f in FURNITURE {
        assert!(
            !text.contains(f),
            "{f:?} leaked into {}:\n{text}",
            a["source"]
        );
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, t)| ((*k).to_string(), (*t).to_string()))
        .collect()
}

#[test]
fn three_news_pages_give_their_articles_and_no_furniture() {
    let doc = export(
        &[
            &format!("{DIR}/gazette.html"),
            &format!("{DIR}/courier.html"),
            &format!("{DIR}/radio.htm"),
        ],
        None,
    );
    let arts = doc["articles"].as_array().unwrap();
    let meta = |a: &Value| {
        ["title", "outlet", "url", "published"].map(|k| a[k].as_str().unwrap_or("").to_string())
    };
    assert_eq!(
        meta(&arts[0]),
        [
            "Tram line to Kelby reopens after flood repairs",
            "North Gazette",
            "https://news.example/north/tram-kelby-reopens",
            "2026-03-14T08:30:00Z"
        ]
    );
    assert_eq!(
        paragraphs(&arts[0]),
        pairs(&[
            ("title", "Tram line to Kelby"),
            ("meta", "By Priya Osei"),
            ("body", "The tram line between"),
            ("body", "Engineers replaced about 400"),
            ("body", "\"The crews worked through"),
            ("headline", "Timetable changes"),
            ("body", "Services will run every"),
            ("body", "Commuters had relied on"),
        ])
    );
    // JSON-LD inside @graph: date, author, publisher, URL.
    assert_eq!(
        meta(&arts[1]),
        [
            "Kelby trams back on track after five-week closure",
            "The Courier",
            "https://courier.example/2026/03/14/kelby-trams",
            "2026-03-14T10:05:00+00:00"
        ]
    );
    assert_eq!(
        paragraphs(&arts[1]),
        pairs(&[
            ("title", "Kelby trams back on"),
            ("meta", "By Tom Achebe"),
            ("body", "Trams are running to"),
            ("meta", "Passengers board the first"),
            ("body", "The transport authority said"),
            ("body", "Marta Lindqvist, who leads"),
            ("body", "Trams will initially run"),
        ])
    );
    assert_eq!(
        meta(&arts[2]),
        [
            "Flood-hit tram route reopens",
            "Radio Seven",
            "https://radio7.example/news/tram-route-reopens",
            "2026-03-15"
        ]
    );
    assert_eq!(
        paragraphs(&arts[2]),
        pairs(&[
            ("title", "Flood-hit tram route reopens"),
            ("meta", "By Sam Reyes"),
            ("body", "Kelby's tram link is"),
            ("body", "Hundreds of metres of"),
            ("body", "\"We owe the repair"),
            ("meta", "Photo: engineers testing signals"),
            ("body", "For now trams will"),
        ])
    );
    for a in arts {
        assert_no_furniture(a);
    }
    // The pages are compared like any reports: the three tell one story.
    assert!(doc["sentence_links"].as_array().unwrap().len() >= 6);
}

#[test]
fn a_page_on_stdin_is_recognised() {
    let page = std::fs::read_to_string(format!("{DIR}/radio.htm")).unwrap();
    let doc = export(&["-", &format!("{DIR}/gazette.html")], Some(&page));
    assert_eq!(doc["articles"][0]["title"], "Flood-hit tram route reopens");
    assert_no_furniture(&doc["articles"][0]);
}

#[test]
fn a_page_without_an_article_is_one_line_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("empty.html");
    std::fs::write(
        &p,
        "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>",
    )
    .unwrap();
    let out = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["export"])
        .arg(&p)
        .arg(format!("{DIR}/radio.htm"))
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("empty.html: web page: "), "{err}");
}
