//! The gap model's weights table is what its fitting program makes from
//! the dev gold (skipped when `../shared` is not there): a change to the
//! links, paragraph similarities or rows that changes the fit must come
//! with the refitted table (`cargo run --release --example fit_gap_rows --
//! --write`).

#[path = "../examples/fit_gap_rows/fit.rs"]
mod fit;

use std::path::Path;

#[test]
fn refit_reproduces_the_table() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let clusters = fit::load_clusters(&shared);
    if clusters.is_empty() {
        eprintln!("skipped: no dev gold under {}", shared.display());
        return;
    }
    let table = fit::table(&clusters, &mut |_| {});
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/align/rows/gap_weights.rs");
    let current = std::fs::read_to_string(&path).expect("weights table");
    assert_eq!(
        current, table,
        "src/align/rows/gap_weights.rs is stale: refit with \
         `cargo run --release --example fit_gap_rows -- --write`"
    );
}
