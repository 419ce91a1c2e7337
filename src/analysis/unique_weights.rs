//! Fitted weights of the unique-sentence model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_unique_facts -- --write`
//! (`examples/fit_unique_facts/`) from 505 labelled sentences (139 unique)
//! of the 11 dev gold clusters; leave-one-cluster-out macro F1 0.75 at the
//! threshold below. Weights apply to the raw features of
//! `uniqueness::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::uniqueness::UniqueModel;

/// The model over `uniqueness::FEATURE_NAMES`.
pub const UNIQUE_MODEL: UniqueModel = UniqueModel {
    bias: 3.270231,
    weights: [
        -0.796221,  // same_link
        -11.630654, // related_link
        -1.450858,  // best_cover
        -1.762462,  // best_dice
        3.084453,   // novelty
        0.707250,   // own_numbers
        0.790360,   // own_names
        0.374041,   // shared_facts
        -0.459724,  // terms
        2.640703,   // position
        -4.191147,  // best_soft
        -1.199145,  // reports
    ],
};

/// Probability from which a sentence is listed as a unique fact (the
/// threshold with the best leave-one-cluster-out macro F1).
pub const UNIQUE_THRESHOLD: f64 = 0.40;
