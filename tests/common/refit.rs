//! The check behind every generated table's test: a refit from the data
//! beside the checkout reproduces the table in the source, up to its `//!`
//! header and whitespace. The data is `../shared`; a checkout without it
//! skips the check with a note instead of failing.

use std::path::{Path, PathBuf};

/// `../shared` when `needed` (a path inside it) exists; otherwise `None`,
/// after a note saying the check is skipped.
pub fn shared_with(needed: &str) -> Option<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if shared.join(needed).exists() {
        return Some(shared);
    }
    eprintln!(
        "note: {} has no {needed}; the table reproduction check is skipped",
        shared.display()
    );
    None
}

/// Fails unless `fresh`, the refitted table, is the table in `table_file`
/// (relative to the package root), naming the example that refits it.
pub fn assert_reproduced(table_file: &str, fresh: &str, example: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(table_file);
    let current =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        body(&current),
        body(fresh),
        "{table_file} is stale: refit with `cargo run --release --example {example} -- --write`"
    );
}

/// The table without its `//!` header, its words joined by single spaces:
/// the file in the source is rustfmt-formatted, a fresh render is not.
fn body(source: &str) -> String {
    source
        .lines()
        .filter(|l| !l.starts_with("//!"))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}
