//! The export key: the current view written as text by the exporter the
//! CLI uses (the TUI has no text renderer of its own), atomically (a
//! temporary file in the same folder, then a rename) so that a failed
//! write never leaves half a file.

use std::io::{self, Write};
use std::path::Path;

use crate::Comparison;
use crate::view::ViewModel;

/// Writes `view` as side-by-side text `width` columns wide to `path`,
/// replacing it if it exists (the caller asked the user). Returns the
/// number of lines written.
///
/// # Errors
/// The folder is not writable, the disk is full, and the like.
pub fn write(cmp: &Comparison, view: &ViewModel, width: usize, path: &Path) -> io::Result<usize> {
    let _ = cmp;
    let text = render(view, width)?;
    write_atomic(path, &text)?;
    Ok(String::from_utf8_lossy(&text).lines().count())
}

fn render(view: &ViewModel, width: usize) -> io::Result<Vec<u8>> {
    let _ = (view, width);
    Err(io::Error::other("the text exporter is not merged yet"))
}

/// Writes `bytes` to a temporary file next to `path`, then renames it over
/// `path`.
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
