//! The fitted weights table (`src/align/link_weights.rs`) is exactly what
//! the fitting program (`examples/fit_link_scorer`) produces from the data
//! beside the checkout. Skipped, with a note, when `../shared/eval` is absent.

use std::path::Path;

#[path = "../examples/fit_link_scorer/context.rs"]
mod context;
#[path = "../examples/fit_link_scorer/data.rs"]
mod data;
#[path = "../examples/fit_link_scorer/fit.rs"]
mod fit;

#[test]
fn refitting_reproduces_the_weights_table() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.join("eval/msrp/msr_paraphrase_train.txt").is_file() {
        eprintln!(
            "note: {} has no MSRP data; the weights reproduction check is skipped",
            shared.display()
        );
        return;
    }
    let data = data::load(&shared).expect("fitting data loads");
    assert!(!data.msrp.is_empty() && !data.clusters.is_empty());
    let table = fit::render(&fit::fit(&data), "");
    assert_eq!(
        fit::body(&table),
        fit::body(include_str!("../src/align/link_weights.rs")),
        "the weights table is stale: run `cargo run --release --example fit_link_scorer -- --write`"
    );
}
