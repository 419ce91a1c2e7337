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
    bias: 3.223379,
    weights: [
        -0.865912,  // same_link
        -12.779762, // related_link
        -1.425935,  // best_cover
        -1.755729,  // best_dice
        3.086710,   // novelty
        0.705773,   // own_numbers
        0.732184,   // own_names
        0.336379,   // shared_facts
        -0.422174,  // terms
        2.678494,   // position
        -4.160396,  // best_soft
        -1.250747,  // reports
    ],
};

/// Probability from which a sentence is listed as a unique fact (the
/// threshold with the best leave-one-cluster-out macro F1).
pub const UNIQUE_THRESHOLD: f64 = 0.40;
