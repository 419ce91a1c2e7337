//! Fitted weights of the unique-sentence model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_unique_facts -- --write`
//! (`examples/fit_unique_facts/`) from 505 labelled sentences (139 unique)
//! of the 11 dev gold clusters; leave-one-cluster-out macro F1 0.80 at the
//! threshold below. Weights apply to the raw features of
//! `uniqueness::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::uniqueness::UniqueModel;

/// The model over `uniqueness::FEATURE_NAMES`.
pub const UNIQUE_MODEL: UniqueModel = UniqueModel {
    bias: 3.325014,
    weights: [
        -0.936559,  // same_link
        -15.795344, // related_link
        -1.469971,  // best_cover
        -1.721195,  // best_dice
        3.028095,   // novelty
        0.622563,   // own_numbers
        0.786959,   // own_names
        0.301813,   // shared_facts
        -0.452569,  // terms
        2.535831,   // position
        -4.032225,  // best_soft
        -1.100267,  // reports
    ],
};

/// Probability from which a sentence is listed as a unique fact (the
/// threshold with the best leave-one-cluster-out macro F1).
pub const UNIQUE_THRESHOLD: f64 = 0.30;
