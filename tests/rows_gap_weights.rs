//! The gap model's weights table is what its fitting program makes from
//! the dev gold (skipped when `../shared` is not there): a change to the
//! links, paragraph similarities or rows that changes the fit must come
//! with the refitted table (`cargo run --release --example fit_gap_rows --
//! --write`).

#[path = "../examples/fit_gap_rows/fit.rs"]
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
    refit::assert_reproduced("src/align/rows/gap_weights.rs", &table, "fit_gap_rows");
}
