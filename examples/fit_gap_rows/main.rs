//! Fits the gap model of paragraph rows and writes its weights table.
//!
//! ```sh
//! cargo run --release --example fit_gap_rows -- [--shared ../shared] [--write]
//! ```
//!
//! Data: the dev gold clusters (`eval/gold/*.json` with `corpus/`), never
//! in the repository. Each (paragraph, row) pair that gap filling weighs
//! (`storydiff::align::gap_samples`: a paragraph matching left alone, and a
//! row between the rows of its report's neighbours) is labelled 1 when an
//! annotated aligned sentence pair joins the paragraph to a paragraph of
//! the row, else 0.
//!
//! Prints leave-one-cluster-out figures (each cluster's pairs scored by a
//! model fitted, threshold included, on the other ten), then the table
//! fitted on all clusters; `--write` replaces
//! `src/align/rows/gap_weights.rs`. Fitting is deterministic: Newton's
//! method on standardised features with an L2 penalty.

mod fit;
#[path = "../common/table.rs"]
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut shared = PathBuf::from("../shared");
    let mut write = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--shared" => shared = args.next().map(PathBuf::from).unwrap_or(shared),
            "--write" => write = true,
            _ => {
                eprintln!("usage: fit_gap_rows [--shared DIR] [--write]");
                return ExitCode::from(2);
            }
        }
    }
    let clusters = fit::load_clusters(&shared);
    if clusters.is_empty() {
        eprintln!("fit_gap_rows: {}: no gold clusters", shared.display());
        return ExitCode::from(2);
    }
    let text = fit::table(&clusters, &mut |line| eprintln!("{line}"));
    table::write_or_print(
        "fit_gap_rows",
        "src/align/rows/gap_weights.rs",
        &text,
        write,
    )
}
