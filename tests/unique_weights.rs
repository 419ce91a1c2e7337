//! The unique-sentence weights table is what its fitting program makes
//! from the dev gold (skipped when `../shared` is not there): a change to
//! the features or the fact finding that changes the fit must come with
//! the refitted table (`cargo run --release --example fit_unique_facts --
//! --write`).

#[path = "../examples/fit_unique_facts/fit.rs"]
mod fit;
#[path = "common/refit.rs"]
mod refit;

#[test]
fn refit_reproduces_the_table() {
    let Some(shared) = refit::shared_with("eval/gold") else {
        return;
    };
    let clusters = fit::load_clusters(&shared);
    assert!(!clusters.is_empty(), "the dev gold loads");
    let table = fit::table(&clusters, &mut |_| {});
    refit::assert_reproduced("src/analysis/unique_weights.rs", &table, "fit_unique_facts");
}
