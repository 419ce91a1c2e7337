//! Weights of the gap model (`rows/gaps.rs`), fitted by
//! `cargo run --release --example fit_gap_rows -- --write` on 595
//! labelled (paragraph, row) pairs of the 11 dev gold clusters; do not
//! edit. Leave-one-cluster-out: precision 0.529, recall
//! 0.600 of the gap pairs an annotated alignment joins.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

/// Bias, then one weight per feature (sim, cos, tight).
pub(super) const GAP_WEIGHTS: [f64; 4] = [-8.385475, 14.652816, 5.397360, 2.411947];

/// Least probability for a gap pair (best F1 on the fitted pairs).
pub(super) const GAP_THRESHOLD: f64 = 0.17;
