//! Web addresses (`http://`, `https://`) → the page's bytes, read as a
//! saved page (see `load/html.rs`).
//!
//! Guarantees: one blocking request per address with a User-Agent that
//! names storydiff; the whole fetch (connect, redirects, body) ends within
//! [`FetchOptions::timeout`]; at most [`FetchOptions::max_redirects`]
//! redirects are followed; at most [`FetchOptions::max_bytes`] are read
//! (through the same bounded reader as files); only `text/html` and
//! `application/xhtml+xml` are read. Every failure is one line naming the
//! address. With a cache folder, a page fetched once is read from there
//! afterwards, so a comparison can be reopened offline.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{LoadError, LoadErrorKind, read_bounded};

/// How pages are fetched.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Longest a whole fetch may take.
    pub timeout: Duration,
    /// Most redirects followed.
    pub max_redirects: u32,
    /// Largest page read, in bytes.
    pub max_bytes: u64,
    /// Folder keeping fetched pages (read before fetching).
    pub cache: Option<PathBuf>,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            max_redirects: 5,
            max_bytes: 10 * 1024 * 1024,
            cache: None,
        }
    }
}

/// The User-Agent sent with every request.
pub const USER_AGENT: &str = concat!(
    "storydiff/",
    env!("CARGO_PKG_VERSION"),
    " (news report comparison; +https://crates.io/crates/storydiff)"
);

/// Whether an input names a web address rather than a file.
#[must_use]
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The page at `url`: from the cache when it is there, else fetched (and
/// then kept in the cache).
///
/// # Errors
/// A [`LoadErrorKind::Fetch`] naming the problem (status, timeout,
/// redirects, content type, size, network), or the cache cannot be
/// written.
pub fn fetch(url: &str, opts: &FetchOptions) -> Result<Vec<u8>, LoadError> {
    let err = |m: String| LoadError::new(url, LoadErrorKind::Fetch(m));
    let cached = opts.cache.as_deref().map(|dir| cache_path(dir, url));
    if let Some(bytes) = cached.as_deref().and_then(|p| std::fs::read(p).ok()) {
        return Ok(bytes);
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .max_redirects(opts.max_redirects)
        .user_agent(USER_AGENT)
        .http_status_as_error(false)
        .build()
        .into();
    let resp = agent.get(url).call().map_err(|e| err(describe(&e)))?;
    let status = resp.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(err(format!("HTTP {} {reason}", status.as_u16())
            .trim_end()
            .to_string()));
    }
    let kind = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mime = kind.split(';').next().unwrap_or("").trim();
    if !matches!(mime, "text/html" | "application/xhtml+xml") {
        let shown = if mime.is_empty() { "none" } else { mime };
        return Err(err(format!("not a web page (content type {shown})")));
    }
    let mut body = resp.into_body().into_reader();
    let bytes = read_bounded(&mut body, url, opts.max_bytes).map_err(|e| match e.kind {
        LoadErrorKind::Unreadable(io) => err(describe_io(&io)),
        LoadErrorKind::TooLarge { limit } => err(format!("page over {limit} bytes")),
        _ => e,
    })?;
    if let Some(p) = cached {
        write_cache(&p, &bytes)
            .map_err(|e| err(format!("cannot write the cache file {}: {e}", p.display())))?;
    }
    Ok(bytes)
}

/// One line for a request that failed.
fn describe(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(_) => "timed out".into(),
        ureq::Error::TooManyRedirects => "too many redirects".into(),
        ureq::Error::Io(io) => describe_io(io),
        other => other.to_string(),
    }
}

fn describe_io(io: &std::io::Error) -> String {
    // ureq reports a timeout while reading the body as an I/O error.
    if matches!(
        io.kind(),
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
    ) || io.to_string().contains("timeout")
    {
        "timed out".into()
    } else {
        io.to_string()
    }
}

/// The cache file of `url`: a stable 64-bit FNV-1a hash of the address,
/// so the same address finds the same file on every run and platform.
#[must_use]
pub fn cache_path(dir: &Path, url: &str) -> PathBuf {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in url.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    dir.join(format!("{h:016x}.html"))
}

/// Writes a cache file whole or not at all (a temporary file, then a
/// rename), creating the folder when needed.
fn write_cache(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_files() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("http.txt"));
        assert!(!is_url("ftp://x"));
    }

    #[test]
    fn cache_names_are_stable() {
        let p = cache_path(Path::new("c"), "https://example.org/a");
        assert_eq!(p, cache_path(Path::new("c"), "https://example.org/a"));
        assert_ne!(p, cache_path(Path::new("c"), "https://example.org/b"));
        assert_eq!(p.extension().unwrap(), "html");
    }
}
