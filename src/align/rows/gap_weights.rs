//! Weights of the gap model (`rows/gaps.rs`), fitted by
//! `cargo run --release --example fit_gap_rows -- --write` on 585
//! labelled (paragraph, row) pairs of the 11 dev gold clusters; do not
//! edit. Leave-one-cluster-out: precision 0.471, recall
//! 0.533 of the gap pairs an annotated alignment joins.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

/// Bias, then one weight per feature (sim, cos, tight).
pub(super) const GAP_WEIGHTS: [f64; 4] = [-8.372069, 14.200837, 5.384574, 2.523915];

/// Least probability for a gap pair (best F1 on the fitted pairs).
pub(super) const GAP_THRESHOLD: f64 = 0.19;
