//! How every fitter hands over its generated table: printed, or with
//! `--write` written over the table file in the source (relative to the
//! package root); a write that fails is a one-line error and exit 2.

use std::path::PathBuf;
use std::process::ExitCode;

/// Writes `text` to `table_file` when `write`, else prints it.
pub fn write_or_print(program: &str, table_file: &str, text: &str, write: bool) -> ExitCode {
    if !write {
        print!("{text}");
        return ExitCode::SUCCESS;
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(table_file);
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("{program}: {}: {e}", path.display());
        return ExitCode::from(2);
    }
    eprintln!("wrote {}", path.display());
    ExitCode::SUCCESS
}
