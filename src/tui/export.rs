//! The export key: the current view (the shown reports, at the screen's
//! width) written by the same exporters the CLI uses, in the format the
//! file name's extension asks for (`.txt` side-by-side text, `.md`,
//! `.html`, `.json`; text for any other), through the atomic file writer,
//! which refuses to replace a file unless told to. `~` at the start of the
//! name is the home folder, as in a shell. The TUI has no renderer of its
//! own. The output streams to the file (never held whole), and a cancel
//! flag stops it between two writes, leaving no file behind.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::Comparison;
use crate::export::file::{Format, Overwrite, WriteFileError, write_atomic_with};
use crate::export::text::{Layout, Styling, TextOptions};
use crate::view::ViewModel;

/// `~` or `~/…` expanded to the home folder (`$HOME`); anything else as is.
pub fn expand_home(path: &str) -> PathBuf {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty());
    match (path, home) {
        ("~", Some(h)) => PathBuf::from(h),
        (p, Some(h)) if p.starts_with("~/") => PathBuf::from(h).join(&p[2..]),
        (p, _) => PathBuf::from(p),
    }
}

/// Counts the lines written through it, and fails the next write once
/// `cancel` is set.
struct Counting<'a> {
    inner: &'a mut dyn Write,
    lines: usize,
    cancel: &'a AtomicBool,
}

impl Write for Counting<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            // (Not `Interrupted`: `write_all` would retry it for ever.)
            return Err(io::Error::other("export cancelled"));
        }
        let n = self.inner.write(buf)?;
        #[allow(clippy::naive_bytecount)] // a pass over bytes being written anyway
        let newlines = buf[..n].iter().filter(|&&b| b == b'\n').count();
        self.lines += newlines;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes `view` (of `cmp`) to `path` in the format its extension names,
/// text `width` columns wide; an existing file is replaced only when
/// `overwrite` (the user said so). Returns what was written ("text, 120
/// lines"), for the status bar. Setting `cancel` stops the writing.
///
/// # Errors
/// [`WriteFileError::Exists`] when the file exists and `overwrite` is
/// false (the caller asks the user); a folder, a device, any I/O failure,
/// a cancel.
pub fn write(
    cmp: &Comparison,
    view: &ViewModel,
    width: usize,
    path: &Path,
    overwrite: bool,
    cancel: &AtomicBool,
) -> Result<String, WriteFileError> {
    let format = Format::from_path(path).unwrap_or(Format::Text);
    let mode = if overwrite {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    let mut lines = 0;
    write_atomic_with(path, mode, |out| {
        let mut buf = Counting {
            inner: out,
            lines: 0,
            cancel,
        };
        match format {
            Format::Text => {
                let options = TextOptions {
                    layout: Layout::SideBySide,
                    width,
                    styling: Styling::Markers,
                    only_differences: false,
                };
                crate::export::text::write(view, &options, &mut buf)?;
            }
            Format::Markdown => crate::export::markdown::write(view, &mut buf)?,
            Format::Html => crate::export::html::write(view, &mut buf)?,
            Format::Json => crate::export::json::write(cmp, &mut buf)?,
        }
        lines = buf.lines;
        Ok(())
    })?;
    let name = match format {
        Format::Text => "text",
        Format::Markdown => "Markdown",
        Format::Html => "HTML",
        Format::Json => "JSON",
    };
    Ok(format!("{name}, {lines} lines,"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tilde_is_home() {
        let home = std::env::var("HOME").unwrap_or_default();
        if home.is_empty() {
            return;
        }
        assert_eq!(expand_home("~/x.md"), PathBuf::from(&home).join("x.md"));
        assert_eq!(expand_home("~"), PathBuf::from(&home));
        assert_eq!(expand_home("a~/b"), PathBuf::from("a~/b"));
    }
}
