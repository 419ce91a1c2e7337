//! The fitted furniture / off-topic table (`src/text/furniture/weights.rs`)
//! is exactly what the fitting program (`examples/fit_noise`) produces from
//! the dev gold beside the checkout. Skipped, with a note, when
//! `../shared/eval` is absent.

#[path = "../examples/fit_noise/fit.rs"]
mod fit;

#[path = "common/refit.rs"]
mod refit;

#[test]
fn refitting_reproduces_the_noise_table() {
    let Some(shared) = refit::shared_with("eval/gold") else {
        return;
    };
    let clusters = fit::load(&shared).expect("gold loads");
    assert!(!clusters.is_empty());
    let splices = fit::splices(&clusters);
    let all: Vec<&fit::Cluster> = clusters.iter().collect();
    let pasted: Vec<&fit::Splice> = splices.iter().collect();
    let table = fit::render(&fit::fit(&all, &pasted), "");
    refit::assert_reproduced("src/text/furniture/weights.rs", &table, "fit_noise");
}
