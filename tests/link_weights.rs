//! The fitted weights table (`src/align/link_weights.rs`) is exactly what
//! the fitting program (`examples/fit_link_scorer`) produces from the data
//! beside the checkout. Skipped, with a note, when `../shared/eval` is absent.

#[path = "../examples/fit_link_scorer/context.rs"]
mod context;
#[path = "../examples/fit_link_scorer/data.rs"]
mod data;
#[path = "../examples/fit_link_scorer/fit.rs"]
mod fit;

#[path = "common/refit.rs"]
mod refit;

#[test]
fn refitting_reproduces_the_weights_table() {
    let Some(shared) = refit::shared_with("eval/msrp/msr_paraphrase_train.txt") else {
        return;
    };
    let data = data::load(&shared).expect("fitting data loads");
    assert!(!data.msrp.is_empty() && !data.clusters.is_empty());
    let table = fit::render(&fit::fit(&data), "");
    refit::assert_reproduced("src/align/link_weights.rs", &table, "fit_link_scorer");
}
