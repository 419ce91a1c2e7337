//! Writing an export to a file: atomically (a temporary file in the same
//! folder as the target, then a rename), never over an existing file unless
//! asked, through a symlink to its target, and never over a folder or a
//! device. The format follows the file's extension ([`Format::from_path`]).
//!
//! A temporary file exists only while it is written; its path is kept in a
//! list that [`remove_pending`] empties, so a signal handler can delete it
//! before the program ends. Error messages name the target, never the
//! temporary file, and say the cause once.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (side by side, inline or report).
    Text,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// The JSON contract.
    Json,
}

impl Format {
    /// Extensions each format is recognised by, first the one to suggest.
    pub const EXTENSIONS: [(Format, &'static [&'static str]); 4] = [
        (Format::Text, &["txt", "text"]),
        (Format::Markdown, &["md", "markdown"]),
        (Format::Html, &["html", "htm"]),
        (Format::Json, &["json"]),
    ];

    /// The format a file name asks for by its extension (any case).
    pub fn from_path(p: &Path) -> Option<Self> {
        let ext = p.extension()?.to_str()?.to_ascii_lowercase();
        Self::EXTENSIONS
            .iter()
            .find(|(_, exts)| exts.contains(&ext.as_str()))
            .map(|(f, _)| *f)
    }

    /// ".txt, .md, .html or .json", for messages.
    pub fn known_extensions() -> String {
        let first: Vec<String> = Self::EXTENSIONS
            .iter()
            .map(|(_, e)| format!(".{}", e[0]))
            .collect();
        format!("{} or {}", first[..3].join(", "), first[3])
    }
}

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse: the caller asks the user first.
    Refuse,
    /// Replace it (atomically).
    Replace,
}

/// Why a file was not written. Each message starts with the path the user
/// gave and says the cause once.
#[derive(Debug, thiserror::Error)]
pub enum WriteFileError {
    /// The target exists and overwriting was not allowed.
    #[error("{}: already exists (use --force to replace it)", .0.display())]
    Exists(PathBuf),
    /// The target is a folder.
    #[error("{}: is a folder: give a file name", .0.display())]
    Folder(PathBuf),
    /// The target is a device, socket or pipe: never replaced.
    #[error("{}: is not a regular file (a device, pipe or socket): not replaced", .0.display())]
    NotRegular(PathBuf),
    /// The folder to write in does not exist.
    #[error("{}: cannot write: folder {} does not exist", path.display(), dir.display())]
    NoFolder {
        /// The target.
        path: PathBuf,
        /// Its missing folder.
        dir: PathBuf,
    },
    /// The file system refused.
    #[error("{}: cannot write: {}", path.display(), describe(error))]
    Io {
        /// The target.
        path: PathBuf,
        /// The cause (not a `source`: the message already says it).
        error: io::Error,
    },
}

impl WriteFileError {
    /// An I/O failure while writing `path`.
    pub fn io(path: &Path, error: io::Error) -> Self {
        WriteFileError::Io {
            path: path.to_path_buf(),
            error,
        }
    }
}

/// An I/O error in words, without the file names some wrappers add (the
/// temporary file's): the operating system's message when there is one.
fn describe(e: &io::Error) -> String {
    let text = match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code).to_string(),
        None => io::Error::from(e.kind()).to_string(),
    };
    // "No such file or directory (os error 2)" → "no such file or directory".
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// Temporary files being written, removed by [`remove_pending`].
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Deletes every temporary file still being written: for a signal
/// handler, just before the program ends.
pub fn remove_pending() {
    if let Ok(mut list) = PENDING.lock() {
        for p in list.drain(..) {
            let _ = std::fs::remove_file(p);
        }
    }
}

fn track(p: &Path, on: bool) {
    if let Ok(mut list) = PENDING.lock() {
        if on {
            list.push(p.to_path_buf());
        } else {
            list.retain(|x| x != p);
        }
    }
}

/// The file to write for `path`: the path itself, or the file a symlink
/// points to (so the link stays a link). Refuses folders and anything that
/// is not a regular file, and an existing file under `Refuse`.
///
/// # Errors
/// See [`WriteFileError`].
pub fn target(path: &Path, overwrite: Overwrite) -> Result<PathBuf, WriteFileError> {
    let given = path.to_path_buf();
    if path.as_os_str().to_string_lossy().ends_with(['/', '\\']) || path.is_dir() {
        return Err(WriteFileError::Folder(given));
    }
    let mut real = path.to_path_buf();
    // Follow a chain of links, even to a target that does not exist yet.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&real) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&real).map_err(|e| WriteFileError::io(path, e))?;
                real = match real.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            Ok(m) if m.is_dir() => return Err(WriteFileError::Folder(given)),
            Ok(m) if !m.is_file() => return Err(WriteFileError::NotRegular(given)),
            Ok(_) if overwrite == Overwrite::Refuse => return Err(WriteFileError::Exists(given)),
            Ok(_) => return Ok(real),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let dir = folder(&real);
                if !dir.is_dir() {
                    return Err(WriteFileError::NoFolder {
                        path: given,
                        dir: dir.to_path_buf(),
                    });
                }
                return Ok(real);
            }
            Err(e) => return Err(WriteFileError::io(path, e)),
        }
    }
    Err(WriteFileError::io(
        path,
        io::Error::other("too many levels of symbolic links"),
    ))
}

fn folder(p: &Path) -> &Path {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` atomically; see [`write_atomic_with`].
///
/// # Errors
/// See [`WriteFileError`].
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), WriteFileError> {
    write_atomic_with(path, overwrite, |w| w.write_all(bytes))
}

/// Streams `write`'s output to `path` through a temporary file in the
/// target's folder, so that a reader never sees half a file and a failure
/// leaves the old one in place. A symlink is written through to its
/// target; folders and devices are refused.
///
/// # Errors
/// The file exists and `overwrite` is [`Overwrite::Refuse`], the target is
/// a folder or not a regular file, or any I/O error (`write`'s included).
pub fn write_atomic_with(
    path: &Path,
    overwrite: Overwrite,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteFileError> {
    let real = target(path, overwrite)?;
    let io = |e| WriteFileError::io(path, e);
    let tmp = tempfile::Builder::new()
        .prefix(".storydiff-")
        .suffix(".tmp")
        .tempfile_in(folder(&real))
        .map_err(io)?;
    track(tmp.path(), true);
    let tmp_path = tmp.path().to_path_buf();
    let result = fill(tmp, &real, overwrite, write).map_err(|e| match e {
        Persist::Io(e) => io(e),
        Persist::Exists => WriteFileError::Exists(path.to_path_buf()),
    });
    track(&tmp_path, false);
    result
}

enum Persist {
    Io(io::Error),
    Exists,
}

impl From<io::Error> for Persist {
    fn from(e: io::Error) -> Self {
        Persist::Io(e)
    }
}

fn fill(
    tmp: tempfile::NamedTempFile,
    real: &Path,
    overwrite: Overwrite,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Persist> {
    let mut out = io::BufWriter::new(tmp);
    write(&mut out)?;
    let tmp = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    // Temporary files are private (0600); the export is an ordinary file:
    // keep the permissions of the file it replaces, else rw-r--r--.
    let perms = match std::fs::metadata(real) {
        Ok(m) => Some(m.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(perms) = perms {
        tmp.as_file().set_permissions(perms)?;
    }
    tmp.as_file().sync_all()?;
    match overwrite {
        // `persist_noclobber` fails rather than replace a file created
        // between the check and now.
        Overwrite::Refuse => tmp.persist_noclobber(real).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                Persist::Exists
            } else {
                Persist::Io(e.error)
            }
        })?,
        Overwrite::Replace => tmp.persist(real).map_err(|e| Persist::Io(e.error))?,
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

    /// `remove_pending` empties the one process-wide list: tests that
    /// write take turns so that one cannot remove another's file.
    static TURN: Mutex<()> = Mutex::new(());

    fn turn() -> std::sync::MutexGuard<'static, ()> {
        TURN.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn refuses_then_replaces() {
        let _turn = turn();
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
        assert_eq!(names(dir.path()), ["out.txt"]);
    }

    #[test]
    fn missing_folder_is_one_clear_error() {
        let _turn = turn();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("no/such/out.txt");
        let e = write_atomic(&p, b"x", Overwrite::Refuse).unwrap_err();
        let msg = e.to_string();
        assert!(msg.ends_with("no/such does not exist"), "{msg}");
        assert!(!msg.contains(".storydiff-"), "{msg}");
    }

    #[test]
    fn a_folder_is_refused_even_with_force() {
        let _turn = turn();
        let dir = tempfile::tempdir().unwrap();
        for p in [dir.path().to_path_buf(), dir.path().join("sub/")] {
            let e = write_atomic(&p, b"x", Overwrite::Replace).unwrap_err();
            assert!(
                matches!(
                    e,
                    WriteFileError::Folder(_) | WriteFileError::NoFolder { .. }
                ),
                "{e}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_written_through_and_a_device_refused() {
        let _turn = turn();
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("real.txt", &link).unwrap();
        write_atomic(&link, b"new", Overwrite::Replace).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(names(dir.path()), ["link.txt", "real.txt"]);
        let e = write_atomic(Path::new("/dev/null"), b"x", Overwrite::Replace).unwrap_err();
        assert!(matches!(e, WriteFileError::NotRegular(_)), "{e}");
    }

    #[test]
    fn pending_temporary_files_are_removed_on_request() {
        // What a signal handler does mid-write: the temporary file goes,
        // the target is not created, nothing is left behind.
        let _turn = turn();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        let r = write_atomic_with(&p, Overwrite::Refuse, |w| {
            w.write_all(b"half")?;
            assert_eq!(names(dir.path()).len(), 1, "the temporary file exists");
            remove_pending();
            assert!(names(dir.path()).is_empty(), "and is gone");
            Ok(())
        });
        assert!(r.is_err());
        assert!(names(dir.path()).is_empty());
    }

    #[test]
    fn format_by_extension() {
        assert_eq!(Format::from_path(Path::new("a.MD")), Some(Format::Markdown));
        assert_eq!(Format::from_path(Path::new("a.htm")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("a.xyz")), None);
        assert_eq!(Format::known_extensions(), ".txt, .md, .html or .json");
    }
}
