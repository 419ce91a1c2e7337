//! The fitted furniture / off-topic table (`src/text/furniture/weights.rs`)
//! is exactly what the fitting program (`examples/fit_noise`) produces from
//! the dev gold beside the checkout. Skipped, with a note, when
//! `../shared/eval` is absent.

use std::path::Path;

#[path = "../examples/fit_noise/fit.rs"]
mod fit;

#[test]
fn refitting_reproduces_the_noise_table() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.join("eval/gold").is_dir() {
        eprintln!(
            "note: {} has no dev gold; the noise table reproduction check is skipped",
            shared.display()
        );
        return;
    }
    let clusters = fit::load(&shared).expect("gold loads");
    assert!(!clusters.is_empty());
    let splices = fit::splices(&clusters);
    let all: Vec<&fit::Cluster> = clusters.iter().collect();
    let pasted: Vec<&fit::Splice> = splices.iter().collect();
    let table = fit::render(&fit::fit(&all, &pasted), "");
    assert_eq!(
        fit::body(&table),
        fit::body(include_str!("../src/text/furniture/weights.rs")),
        "the noise table is stale: run `cargo run --release --example fit_noise -- --write`"
    );
}
