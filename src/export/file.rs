//! Writing an export to a file: atomically (a temporary file in the same
//! folder, then a rename), and never over an existing file unless asked.

use std::io::Write;
use std::path::{Path, PathBuf};

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse: the caller asks the user first.
    Refuse,
    /// Replace it (atomically).
    Replace,
}

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteFileError {
    /// The target exists and overwriting was not allowed.
    #[error("{}: already exists (use --force to replace it)", .0.display())]
    Exists(PathBuf),
    /// The file system refused.
    #[error("{}: cannot write: {source}", path.display())]
    Io {
        /// The target.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// so that a reader never sees half a file and a failure leaves the old
/// one in place.
///
/// # Errors
/// The file exists and `overwrite` is [`Overwrite::Refuse`], or any I/O
/// error.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), WriteFileError> {
    let io = |source| WriteFileError::Io {
        path: path.to_path_buf(),
        source,
    };
    if overwrite == Overwrite::Refuse && path.exists() {
        return Err(WriteFileError::Exists(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".storydiff-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    // Temporary files are private (0600); the export is an ordinary file:
    // keep the permissions of the file it replaces, else rw-r--r--.
    let perms = match std::fs::metadata(path) {
        Ok(m) => Some(m.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(perms) = perms {
        tmp.as_file().set_permissions(perms).map_err(io)?;
    }
    tmp.as_file().sync_all().map_err(io)?;
    match overwrite {
        // `persist_noclobber` fails rather than replace a file created
        // between the check above and now.
        Overwrite::Refuse => tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                WriteFileError::Exists(path.to_path_buf())
            } else {
                io(e.error)
            }
        })?,
        Overwrite::Replace => tmp.persist(path).map_err(|e| io(e.error))?,
    };
    Ok(())
}

/// Permissions of a new export file (rw-r--r--; the umask is not
/// consulted).
#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)] // `None` on other platforms.
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a temporary file already has ordinary permissions.
#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_then_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        write_atomic(&p, b"one", Overwrite::Refuse).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        let e = write_atomic(&p, b"two", Overwrite::Refuse).unwrap_err();
        assert!(matches!(e, WriteFileError::Exists(_)));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        write_atomic(&p, b"two", Overwrite::Replace).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.txt"]);
    }

    #[test]
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("no/such/out.txt");
        let e = write_atomic(&p, b"x", Overwrite::Refuse).unwrap_err();
        assert!(e.to_string().contains("cannot write"), "{e}");
    }
}
