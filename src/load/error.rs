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
    /// The bytes are not valid in their encoding (UTF-8, or UTF-16/32
    /// named by a byte-order mark).
    InvalidEncoding {
        /// The encoding the bytes were read as.
        encoding: &'static str,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// UTF-16 text without a byte-order mark (the byte order is named).
    Utf16WithoutBom(&'static str),
    /// More bytes than the limit on one input (or on all inputs); the
    /// input is refused rather than cut.
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The inputs together hold more bytes than the limit on all inputs.
    TooLargeInAll {
        /// The limit, in bytes.
        limit: u64,
    },
    /// Standard input (`-`) named more than once.
    StdinTwice,
    /// JSON that does not parse or has no article text.
    Json(String),
    /// A web page with no article found in it.
    Html(String),
    /// A web address that could not be fetched, and why.
    Fetch(String),
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

/// A byte count as the user would write it: whole MiB when it is one.
fn bytes(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else {
        format!("{n}-byte")
    }
}

impl fmt::Display for LoadError {
    /// One line, sanitised: a file name can hold escape sequences or
    /// newlines, and this message goes to a terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::clean_line(&self.message()))
    }
}

impl LoadError {
    fn message(&self) -> String {
        use std::fmt::Write as _;
        let mut f = format!("{}: ", self.path);
        match &self.kind {
            LoadErrorKind::NotFound => write!(f, "no such file or folder"),
            LoadErrorKind::Unreadable(e) => write!(f, "cannot read: {e}"),
            LoadErrorKind::NoReports => {
                write!(f, "folder has no report files (.txt, .md, .json, .html)")
            }
            LoadErrorKind::Empty => write!(f, "empty report (no text)"),
            LoadErrorKind::Binary => write!(f, "binary content, not a text report"),
            LoadErrorKind::InvalidEncoding { encoding, offset } => {
                write!(f, "invalid {encoding} at byte offset {offset}")
            }
            LoadErrorKind::Utf16WithoutBom(order) => write!(
                f,
                "looks like {order} without a byte-order mark: convert it with \
                 `iconv -f {order} -t UTF-8`"
            ),
            LoadErrorKind::TooLarge { limit } => write!(
                f,
                "larger than the {} limit on one input (refused, not cut)",
                bytes(*limit)
            ),
            LoadErrorKind::TooLargeInAll { limit } => write!(
                f,
                "the inputs up to this one hold more than the {} limit on all inputs",
                bytes(*limit)
            ),
            LoadErrorKind::StdinTwice => write!(
                f,
                "standard input named more than once (it can be read only once)"
            ),
            LoadErrorKind::Json(m) => write!(f, "invalid JSON article: {m}"),
            LoadErrorKind::Html(m) => write!(f, "web page: {m}"),
            LoadErrorKind::Fetch(m) => write!(f, "{m}"),
            LoadErrorKind::UnsupportedType(ext) => write!(
                f,
                "unsupported file type '.{ext}' (expected .txt, .md, .json or .html)"
            ),
        }
        .expect("writing to a String cannot fail");
        f
    }
}

/// No `source()`: the message already ends with the operating system's
/// reason, and a chain printer (`{:#}`) would repeat it.
impl std::error::Error for LoadError {}
