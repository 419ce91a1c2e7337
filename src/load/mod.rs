//! Stage 1: inputs (files, folders, stdin) → [`Article`]s.
//!
//! Format comes from the extension (`.txt`, `.md`, `.json`); stdin and
//! unknown extensions are sniffed (a leading `{` or `[` means JSON). Bytes
//! are checked before parsing so that a bad file gets a precise one-line
//! error instead of garbage: binary content, invalid UTF-8 (with the byte
//! offset), empty reports.

mod error;
mod json;
mod markdown;
mod plain;

use std::io::Read;
use std::path::Path;

pub use error::{LoadError, LoadErrorKind};
pub use plain::{is_meta_line, parse_plain};

use crate::model::Article;

/// Largest input read (a guard against feeding a disk image by mistake).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// How to read an input's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Paragraphs separated by blank lines (or one per line).
    Plain,
    /// `CommonMark`.
    Markdown,
    /// One article object or an array of them.
    Json,
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

/// Loads every input in order: `-` is stdin (read once), a folder gives its
/// report files in name order.
///
/// # Errors
/// The first input that cannot be loaded.
pub fn load_inputs(inputs: &[String], stdin: &mut dyn Read) -> Result<Vec<Article>, LoadError> {
    let mut out = Vec::new();
    for input in inputs {
        if input == "-" {
            let mut bytes = Vec::new();
            stdin
                .take(MAX_INPUT_BYTES)
                .read_to_end(&mut bytes)
                .map_err(|e| LoadError::new("<stdin>", LoadErrorKind::Unreadable(e)))?;
            out.extend(parse_bytes("-", &bytes, Format::Sniff)?);
        } else {
            out.extend(load_path(input)?);
        }
    }
    Ok(out)
}

/// Loads one file or folder.
///
/// # Errors
/// Missing, unreadable, empty, binary or malformed input.
pub fn load_path(input: &str) -> Result<Vec<Article>, LoadError> {
    let path = Path::new(input);
    let meta = std::fs::metadata(path).map_err(|e| io_error(input, e))?;
    if meta.is_dir() {
        return load_dir(input, path);
    }
    let format = Format::from_path(path).ok_or_else(|| {
        let ext = path.extension().map(|e| e.to_string_lossy().into_owned());
        LoadError::new(
            input,
            LoadErrorKind::UnsupportedType(ext.unwrap_or_default()),
        )
    })?;
    if meta.len() > MAX_INPUT_BYTES {
        return Err(LoadError::new(
            input,
            LoadErrorKind::Unreadable(std::io::Error::other("file larger than 256 MiB")),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(input, e))?;
    parse_bytes(input, &bytes, format)
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
fn load_dir(input: &str, path: &Path) -> Result<Vec<Article>, LoadError> {
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
        out.extend(load_path(&f.to_string_lossy())?);
    }
    Ok(out)
}

/// Checks and parses raw bytes named `source`.
///
/// # Errors
/// Binary content, invalid UTF-8, no text, or malformed JSON.
pub fn parse_bytes(source: &str, bytes: &[u8], format: Format) -> Result<Vec<Article>, LoadError> {
    let err = |kind| LoadError::new(source, kind);
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if head.contains(&0) || controls * 10 > head.len().max(1) {
        return Err(err(LoadErrorKind::Binary));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        err(LoadErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
        })
    })?;
    parse_text(source, text, format)
}

/// Parses decoded text.
///
/// # Errors
/// No text, or malformed JSON.
pub fn parse_text(source: &str, text: &str, format: Format) -> Result<Vec<Article>, LoadError> {
    let err = |kind| LoadError::new(source, kind);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(LoadErrorKind::Empty));
    }
    let format = match format {
        Format::Sniff if text.trim_start().starts_with(['{', '[']) => Format::Json,
        Format::Sniff => Format::Plain,
        f => f,
    };
    let articles = match format {
        Format::Json => json::parse_json(source, text).map_err(|m| err(LoadErrorKind::Json(m)))?,
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
