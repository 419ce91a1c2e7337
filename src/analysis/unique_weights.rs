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
    bias: 3.227258,
    weights: [
        -0.858571,  // same_link
        -13.081407, // related_link
        -1.419342,  // best_cover
        -1.758256,  // best_dice
        3.103895,   // novelty
        0.680089,   // own_numbers
        0.802556,   // own_names
        0.332193,   // shared_facts
        -0.436221,  // terms
        2.638538,   // position
        -4.163137,  // best_soft
        -1.208406,  // reports
    ],
};

/// Probability from which a sentence is listed as a unique fact (the
/// threshold with the best leave-one-cluster-out macro F1).
pub const UNIQUE_THRESHOLD: f64 = 0.40;
