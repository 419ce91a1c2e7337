//! The export key: the current view (the shown reports, at the screen's
//! width) written as side-by-side text by the same exporter the CLI uses,
//! through its atomic file writer, which refuses to replace a file unless
//! told to. The TUI has no text renderer of its own.

use std::path::Path;

use crate::export::file::{Overwrite, WriteFileError, write_atomic};
use crate::export::text::{Layout, Styling, TextOptions, write as write_text};
use crate::view::ViewModel;

/// Writes `view` as plain side-by-side text, `width` columns wide, to
/// `path`; an existing file is replaced only when `overwrite` (the user
/// said so). Returns the number of lines written.
///
/// # Errors
/// [`WriteFileError::Exists`] when the file exists and `overwrite` is
/// false (the caller asks the user); any I/O failure.
pub fn write(
    view: &ViewModel,
    width: usize,
    path: &Path,
    overwrite: bool,
) -> Result<usize, WriteFileError> {
    let options = TextOptions {
        layout: Layout::SideBySide,
        width,
        styling: Styling::Markers,
    };
    let mut text = Vec::new();
    write_text(view, &options, &mut text).map_err(|source| WriteFileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mode = if overwrite {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    write_atomic(path, &text, mode)?;
    Ok(String::from_utf8_lossy(&text).lines().count())
}
