//! Web addresses against a local HTTP server that each test starts on
//! 127.0.0.1 (never the network): a page, redirects, a redirect loop, a
//! 404, a timeout, an oversized page, a non-HTML content type, the
//! User-Agent, and `--cache` reopening a comparison offline.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use storydiff::load::url::{FetchOptions, USER_AGENT, fetch};

const PAGE: &str = "tests/fixtures/html/gazette.html";

/// A server answering `conns` connections (then it closes its port), and
/// the request heads it saw.
struct Server {
    base: String,
    seen: Arc<Mutex<Vec<String>>>,
}

fn serve(conns: usize) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(conns) {
            let log = Arc::clone(&log);
            std::thread::spawn(move || answer(stream.unwrap(), &log));
        }
    });
    Server { base, seen }
}

fn answer(mut s: TcpStream, log: &Mutex<Vec<String>>) {
    let mut head = String::new();
    let mut r = BufReader::new(s.try_clone().unwrap());
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    log.lock().unwrap().push(head.clone());
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let page = std::fs::read_to_string(PAGE).unwrap();
    let reply = |s: &mut TcpStream, status: &str, extra: &str, body: &[u8]| {
        let _ = write!(
            s,
            "HTTP/1.1 {status}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = s.write_all(body);
    };
    match path.as_str() {
        "/page" => reply(
            &mut s,
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n",
            page.as_bytes(),
        ),
        "/moved" => reply(&mut s, "301 Moved Permanently", "Location: /page\r\n", b""),
        "/loop" => reply(&mut s, "302 Found", "Location: /loop\r\n", b""),
        "/missing" => reply(
            &mut s,
            "404 Not Found",
            "Content-Type: text/plain\r\n",
            b"nope",
        ),
        "/pdf" => reply(
            &mut s,
            "200 OK",
            "Content-Type: application/pdf\r\n",
            b"%PDF-1.4",
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            reply(
                &mut s,
                "200 OK",
                "Content-Type: text/html\r\n",
                page.as_bytes(),
            );
        }
        "/big" => {
            let mut body = page.into_bytes();
            body.resize(3 * 1024 * 1024, b' ');
            reply(&mut s, "200 OK", "Content-Type: text/html\r\n", &body);
        }
        _ => reply(&mut s, "500 Internal Server Error", "", b""),
    }
}

fn quick() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_millis(500),
        max_bytes: 1024 * 1024,
        ..FetchOptions::default()
    }
}

fn fetch_err(url: &str) -> String {
    fetch(url, &quick()).unwrap_err().to_string()
}

#[test]
fn a_page_and_a_redirect_to_it_with_our_user_agent() {
    let srv = serve(100);
    let page = fetch(&format!("{}/page", srv.base), &quick()).unwrap();
    assert_eq!(page, std::fs::read(PAGE).unwrap());
    let moved = fetch(&format!("{}/moved", srv.base), &quick()).unwrap();
    assert_eq!(moved, page);
    let seen = srv.seen.lock().unwrap();
    assert!(
        seen[0].contains(&format!("user-agent: {USER_AGENT}\r\n"))
            || seen[0].contains(&format!("User-Agent: {USER_AGENT}\r\n")),
        "{seen:?}"
    );
    assert!(USER_AGENT.starts_with("storydiff/"));
}

#[test]
fn each_failure_is_one_line_naming_the_url() {
    let srv = serve(100);
    let b = &srv.base;
    assert_eq!(
        fetch_err(&format!("{b}/missing")),
        format!("{b}/missing: HTTP 404 Not Found")
    );
    assert_eq!(
        fetch_err(&format!("{b}/pdf")),
        format!("{b}/pdf: not a web page (content type application/pdf)")
    );
    assert_eq!(
        fetch_err(&format!("{b}/loop")),
        format!("{b}/loop: too many redirects")
    );
    assert_eq!(
        fetch_err(&format!("{b}/big")),
        format!("{b}/big: page over 1048576 bytes")
    );
    let start = Instant::now();
    assert_eq!(
        fetch_err(&format!("{b}/slow")),
        format!("{b}/slow: timed out")
    );
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    // Nothing listens on the port any more.
    let gone = TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}/x", gone.local_addr().unwrap());
    drop(gone);
    let e = fetch_err(&dead);
    assert!(
        e.starts_with(&format!("{dead}: ")) && e.lines().count() == 1,
        "{e}"
    );
}

#[test]
fn the_binary_compares_pages_and_reopens_them_from_the_cache() {
    // One connection only: the second run must read the cache.
    let srv = serve(1);
    let url = format!("{}/page", srv.base);
    let cache = tempfile::tempdir().unwrap();
    let run = || {
        Command::cargo_bin("storydiff")
            .unwrap()
            .args(["export", "--format", "json", "--cache"])
            .arg(cache.path())
            .arg(&url)
            .arg("tests/fixtures/html/radio.htm")
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(doc["articles"][0]["source"], url.as_str());
    assert_eq!(doc["articles"][0]["outlet"], "North Gazette");
    std::thread::sleep(Duration::from_millis(100));
    let again = run();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(again.stdout, first.stdout);
    assert_eq!(srv.seen.lock().unwrap().len(), 1);
}

#[test]
fn the_binary_says_which_url_failed() {
    let srv = serve(1);
    let url = format!("{}/missing", srv.base);
    let out = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["export", &url, "tests/fixtures/html/radio.htm"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!("storydiff: {url}: HTTP 404 Not Found\n")
    );
}
