//! Hostile and odd input through the real binary: devices, endless or
//! oversized stdin, stdin named twice, UTF-16/32, escape sequences in file
//! names and in text, bidi controls. Each case: one clear line on stderr
//! and exit 2, or a clean comparison.

use assert_cmd::Command;

const GOOD: &str = "tests/fixtures/engine/bridge_a.txt";

fn storydiff() -> Command {
    Command::cargo_bin("storydiff").expect("binary built")
}

/// Runs `export` and asserts the failure contract; returns stderr.
fn fails(args: &[&str], stdin: Vec<u8>) -> String {
    let out = storydiff()
        .arg("export")
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty());
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(!err.contains("panicked"));
    err
}

/// Runs `export --format json` and returns the paragraphs' texts and
/// stderr.
fn paragraphs(args: &[&str]) -> (Vec<String>, String) {
    let out = storydiff()
        .args(["export", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{args:?}: {err}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["paragraphs"].as_array().unwrap().iter())
        .map(|p| p["text"].as_str().unwrap().to_string())
        .collect();
    (texts, err)
}

#[cfg(target_os = "linux")]
#[test]
fn devices_and_proc_files_are_read_within_bounds() {
    for dev in ["/dev/zero", "/dev/urandom"] {
        let err = fails(&[dev, GOOD], Vec::new());
        assert_eq!(
            err.trim(),
            format!("storydiff: {dev}: binary content, not a text report")
        );
    }
    // `/dev/stdin` fed an endless binary stream stops at its head.
    let err = fails(&["/dev/stdin", GOOD], vec![0; 1 << 20]);
    assert!(err.contains("/dev/stdin: binary content"), "{err}");
    // A `/proc` file claims size 0 yet has text: read, not trusted.
    let (texts, _) = paragraphs(&["/proc/self/status", GOOD]);
    assert!(texts.iter().any(|t| t.starts_with("Name:")), "{texts:?}");
}

#[test]
fn stdin_over_the_cap_is_refused_not_cut() {
    let limit = usize::try_from(storydiff::load::MAX_INPUT_BYTES).unwrap();
    let big = b"y\n".repeat(limit / 2 + 1);
    let err = fails(&["-", GOOD], big);
    assert_eq!(
        err.trim(),
        "storydiff: -: larger than the 64 MiB limit on one input (refused, not cut)"
    );
}

#[test]
fn stdin_named_twice_is_an_error() {
    let err = fails(&["-", "-"], b"Some text.\n".to_vec());
    assert_eq!(
        err.trim(),
        "storydiff: -: standard input named more than once (it can be read only once)"
    );
}

#[test]
fn utf16_and_utf32_with_a_byte_order_mark_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "Caf\u{e9} owners protest\n\nThe caf\u{e9} owners of the old town protested on Monday.\n";
    let mut u16 = vec![0xff, 0xfe];
    u16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut u32 = vec![0, 0, 0xfe, 0xff];
    u32.extend(text.chars().flat_map(|c| u32::from(c).to_be_bytes()));
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, u16).unwrap();
    std::fs::write(&b, u32).unwrap();
    let (texts, _) = paragraphs(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(texts[0], "Caf\u{e9} owners protest");
    assert_eq!(texts[2], "Caf\u{e9} owners protest");
    // Without a mark: refused with the conversion to run.
    let c = dir.path().join("c.txt");
    std::fs::write(&c, &std::fs::read(&a).unwrap()[2..]).unwrap();
    let err = fails(&[GOOD, c.to_str().unwrap()], Vec::new());
    assert!(
        err.ends_with(
            "looks like UTF-16LE without a byte-order mark: convert it with \
             `iconv -f UTF-16LE -t UTF-8`\n"
        ),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn escape_sequences_in_file_names_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("x\u{1b}]0;pwned\u{7}.txt");
    std::fs::write(&name, "").unwrap();
    let err = fails(&[GOOD, dir.path().to_str().unwrap()], Vec::new());
    assert!(err.contains("x.txt: empty report"), "{err:?}");
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
    // The same name as a missing file given on the command line.
    let err = fails(&[GOOD, "y\u{9b}2J\u{1b}[31m\nz.txt"], Vec::new());
    assert_eq!(err, "storydiff: y z.txt: no such file or folder\n");
}

#[test]
fn escapes_and_bidi_controls_in_text_are_removed_with_their_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Bridge \u{202e}closed\u{202c} today\n\n\
         Before \u{1b}]0;retitled and the rest stays.\n\n\
         C1 \u{9b}2J clear, \u{1b}P0;c1title\u{1b}\\ dcs, \u{1b}[1;31mred\u{1b}[0m done.\n",
    )
    .unwrap();
    let (texts, err) = paragraphs(&[a.to_str().unwrap(), GOOD]);
    assert_eq!(
        &texts[..3],
        [
            "Bridge closed today",
            "Before retitled and the rest stays.",
            "C1 clear, dcs, red done.",
        ]
    );
    assert_eq!(
        err.trim(),
        format!(
            "storydiff: warning: {}: removed 2 bidirectional controls, 5 terminal escape \
             sequences (the text is shown as it is compared)",
            a.display()
        )
    );
}

#[test]
fn side_by_side_too_narrow_falls_back_to_inline_with_a_note() {
    let a = "assets/000_34bc09b13cc16031.txt";
    let b = "assets/004_0290fbc7ad97d892.txt";
    let text = |width: &str, files: &[&str]| {
        let out = storydiff()
            .args([
                "export", "--format", "text", "--color", "never", "--width", width,
            ])
            .args(files)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let narrow = text("60", &[a, b, b]);
    assert!(narrow.starts_with("(side by side needs "), "{narrow}");
    assert!(!narrow.contains('│'), "no columns: {narrow}");
    // Two reports in 60 columns get 26 each: still side by side.
    let wide = text("60", &[a, b]);
    assert!(!wide.contains("shown inline") && wide.contains('│'));
}

/// `batch -o` holds its temporary file open while it waits for the next
/// cluster on stdin: a signal then must remove it and exit 128 + n, for
/// each of the four signals handled. (`export -o` goes through the same
/// writer and handler, only too fast to catch mid-write.)
#[cfg(unix)]
#[test]
fn a_signal_during_an_o_write_leaves_no_temporary_file() {
    use std::io::Write as _;
    use std::process::Stdio;
    let cluster = std::fs::read_to_string("tests/fixtures/engine/bridge_a.txt").unwrap();
    let line = serde_json::json!({
        "id": "c1",
        "articles": [{"title": "A", "body": cluster}, {"title": "B", "body": cluster}],
    });
    for (sig, name) in [
        (libc::SIGINT, "INT"),
        (libc::SIGTERM, "TERM"),
        (libc::SIGHUP, "HUP"),
        (libc::SIGQUIT, "QUIT"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.jsonl");
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("storydiff"))
            .args(["batch", "-", "-o"])
            .arg(&out)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        // The temporary file exists from the start of the write.
        let temp = || {
            std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().starts_with(".storydiff-"))
        };
        while !temp() {
            assert!(child.try_wait().unwrap().is_none(), "{name}: ended early");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        // SAFETY: kill sends a signal to our own child.
        unsafe { libc::kill(i32::try_from(child.id()).unwrap(), sig) };
        let status = child.wait().unwrap();
        drop(stdin);
        assert_eq!(status.code(), Some(128 + sig), "SIG{name}");
        assert!(!temp(), "SIG{name}: temporary file left");
        assert!(!out.exists(), "SIG{name}: a half-written output");
    }
}

/// Every command that writes to stdout says so when stdout is closed.
#[cfg(unix)]
#[test]
fn a_closed_stdout_is_exit_two_for_every_command() {
    let bin = assert_cmd::cargo::cargo_bin("storydiff");
    let bin = bin.display();
    for cmd in [
        format!("'{bin}' man >&-"),
        format!("'{bin}' completions bash >&-"),
        format!("'{bin}' config >&-"),
        format!("echo '{{\"id\":1,\"articles\":[]}}' | '{bin}' batch - >&-"),
        format!("'{bin}' export --format text {GOOD} {GOOD} >&-"),
    ] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&cmd)
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {err}");
        assert_eq!(
            err.trim(),
            "storydiff: cannot write to stdout: it is closed",
            "{cmd}"
        );
    }
}
