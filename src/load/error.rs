//! The one error type of loading: which input, and what is wrong with it.

use std::fmt;

/// A report that could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    /// The input as the user named it.
    pub path: String,
    /// What went wrong.
    pub kind: LoadErrorKind,
}

/// What went wrong while loading one input.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// No file or folder at that path.
    NotFound,
    /// The operating system refused to read it.
    Unreadable(std::io::Error),
    /// A folder with no `.txt`, `.md` or `.json` files in it.
    NoReports,
    /// The file holds no text (empty or only whitespace).
    Empty,
    /// The file looks binary (NUL bytes or mostly control characters).
    Binary,
    /// The bytes are not UTF-8; the offset of the first bad byte.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// JSON that does not parse or has no article text.
    Json(String),
    /// A file type storydiff does not read.
    UnsupportedType(String),
}

impl LoadError {
    /// Builds an error for `path`.
    pub fn new(path: impl Into<String>, kind: LoadErrorKind) -> Self {
        LoadError {
            path: path.into(),
            kind,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.kind {
            LoadErrorKind::NotFound => write!(f, "no such file or folder"),
            LoadErrorKind::Unreadable(e) => write!(f, "cannot read: {e}"),
            LoadErrorKind::NoReports => {
                write!(f, "folder has no report files (.txt, .md, .json)")
            }
            LoadErrorKind::Empty => write!(f, "empty report (no text)"),
            LoadErrorKind::Binary => write!(f, "binary content, not a text report"),
            LoadErrorKind::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte offset {offset}")
            }
            LoadErrorKind::Json(m) => write!(f, "invalid JSON article: {m}"),
            LoadErrorKind::UnsupportedType(ext) => write!(
                f,
                "unsupported file type '.{ext}' (expected .txt, .md or .json)"
            ),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            LoadErrorKind::Unreadable(e) => Some(e),
            _ => None,
        }
    }
}
