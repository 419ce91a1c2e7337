//! Stage 1: inputs (files, folders, stdin) → [`Article`]s.
//!
//! Format comes from the extension (`.txt`, `.md`, `.json`, `.html`); stdin
//! and unknown extensions are sniffed (a leading `{` or `[` means JSON, a
//! leading `<!DOCTYPE html` or `<html` a web page). Every
//! input is read through one bounded reader ([`read_bounded`]: at most
//! [`MAX_INPUT_BYTES`] per input, [`MAX_TOTAL_BYTES`] in all, refused
//! beyond). Bytes are checked before parsing so that a bad file gets a
//! precise one-line error instead of garbage: binary content, an invalid
//! encoding (with the byte offset), empty reports. Text is sanitised as it
//! enters ([`crate::text::clean_display`]): what is shown is what is
//! compared, and nothing in a report can drive the terminal.

mod error;
mod html;
mod json;
mod markdown;
mod plain;
mod read;
pub mod url;

use std::io::Read;
use std::path::Path;

pub use error::{LoadError, LoadErrorKind};
pub use plain::{is_meta_line, parse_plain};
pub use read::{HEAD_BYTES, MAX_INPUT_BYTES, decode, read_bounded};

use crate::model::Article;
use crate::text::{Removed, clean_line};

/// Largest total of all inputs' bytes.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// How to read an input's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Paragraphs separated by blank lines (or one per line).
    Plain,
    /// `CommonMark`.
    Markdown,
    /// One article object or an array of them.
    Json,
    /// A saved web page (the article found by Readability).
    Html,
    /// Decide from the content.
    Sniff,
}

impl Format {
    /// The format for a file name, `None` for a type storydiff never reads.
    #[must_use]
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("txt" | "text") => Some(Format::Plain),
            Some("md" | "markdown") => Some(Format::Markdown),
            Some("json") => Some(Format::Json),
            Some("html" | "htm") => Some(Format::Html),
            None => Some(Format::Sniff),
            Some(_) => None,
        }
    }
}

/// The bundled sample stories, used when no input is named.
#[must_use]
pub fn samples() -> Vec<Article> {
    const SAMPLES: [(&str, &str); 2] = [
        (
            "assets/000_34bc09b13cc16031.txt",
            include_str!("../../assets/000_34bc09b13cc16031.txt"),
        ),
        (
            "assets/004_0290fbc7ad97d892.txt",
            include_str!("../../assets/004_0290fbc7ad97d892.txt"),
        ),
    ];
    SAMPLES
        .iter()
        .map(|(name, text)| parse_text(name, text, Format::Plain))
        .collect::<Result<Vec<Vec<Article>>, _>>()
        .map(|v| v.into_iter().flatten().collect())
        .unwrap_or_default()
}

/// One plain-text report for a unit test's fixture (panics on a text the
/// loader refuses, which a fixture never is).
#[cfg(test)]
pub(crate) fn test_article(name: &str, text: &str) -> Article {
    parse_text(name, text, Format::Plain)
        .expect("fixture parses")
        .remove(0)
}

/// Loads every input in order: `-` is stdin (read once), a folder gives its
/// report files in name order.
///
/// # Errors
/// The first input that cannot be loaded; `-` named twice; inputs that
/// together exceed [`MAX_TOTAL_BYTES`].
pub fn load_inputs(inputs: &[String], stdin: &mut dyn Read) -> Result<Vec<Article>, LoadError> {
    load_inputs_warning(inputs, stdin, &mut |_| {})
}

/// What the sanitiser removed from one input's text: shown as a warning,
/// so that a reader knows the text on screen is not byte for byte the
/// file (bidi controls reorder what is seen; escapes drive terminals).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanitised {
    /// The input, as named (sanitised).
    pub source: String,
    /// What was removed.
    pub removed: Removed,
}

impl std::fmt::Display for Sanitised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = &self.removed;
        let parts: Vec<String> = [
            (r.bidi, "bidirectional control"),
            (r.sequences, "terminal escape sequence"),
            (r.controls, "control character"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}{}", if *n == 1 { "" } else { "s" }))
        .collect();
        write!(
            f,
            "{}: removed {} (the text is shown as it is compared)",
            self.source,
            parts.join(", ")
        )
    }
}

/// [`load_inputs`], calling `warn` for each input the sanitiser had to
/// change.
///
/// # Errors
/// As [`load_inputs`].
pub fn load_inputs_warning(
    inputs: &[String],
    stdin: &mut dyn Read,
    warn: &mut dyn FnMut(Sanitised),
) -> Result<Vec<Article>, LoadError> {
    load_inputs_fetching(inputs, stdin, warn, &url::FetchOptions::default())
}

/// [`load_inputs_warning`], fetching web addresses (`http://`, `https://`)
/// as `fetch` says.
///
/// # Errors
/// As [`load_inputs`], and a page that cannot be fetched.
pub fn load_inputs_fetching(
    inputs: &[String],
    stdin: &mut dyn Read,
    warn: &mut dyn FnMut(Sanitised),
    fetch: &url::FetchOptions,
) -> Result<Vec<Article>, LoadError> {
    load_inputs_observed(inputs, stdin, warn, fetch, &mut |_, _| {})
}

/// [`load_inputs_fetching`], calling `begin` with each input's index and
/// its (sanitised) name as its reading starts, for a progress display.
///
/// # Errors
/// As [`load_inputs_fetching`].
pub fn load_inputs_observed(
    inputs: &[String],
    stdin: &mut dyn Read,
    warn: &mut dyn FnMut(Sanitised),
    fetch: &url::FetchOptions,
    begin: &mut dyn FnMut(usize, &str),
) -> Result<Vec<Article>, LoadError> {
    if inputs.iter().filter(|i| *i == "-").count() > 1 {
        return Err(LoadError::new("-", LoadErrorKind::StdinTwice));
    }
    let mut budget = Budget {
        left: MAX_TOTAL_BYTES,
    };
    let mut out = Vec::new();
    // Files are read in order, then parsed side by side, a run of files
    // at a time; warnings and the first error come out in input order,
    // as if each file had been parsed before the next was read.
    let mut files: Vec<(&str, Vec<u8>, Format)> = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        begin(i, &clean_line(input));
        if input != "-" && !url::is_url(input) {
            match read_file(input, &mut budget) {
                Ok(Some((bytes, format))) => {
                    files.push((input, bytes, format));
                    continue;
                }
                Ok(None) => {}
                Err(e) => {
                    parse_files(&mut files, warn, &mut out)?;
                    return Err(e);
                }
            }
        }
        parse_files(&mut files, warn, &mut out)?;
        if input == "-" {
            let bytes = budget.read(stdin, "-")?;
            out.extend(parse_counted("-", &bytes, Format::Sniff, warn)?);
        } else if url::is_url(input) {
            let bytes = url::fetch(input, fetch)?;
            budget.left = budget.left.saturating_sub(bytes.len() as u64);
            for mut a in parse_counted(input, &bytes, Format::Html, warn)? {
                a.url.get_or_insert_with(|| clean_line(input));
                out.push(a);
            }
        } else {
            out.extend(load_path_within(input, &mut budget, warn)?);
        }
    }
    parse_files(&mut files, warn, &mut out)?;
    Ok(out)
}

/// Parses the files read so far in parallel and empties `files`: their
/// articles and warnings in input order, or the first file's error.
fn parse_files(
    files: &mut Vec<(&str, Vec<u8>, Format)>,
    warn: &mut dyn FnMut(Sanitised),
    out: &mut Vec<Article>,
) -> Result<(), LoadError> {
    use rayon::prelude::*;
    type Parsed = Result<(Vec<Article>, Vec<Sanitised>), LoadError>;
    let parsed: Vec<Parsed> = files
        .par_iter()
        .map(|(input, bytes, format)| {
            let mut warnings = Vec::new();
            parse_counted(input, bytes, *format, &mut |w| warnings.push(w))
                .map(|articles| (articles, warnings))
        })
        .collect();
    files.clear();
    for result in parsed {
        let (articles, warnings) = result?;
        warnings.into_iter().for_each(&mut *warn);
        out.extend(articles);
    }
    Ok(())
}

/// The bytes and format of a regular file input, read within the
/// budget (what [`load_path_within`] reads before parsing); `None` for a
/// folder, which [`load_path_within`] loads itself.
fn read_file(input: &str, budget: &mut Budget) -> Result<Option<(Vec<u8>, Format)>, LoadError> {
    let path = Path::new(input);
    let meta = std::fs::metadata(path).map_err(|e| io_error(input, e))?;
    if meta.is_dir() {
        return Ok(None);
    }
    let format = Format::from_path(path).ok_or_else(|| {
        let ext = path.extension().map(|e| e.to_string_lossy().into_owned());
        LoadError::new(
            input,
            LoadErrorKind::UnsupportedType(ext.unwrap_or_default()),
        )
    })?;
    // A regular file says its size: refuse it before reading. Devices,
    // FIFOs and `/proc` files say nothing true, so the reader counts.
    if meta.is_file() && meta.len() > MAX_INPUT_BYTES {
        return Err(LoadError::new(
            input,
            LoadErrorKind::TooLarge {
                limit: MAX_INPUT_BYTES,
            },
        ));
    }
    let mut file = std::fs::File::open(path).map_err(|e| io_error(input, e))?;
    let bytes = budget.read(&mut file, input)?;
    Ok(Some((bytes, format)))
}

/// What is left of the bytes all inputs may take together.
struct Budget {
    left: u64,
}

impl Budget {
    /// Reads one input within both the per-input and the total limit.
    fn read(&mut self, r: &mut dyn Read, source: &str) -> Result<Vec<u8>, LoadError> {
        let cap = MAX_INPUT_BYTES.min(self.left);
        let bytes = read_bounded(r, source, cap).map_err(|mut e| {
            if matches!(e.kind, LoadErrorKind::TooLarge { .. }) && cap < MAX_INPUT_BYTES {
                e.kind = LoadErrorKind::TooLargeInAll {
                    limit: MAX_TOTAL_BYTES,
                };
            }
            e
        })?;
        self.left -= bytes.len() as u64;
        Ok(bytes)
    }
}

/// Loads one file or folder.
///
/// # Errors
/// Missing, unreadable, empty, binary, oversized or malformed input.
pub fn load_path(input: &str) -> Result<Vec<Article>, LoadError> {
    load_path_within(
        input,
        &mut Budget {
            left: MAX_TOTAL_BYTES,
        },
        &mut |_| {},
    )
}

fn load_path_within(
    input: &str,
    budget: &mut Budget,
    warn: &mut dyn FnMut(Sanitised),
) -> Result<Vec<Article>, LoadError> {
    let path = Path::new(input);
    match read_file(input, budget)? {
        Some((bytes, format)) => parse_counted(input, &bytes, format, warn),
        None => load_dir(input, path, budget, warn),
    }
}

/// [`parse_bytes`], reporting what the sanitiser removes.
fn parse_counted(
    source: &str,
    bytes: &[u8],
    format: Format,
    warn: &mut dyn FnMut(Sanitised),
) -> Result<Vec<Article>, LoadError> {
    let text = decode(bytes).map_err(|kind| LoadError::new(source, kind))?;
    let articles = parse_text(source, &text, format)?;
    let removed = crate::text::removed(&text);
    if !removed.is_empty() {
        warn(Sanitised {
            source: clean_line(source),
            removed,
        });
    }
    Ok(articles)
}

fn io_error(input: &str, e: std::io::Error) -> LoadError {
    let kind = if e.kind() == std::io::ErrorKind::NotFound {
        LoadErrorKind::NotFound
    } else {
        LoadErrorKind::Unreadable(e)
    };
    LoadError::new(input, kind)
}

/// Files in a folder that are reports: known extensions, not hidden, and not
/// the folder's own notes (README, LICENSE, SOURCES).
fn load_dir(
    input: &str,
    path: &Path,
    budget: &mut Budget,
    warn: &mut dyn FnMut(Sanitised),
) -> Result<Vec<Article>, LoadError> {
    let entries = std::fs::read_dir(path).map_err(|e| io_error(input, e))?;
    let mut files: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let upper = name.to_ascii_uppercase();
            !name.starts_with('.')
                && !["README", "LICENSE", "SOURCES"]
                    .iter()
                    .any(|n| upper.starts_with(n))
                && p.extension().is_some()
                && Format::from_path(p).is_some()
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(LoadError::new(input, LoadErrorKind::NoReports));
    }
    let mut out = Vec::new();
    for f in files {
        out.extend(load_path_within(&f.to_string_lossy(), budget, warn)?);
    }
    Ok(out)
}

/// Checks, decodes and parses raw bytes named `source`.
///
/// # Errors
/// Binary content, an invalid encoding, no text, or malformed JSON.
pub fn parse_bytes(source: &str, bytes: &[u8], format: Format) -> Result<Vec<Article>, LoadError> {
    let text = decode(bytes).map_err(|kind| LoadError::new(source, kind))?;
    parse_text(source, &text, format)
}

/// Parses decoded text.
///
/// # Errors
/// No text, or malformed JSON.
pub fn parse_text(source: &str, text: &str, format: Format) -> Result<Vec<Article>, LoadError> {
    let err = |kind| LoadError::new(source, kind);
    // Names reach terminals and exports like the text does.
    let source = clean_line(source);
    let source = source.as_str();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(LoadErrorKind::Empty));
    }
    let format = match format {
        Format::Sniff if text.trim_start().starts_with(['{', '[']) => Format::Json,
        Format::Sniff if html::looks_like_html(text) => Format::Html,
        Format::Sniff => Format::Plain,
        f => f,
    };
    let articles = match format {
        Format::Json => json::parse_json(source, text).map_err(|m| err(LoadErrorKind::Json(m)))?,
        Format::Html => {
            vec![html::parse_html(source, text).map_err(|m| err(LoadErrorKind::Html(m)))?]
        }
        Format::Markdown => {
            let (paragraphs, _) = markdown::parse_markdown(text);
            vec![Article {
                source: source.to_string(),
                paragraphs,
                ..Article::default()
            }]
        }
        Format::Plain | Format::Sniff => vec![Article {
            source: source.to_string(),
            paragraphs: parse_plain(text, true),
            ..Article::default()
        }],
    };
    if articles.iter().any(|a| a.paragraphs.is_empty()) {
        return Err(err(LoadErrorKind::Empty));
    }
    Ok(articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_checks_name_the_problem() {
        let e = parse_bytes("x.txt", b"abc\0def", Format::Plain).unwrap_err();
        assert_eq!(e.to_string(), "x.txt: binary content, not a text report");
        let e = parse_bytes("y.txt", b"ok \xff no", Format::Plain).unwrap_err();
        assert_eq!(e.to_string(), "y.txt: invalid UTF-8 at byte offset 3");
        let e = parse_bytes("z.txt", b"  \n\n ", Format::Plain).unwrap_err();
        assert_eq!(e.to_string(), "z.txt: empty report (no text)");
    }

    #[test]
    fn crlf_and_bom_are_handled() {
        let a = parse_bytes(
            "w.txt",
            b"\xef\xbb\xbfTitle\r\n\r\nBody one.\r\n",
            Format::Sniff,
        )
        .unwrap();
        assert_eq!(a[0].title(), Some("Title"));
        assert_eq!(a[0].paragraphs[1].text, "Body one.");
    }

    #[test]
    fn samples_load_with_titles() {
        let s = samples();
        assert_eq!(s.len(), 2);
        assert_eq!(
            s[0].title(),
            Some("Trump declares US-Russia relations may be at 'all-time low'")
        );
        assert_eq!(
            s[1].title(),
            Some("US-Russia relations at 'all-time low' after Syria attacks")
        );
    }
}
