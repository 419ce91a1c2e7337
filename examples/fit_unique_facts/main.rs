//! Fits the unique-sentence model and writes its weights table.
//!
//! ```sh
//! cargo run --release --example fit_unique_facts -- [--shared ../shared] [--write] [--dump FILE]
//! ```
//!
//! Data: the dev gold clusters (`eval/gold/*.json` with `corpus/`), never
//! in the repository. Each compared sentence a gold snippet points at is
//! labelled 1 when annotated `unique` and 0 when annotated `not_unique` or
//! as one side of an `aligned` pair (the scorer's false positives);
//! unannotated sentences are left out. Features are the pipeline's own
//! (`storydiff::analysis::uniqueness`), on the same comparison the binary
//! builds.
//!
//! Prints leave-one-cluster-out figures (each cluster scored by a model
//! fitted on the other ten, the scorer's sentence-level precision, recall
//! and F1, macro-averaged), picks the threshold that maximises the
//! cross-validated macro F1, and prints the table fitted on all clusters;
//! `--write` replaces `src/analysis/unique_weights.rs`. Fitting is
//! deterministic: Newton's method on standardised features with an L2
//! penalty.

mod fit;
#[path = "../common/table.rs"]
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut shared = PathBuf::from("../shared");
    let mut write = false;
    let mut dump: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--shared" => shared = args.next().map(PathBuf::from).unwrap_or(shared),
            "--write" => write = true,
            "--dump" => dump = args.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: fit_unique_facts [--shared DIR] [--write] [--dump FILE]");
                return ExitCode::from(2);
            }
        }
    }
    let clusters = fit::load_clusters(&shared);
    if clusters.is_empty() {
        eprintln!("fit_unique_facts: {}: no gold clusters", shared.display());
        return ExitCode::from(2);
    }
    if let Some(path) = dump
        && let Err(e) = fit::write_dump(&clusters, &path)
    {
        eprintln!("fit_unique_facts: {}: {e}", path.display());
        return ExitCode::from(2);
    }
    let text = fit::table(&clusters, &mut |line| eprintln!("{line}"));
    table::write_or_print(
        "fit_unique_facts",
        "src/analysis/unique_weights.rs",
        &text,
        write,
    )
}
