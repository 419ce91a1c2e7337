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
    bias: 3.211773,
    weights: [
        -0.862955,  // same_link
        -13.092088, // related_link
        -1.412771,  // best_cover
        -1.755718,  // best_dice
        3.089984,   // novelty
        0.662221,   // own_numbers
        0.805552,   // own_names
        0.301229,   // shared_facts
        -0.415570,  // terms
        2.642644,   // position
        -4.162586,  // best_soft
        -1.215916,  // reports
    ],
};

/// Probability from which a sentence is listed as a unique fact (the
/// threshold with the best leave-one-cluster-out macro F1).
pub const UNIQUE_THRESHOLD: f64 = 0.40;
